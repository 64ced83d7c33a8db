from _ann import CC, DEP, DT, PE, Ann, P

A = Ann('prov2026-010', 16623, 18802)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
SXPC = {'level': 'province', 'kind': 'party', 'canonical': '中共山西省委员会'}
PC = {'kind': "people's congress"}

# 悠悠万事，民生为大。今年再办好15件民生实事。(一是 … 十五是: list numbers, none)
U('民生为大', req=False)
s(DT, '今年', False)
F('15件', 15, '件', '民生实事')
F('3万名', 30000, '名', '上消化道癌高危人群内镜检查')
Q('西部计划', 'campaign')  # a quoted programme name
s(P, '西部', False)  # a region without a fixed boundary, inside the programme name
F('3000名', 3000, '名', '“西部计划”志愿者')
F('3000名', 3000, '名', '社区助理', ctx='社区助理3000名')
Q('万人计划', 'campaign')  # 毕业生就业能力培训“万人计划”: no FIGURE inside
U('扶残助学圆梦工程', 'campaign', req=False)  # an unquoted project name
F('6300名', 6300, '名', '资助残疾人大学生和困难残疾人家庭子女大学生')
F('8000人', 8000, '人', '抢救性康复救助残疾儿童')
F('4万人', 40000, '人', '辅助器具适配补贴')
F('3000余名', 3000, '名', '符合条件的残疾人', ap='more_than')
F('50个', 50, '个', '社区养老工程和乡镇（街道）区域养老服务中心')
F('600部', 600, '部', '既有住宅加装电梯')
# 达到70%以上: 达到 outside, 以上 inside
F('70%以上', 70, '%', '粮食作物完全成本保险综合承保覆盖率', ap='more_than|at_least')
# 不少于 before the number: inside the span like 超过 (round 2), at_least; the bare number optional
F('不少于100万批次', 1000000, '批次', '农产品快检', ap='at_least')
F('100万批次', 1000000, '批次', '农产品快检', ap='exact|at_least', req=False)
F('2万元以上', 20000, '元', '农产品网络销售额', ap='more_than|at_least')
F('1000单以上', 1000, '单', '快递单量', ap='more_than|at_least')
F('1900处', 1900, '处', '维修养护农村供水工程')
F('1万场', 10000, '场', '免费送戏下乡')
F('80个', 80, '个', '新型公共文化空间')
# （十）着力守牢安全稳定底线
Q('三管三必须')  # a quoted coded formula, no FIGURE
U('治本攻坚三年行动', 'campaign', req=False)
s('FIGURE', '三年', False, value=3, approx='exact', unit='年')  # a duration inside a campaign name
Q('六个能力')  # 森林草原防灭火“六个能力”: a quoted numbered formula, no FIGURE
U('房地产发展新模式', req=False)
U('新时代', req=False)
s(DT, '新时代', False)
Q('枫桥经验')
s(P, '枫桥', False)
s(DEP, '综治中心', False, level='county', kind='state')  # a class of county bodies (round 3)
U('扫黑除恶', 'campaign', req=False)  # undecided: campaign name or policy phrase
# 四、全面加强政府自身建设
U('服务型政府', req=False)
Q('两个确立'); Q('两个维护')
Q('第一议题', 'campaign')  # “第一议题”制度: a quoted name of a system/measure; no FIGURE
s(DEP, '中央', False, ctx='中央巡视', level='central', kind='party')
U('党的全面领导', req=False)
s(DEP, '党中央', **CC)
s(DEP, '省委', **SXPC)
U('依法行政', req=False)
U('习近平法治思想')  # the fixed name of a thought
s(PE, '习近平', False)
U('严格规范公正文明执法', req=False)
s(DEP, '人大', False, ctx='依法接受人大监督', **PC)  # as prov2026-012 / gwr-002
s(DEP, '政协', False, ctx='主动接受政协民主监督', kind='cppcc')  # bare 政协 (undecided, optional)
s(DEP, '人大', False, ctx='执行人大及其常委会', **PC)
s(DEP, '常委会', False, **PC)
s(DEP, '人大', False, ctx='人大代表建议', **PC)
s(DEP, '政协', False, ctx='政协提案', kind='cppcc')
U('数字政府', req=False)
U('全面从严治党')
U('党风廉政建设', req=False)
U('反腐败斗争', req=False)
U('不敢腐、不能腐、不想腐')  # unquoted standard wording (quoted and required in prov2026-012)
U('深入贯彻中央八项规定精神学习教育', 'campaign', req=False)
U('中央八项规定精神学习教育', 'campaign', req=False)
U('中央八项规定精神')
U('中央八项规定', req=False)
s(DEP, '中央', False, ctx='中央八项规定精神', level='central', kind='party')
U('学习教育', 'campaign', req=False)
Q('四风')
U('群众身边不正之风和腐败问题集中整治', 'campaign', req=False)
U('正确政绩观', req=False)
U('从实际出发、按规律办事', req=False)
U('为人民出政绩、以实干出政绩', req=False)
Q('形象工程', 'term', req=False)
Q('政绩工程', 'term', req=False)
U('形式主义', req=False)
U('为基层减负', req=False)
U('基层减负', req=False)
U('钉钉子精神', req=False)
U('执行者、行动派、实干家', req=False)
# 各位代表！…
U('以习近平同志为核心的党中央', req=False)
s(PE, '习近平', title='同志')
s(DEP, '党中央', ctx='核心的党中央', **CC)
U('习近平新时代中国特色社会主义思想')
s(PE, '习近平', False)
s(P, '中国', False)
s(DEP, '省委', ctx='在省委坚强领导下', **SXPC)
U('高质量发展', req=False)
s(DT, '十五五', False, value='2026/2030')
Q('十五五', 'period', req=False)
s(P, '三晋', False)  # 三晋大地: a historical name of the province (undecided, optional)
U('中国式现代化')
s(P, '中国', False)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
