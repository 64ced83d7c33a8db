from _ann import DEP, DT, PE, SL, Ann, P, all_occ

# Xi Jinping's speech at the “金砖+” leaders' dialogue (BRICS with Africa and other emerging
# markets and developing countries), Johannesburg, 24 Aug 2023 (news.cn text, paragraphs
# separated by `　　`, no line breaks): the whole text (1,180 characters, shorter than the usual
# range), annotated as traditional. The photo caption (当地时间8月24日上午, 约翰内斯堡, the speech
# title in 《》, 新华社 photo credit 李学仁), the dateline and heading (8月24日, 2023年8月24日),
# the salutation (拉马福萨总统), the 2030 agenda, the Global Development Initiative and the four
# “——我们坚持…” points (40亿美元, 100亿美元, 200多个, 亚洲 / 非洲 / 太平洋岛国 / 加勒比海岸, the
# China–FAO South-South trust fund), Africa (过去10年, 6000多公里 ×2, 80多个, the quoted
# programmes “智慧海关” and “全球发展倡议助力非洲未来”, 联合国教科文组织) and the close (a
# quoted classical saying, 发展共同体).
A = Ann('xinhua-080', 0, 1180, script='traditional')
s = A.s
F = A.figure
U, Q = A.unquoted, A.quoted
t = A.simp
INT = {'kind': 'international organisation'}
MEDIA = {'kind': 'media'}
FUND = {'kind': 'fund'}
DAY = {'value': '--08-24', 'resolved': '2023-08-24'}
TITLE = '勠力同心　携手同行　迈向发展共同体'

# BRICS (金砖国家, and 金砖 alone in “金砖+”): an international grouping, optional at every
# occurrence (xinhua-081). 中 in 中方: optional (one-character abbreviation used alone).
all_occ(A, DEP, '金砖国家', False, **INT)
all_occ(A, DEP, '金砖', False, **INT)
i = t.find('中方')
while i >= 0:
    s(P, '中', False, at=i)
    i = t.find('中方', i + 1)
A.cur = 0

# The photo caption
s(DT, '8月24日', **DAY)
s(DT, '8月24日上午', False, **DAY)  # the date is the span, the longer form optional (r7i)
s(PE, '习近平', title='国家主席')
s(P, '约翰内斯堡')
# 非洲 inside the name of the meeting (金砖国家同非洲国家及其他新兴市场和发展中国家领导人对话会;
# meetings are not annotated, r7h): optional, like a place inside an event's name (round 4).
s(P, '非洲', False, ctx='同非洲国家及其他')
s(PE, '习近平', ctx='习近平发表题为')
s(SL, TITLE, False, kind='term', quoted=True)  # the speech title in 《》 (round 8: optional)
s(SL, '发展共同体', False, kind='formula', quoted=False, ctx='迈向发展共同体》')  # inside a title
s(DEP, '新华社', False, **MEDIA)
s(PE, '李学仁')  # the photo credit (round 1: required)
# The dateline and heading
s(DEP, '新华社', False, ctx='新华社约翰内斯堡', **MEDIA)
s(P, '约翰内斯堡', ctx='新华社约翰内斯堡')
s(DT, '8月24日', ctx='8月24日电', **DAY)
s(SL, TITLE, False, kind='term', quoted=False, ctx='电' + TITLE)
s(SL, '发展共同体', False, kind='formula', quoted=False, ctx='迈向发展共同体——')
s(SL, '金砖+', False, kind='term', quoted=True)  # quoted name of the meeting (xinhua-013: undecided)
s(DT, '2023年8月24日', value='2023-08-24')
s(P, '约翰内斯堡', ctx='，约翰内斯堡）')
s(P, '中华人民共和国', False)  # a country in a position title (round 1: optional)
s(PE, '习近平', ctx='主席　习近平', title='中华人民共和国主席')
# The salutation
s(PE, '拉马福萨', title='总统')
s(PE, '拉马福萨', ctx='感谢拉马福萨总统', title='总统')
# 今年是联合国2030年可持续发展议程的中期评估年 (xinhua-081)
s(DT, '今年', False, value='2023', resolved='2023')
s(DEP, '联合国', False, ctx='联合国2030年', **INT)
s(SL, '联合国2030年可持续发展议程', False, kind='campaign', quoted=False)
s(SL, '2030年可持续发展议程', False, kind='campaign', quoted=False)
s(DT, '2030年', False, value='2030')  # a year inside a programme name (round 9: optional)
s(SL, '可持续发展目标', False, kind='formula', quoted=False)  # xinhua-081
# 以天下之利为利、以人民之心为心: an unquoted classical saying (undecided: optional quotation)
s(SL, '以天下之利为利、以人民之心为心', False, kind='quotation', quoted=False)
U('真正的多边主义', req=False)  # xinhua-014, xinhua-081
U('多边主义', req=False)
U('全球发展伙伴关系', req=False)  # an unquoted partnership name (undecided)
# 各位同事！
s(P, '中国', ctx='中国始终同发展中国家')  # the country (the 中国 of 发展中国家 is none, round 8)
U('同呼吸、共命运', 'term', req=False)  # a set phrase (undecided)
U('全球发展倡议', ctx='我提出全球发展倡议')  # round 1: required
s(SL, '可持续发展议程', False, kind='campaign', quoted=False, ctx='落实可持续发展议程')  # the 2030 agenda, shortened
s(DT, '去年', False, value='2022', resolved='2022')
s(P, '中国', ctx='中国举办首届')
# 首届全球发展高层对话会: a meeting (not annotated, r7h); 首届 an ordinal (no figure)
F('一系列', 1, '系列', '发展合作举措', req=False)  # an article (round 2)
# —— 1
U('发展优先', 'term', req=False)  # a principle of the initiative (undecided)
F('40亿美元', 4000000000, '美元', '全球发展和南南合作基金总额')
s(DEP, '全球发展和南南合作基金', False, **FUND)  # a named fund (like 丝路基金, r7l; round 16)
s(SL, '南南合作', False, kind='term', quoted=False, ctx='全球发展和南南合作基金')
s(P, '中国', ctx='中国金融机构')
F('100亿美元', 10000000000, '美元', '中国金融机构即将推出的专项资金')
U('全球发展倡议', ctx='专门用于落实全球发展倡议')
# —— 2
U('行动导向', 'term', req=False)
s(P, '亚洲')  # a continent (round 4)
s(P, '非洲', ctx='到非洲，')
# 太平洋岛国 (the Pacific island countries): a group of states named by an ocean; the ocean
# required (round 10), the group optional (undecided: a region of states without one name).
s(P, '太平洋岛国', False)
s(P, '太平洋')
# 加勒比海岸: the Caribbean Sea is the name (required, like 太平洋); 加勒比 alone and the whole
# 加勒比海岸 (the coast) optional (undecided).
s(P, '加勒比海岸', False)
s(P, '加勒比海')
s(P, '加勒比', False)
F('200多个', 200, '个', '合作项目', ap='more_than')
# —— 3
U('创新驱动', 'term', req=False)
U('全球发展倡议', ctx='全球发展倡议聚焦')
U('绿色发展', 'term', req=False)
U('新型工业化', 'term', req=False)  # gwr-002: optional
U('数字经济', 'term', req=False)
U('新工业革命伙伴关系', req=False)  # the BRICS PartNIR (undecided)
U('高质量发展', 'term', req=False)  # round 2: optional everywhere
# —— 4
U('共克时艰', 'term', req=False)
U('粮食安全', 'term', req=False)
U('能源安全', 'term', req=False, ctx='能源安全关乎')
# 中国－联合国粮农组织南南合作信托基金: a named fund (round 16: optional DEPARTMENT); the FAO
# inside it optional (international body); 中国 at the start of the name optional (guide).
s(P, '中国', False, ctx='我们启动中国－')
s(DEP, '中国－联合国粮农组织南南合作信托基金', False, **FUND)
s(DEP, '联合国粮农组织', False, **INT)
s(DEP, '联合国', False, ctx='联合国粮农组织南南', **INT)
s(DEP, '粮农组织', False, **INT)
s(SL, '南南合作', False, kind='term', quoted=False, ctx='粮农组织南南合作信托')
U('促进粮食生产专项行动', 'campaign', req=False)  # an unquoted action name (prov2026-007: optional)
U('全球清洁能源合作伙伴关系', 'campaign', req=False)  # an unquoted initiative name (undecided)
U('能源安全', 'term', req=False, ctx='实现能源安全')
# Africa
s(P, '中国', ctx='中国是非洲的可靠朋友')
s(P, '非洲', ctx='非洲的可靠朋友')
s(DT, '过去10年', False)  # relative time
F('10年', 10, '年', '', req=False)  # a duration
s(P, '非洲', ctx='向非洲提供')
F('6000多公里', 6000, '公里', '中国参与建设的非洲铁路（过去10年）', ap='more_than')
F('6000多公里', 6000, '公里', '中国参与建设的非洲公路（过去10年）', ap='more_than', ctx='6000多公里公路')
F('80多个', 80, '个', '中国参与建设的非洲大型电力设施（过去10年）', ap='more_than')
s(P, '中国', ctx='中国将同非洲')
s(P, '非洲', ctx='同非洲国家开展')
s(P, '非洲', ctx='支持非洲增强')
# “智慧海关”合作伙伴计划: the quoted name of a programme: required, kind campaign (round 2:
# a campaign or project named in quotation marks).
Q('智慧海关', 'campaign')
s(DEP, '联合国教科文组织', False, **INT)
s(DEP, '联合国', False, ctx='联合国教科文组织', **INT)
s(DEP, '教科文组织', False, **INT)
Q('全球发展倡议助力非洲未来', 'campaign')  # the quoted name of an action (round 2)
U('全球发展倡议', req=False, ctx='全球发展倡议助力')  # inside a quoted slogan: optional (guide)
s(P, '非洲', False, ctx='助力非洲未来')  # inside a quoted slogan: optional (guide)
s(P, '非洲', ctx='支持非洲实现')
# The close
s(SL, '积力之所举，则无不胜也；众智之所为，则无不成也。', False, kind='quotation', quoted=True)
s(SL, '积力之所举，则无不胜也；众智之所为，则无不成也', False, kind='quotation', quoted=True)
U('众志成城', 'term', req=False)
U('发展共同体', req=False, ctx='构建发展共同体')  # undecided, like 全球发展共同体 (optional)
F('一个', 1, '个', '国家', req=False, ctx='任何一个国家')  # an article (round 2)
U('现代化进程', 'term', req=False)

if __name__ == '__main__':
    import sys
    A.write()
    if '--review' in sys.argv:
        A.review()
