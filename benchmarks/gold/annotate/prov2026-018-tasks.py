from _ann import DEP, DT, PE, SL, Ann, P, all_occ

# Round 14: the Zhejiang report's "三、2026年重点工作": the heading, the guiding
# paragraph (“4+1”, 省委“132”, “六个重大突破”, “十项重大工程”), the main targets
# for 2026 (a range 5%—5.5%, 以内, 左右), task (一) (confidence: “两重”“两新”,
# “8+4”, “凤凰行动”, “两个毫不动摇”, “民营经济32条”, “高效办成一件事”) and task
# (二) (innovation: universities, laboratories, quoted reform names and coinages,
# R&D targets with 达到 and 以上, artificial intelligence: 杭州、宁波、温州).
# Traditional script. A fourth range of the article.
A = Ann('prov2026-018', 14425, 16504, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000; YI = 100000000
ZPC = {'level': 'province', 'kind': 'party', 'canonical': '中共浙江省委员会'}

def period(ctx):  # “十五五”: a five-year-plan period, optional as DATE and SLOGAN kind period
    sp = s(DT, '十五五', False, ctx=ctx, value='2026/2030')
    s(SL, '十五五', False, at=sp['start'], kind='period', quoted=True)

# 三、2026年重点工作
s(DT, '2026年', value='2026')
s(DT, '2026年', ctx='2026年是', value='2026')
period('“十五五”开局')
s(DT, '今年', False, ctx='做好今年', value='2026', resolved='2026')
U('习近平新时代中国特色社会主义思想')
s(PE, '习近平', False)
s(P, '中国', False)
s(DT, '党的二十大', False); s(DT, '二十大', False)
s(DT, '二十届历次全会', False)
s(DEP, '中央', False, ctx='中央经济工作会议', level='central')     # an organ at the start of a meeting name
s(PE, '习近平', ctx='习近平总书记“4', title='总书记')
Q('4+1')                                                           # quoted coded formula; no FIGURE
s(DEP, '省委', ctx='省委“132', **ZPC)                               # the organ standing alone
Q('132')
Q('稳中求进、提质增效')                                              # quoted here: required
U('稳中求进', req=False)
Q('六个重大突破')                                                    # quoted numbered formula; no FIGURE
Q('十项重大工程', 'campaign')                                        # quoted programme name; no FIGURE
U('扩大内需', req=False)
U('稳就业、稳企业、稳市场、稳预期', req=False)
U('质的有效提升和量的合理增长', req=False)
period('实现“十五五”良好')
# 综合考虑各方面因素 … targets
s(DT, '今年', False, ctx='今年经济社会', value='2026', resolved='2026')
F('5%', 5, '%', '全省生产总值增长', ap='exact|at_least', ctx='5%—5.5%')   # a range: two spans (round 7)
F('5.5%', 5.5, '%', '全省生产总值增长', ap='exact|less_than')
F('5%以内', 5, '%', '城镇调查失业率', ap='less_than')               # 以内 inside
F('2%左右', 2, '%', '居民消费价格涨幅', ap='about')
# （一）着力提振市场信心增强社会预期
s(DEP, '中央', False, ctx='中央预算内', level='central')              # inside a fund name
Q('两重', 'campaign')
Q('两新', 'campaign')
F('100个以上', 100, '个', '纳入国家用地保障范围项目', ap='more_than|at_least')
Q('8+4')                                                           # quoted coded formula (经济政策体系)
F('1053.8亿元', 1053.8 * YI, '元', '省级财政资金')
F('2500亿元以上', 2500 * YI, '元', '为经营主体减负', ap='more_than|at_least')
Q('凤凰行动', 'campaign')
U('融资畅通工程', 'campaign', req=False)
F('5000亿元以上', 5000 * YI, '元', '新增无还本续贷', ap='more_than|at_least')
# 促进民营经济高质量发展。
Q('两个毫不动摇')
Q('民营经济32条', 'campaign')                                        # quoted policy name; no FIGURE
U('规范涉企执法专项行动', 'campaign', req=False)
s(P, '浙', False, ctx='世界浙商大会')                                  # one-character abbreviation; 第八届: ordinal
# 打造一流营商环境。
Q('高效办成一件事', 'campaign')
Q('有求必应、无事不扰', 'directive')
# （二）着力提升创新体系整体效能
Q('两篇大文章')
Q('企业认定、政府认账', 'campaign')                                   # quoted reform name
Q('校（院）企双聘', 'campaign')
s(DEP, '浙江大学', False, kind='university')                         # universities optional
s(P, '浙江', False, ctx='浙江大学')
Q('一圈一网一高地')                                                    # quoted coded formula
s(DEP, '西湖大学', False, kind='university')
s(P, '西湖', False, ctx='西湖大学')
s(DEP, '宁波东方理工大学', False, kind='university')
s(P, '宁波', False, ctx='宁波东方')
Q('双一流')
s(DEP, '钱塘大学', False, kind='university')
s(P, '钱塘', False, ctx='钱塘大学')
U('高能级科创平台提能造峰行动', 'campaign', req=False)
s(DEP, '国家实验室', False, kind='institute')                         # classes of laboratories (round 6)
s(DEP, '全国重点实验室', False, kind='institute')
s(DEP, '省实验室', False, kind='institute')
s(DEP, '省技术创新中心', False, kind='institute')
Q('科学家+企业家', 'term', req=False)                                  # a quoted descriptive coinage
F('10个以上', 10, '个', '龙头企业牵头组建创新联合体', ap='more_than|at_least')
Q('高校+平台+企业+产业链', 'term', req=False)
Q('四题一评')                                                          # quoted coded formula
Q('双尖双领+X', 'campaign')                                           # quoted programme name (…项目)
F('400项以上', 400, '项', '“双尖双领+X”项目', ap='more_than|at_least')
F('100项以上', 100, '项', '重大科技成果', ap='more_than|at_least')
F('20家', 20, '家', '省级概念验证中心')
F('10家', 10, '家', '省级中试平台')
# 积极培育一流创新生态。
Q('先用后转', 'campaign')                                             # quoted reform name (集成改革)
F('3.35%', 3.35, '%', '全社会研发投入强度', ap='exact|more_than')       # 达到 outside
F('7800亿元', 7800 * YI, '元', '全口径科技创新投入', ap='exact|more_than')
F('3.25%左右', 3.25, '%', '规上工业企业研发费用与营收之比', ap='about')
F('2个百分点以上', 2, '个百分点', '省属国有企业研发投入增速高于全省平均', ap='more_than|at_least')
Q('打造耐心资本', 'campaign')                                         # quoted campaign name (…专项行动)
# 推动人工智能创新发展。
s(P, '国家数据要素综合试验区', False)                                  # a zone class: optional as PLACE and DEPARTMENT
s(DEP, '国家数据要素综合试验区', False, kind='zone')
s(P, '杭州', False, ctx='杭州语料库')                                  # a place at the start of a project name
s(P, '杭州', ctx='杭州、宁波')
s(P, '宁波', ctx='宁波、温州')
s(P, '温州', ctx='温州开展')
Q('魔搭社区', 'term', req=False)                                       # a quoted platform name (product)
s(DEP, '魔搭社区', False, kind='enterprise')
s(DEP, '之江实验室', False, kind='institute')
s(P, '之江', False, ctx='之江实验室')
s('FIGURE', '一批', False, value=1, approx='exact', unit='批')
F('20%以上', 20, '%', '人工智能核心产业营收增长', ap='more_than|at_least')

# 高质量发展: optional at every occurrence (round 2); slip fixed after the first measurement:
# the first script marked one of its two occurrences (支持经济高质量发展 was left out)
all_occ(A, SL, '高质量发展', False, kind='formula', quoted=False)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
