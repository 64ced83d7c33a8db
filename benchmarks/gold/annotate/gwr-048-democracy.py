from functools import partial

from _ann import DEP, DT, PE, Ann, P

# Round 32 (annotator r32a, blind): the 1994 State Council government work report,
# the close of section 四 and section 五 "加强社会主义民主和法制建设": spiritual
# civilisation (两手抓、两手都要硬, 邓小平同志建设有中国特色社会主义的理论,
# 《邓小平文选》第三卷, 江泽民同志's four 以…人, 马克思列宁主义、毛泽东思想,
# 徐洪刚 and 雷锋精神), democracy (全心全意依靠工人阶级, 同级人民代表大会及其常委会,
# 人民政协, 民主党派, 工会、共青团、妇联), the legal system (全国人大及其常委会,
# 有法不依、执法不严、违法不究), public order (四个方面, “除六害”, “扫黄”) and the
# nationalities (毛泽东主席's quoted words, 平等、团结、互助, 《民族区域自治法》,
# 民族区域自治制度). Range [11307, 13376) of the window [4737, 13376), just before
# gwr-048-13376-15343. Annotated as traditional (s2t of the simplified source).
A = Ann('gwr-048', 11307, 13376, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
opt_fig = partial(A.figure, req=False)
MASS = {'kind': 'mass organisation'}


def this_year(ctx):
    s(DT, '今年', False, ctx=ctx, value='1994', resolved='1994')   # relative time: optional (round 1)


def zhongguo_tese(ctx):
    """建设有中国特色社会主义 as an object / modifier: optional with 有中国特色社会主义 and 中国 (round 17; gwr-047)."""
    sp = U('建设有中国特色社会主义', req=False, ctx=ctx)
    U('有中国特色社会主义', req=False, at=sp['start'] + 2)
    s(P, '中国', False, at=sp['start'] + 3)


# 我在这里要特别强调 …必须始终不渝地坚持两手抓、两手都要硬的方针，加强社会主义精神文明建设。
U('两手抓、两手都要硬', req=False)                               # a wording the text calls a 方针: optional, no figures (r26c)
for c in ('加强社会主义精神文明建设。', '社会主义精神文明建设包括'):
    sp = U('社会主义精神文明建设', req=False, ctx=c)           # a policy phrase: optional (round 12)
    U('社会主义精神文明', req=False, at=sp['start'])
U('精神文明建设', req=False, ctx='加强精神文明建设是')             # optional (round 19: 精神文明建设)
# 思想建设的重点，是用邓小平同志建设有中国特色社会主义的理论武装全国人民。
sp = U('邓小平同志建设有中国特色社会主义的理论')                  # required (round 30, gwr-047; round 17)
s(PE, '邓小平', False, at=sp['start'], title='同志')             # the person inside the designation: optional (round 30)
zhongguo_tese('建设有中国特色社会主义的理论')
# 《邓小平文选》第三卷: a title of a work, no label; the person inside optional (guide: nesting);
# 第三卷 an ordinal, no figure (guide)
s(PE, '邓小平', False, ctx='《邓小平文选》')
# 要按照江泽民同志提出的要求，以科学的理论武装人，…以优秀的作品鼓舞人。
s(PE, '江泽民', title='同志')                                    # required, title 同志 (round 17)
U('以科学的理论武装人，以正确的舆论引导人，以高尚的精神塑造人，以优秀的作品鼓舞人',
  'directive', req=False)                                        # the leader's four requirements, unquoted: undecided, optional (round 32)
# 要加强以马克思列宁主义、毛泽东思想为指导的哲学社会科学研究工作
U('马克思列宁主义')                                              # the doctrine itself as the guide (rounds 3, 6)
s(PE, '马克思', False, ctx='马克思列宁主义')                     # persons inside a doctrine name: optional (guide)
s(PE, '列宁', False, ctx='列宁主义、毛泽东思想')
U('毛泽东思想')                                                  # required (Conventions decided here)
s(PE, '毛泽东', False, ctx='毛泽东思想')
# 坚持不懈地开展爱国主义、集体主义和社会主义教育。
U('爱国主义、集体主义和社会主义', req=False)                      # the triple: optional (r27a)
U('爱国主义', req=False, ctx='爱国主义、集体主义')                 # optional (r26a)
# 学习徐洪刚见义勇为 …弘扬新时期的雷锋精神。
s(PE, '徐洪刚')                                                  # a named person (guide)
s(DT, '新时期', False, ctx='新时期的雷锋精神')                    # a period (r27a: 新时期): optional
sp = U('雷锋精神', 'term', req=False)                            # a named spirit, unquoted: undecided, optional (round 32)
s(PE, '雷锋', False, at=sp['start'])                             # a name inside the name of a spirit: undecided, optional (guide: ideology names; round 32)
# 提倡勤俭节约和艰苦奋斗精神, 反对拜金主义、极端个人主义: policy wording, none

# 五、加强社会主义民主和法制建设 / 发展社会主义民主，健全社会主义法制，是建设有中国特色社会主义的重要组成部分。
zhongguo_tese('建设有中国特色社会主义的重要组成部分')
this_year('今年要取得新的进展')
# 改革开放和现代化建设是亿万人民群众的事业，必须全心全意依靠工人阶级和广大人民群众
U('改革开放', req=False, ctx='改革开放和现代化建设是亿万')       # optional at every occurrence (round 11)
opt_fig('亿万', 100000000, '', '人民群众', ap='about', ctx='亿万人民群众')  # 亿万 in 亿万人民: optional (round 6)
U('全心全意依靠工人阶级', req=False)                             # undecided: optional (round 8)
# 要自觉接受同级人民代表大会及其常委会的监督
s(DEP, '同级人民代表大会', False, kind="people's congress")      # generic: optional (round 5)
s(DEP, '人民代表大会', False, ctx='同级人民代表大会', kind="people's congress")
s(DEP, '常委会', False, ctx='及其常委会的监督', kind="people's congress")
# 要进一步发挥人民政协以及各民主党派、无党派人士 …
s(DEP, '人民政协', level='central', kind='state', canonical='中国人民政治协商会议')  # by name: required (round 1)
s(DEP, '民主党派', False)                                        # optional (round 3)
# 重视工会、共青团、妇联等群众团体的桥梁和纽带作用
s(DEP, '工会', False, **MASS)                                    # generic: optional (rounds 3, 9)
s(DEP, '共青团', **MASS)                                         # required (round 1)
s(DEP, '妇联', **MASS)                                           # required (round 1)
# 社会主义法制建设 …改革开放以来，全国人大及其常委会加快了立法步伐
s(DT, '改革开放以来', False)                                     # a relative time: optional (round 10)
U('改革开放', req=False, ctx='改革开放以来')
s(DEP, '全国人大', level='central', kind="people's congress", canonical='全国人民代表大会')  # required (r28c)
s(DEP, '常委会', False, ctx='全国人大及其常委会', kind="people's congress")  # optional (r28c)
U('依法行政', req=False)                                         # a political-system term: optional (round 3)
U('有法不依、执法不严、违法不究', 'directive', req=False)           # standard wording, undecided: optional (round 32)
this_year('今年要抓紧制定')
# 认真搞好社会治安综合治理。
U('社会治安综合治理', req=False, ctx='认真搞好社会治安综合治理')    # a policy phrase: optional (round 12)
this_year('今年政法工作')
opt_fig('四个', 4, '个', '方面的工作', ctx='四个方面')             # a count announcing the list: optional (round 16)
# 一是 … 四是: list numbers, none (round 5)
Q('除六害', 'campaign')                                          # a quoted campaign, like “扫黄” (round 11); no figure inside
Q('扫黄', 'campaign')                                            # required (round 11)
U('社会治安综合治理', req=False, ctx='把社会治安综合治理作为')
U('人民内部矛盾', 'term', req=False)                             # Mao's concept, unquoted: undecided, optional (round 32)
U('社会治安综合治理', req=False, ctx='把社会治安综合治理的措施')
# 我国是统一的多民族国家 …毛泽东主席说过：“国家的统一，…基本保证。”
s(PE, '毛泽东', title='主席')                                    # required (r30d)
Q('国家的统一，人民的团结，国内各民族的团结，这是我们的事业必定要胜利的基本保证。',
  'quotation', req=False)                                        # quoted words of a person: optional (Conventions decided here)
Q('国家的统一，人民的团结，国内各民族的团结，这是我们的事业必定要胜利的基本保证',
  'quotation', req=False)
U('改革开放', req=False, ctx='改革开放和现代化建设，为巩固')
U('平等、团结、互助', req=False)                                 # optional (r26a)
U('改革开放', req=False, ctx='通过改革开放')
U('共同富裕', req=False, ctx='实现共同富裕')                      # optional (round 7)
# 《民族区域自治法》: the title of a law, no label (r26a)
U('民族区域自治制度', req=False)                                  # a system name: optional (round 3)

A.review()
A.write()
