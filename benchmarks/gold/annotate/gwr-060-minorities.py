from functools import partial

from _ann import DEP, DT, PE, SL, Ann, all_occ

# Round 37 (annotator r37a), blind: the 1979 State Council government work report
# (gwr-060), source range [19443, 21233): section 三 on socialist democracy, from the
# organic law before the session (人大常委会, 中华人民共和国地方各级人民代表大会和地方各级
# 人民政府组织法草案, the revolutionary committees renamed) through the minority
# nationalities (林彪、“四人帮”), women and youth, democracy inside organs and
# enterprises (职工代表大会, elections, 每年年终 polls, the “铁饭碗”), majority rule
# against factionalism and anarchism, to dictatorship over enemies (毛泽东同志's
# “三不主义” 不抓辫子、不扣帽子、不打棍子, “穿小鞋”, 无产阶级专政). No figure.
# Script: simplified.
A = Ann('gwr-060', 19443, 21233)
s = A.s
U, Q = A.unquoted, A.quoted
opt_fig = partial(A.figure, req=False)  # an optional FIGURE
NPCSC = {'level': 'central', 'kind': "people's congress", 'canonical': '全国人民代表大会常务委员会'}

# at every occurrence in the range
all_occ(A, PE, '林彪')                                              # required at every occurrence (cpc-006; round 2)
all_occ(A, SL, '四人帮', False, kind='term', quoted=True)           # a quoted faction label: optional (round 1; conventions)
all_occ(A, SL, '社会主义民主', False, kind='term', quoted=False)    # standing alone: optional term (r33d)
all_occ(A, SL, '无政府主义', False, kind='term', quoted=False)      # a tendency named alone: optional (round 17; r33d)
A.cur = 0

# the organic law
s(DEP, '人大常委会', **NPCSC)                                       # standing alone in a 1979 national text: required (r36a)
s('PLACE', '中华人民共和国', False, ctx='中华人民共和国地方各级')   # inside an unbracketed law name (law name: no label, round 5); the country inside optional (undecided, nesting)
# 组织法草案 / 这个组织法: no label (round 5: unbracketed law names); 县以上地方各级人民代表大会,
# 常务委员会, 地方各级革命委员会, 各级地方人民政府: generic organ classes (guide), no label
# minorities: 少数民族, 汉族 (a people, r36d: 中华民族 no PLACE): no label
# 党和政府的民族政策: 党 generic here, no label
# women and youth
U('同工同酬', 'term', req=False)                                    # a principle of pay (undecided: optional, like 按劳分配, round 1)
# democracy in organs and enterprises
s(DEP, '职工代表大会', False, ctx='推行职工代表大会制度', kind='mass organisation')  # generic, optional (round 3)
# 农村人民公社: a class of rural organs, no label (r32a)
s(DT, '每年年终', False, value='XXXX-12')                            # a recurring time (undecided: optional, like the relative times)
Q('铁饭碗', 'term', req=False)                                      # a quoted coinage: optional term (guide)
# majority rule
# 阶级斗争: no label (earlier gold)
# dictatorship and democracy
opt_fig('两个', 2, '个', '方面', ctx='这两个方面')                   # an anaphoric count (conventions: 这两个时期 optional) (slip fixed after the first measurement)
s(PE, '毛泽东', title='同志')                                       # required, title 同志 (round 2)
U('不抓辫子、不扣帽子、不打棍子', 'directive', req=False)            # the spelled-out wording of the numbered formula “三不主义”: optional, like 四个现代化 spelled out (r33d) and the full wording of “三个有利于” (r34a) (slip fixed after the first measurement: blind it was required by analogy with 抓革命、促生产, r36d)
Q('三不主义', 'formula')                                             # a quoted numbered formula, no FIGURE (round 2; like “两个文明”, r36d)
Q('穿小鞋', 'term', req=False)                                      # a quoted coinage: optional term (guide)
U('无产阶级专政', 'term', req=False)                                # optional (earlier gold; gwr-060-democracy)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
