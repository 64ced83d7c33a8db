from _ann import DEP, Ann, P, all_occ

# Shandong 2026 government work report, "三、2026年重点工作", task (二)
# (新质生产力) after its heading line: its three paragraphs "做强科技创新核心驱动"
# (laboratories, quoted programmes “人工智能+科学研究”, “四链”, 1.8万家), "做强现代化
# 产业体系重要载体" (the “1+9” action, 12个 / 1900个 / 3000个, enterprises and
# their sites, 50%左右 / 60%左右, 4个万亿级 / 4个千亿级 industries, cities before
# robot bases and computing hubs, 突破2000亿元 / 120万辆, “一业一策”“一市一策”,
# “陆海通”, “中国大集”, “双百工程”, counts with 以上 / 左右) and "做强要素创新性配置
# 支撑保障" (“新工科”, 鲁港澳高校院所创新联盟, “科融信”, “鲁科系”, “第一站”,
# 100万人左右). No date and no person. Traditional script (OpenCC s2t).
A = Ann('prov2026-009', 10380, 12258, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
ENT = {'kind': 'enterprise'}
INST = {'kind': 'institute'}
INT = {'kind': 'international organisation'}
MT = 'more_than|at_least'
XM = 'exact|more_than'


def zone(t, **kw):
    """A zone or park: optional as PLACE and as DEPARTMENT (rounds 3 and 13, r7s)."""
    sp = s(P, t, False, **kw)
    s(DEP, t, False, at=sp['start'], kind='zone')


def batch(ctx):
    """一批: optional (round 2)."""
    F('一批', 1, '批', '', ap='about', req=False, ctx=ctx)


# 新质生产力 (×3) is required at every occurrence (round 1); 高质量发展 is optional
# at every occurrence (round 2).
all_occ(A, 'SLOGAN', '新质生产力', kind='formula', quoted=False)
all_occ(A, 'SLOGAN', '高质量发展', False, kind='formula', quoted=False)
all_occ(A, 'SLOGAN', '现代化产业体系', False, kind='formula', quoted=False)   # a policy phrase (r7n), at every occurrence
A.cur = 0

# 做强科技创新核心驱动
# 创新型省份: a class, none.
s(DEP, '崂山实验室', False, **INST)               # a laboratory (institutes optional, round 6)
s(P, '崂山', False, ctx='崂山实验室')
Q('人工智能+科学研究', 'campaign')                # quoted programme name (round 2; “人工智能+”, r7q)
# 电磁橇: a device, none.
U('重点产业科技创新行动', 'campaign', req=False)   # unquoted action name (round 13)
batch('精准布局一批')
s(DEP, '上合', False, ctx='上合科创中心', **INT)   # the SCO by its short name (r7s)
s(DEP, '上合科创中心', False, **INST)              # a centre (institutes optional)
Q('四链')                                          # quoted coded formula (round 2); no FIGURE
# 独角兽 / 小巨人 / 规上: classes of enterprise, none.
Q('高新企业规模化、规上企业高新化', 'directive')    # a quoted requirement
F('1.8万家', 18000, '家', '规上高新技术企业', ap=XM)   # 达到 outside
U('科技成果转化专项行动', 'campaign', req=False)
U('揭榜挂帅', 'campaign', req=False)               # unquoted here (quoted in Guangxi: required there)
s(DEP, '山东科技大市场', False, **INST)            # a platform (institutes and centres optional)
s(P, '山东', False, ctx='山东科技大市场')           # a place at the start of a platform's name (round 2)
Q('企业找技术、成果找市场', 'directive')
s(DEP, '国家磁悬浮计量测试中心', False, **INST)
batch('布局建设一批')

# 做强现代化产业体系重要载体
Q('1+9', 'campaign')                                # quoted coded action name; no FIGURE
F('12个', 12, '个', '重点产业稳增长方案')
F('1900个', 1900, '个', '补链强链重点项目')
# 投资2000万元以上的技改项目: a threshold that defines a class of projects (round 4:
# 50万千瓦以上 before a class of bases, optional; r7s required 超500亿元 as a threshold): undecided
F('2000万元以上', 20000000, '元', '技改项目投资', ap=MT, req=False)
F('3000个', 3000, '个', '投资2000万元以上的技改项目')
s(DEP, '山钢', False, **ENT)                        # enterprises (guide: optional)
s(P, '日照', False, ctx='山钢日照基地')             # the city in the name of a firm's base (r7n: 葫芦岛基地)
# 二期: a phase number, no FIGURE.
s(DEP, '永锋', False, **ENT)
s(P, '临港', False, ctx='永锋临港')                 # a district at the start of a project's name
F('50%左右', 50, '%', '高端精品钢产量占比', ap='about')
s(DEP, '东明石化', False, **ENT)
s(P, '东明', False)                                 # a place before an enterprise (round 2)
s(DEP, '东营富海', False, **ENT)
s(P, '东营', False)
s(DEP, '富海', False, **ENT)
s(DEP, '弘润石化', False, **ENT)
F('60%左右', 60, '%', '高端化工营收占比', ap='about')
U('工业企业规模跃升行动', 'campaign', req=False)
F('300家以上', 300, '家', '新培育独角兽、小巨人、单项冠军企业', ap=MT)
F('4个', 4, '个', '万亿级新兴支柱产业')            # after a list ending in 等 (round 2): required
F('万亿级', 1e12, '级', '新兴支柱产业', req=False)  # a scale class (r7n)
U('低空经济', req=False, ctx='航空航天与低空经济')   # policy phrase (r7n)
F('4个', 4, '个', '千亿级新兴潜力产业', ctx='4个千亿级')
F('千亿级', 1e11, '级', '新兴潜力产业', req=False)
zone('国家新型工业化示范区')
zone('新兴产业发展示范基地')
# cities listed before a class name are required (round 12)
s(P, '济南', ctx='济南、青岛、淄博'); s(P, '青岛', ctx='青岛、淄博'); s(P, '淄博'); s(P, '济宁', ctx='济宁4大')
F('4', 4, '', '机器人产业基地', req=False)         # a closed list before 大 + noun (rounds 2 and 3)
F('4大', 4, '大', '机器人产业基地', req=False)
F('2000亿元', 2000 * 10**8, '元', '机器人和智能装备产业规模', ap=XM)   # 突破 outside
F('120万辆', 1200000, '辆', '新能源汽车产量', ap=XM)
zone('烟台东方航天港')                              # an aerospace industrial base (a zone)
s(P, '烟台', False, ctx='烟台东方')                 # a city at the start of a zone's name (r7s), undecided
zone('东方航天港')
s(P, '济南', ctx='济南、青岛、泰安'); s(P, '青岛', ctx='青岛、泰安'); s(P, '泰安')   # 等市: places
U('低空经济', req=False, ctx='打造低空经济')
F('3个', 3, '个', '未来产业先导区')
F('6个', 6, '个', '未来产业加速园')
Q('一业一策')                                       # quoted formulas (round 2); no FIGURE
Q('一市一策')
U('生产性服务业扩容强基行动', 'campaign', req=False)
F('120家左右', 120, '家', '领军企业', ap='about')
F('10家以上', 10, '家', '新建省级质量基础设施', ap=MT)
Q('陆海通', 'term', req=False)                      # quoted platform name (r7s: “辽宁阅读”…服务平台)
s(DEP, '临沂商城', False, kind='zone')              # a wholesale market cluster: undecided
s(P, '临沂商城', False)
s(P, '临沂', False)                                 # a place at the start of a market's name (round 2)
Q('中国大集', 'term', req=False)                    # a quoted brand (round 9: “好品山东 商行天下”)
s(P, '中国', False, ctx='中国大集')
F('300个', 300, '个', '现代服务业重点项目')
F('1500家左右', 1500, '家', '规上服务业企业', ap='about')
zone('省级数字经济创新发展试验区')                    # a class of zone: optional (r7s: 人工智能创新应用先导区)
U('实数融合促进行动', 'campaign', req=False)
Q('双百工程', 'campaign')                            # quoted programme name; no FIGURE
F('100家以上', 100, '家', '特色企业', ap=MT)
F('100个以上', 100, '个', '行业级、场景级大模型和智能体', ap=MT)
zone('国家人工智能应用中试基地')
# 数据条例: the title of a regulation, none.
zone('国家数据要素综合试验区')
F('10个以上', 10, '个', '省级数据产业集群', ap=MT)
F('10个以上', 10, '个', '行业高质量数据集', ap=MT, ctx='打造10个以上')
batch('梯次布局一批')
s(P, '中国', False, ctx='中国算谷')                  # at the start of a platform's name (round 2)
s(DEP, '中国算谷·人工智能公共服务平台', False, **INST)
s(P, '济南', ctx='济南、青岛、枣庄'); s(P, '青岛', ctx='青岛、枣庄'); s(P, '枣庄')   # before a class name (round 12)
U('工业互联网创新发展工程', 'campaign', req=False)
s(P, '青岛', False, ctx='青岛国际通信')              # before a telecom gateway bureau (Guangxi: 南宁, optional)

# 做强要素创新性配置支撑保障
# 创新型 / 省部共建: generic, none.
s(P, '齐鲁', False, ctx='齐鲁“新工科”')
Q('新工科', 'term', req=False)                      # quoted designation of a discipline reform: undecided
zone('国家大学科技园')
# 高新区: generic, none.
s(DEP, '鲁港澳高校院所创新联盟', level='province', kind='alliance')   # a named alliance (guide)
s(P, '鲁港澳', False)                                # joined abbreviations (round 2)
zone('青岛科创大走廊')                                # a corridor read as a zone (r7: 沈大经济走廊), undecided
s(P, '青岛', False, ctx='青岛科创大走廊')
Q('科融信', 'campaign')                               # a quoted mechanism name (Guangxi: “揭榜挂帅”)
Q('鲁科系', 'term', req=False)                        # a quoted product series (r7s: “宁科贷”)
s(P, '鲁', False, ctx='鲁科系')
U('新兴支柱产业人才汇聚行动', 'campaign', req=False)
s(P, '鲁', False, ctx='来鲁')                         # one-character abbreviation used alone (guide)
Q('第一站', 'term', req=False)                        # a quoted coinage; an ordinal, no FIGURE
F('100万人左右', 1000000, '人', '新集聚青年人才', ap='about')


if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
