from _ann import CC, DEP, DT, Ann

# Round 40 (annotator r40c): the 1980 State Council government work report, part 一
# “国民经济在调整、改革、整顿、提高中取得了新的进展”, point 第一 (the proportions) and most
# of point 第二, range [520, 2584), before `gwr-059-3283-5144`: agriculture (农轻重,
# 党的十一届三中全会以来, 1979年 8.6％, grain 33，212万吨 / 2，737万吨, 1978、1979两年
# 4，900多万吨, oil crops and meat), light industry (9.6％, 24.2％, 23.6％ with 今年上半年 /
# 去年同期), heavy industry (7.7％, 6％, steel 270万吨, 7，000大卡, 100万吨, 2.51吨 → 2.28吨,
# 一机部 945种, 20％左右), accumulation (1，120亿元, 2，211亿元, 36.5％ → 33.6％, 30％左右),
# basic construction (500亿元, 295个, 118个 / 128个, 238个, 17.4％ / 27％ / 29％), the
# countryside (党中央, 按劳分配, 生产责任制, 因地制宜, 1979、1980两年) and industry
# (200多万吨, 8.1％, 30.8％). Heading 第一 / 第二 are list numbers (no span).
# Annotated as traditional: the gold text is OpenCC s2t of the simplified source
# (same length); the spans are found on the simplified text.
A = Ann('gwr-059', 520, 2584, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI, WAN = 100000000, 10000
MORE = 'more_than|at_least'


def opt_fig(t, v, u, subj, ctx=None, ap='exact'):
    s('FIGURE', t, False, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)


def rel(t, ctx, v=None):
    """A relative time (今年, 上年, 去年, 上半年, 去年同期 …): optional (conventions; gwr-059-returns)."""
    if v:
        s(DT, t, False, ctx=ctx, value=v, resolved=v)
    else:
        s(DT, t, False, ctx=ctx)


def jin_shang(ctx):
    """今年上半年: 今年 (1980), 上半年 and the whole, all optional (gwr-059-returns)."""
    rel('今年上半年', ctx, '1980-H1')
    rel('今年', ctx, '1980')
    rel('上半年', ctx)


# 农业、轻工业的发展加快了，农轻重的比例关系有所改善。
U('农轻重', 'term', req=False)                                  # the sector triple (gwr-060-5646-7960: optional)
s(DT, '党的十一届三中全会以来', False)                            # a session used as a time (README: optional)
s(DT, '党的十一届三中全会', False)
s(DT, '十一届三中全会', False)
A.date('1979年', '1979', ctx='1979年农业总产值')
A.date('1978年', '1978', ctx='比1978年增长8.6')
F('8.6％', 8.6, '%', '农业总产值增长（1979）')
F('33，212万吨', 33212 * WAN, '吨', '粮食产量（1979）')          # full-width comma inside one number (round 14)
rel('上年', '比上年增加2，737', '1978')
F('2，737万吨', 2737 * WAN, '吨', '粮食增产（1979）')
A.date('1978年', '1978', ctx='在1978年粮食丰收')
A.date('1978', '1978', ctx='1978、1979两年')                      # an elliptic pair, the bare year required (gwr-059-reform: 1980、1981年)
A.date('1979', '1979', ctx='1979两年')                            # years without 年 in an elliptic pair are required (README: 一九七九和一九八○两年)
opt_fig('两年', 2, '年', '', ctx='1979两年')                       # a duration (conventions): optional
F('4，900多万吨', 4900 * WAN, '吨', '粮食增产（1978–1979）', ap='more_than')
opt_fig('两年', 2, '年', '', ctx='两年这样大幅度')                 # a duration: optional
s(DT, '建国以来', False)                                          # relative time (conventions)
A.date('1979年', '1979', ctx='1979年油料产量')
F('644万吨', 644 * WAN, '吨', '油料产量（1979）')
rel('上年', '比上年增加122', '1978')
F('122万吨', 122 * WAN, '吨', '油料增产（1979）')
F('1，062万吨', 1062 * WAN, '吨', '肉类产量（1979）')
rel('上年', '比上年增加206', '1978')
F('206万吨', 206 * WAN, '吨', '肉类增产（1979）')
s(DT, '多年来', False, ctx='多年来农业生产')                      # relative time

# 由于采取了 … 优先保证轻工业生产的措施
A.date('1979年', '1979', ctx='1979年轻工业总产值')
rel('上年', '比上年增长9.6', '1978')
F('9.6％', 9.6, '%', '轻工业总产值增长（1979）')
jin_shang('今年上半年又比去年同期增长24.2')
rel('去年同期', '去年同期增长24.2', '1979-H1')
rel('去年', '去年同期增长24.2', '1979')
F('24.2％', 24.2, '%', '轻工业总产值增长（1980上半年）', ctx='增长24.2％，都超过')
jin_shang('今年上半年，集体所有制')
rel('去年同期', '去年同期增长23.6', '1979-H1')
rel('去年', '去年同期增长23.6', '1979')
F('23.6％', 23.6, '%', '集体所有制工业产值增长（1980上半年）')

# 在重工业方面 …
A.date('1979年', '1979', ctx='1979年重工业总产值')
rel('上年', '比上年增长7.7', '1978')
F('7.7％', 7.7, '%', '重工业总产值增长（1979）')
jin_shang('今年上半年又比去年同期增长6')
rel('去年同期', '去年同期增长6％', '1979-H1')
rel('去年', '去年同期增长6％', '1979')
F('6％', 6, '%', '重工业总产值增长（1980上半年）', ctx='增长6％。')
A.date('1979年', '1979', ctx='1979年钢产量')
rel('上年', '比上年增加270', '1978')
F('270万吨', 270 * WAN, '吨', '钢产量增加（1979）')
F('7，000大卡', 7000, '大卡', '标准煤每公斤发热量')               # a measured quantity in a bracket (guide); full-width comma (round 14)
rel('上年', '比上年降低了100', '1978')
F('100万吨', 100 * WAN, '吨', '钢铁工业能源消耗总量降低（1979）')
rel('上年', '由上年的2.51', '1978')
F('2.51吨', 2.51, '吨', '每吨钢的综合能耗（1978）')               # 由 A 降低到 B: both (round 5); 煤 is the noun after the unit
F('2.28吨', 2.28, '吨', '每吨钢的综合能耗（1979）')
s(DEP, '一机部', level='central', kind='state', canonical='第一机械工业部')   # a named ministry (guide: abbreviated names)
F('945种', 945, '种', '一机部系统试制成功的重要新产品')
s(DT, '近十年来', False)                                          # relative time (conventions)
opt_fig('一年', 1, '年', '', ctx='最多的一年')                     # 最多的一年 (round 12; gwr-059-returns): optional
A.date('1979年', '1979', ctx='1979年生产的民用产品')
F('20％左右', 20, '%', '民用产品占国防工业总产值', ap='about')

# 积累和消费的比例关系有所改善。
A.date('1979年', '1979', ctx='1979年国民收入')
rel('上年', '比上年增长7％', '1978')
F('7％', 7, '%', '国民收入增长（1979）', ctx='增长7％。')
F('1，120亿元', 1120 * YI, '元', '国民收入中用于积累的部分（1979）')
F('2，211亿元', 2211 * YI, '元', '国民收入中用于消费的部分（1979）')
A.date('1978年', '1978', ctx='由1978年的36.5')
F('36.5％', 36.5, '%', '积累率（1978）')
F('33.6％', 33.6, '%', '积累率（1979）')                         # 降为 is a verb
A.date('1980年', '1980', ctx='根据1980年计划')
F('30％左右', 30, '%', '积累率（1980计划）', ap='about')

# 在缩短基本建设战线、提高投资效果方面 …
A.date('1979年', '1979', ctx='1979年国家预算内')
F('500亿元', 500 * YI, '元', '基本建设投资总额（1979）', ctx='完成500亿元')
F('295个', 295, '个', '停建、缓建的大中型项目（1979）')
F('118个', 118, '个', '计划建成投产大中型项目（1979）')
F('128个', 128, '个', '实际建成投产大中型项目（1979）')
s(DT, '多年来', False, ctx='多年来投产项目')                      # relative time
A.date('1980年', '1980', ctx='1980年计划基本建设')
F('500亿元', 500 * YI, '元', '基本建设投资总额（1980计划）', ctx='控制在500亿元')
F('238个', 238, '个', '停建、缓建的大中型项目（1980）')
A.date('1978年', '1978', ctx='1978年为17.4')
F('17.4％', 17.4, '%', '职工住宅、科学文教卫生和城市建设投资比重（1978）')
A.date('1979年', '1979', ctx='1979年达到27')
F('27％', 27, '%', '职工住宅、科学文教卫生和城市建设投资比重（1979）', ap='exact|more_than')  # 达到 outside (guide)
A.date('1980年', '1980', ctx='1980年将达到29')
F('29％', 29, '%', '职工住宅、科学文教卫生和城市建设投资比重（1980）', ap='exact|more_than')

# 第二，在经济上开始采取了一些新的政策 …
s(DEP, '党中央', ctx='根据党中央关于', **CC)                         # required (guide)
U('按劳分配', 'term', req=False)                                   # a principle's name (rounds 3, 12): optional
U('生产责任制', 'term', req=False)                                  # a policy term of the period (README, gwr-058): optional
U('因地制宜', 'term', req=False)                                   # an unquoted wording (README): optional
A.date('1979', '1979', ctx='1979、1980两年')                        # an elliptic pair (as 1978、1979两年 above)
A.date('1980', '1980', ctx='1980两年')
opt_fig('两年', 2, '年', '', ctx='1980两年')                         # a duration: optional
s(DT, '长期以来', False)                                          # relative time

# 工业在组织联合、按需生产方面 …
F('200多万吨', 200 * WAN, '吨', '增产短线钢材', ap='more_than')
A.date('1979年', '1979', ctx='机械工业1979年')
rel('上年', '比上年增长8.1', '1978')
F('8.1％', 8.1, '%', '机械工业总产值增长（1979）')
F('30.8％', 30.8, '%', '机械工业出口额增长（1979）')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
