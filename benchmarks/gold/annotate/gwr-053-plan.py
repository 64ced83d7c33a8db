from _ann import CC, DEP, DT, SL, Ann

# 1986 State Council report on the 7th Five-Year Plan, section 二 “‘七五’时期的基本任务和
# 主要建设方针”: the targets of the plan (gross output, GNP, investment, technology,
# education, trade, consumption: 一九八○年 constant prices, 一点三倍 / 一点六倍, 近百分之七十,
# 七十年代末 / 八十年代初, 近五百万), the State Council's questions, point 一 (the growth
# rates of the plan, with the village-industry variants in brackets, the reasons) and
# point 二 up to the paragraph on investment as a law of the economy (investment totals,
# 九十年代, “七五”前两年 / 后三年). Annotated as traditional (OpenCC s2t of the source).
A = Ann('gwr-053', 6237, 8607, script='traditional')
s = A.s
F = A.figure
FIG = 'FIGURE'
Y = A.date


def period(t='七五', ctx=None):
    """“七五” / “六五”: optional as DATE and as SLOGAN kind period (round 1)."""
    s(DT, t, False, ctx=ctx); s(SL, t, False, ctx=ctx, kind='period')


def yrs(n, t, ctx=None):
    """A duration (五年, 两年): optional (round 1)."""
    s(FIG, t, False, ctx=ctx, value=n, approx='exact', unit='年')


def opt(t, n, u, ctx=None, subj=None):
    """An anaphoric or vague count (三项, 一个, 一批): optional (rounds 1-2)."""
    kw = {'value': n, 'approx': 'exact', 'unit': u}
    if subj:
        kw['subject'] = subj
    s(FIG, t, False, ctx=ctx, **kw)


def decade(t, v, longer, ctx=None):
    """七十年代末: the bare decade is required, the form with its modifier optional (round 16)."""
    s(DT, longer, False, ctx=ctx)
    s(DT, t, ctx=ctx, value=v)


# the targets of the plan
opt('三项', 3, '项', subj='任务')                 # 上述三项任务: anaphoric
period()                                          # “七五”计划草案
yrs(5, '五年', ctx='五年内全国')
F('百分之三十八', 38, '%', '全国工农业总产值增长（“七五”五年内）')
F('百分之四十四', 44, '%', '国民生产总值增长（“七五”五年内）')
Y('一九八○年', '1980', ctx='按一九八○年不变价格')   # the base year of the prices: a year, required
Y('一九九○年', '1990')
F('一万六千七百七十亿元', 1677000000000, '元', '工农业总产值（1990）', ap='exact|more_than')   # after 达到
Y('一九八○年', '1980', ctx='比一九八○年增长一点三倍')
F('一点三倍', 1.3, '倍', '工农业总产值增长（1980—1990）')    # like 1.3倍 (round 5)
F('一万一千一百七十亿元', 1117000000000, '元', '国民生产总值（1990）', ap='exact|more_than')
Y('一九八○年', '1980', ctx='比一九八○年增长一点六倍')
F('一点六倍', 1.6, '倍', '国民生产总值增长（1980—1990）')
yrs(5, '五年', ctx='总额五年为')
F('八千九百六十亿元', 896000000000, '元', '全民所有制单位的固定资产投资总额（“七五”五年）')
period('六五')
F('近百分之七十', 70, '%', '全民所有制单位的固定资产投资总额增长（比“六五”期间）', ap='less_than')
opt('一批', 1, '批', ctx='新建一批')
opt('一批', 1, '批', ctx='改造一批')
opt('一批', 1, '批', ctx='推广一批')
F('百分之四十左右', 40, '%', '主要工业产品（性能和质量达到发达国家水平的）', ap='about')
decade('七十年代', '197X', '七十年代末')
decade('八十年代', '198X', '八十年代初')
# 九年制义务教育: a duration inside the name of a school system (not decided before): optional
yrs(9, '九年', ctx='九年制义务教育')
s(SL, '九年制义务教育', False, kind='formula', quoted=False)   # a policy phrase: optional
yrs(5, '五年', ctx='五年共培养')
F('近五百万', 5000000, '', '高级专门人才', ap='less_than')     # number before a noun: unit ""
s(FIG, '近五百万高级专门人才', False, value=5000000, approx='less_than', unit='高级专门人才')
period('六五')
opt('一倍', 1, '倍', ctx='增长一倍')                              # round 1: 一倍 optional
Y('一九九○年', '1990'); Y('一九八五年', '1985')
F('百分之四十', 40, '%', '进出口贸易总额增长（1985—1990）')
yrs(5, '五年', ctx='消费水平五年增长')
F('百分之二十七左右', 27, '%', '城乡居民的实际消费水平增长（“七五”五年）', ap='about')
yrs(5, '五年', ctx='在这五年内')
s(DT, '第七个五年计划', False)
# the State Council's questions
s(DEP, '中共中央', **CC)
period()
s(DEP, '国务院', level='central', kind='state', canonical='国务院')
opt('几个', None, '个', ctx='以下几个问题')                      # a vague count
# point 一: growth rates
period()
F('百分之六点七', 6.7, '%', '全国工农业总产值平均每年增长（“七五”）')
F('百分之四', 4, '%', '农业总产值平均每年增长（“七五”）', ctx='增长百分之四（')
F('百分之六', 6, '%', '农业总产值平均每年增长（包括村办工业）', ctx='村办工业为百分之六')
F('百分之七点五', 7.5, '%', '工业总产值平均每年增长（“七五”）')
F('百分之七', 7, '%', '工业总产值平均每年增长（不包括村办工业）', ctx='村办工业百分之七')
F('百分之七点五', 7.5, '%', '国民生产总值平均每年增长（“七五”）', ctx='国民生产总值平均每年增长百分之七点五')
period('六五')
opt('一个', 1, '个', ctx='要有一个逐步')
period('六五')                                    # “六五”后两年
s(DT, '后两年', False, ctx='后两年的过快')
yrs(2, '两年', ctx='后两年的过快')
period()
opt('一个', 1, '个', ctx='需要有一个比较')
period()
s(SL, '实事求是', False, kind='formula', quoted=False)           # a standard formula used as an adjective: optional
opt('一个', 1, '个', ctx='有一个持续')
opt('两个', 2, '个', ctx='两个方面', subj='方面')                # 需要和可能两个方面: anaphoric
# point 二: investment
period()
period(ctx='七五”期间经济')
Y('九十年代', '199X', ctx='九十年代以至')
period()
yrs(5, '五年', ctx='五年内全民')
F('五千亿元', 500000000000, '元', '全民所有制单位基本建设投资总规模（“七五”五年内）')
period('六五')
F('百分之四十九', 49, '%', '全民所有制单位基本建设投资总规模增加（比“六五”期间）')
F('二千七百六十亿元', 276000000000, '元', '更新改造投资（“七五”五年内）')
period('六五')
F('百分之八十七', 87, '%', '更新改造投资增加（比“六五”期间）')
period('六五')                                    # “六五”后期
period()                                          # “七五”前两年
s(DT, '前两年', False, ctx='前两年的固定')
yrs(2, '两年', ctx='前两年的固定')
Y('一九八五年', '1985', ctx='一九八五年的水平')
s(DT, '后三年', False)
yrs(3, '三年', ctx='后三年')
opt('一个', 1, '个', ctx='一个决定性因素')
opt('一条', 1, '条', ctx='一条客观规律')
s(DT, '前两年', False, ctx='前两年出现')                          # a relative time
yrs(2, '两年', ctx='前两年出现')
Y('九十年代', '199X', ctx='九十年代经济')
period()

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
