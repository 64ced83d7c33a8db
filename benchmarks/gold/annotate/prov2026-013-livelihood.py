from _ann import CC, DEP, DT, PE, Ann, P

# 2026 government work report of Xinjiang, the end of the review of 2025: point (八) on
# livelihoods (employment, schools, health, the ten livelihood projects, the list of
# other fields), the government's self-building, 兵地 / 兵团, 对口援疆, 驻疆部队, and the
# summary with the thanks paragraph.
A = Ann('prov2026-013', 6736, 8481, script='traditional')
s = A.s
U, Q = A.unquoted, A.quoted
F = lambda t, v, ap, u, subj, req=True, ctx=None: s('FIGURE', t, req, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)
XPC = {'level': 'province', 'kind': 'party', 'canonical': '中共新疆维吾尔自治区委员会'}
XPCC = {'level': 'province', 'kind': 'state', 'canonical': '新疆生产建设兵团'}
MASS = {'kind': 'mass organisation'}
PLA = {'level': 'central', 'kind': 'state', 'canonical': '中国人民解放军'}


def jiang(ctx):  # one-character abbreviation used alone (援疆, 在疆, 驻疆, 全疆): optional
    s(P, '疆', False, ctx=ctx)


# （八）
F('48.81万人', 488100, 'exact', '人', '城镇新增就业')
F('335.9万人次', 3359000, 'exact', '人次', '农村劳动力外出务工')
F('82.4万人次', 824000, 'exact', '人次', '职业技能培训')
F('90%以上', 90, 'more_than|at_least', '%', '区属高校毕业生去向落实率')
F('113.5万人', 1135000, 'exact|more_than', '人', '脱贫人口务工就业规模')  # 达
F('46.2万平方米', 462000, 'exact', '平方米', '新建改扩建中小学校舍面积')
F('71所', 71, 'exact|more_than', '所', '自治区级优质普通高中')  # 达
F('学前一年', 1, 'exact', '年', '学前教育', req=False)  # 学前一年: a duration (optional)
F('一年', 1, 'exact', '年', '学前教育', req=False)
# universities: optional DEPARTMENTs; the places at their start optional
s(DEP, '新疆财经大学阿勒泰校区', False, kind='university')
s(DEP, '新疆财经大学', False, kind='university')
s(P, '新疆', False, ctx='新疆财经大学')
s(P, '阿勒泰', False)
s(DEP, '新疆工业学院', False, kind='university')
s(P, '新疆', False, ctx='新疆工业学院')
F('6所', 6, 'exact', '所', '实现招生的高校')
s(P, '南疆', ctx='南疆高校')
F('23.85万人', 238500, 'exact|more_than', '人', '南疆高校在校生')  # 达到
F('15.1%', 15.1, 'exact', '%', '南疆高校在校生增长')
F('91.9%', 91.9, 'exact|more_than', '%', '紧密型县域医共体占比')  # 达
F('256家', 256, 'exact', '家', '二级及以上公立医疗机构')  # 二级及以上: a class, no figure
Q('两癌', 'term', req=False)  # quoted coinage; no FIGURE inside
F('87.3万人次', 873000, 'exact', '人次', '城乡妇女免费“两癌”筛查')
F('10项', 10, 'exact', '项', '民生政策')
F('251.6万人', 2516000, 'exact', '人', '惠及')
# 十件民生实事: the programme's count, the projects listed after it (round 3: optional)
F('十件', 10, 'exact', '件', '民生实事', req=False)
U('十件民生实事', 'campaign', req=False)
s(P, '南疆', ctx='新建南疆天然气')
F('300多万', 3000000, 'more_than', '', '各族群众')  # number before a noun, no classifier
F('300多万各族群众', 3000000, 'more_than', '', '各族群众', req=False)
F('1.7万间', 17000, 'exact', '间', '中小学教室照明改造')
F('4075公里', 4075, 'exact', '公里', '城市地下管网')
F('4.14万人', 41400, 'exact', '人', '就业困难人员实现就业')
F('一批', 1, 'exact', '批', '群众关注的问题', req=False)
# a list of fields of work (…等事业): 共青团 and 科协 required, 工会 and 红十字 optional (r7s)
s(DEP, '工会', False, **MASS)
s(DEP, '共青团', level='province', **MASS)
s(DEP, '科协', level='province', **MASS)
s(DEP, '红十字', False, **MASS)
# 各位代表！过去一年…
s(DT, '过去一年', False, value='2025', resolved='2025')
U('管党治党', req=False)
Q('两个确立')
Q('两个维护')
U('深入贯彻中央八项规定精神学习教育', 'campaign', req=False)
U('中央八项规定精神')
U('中央八项规定', req=False)
s(DEP, '中央', False, ctx='中央八项规定精神学习', level='central', kind='party')
U('求真务实', req=False)
U('钉钉子精神', req=False)
U('形式主义、官僚主义', req=False)
Q('三不腐')
U('法治政府', req=False)
s(DEP, '自治区人大常委会', level='province', kind="people's congress",
  canonical='新疆维吾尔自治区人民代表大会常务委员会')
s(DEP, '人大常委会', False, ctx='自治区人大常委会', kind="people's congress")
F('14件', 14, 'exact', '件', '提请审议法规案')
F('5部', 5, 'exact', '部', '制定修订行政规章')
s(DEP, '人大', False, ctx='人大代表建议', kind="people's congress")
F('501件', 501, 'exact', '件', '办结人大代表建议')
s(DEP, '政协', False, ctx='政协提案', kind='cppcc')
F('453件', 453, 'exact', '件', '办结政协提案')
F('3201项', 3201, 'exact', '项', '调整实施行政职权')
Q('高效办成一件事', 'campaign')
F('302.86万件', 3028600, 'exact|more_than', '件', '“高效办成一件事”办件量')  # 达
# 各位代表！一年来，兵地…
s(DT, '一年来', False, value='2025', resolved='2025')
s(DEP, '兵地', False, ctx='兵地融合')
s(DEP, '兵团', ctx='支持兵团改革', **XPCC)
s(DEP, '兵团', ctx='兵团“稳定器”', **XPCC)
Q('稳定器', 'term', req=False)
Q('大熔炉', 'term', req=False)
Q('示范区', 'term', req=False)
s(P, '新疆', ctx='为新疆改革')
# 各位代表！…对口援疆: the meeting name is not annotated, the place inside it optional
s(P, '新疆', False, ctx='对口支援新疆工作会议')
jiang('援疆资源')
jiang('人才援疆')
U('对口援疆', 'campaign', req=False, ctx='提升对口援疆')
jiang('对口援疆综合')
F('19个', 19, 'exact', '个', '援疆省市')
jiang('援疆省市落实')
U('对口援疆', 'campaign', req=False, ctx='落实对口援疆')
jiang('对口援疆资金')
F('197亿元', 19700000000, 'exact', '元', '对口援疆资金')
s(DEP, '中央企业', False, kind='enterprise', ctx='中央企业在疆')
jiang('在疆完成')
F('2723亿元', 272300000000, 'exact', '元', '中央企业在疆完成投资')
jiang('援疆省市、中央')
s(DEP, '中央和国家机关', level='central', kind='state')
s(DEP, '中央企业', False, kind='enterprise', ctx='中央企业的无私')
jiang('援疆干部人才的')
s(P, '新疆', ctx='新疆各族人民感恩')
# 各位代表！…驻疆部队: troops stationed in the region (optional, as in -building)
s(DEP, '驻疆部队', False, kind='state')
jiang('驻疆部队')
s(P, '新疆', ctx='新疆社会稳定')
U('拥军优属', 'campaign', req=False)
U('军政军民团结', req=False)
# 各位代表！过去五年…
s(DT, '过去五年', False, value='2021/2025')
s(DT, '2025年', value='2025')
U('以习近平同志为核心的党中央', req=False)
s(PE, '习近平', title='同志', ctx='习近平同志为核心')
s(DEP, '党中央', ctx='为核心的党中央', **CC)
U('新时代党的治疆方略')
s(DT, '新时代', False, ctx='新时代党的治疆')
s(P, '疆', False, ctx='治疆方略')
s(P, '新疆', ctx='做好新疆工作')
s(P, '新疆', ctx='新疆取得的发展')
s(DEP, '中央新疆工作协调小组', level='central', kind='party')
s(P, '新疆', False, ctx='中央新疆工作协调小组')
s(DEP, '中央和国家机关', ctx='中央和国家机关、各援疆', level='central', kind='state')
jiang('各援疆省市')
s(DEP, '中央企业', False, kind='enterprise', ctx='中央企业的大力')
U('中国特色社会主义制度', req=False)
s(P, '中国', False, ctx='中国特色社会主义制度')
s(P, '新疆', ctx='新疆安定和谐')
s(DEP, '自治区党委', ctx='自治区党委总揽', **XPC)
s(DEP, '人大', False, ctx='凝结着人大代表', kind="people's congress")
s(DEP, '政协', False, ctx='政协委员以及', kind='cppcc')
s(DEP, '自治区人民政府', level='province', kind='state', canonical='新疆维吾尔自治区人民政府')
jiang('全疆各族')
s(DEP, '人大', False, ctx='各位人大代表', kind="people's congress")
s(DEP, '政协', False, ctx='政协委员，向', kind='cppcc')
s(DEP, '民主党派', False)
s(DEP, '工商联', level='province', canonical='新疆维吾尔自治区工商业联合会', **MASS)
jiang('驻疆人民解放军')
s(DEP, '人民解放军', **PLA)
# 武警 (武警官兵): the standard short name of 武警部队, required like 解放军 (decided here)
s(DEP, '武警', level='central', kind='state', canonical='中国人民武装警察部队')
s(DEP, '中央', False, ctx='中央驻疆单位', level='central')
jiang('驻疆单位')
jiang('援疆省市（单位）')
jiang('援疆干部人才，')
s(P, '新疆', ctx='支持新疆改革发展稳定')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
