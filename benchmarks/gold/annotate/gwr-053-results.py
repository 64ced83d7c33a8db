from _ann import DEP, DT, SL, Ann, P

# 1986 State Council report on the 7th Five-Year Plan, review of the 6th, continued
# after gwr-053-408-2134: science, education and culture (funds, research results,
# students), foreign trade (trade, loans, direct investment, imported technology),
# living standards (incomes, jobs, housing, savings), the problems solved (grain and
# cotton since 1953/1965, 十一届三中全会, rationing, the accumulation rate) and the
# paragraph on the line and the strategic shifts (“以阶级斗争为纲”).
# Annotated as traditional (OpenCC s2t of the simplified source).
A = Ann('gwr-053', 2136, 3921, script='traditional')
s = A.s
F = A.figure
FIG = 'FIGURE'


def period(t, ctx=None):
    """“六五” / “五五”: optional as DATE and as SLOGAN kind period (round 1)."""
    s(DT, t, False, ctx=ctx); s(SL, t, False, ctx=ctx, kind='period')


def yrs(n, t, ctx=None):
    """A duration (五年): optional (round 1)."""
    s(FIG, t, False, ctx=ctx, value=n, approx='exact', unit='年')

Y = A.date

def decade(t, v, longer, ctx=None):
    """七十年代末: the bare decade is required, the form with its modifier optional."""
    s(DT, longer, False, ctx=ctx)
    s(DT, t, ctx=ctx, value=v)


# science, education, culture
yrs(5, '五年', ctx='在过去的五年中')
period('六五')
F('一千一百七十二亿元', 117200000000, '元', '国家财政用于科技、教育、文化事业的经费（“六五”期间）')
period('五五')                                    # printed “ 五五” with a space inside the marks
F('五百七十七亿元', 57700000000, '元', '国家财政用于科技、教育、文化事业的经费（“五五”时期）')
s(FIG, '一倍', False, value=1, approx='exact', unit='倍')   # round 1: 一倍 optional
yrs(5, '五年', ctx='这五年')
F('三万三千项', 33000, '项', '重要科研成果')
F('九百三十七项', 937, '项', '获得国家科技发明奖的科研成果')
Y('一九八○年', '1980')
F('一百一十四万人', 1140000, '人', '普通高等学校在校学生（1980）')
Y('一九八五年', '1985')
F('一百七十万人', 1700000, '人', '普通高等学校在校学生（1985）')
# foreign trade
yrs(5, '五年', ctx='在过去的五年中')
period('六五')
F('二千三百亿美元', 230000000000, '美元', '进出口贸易总额（“六五”期间合计）', ap='exact|more_than')  # after 达到
period('五五')
Y('一九八五年', '1985'); Y('一九八○年', '1980')
F('一百零三亿美元', 10300000000, '美元', '使用国外贷款')
F('五十三亿美元', 5300000000, '美元', '外商直接投资')
s(FIG, '一批', False, value=1, approx='exact', unit='批')     # 一批: optional (round 2)
yrs(5, '五年', ctx='五年间')
F('一万多项', 10000, '项', '引进国外技术', ap='more_than')
decade('七十年代', '197X', '七十年代末')
decade('八十年代', '198X', '八十年代初期')
# living standards
yrs(5, '五年', ctx='在过去的五年中')
s(DT, '建国以来', False)
s(FIG, '四个', False, value=4, approx='exact', unit='个', subject='方面')   # an anaphoric count: optional
yrs(5, '五年', ctx='这五年')
F('百分之十三点七', 13.7, '%', '农民人均纯收入年均增长')
F('百分之六点九', 6.9, '%', '城镇职工家庭人均收入年均增长')
yrs(5, '五年', ctx='五年合计')
F('三千五百多万人', 35000000, '人', '在城镇安排就业的劳动力（五年合计）', ap='more_than')
period('六五')
F('六亿三千多万平方米', 630000000, '平方米', '城镇住宅竣工面积（“六五”期间）', ap='more_than')   # 达 outside
F('三十二亿平方米', 3200000000, '平方米', '农村新建住房（“六五”期间）')
s(DT, '一九八五年末', False)
Y('一九八五年', '1985')
F('一千六百二十三亿元', 162300000000, '元', '城乡居民储蓄（1985年末）', ap='exact|more_than')  # after 达到
s(DT, '一九八○年末', False)
Y('一九八○年', '1980')
F('三倍', 3, '倍', '城乡居民储蓄增长（1980年末—1985年末）')   # like 1.3倍 (round 5): required
# problems solved
period('六五')
Y('一九五三年', '1953'); Y('一九七八年', '1978')              # a range: each date a span
F('五百多万吨', 5000000, '吨', '粮食产量年均增长（1953—1978）', ap='more_than')
Y('一九六五年', '1965'); Y('一九七八年', '1978', ctx='一九七八年间长期')
s(DEP, '中国共产党十一届三中全会', False, kind='party')   # a plenary session: optional DEP and DATE (round 15)
s(DT, '中国共产党十一届三中全会', False)
s(DEP, '中国共产党', False, level='central', kind='party')
s(P, '中国', False)
s(DT, '十一届三中全会', False)
s(DT, '十一届三中全会以后', False)
s(FIG, '一条', False, value=1, approx='exact', unit='条')    # round 2: optional
s(P, '中国', False, ctx='中国式的')                          # 中国 in 中国式: optional
s(FIG, '一件', False, value=1, approx='exact', unit='件')
decade('五十年代', '195X', '五十年代前期')
s(FIG, '几十种', False, value=10, approx='more_than', unit='种', subject='票证')   # like 几十亿 (round 10): optional
period('六五')  # “六五”期间，随着
period('六五')  # “六五”期间，经过
Y('一九七八年', '1978', ctx='一九七八年高达')
F('百分之三十六点五', 36.5, '%', '积累率（1978）', ap='exact|more_than')   # 高达: the verb stays outside
period('六五')
yrs(5, '五年', ctx='五年平均')
F('百分之三十左右', 30, '%', '积累率（“六五”期间五年平均）', ap='about')
# the line and the strategic shifts
period('六五')
s(SL, '以阶级斗争为纲', kind='formula', quoted=True)           # a quoted formula
s(SL, '安定团结', False, kind='term', quoted=False)
period('六五')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
