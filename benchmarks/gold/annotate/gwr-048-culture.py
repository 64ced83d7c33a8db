# Round 39 (annotator r39a), blind. gwr-048: 1994 State Council government work
# report, range [9143, 11297): section 四 “发展科技教育文化事业” whole, from its heading
# to the sports sentence before “各位代表！”: science (科学技术是第一生产力, 科技进步法,
# “稳住一头，放开一片”, 下世纪, 国务院, 中国工程院), education (《中国教育改革和发展纲要》,
# 德智体全面发展, 有理想、有道德、有文化、有纪律, 九年义务教育, 九十年代, “希望工程”,
# “先培训再就业”, “先培训后上岗”, 《教师法》), talent (“支持留学、鼓励回国、来去自由”),
# culture (为人民服务、为社会主义服务, 百花齐放、百家争鸣, 有中国特色的社会主义文化,
# 中华民族) and health and sports (预防为主, 县、乡、村三级, 第１２届亚运会). Simplified (as
# the source). Cut at paragraph ends: 9143 follows the blank lines after the
# anti-corruption paragraph (left out: few labels); 11297 follows the `\n` after the
# sports sentence. No overlap: the neighbouring golds end at 8526 and start at 11307.
from _ann import DEP, DT, Ann, P

A = Ann('gwr-048', 9143, 11297)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
GOV = {'level': 'central', 'kind': 'state', 'canonical': '中华人民共和国国务院'}   # as gwr-048 earlier golds

# 四、发展科技教育文化事业 (四: a list number, none)
# 发展科技教育文化事业，加强社会主义精神文明建设，既是现代化建设的重要内容，…
U('社会主义精神文明建设', 'term', req=False)                       # a policy term (earlier rounds): optional
U('改革开放', 'term', req=False, ctx='也是改革开放和经济建设')     # a policy phrase (round 6): optional
# 促进科技和经济的紧密结合。科学技术是第一生产力，…
U('科学技术是第一生产力', req=False)                               # Deng Xiaoping's thesis, unquoted: undecided, optional (round 36); no FIGURE in it
# 今年要全面实施科技进步法，… (a law named without 《》: no label, like titles of works)
s(DT, '今年', False, ctx='今年要全面实施', value='1994', resolved='1994')   # relative time: optional (README DATE; round 1; slip fixed after the measurement)
# 要实行“稳住一头，放开一片”的方针，
Q('稳住一头，放开一片', 'directive')                               # a quoted 方针 (guide: quoted requirement); 一头 / 一片: no FIGURE
s(DT, '今年', False, ctx='今年要继续在基础研究', value='1994', resolved='1994')   # relative time: optional (README DATE; round 1; slip fixed after the measurement)
# …选出若干项能够对下世纪科技发展产生深远影响的课题，组织攻关。
s(DT, '下世纪', False, value='20XX')                               # a century named relatively: optional (earlier golds)
# 为了推动我国工程科学技术的发展，国务院决定成立中国工程院，筹备工作正在进行。
s(DEP, '国务院', ctx='国务院决定成立', **GOV)                       # a named central organ (guide)
s(DEP, '中国工程院', False, kind='institute')                      # an academy, like 中国科学院 (guide: research institutes optional)
s(P, '中国', False, ctx='中国工程院')                              # a place at the start of a name (guide: optional)

# 抓好教育改革和发展。…认真落实《中国教育改革和发展纲要》，
s(P, '中国', False, ctx='中国教育改革和发展纲要')                  # inside a title of a work (guide: nesting, optional)
# 把教育放在优先发展的战略地位。…
# 各类学校都要贯彻德智体全面发展的方针，
U('德智体全面发展', req=False)                                     # an educational formula, like 德、智、体全面发展 (r34b: optional, undecided)
# 培养有理想、有道德、有文化、有纪律的新人。
U('有理想、有道德、有文化、有纪律', req=False)                     # the 四有 wording (r26c; cpc-010-stage.py): optional
# 基本普及九年义务教育，基本扫除青壮年文盲，是九十年代一项重要任务，
s('FIGURE', '九年', False, ctx='九年义务教育', value=9, approx='exact', unit='年', subject='义务教育')   # a duration (round 11; r27a): optional
A.date('九十年代', '199X')                                         # a bare decade is required (round 16; gwr-053-plan.py)
# 动员社会力量，继续实施“希望工程”。
Q('希望工程', 'campaign')                                          # a quoted programme name (guide: campaign)
# 逐步做到“先培训再就业”、“先培训后上岗”，
Q('先培训再就业', 'directive')                                     # quoted requirements (guide: directive)
Q('先培训后上岗', 'directive')
# 认真执行《教师法》 (a title of a work: no label)

# 积极创造人尽其才、人才辈出的环境和条件。(idioms: none)
# 继续实行“支持留学、鼓励回国、来去自由”的政策，
Q('支持留学、鼓励回国、来去自由', 'directive')                     # a quoted policy wording (guide: directive)

# 繁荣社会主义文化。要坚持为人民服务、为社会主义服务的方向和百花齐放、百家争鸣的方针，
U('为人民服务、为社会主义服务', req=False)                         # the 二为 direction (r26c): optional
U('百花齐放、百家争鸣', req=False)                                 # the 双百 pair (r26c, r28b): optional
# 大力弘扬民族优秀文化，繁荣有中国特色的社会主义文化。
U('有中国特色的社会主义', req=False)                               # as the modifier of 文化 (round 2 modifier rule; round 38 r38c)
s(P, '中国', False, ctx='有中国特色的社会主义')                    # inside the formula (README PLACE)
# …激发人们投身社会主义现代化建设的积极性。
U('社会主义现代化', 'term', req=False, ctx='投身社会主义现代化建设')   # a policy phrase (cpc-010-closing; prov2026-010-blueprint): optional
# …反映社会主义现代化建设和改革开放、无愧于我们伟大时代的优秀作品。
U('社会主义现代化', 'term', req=False, ctx='反映社会主义现代化建设')
U('改革开放', 'term', req=False, ctx='建设和改革开放、无愧')
# …高扬主旋律 (not the 弘扬主旋律，提倡多样化 wording: none)，…中华民族 (a people, none)

# 发展卫生体育事业。卫生工作要坚持预防为主。
U('预防为主', 'directive', req=False)                              # a standard wording, like 打防结合，预防为主 (undecided: optional)
# 今年要结合社会保障制度的改革，继续抓好城镇医疗保险制度改革的试点。
s(DT, '今年', False, ctx='今年要结合社会保障', value='1994', resolved='1994')   # relative time: optional (README DATE; round 1; slip fixed after the measurement)
# 建立健全县、乡、村三级医疗预防保健网，
s('FIGURE', '三级', False, value=3, approx='exact', unit='级', subject='医疗预防保健网')   # a count after a closed list (round 2; earlier golds): optional
# 逐步实现人人享有初级卫生保健的目标。
U('人人享有初级卫生保健', req=False)                               # a stated goal, like 人人享有基本医疗卫生服务 (undecided: optional)
# 体育健儿要努力拼搏，争取在第１２届亚运会…中取得好成绩。 (第１２届: an ordinal; an event, not a time here: none)

if __name__ == '__main__':
    A.write()
