from functools import partial

from _ann import DEP, PE, SL, Ann, all_occ

# Round 42 (annotator r42d), blind: the 1979 State Council government work report
# (gwr-060), range [21289, 23302) of the window [21233, 23460): section 三 on
# socialist democracy, after `gwr-060-19443-21233`, from 按照民主集中制 to the
# paragraph on the legal system: two forms of bureaucratism (民主集中制 ×2, 群众路线,
# 四个现代化, 官僚主义 ×7, 集体领导下的个人分工负责制), against anarchism (人民政府,
# “四人帮”, “自由”, 无政府主义 ×3, 安定团结 ×2), freedom and discipline (宪法, 马克思),
# duties of leading cadres (封建秩序 / 社会主义秩序), and the legal system (社会主义法制,
# 人民代表大会 and 人大常委会). No required FIGURE: every count is an article or anaphoric.
# The first short paragraph (no span) and the last (only 我国 ×2) of the window are
# left out. Script: simplified.
A = Ann('gwr-060', 21289, 23302)
s = A.s
U, Q = A.unquoted, A.quoted
opt_fig = partial(A.figure, req=False)  # an optional FIGURE
NPC = {'level': 'central', 'kind': "people's congress", 'canonical': '全国人民代表大会'}
NPCSC = {'level': 'central', 'kind': "people's congress", 'canonical': '全国人民代表大会常务委员会'}

# at every occurrence in the range
all_occ(A, SL, '民主集中制', False, kind='term', quoted=False)      # round 3: optional (gwr-060-democracy)
all_occ(A, SL, '社会主义民主', False, kind='term', quoted=False)    # standing alone: optional term (r33d)
all_occ(A, SL, '官僚主义', False, kind='term', quoted=False)        # undecided: optional (r33d, gwr-060-democracy)
all_occ(A, SL, '无政府主义', False, kind='term', quoted=False)      # a tendency named alone: optional (round 17; r33d)
all_occ(A, SL, '社会主义法制', False, kind='term', quoted=False)    # policy phrase (round 5: optional; r33d)
all_occ(A, SL, '安定团结', False, kind='term', quoted=False)        # optional (earlier gold: 安定团结 optional ×5)
A.cur = 0

# 按照民主集中制 …
U('实事求是', 'term', req=False)                                    # part of 实事求是、群众路线 (the living soul, optional, earlier rounds)
U('群众路线', 'term', req=False)                                    # round 3: optional
U('四个现代化')                                                     # required at every free occurrence (round 1; r16c)
opt_fig('一种', 1, '种', '形式', ctx='一种形式。')                   # article (round 9: 一种 optional)
# 另一种形式: 另一种 is "the other", not a count: none
opt_fig('两种', 2, '种', '官僚主义', ctx='这两种官僚主义')            # anaphoric count (conventions: 这两个时期 optional)
U('集体领导下的个人分工负责制', 'term', req=False)                 # a system name like 民主集中制 / 集体领导 (r41d: optional term)
opt_fig('一个人', 1, '人', '', ctx='一个人说了算')                   # 一个人说了算: a set phrase's count (undecided: optional)
# 行政责任、经济责任和法律责任: a plain list, none

# 社会主义民主要求我们坚决维护人民政府的集中统一领导 …
s(DEP, '人民政府', False, ctx='维护人民政府', level='central', kind='state')  # 人民政府 alone, no level: optional (round 14)
Q('四人帮', 'term', req=False)                                     # a quoted faction label: optional (round 1; conventions)
# 所谓“自由”: a scare-quoted single word (guide): none
opt_fig('一个', 1, '个', '因素', ctx='一个重要因素')                 # article (round 10)
opt_fig('一个', 1, '个', '大敌', ctx='一个不容忽视')

# 民主与集中的统一 … 自由与纪律
# 宪法: no label (a law without 《》, r14c)
s(PE, '马克思', ctx='马克思说得好')                                 # a named person: required (guide)
opt_fig('一个', 1, '个', '公民', ctx='一个享受')                     # article (round 10)
opt_fig('一个', 1, '个', '公民', ctx='一个对社会')
# 各级政府, 全国人民: generic, none

# 我们的政府工作人员 … 封建秩序, 社会主义秩序, 社会主义积极性: plain wording, none
# 特殊化、走后门、压制民主等歪风邪气: a plain list, none

# the legal system
s(DEP, '人民代表大会', ctx='人民代表大会和人大常委会', **NPC)      # the organ without a level: required (round 3)
s(DEP, '人大常委会', **NPCSC)                                       # standing alone in a 1979 national text: required (r36a)
s(DEP, '人大', False, ctx='人大常委会', **NPC)                      # a name inside a longer name: optional (guide, nesting) (slip fixed after the first measurement)
# 各级政府, 行政机关和企业事业单位, 政府机关: generic organ nouns, none

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
