from _ann import DEP, DT, SL, Ann, P

# Round 38 (annotator r38b, blind). Tianjin 2026 government work report (prov2026-006),
# range [14492, 16821) of the window [14492, 16946): the end of task (六) city governance
# (ecology: 中央生态环保督察, 杨柳青电厂 / 大港电厂 with 6台 units, 40座 tanks, 大运河（天津段）;
# safety: 800 / 600 / 300公里 of pipes, 尔王庄水库, 滨海新区, 6处 flooding points, 首都 and
# its “护城河”, 综治中心, 法治天津 / 平安天津), task (七) rural revitalisation (32.8万亩,
# “津农精品”, 22个, 10个, 210公里, 120万平方米, 90%以上, “三资”, 东西部协作), task (八)
# livelihoods (民心工程, “一老一小”, 工会 / 共青团 / 红十字, 10所, 1.7万个, the hospitals'
# campuses, 爱国卫生运动, “海河之夜”, 泰达航母主题公园, 第四次全国文物普查) and the government's
# self-building paragraph (中央, 市委, 中央巡视, “两个确立”, “两个维护”, “九五”普法,
# 市人大 / 市政协, 港澳台, 中央八项规定精神, “长跑”). Simplified, as in the source. The
# closing appeal (各位代表！蓝图指引航向…) is left out to stay under 2,400 characters.
A = Ann('prov2026-006', 14492, 16821)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000
TJ = {'level': 'province', 'kind': 'party', 'canonical': '中共天津市委员会'}
MASS = {'kind': 'mass organisation'}
HOSP = {'kind': 'hospital'}


def yrs(t, n, ctx):
    """A duration (两年, 三年 in a campaign name): optional (Conventions decided here)."""
    s('FIGURE', t, False, ctx=ctx, value=n, approx='exact', unit='年')


# 加大生态环境保护治理力度。
sp = U('中央生态环保督察', 'campaign', req=False)                   # an inspection, undecided (prov2026-021-ecology)
s(DEP, '中央', False, at=sp['start'], level='central', kind='party')  # like 中央巡视 (round 5)
yrs('两年', 2, '两年攻坚行动')
U('两年攻坚行动', 'campaign', req=False)                             # an unquoted campaign name (round 13): optional
s(DEP, '杨柳青电厂', False, kind='enterprise')                       # enterprises optional (guide; 益阳电厂)
s(P, '杨柳青', False, ctx='杨柳青电厂')                              # a place at the start of a name: optional
s(DEP, '大港电厂', False, kind='enterprise')
s(P, '大港', False, ctx='大港电厂')
F('6台', 6, '台', '亚临界机组替代')                                 # 共 outside, like a verb
# VOCs: a substance; 环保绩效A级 (a grade, like I级): nothing
F('40座', 40, '座', '成品油储罐深度治理')
sp = s(P, '大运河（天津段）', False)                                 # the section of the canal as a whole: undecided, optional
s(P, '大运河', at=sp['start'])                                       # a named canal (round 6: rivers; earlier gold)
s(P, '天津段', False, ctx='（天津段）')
s(P, '天津', False, ctx='天津段')                                # the city inside the section's name: optional (nesting)
# 中心城区: not a name
s(P, '北部山区', False)                                              # a region without a name of its own: optional (round 2)

# 提升城市韧性安全水平。
U('安全生产治本攻坚', 'campaign', req=False)                          # unquoted campaign (its 三年行动 form, Conventions decided here)
# 构建危化品安全管理体系工作方案 / 高层建筑重大火灾风险隐患排查整治行动方案: document titles, no label (r14c)
U('城市生命线安全工程', 'campaign', req=False)                        # unquoted programme name (round 13)
F('800公里', 800, '公里', '改造老旧供热管网')                         # 分别-like list: each its own span (guide)
F('600公里', 600, '公里', '改造老旧燃气管网')
F('300公里', 300, '公里', '改造老旧排水管网')
s(P, '尔王庄水库', False)                                            # reservoirs optional (rounds 1-3)
s(P, '尔王庄', False)
s(P, '滨海新区', ctx='滨海新区防潮海堤')                              # a district of Tianjin (plans.py)
s(P, '滨海', False, ctx='滨海新区防潮')
s(P, '桥园里', False)                                                # residential compounds: venues, optional (plans.py: 东西里)
s(P, '和苑', False)
F('6处', 6, '处', '易积水点位')                                      # after a list ending in 等: required (plans.py)
s('FIGURE', '一揽子', False, value=1, approx='exact', unit='揽子')   # like 一批 (r7r; review.py)
s(P, '首都', False, ctx='筑牢首都')                                  # 首都 for Beijing: optional (round 14)
Q('护城河', 'term', req=False)                                       # a quoted metaphor (guide: optional coinage)
s(DEP, '综治中心', False, level='city', kind='state')                # a class of bodies (round 3)
U('法治天津')                                                        # required, like 法治浙江 (round 3; README prov2026-006)
s(P, '天津', False, ctx='法治天津')
U('平安天津')
s(P, '天津', False, ctx='平安天津')

# （七）扎实推进乡村全面振兴
U('乡村全面振兴', req=False)                                          # like 乡村振兴: optional
F('32.8万亩', 328000, '亩', '建成高标准农田')
U('种业振兴行动', 'campaign', req=False)                              # unquoted campaign names: optional (round 13)
U('现代设施农业更新改造工程', 'campaign', req=False)
Q('津农精品', 'campaign', req=False)                                  # a quoted brand of farm products: undecided (prov2026-006.py)
s(P, '津', False, ctx='津农精品')
F('22个', 22, '个', '国家级产业融合载体')
F('10个', 10, '个', '宜居宜业和美乡村重点片区', ctx='打造10个')
U('宜居宜业和美乡村', req=False)                                      # optional (round 13)
U('村庄清洁行动', 'campaign', req=False)
F('210公里', 210, '公里', '提升改造农村公路')
F('120万平方米', 120 * WAN, '平方米', '提升改造村内道路')
F('90%以上', 90, '%', '农村规模化供水覆盖率', ap='more_than|at_least')  # 达到 outside; 以上 inside (Conventions decided here)
s('FIGURE', '90%', False, ctx='90%以上', value=90, approx='exact|more_than|at_least', unit='%')  # as review.py (30%以上)
Q('三资', 'formula')                                                  # quoted coded formula (earlier gold, like “三保”); no FIGURE
U('东西部协作', 'campaign', req=False)                                # an unquoted programme name: undecided, optional
s(P, '东西部', False)                                                # joined regions (round 2): optional

# （八）全力办好民生实事增进民生福祉
U('民心工程', 'campaign', req=False)                                  # unquoted programme (prov2026-006.py, review.py)
U('稳岗扩容提质行动', 'campaign', req=False)
U('国家城乡居民增收计划', 'campaign', req=False)
Q('一老一小', 'formula')                                              # a quoted coded formula (round 9); no FIGURE
U('银发经济', 'term', req=False)                                      # optional policy term (README)
s(DEP, '工会', False, **MASS)                                         # 工会 optional (round 9; Conventions decided here)
s(DEP, '共青团', canonical='中国共产主义青年团', **MASS)             # a named body: required (round 1)
# 妇女儿童、慈善、残疾人: fields of work, no label
s(DEP, '红十字', False, **MASS)                                       # a field of work (prov2026-026): optional
s(DEP, '关爱退役军人协会', False, **MASS)                            # with 各级: a class of bodies, like 各级国防动员委员会: undecided, optional

U('教育强国建设三年行动计划', 'campaign', req=False)                  # unquoted plan name (round 13)
U('教育强国', 'term', req=False, ctx='教育强国建设三年')             # like 交通强国: optional
yrs('三年', 3, '建设三年行动计划')
F('10所', 10, '所', '新建改扩建中小学')
F('1.7万个', 17000, '个', '新增学位')
U('本科高校提质扩容工程', 'campaign', req=False)
s(DEP, '协和天津基地', False, **HOSP)                                 # hospitals optional (Conventions decided here)
s(P, '天津', False, ctx='协和天津基地')
s(DEP, '中医类国家医学中心', False, kind='institute')                 # national centres optional (round 13)
s(DEP, '国家区域公共卫生中心', False, kind='institute')
s(DEP, '市第三中心医院东丽院区', False, **HOSP)                       # hospitals and campuses optional (README, Tianjin)
s(DEP, '市第三中心医院', False, **HOSP)
s(P, '东丽', False, ctx='东丽院区')                                  # a district inside a campus name: optional
s(DEP, '市口腔医院梅江院区', False, **HOSP)
s(DEP, '市口腔医院', False, **HOSP)
s(P, '梅江', False, ctx='梅江院区')
U('爱国卫生运动', 'campaign')                                          # required, kind campaign (round 14)

# 推动文旅体融合发展。
U('高质量发展', req=False, ctx='文化产业高质量发展三年行动')           # policy phrase: optional at every occurrence
yrs('三年', 3, '高质量发展三年行动')
Q('海河之夜', 'term', req=False)                                      # a quoted event brand (prov2026-006.py)
s(P, '海河', False, ctx='海河之夜')
s(P, '津', False, ctx='津派相声')                                     # one-character abbreviation: optional
# 向海乐活节: an event name, no label
s(P, '泰达航母主题公园', False)                                       # a venue (park): optional
s(P, '泰达', False, ctx='泰达航母')                                   # TEDA, place or enterprise: optional
s(DEP, '泰达', False, ctx='泰达航母', kind='enterprise')               # 泰达 enterprise optional (README, Tianjin)
# 国家5A级景区: 5A a grade, not a figure
U('第四次全国文物普查', 'campaign', req=False)                         # like 第四次全国农业普查 (round 13); 第四次 ordinal
U('全民阅读', 'campaign', req=False)                                  # 全民阅读活动 optional (round 13)
s(P, '世界', False, ctx='世界青少年武术')                              # 世界 at the start of an event name: optional
# 世界青少年武术锦标赛, 女排亚锦赛, 第十六届市运会: event names, no label; 第十六届 an ordinal

# 各位代表！新征程新使命 …
U('党的创新理论', 'term', req=False)                                   # optional (round 10)
s(DEP, '中央', False, ctx='中央决策部署', level='central')            # 中央 alone optional (round 1)
s(DEP, '市委', ctx='市委工作要求', **TJ)
s(DEP, '中央', False, ctx='中央巡视', level='central')                # 中央 in 中央巡视 optional (round 5)
Q('两个确立')                                                          # quoted numbered formulas (guide); no FIGURE
Q('两个维护')
U('法治天津', req=False, ctx='法治天津建设规划')                       # as the modifier of a plan's name: undecided, optional
s(P, '天津', False, ctx='法治天津建设规划')
sp = s(DT, '九五', False, value='2026/2030')                          # “九五”普法: optional DATE and SLOGAN period (undecided, README)
s(SL, '九五', False, at=sp['start'], kind='period', quoted=True)
U('第四次全国农业普查', 'campaign', req=False)                         # optional (round 13)
s(DEP, '市人大', level='province', kind="people's congress", canonical='天津市人民代表大会')   # review.py
s(DEP, '常委会', False, ctx='及其常委会', level='province', kind="people's congress")           # round 5
s(DEP, '市政协', level='province', kind='cppcc', canonical='中国人民政治协商会议天津市委员会')
# 群团组织: a generic noun, no label
s(P, '港澳台', False)                                                 # joined abbreviations: optional (review.py)
U('军政军民团结', req=False)                                           # optional (README)
U('中央八项规定精神')                                                  # the canonical long form (round 3)
U('中央八项规定', req=False, ctx='中央八项规定精神')
s(DEP, '中央', False, ctx='中央八项规定精神', level='central')        # optional inside a formula
U('过紧日子', req=False)                                               # optional (README)
U('整治形式主义为基层减负', 'campaign', req=False)                     # the campaign's wording: undecided, optional
U('形式主义', 'term', req=False, ctx='整治形式主义')                  # a policy term: optional
U('正确政绩观', req=False)                                             # optional (prov2026-018)
Q('长跑', 'term', req=False)                                           # a quoted metaphor: optional coinage (guide)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
