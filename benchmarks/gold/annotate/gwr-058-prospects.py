from functools import partial

from _ann import CC, DEP, DT, PE, SL, Ann, P

# Round 33 (annotator r33b), blind. 1981 State Council government work report,
# range [24423, 26599) of the window [19887, 27888): the end of section 十 and the
# opening of “（三）我国经济发展的前景”. Population (８０％以上, 十二亿以内,
# 本世纪末, 计划生育 ×5, 一个孩子, 两胎), the nationalities paragraph (十条
# 经济建设方针, 全国解放以来, 去年, 民族区域自治), the ten principles and their
# source (国务院 ×4, 中共中央, 建国以来, 《关于建国以来党的若干历史问题的决议》,
# 毛泽东思想 ×5 and 毛泽东同志, 马克思列宁主义普遍真理与中国革命建设具体实践相结合),
# the Sixth Five-Year Plan (第六个五年计划 ×2, 调整、改革、整顿、提高 ×2,
# 全国人民代表大会, “六五” ×3, “七五”, 五年). Full-width digits and Chinese
# numerals. Simplified (the stored source).
A = Ann('gwr-058', 24423, 26599)
s = A.s
F, U, Q, Y = A.figure, A.unquoted, A.quoted, A.date
opt_fig = partial(A.figure, req=False)
SC = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}


def rel(t, ctx=None, **kw):
    """A relative or historical time: optional DATE (Conventions decided here)."""
    s(DT, t, False, ctx=ctx, **kw)


def fp(t):
    """计划生育: optional SLOGAN kind term at each occurrence (r27d)."""
    U('计划生育', 'term', req=False, ctx=t)


def plan6(ctx):
    """第六个五年计划: optional DATE and optional SLOGAN kind period; 第六个 an ordinal (gwr-058-outlook, conventions)."""
    s(DT, '第六个五年计划', False, ctx=ctx, value='1981/1985')
    s(SL, '第六个五年计划', False, ctx=ctx, kind='period', quoted=False)


def period(t, v, ctx):
    """“六五” / “七五”: optional as DATE and as SLOGAN kind period (Conventions decided here)."""
    sp = s(DT, t, False, ctx=ctx, value=v)
    s(SL, t, False, at=sp['start'], kind='period', quoted=True)


def mao_thought(ctx):
    """毛泽东思想: required (Conventions decided here); 毛泽东 inside optional (guide)."""
    sp = U('毛泽东思想', ctx=ctx)
    s(PE, '毛泽东', False, at=sp['start'])


# population
opt_fig('两种', 2, '种', '可能', ctx='有两种可能')                   # a count announcing the two readings (round 3): optional
fp('厉行计划生育')
opt_fig('一项', 1, '项', '战略任务', ctx='是一项长期')                   # an article-like 一项 (round 3, like 一个): optional
F('８０％以上', 80, '%', '我国人口中在农村的比重', ap='more_than')   # 以上 inside (conventions: more_than|at_least)
opt_fig('８０％', 80, '%', '我国人口中在农村的比重', ctx='８０％以上')   # the bare number before 以上 (r27a): optional
fp('计划生育工作的重点')
fp('计划生育工作的领导')
fp('实行计划生育的自觉性')
fp('计划生育的科学研究')
opt_fig('一个', 1, '个', '孩子', ctx='生育一个孩子')                 # 一个 in 只生一个孩子 (r27d): optional
opt_fig('两胎', 2, '胎', '', ctx='限制两胎')                         # births by their order (second births), count or ordinal: undecided, optional
rel('本世纪末', value='2000')                                        # conventions (round 16 list): optional, value 2000
F('十二亿以内', 1200000000, '', '我国人口', ap='less_than')          # 以内 inside (conventions, less_than); no classifier: unit ""
opt_fig('十二亿', 1200000000, '', '我国人口', ctx='十二亿以内')       # the bare number before 以内, like the bare one before 以上 (r27a): optional
# the nationalities
opt_fig('一个', 1, '个', '统一的多民族的国家', ctx='我国是一个统一')   # an article-like 一个 (round 3): optional
opt_fig('十条', 10, '条', '经济建设方针', ctx='以上讲的十条')        # an anaphoric count (以上十项工作, r27d): optional
rel('全国解放以来')                                                  # a historical time (like 建国以来): optional
rel('去年', ctx='去年，我们特别', resolved='1980')
U('民族区域自治', 'term', req=False, ctx='民族区域自治权利')          # a policy wording (r27b): optional
# the ten principles and their source
s(DEP, '国务院', ctx='国务院提出的以上十项', **SC)                   # the central government (round 1)
opt_fig('十项', 10, '项', '经济建设方针', ctx='以上十项经济')         # an anaphoric count (r27d): optional
s(DEP, '中共中央', ctx='中共中央完成', **CC)                          # round 1
opt_fig('一项', 1, '项', '历史任务', ctx='完成了一项伟大')             # an article-like 一项 (round 3): optional
rel('建国以来', ctx='对建国以来党的历史')                           # conventions: optional
# 《关于建国以来党的若干历史问题的决议》: the title of a work, no label; entities inside optional (guide)
rel('建国以来', ctx='关于建国以来党的若干')
mao_thought('明确区别了毛泽东思想')
s(PE, '毛泽东', title='同志', ctx='毛泽东同志的晚年')                # title 同志 outside (round 3)
mao_thought('恢复了毛泽东思想')
mao_thought('毛泽东思想关于社会主义')
mao_thought('贯穿毛泽东思想全部')
s(DEP, '国务院', ctx='国务院提出的经济建设', **SC)
U('马克思列宁主义普遍真理与中国革命建设具体实践相结合', req=False)   # the standard wording of the principle, a variant: undecided, optional
U('马克思列宁主义', req=False, ctx='马克思列宁主义普遍真理')          # a doctrine as modifier (…普遍真理): optional (gwr-063, rounds 2, 6, 18)
s(P, '中国', ctx='中国革命建设')                                      # the country (round 3: 中国革命)
mao_thought('相结合的毛泽东思想')
mao_thought('从毛泽东思想中')
opt_fig('十条', 10, '条', '方针', ctx='这十条方针')                  # an anaphoric count (r27d): optional
# （三）我国经济发展的前景
s(DEP, '国务院', ctx='当前，国务院', **SC)
plan6('第六个五年计划。这个计划')
opt_fig('一个', 1, '个', '转变', ctx='都要有一个大的转变')             # an article-like 一个 (round 3): optional
U('调整、改革、整顿、提高', req=False, ctx='实行调整、改革、整顿、提高的要求')   # gwr-058 (round 19): optional
opt_fig('一条', 1, '条', '新路子', ctx='走出一条')                         # an article-like 一条 (round 3): optional
opt_fig('十条', 10, '条', '方针', ctx='十条方针及其')                # an anaphoric count (r27d): optional
rel('去年', ctx='从去年就已经', resolved='1980')
s(DEP, '国务院', ctx='国务院将提请', **SC)
s(DEP, '全国人民代表大会', ctx='全国人民代表大会审议', level='central', kind="people's congress",
  canonical='全国人民代表大会')                                     # a named body (conventions)
plan6('第六个五年计划的主要任务')
period('六五', '1981/1985', '“六五”期间，要求')
period('六五', '1981/1985', '“六五”期间，要把')
period('七五', '1986/1990', '“七五”期间')
opt_fig('五年', 5, '年', '', ctx='用五年或者')                        # a duration (conventions): optional
U('调整、改革、整顿、提高', req=False, ctx='这个期间调整、改革、整顿、提高')   # as above
period('六五', '1981/1985', '“六五”期间经济')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
