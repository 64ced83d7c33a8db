from _ann import CC, DEP, DT, PE, Ann, P

# 2026 government work report of Xinjiang: the closing paragraphs of the 2026 tasks
# (兵团, 对口援疆, 驻疆部队), all of section 四 on the government's self-building and the
# closing appeal.
A = Ann('prov2026-013', 16961, 19061)
s = A.s
U, Q = A.unquoted, A.quoted
XPC = {'level': 'province', 'kind': 'party', 'canonical': '中共新疆维吾尔自治区委员会'}
# 兵团: the standard short name of 新疆生产建设兵团 in a Xinjiang text, a named body
# (decided here, like 妇联 / 工商联 without a prefix); 兵地 (兵团 and 地方 joined) optional.
XPCC = {'level': 'province', 'kind': 'state', 'canonical': '新疆生产建设兵团'}
MASS = {'kind': 'mass organisation'}


def jiang(ctx):  # one-character abbreviation used alone (援疆, 驻疆): optional
    s(P, '疆', False, ctx=ctx)


# 各位代表！兵团…
s(DEP, '兵团', ctx='兵团是实现', **XPCC)
s(DEP, '党中央', **CC)
s(P, '新疆', ctx='新疆工作总目标')
U('新疆工作总目标', req=False)  # undecided: designation of the goal, unquoted
Q('兵地一盘棋')
s(DEP, '兵地', False, ctx='兵地一盘棋')
s(DEP, '兵团', ctx='支持兵团改革', **XPCC)
s(DEP, '兵地', False, ctx='兵地深度融合')
s(DEP, '兵团', ctx='向兵团依法', **XPCC)
U('共推重大项目、共建重大平台、共抓重大改革、共谋重大政策', 'directive', req=False)
s(DEP, '兵地', False, ctx='统筹兵地区域')
s(DEP, '兵地', False, ctx='加强兵地双方')
U('经济发展共促、优势资源共享、基础设施共建、生态环境共治、民族团结共创、维稳责任共担', 'directive', req=False)
s(DT, '新时代', False, ctx='新时代维稳戍边')
U('新时代', req=False, ctx='新时代维稳戍边')
# 各位代表！对口援疆…
U('对口援疆', 'campaign', req=False, ctx='对口援疆是')
jiang('对口援疆是')
s(DEP, '党中央', **CC, ctx='党中央作出')
# a meeting name: not annotated; the place inside it optional
s(P, '新疆', False, ctx='对口支援新疆工作会议')
s('FIGURE', '两个', False, value=2, approx='exact', unit='个', subject='积极性')  # anaphoric (援受双方)
jiang('产业援疆')
jiang('援疆干部')
jiang('援疆工作')
U('各民族交往交流交融', req=False)
U('对口援疆', 'campaign', req=False, ctx='全面提升对口援疆')
jiang('援疆工作质效')
s(DEP, '党中央', **CC, ctx='党中央的关怀')
U('社会主义现代化新疆', req=False, ctx='建设社会主义现代化新疆的强大动力')
s(P, '新疆', ctx='现代化新疆的强大动力')
# 各位代表！驻疆部队…: troops stationed in the region, a description, not a named force
s(DEP, '驻疆部队', False, kind='state')
jiang('驻疆部队')
U('拥军优属', 'campaign', req=False)
U('军政军民团结', req=False)
s(DT, '新时代', False, ctx='新时代军民鱼水')
U('新时代', req=False, ctx='新时代军民鱼水')
# 四、the government's self-building
U('市场化法治化国际化', req=False)
U('铸牢中华民族共同体意识', ctx='为铸牢中华民族共同体意识、推动')
U('中华民族共同体意识', req=False, ctx='中华民族共同体意识、推动')
U('高质量发展', req=False, ctx='推动高质量发展提供')
# （一）
Q('两个确立')
Q('四个意识')
Q('四个自信')
Q('两个维护')
s(DEP, '党中央', **CC, ctx='维护党中央权威')
U('以习近平同志为核心的党中央', req=False, ctx='同以习近平同志为核心的党中央')
s(PE, '习近平', title='同志', ctx='习近平同志为核心的党中央保持')
s(DEP, '党中央', **CC, ctx='为核心的党中央保持')
s(DEP, '党中央', **CC, ctx='推动党中央决策')
s(DEP, '自治区党委', ctx='自治区党委工作要求', **XPC)
# （二）
U('习近平法治思想')
s(PE, '习近平', False, ctx='习近平法治思想')
U('法治新疆')  # the fixed name of a provincial strategy, like 法治浙江 (round 3)
s(P, '新疆', False, ctx='法治新疆')
U('法治政府', req=False, ctx='法治政府、法治社会')
Q('扫码入企', 'campaign')  # a quoted reform measure
# “九五”普法: the ninth five-year legal-education plan (2026–2030), not the 9th Five-Year
# Plan; undecided, optional as SLOGAN kind period and as DATE
Q('九五', 'period', req=False)
s(DT, '九五', False, value='2026/2030')
U('全过程人民民主', ctx='始终践行全过程人民民主')
s(DEP, '人大', False, ctx='人大及其常委会', kind="people's congress")
s(DEP, '常委会', False, ctx='人大及其常委会', kind="people's congress")
s(DEP, '政协', False, ctx='政协民主监督', kind='cppcc')  # bare 政协 (round 4: optional)
s(DEP, '民主党派', False)
s(DEP, '工商联', level='province', canonical='新疆维吾尔自治区工商业联合会', **MASS)
U('全过程人民民主', ctx='践行全过程人民民主，让')
# （三）
U('正确政绩观', req=False)
U('为人民出政绩、以实干出政绩', req=False)
s(P, '新疆', ctx='让新疆真正')
U('数字政府', req=False)
Q('高效办成一件事', 'campaign')
Q('数字政绩', 'term', req=False)
Q('一刀切', 'term', req=False)
Q('一风吹', 'term', req=False)
# （四）
s(PE, '习近平', title='总书记', ctx='习近平总书记“五个')
Q('五个进一步到位')  # a quoted numbered formula; no FIGURE
U('中央八项规定精神')
U('中央八项规定', req=False)
s(DEP, '中央', False, ctx='中央八项规定精神', level='central', kind='party')
U('党风廉政建设', req=False)
U('反腐败斗争', req=False)
U('群众身边不正之风和腐败问题', req=False)
s(DEP, '中央', False, ctx='中央巡视', level='central', kind='party')
U('新型政商关系', req=False)
Q('紧日子', 'term', req=False)
Q('三保')
Q('好日子', 'term', req=False)
# closing
U('以习近平同志为核心的党中央', req=False, ctx='团结在以习近平同志为核心的党中央')
s(PE, '习近平', title='同志', ctx='习近平同志为核心的党中央周围')
s(DEP, '党中央', **CC, ctx='为核心的党中央周围')
U('习近平新时代中国特色社会主义思想')
s(PE, '习近平', False, ctx='习近平新时代')
s(DT, '新时代', False, ctx='新时代中国特色')
s(P, '中国', False, ctx='中国特色社会主义思想为指导')
s(DEP, '自治区党委', ctx='自治区党委领导下', **XPC)
U('新时代党的治疆方略')
s(DT, '新时代', False, ctx='新时代党的治疆')
s(P, '疆', False, ctx='治疆方略')
U('铸牢中华民族共同体意识', ctx='以铸牢中华民族共同体意识为主线')
U('中华民族共同体意识', req=False, ctx='中华民族共同体意识为主线')
Q('五大战略定位')
U('守正创新', req=False)
U('勇毅前行', req=False)
U('团结和谐、繁荣富裕、文明进步、安居乐业、生态良好的社会主义现代化新疆', req=False)
U('社会主义现代化新疆', req=False, ctx='生态良好的社会主义现代化新疆')
s(P, '新疆', ctx='社会主义现代化新疆，为强国')
U('强国建设、民族复兴伟业', req=False)
U('强国建设、民族复兴', req=False)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
