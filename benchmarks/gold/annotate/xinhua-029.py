from _ann import CC, DEP, DT, PE, Ann, P

# Xi Jinping's address at the 2025 Spring Festival reception, 27 Jan 2025 (news.cn text,
# paragraphs separated by two em spaces, no line breaks): the whole text (1,427 characters,
# shorter than the usual range): the photo caption (1月27日, 中共中央、国务院, 北京人民大会堂,
# 2025年, the leader's three titles, the photo credit 王晔), the dateline (北京1月27日), the
# heading (the speech's title with 二〇二五年, 2025年1月27日, 习近平), the greetings on behalf
# of 党中央 and 国务院 (the SARs, 台湾), the review of the 甲辰龙年 (新质生产力, 新中国成立75周年,
# 党的二十届三中全会, 西藏定日, 澳门回归祖国25周年, 巴黎奥运会, “全球南方”, “一带一路”,
# 全面从严治党, 党纪学习教育), 2025 and the “十四五” / “十五五” (the thought, 稳中求进工作总基调,
# 新发展理念, 新发展格局) and the wishes for the 乙巳蛇年.
A = Ann('xinhua-029', 0, 1427)
s = A.s
F = A.figure
U, Q = A.unquoted, A.quoted
MEDIA = {'kind': 'media'}
SC = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
DAY = {'value': '--01-27', 'resolved': '2025-01-27'}
SPRING = {'value': 'lunar --01-01', 'resolved': '2025-01-29'}
TITLE = '在二〇二五年春节团拜会上的讲话'  # the speech's title (round 8: optional)

# The photo caption
s(DT, '1月27日', **DAY)
s(DEP, '中共中央', **CC)
s(DEP, '国务院', **SC)
s(P, '北京', ctx='北京人民大会堂')  # a city before its venue (round 4)
s(P, '北京人民大会堂', False)
s(P, '人民大会堂', False)
s(DT, '2025年', value='2025')  # the year of the reception, like 二〇二六年新年贺词 (xinhua-000)
s(DT, '春节', False, **SPRING)  # a festival name (like 新年, xinhua-000: optional)
A.leader()
s(DEP, '新华社', False, ctx='新华社记者', **MEDIA)
s(PE, '王晔')  # photo credit (round 1: required)
# The dateline and heading
s(DEP, '新华社', False, ctx='新华社北京', **MEDIA)
s(P, '北京', ctx='新华社北京')
s(DT, '1月27日', **DAY)
U(TITLE, 'term', False)
s(DT, '二〇二五年', False, value='2025')  # inside the speech's title (round 4: optional)
s(DT, '春节', False, ctx='二〇二五年春节', **SPRING)
s(DT, '2025年1月27日', value='2025-01-27')
s(PE, '习近平', ctx='上午）习近平')
# 乙巳蛇年春节即将到来 … 共迎新春
s(DT, '乙巳蛇年', False, value='2025')  # a lunar year's name (undecided: optional)
s(DT, '春节', False, ctx='蛇年春节', **SPRING)
s(DT, '新春', False, **SPRING)
s(DEP, '党中央', **CC)
s(DEP, '国务院', ctx='党中央和国务院', **SC)
s(P, '香港特别行政区')  # the SAR form required, 香港 inside optional (round 2, r7n)
s(P, '香港', False)
s(P, '澳门特别行政区')
s(P, '澳门', False)
s(P, '台湾', ctx='台湾同胞')  # round 8: required
# 即将过去的甲辰龙年 …
s(DT, '甲辰龙年', False, value='2024')
F('一年', 1, '年', '', req=False, ctx='彩虹的一年')  # a duration / article (optional)
s(DT, '一年来', False, value='2024', resolved='2024')
F('一年', 1, '年', '', req=False, ctx='一年来')
U('中国式现代化')  # as subject (r7n: required)
s(P, '中国', False, ctx='中国式现代化')
U('高质量发展', 'term', False)  # round 2: optional at every occurrence
F('一揽子', 1, '揽子', '增量政策', req=False)  # like 一批 (round 2: optional)
U('新质生产力')
U('区域协调发展', 'term', False)  # the strategy's full name (…战略) is required; the phrase optional
U('城乡融合发展', 'term', False)
U('生态文明建设', 'term', False)
s(P, '新中国', False)  # round 2: optional, with 中国 inside
s(P, '中国', False, ctx='新中国成立75')
F('75周年', 75, '周年', '新中国成立', req=False)  # an anniversary
s(DT, '党的二十届三中全会', False)  # a plenary session (round 2: optional)
s(DT, '二十届三中全会', False)
U('全面深化改革', 'term', False)  # round 8: optional
U('脱贫攻坚', 'term', False)
U('统筹发展和安全', 'term', False)  # r7n: optional (undecided)
s(P, '西藏定日')  # a chain of places (round 2: one required name, parts optional)
s(P, '西藏', False)
s(P, '定日', False)
s(P, '港澳台', False)  # round 2: optional
s(P, '澳门', ctx='澳门回归')  # a SAR glued to 回归 (round 10: required)
F('25周年', 25, '周年', '澳门回归祖国', req=False)
s(P, '巴黎', False)  # a city at the start of an event name (round 4, r7n: optional)
# Foreign policy
U('中国特色大国外交', 'term', False)  # undecided
s(P, '中国', False, ctx='中国特色大国外交')
U('全球治理体系变革', 'term', False)
Q('全球南方', 'term', False)  # r7-round: optional as SLOGAN (term) and PLACE
s(P, '全球南方', False)
Q('一带一路')  # round 8: required
# Party building
U('以党的自我革命引领社会革命', 'formula', False)  # undecided
U('党的自我革命', 'term', False)  # round 2: optional
U('全面从严治党')
U('党纪学习教育', 'campaign')  # the standard name of the 2024 campaign (round 9)
# 一年来的发展历程 …
s(DT, '一年来', False, value='2024', resolved='2024', ctx='一年来的发展')
F('一年', 1, '年', '', req=False, ctx='一年来的发展')
s(P, '中国', ctx='中国人民')  # round 3
U('强国建设、民族复兴', 'term', False)  # r7n: optional
U('民族复兴', 'term', False)
# 2025年是“十四五”规划收官之年
s(DT, '2025年', ctx='2025年是', value='2025')
s(DT, '十四五', False, value='2021/2025')
Q('十四五', 'period', False)
U('新时代中国特色社会主义思想')  # round 2: the short name required
s(P, '中国', False, ctx='新时代中国特色')
s(DEP, '党的二十大', False, kind='party')  # r7n: optional as organ and as date
s(DT, '党的二十大', False)
s(DT, '二十大', False)
s(DT, '二十届二中、三中全会', False)  # plenary sessions (round 2)
U('稳中求进工作总基调')
U('稳中求进', 'formula', False)
U('高质量发展', 'term', False)
U('新发展理念')
U('新发展格局')
U('全面深化改革', 'term', False)
U('高水平对外开放', 'term', False)  # round 8: optional
U('全面从严治党')
s(DT, '十五五', False, value='2026/2030')
Q('十五五', 'period', False)
U('治国有常，利民为本', 'quotation', False)  # a classical saying (undecided)
U('以人民为中心', 'term', False)  # undecided in earlier rounds
# 中华文化: 中华 in 中华文明 is not annotated (round 7); likewise here.
s(DT, '乙巳蛇年', False, ctx='乙巳蛇年，希望', value='2025')
# 蛇行千里: an idiom, no FIGURE.
U('中国式现代化', 'formula', False, ctx='中国式现代化新篇章')  # the modifier of 新篇章 (round 5)
s(P, '中国', False, ctx='中国式现代化新篇章')
s(DT, '蛇年', False, ctx='蛇年吉祥', value='2025')

if __name__ == '__main__':
    A.write()
