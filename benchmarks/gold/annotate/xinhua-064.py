from _ann import CC, DEP, DT, PE, Ann, P

# Xi Jinping's address at the 2024 Spring Festival reception, 8 Feb 2024 (news.cn text,
# paragraphs separated by two em spaces, no line breaks): the whole text (1,392
# characters, shorter than the usual range): the dateline (北京2月8日), the heading (the
# speech's title with 二〇二四年, 2024年2月8日, 习近平), the photo caption (2月8日,
# 中共中央、国务院, 北京人民大会堂, 2024年, the leader's three titles, the photo credit
# 申宏), the greetings on behalf of 党中央 and 国务院 (the SARs, 台湾), the review of the
# 癸卯兔年 (党的二十大, 中国式现代化, 新发展理念, 稳中求进工作总基调, 超过126万亿元,
# “风景这边独好”, 新质生产力, 成都大运会 / 杭州亚运会, 全面从严治党, 香港 / 澳门, “台独”,
# 人类命运共同体), 2024 (新中国成立75周年, “十四五”) and the wishes for the 甲辰龙年.
A = Ann('xinhua-064', 0, 1392)
s = A.s
F = A.figure
U, Q = A.unquoted, A.quoted
MEDIA = {'kind': 'media'}
SC = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
DAY = {'value': '--02-08', 'resolved': '2024-02-08'}
SPRING = {'value': 'lunar --01-01', 'resolved': '2024-02-10'}
TITLE = '在二〇二四年春节团拜会上的讲话'  # the speech's title (round 8: optional)


def one_year(ctx):
    """一年来: a relative time and a duration, both optional."""
    sp = s(DT, '一年来', False, ctx=ctx, value='2023', resolved='2023')
    s('FIGURE', '一年', False, at=sp['start'], value=1, approx='exact', unit='年', subject='')


# The dateline and heading
s(DEP, '新华社', False, ctx='新华社北京', **MEDIA)
s(P, '北京', ctx='新华社北京')
s(DT, '2月8日', **DAY)
U(TITLE, 'term', False)
s(DT, '二〇二四年', False, value='2024')  # inside the speech's title (round 4: optional)
s(DT, '春节', False, ctx='二〇二四年春节', **SPRING)
s(DT, '2024年2月8日', value='2024-02-08')
s(PE, '习近平', ctx='上午）习近平')
# The photo caption
s(DT, '2月8日', ctx='2月8日，中共中央', **DAY)
s(DEP, '中共中央', **CC)
s(DEP, '国务院', **SC)
s(P, '北京', ctx='北京人民大会堂')  # a city before its venue (round 4)
s(P, '北京人民大会堂', False)
s(P, '人民大会堂', False)
s(DT, '2024年', value='2024', ctx='2024年春节团拜会')  # the year of the reception (xinhua-029)
s(DT, '春节', False, ctx='2024年春节团拜会', **SPRING)
A.leader()
s(DEP, '新华社', False, ctx='新华社记者', **MEDIA)
s(PE, '申宏')  # photo credit (round 1: required)
# 龙年春节即将到来。今天，…
s(DT, '龙年', False, value='2024', ctx='龙年春节即将')  # a lunar year's name (xinhua-029: optional)
s(DT, '春节', False, ctx='龙年春节即将', **SPRING)
s(DT, '今天', False, resolved='2024-02-08')  # relative time
# 首先，我代表党中央和国务院，…
s(DEP, '党中央', **CC)
s(DEP, '国务院', ctx='党中央和国务院', **SC)
s(P, '香港特别行政区')  # the SAR form required, 香港 inside optional (round 2, r7n)
s(P, '香港', False)
s(P, '澳门特别行政区')
s(P, '澳门', False)
s(P, '台湾', ctx='台湾同胞')  # round 8: required
# 即将过去的癸卯兔年，是全面贯彻党的二十大精神的开局之年。…
s(DT, '癸卯兔年', False, value='2023')  # a lunar year's name (xinhua-029: optional)
s(DEP, '党的二十大', False, kind='party')  # r7n: optional as organ and as date
s(DT, '党的二十大', False)
s(DT, '二十大', False)
U('中国式现代化', ctx='以中国式现代化凝心聚力')  # the object of 以 (xinhua-089): required
s(P, '中国', False, ctx='中国式现代化凝心聚力')
U('统筹国内国际两个大局', req=False)
U('两个大局', req=False)
s('FIGURE', '两个', False, ctx='两个大局', value=2, approx='exact', unit='个', subject='大局')  # inside an optional formula: undecided
U('全面建设社会主义现代化国家新征程', req=False)
U('全面建设社会主义现代化国家', req=False)
# 一年来，我们全面贯彻新发展理念，…
one_year('一年来，我们全面贯彻')
U('新发展理念')
U('稳中求进工作总基调')
U('稳中求进', 'formula', False)
F('超过126万亿元', 126000000000000, '元', '经济总量', ap='more_than')  # 超过 inside the span (guide)
Q('风景这边独好', 'quotation', False)  # a line of a poem, quoted: optional
U('新质生产力')
U('改革开放', 'term', False, ctx='改革开放不断深化')
U('党和国家机构改革', 'campaign', req=False)  # the name of the 2023 reform (undecided)
s(P, '成都', False)  # a city at the start of an event name (round 4, r7n: optional)
s(P, '杭州', False)
U('全面从严治党')
# 我们坚持人民至上，…
U('人民至上', req=False)
U('脱贫攻坚', 'term', False)
U('急难愁盼', 'term', req=False)
# 我们积极支持香港、澳门更好融入国家发展大局，坚决反对“台独”…
s(P, '香港', ctx='支持香港、澳门')  # standing alone: required
s(P, '澳门', ctx='香港、澳门更好')
Q('台独', 'term', False)  # round 1: optional term
s(P, '台', False, ctx='台独')  # a one-character abbreviation (conventions)
U('中国特色大国外交', 'term', False)  # undecided
s(P, '中国', False, ctx='中国特色大国外交')
U('人类命运共同体')  # conventions: required
# 回顾一年来的拼搏奋斗，…
one_year('一年来的拼搏')
U('中国式现代化', ctx='以中国式现代化全面推进')  # the object of 以
s(P, '中国', False, ctx='中国式现代化全面推进')
U('强国建设、民族复兴伟业', 'term', False)  # r7n: optional
U('强国建设、民族复兴', 'term', False)
U('民族复兴', 'term', False)
s(P, '中国', ctx='中国人民追求')  # round 3
U('道不变、志不改', 'directive', False)  # a set wording: undecided
# 2024年是新中国成立75周年，是实现“十四五”规划目标任务的关键一年。
s(DT, '2024年', ctx='2024年是新中国', value='2024')
s(P, '新中国', False)  # round 2: optional, with 中国 inside
s(P, '中国', False, ctx='新中国成立75')
F('75周年', 75, '周年', '新中国成立', req=False)  # an anniversary
s(DT, '十四五', False, value='2021/2025')
Q('十四五', 'period', False)
F('一年', 1, '年', '', req=False, ctx='关键一年')  # the year as a period (optional)
U('稳中求进工作总基调', ctx='坚持稳中求进工作总基调，贯彻')
U('稳中求进', 'formula', False)
U('稳中求进、以进促稳、先立后破', 'formula', False)  # the standard wording of 2023 (undecided)
U('稳中求进', 'formula', False, ctx='稳中求进、以进促稳')
U('完整、准确、全面贯彻新发展理念', req=False)
U('新发展理念', ctx='全面贯彻新发展理念，统筹')
U('高质量发展', 'term', False)  # round 2: optional at every occurrence
U('高水平安全', 'term', False)
U('全面深化改革', 'term', False)  # round 8: optional
U('中国式现代化', ctx='为推进中国式现代化注入')  # the object of 推进
s(P, '中国', False, ctx='中国式现代化注入')
U('中国式现代化', 'formula', False, ctx='使中国式现代化建设')  # the modifier of 建设 (round 5)
s(P, '中国', False, ctx='中国式现代化建设披荆')
# 龙是中华民族的图腾，… 五千年来 … 新时代新征程亿万中华儿女 …
s(DT, '五千年来', False)  # a relative time
F('五千年', 5000, '年', '中华民族', req=False)  # a duration / age: optional
U('新时代新征程', req=False)
s(DT, '新时代', False, ctx='新时代新征程')
F('亿万', 100000000, '', '中华儿女', ap='about', req=False)  # an indefinite multitude (undecided)
U('强国建设、民族复兴伟业', 'term', False, ctx='推进强国建设、民族复兴伟业的坚定')
U('强国建设、民族复兴', 'term', False)
U('民族复兴', 'term', False)
s(DT, '甲辰龙年', False, value='2024')  # a lunar year's name (xinhua-029: optional)
U('中国式现代化', 'formula', False, ctx='中国式现代化建设新篇章')  # the modifier of 建设新篇章 (round 5)
s(P, '中国', False, ctx='中国式现代化建设新篇章')
s(DT, '龙年', False, ctx='龙年吉祥', value='2024')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
