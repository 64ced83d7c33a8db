from _ann import CC, DEP, DT, PE, SL, Ann, all_occ

# Round 18: the 11th Congress report (1977), the second and third of the eight tasks:
# “第二，一定要搞好整党整风，加强党的建设” (抓纲治国, the “三要三不要” principle, the three
# impurities, the study of 马克思主义、列宁主义、毛泽东思想, Mao's quoted words of December
# 1970 with 二百七十四个中央委员, 《毛泽东选集》第五卷, 中央党校, Party spirit, the five
# conditions for successors, the style of work, 工会、共青团、妇联, 整党整风运动) and
# “第三，一定要把党的各级领导班子整顿好、建设好” (党中央, 老、中、青三结合, the
# unity–criticism–unity 方针, 惩前毖后、治病救人), up to Mao's quoted words on the cadres
# above the county committees (not included). A third range of the article (cpc-006.py:
# [1601, 3881), cpc-006-history.py: [3982, 6343)); traditional script.
A = Ann('cpc-006', 20953, 23286, script='traditional')
s = A.s
F, U, Qs = A.figure, A.unquoted, A.quoted
t = A.simp
CPS = {'level': 'central', 'kind': 'party', 'canonical': '中共中央党校'}
MASS = {'kind': 'mass organisation'}


def Q(x, kind='quotation', req=False):
    """A quotation printed on lines of its own: the trimmed text is the span; the text
    with the line breaks is accepted too (round 1)."""
    sp = s(SL, x, req, kind=kind)
    A.spans.append({'label': SL, 'start': sp['start'] - 1, 'end': sp['end'] + 1,
                    'text': A.p[sp['start'] - 1:sp['end'] + 1], 'required': False, 'attrs': {'kind': kind}})
    assert A.simp[sp['start'] - 1] == '\n' and A.simp[sp['end']] == '\n'
    return sp


# Occurrence-wide optional spans:
all_occ(A, SL, '实事求是', False, kind='formula', quoted=False)     # round 3 (×5)
all_occ(A, SL, '群众路线', False, kind='formula', quoted=False)     # round 3 (×2)
A.cur = 0

# 第二，一定要搞好整党整风，加强党的建设。
U('整党整风', 'campaign', req=False, ctx='搞好整党整风')            # the campaign without 运动: undecided
# 抓纲治国，首先要治党。
U('抓纲治国')                  # the fixed designation of the strategy of 1977 (…的战略决策): round 1's rule
s(PE, '毛', ctx='根据毛主席的建党', title='主席')
s(PE, '毛', ctx='根据毛主席关于', title='主席')
Qs('三要三不要')                                                 # required formula (rounds 1 and 15)
U('思想不纯、组织不纯和作风不纯', req=False)                      # the three impurities: undecided

# 我们的党是伟大、光荣、正确的党 …
U('伟大、光荣、正确的党', req=False)                              # the Party's standard epithet: undecided
U('整党整风', 'campaign', req=False, ctx='在整党整风中')
U('整党整风', 'campaign', req=False, ctx='整党整风就有了')

# 无产阶级专政下的党的建设问题 … 用马克思主义、列宁主义、毛泽东思想 … 武装全党
U('马克思主义', ctx='用马克思主义、列宁主义')                    # 用…武装全党: the doctrines themselves
U('列宁主义', ctx='、列宁主义、')                                  # (rounds 3 and 6)
U('毛泽东思想', ctx='列宁主义、毛泽东思想')
s(PE, '毛泽东', False, ctx='毛泽东思想，特别')                # inside the doctrine's name
s(PE, '毛', ctx='特别是用毛主席', title='主席')
U('无产阶级专政下继续革命的伟大理论', req=False)                  # the doctrine of 1977: span undecided
s(PE, '毛', ctx='毛主席在一九七', title='主席')
s(DT, '一九七○年十二月', value='1970-12')
q = Q('我的意见二百七十四个中央委员，及一千以上的高、中级在职干部都应程度不同地认真看书学习，弄通马克思主义，方能抵制王明、刘少奇、陈伯达一类骗子。')
# inside Mao's quoted words, everything is optional (rounds 1 and 3)
s('FIGURE', '二百七十四个', False, value=274, approx='exact', unit='个', subject='中央委员')
s(DEP, '中央', False, ctx='二百七十四个中央委员', **CC)           # 中央 in 中央委员 (round 1)
s('FIGURE', '一千以上', False, value=1000, approx='more_than|at_least', unit='',
  subject='高、中级在职干部')
U('马克思主义', ctx='弄通马克思主义', req=False)
s(PE, '王明', False); s(PE, '刘少奇', False); s(PE, '陈伯达', False)
s(PE, '毛', ctx='遵照毛主席', title='主席')
s(DT, '几年内', False)                                            # a relative time

# 要努力学习马列著作和毛主席著作 …
s(PE, '毛', ctx='和毛主席著作', title='主席')
U('毛泽东思想', ctx='掌握毛泽东思想的体系', req=False)           # the modifier of 体系 (round 2)
s(PE, '毛泽东', False, ctx='毛泽东思想的体系')
s(PE, '毛泽东', False, ctx='《毛泽东选集》')                      # inside the title of a work
U('辩证唯物主义', req=False); U('历史唯物主义', req=False)         # round 3
U('唯心主义', req=False); U('形而上学', req=False)                 # doctrines named alone, like 无政府主义
U('理论联系实际', req=False)                                       # round 6, like 群众路线
s(DEP, '中央党校', **CPS)                                          # the named school (rounds 2, 16)
s('FIGURE', '一支', False, value=1, approx='exact', unit='支', ctx='建设一支强大')   # like 一批 / 一个
U('马克思主义', ctx='强大的马克思主义的理论队伍', req=False)      # the modifier of 理论队伍
s(DT, '这次代表大会之后', False)                                  # an event used as a time
s(PE, '毛', ctx='对毛主席关于无产阶级', title='主席')
U('无产阶级专政下继续革命的伟大理论', req=False, ctx='无产阶级专政下继续革命的伟大理论，来一个')
s('FIGURE', '一个', False, value=1, approx='exact', unit='个', ctx='来一个全党')
U('马克思列宁主义', ctx='提高马克思列宁主义水平', req=False)     # the modifier of 水平 (round 6)
U('又红又专', 'directive', req=False)                              # like 德才兼备 (round 6): undecided

# 增强无产阶级党性 …
U('宗派主义', req=False); U('无政府主义', req=False)              # round 17: a doctrine alone, optional
U('党要管党', req=False)              # 党要管党的工作: the words of “党要管党” (round 15) before 的工作; undecided
s(PE, '毛', ctx='提干要按毛主席', title='主席')
U('接班人五项条件', req=False)                                     # a named set of conditions: undecided
s('FIGURE', '五项', False, value=5, approx='exact', unit='项', ctx='接班人五项条件')   # a count naming a set
U('五湖四海', 'directive', req=False)                               # Mao's cadre maxim: undecided
Q('把我们党的一切力量在民主集中制的组织和纪律的原则之下，坚强地团结起来')   # Mao's words, no marks
U('民主集中制', req=False, ctx='在民主集中制的组织')               # rounds 3 and 6

# 要真正搞好党的思想建设和组织建设 …
s(PE, '毛', ctx='在毛主席的培育下', title='主席')
s('FIGURE', '一整套', False, value=1, approx='exact', unit='整套')  # round 2
s(PE, '毛', ctx='毛主席历来倡导', title='主席')
s(PE, '毛', ctx='把毛主席亲自倡导', title='主席')

# 要加强党对工会、共青团、妇联等群众组织的领导
s(DEP, '工会', False, **MASS)                                        # round 1
s(DEP, '共青团', canonical='中国共产主义青年团', **MASS)
s(DEP, '妇联', canonical='中华全国妇女联合会', **MASS)

# 我们这次大会之后 … 整党整风运动
s(DT, '这次大会之后', False)
U('整党整风运动', 'campaign')            # a standard campaign name with 运动 (整风运动, round 2): by analogy
U('整党整风', 'campaign', req=False, ctx='整党整风运动')
U('马克思主义', ctx='马克思主义教育运动', req=False)               # the modifier of 教育运动
U('整党整风', 'campaign', req=False, ctx='经过整党整风')

# 第三，一定要把党的各级领导班子整顿好、建设好。
U('整党整风', 'campaign', req=False, ctx='整党整风，加强党的建设的一个')
s('FIGURE', '一个', False, value=1, approx='exact', unit='个', ctx='一个关键问题')
s(PE, '毛', ctx='按照毛主席提出的接班人', title='主席')
U('接班人五项条件', req=False, ctx='接班人五项条件和老')
s('FIGURE', '五项', False, value=5, approx='exact', unit='项', ctx='接班人五项条件和老')
U('老、中、青三结合')     # the cadre principle the text names 原则: required by analogy (rounds 6 and 7)
s(PE, '毛', ctx='执行毛主席的无产阶级', title='主席')
s(DEP, '党中央', **CC)
U('资产阶级法权', 'term', req=False)                                # quoted as a banner at 11374; undecided

# “四人帮”招降纳叛 … 借以达到提高政治觉悟，提高领导艺术的目的
Q('提高政治觉悟，提高领导艺术')                                      # Mao's words, no marks
s(PE, '毛', ctx='要认真执行毛主席的从团结', title='主席')
U('从团结的愿望出发，经过批评和自我批评，达到新的团结')   # the unity-criticism-unity 方针: by analogy
U('批评和自我批评', req=False)                                       # round 3

# 搞好领导班子的整顿和建设，要注意老、中、青三结合。
U('老、中、青三结合', ctx='要注意老、中、青三结合')                  # the same principle repeated
Q('有错误不要紧，我们党有这么个规矩，错了就检讨，允许改正错误。')      # Mao's words, no marks
U('惩前毖后、治病救人')                     # the 方针 for cadres who erred: a principle's fixed wording
s(PE, '毛', ctx='把毛主席建立的', title='主席')

# every 毛主席 (rounds 1 and 15): the whole is optional, 毛 with the title is annotated above
all_occ(A, PE, '毛主席', False)
all_occ(A, SL, '四人帮', False, kind='term')                         # quoted faction label (round 1)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
