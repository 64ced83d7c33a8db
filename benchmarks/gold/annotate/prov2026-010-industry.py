from _ann import DEP, DT, Ann, P

# Shanxi 2026 government work report, "三、2026年工作安排": tasks (三) industrial
# upgrading (“人工智能+”, “数据要素×”, 30户以上, 10%, 8400亿元, 7%左右, 13个,
# 30条以上), (四) diversified development (80万亩, 16个, “节水滴灌+密植”, 1个,
# 1—2个, 3家以上, 4.5%以上, “强基焕新”, 531处, “文旅+”, “晋字号”,
# “演艺+体验+消费”, “服务+制造”, 10个, 100个) and (五) innovation (institutes
# 怀柔实验室山西研究院 and 中科院山西煤化所, 各20家, 2—3家, 25—30家, 70个,
# 10个以上, 10家以上, 京津冀, 350亿元, 1400家以上, “双一流”, “双高”, “双优”,
# 太原市, “人到山西好风光”, “智汇山西”). Annotated blind, round 21.
# Traditional (OpenCC s2t of the source). Cut at paragraph ends: from the
# heading “（三）着力推进产业升级” to the end of task (五), before “（六）”.
A = Ann('prov2026-010', 10246, 12555, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI, WAN = 100000000, 10000
INST = {'kind': 'institute'}

# （三）着力推进产业升级 (list number: none)
U('增品种、提品质、创品牌', req=False)      # the consumer-goods formula, unquoted (undecided)
U('产业创新工程', 'campaign', req=False)
U('新技术新产业新场景大规模应用示范行动', 'campaign', req=False)
U('低空经济', 'term', req=False)
F('两大产业集群', 2, '', '产业集群', req=False)   # anaphoric count after a closed list (round 3)
F('两', 2, '', '产业集群', req=False, ctx='两大产业集群')
s(P, '京津冀', False, ctx='环京津冀算力走廊')     # a region inside a programme name
U('全国一体化算力网', req=False)
s(P, '大同', False, ctx='大同国家数据标注基地')   # a city at the start of a base's name
s(P, '数据流量谷', False)                         # a park (venue)
U('全国一体化数据市场', req=False)
Q('人工智能+', 'campaign')                         # round 3
Q('数据要素×', 'campaign')                         # required campaign (Hunan round)
F('30户以上', 30, '户', '新培育智能工厂', ap='more_than|at_least')
F('30户', 30, '户', '新培育智能工厂', ap='exact|more_than|at_least', req=False)
F('10%', 10, '%', '数字经济核心产业增加值增长')
s(P, '山西', False, ctx='山西转型综改示范区')     # a place at the start of a zone's name
s(P, '山西转型综改示范区', False)                 # a zone (optional)
U('重点产业链高质量发展行动', 'campaign', req=False)
U('高质量发展', req=False, ctx='重点产业链高质量发展行动')   # optional at every occurrence (round 2)
F('8400亿元', 8400 * YI, '元', '省级重点产业链营收', ap='exact|more_than')   # 达到 outside
F('7%左右', 7, '%', '省级重点产业链营收同比增长', ap='about')
F('13个', 13, '个', '产业集群')
F('30条以上', 30, '条', '细分培育产业链', ap='more_than|at_least')
F('30条', 30, '条', '细分培育产业链', ap='exact|more_than|at_least', req=False)
F('一批', 1, '批', '产业集聚区', req=False, ctx='一批产业集聚区')
# （四）着力推动适度多元发展
U('稳面积、增单产', req=False)
F('80万亩', 80 * WAN, '亩', '新建改造高标准农田')
F('16个', 16, '个', '大中型灌区')
Q('节水滴灌+密植', 'campaign')                     # a quoted model joined by + (round 11)
U('种业振兴行动', 'campaign', req=False)
U('农机装备补短板行动', 'campaign', req=False)
F('1个', 1, '个', '国家级优势特色产业集群')
F('1—2个', 1, '个', '现代农业产业园', req=False)   # a range of counts: all three optional (README)
F('1', 1, '', '现代农业产业园', req=False, ctx='1—2个')
F('2个', 2, '个', '现代农业产业园', req=False, ctx='—2个')
F('3家以上', 3, '家', '国家级农业龙头企业', ap='more_than|at_least')
F('3家', 3, '家', '国家级农业龙头企业', ap='exact|more_than|at_least', req=False)
F('4.5%以上', 4.5, '%', '一产增加值增长', ap='more_than|at_least')
F('4.5%', 4.5, '%', '一产增加值增长', ap='exact|more_than|at_least', req=False)
Q('强基焕新', 'campaign')                          # a quoted programme name (…行动)
s(P, '关公故里', False)                             # a scenic site (venue)
s(P, '北岳恒山景区', False)
s(P, '北岳恒山', False)
s(P, '恒山', False)
F('531处', 531, '处', '国保单位')
Q('文旅+', 'campaign', req=False)                  # a bare “X+” (round 19: optional, undecided)
Q('晋字号', 'term', req=False)                     # a quoted brand designation
s(P, '晋', False, ctx='晋字号')
Q('演艺+体验+消费', 'campaign')                    # a quoted model joined by +
U('服务业扩能提质行动', 'campaign', req=False)
Q('服务+制造', 'campaign')
F('10个', 10, '个', '两业融合省级试点')
F('100个', 100, '个', '新立项找矿项目')
# （五）着力强化创新驱动
s(DEP, '怀柔实验室山西研究院', False, **INST)
s(DEP, '怀柔实验室', False, **INST)
s(P, '怀柔', False)
s(P, '山西', False, ctx='山西研究院')
s(DEP, '中科院山西煤化所', False, **INST)
s(DEP, '中科院', False, **INST)
s(P, '山西', False, ctx='山西煤化所')
s(P, '晋', False, ctx='在晋全国')                  # one-character abbreviation alone
s(DEP, '全国重点实验室', False, **INST)
F('一批', 1, '批', '省实验室', req=False, ctx='一批省实验室')
F('20家', 20, '家', '新建省重点实验室、省技术创新中心、省工程研究中心（各）')
F('2—3家', 2, '家', '省级制造业创新中心', req=False)   # a range of counts (as 1—2个)
F('2', 2, '', '省级制造业创新中心', req=False, ctx='2—3家')
F('3家', 3, '家', '省级制造业创新中心', req=False, ctx='—3家')
F('25—30家', 25, '家', '省级及以上企业技术中心', req=False)
F('25', 25, '', '省级及以上企业技术中心', req=False, ctx='25—30家')
F('30家', 30, '家', '省级及以上企业技术中心', req=False, ctx='—30家')
F('70个', 70, '个', '博士创新站')
s(DT, '2030', False, value='2030', ctx='2030国家')   # the name of the 2030 programme (a year inside a name)
F('10个以上', 10, '个', '省科技重大专项', ap='more_than|at_least')
F('10个', 10, '个', '省科技重大专项', ap='exact|more_than|at_least', req=False)
F('10家以上', 10, '家', '中试平台、概念验证中心', ap='more_than|at_least')
F('10家', 10, '家', '中试平台、概念验证中心', ap='exact|more_than|at_least', req=False)
s(P, '京津冀', False, ctx='京津冀等地区')          # joined abbreviations: optional (rounds 2, 14)
F('一批', 1, '批', '工程化示范标杆项目', req=False, ctx='一批工程化')
F('350亿元', 350 * YI, '元', '技术合同成交额', ap='exact|more_than')   # 突破 outside
F('1400家以上', 1400, '家', '新认定高新技术企业', ap='more_than|at_least')
F('1400家', 1400, '家', '新认定高新技术企业', ap='exact|more_than|at_least', req=False)
Q('双一流')                                         # required coded formula (round 14)
Q('双高')
Q('双优')
U('三晋英才计划', 'campaign', req=False)
s(P, '三晋', False)
s(P, '太原市')
Q('人到山西好风光', 'campaign')                     # quoted brand campaigns (…等品牌)
s(P, '山西', False, ctx='人到山西')
Q('智汇山西', 'campaign')
s(P, '山西', False, ctx='智汇山西')

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
