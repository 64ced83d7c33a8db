from _ann import DEP, DT, SL, Ann

# Round 29 (annotator r29c, blind). 1986 State Council report on the 7th Five-Year Plan
# (gwr-053), range [13617, 15660) of the window [8607, 22253): point 五 of section 二,
# living standards (“七五”, 本世纪末 and 小康, 今后五年, 百分之七 / 百分之四左右, the
# Party's 十一届三中全会, 十亿多人口, 几百万人, 艰苦奋斗、勤俭建国, 让一部分人先富起来,
# 按劳分配, the consumption policy) and the closing of section 二 (五个问题, agriculture
# with 一要 / 二要, 中央和地方, the old base and minority areas in the “七五” draft,
# 今后的五年). Simplified, as in the source.
A = Ann('gwr-053', 13617, 15660)
s = A.s
F = A.figure
FIG = 'FIGURE'


def period(t='七五', ctx=None):
    """“七五”: optional as DATE and as SLOGAN kind period (Conventions decided here)."""
    sp = s(DT, t, False, ctx=ctx); s(SL, t, False, at=sp['start'], kind='period')


def yrs(n, t, ctx=None):
    """A duration (今后五年): optional (round 1; gwr-053-plan.py)."""
    s(FIG, t, False, ctx=ctx, value=n, approx='exact', unit='年')


def opt(t, n, u, ctx=None, subj=None):
    """An anaphoric or vague count (一个, 五个, 两方面): optional (rounds 1-2; gwr-053-plan.py)."""
    kw = {'value': n, 'approx': 'exact', 'unit': u}
    if subj:
        kw['subject'] = subj
    s(FIG, t, False, ctx=ctx, **kw)


# 五、按照兼顾生产建设和生活消费的原则 … (list number: nothing)
period(ctx='“七五”期间，随着')
s(DT, '本世纪末', False, value='2000')            # optional relative time, value 2000 (README)
s(SL, '小康', False, kind='formula', quoted=False)  # 小康 (a goal) optional (README)
s(DT, '今后五年', False)                           # relative time: optional
yrs(5, '五年', ctx='后五年')
F('百分之七', 7, '%', '全国农民的纯收入平均每年增长（“七五”）')
F('百分之四左右', 4, '%', '职工实际平均工资平均每年增长（“七五”）', ap='about')  # 左右 inside (guide)
opt('一个', 1, '个', ctx='过去一个相当长')
# 中国共产党十一届三中全会以来: the Party optional (guide), the plenum optional as a time
s(DEP, '中国共产党', False, level='central', kind='party', canonical='中国共产党')
s(DT, '中国共产党十一届三中全会', False)            # round 15
s(DT, '十一届三中全会以来', False)                  # README: 十一届三中全会 and …以来 optional
s(DT, '十一届三中全会', False)
F('十亿多', 1000000000, '', '人口', ap='more_than')   # 十亿多人口 → 十亿多 (Conventions decided here)
s(FIG, '十亿多人口', False, value=1000000000, approx='more_than', unit='人口')
# 几百万人: a vague count, optional like 几百名 / 几千万人 (rounds 10, 25, 26)
s(FIG, '几百万人', False, value=1000000, approx='about', unit='人', subject='城镇每年需要就业的人')
opt('一个', 1, '个', ctx='在一个相当长')
# 艰苦奋斗、勤俭建国: optional formula (README, undecided there)
s(SL, '艰苦奋斗、勤俭建国', False, kind='formula', quoted=False)
# 让一部分人先富起来: like 允许一部分地区一部分人先富起来 (r26c): optional
s(SL, '让一部分人先富起来', False, kind='formula', quoted=False)
s(SL, '平均主义', False, kind='term', quoted=False)   # optional (README: 平均主义)
s(SL, '按劳分配', False, kind='formula', quoted=False)   # optional: a principle's name (README)
# the consumption policy paragraph: nothing (肉、禽、蛋 …)
# 各位代表！以上讲的五个问题
opt('五个', 5, '个', ctx='五个问题', subj='问题')
opt('一个', 1, '个', ctx='一个总的精神')
opt('一项', 1, '项', ctx='一项重要战略')
# 一要 / 二要: list numbers, nothing
opt('两方面', 2, '方面', ctx='这两方面')        # like 正反两方面 (README): optional
s(DEP, '中央', False, ctx='中央和地方', level='central', kind='party')   # 中央 alone optional (rounds 1 and 5)
period(ctx='“七五”计划草案中')
s(DT, '今后的五年', False)
yrs(5, '五年', ctx='的五年')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
