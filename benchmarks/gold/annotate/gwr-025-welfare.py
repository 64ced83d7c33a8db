from _ann import DEP, DT, Ann

# Round 33 (r33a, blind): the 2012 State Council government work report, "三、2012年主要任务",
# range [11943, 14148): task (五) whole with its heading (科教兴国战略, 人才强国战略; education:
# 中央财政 and the 4% target, 中西部, the rural pupils' nutrition programme, 国家知识产权战略,
# the talent paragraph) and task (六) up to the housing paragraph (以人为本; employment:
# 今年, 就业优先战略, 中西部地区; social security: the two pension schemes, 今年年底前;
# health: 新农合, 240元, 8类 / 12类 大病; family planning: 60%的县（市、区）; women and
# the aged; housing: 500万套, 700万套以上). Simplified script (the source as stored).
# Earlier ranges of the article: gwr-025.py [2214, 4186), gwr-025-outlook.py [4190, 6344),
# gwr-025-tasks.py [9458, 11599), gwr-025-compatriots.py [16988, 19049).
A = Ann('gwr-025', 11943, 14148)
s = A.s
F = A.figure
U = A.unquoted
P = 'PLACE'
ABOVE = 'more_than|at_least'  # 以上 inside the span (README FIGURE)
WAN = 10000


def this_year(ctx):
    """今年: relative, optional, resolved to 2012 (Conventions decided here; gwr-025-tasks.py)."""
    s(DT, '今年', False, ctx=ctx, value='2012', resolved='2012')


def mid_west(t, ctx):
    """中西部 / 中西部地区: a region without a fixed boundary, optional (README rounds 2 and 8)."""
    s(P, t, False, ctx=ctx)


# （五）深入实施科教兴国战略和人才强国战略 (the list number is no span)
U('科教兴国战略')                     # fixed name of a national strategy: required (README round 6)
U('科教兴国', req=False, ctx='科教兴国战略')   # the shorter name inside: optional (README round 24, r15d)
U('人才强国战略')                     # required, like 科教兴国战略 (README round 29, r29c)
U('人才强国', req=False, ctx='人才强国战略')   # the shorter name inside: optional (README round 24, r15d)
# 坚持优先发展教育。中央财政已按全国财政性教育经费支出占国内生产总值的4%编制预算
s(DEP, '中央', False, ctx='中央财政', level='central', kind='state')   # 中央 in 中央财政: optional (README rounds 1, 5, 8)
F('4%', 4, '%', '全国财政性教育经费支出占国内生产总值的比例（2012年预算）')
# 地方财政: generic, none
U('素质教育', req=False)              # a policy phrase: optional (gwr-041.py; Conventions decided here)
# 促进义务教育均衡发展 … 向中西部、农村、边远、民族地区
mid_west('中西部', '向中西部、农村')
U('农村义务教育学生营养改善计划', 'campaign', req=False)   # a programme name, unquoted: optional (round 8 list; prov2026-007-welfare.py)
U('学生营养改善计划', 'campaign', req=False)               # its shorter name inside, optional (prov2026-007-welfare.py)
# 办好民族教育 … 国家助学制度: a system name in prose, none
# 大力推进科技创新。加强国家创新体系建设
U('国家创新体系', req=False)          # optional (gwr-041.py)
U('国家知识产权战略', req=False)      # 知识产权战略 optional (ROUND32-r32c, undecided); the 国家 form likewise
U('知识产权战略', req=False, ctx='国家知识产权战略')
# 全面加强人才工作 … 人才辈出、人尽其才、才尽其用: a set phrase of aims (policy wording, undecided: optional)
U('人才辈出、人尽其才、才尽其用', 'term', req=False)
# （六）切实保障和改善民生
U('实现好、维护好、发展好最广大人民的根本利益', req=False)   # a standard wording of the time: undecided, optional
U('以人为本', req=False)              # optional (gwr-033-tasks.py; README round 8: 以人为本、服务为先)
# 千方百计扩大就业 …
this_year('今年就业压力')
U('就业优先战略', req=False)          # optional (README round 24 list)
# 以创业带动就业: optional by round 8 (policy phrase)
U('以创业带动就业', req=False)
# 鼓励高校毕业生投身农村、基层、中西部地区建设
mid_west('中西部地区', '中西部地区建设')
# 加快完善社会保障体系。今年年底前实现…
this_year('今年年底前')
U('新型农村社会养老保险', 'campaign', req=False)   # a scheme's name: programme and system names optional (README round 8)
U('城镇居民社会养老保险', 'campaign', req=False)
# 大力推进医药卫生事业改革发展 …
U('新农合', 'term', req=False)        # a system's short name: optional (README round 8; gwr-025.py)
F('240元', 240, '元', '城镇居民医保和新农合补助标准（每人每年）')   # 提高到: the verb outside (README round 11, r7e: 增加到)
F('8类', 8, '类', '全面推开保障的大病')
F('12类', 12, '类', '纳入保障和救助试点范围的大病')
U('基本药物制度', req=False)          # like 国家基本药物制度 (README round 8): optional
# 推进公立医院改革 … 以药补医: none
# 全面做好人口和计划生育工作 … 扩大到60%的县（市、区）
F('60%', 60, '%', '免费孕前优生健康检查试点覆盖的县（市、区）')
# 做好妇女儿童工作 … 老有所养: none
# 继续搞好房地产市场调控和保障性安居工程建设
U('保障性安居工程', 'campaign', req=False, ctx='保障性安居工程建设。严格')   # programme name: optional (README round 8)
U('保障性安居工程', 'campaign', req=False, ctx='继续推进保障性安居工程')
F('500万套', 500 * WAN, '套', '保障性安居工程基本建成（2012）')
F('700万套以上', 700 * WAN, '套', '保障性安居工程新开工（2012）', ABOVE)
A.figure('700万套', 700 * WAN, '套', '保障性安居工程新开工（2012）', 'exact|at_least', req=False, ctx='700万套以上')   # the bare number: optional (gwr-067-output.py 六亿亩)

A.review()
A.write()
