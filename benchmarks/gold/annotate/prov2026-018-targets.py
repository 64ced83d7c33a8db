from _ann import CC, DEP, DT, PE, SL, Ann, P, all_occ

# Round 20: the Zhejiang report's "二、“十五五”时期的主要目标任务" from its targets
# paragraph on: the targets for 2030 (到2030年, 3.5%以上, 30万元/人左右, 9万元左右,
# 78%左右), 中央和省委 and the “五个更加注重” with their five “——” paragraphs
# (“八八战略”, 习近平总书记, 党中央, “经济大省挑大梁”, quoted sayings and coinages:
# “我负责阳光雨露，你负责茁壮成长”, “马拉松”, “两点论”/“重点论”, “十个指头弹钢琴”,
# “三本账”, “最优解”), the bridging sentence and task (一) (innovation: “315”, “415X”,
# “两篇大文章”, 上海（长三角）, the corridors 杭州城西科创大走廊 / 杭州湾科技创新带 /
# G60科创走廊, “双一流196”, “135”, 到2030年 13万亿元, “浙江制造”, “六大高地”,
# “数字浙江”, “人工智能+”). Traditional script. A fifth range of the article.
A = Ann('prov2026-018', 8379, 10686, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000; YI = 100000000; WY = 1000000000000
ZPC = {'level': 'province', 'kind': 'party', 'canonical': '中共浙江省委员会'}

def period(ctx):  # “十五五”: a five-year-plan period, optional as DATE and SLOGAN kind period
    sp = s(DT, '十五五', False, ctx=ctx, value='2026/2030')
    s(SL, '十五五', False, at=sp['start'], kind='period', quoted=True)

def zone(t, ctx=None):  # corridors and belts read as zones (round 15, undecided): optional PLACE and DEPARTMENT
    sp = s(P, t, False, ctx=ctx)
    s(DEP, t, False, at=sp['start'], kind='zone')

# “十五五”发展的主要目标是：高质量发展建设共同富裕示范区取得决定性进展 …
period('“十五五”发展的主要目标')
U('高质量发展建设共同富裕示范区', req=False)
U('共同富裕示范区')
U('共同富裕', req=False)
s(DT, '2030年', ctx='到2030年，我省', value='2030')                      # 到2030年: the bare year (round 12)
F('3.5%以上', 3.5, '%', '全社会研发投入强度', ap='more_than|at_least')     # 达到 outside, 以上 inside
s('FIGURE', '3.5%', False, value=3.5, approx='exact|more_than|at_least', unit='%')
# 30万元/人左右: a compound unit (yuan per person); see README.md, round 20 (decided by analogy with 微克/立方米)
F('30万元/人左右', 30 * WAN, '元/人', '全员劳动生产率', ap='about')
s('FIGURE', '30万元', False, value=30 * WAN, approx='about|exact', unit='元')
s('FIGURE', '30万元/人', False, value=30 * WAN, approx='about|exact', unit='元/人')
F('9万元左右', 9 * WAN, '元', '居民人均可支配收入', ap='about')
F('78%左右', 78, '%', '常住人口城镇化率', ap='about')
# 实现上述目标，必须严格遵循中央和省委明确的重大原则要求 … “五个更加注重”
s(DEP, '中央', False, ctx='中央和省委', level='central')                  # 中央 alone (round 1)
s(DEP, '省委', ctx='和省委明确', **ZPC)
Q('五个更加注重')                                                         # quoted numbered formula; no FIGURE
# ——更加注重强化战略引领 …
Q('八八战略')
U('一张蓝图绘到底', req=False)                                            # an unquoted set phrase (optional)
s(PE, '习近平', ctx='习近平总书记擘画', title='总书记')
s(DEP, '党中央', ctx='党中央决策部署', **CC)
s(P, '浙江', ctx='在浙江落地生根')
Q('经济大省挑大梁', 'directive')                                          # quoted here (the unquoted modifier is optional, round 3)
# ——更加注重准确识变应变，实事求是因地制宜 …
U('实事求是因地制宜', req=False)
U('吃改革饭、走开放路、打创新牌', 'directive', req=False)                 # an unquoted set wording: optional
# ——更加注重秉持长期主义 …
Q('我负责阳光雨露，你负责茁壮成长', 'quotation', req=False)               # quoted words (a saying on government and market)
Q('马拉松', 'term', req=False)                                           # a quoted metaphor
# ——更加注重全面统筹兼顾 …
Q('两点论')                                                               # quoted doctrine names (method of Marxism)
Q('重点论')
U('问题导向、目标导向、效果导向', req=False)
Q('十个指头弹钢琴', 'term', req=False)                                    # a quoted metaphor of a working method; no FIGURE
Q('三本账')                                                               # quoted numbered formula after its list; no FIGURE
Q('最优解', 'term', req=False)                                           # a quoted coinage
# ——更加注重抓具体抓深入 … (no entity)
# 推动“十五五”高质量发展 …
period('推动“十五五”高质量发展')
# （一）聚焦加快建设创新浙江，因地制宜发展新质生产力。
U('创新浙江')                                                            # a provincial strategy's name, like 平安浙江 / 法治浙江
s(P, '浙江', False, ctx='创新浙江')
U('新质生产力')
Q('315')                                                                 # quoted coded formula (科技创新体系); no FIGURE
Q('415X')                                                                # quoted coded formula (先进制造业集群培育工程)
Q('两篇大文章')
U('教育强省', req=False); U('科技强省', req=False); U('人才强省', req=False)
s(P, '浙江', ctx='浙江特色现代化产业体系')                                 # the place the text is about
# 打造具有全球影响力的科创高地。
# slip fixed after the first measurement (no prediction involved): the named centre is an optional
# DEPARTMENT, like 北京（京津冀）国际科技创新中心 (round 19, prov2026-006-tasks)
s(DEP, '上海（长三角）国际科技创新中心', False, kind='institute')
s(P, '上海', False, ctx='上海（长三角）国际科技创新中心')                   # a place at the start of a designation (round 5)
s(P, '长三角', False, ctx='（长三角）')
zone('杭州城西科创大走廊')
s(P, '杭州', False, ctx='杭州城西')
s(P, '城西', False, ctx='城西科创')
zone('杭州湾科技创新带')
s(P, '杭州湾', False)
s(P, '杭州', False, ctx='杭州湾科技')
zone('G60科创走廊')
s(P, 'G60', False)                                                       # a road number (optional); no FIGURE
Q('概念验证—中试熟化—产业落地', 'term', req=False)                         # a quoted description of a service chain
Q('双一流196', 'campaign')                                               # quoted programme name; no FIGURE
U('双一流', req=False, ctx='双一流196')
Q('135')                                                                 # quoted coded formula (人才强省体系建设工程)
U('人才强省', req=False, ctx='人才强省体系')
Q('引育留用', 'term', req=False)                                          # a quoted coinage
s(P, '浙江', ctx='对浙江心生向往')
s(P, '浙江', ctx='在浙江大显身手')
# 打造全球先进制造业基地。… 到2030年“415X”集群营收突破13万亿元
s(DT, '2030年', ctx='到2030年“415X”', value='2030')
Q('415X', ctx='“415X”集群营收')
F('13万亿元', 13 * WY, '元', '“415X”集群营收', ap='exact|more_than')        # 突破 outside
U('标准强省', req=False); U('品牌强省', req=False); U('质量强省', req=False)
Q('浙江制造', 'term', req=False)                                          # a quoted regional brand (undecided)
s(P, '浙江', False, ctx='浙江制造')
Q('六大高地')                                                            # quoted numbered formula; no FIGURE
s('FIGURE', '一批', False, value=1, approx='exact', unit='批')
# 打造人工智能创新发展高地。
Q('数字浙江')                                                            # quoted name of the provincial strategy
s(P, '浙江', False, ctx='数字浙江')
Q('人工智能+', 'campaign')                                               # round 3

# 高质量发展: optional at every occurrence (round 2)
all_occ(A, SL, '高质量发展', False, kind='formula', quoted=False)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
