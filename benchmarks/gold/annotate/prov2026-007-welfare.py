from _ann import DEP, DT, Ann, P

# Round 28 (r28c, blind): 2026 government work report of Ningxia (prov2026-007), range
# [19439, 21593): task (六) of the 2026 work, “办好民生实事”: 45件 livelihood items and the
# eight 工程 from 就业增收 to 文体惠民 (job targets 3万人以上 / 8.2万人以上 / 81万人以上,
# “稳内拓外”, “六预一保”, 78%以上 and 9000个左右 school places, 宁夏警官职业学院 and
# 宁夏闽江应用技术学院, “人工智能＋医疗卫生”, “千名医师下基层”, 0—6岁 and 60岁以上, the
# “过度…” terms, “五健”, “带娃难”, housing counts 1500套 / 6000套 / 1.5万户, 510元 / 440元,
# “八统一”, “西海固文学”, 西夏陵, “文化大篷车”, 贺兰山, the sports events and “宁超” /
# “宁青超” / “宁BA”). Simplified. No calendar date. Cut at paragraph ends (19439: the
# first character of （六）; 21593: the `\n` before 八是深化公共服务提升工程).
A = Ann('prov2026-007', 19439, 21593)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000
MT = 'more_than|at_least'
UNI = {'kind': 'university'}


def gzl(ctx):
    """高质量发展: a policy phrase, optional at every occurrence (round 2)."""
    U('高质量发展', 'term', req=False, ctx=ctx)


def above(t, v, u, subj, bare):
    """N以上: required, `more_than|at_least` (README); the bare number optional (prov2026-007-fiveyears: 11%以上)."""
    sp = F(t, v, u, subj, MT)
    A.figure(bare, v, u, subj, ap='exact|at_least', req=False, ctx=t)
    A.cur = sp['start']


# （六）着力办好民生实事，在全面提高人民生活品质上开新局。
F('45件', 45, '件', '民生实事')                            # like 40件民生实事 (prov2026-007-livelihood); no list of 45 follows

# 一是深化就业增收共富工程。
U('稳岗扩容提质行动', 'campaign', req=False)               # an unquoted action name: optional (prov2026-007-tasks)
Q('稳内拓外', 'campaign')                                  # a quoted action (prov2026-007-livelihood)
Q('六预一保')                                              # a quoted coded set of measures; no FIGURE (prov2026-007-livelihood)
U('大规模职业技能提升培训行动', 'campaign', req=False)
above('3万人以上', 3 * WAN, '人', '补贴性技能培训', '3万人')
U('以工代赈', req=False)                                   # undecided: a policy name, unquoted
F('5000个', 5000, '个', '城镇公益性岗位（开发）')
above('8.2万人以上', 8.2 * WAN, '人', '城镇新增就业', '8.2万人')
above('81万人以上', 81 * WAN, '人', '农村劳动力转移就业', '81万人')
U('城乡居民增收计划', 'campaign', req=False)

# 二是深化教育提质扩优工程。
U('新时代立德树人工程', 'campaign', req=False)             # an unquoted programme name: optional
s(DT, '新时代', False)                                     # optional (README)
U('县域普通高中振兴行动', 'campaign', req=False)
above('78%以上', 78, '%', '普通高中升学率', '78%')          # 提高到: a verb outside (guide)
F('70%', 70, '%', '完成基础教育优化布局总任务')
F('9000个左右', 9000, '个', '新增基础教育学位', 'about')
U('学生营养改善计划', 'campaign', req=False)
F('10个', 10, '个', '新增自治区级现代产业学院')             # 自治区级: a level, no organ (round 8)
s(DEP, '宁夏警官职业学院', False, **UNI)                   # universities: optional (round 9)
s(P, '宁夏', False, ctx='宁夏警官职业学院')                # at the start of a name
s(DEP, '宁夏闽江应用技术学院', False, **UNI)
s(P, '宁夏', False, ctx='宁夏闽江')
s(P, '闽江', False, ctx='宁夏闽江')                         # a river's name inside an institution's name: optional

# 三是深化医疗卫生强基工程。
U('健康优先发展战略', req=False)                           # undecided: a strategy phrase
# 国家重大传染病、国家中医疫病防治基地: classes of bases, none
Q('人工智能＋医疗卫生', 'campaign')                        # a quoted “X＋” programme (round 2; prov2026-007-tasks)
Q('千名医师下基层', 'campaign')                            # a quoted activity (…活动); no FIGURE inside (guide)
s('FIGURE', '0—6岁', False, value=6, approx='less_than', unit='岁', subject='儿童孤独症筛查')   # an age range (README): optional
s('FIGURE', '0', False, value=0, approx='exact', unit='', subject='儿童孤独症筛查')
s('FIGURE', '6岁', False, value=6, approx='exact', unit='岁', subject='儿童孤独症筛查')
F('60岁以上', 60, '岁', '老年人流感疫苗接种', ap=MT, req=False)   # an age threshold (README, round 3): optional
s('FIGURE', '60岁', False, value=60, approx='exact|at_least', unit='岁', subject='老年人流感疫苗接种')
Q('医德医术医规医风', 'campaign')                          # a quoted action name (…提升行动)
Q('过度诊疗', 'term', req=False)                           # quoted coinages (README)
Q('过度检查', 'term', req=False)
Q('过度用药', 'term', req=False)

# 四是深化人口生育服务工程。
gzl('人口高质量发展')
U('早孕关爱行动', 'campaign', req=False)
U('孕育和出生缺陷防治能力提升计划', 'campaign', req=False)
Q('五健', 'campaign')                                      # a quoted numbered formula (…促进行动计划); no FIGURE (round 2: “三新”)
Q('带娃难', 'term', req=False)                             # a quoted coinage

# 五是深化住房安居宜居工程。
F('1500套', 1500, '套', '筹集建设保障性住房')
F('6000套', 6000, '套', '改造城中村和城市危旧房')
F('1.5万户', 1.5 * WAN, '户', '改造老旧小区')
U('抗震安居工程', 'campaign', req=False)
U('房地产发展新模式', req=False)                           # a policy phrase: optional
U('因城施策', req=False)
U('房屋品质提升工程', 'campaign', req=False)
U('物业服务质量提升行动', 'campaign', req=False)

# 六是深化社保扩面提标工程。
F('510元', 510, '元', '机构内集中养育孤儿津贴标准提高')      # 分别: each its own subject (guide)
F('440元', 440, '元', '社会散居孤儿津贴标准提高')
Q('八统一')                                                # a quoted numbered formula; no FIGURE
U('医养结合促进行动', 'campaign', req=False)
U('康复护理扩容提升工程', 'campaign', req=False)
U('民生兜底提升行动计划', 'campaign', req=False)

# 七是深化文体惠民利民工程。
U('高品质文化服务供给计划', 'campaign', req=False)
U('中华优秀传统文化传承发展', 'campaign', req=False)          # undecided: the national programme's name, cut before 等工程
Q('西海固文学', 'term', req=False)                          # prov2026-007-fiveyears (undecided)
s(P, '西海固', False, ctx='西海固文学')                      # a region inside a quoted term: optional (guide)
U('文化遗产保护传承计划', 'campaign', req=False)
U('第四次全国文物普查', 'campaign', req=False)              # like 第四次全国农业普查 (earlier gold); 第四次 an ordinal
s(P, '西夏陵', False)                                       # undecided: a heritage site (a tomb complex), like venues
# 5A级: a rating class, no FIGURE (README)
U('公共文化服务提质增效行动', 'campaign', req=False)
Q('文化大篷车', 'campaign')                                 # quoted activity names (…等活动: round 2)
Q('科普大篷车', 'campaign')
U('全场景体育健身供给计划', 'campaign', req=False)
s(P, '贺兰山全民（冰雪）健身中心', False)                     # a venue (guide; prov2026-007-livelihood)
s(P, '贺兰山', False, ctx='贺兰山全民')                      # at the start of a venue's name
# 自治区第十七届运动会, 第十届民族传统体育运动会, 第二届残特奥运动会: events with ordinals, none
Q('宁超', 'term', req=False)                                # quoted event brands (round 3: “村BA”; “县BA” in this article)
s(P, '宁', False, ctx='宁超')                               # one-character abbreviation (README)
Q('宁青超', 'term', req=False)
s(P, '宁', False, ctx='宁青超')
Q('宁BA', 'term', req=False)
s(P, '宁', False, ctx='宁BA')

if __name__ == '__main__':
    A.write()
