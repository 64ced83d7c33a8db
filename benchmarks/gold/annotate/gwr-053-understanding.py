from _ann import CC, DEP, DT, SL, Ann, P

# Round 40 (annotator r40a, blind). 1986 State Council report on the 7th Five-Year Plan
# (gwr-053), range [18047, 20426) of the window [18044, 20429): the first three 认识问题 of
# section 三 (一、…适应发展社会主义商品经济的要求; 二、…新旧体制转换过程的艰巨性和复杂性;
# 三、…兼顾当前利益和长远利益、局部利益和全局利益的必要性), between the existing gold
# `gwr-053-15660-18044` and `gwr-053-20429-22253`. A sparse, argumentative passage: one
# required span (中国 in 全中国人民); the 1984 plenum (中国共产党十二届三中全会), the formula
# 在公有制基础上的有计划的商品经济, 社会主义商品经济 ×5, 马克思主义 / 科学社会主义 as
# modifiers, 理论联系实际, 有中国特色的社会主义, 两种 and 前几年 are optional. No figure,
# no calendar date, no person. Simplified script.
A = Ann('gwr-053', 18047, 20426)
s = A.s
FIG = 'FIGURE'


def U(t, k='formula', ctx=None):
    """An unquoted standard wording no round has required: optional (README, undecided)."""
    s(SL, t, False, ctx=ctx, kind=k, quoted=False)


# 一、充分认识经济体制改革必须适应发展社会主义商品经济的要求 (一 a section number)
U('社会主义商品经济', 'term', ctx='发展社会主义商品经济的要求')  # a term of the period (undecided, optional)
# 商品经济的充分发展 … 这种商品经济是以公有制为基础的，是实行按劳分配原则的 …
U('按劳分配', 'term', ctx='实行按劳分配原则')  # a basic principle's name (round 3): optional
# 中国共产党十二届三中全会通过的关于经济体制改革的决定明确指出 …
s(DT, '中国共产党十二届三中全会', False, value='1984-10')  # a plenary session (like 党的十届三中全会)
s(DEP, '中国共产党十二届三中全会', False, **CC)  # the organ in session (r7n, 党的十届三中全会): optional
s(DEP, '中国共产党', False, level='central', kind='party')  # the Party as a whole (guide): optional
s(P, '中国', False, ctx='中国共产党十二届')  # a place at the start of an organ's name (guide)
s(DT, '十二届三中全会', False, value='1984-10')  # an event, not used as a time here (README): optional
# 关于经济体制改革的决定: a title of a work without 《》, no label (r39a)
U('社会主义经济是在公有制基础上的有计划的商品经济')  # the 1984 formula, unquoted (undecided, optional)
U('在公有制基础上的有计划的商品经济', ctx='在公有制基础上的有计划的商品经济')
U('有计划的商品经济', 'term', ctx='有计划的商品经济')  # its core (README: core optional)
U('马克思主义', ctx='马克思主义的社会主义经济理论')  # a doctrine as modifier (README): optional
U('科学社会主义', 'term')  # undecided (r34a, round 7): optional
U('社会主义现代化建设', ctx='社会主义现代化建设具有')  # a policy phrase (gwr-060): optional
U('社会主义商品经济', 'term', ctx='社会主义商品经济运动')
U('社会主义商品经济', 'term', ctx='发展社会主义商品经济的各种')
U('理论联系实际', 'term')  # round 6, like 群众路线: optional
U('取其精华，弃其糟粕', 'term')  # an idiom used as a precept: undecided, optional
U('社会主义商品经济', 'term', ctx='社会主义商品经济的充分发展')
U('有中国特色的社会主义', ctx='具有中国特色的社会主义经济体制')  # as a modifier (round 2): optional
s(P, '中国', False, ctx='中国特色的社会主义经济体制')  # inside a modifier formula: optional (gwr-053-reform.py)

# 二、充分认识新旧体制转换过程的艰巨性和复杂性
# 两种体制同时并存: an anaphoric count of the two systems just named (README): optional
s(FIG, '两种', False, ctx='两种体制同时并存', value=2, approx='exact', unit='种', subject='体制')
# 投机倒把、贪污盗窃、行贿诈骗、走私贩私: offences listed, none; 因噎废食: an idiom, none
# 改革代表着全中国人民的根本利益。
s(P, '中国', ctx='全中国人民')  # round 10 (gwr-033), like 全体中国人

# 三、充分认识改革中兼顾当前利益和长远利益、局部利益和全局利益的必要性
s(DT, '前几年', False)  # relative time (README): optional

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
