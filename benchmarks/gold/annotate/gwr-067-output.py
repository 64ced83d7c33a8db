from functools import partial

from _ann import DEP, DT, Ann

# Round 28 (r28a, blind): 1958 State Council report on the 1958 national economic plan
# (gwr-067), range [12950, 15333): part 第二 "关于工业生产" from the fuel, power and raw
# materials paragraph (钢 六百二十四万八千吨, 发电量, 原煤, 木材, 水泥: 一九五七年 and 百分之…
# growth rates), machinery (百分之五十以上, 苏联, “一五六项”, 百分之四十二左右 →
# 百分之六十左右), farm machinery (两倍多, 五十万马力), fertiliser (九十万六千吨, 十九万六千吨),
# light industry (百分之十以上 ×2), the new products (三百七十二种, 五万千瓦, 七万二千五百千瓦,
# 二十二万伏, 一千五百一十三立方公尺, 一千一百五十公厘, 五十四马力, 一万三千多吨), quality
# (上海市, 一百几十种, 英、美, 国家技术委员会), and the start of 第三 "关于农业生产" (粮食
# 三千九百二十亿斤, 棉花 三千五百万担, 五亿多农民, cultivated, sown and irrigated areas in 亩,
# 花生 … 柞蚕茧 growth rates, 一百四十四万担, 一百四十五万七千担). Chinese numerals only.
# Script: traditional (OpenCC s2t of the stored simplified source; spans found on the
# simplified form and written with the traditional surface).
A = Ann('gwr-067', 12950, 15333, script='traditional')
s = A.s
F = A.figure
P = 'PLACE'
GOAL = 'exact|more_than'    # after 达到 (the verb stays outside: guide)
ABOVE = 'more_than|at_least'  # 以上 inside the span (README FIGURE)
opt_fig = partial(A.figure, req=False)  # an optional FIGURE
WAN = 10000; YI = 100000000


def Y(t, v, ctx=None):
    """A year: required (guide)."""
    s(DT, t, ctx=ctx, value=v)


def y57(ctx):
    Y('一九五七年', '1957', ctx=ctx)


def y58(ctx):
    Y('一九五八年', '1958', ctx=ctx)


def last_year(ctx):
    """上一年: a relative time, optional, resolved to 1957 (README round 10)."""
    s(DT, '上一年', False, ctx=ctx, value='1957', resolved='1957')


def one(t, unit, subj, ctx):
    """一个 / 一项 with a noun: optional (round 2; gwr-063)."""
    opt_fig(t, 1, unit, subj, ctx=ctx)


# fuel, power and raw materials
Y('一九五八', '1958', ctx='一九五八，将积极')            # a year without 年 (undecided: required as a year, round 28)
s(DT, '本年度', False, value='1958', resolved='1958')    # a relative time (README DATE): optional
F('六百二十四万八千吨', 6248000, '吨', '钢产量（1958年拟定）')
y57('比一九五七年增长百分之十九点二')
F('百分之十九点二', 19.2, '%', '钢产量增长（1958比1957）')
F('二百二十四亿五千万度', 22450000000, '度', '发电量（1958年拟定）')
y57('比一九五七年增长百分之十八')
F('百分之十八', 18, '%', '发电量增长（1958比1957）')
F('一亿五千零七十二万四千吨', 150724000, '吨', '原煤产量（1958年拟定）')
y57('比一九五七年增长百分之十七点二')
F('百分之十七点二', 17.2, '%', '原煤产量增长（1958比1957）')
y57('比一九五七年增长百分之九点四')
F('百分之九点四', 9.4, '%', '木材产量增长（1958比1957）')    # 分别: each its own span (guide)
F('百分之十四点五', 14.5, '%', '水泥产量增长（1958比1957）')
# machinery
y58('一九五八年机械工业')
s(DEP, '机械工业部门', False, ctx='各个机械工业部门', level='central', kind='state')  # sectors named with 部门 (round 12; gwr-067-construction.py)
F('百分之五十以上', 50, '%', '发电设备、电动机、氮肥设备、载重汽车和蒸气机车等增长', ABOVE)
opt_fig('百分之五十', 50, '%', '发电设备、电动机、氮肥设备、载重汽车和蒸气机车等增长', ctx='百分之五十以上', ap='exact|at_least')  # as gwr-004-macro.py
s(P, '苏联')                                               # a country: required (guide)
A.quoted('一五六项', k='term', req=False)                  # a quoted designation of the 156 aided projects (undecided: optional)
opt_fig('一五六项', 156, '项', '苏联帮助设计的建设工程')      # its numeral (undecided: optional)
y57('由一九五七年的百分之四十二左右')
F('百分之四十二左右', 42, '%', '成套设备国内制造部分的比重（1957）', 'about')
F('百分之六十左右', 60, '%', '成套设备国内制造部分的比重（1958）', 'about')   # 提高到: verb outside
one('一个', '个', '跃进', ctx='一个跃进')
# farm machinery
y58('一九五八年支援农业')
y57('比一九五七年增长两倍多')
F('两倍多', 2, '倍', '排水灌溉机械增长（1958比1957）', 'more_than')   # like 三倍 (gwr-071) and 两倍以上 (gwr-063)
s(DT, '当年', False, ctx='当年可以供应', value='1958', resolved='1958')   # optional (gwr-067)
F('五十万马力', 50 * WAN, '马力', '当年可供应农村的排水灌溉机械', GOAL)   # after 达到
one('另一个', '个', '跃进', ctx='另一个跃进')                 # (undecided: optional like 一个)
one('一个', '个', '支援', ctx='一个极大的支援')
# fertiliser
y58('一九五八年化学肥料')
F('九十万六千吨', 906000, '吨', '氮肥计划生产量（1958）')
F('十九万六千吨', 196000, '吨', '磷肥计划生产量（1958）')
last_year('分别比上一年增长')
F('百分之三十三点七', 33.7, '%', '氮肥生产增长（1958比1957）')
F('百分之六十三点九', 63.9, '%', '磷肥生产增长（1958比1957）')
# light industry
y58('一九五八年轻工业')
y57('由于一九五七年的棉花')
y58('一九五八年的棉纱')
F('百分之十以上', 10, '%', '棉纱、麻袋、糖的产量增长（1958）', ABOVE)
opt_fig('百分之十', 10, '%', '棉纱、麻袋、糖的产量增长（1958）', ctx='百分之十以上', ap='exact|at_least')
y58('在一九五八年的生产量')
F('百分之十以上', 10, '%', '水产品、机制纸、自行车和胶鞋等的生产量增长（1958）', ABOVE, ctx='也都将增长百分之十以上')
opt_fig('百分之十', 10, '%', '水产品、机制纸、自行车和胶鞋等的生产量增长（1958）', ctx='百分之十以上。食油', ap='exact|at_least')
# new products
y58('一九五八年的工业生产计划')
s(DEP, '中央', False, ctx='仅中央各部', level='central', kind='state')   # 中央 alone / before a generic plural: optional (rounds 1, 5; gwr-004-macro.py 中央部门)
s(DT, '这一年', False, value='1958', resolved='1958')         # optional (gwr-067)
F('三百七十二种', 372, '种', '中央各部试制的重要新产品')
F('五万千瓦', 5 * WAN, '千瓦', '全套火力发电设备（容量）')
F('七万二千五百千瓦', 72500, '千瓦', '全套水力发电设备（容量）')
F('二十二万伏', 22 * WAN, '伏', '高压变压器（电压）')
F('一千五百一十三立方公尺', 1513, '立方公尺', '炼铁高炉（容积）')
F('一千一百五十公厘', 1150, '公厘', '轧钢机')
F('五十四马力', 54, '马力', '履带式拖拉机')
F('一万三千多吨', 13000, '吨', '远洋货轮载重量', 'more_than')
A.unquoted('又多、又快、又好、又省', req=False)            # the wording of 多快好省 (undecided: optional)
one('一个', '个', '条件', ctx='一个重要的条件')
one('一项', '项', '工作', ctx='这一项工作')                  # anaphoric (README: optional)
one('一个', '个', '任务', ctx='一个特别重要的任务')
# quality
y58('在一九五八年，我们')
one('一个', '个', '发展', ctx='有一个大的发展')
s(P, '上海市')                                             # a city: required (guide)
opt_fig('一百几十种', 100, '种', '著名的工业品', 'more_than')   # a vague count, like 几十万 (gwr-071): optional
s(P, '英', False, ctx='英、美等国'); s(P, '美', False, ctx='美等国')  # one-character abbreviations alone: optional (guide)
s(DEP, '国家技术委员会', level='central', kind='state', canonical='中华人民共和国国家技术委员会')  # a named central organ: required
# 第三、关于农业生产 (the list number is no span)
y58('一九五八年计划粮食')
F('三千九百二十亿斤', 3920 * YI, '斤', '粮食产量（1958年计划）')
F('三千五百万担', 3500 * WAN, '担', '棉花产量（1958年计划）')
F('五亿多', 5 * YI, '', '农民', 'more_than')                # a number before a noun (guide: 46万群众)
opt_fig('五亿多农民', 5 * YI, '', '农民', ctx='五亿多农民', ap='more_than')   # the number with the noun: optional (README)
s(DT, '今年', False, ctx='在今年，全国', value='1958', resolved='1958')   # relative (README DATE)
F('十六亿九千二百四十五万亩', 1692450000, '亩', '全国耕地总面积（1958年计划）', GOAL)
last_year('比上一年增加一千零二十五万亩')
F('一千零二十五万亩', 10250000, '亩', '全国耕地总面积比上一年增加')
F('二十四亿一千四百八十万亩', 2414800000, '亩', '全国农作物播种总面积（1958年计划）', GOAL)
last_year('比上一年增加六千八百九十万亩')
F('六千八百九十万亩', 68900000, '亩', '全国农作物播种总面积比上一年增加')
F('六亿亩以上', 6 * YI, '亩', '全国灌溉总面积（1958年计划）', ABOVE)
opt_fig('六亿亩', 6 * YI, '亩', '全国灌溉总面积（1958年计划）', ctx='六亿亩以上', ap='exact|at_least')
y58('一九五八年各种粮食')
F('十八亿三千九百二十六万亩', 1839260000, '亩', '粮食播种面积（1958年安排）')
last_year('比上一年增加三千一百七十五万亩')
F('三千一百七十五万亩', 31750000, '亩', '粮食播种面积比上一年增加')
F('九千零三十万亩', 90300000, '亩', '棉花播种面积（1958年安排）')
last_year('比上一年增加四百一十二万亩')
F('四百一十二万亩', 4120000, '亩', '棉花播种面积比上一年增加')
y58('在一九五八年，花生')
F('百分之二十', 20, '%', '花生产量增长（1958）')
F('百分之三十', 30, '%', '油菜子产量增长（1958）')
F('百分之四十八', 48, '%', '烤烟产量增长（1958）')
F('百分之四点四', 4.4, '%', '大豆产量增长（1958）')
F('百分之二十七点五', 27.5, '%', '甘蔗产量增长（1958）')
F('百分之二十九点五', 29.5, '%', '甜菜产量增长（1958）')
F('一百四十四万担', 1440000, '担', '苎麻产量（1958年安排）')
F('一百四十五万七千担', 1457000, '担', '柞蚕茧产量（1958年安排）')
last_year('比上一年，苎麻')
F('百分之三十二点八', 32.8, '%', '苎麻产量增长（1958比1957）')
F('百分之五十八点四', 58.4, '%', '柞蚕茧产量增长（1958比1957）')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
