from functools import partial

from _ann import CC, DEP, DT, Ann, P

# Round 31 (annotator r31c, blind): 1958 State Council report on the 1958 national economic
# plan (gwr-067), range [964, 3346) of the window [0, 8965): part (一) on the 1957 results,
# from the heading 先说工业战线上的情况 to the end of the farmland-irrigation paragraph.
# Industry: investment (一百二十三亿七千万元, 一九五三年到一九五七年 四百八十七亿七千七百万元,
# 百分之十四点一, 六十五亿五千万元, 六百四十二个 / 一百七十八个 works, 苏联 and the quoted
# “一百五十六项” with 二十二个, the completed plants 本溪钢铁公司 … 安东人造纤维厂), new capacity
# (采煤 一千四百八十九万吨 … 机制纸 七万七千吨), gross output (六百二十八亿一千万元, 一九五二年
# prices, 百分之四点一 / 六点九 / 十七点三) and the output increases (约七十八万吨, 三千一百多台,
# 将近三十万吨, 约五百二十万立方公尺), the “鸣放” paragraph; agriculture: crops in 亿斤 / 万担
# (约 inside), 六百零三亿五千万元, 百分之三点五 / 九十八点七 / 一点二, the yield targets of the
# 全国农业发展纲要修正草案 (四百斤、五百斤、八百斤; 六十斤、八十斤、一百斤), the counties of
# 广东省 … 河北省 (二十四 places), 十六个省、市 三十四万多个 cooperatives, 四分之一; the
# irrigation drive (中共中央 and 国务院, 近一亿, 一九五七年十月 → 一九五八年九月底, 九千二百多万亩,
# 一九五八年一月三十一日, 一亿一千七百多万亩, 安徽省 八亿 / 十六亿 / 十六亿多土方,
# 一九五八年一月二十三日). Chinese numerals only. Script: simplified.
A = Ann('gwr-067', 964, 3346)
s = A.s
F = A.figure
opt_fig = partial(A.figure, req=False)   # an optional FIGURE
GOAL = 'exact|more_than'                 # after 达到 (the verb stays outside: guide)
ABOVE = 'more_than|at_least'             # 以上 inside the span (README FIGURE)
ENT = {'kind': 'enterprise'}
ST = {'level': 'central', 'kind': 'state'}


def Y(t, v, ctx=None):
    """A year or calendar date: required (guide)."""
    s(DT, t, ctx=ctx, value=v)


def y57(ctx):
    Y('一九五七年', '1957', ctx=ctx)


def plan1(ctx):
    """第一个五年计划: optional as DATE (1953/1957) and as SLOGAN `period` (round 14, like 一五)."""
    d = s(DT, '第一个五年计划', False, ctx=ctx, value='1953/1957')
    A.unquoted('第一个五年计划', k='period', req=False, at=d['start'])


def prov(name, ctx=None):
    s(P, name, ctx=ctx)                  # a province or county the text is about: required (guide)


def plant(name, place, ctx=None, place2=None):
    """A plant: optional DEPARTMENT (enterprises, guide; README round 12 r7m); the place at
    its start optional (guide: a place at the start of a department name)."""
    s(DEP, name, False, ctx=ctx, **ENT)
    s(P, place, False, ctx=name)
    if place2:
        s(P, place2, False, ctx=name)


# 先说工业战线上的情况 — 根据预计数字 … 一九五七年 … 基本建设总投资额完成了一百二十三亿七千万元
y57('一九五七年国民经济各部门')
F('一百二十三亿七千万元', 12370000000, '元', '国民经济各部门基本建设总投资额（1957）')
Y('一九五三年', '1953', ctx='一九五三年到一九五七年')     # each date of a range (guide)
y57('到一九五七年五年')
opt_fig('五年', 5, '年', '', ctx='一九五七年五年')         # a duration (guide: optional)
F('四百八十七亿七千七百万元', 48777000000, '元', '基本建设总投资额累计（1953–1957）')
plan1('超过第一个五年计划')
F('百分之十四点一', 14.1, '%', '基本建设总投资额超过第一个五年计划总投资额')

# 一九五七年工业投资额完成六十五亿五千万元 …
y57('一九五七年工业投资额')
F('六十五亿五千万元', 6550000000, '元', '工业投资额（1957）')
F('百分之四点一', 4.1, '%', '工业投资额超过年度计划', ctx='计划百分之四点一。这')
F('六百四十二个', 642, '个', '继续施工和开始施工的限额以上的工矿企业')
F('一百七十八个', 178, '个', '建设完工的限额以上的工矿企业')
s(DT, '第一个五年计划期间', False, value='1953/1957')       # a plan period (round 14): optional
plan1('第一个五年计划期间')
opt_fig('一年', 1, '年', '', ctx='最多的一年')              # 最多的一年 (round 12 r7m: optional)
s(DT, '全年', False, ctx='全年平均', value='1957', resolved='1957')   # relative time (round 12): optional
opt_fig('两天', 2, '天', '', ctx='每两天')                   # a duration (guide): optional
opt_fig('一个', 1, '个', '重大企业', ctx='就有一个重大企业')  # 一个 (round 12 r7m): optional
s(P, '苏联', ctx='属于苏联')                                  # a country: required (guide; gwr-067-output)
A.quoted('一百五十六项', k='term', req=False)                 # like “一五六项” (round 28: optional term)
opt_fig('一百五十六项', 156, '项', '苏联帮助设计的建设工程')    # its numeral: optional (round 28)
F('二十二个', 22, '个', '属于“一百五十六项”的建设完工企业')
plant('本溪钢铁公司', '本溪')
plant('黑龙江钢厂', '黑龙江')
plant('吉林肥料厂', '吉林')
plant('吉林电石厂', '吉林')
plant('哈尔滨锅炉厂', '哈尔滨')
plant('西安电力电容器厂', '西安')
plant('太原第一热电站', '太原')                               # 第一 inside a name: no figure (ordinal, guide)
plant('佳木斯造纸厂', '佳木斯')
plant('沈阳重型机器厂', '沈阳')
s(DEP, '四川狮子滩水电站', False, **ENT)                       # a station (round 12 r7m: province + name chains optional)
s(P, '四川狮子滩水电站', False)                                # a hydro-power station as PLACE: optional (round 12)
s(P, '四川', False, ctx='四川狮子滩')
s(P, '狮子滩水电站', False)
s(P, '狮子滩', False, ctx='狮子滩水电站')
plant('安东人造纤维厂', '安东')
opt_fig('一个', 1, '个', '化学工业基地', ctx='增加了一个现代化')  # 一个 (round 12): optional

# 一九五七年新增加的工业生产能力 … 仅中央各部所属的企业就有
y57('一九五七年新增加')
s(DEP, '中央', False, ctx='中央各部所属')                    # 中央 alone (Conventions decided here): optional
s(DEP, '中央各部', False, ctx='中央各部所属', **ST)            # the ministries together, no single name (round 12: 机械工业各部 optional)
F('一千四百八十九万吨', 14890000, '吨', '新增采煤能力（1957）')
F('三十二亿五千万度', 3250000000, '度', '新增发电量能力（1957）')
F('八十一万吨', 810000, '吨', '新增生铁生产能力（1957）')
F('四十八万五千吨', 485000, '吨', '新增钢材生产能力（1957）')
F('一百零五万吨', 1050000, '吨', '新增水泥生产能力（1957）')
F('五十二万件', 520000, '件', '新增棉纱生产能力（1957）')
F('七万七千吨', 77000, '吨', '新增机制纸生产能力（1957）')

# 一九五七年的工业总产值 … 预计达到六百二十八亿一千万元（按一九五二年不变价格计算）
y57('一九五七年的工业总产值')
F('六百二十八亿一千万元', 62810000000, '元', '工业总产值（1957）', GOAL)
Y('一九五二年', '1952', ctx='按一九五二年不变')               # a price-base year (gwr-025 round 8): required
F('百分之四点一', 4.1, '%', '工业总产值超过年度计划', ctx='年度计划百分之四点一，比')
s(DT, '上一年', False, ctx='比上一年增长百分之六点九', value='1956', resolved='1956')   # relative time (round 10)
F('百分之六点九', 6.9, '%', '工业总产值增长（1957比1956）')
plan1('超过第一个五年计划所规定')
y57('所规定的一九五七年的指标百分之十七点三')
F('百分之十七点三', 17.3, '%', '工业总产值超过第一个五年计划规定的1957年指标')
s(DT, '上一年', False, ctx='比上一年，原煤', value='1956', resolved='1956')
F('一千八百二十六万吨', 18260000, '吨', '原煤增产（1957比1956）')
F('二十四亿度', 2400000000, '度', '电力增产（1957比1956）')
F('一百零八万吨', 1080000, '吨', '生铁增产（1957比1956）')
F('约七十八万吨', 780000, '吨', '钢增产（1957比1956）', 'about')   # 约 inside the span (guide)
F('三千一百多台', 3100, '台', '机床增产（1957比1956）', 'more_than')
F('十四万吨', 140000, '吨', '化学肥料增产（1957比1956）')
# 将近三十万吨: the annotator read 将近 like 接近 (outside); the lead reads it as the guide's 近
# (an approximation inside the span; 接近 and 至少 stay outside): the whole required, the
# shorter readings optional (round 31)
F('将近三十万吨', 300000, '吨', '水泥增产（1957比1956）', 'less_than')
opt_fig('近三十万吨', 300000, '吨', '水泥增产（1957比1956）', 'less_than')
opt_fig('三十万吨', 300000, '吨', '水泥增产（1957比1956）', 'less_than|about|exact', ctx='近三十万吨')
F('约五百二十万立方公尺', 5200000, '立方公尺', '木材增产（1957比1956）', 'about')

# 从一九五七年的第四季度以来 … “鸣放”高潮和社会主义教育
y57('从一九五七年的第四季度')
s(DT, '一九五七年的第四季度', False, value='1957-Q4')          # the longer form with a modifier (guide): optional
s(DT, '第四季度', False, value='1957-Q4', resolved='1957')     # a quarter (round 12: optional)
A.quoted('鸣放', k='term', req=False)                           # a quoted designation of the 1957 campaign phase (undecided: optional)
A.unquoted('社会主义教育', k='campaign', req=False, ctx='和社会主义教育，工人')   # without 运动 (r30b: the campaign name with 运动 required): undecided, optional
opt_fig('一个', 1, '个', '阶段', ctx='进入了一个新的阶段')
opt_fig('一个', 1, '个', '新高潮', ctx='形成了一个生产')

# 以下再说农业战线上的情况 — 一九五七年比一九五六年，粮食增加了五十亿斤，达到三千七百亿斤
y57('根据预计，一九五七年')
Y('一九五六年', '1956', ctx='比一九五六年，粮食')
F('五十亿斤', 5000000000, '斤', '粮食增产（1957比1956）')
F('三千七百亿斤', 370000000000, '斤', '粮食产量（1957）', GOAL)
F('约三百九十万担', 3900000, '担', '棉花增产（1957比1956）', 'about', ctx='棉花增加了约三百九十万担')
F('三千二百八十万担', 32800000, '担', '棉花产量（1957）', GOAL)
F('三千零九十二万担', 30920000, '担', '甘蔗增产（1957比1956）')
F('约三百九十万担', 3900000, '担', '甜菜增产（1957比1956）', 'about', ctx='甜菜增加了约三百九十万担')
F('约一百万担', 1000000, '担', '黄麻、洋麻增产（1957比1956）', 'about')
F('约三千万头', 30000000, '头', '猪的饲养头数增加（1957比1956）', 'about')
F('六百零三亿五千万元', 60350000000, '元', '农业和农副业总产值（1957）', GOAL)
Y('一九五二年', '1952', ctx='按一九五二年不变价格计算），比一九五六年')
Y('一九五六年', '1956', ctx='比一九五六年增长百分之三点五')
F('百分之三点五', 3.5, '%', '农业和农副业总产值增长（1957比1956）')
F('百分之九十八点七', 98.7, '%', '农业和农副业总产值完成年度计划')
plan1('还超过了第一个五年计划')
y57('规定的一九五七年的指标百分之一点二')
F('百分之一点二', 1.2, '%', '农业和农副业总产值超过第一个五年计划规定的1957年指标')

# 在一九五七年，全国已经有六十五个县、市 … 每亩生产粮食四百斤、五百斤、八百斤的要求
y57('在一九五七年，全国')
F('六十五个', 65, '个', '县、市（达到纲要粮食单产要求）')
A.unquoted('全国农业发展纲要修正草案', k='campaign', req=False, ctx='全国农业发展纲要修正草案所提出')   # optional at every occurrence (round 12)
A.unquoted('全国农业发展纲要', k='campaign', req=False, ctx='全国农业发展纲要修正草案所提出')
F('四百斤', 400, '斤', '每亩粮食产量要求', GOAL)           # yield targets after 分别达到 (round 12)
F('五百斤', 500, '斤', '每亩粮食产量要求', GOAL)
F('八百斤', 800, '斤', '每亩粮食产量要求', GOAL)
F('五十六个', 56, '个', '县、市（达到纲要棉花单产要求）')
F('六十斤', 60, '斤', '每亩皮棉产量要求', GOAL)
F('八十斤', 80, '斤', '每亩皮棉产量要求', GOAL)
F('一百斤', 100, '斤', '每亩皮棉产量要求', GOAL, ctx='一百斤的要求')
opt_fig('十年', 10, '年', '', ctx='提前十年')                # a duration (guide): optional
A.unquoted('全国农业发展纲要修正草案', k='campaign', req=False, ctx='全国农业发展纲要修正草案所规定')
A.unquoted('全国农业发展纲要', k='campaign', req=False, ctx='全国农业发展纲要修正草案所规定')
# 而广东省的澄海、潮安 … 四川省的郫县等十一个县
prov('广东省')
for c in ['澄海', '潮安', '揭阳', '潮阳', '普宁', '南澳']:
    prov(c)                                                   # counties after 的: the location (round 12 r7m: required)
prov('福建省')
for c in ['龙溪', '海澄', '长乐']:
    prov(c)
prov('湖北省', ctx='湖北省的孝感')
prov('孝感')
prov('四川省')
prov('郫县')
opt_fig('十一个', 11, '个', '县（粮食亩产达到或超过一千斤）')    # a count after a closed list (rounds 2–3, 12): optional
F('一千斤', 1000, '斤', '粮食每亩平均产量（十一个县）', GOAL)   # 达到或者超过 stays outside
prov('湖北省', ctx='湖北省的麻城')
prov('麻城')
prov('广济')
prov('浙江省')
prov('慈溪')
prov('甘肃省')
prov('敦煌')
prov('河北省')
prov('石家庄')
opt_fig('五个', 5, '个', '县、市（棉花亩产一百斤以上）')       # a count after a closed list: optional
F('一百斤以上', 100, '斤', '棉花每亩平均产量（五个县、市）', ABOVE)
F('十六个', 16, '个', '省、市（统计范围）')
F('三十四万多个', 340000, '个', '农业生产合作社（统计范围）', 'more_than')
F('四分之一', 0.25, '', '合作社（生产和收入超过当地富裕中农水平）')   # a fraction (round 11): required

# 在一九五七年入秋以后 … 两条道路的大辩论
y57('在一九五七年入秋')
opt_fig('两条', 2, '条', '道路', ctx='两条道路的大辩论')         # the set phrase 两条道路 (undecided: optional)
opt_fig('两条', 2, '条', '道路', ctx='在两条道路之间')
s(DEP, '中央', False, ctx='执行了中央关于')                    # 中央 alone: optional (Conventions decided here)

# 全国农业发展纲要修正草案的公布，中共中央和国务院关于兴修农田水利和积肥运动的决定的发布
A.unquoted('全国农业发展纲要修正草案', k='campaign', req=False, ctx='全国农业发展纲要修正草案的公布')
A.unquoted('全国农业发展纲要', k='campaign', req=False, ctx='全国农业发展纲要修正草案的公布')
s(DEP, '中共中央', **CC)                                        # required (guide)
s(DEP, '国务院', **ST, canonical='中华人民共和国国务院')        # required (guide)
opt_fig('一个', 1, '个', '农业生产高潮', ctx='掀起了一个')
Y('一九五五年', '1955', ctx='比一九五五年冬')                  # the bare date is the span (guide)
s(DT, '一九五五年冬', False, value='1955-WI')                  # the longer form: optional (guide)
Y('一九五六年', '1956', ctx='一九五六年春')
s(DT, '一九五六年春', False, value='1956-SP')
F('近一亿', 100000000, '', '每天参加农田水利建设的劳动力', 'less_than')   # 近 inside (guide); a number before a noun (Conventions decided here)
opt_fig('近一亿劳动力', 100000000, '', '劳动力', 'less_than')            # the number with the noun: optional (round 1)
Y('一九五七年十月', '1957-10')
Y('一九五八年九月', '1958-09', ctx='一九五八年九月底')           # the bare date (guide)
s(DT, '一九五八年九月底', False, value='1958-09')
F('九千二百多万亩', 92000000, '亩', '原定增加灌溉面积（1957年10月至1958年9月）', 'more_than')
Y('一九五八年一月三十一日', '1958-01-31')
F('一亿一千七百多万亩', 117000000, '亩', '已完成增加灌溉面积（至1958年1月31日）', 'more_than')
opt_fig('四个月', 4, '个月', '', ctx='用四个月')                 # a duration (guide): optional
s(DT, '全年度', False, value='1957/1958', resolved='1957/1958')  # relative time: optional
prov('安徽省')
s(DT, '去冬今春', False, value='1957-WI/1958-SP', resolved='1957/1958')   # relative time (round 10): optional
F('八亿土方', 800000000, '土方', '安徽省原定兴修农田水利工程（去冬今春）')
F('十六亿土方', 1600000000, '土方', '安徽省增加后的农田水利工程计划', ctx='增加到十六亿土方')
Y('一九五八年一月二十三日', '1958-01-23')
F('十六亿多土方', 1600000000, '土方', '安徽省已完成农田水利工程（至1958年1月23日）', 'more_than')
s(DT, '今年', False, ctx='今年增加灌溉', value='1958', resolved='1958')   # relative time: optional

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
