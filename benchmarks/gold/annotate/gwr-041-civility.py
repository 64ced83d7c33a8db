from _ann import DEP, DT, PE, SL, Ann, P

# Round 34 (annotator r34b, blind): the 2002 State Council government work report,
# source range [10786, 12867), after `gwr-041-7384-9609` and before
# `gwr-041-13637-15855`: section 六 whole from its heading (科教兴国战略,
# 可持续发展战略): science, education (“两基”, 九年义务教育), talent (“四化”), population and
# environment (《人口与计划生育法》, ２００８年北京奥运会), 精神文明建设 (马列主义, 毛泽东思想,
# 邓小平理论, “三个代表”, 依法治国 / 以德治国, the quoted 基本道德规范, “扫黄” / “打非”), and
# section 七 from its heading through 加快政府职能转变 (党的十五届六中全会, 三个方面,
# 依法治国方略, 依法行政, 国务院). Simplified script.
A = Ann('gwr-041', 10786, 12867)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted

# 六、实施科教兴国战略和可持续发展战略，加强精神文明建设
U('科教兴国战略')                                         # fixed name of a national strategy (round 6)
U('科教兴国', req=False, ctx='科教兴国战略')               # the shorter name inside (gwr-025-11943-14148)
U('可持续发展战略')                                       # round 6
U('可持续发展', req=False, ctx='可持续发展战略')
U('精神文明建设', 'term', req=False, ctx='加强精神文明建设\n')  # a policy field's name (undecided)
# 推动科技进步和创新。
U('国家创新体系', 'term', req=False)                      # as in gwr-025-11943-14148 (optional)
# 坚持教育优先发展。
U('素质教育', 'term', req=False)                          # gwr-025-11943-14148: optional
U('德智体美全面发展', req=False)                          # an unquoted educational formula (undecided)
Q('两基')                                                 # a quoted coded formula: required, no FIGURE (README, gwr-025)
U('九年义务教育', 'campaign', req=False)                 # r29c: optional, like 九年制义务教育 (gwr-053-plan)
F('九年', 9, '年', '义务教育', req=False)                  # 九年 in 九年义务教育: a duration, optional (round 11)
# 认真实施人才政策。
Q('四化')                                                 # a quoted numbered formula (…方针): required, no FIGURE (round 7)
U('德才兼备', req=False)                                  # an unquoted cadre principle (undecided)
# 走可持续发展之路。
U('计划生育', 'term', req=False, ctx='坚持计划生育的基本国策')   # a policy term (undecided)
# 《人口与计划生育法》: the title of a law, no label (entities inside titles optional; none here)
s(DT, '２００８年', value='2008')
s(P, '北京', False, ctx='北京奥运会')                     # a city at the head of an event name (README: 巴黎 before 奥运会)
# 加强精神文明建设。
U('马列主义')                                             # the doctrine meant (round 3)
U('毛泽东思想')                                           # required doctrine name (round 6)
s(PE, '毛泽东', False, ctx='毛泽东思想')                  # a name inside a doctrine name (guide)
U('邓小平理论')                                           # round 6
s(PE, '邓小平', False, ctx='邓小平理论')
s(SL, '“三个代表”重要思想', False, kind='formula', quoted=False)   # the whole optional (round 7)
Q('三个代表')                                             # the quoted 三个代表 required (round 7)
U('依法治国', 'term', req=False, ctx='坚持把依法治国')     # round 3: optional at every occurrence
U('以德治国', 'term', req=False)                          # like 依法治国 (round 32 note)
# 《公民道德建设实施纲要》: a title, no label.
Q('爱国守法、明礼诚信、团结友善、勤俭自强、敬业奉献', 'directive')   # a quoted set of norms (guide: quoted requirement)
U('为人民服务、为社会主义服务', req=False)                 # the 二为 方针 (README list: optional)
Q('扫黄', 'campaign')                                      # quoted campaign names (rounds 32, 33)
Q('打非', 'campaign')
# 七、进一步转变政府职能，加强政风建设
U('廉洁、勤政、务实、高效', req=False)                     # an unquoted government wording (undecided)
s(DT, '党的十五届六中全会', False)                         # plenary sessions (round 2; gwr-041-tasks)
s(DT, '十五届六中全会', False)
F('三个', 3, '个', '方面', req=False, ctx='三个方面')       # a count announced before a list (round 17: optional)
# 加快政府职能转变。
U('经济调节、市场监管、社会管理和公共服务', req=False)      # unquoted list of functions (undecided)
U('依法治国方略', req=False)                               # like 依法治国基本方略 (an earlier script: undecided, optional); added after the first measurement
U('依法治国', 'term', req=False, ctx='依法治国方略，坚持')
U('依法行政', 'term', req=False, ctx='坚持依法行政')       # like 依法治国 (gwr-045-14150-15875)
s(DEP, '国务院', level='central', kind='state')
# The range ends at the \n after this paragraph (…监管有效性。): 切实加强政风建设 is left out
# (it would make the range 2,408 characters).

if __name__ == '__main__':
    import sys
    A.write()
    if '--review' in sys.argv:
        A.review()
