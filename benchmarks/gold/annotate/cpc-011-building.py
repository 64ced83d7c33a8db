from _ann import DEP, PE, SL, Ann, P

# 16th CPC National Congress report (2002), section 十 “加强和改进党的建设”:
# points (一)–(五) up to the end of the first paragraph of (五) (theory study,
# governing capacity, democratic centralism and the obedience principle, the
# cadre principle, primary organisations). Simplified script. The section
# holds no counted figure: only 一个 and 一支 (optional).
A = Ann('cpc-011', 24662, 26615)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
CC = {'level': 'central', 'kind': 'party', 'canonical': '中国共产党中央委员会'}
MASS = {'kind': 'mass organisation'}


def sandai(ctx):
    """“三个代表”重要思想: the quoted 三个代表 required, the whole optional (round 7)."""
    sp = s(SL, '“三个代表”重要思想', False, ctx=ctx, kind='formula', quoted=False)
    Q('三个代表', at=sp['start'] + 1)


def mks(req, ctx):
    """马克思主义: required where the doctrine is meant, optional as a modifier (rounds 2, 6, 7)."""
    sp = U('马克思主义', req=req, ctx=ctx)
    s(PE, '马克思', False, at=sp['start'])


# （一）深入学习贯彻“三个代表”重要思想，提高全党的马克思主义理论水平。
sandai('（一）深入学习贯彻“三个代表”重要思想')
mks(False, '全党的马克思主义理论水平')                  # modifier of 理论水平 (round 6)
# 坚持用马克思列宁主义、毛泽东思想和邓小平理论武装全体党员
sp = U('马克思列宁主义')                                 # the doctrine itself (round 3)
s(PE, '马克思', False, at=sp['start'])
s(PE, '列宁', False, at=sp['start'] + 3)
sp = U('毛泽东思想')
s(PE, '毛泽东', False, at=sp['start'])
sp = U('邓小平理论')                                     # 用…武装 (round 6): required
s(PE, '邓小平', False, at=sp['start'])
F('一个', 1, '个', '新高潮', req=False, ctx='兴起一个学习')   # 一个: optional
sandai('学习贯彻“三个代表”重要思想的新高潮')
sandai('实践“三个代表”重要思想，成为')
U('勤奋学习、善于思考', req=False)                       # the three 模范 pairs: undecided
U('解放思想、与时俱进', req=False)
U('勇于实践、锐意创新', req=False)
mks(False, '马克思主义发展史')                            # modifier
U('求真务实、开拓进取', req=False)                       # a named spirit: undecided
s(DEP, '共产党', False, ctx='共产党执政规律', kind='party')  # the Party as a whole (round 3)
mks(True, '发展马克思主义。')                             # 丰富和发展马克思主义: the doctrine itself

# （二）加强党的执政能力建设……
U('不辱使命、不负重托', 'term', req=False)               # set phrase: undecided
U('党的领导、人民当家作主和依法治国', req=False)          # round 3: optional
U('人民当家作主', req=False, ctx='党的领导、人民当家作主')
U('依法治国', req=False, ctx='和依法治国统一')
U('依法执政', req=False)                                 # round 3
U('总揽全局', req=False)                                 # part of 党总揽全局、协调各方: undecided

# （三）坚持和健全民主集中制……
U('民主集中制', 'term', req=False, ctx='（三）坚持和健全民主集中制')   # institution name (rounds 3, 6)
U('民主集中制', 'term', req=False, ctx='。民主集中制是')
s(DEP, '党的代表大会', False, ctx='完善党的代表大会制度', kind='party')   # a class of congresses, inside a system name
s(DEP, '党的委员会', False, ctx='和党的委员会制度', kind='party')     # generic, inside a system name
s(DEP, '党的代表大会', False, ctx='进行党的代表大会常任制', kind='party')
s(DEP, '党的代表大会', False, ctx='积极探索党的代表大会闭会', kind='party')
U('集体领导、民主集中、个别酝酿、会议决定')              # the standard wording of the principle: decided by analogy (round 6)
s(DEP, '党委', False, ctx='完善党委内部', kind='party')   # generic, a class of committees
s(DEP, '党的委员会', False, ctx='发挥党的委员会全体会议', kind='party')
# 个人服从组织、少数服从多数、下级组织服从上级组织、全党服从党的全国代表大会和中央委员会的原则
U('个人服从组织、少数服从多数、下级组织服从上级组织、全党服从党的全国代表大会和中央委员会')  # standard wording: decided by analogy
s(DEP, '党的全国代表大会', level='central', kind='party', canonical='中国共产党全国代表大会')  # the text is about the organ
s(DEP, '全国代表大会', False, level='central', kind='party')
s(DEP, '中央委员会', **CC)
s(DEP, '中央', False, ctx='维护中央权威', level='central')   # 中央 alone (round 6)
s(DEP, '中央', False, ctx='保证中央的政令', level='central')
U('有令不行、有禁不止、各行其是', 'term', req=False)     # undecided

# （四）建设高素质的领导干部队伍……
U('革命化、年轻化、知识化、专业化')                      # round 6: required
F('一支', 1, '支', '高素质的领导干部队伍', req=False)     # 一支: optional
U('德才兼备', req=False)                                 # round 6
sandai('坚持贯彻“三个代表”重要思想的坚强')
U('中国特色社会主义', req=False, ctx='中国特色社会主义事业的接班人')   # modifier of 事业 (round 2)
s(P, '中国', False, ctx='中国特色社会主义事业的接班人')

# （五）切实做好基层党建工作……
sandai('贯彻“三个代表”重要思想的组织者')
U('围绕中心、服务大局', req=False)                       # undecided
U('拓宽领域、强化功能', req=False)
U('全心全意依靠工人阶级', req=False)                     # undecided: a standard wording, like 全心全意为人民服务 (round 6)
s(DEP, '工会', False, **MASS)                            # round 1
s(DEP, '共青团', canonical='中国共产主义青年团', **MASS)   # a named mass organisation (round 1)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
