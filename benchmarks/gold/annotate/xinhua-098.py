from _ann import DEP, DT, PE, SL, Ann, P, all_occ

# Xi Jinping's speech at the 29th APEC Economic Leaders' Meeting, Bangkok, 18 Nov 2022
# (news.cn text, paragraphs separated by `　　`, no line breaks): the whole text. It holds
# the dateline (曼谷11月18日), the heading (the speech's title, 2022年11月18日, 曼谷,
# 中华人民共和国主席 习近平), the photo caption (当地时间11月18日上午, 亚太经合组织,
# 泰国曼谷国家会议中心, 国家主席习近平, 新华社记者 鞠鹏 摄), the salutation (巴育总理),
# “天使之城”, 泰国政府, “亚太奇迹”, a classical quotation, the four points (共同、综合、合作、
# 可持续的安全观, 亚太自由贸易区, three treaty titles, 明年 and the third “一带一路” forum,
# 曼谷目标, 去年 / 联合国 / 全球发展倡议 / 2030年可持续发展议程, 亚太经合组织 ×2), the 20th
# Congress paragraph (上个月, 中国 as the country, 中国式现代化道路) and the close (a Thai
# proverb, 布特拉加亚愿景). No required figure: only ordinals, durations and 一个.
A = Ann('xinhua-098', 0, 1664)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
t = A.simp
INT = {'kind': 'international organisation'}
MEDIA = {'kind': 'media'}
D1118 = {'value': '--11-18', 'resolved': '2022-11-18'}
TITLE = '团结合作勇担责任　构建亚太命运共同体'

# Occurrence-wide optional spans:
all_occ(A, P, '亚太', False)          # a region without a fixed boundary (round 2; 欧亚, 中东), undecided
all_occ(A, DEP, '亚太经合组织', False, **INT)   # an international organisation (guide)
all_occ(A, SL, '共同富裕', False, kind='formula', quoted=False)   # a policy phrase (r7n: optional)
all_occ(A, SL, '亚太命运共同体', False, kind='formula', quoted=False)   # like 中阿命运共同体 (round 11), undecided
i = t.find('中方')
while i >= 0:                          # 中 in 中方: one-character abbreviation used alone (guide)
    s(P, '中', False, at=i)
    i = t.find('中方', i + 1)
A.cur = 0

# The dateline and heading
s(DEP, '新华社', False, **MEDIA)
s(P, '曼谷')
s(DT, '11月18日', **D1118)
s(SL, TITLE, False, kind='term', quoted=False)   # the speech title (round 8: optional)
# 第二十九次领导人非正式会议: a meeting (not annotated, r7h); the ordinal is no FIGURE.
s(DT, '2022年11月18日', value='2022-11-18')
s(P, '曼谷', ctx='，曼谷）')
s(P, '中华人民共和国', False)                     # a country in a position title (round 1)
s(PE, '习近平', title='中华人民共和国主席')
# The photo caption
s(DT, '11月18日', ctx='当地时间11月18日', **D1118)
s(DT, '11月18日上午', False)                      # round 12: the bare date required
s(P, '泰国曼谷国家会议中心', False)               # a venue (round 1: optional)
s(P, '泰国曼谷')                                  # a chain (r7q: 沙特利雅得; round 10: 越南河内)
s(P, '泰国', False, ctx='泰国曼谷')
s(P, '曼谷', False, ctx='泰国曼谷')
s(P, '曼谷国家会议中心', False)
s(PE, '习近平', ctx='国家主席习近平', title='国家主席')
s(SL, TITLE, False, kind='term', quoted=True, ctx='《' + TITLE + '》')
s(DEP, '新华社', False, ctx='新华社记者', **MEDIA)
s(PE, '鞠鹏')                                     # the photo credit (round 1: required)
# The salutation
s(PE, '巴育', title='总理')                       # a foreign head of government with the title (r7q)
# “天使之城”曼谷: a quoted epithet of the city (a coinage, kind term), undecided
s(SL, '天使之城', False, kind='term', quoted=True)
s(P, '天使之城', False)
s(P, '曼谷', ctx='天使之城”曼谷')
s(DEP, '泰国政府', level='central', kind='state')  # the government of a named state (rounds 4, 6, r7j)
s(P, '泰国', False, ctx='泰国政府')
s(PE, '巴育', ctx='巴育总理为筹备', title='总理')
U('单边主义', req=False)                           # rounds 4 and 11
U('保护主义', req=False)
# 过去几十年: a relative time and a duration (optional)
s(DT, '过去几十年', False)
F('几十年', 10, '年', '', ap='more_than', req=False)   # like 几十亿 (round 10), a duration
Q('亚太奇迹', 'term', req=False)                    # a quoted coinage (round 1)
s(P, '中国', ctx='中国古人说')                      # the country's ancients: like 中国 in 中国人民 (round 3), by analogy
Q('知者不惑，仁者不忧，勇者不惧。', 'quotation', req=False)   # a classical quotation (with and without 。)
Q('知者不惑，仁者不忧，勇者不惧', 'quotation', req=False)
# 第一 … 第四: list numbers, none.
s(DT, '过去几十年', False, ctx='亚太过去几十年')
F('几十年', 10, '年', '', ap='more_than', req=False, ctx='过去几十年经济')
F('一个', 1, '个', '重要启示', req=False)           # 一个 (round 2: optional)
U('相互尊重、团结合作', req=False)
U('共同、综合、合作、可持续的安全观')              # the security concept's fixed designation (r7h)
U('共同、综合、合作、可持续', req=False)
# 不干涉别国内政: a wording of the principle (不干涉内政原则 optional, r7q), none
U('开放包容、合作共赢', req=False, ctx='开放包容、合作共赢才是')   # r7j: optional
U('开放的区域主义', req=False)                      # undecided
s(P, '亚太自由贸易区', False)                       # a planned free trade area: a zone (round 3), undecided
s(DEP, '亚太自由贸易区', False, kind='zone')
U('发展为了人民、发展依靠人民、发展成果由人民共享', req=False)   # a standard wording, unquoted: undecided
# 《区域全面经济伙伴关系协定》, 《全面与进步跨太平洋伙伴关系协定》, 《数字经济伙伴关系协定》:
# treaty titles, no label; 太平洋 inside a title optional (guide).
s(P, '太平洋', False)
s(DT, '明年', False, value='2023', resolved='2023')
# 第三届: an ordinal, none; the forum is not annotated (r7h)
Q('一带一路')                                      # round 8: required
# 第三
s(DT, '今年', False, value='2022', resolved='2022')
U('生物循环绿色经济曼谷目标', 'campaign', req=False)   # the name of a document's goals: undecided
s(P, '曼谷', False, ctx='经济曼谷目标')             # a place inside the name of a document
U('曼谷目标', 'campaign', req=False, ctx='落实曼谷目标')
s(P, '曼谷', False, ctx='曼谷目标提供')
s(DT, '去年', False, value='2021', resolved='2021')
s(DEP, '联合国', False, ctx='在联合国提出', **INT)
U('全球发展倡议')                                  # round 1: required
s(DEP, '联合国', False, ctx='联合国2030年', **INT)
U('联合国2030年可持续发展议程', 'campaign', req=False)   # r7j: optional
U('2030年可持续发展议程', 'campaign', req=False)
s(DT, '2030年', False, value='2030')               # a year inside a programme name (round 9)
# 第四
U('互信、包容、合作、共赢的亚太伙伴关系', req=False)   # a wording of this speech: undecided
U('大家庭精神', req=False)                          # a named spirit (like 金砖精神, r7j): undecided
U('同舟共济、守望相助', req=False)                  # r7q: optional
# The 20th Congress paragraph
s(DT, '上个月', False, value='2022-10', resolved='2022-10')
s(DEP, '中国共产党第二十次全国代表大会', False, kind='party')   # round 8: optional as organ and as date
s(DT, '中国共产党第二十次全国代表大会', False)
s(DEP, '中国共产党', False, kind='party')
s(P, '中国', False, ctx='中国共产党')
s(DEP, '第二十次全国代表大会', False, kind='party')
s(DT, '第二十次全国代表大会', False)
s(DEP, '全国代表大会', False, kind='party')
F('一个', 1, '个', '时期', req=False, ctx='今后一个时期')   # r7n: optional
s(P, '中国', ctx='中国发展指明')
s(P, '中国', ctx='中国愿同所有国家')
U('相互尊重、平等互利', req=False)
U('和平共处、共同发展', req=False)
s(P, '中国', ctx='中国将坚持')
U('更大范围、更宽领域、更深层次对外开放', req=False)   # a standard wording: undecided
U('中国式现代化道路', req=False)                    # r7h: the modifier of a noun, optional
U('中国式现代化', req=False)
s(P, '中国', False, ctx='中国式现代化')
U('开放型经济新体制', req=False, ctx='更高水平开放型经济新体制')
s(P, '中国', ctx='分享中国发展')
# The close
s(P, '泰国', ctx='泰国有句谚语')
Q('撒什么种子结什么果。', 'quotation', req=False)
Q('撒什么种子结什么果', 'quotation', req=False)
U('布特拉加亚愿景', 'campaign', req=False)          # the name of APEC's vision document: undecided
s(P, '布特拉加亚', False)                            # a place inside a document's name


if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
