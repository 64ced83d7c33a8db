from _ann import CC, DEP, DT, Ann, P

# 1980 State Council government work report, part 三 “采取有力措施，保证1980、1981年计划的完成”,
# after `gwr-059-5668-7491` (with the paragraphs between left out): the heading, the
# opening paragraph (党中央, the four fields), point 第一 (energy: coal, offshore and
# onshore oil with the seas and basins, power, energy saving with its tonnes of
# standard coal and the 1.03比1 ratio) and point 第二 (machine-building: 四个现代化,
# defence industry). Cut after "…并认真组织实施。", before 第三. Simplified.
A = Ann('gwr-059', 7985, 10202)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI, WAN = 100000000, 10000
MORE = 'more_than|at_least'


def ming(ctx):
    s(DT, '明年', False, ctx=ctx, value='1981', resolved='1981')  # relative time: optional


def jin(ctx):
    s(DT, '今年', False, ctx=ctx, value='1980', resolved='1980')  # relative time: optional


def opt_fig(t, v, u, subj, ctx=None, ap='exact'):
    s('FIGURE', t, False, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)


def jieneng(ctx):
    U('以节能为中心', 'term', req=False, ctx=ctx)  # a policy phrase of the time (undecided)


# 三、采取有力措施，保证1980、1981年计划的完成 (an elliptic pair: 1980 without 年 required)
A.date('1980', '1980', ctx='保证1980、1981年')
A.date('1981年', '1981', ctx='1981年计划的完成')
A.date('1980', '1980', ctx='实现1980、1981年')
A.date('1981年', '1981', ctx='1981年国民经济计划')
s(DEP, '党中央', **CC)
opt_fig('四个', 4, '个', '需要采取主要措施的方面', ctx='四个方面')  # a count announcing the list (round 16)

# 第一
U('开发和节约并重', req=False)  # round 23: optional unquoted wording
s(DT, '近期', False)  # relative time (conventions)
jieneng('以节能为中心的技术改造和结构改革')
ming('明年就要起步')

# 煤炭工业
ming('争取明年在建')
F('1.2亿吨', 1.2 * YI, '吨', '在建矿井规模（1981）')  # 达到 outside
F('1，000万吨', 1000 * WAN, '吨', '投产井新增生产能力（1981）')  # full-width comma inside one number (round 14)
ming('从明年起')

# 石油工业: seas (round 10: 南海, 渤海, 北部湾 required; 南黄海 optional, round 23)
s(P, '南海')
s(P, '南黄海', False)
s(P, '黄海', False, ctx='南黄海')
F('41万平方公里', 41 * WAN, '平方公里', '南海、南黄海进行地球物理普查的海域')
s(P, '渤海')
s(P, '北部湾')
s(P, '东部地区', False)  # a region without fixed boundary (round 2)
# the basins named by their names: places
s(P, '准噶尔')
s(P, '柴达木')
s(P, '塔里木')
s(P, '陕甘宁', False)  # three one-character abbreviations joined (陕西、甘肃、宁夏): undecided, like 金（义）衢丽
s(P, '四川')

# 电力工业
opt_fig('一部分', 1, '部分', '地方资金', ctx='吸收一部分')  # undecided, optional (see 第二)
ming('争取明年新增发电装机')
F('300万千瓦以上', 300 * WAN, '千瓦', '新增发电装机（1981）', ap=MORE)
opt_fig('300万千瓦', 300 * WAN, '千瓦', '新增发电装机（1981）', ap='exact|' + MORE)
opt_fig('几个', 3, '个', '大型水电站', ap='about')  # a vague count (round 22)

# 能源的节约
ming('明年要对年综合能耗')
# a threshold that describes which firms are meant (round 4: 70周岁以上; round 7: 亿元以上): optional
opt_fig('5万吨标准煤以上', 5 * WAN, '吨标准煤', '年综合能耗（企业的门槛）', ap=MORE)
opt_fig('5万吨标准煤', 5 * WAN, '吨标准煤', '年综合能耗（企业的门槛）', ap='exact|' + MORE)
opt_fig('5万吨', 5 * WAN, '吨', '年综合能耗（企业的门槛）', ap='exact|' + MORE)
ming('争取明年节约')
# a range 700万到800万吨: two spans (round 7), the lower bound bare (the unit shared)
F('700万', 700 * WAN, '吨', '节约标准煤（1981）', ap='exact|at_least')
F('800万吨', 800 * WAN, '吨', '节约标准煤（1981）', ap='exact|less_than')

# 改变工业结构和产品结构
ming('明年计划轻工业')
jin('由今年预计')
F('44％', 44, '%', '轻工业产值占工业总产值的比重（1980预计）')
F('45％', 45, '%', '轻工业产值占工业总产值的比重（1981计划）')
F('1％', 1, '%', '轻工业产值比重提高（1981比1980）', ctx='提高1％')
F('600万吨', 600 * WAN, '吨', '少用标准煤（1981）')
ming('明年计划从今年')
jin('从今年预计')
# the parts of a ratio are optional (round 2): 1.03比1, 1比1
opt_fig('1.03', 1.03, '', '生铁和钢产量的比例（1980预计）')
opt_fig('1', 1, '', '生铁和钢产量的比例（1980预计）', ctx='比1改为')
opt_fig('1', 1, '', '生铁和钢产量的比例（1981计划）', ctx='改为1比1')
opt_fig('1', 1, '', '生铁和钢产量的比例（1981计划）', ctx='比1，可以')
F('200万吨', 200 * WAN, '吨', '节约标准煤（1981）')

# 以节能为中心的技术改造
jieneng('大力开展以节能为中心')
opt_fig('一个', 1, '个', '长时期', ctx='今后一个长时期')  # round 6: 一个 in 今后一个时期
ming('明年准备着手')
opt_fig('一批', 1, '批', '节能措施', ctx='安排一批')

# 动力机具
ming('明年先从载重汽车')
opt_fig('一批', 1, '批', '载重汽车', ctx='更新一批')
opt_fig('一批', 1, '批', '载重汽车', ctx='封存一批')
opt_fig('一批', 1, '批', '载重汽车', ctx='淘汰一批')

# 烧油改烧煤
ming('明年计划改造')
F('250万吨', 250 * WAN, '吨', '改造的电站和工业锅炉的烧油量（1981）')

# 第二 (一部分: a vague part, not a count; undecided, optional)
opt_fig('一部分', 1, '部分', '生产资料', ctx='对一部分生产资料')
opt_fig('一部分', 1, '部分', '机械工业的生产能力', ctx='一部分机械工业')
opt_fig('一部分', 1, '部分', '生活资料', ctx='一部分生活资料')
U('四个现代化')  # the fixed formula (round 1: “四个现代化” required); no FIGURE
U('标准化、系列化、通用化', 'term', req=False)  # a standard wording of the time (undecided)
jieneng('机械工业要根据以节能为中心')
opt_fig('一部分', 1, '部分', '生产能力和技术力量', ctx='一部分生产能力')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
