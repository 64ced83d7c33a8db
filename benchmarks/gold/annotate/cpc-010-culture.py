from functools import partial

from _ann import DT, PE, SL, Ann, P

# Round 38 (annotator r38c, blind): 15th CPC National Congress report (1997),
# cpc-010, range [18674, 20948) of the window [18672, 20951): the close of
# section 六 (point （五） 维护安定团结: 改革开放, 改革、发展、稳定, 黄赌毒,
# 社会治安综合治理, 社会主义民主政治, 有中国特色社会主义民主政治, 二十一世纪) and section 七
# “有中国特色社会主义的文化建设” whole with its heading: 社会主义精神文明, 两个文明,
# 有中国特色社会主义 (the system itself: required; as a modifier: optional),
# 中华民族五千年文明史, 建设有中国特色社会主义, the 四有 wording, 邓小平理论,
# 以为人民服务为核心…, 数以亿计 / 数以千万计, 二十一世纪, 九年义务教育, 马克思主义 (the
# doctrine in 指导地位), the 二为 and 双百 方针, 弘扬主旋律，提倡多样化, 一手抓繁荣，一手抓管理,
# 以我为主、为我所用, 中国文化 ×2, “四有”公民. No organ, no person outside a doctrine
# name. Chinese numerals only. Traditional script: the gold text is the OpenCC s2t
# form of the simplified source (same length); spans are decided on the simplified
# text. Cut at paragraph ends (18674: the first character after the blank line;
# 20948: the `\n` after “…作出应有的贡献。”).
A = Ann('cpc-010', 18674, 20948, script='traditional')
s = A.s
F, U, Q, Y = A.figure, A.unquoted, A.quoted, A.date
opt_fig = partial(A.figure, req=False)   # an optional FIGURE


def ytss(ctx, req=False, whole=None):
    """有中国特色社会主义: required where the system itself is meant, optional as the
    modifier of a noun (README round 2 / round 7 on 中国特色社会主义); 中国 inside optional (round 3)."""
    i = A.simp.find(ctx, A.cur)
    j = A.simp.find('有中国特色社会主义', i)
    if whole:
        U(whole, req=False, at=j)                       # the longer term with its noun: optional
    U('有中国特色社会主义', req=req, at=j)
    if req:   # the boundary without 有 is acceptable where the name is required (decided round 38, after the measurement)
        U('中国特色社会主义', req=False, at=j + 1)
    s(P, '中国', False, at=j + 1)


def century(ctx):
    """二十一世纪: a century alone, optional, value 20XX (round 5; cpc-010.py, cpc-010-stage.py)."""
    s(DT, '二十一世纪', False, ctx=ctx, value='20XX')


def reform_open(ctx):
    """改革开放: optional at every occurrence (round 11)."""
    U('改革开放', req=False, ctx=ctx)


# （五）维护安定团结。…
U('安定团结', req=False, ctx='维护安定团结')                     # round 10: standard wording, optional (undecided)
reform_open('随着改革开放的深入')
# 各级党委和政府, 人民内部矛盾, 思想政治工作: generic, none
# 搞好社会治安，是关系人民群众生命财产安全和改革、发展、稳定的大事。…
U('改革、发展、稳定', 'term', req=False)                         # a standard triad (r30a; round 17, cpc-010): optional
U('黄赌毒', 'term', req=False)                                   # an unquoted coined term (undecided: optional)
U('社会治安综合治理', req=False)                                 # as earlier gold (optional)
U('打防结合，预防为主', 'directive', req=False)                  # a standard wording (undecided: optional)
# 建设社会主义民主政治，是逐步发展的历史过程 …
U('社会主义民主政治', 'term', req=False, ctx='建设社会主义民主政治，是逐步')   # round 3: optional
# 我国, 党的领导: none
ytss('推进有中国特色社会主义民主政治', whole='有中国特色社会主义民主政治')  # modifier of 民主政治
century('使它在二十一世纪')

# 七、有中国特色社会主义的文化建设 (a section number: nothing)
ytss('七、有中国特色社会主义的文化建设')                         # modifier of 文化建设: optional
ytss('有中国特色社会主义的文化，就其')                            # modifier of 文化
reform_open('同改革开放以来')
U('社会主义精神文明', req=False, ctx='倡导的社会主义精神文明')    # a policy phrase (round 11): optional
opt_fig('两个', 2, '个', '文明', ctx='只有两个文明')                # anaphoric count of the pair (r27c/r27d): optional
U('两个文明', req=False)                                          # unquoted (quoted “两个文明” is required, gwr-053): undecided, optional
ytss('才是有中国特色社会主义。', req=True)                         # the system itself is meant (round 7: 建设中国特色社会主义；): required
# 社会主义现代化应该有繁荣的经济 … 小康社会, 全党: none
# 有中国特色社会主义的文化，是凝聚和激励全国各族人民的重要力量 …
ytss('有中国特色社会主义的文化，是凝聚')                          # modifier of 文化
opt_fig('五千年', 5000, '年', '中华民族文明史')                    # the age of the civilisation, a duration (README: optional)
# 中华民族: a people, none
ytss('植根于有中国特色社会主义的实践')                            # modifier of 实践
sp = U('建设有中国特色社会主义', req=False, ctx='建设有中国特色社会主义，必须')  # optional as earlier cpc-010 gold
U('有中国特色社会主义', req=True, at=sp['start'] + 2)              # the object of 建设, the system itself (round 7): required
U('中国特色社会主义', req=False, at=sp['start'] + 3)              # the boundary without 有: acceptable, optional (decided round 38, after the measurement)
s(P, '中国', False, at=sp['start'] + 3)
U('有理想、有道德、有文化、有纪律', req=False)                     # the 四有 wording (r26c; cpc-010-stage.py): optional
# 在全社会形成共同理想和精神支柱，是有中国特色社会主义文化建设的根本。
ytss('是有中国特色社会主义文化建设')                              # modifier of 文化建设
sp = U('邓小平理论', ctx='用邓小平理论教育干部')                    # the doctrine itself (用…教育/武装): required (README)
s(PE, '邓小平', False, at=sp['start'])                             # a person inside a doctrine name (guide)
U('以为人民服务为核心、集体主义为原则', req=False)                 # like 以为人民服务为核心、以集体主义为原则… (r27a): optional
U('为人民服务', req=False, ctx='以为人民服务为核心')               # inside it (round 10): optional
# 世界观、人生观、价值观; 爱国主义、集体主义、社会主义和艰苦创业精神: none (爱国主义 alone only in 高举…旗帜, r26a)
s(SL, '共产主义', False, kind='formula', quoted=False, ctx='提倡共产主义思想道德')  # a doctrine name as a modifier (like 共产主义 alone): optional
# 国家统一、民族团结、经济发展、社会进步; 人道主义精神; 青少年: none
# 发展教育和科学，是文化建设的基础工程。…
opt_fig('数以亿计', 100000000, '', '高素质的劳动者', ap='about')     # r27a: optional (undecided)
opt_fig('数以千万计', 10000000, '', '专门人才', ap='about')         # like 数以亿计 (r27a): optional
century('关系二十一世纪社会主义事业')
# 尊师重教: none
opt_fig('九年', 9, '年', '义务教育', ctx='九年义务教育')            # a duration in 九年义务教育 (round 11; r27a): optional
# 党的教育方针, 德智体, 封建迷信活动, 哲学社会科学: none
U('马克思主义', ctx='坚持马克思主义在我国意识形态')                # the doctrine itself (指导地位, rounds 2, 6): required
ytss('探索有中国特色社会主义的发展规律')                          # modifier of 发展规律
# 发展文学艺术、新闻出版、广播影视等事业 … 党性原则: none
U('实事求是', req=False, ctx='坚持实事求是')                       # round 3: optional
U('为人民服务、为社会主义服务', req=False)                         # the 二为 方针 (r26c): optional
U('为人民服务', req=False, ctx='为人民服务、为社会主义服务')       # inside it (round 10; r27a): optional
U('百花齐放、百家争鸣', req=False)                                 # the 双百 pair (r26c, r28b): optional
U('弘扬主旋律，提倡多样化', 'directive', req=False)               # undecided (round 32): optional
# 营造良好的文化环境 …
reform_open('推进改革开放和现代化建设')
# 群众性精神文明创建活动; 社会公德、职业道德和家庭美德: none (cpc-011-culture.py)
U('一手抓繁荣，一手抓管理', 'directive', req=False)               # README: optional directive
# 我国文化的发展 …
U('以我为主、为我所用', req=False)                                 # a standard wording of a principle (undecided: optional)
s(P, '中国', ctx='向世界展示中国文化')                             # 中国 in 中国文化 (README: required)
# 知识分子是工人阶级的一部分 … 党的知识分子政策: none
Q('四有')                                                          # a quoted numbered formula (guide; like “两个文明”): required, no FIGURE
# 中华民族: none
s(P, '中国', ctx='中国文化有着辉煌')                               # 中国 in 中国文化 (README: required)
ytss('有中国特色社会主义的文化，对人类')                           # modifier of 文化

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
