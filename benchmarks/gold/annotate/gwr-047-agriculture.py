from functools import partial

from _ann import DEP, DT, SL, Ann, P

# Round 35 (r35b, blind): 1995 State Council government work report, gwr-047, range
# [4664, 6582) of the window [4659, 11049), after gwr-047-2331-4659: section 二's
# fields on the countryside (今年, 南方早稻, ４５５０亿公斤以上, 中央, the ten measures with
# “菜篮子” / “米袋子” 负责制, 中西部地区, “八七扶贫攻坚计划”), opening-up (经济特区 and
# 上海浦东新区, 中西部地区, 中国, 世界贸易组织), family planning and the environment
# (１２亿, 《计划生育工作纲要》) and the plans (“九五” ×2, ２０１０年, 今后十五年).
# From 促进农村经济全面发展。 to …重点解决一些关系全局的问题。 (4664: the first character
# after a `\n`; 6582: a `\n`). Full-width digits. Traditional: the gold text is the
# OpenCC s2t form of the simplified source (same length); spans are decided on the
# simplified text.
A = Ann('gwr-047', 4664, 6582, script='traditional')
s = A.s
F, U, Q, Y = A.figure, A.unquoted, A.quoted, A.date
opt_fig = partial(A.figure, req=False)   # an optional FIGURE
MT = 'more_than|at_least'
CENTRAL_GOV = {'level': 'central', 'kind': 'state'}


def this_year(ctx):
    """今年: optional, resolved to the report's year (round 1; gwr-047-stabilisation)."""
    s(DT, '今年', False, ctx=ctx, value='1995', resolved='1995')


def period(t, v, ctx):
    """“九五”: optional as DATE and as SLOGAN `period` (Conventions decided here; gwr-047-stabilisation)."""
    sp = s(DT, t, False, ctx=ctx, value=v)
    Q(t, 'period', req=False, at=sp['start'])


# 促进农村经济全面发展。 … 千方百计夺取今年农业丰收。
this_year('今年农业丰收')
this_year('今年要抓紧水稻')
s(P, '南方', False, ctx='南方早稻')                     # a region without fixed boundary: optional (round 2)
F('４５５０亿公斤以上', 455000000000, '公斤', '粮食产量', ap=MT)   # 达到 outside, 以上 inside (guide; README end)
# 为了保证农业稳定增长 … 今年中央用于农业的投入
this_year('今年中央用于')
s(DEP, '中央', False, ctx='今年中央用于', **CENTRAL_GOV)   # 中央 alone: optional (README end)
# 二是 … 十是: list numbers, no FIGURE (guide)
Q('菜篮子', 'term', req=False)                           # “菜篮子”市长负责制 (r14c): optional term
Q('米袋子', 'term', req=False, ctx='“米袋子”省长')        # r30b: optional term, like 菜篮子
Q('米袋子', 'term', req=False, ctx='负责“米袋子”就是')
s(P, '中西部地区', False, ctx='特别是中西部地区乡镇')      # a region without fixed boundary (round 2)
Q('八七扶贫攻坚计划', 'campaign')                          # a quoted programme name: required (guide: campaign)
s(SL, '八七扶贫攻坚计划 ', False, ctx='八七扶贫攻坚计划 ”', kind='campaign', quoted=True)  # the text inside the marks with its space: accepted
# 继续扩大对外开放。 … 继续办好经济特区和上海浦东新区
# 经济特区 (generic, not a named zone): not annotated (r33d)
s(P, '上海浦东新区')                                       # the longest name (round 22; gwr-045-openness)
s(P, '上海', False, ctx='上海浦东新区')                     # a place at the start of a longer place name
s(P, '浦东新区', False, ctx='上海浦东新区')
s(P, '中西部地区', False, ctx='中西部地区也要')
# 中国将一如既往 … 新的世界贸易组织的创始国。
s(P, '中国', ctx='中国将一如既往')
s(DEP, '世界贸易组织', False)                               # an international organisation: optional (README end)
# 坚决执行计划生育和环境保护的基本国策。
U('计划生育', 'term', req=False, ctx='执行计划生育和')      # r33b: optional term
# 现在我国人口已经达到１２亿
F('１２亿', 1200000000, '', '我国人口')                     # a number without classifier: unit "" (guide); 达到 outside
# 《计划生育工作纲要》: a title of work, no span (r34b); 计划生育 inside it optional (nesting)
U('计划生育', 'term', req=False, ctx='计划生育工作纲要')
U('计划生育', 'term', req=False, ctx='把计划生育同')
U('同步规划、同步实施、同步发展', req=False)                # a standard wording of a 方针: undecided
# 制定“九五”计划和２０１０年的远景目标，是今年的一项重要工作。
period('九五', '1996/2000', '“九五”计划和')
Y('２０１０年', '2010')
this_year('今年的一项')
opt_fig('一项', 1, '项', '重要工作', ctx='一项重要工作')        # like 一个 / 一批 (cpc-006-foreign): optional
# 今后十五年特别是“九五” …
s(DT, '今后十五年', False, value='1996/2010')                 # a relative period (round 4)
opt_fig('十五年', 15, '年', '', ctx='今后十五年')               # a duration: optional (guide)
period('九五', '1996/2000', '“九五”是我国')
A.review()
A.write()
