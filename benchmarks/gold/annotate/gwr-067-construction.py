from functools import partial

from _ann import Ann

# 1958 State Council report on the 1958 national economic plan (Bo Yibo), part
# (三) 第一 "关于基本建设", after the range of ``gwr-067.py``: the end of the
# chemicals paragraph, building materials, light industry, water conservancy
# (reservoirs and river works by basin), land reclamation, afforestation,
# tractors, transport (railways, roads, ports). Project counts and capacities
# in Chinese numerals, the ministries, basins, rivers, railway ends and ports.
# Simplified, as stored.
A = Ann('gwr-067', 10687, 12625)
s = A.s
F = A.figure
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'
GOAL = 'exact|more_than'   # after 达 (the verb stays outside the span)
ABOVE = 'more_than|at_least'
opt_fig = partial(A.figure, req=False)


def MIN(t, ctx=None):
    """A ministry of the State Council (central, state)."""
    s(DEP, t, ctx=ctx, level='central', kind='state')


def op(t, ctx=None):
    s(P, t, False, ctx=ctx)


def this_year(ctx):
    s(DT, '今年', False, ctx=ctx, value='1958', resolved='1958')


def y1958(ctx=None):
    s(DT, '一九五八年', ctx=ctx, value='1958')


def central(ctx):
    s(DEP, '中央', False, ctx=ctx, level='central', kind='state')


def basin(t, ctx=None):
    """A river basin: required, the river inside optional (round 11)."""
    s(P, t, ctx=ctx)
    op(t[:-2], ctx=ctx or t)


def four_rivers(ctx):
    """沂、沭、汶、泗等河流域: one-character river names in a shared-head list (undecided: optional)."""
    for r in ('沂', '沭', '汶', '泗'):
        op(r, ctx=ctx[ctx.index(r):])


# end of the chemicals paragraph
central('是中央促进农业')
opt_fig('一个', 1, '个', '方针', ctx='一个重要方针')
s(DEP, '机械工业部门', False, level='central', kind='state')   # sectors named with 部门 (round 12)
# building materials
MIN('建筑材料工业部')
MIN('森林工业部')
F('三十三个', 33, '个', '建筑材料工业部和森林工业部建设项目')
F('十一个', 11, '个', '地方建筑材料和森林工业建设项目', ctx='地方有十一个')
F('四十四个', 44, '个', '建筑材料和森林工业建设项目')
F('十个', 10, '个', '水泥厂', ctx='十个水泥厂')
F('二十三个', 23, '个', '森林工业企业', ctx='二十三个森林')
this_year('在今年内可以建设完工的有七个')
F('七个', 7, '个', '今年内可建设完工的建筑材料和森林工业建设项目', ctx='完工的有七个')
F('八十三万三千吨', 833000, '吨', '新增水泥生产能力')
F('四百八十五万立方公尺', 4850000, '立方公尺', '新增木材运出能力')
s(DEP, '建筑材料工业部门', False, level='central', kind='state')
# light industry
MIN('纺织工业部')
MIN('轻工业部')
MIN('食品工业部')
F('三十九个', 39, '个', '纺织工业部、轻工业部和食品工业部建设项目')
F('五十三个', 53, '个', '地方轻工业建设项目')
F('九十二个', 92, '个', '轻工业建设项目')
F('十五个', 15, '个', '棉纺织、印染厂')
F('二十三个', 23, '个', '造纸厂', ctx='造纸厂二十三个')
F('十二个', 12, '个', '制糖厂')
F('十个', 10, '个', '盐场', ctx='盐场十个')
this_year('在今年内可以建设完工的有三十一个')
F('三十一个', 31, '个', '今年内可建设完工的轻工业建设项目')
F('三十八万七千件', 387000, '件', '新增棉纱生产能力')
F('一亿一千万公尺', 110000000, '公尺', '新增棉布生产能力')
F('七千三百三十枚', 7330, '枚', '新增毛、麻纺锭')
F('二十万四千吨', 204000, '吨', '新增机制纸生产能力')
F('三十四万五千吨', 345000, '吨', '新增糖生产能力')
F('六十五万吨', 650000, '吨', '新增原盐生产能力')
# water conservancy
y1958('一九五八年我国农业')
F('七十三个', 73, '个', '国家投资建设的限额以上水利工程项目')
F('三十八个', 38, '个', '续建水利工程')
op('黄河三门峡水库'); op('黄河', ctx='黄河三门峡'); op('三门峡', ctx='黄河三门峡'); op('三门峡水库')
basin('淮河流域', ctx='淮河流域的梅山')
op('梅山水库'); op('梅山', ctx='梅山水库')
op('响洪甸水库'); op('响洪甸')
op('磨子潭水库'); op('磨子潭')
op('西淝河')   # a river at the start of a project name (round 3)
op('濉河')
four_rivers('沂、沭、汶、泗等河流域的伊家河')
op('伊家河'); op('万福河')
basin('辽河流域', ctx='辽河流域的大伙房')
op('大伙房水库'); op('大伙房')
basin('海河流域')
op('西岗南水库'); op('西岗南')
op('南运河'); op('四女寺减河'); op('四女寺')
F('三十五个', 35, '个', '新开工的水利工程')
basin('淮河流域', ctx='淮河流域的宿鸭湖')
op('宿鸭湖')
op('油洺河'); op('涡河'); op('惠济河'); op('颍河'); op('二河', ctx='二河闸')
four_rivers('沂、沭、汶、泗等河流域的中运河')
op('中运河'); op('宿迁'); op('江风口')
basin('辽河流域', ctx='辽河流域的新立屯')
op('新立屯水库'); op('新立屯')
s(P, '黄河', ctx='黄河的人民胜利渠')   # the river itself before 的 (rivers themselves required)
op('人民胜利渠')
this_year('在今年内可以建设完工的，有二十一个')
F('二十一个', 21, '个', '今年内可建设完工的大型水利工程')
# 以蓄为主，以排为辅 / 以小型为主和大、中、小型相结合的方针: undecided, like 以水电为主、火电为辅
A.unquoted('以蓄为主，以排为辅', req=False)
A.unquoted('以小型为主和大、中、小型相结合', req=False)
# land reclamation and forests
y1958('一九五八年国家对于开垦荒地')
F('二亿三千五百万元', 235000000, '元', '国家对开垦荒地的投资')
MIN('农垦部')
F('七百万亩', 7000000, '亩', '农垦部直属企业计划开荒')
F('一千七百七十三万五千亩', 17735000, '亩', '全国开垦荒地', ap=GOAL)
y1958('一九五八年由国家投资')
F('四百二十八万三千亩', 4283000, '亩', '国家投资造林')
A.unquoted('全国农业发展纲要修正草案', k='campaign', req=False)
A.unquoted('全国农业发展纲要', k='campaign', req=False)
A.unquoted('农业发展纲要', k='campaign', req=False)
# 四季 / 三季 / 两季 (seasons a year: durations, optional)
for t, v, c in (('四季', 4, '四季能种'), ('四季', 4, '四季都种'), ('三季', 3, '三季能种'),
                ('三季', 3, '三季都种'), ('两季', 2, '两季能种'), ('两季', 2, '两季都种')):
    opt_fig(t, v, '季', '种树造林的季节', ctx=c)
y1958('一九五八年农业机器')
F('一千四百五十七台', 1457, '台', '农业机器拖拉机站计划增加拖拉机')
# transport
y1958('一九五八年国家投资共')
F('二十二亿元', 2200000000, '元', '交通运输业基本建设国家投资')
# a fraction (undecided between round 10 and round 11): optional, 约…有 outside
opt_fig('三分之二左右', 0.6667, '', '用于铁路建设的交通运输投资', ap='about')
opt_fig('三分之二', 0.6667, '', '用于铁路建设的交通运输投资', ap='about|exact')
F('约一千五百公里', 1500, '公里', '计划新线和复线铺轨', ap='about')
s(P, '包头', ctx='包头到兰州')   # ends of a railway joined by 到 (round 1: 至)
s(P, '兰州', ctx='兰州铁路')
op('西北')
s(P, '内蒙古自治区')
s(P, '兰州', ctx='兰州到新疆')
s(P, '新疆维吾尔自治区')
F('三百公里', 300, '公里', '兰新铁路继续向西铺轨')
s(P, '哈密')
y1958('一九五八年计划正式')
F('二千二百三十四公里', 2234, '公里', '计划正式交付营业的铁路')
opt_fig('一年', 1, '年', '铁路营业线路增加', ctx='最多的一年')
s(DT, '这一年', False, value='1958', resolved='1958')
op('川黔'); op('黔桂铁路'); op('黔桂')
op('湘黔'); op('滇黔铁路'); op('滇黔')
opt_fig('三、五年', 5, '年', '铁路干线建设期限', ap='about')
opt_fig('三', 3, '', '铁路干线建设期限', ctx='三、五年')
opt_fig('五年', 5, '年', '铁路干线建设期限', ctx='三、五年')
op('西南地区')
opt_fig('三个', 3, '个', '方向', ctx='三个方向')   # a count after the list it sums up
MIN('交通部', ctx='由交通部负责施工的，共有')
F('十一条', 11, '条', '交通部负责施工的公路线路')
op('西南', ctx='西南少数民族')
MIN('交通部', ctx='由交通部负责施工的，有')
for p in ('上海', '天津', '重庆', '湛江'):
    s(P, p, ctx=p + '、')   # places naming the ports (round 4: 梁山 in 梁山港)
s(P, '海南岛八所'); op('海南岛'); op('八所')
s(P, '安徽裕溪口'); op('安徽', ctx='安徽裕溪口'); op('裕溪口')
F('七万八千吨以上', 78000, '吨', '增加船舶', ap=ABOVE)
central('中央和地方')

if __name__ == '__main__':
    A.write()
