from functools import partial

from _ann import Ann

# 1958 State Council report on the 1958 national economic plan (Bo Yibo), part
# (三) 第一 "关于基本建设": the construction of each industry in 1958
# (metallurgy, power, fuel, machinery, chemicals): the ministries, project
# counts in Chinese numerals, new capacities, and the cities, provinces,
# factories and hydro-power stations where the projects are.
# The source is simplified; the gold is its OpenCC s2t conversion (spans are
# decided on the simplified text, same length).
A = Ann('gwr-067', 8965, 10685, script='traditional')
s = A.s
F = A.figure
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'
GOAL = 'exact|more_than'   # after 达 (the verb stays outside the span)
ABOVE = 'more_than|at_least'


def MIN(t, ctx=None):
    """A ministry of the State Council (central, state)."""
    s(DEP, t, ctx=ctx, level='central', kind='state')


def ENT(t, ctx=None):
    """An enterprise (factory, mine, works): optional DEPARTMENT."""
    s(DEP, t, False, ctx=ctx, kind='enterprise')


def op(t, ctx=None):
    s(P, t, False, ctx=ctx)

opt_fig = partial(A.figure, req=False)  # an optional FIGURE

def this_year(ctx):
    s(DT, '今年', False, ctx=ctx, value='1958', resolved='1958')


def central(ctx):
    s(DEP, '中央', False, ctx=ctx, level='central', kind='state')


# metallurgy
MIN('冶金工业部')
F('五十七个', 57, '个', '冶金工业部建设项目')
F('十四个', 14, '个', '地方冶金建设项目', ctx='地方有十四个')
F('七十一个', 71, '个', '冶金工业建设项目')
s(P, '鞍山', ctx='鞍山、武汉')
s(P, '武汉', ctx='武汉、包头')
s(P, '包头', ctx='包头三大')
opt_fig('三', 3, '', '钢铁工业基地', ctx='三大钢铁')
opt_fig('三大', 3, '', '钢铁工业基地')
# 太原、石景山…等钢铁厂 / 安徽、甘肃、云南等铜矿: places before elided enterprise names
for p in ('太原', '石景山', '重庆', '昆明', '大冶', '马鞍山'):
    op(p, ctx=p + ('等' if p == '马鞍山' else '、'))
for p in ('安徽', '甘肃', '云南'):
    op(p, ctx=p + ('等铜矿' if p == '云南' else '、'))
this_year('在今年内可以建设完工的有十四个')
F('十四个', 14, '个', '今年内可建设完工的冶金建设项目', ctx='完工的有十四个')
ENT('大冶钢厂'); op('大冶', ctx='大冶钢厂')
ENT('安徽铜官山矿务局'); op('安徽铜官山'); op('安徽', ctx='安徽铜官山'); op('铜官山')
ENT('江西钨矿'); op('江西', ctx='江西钨矿')
ENT('云南铅矿'); op('云南', ctx='云南铅矿')
ENT('鞍山钢铁联合企业'); op('鞍山', ctx='鞍山钢铁联合')
this_year('冶金工业在今年内')
F('一百八十八万吨', 1880000, '吨', '冶金工业新增生铁生产能力')
F('一百一十六万六千吨', 1166000, '吨', '冶金工业新增钢生产能力')
F('七十六万二千吨', 762000, '吨', '冶金工业新增钢材生产能力')
F('五百吨', 500, '吨', '冶金工业新增铜采选能力（日处理矿量）')
central('是中央发展冶金工业')
opt_fig('一个', 1, '个', '方针', ctx='冶金工业的一个重要方针')
this_year('今年地方新建')
F('十四个', 14, '个', '地方新建和扩建的冶金企业', ctx='扩建的十四个')
ENT('乌鲁木齐八一钢铁厂'); op('乌鲁木齐')
ENT('南京钢铁厂'); op('南京', ctx='南京钢铁厂')
ENT('浙江杭县钢铁厂'); op('浙江杭县'); op('浙江', ctx='浙江杭县'); op('杭县')
ENT('福建三明钢铁厂'); op('福建三明'); op('福建', ctx='福建三明'); op('三明')
ENT('江西钢铁厂'); op('江西', ctx='江西钢铁厂')
ENT('广州钢铁厂'); op('广州', ctx='广州钢铁厂')
ENT('贵阳钢铁厂'); op('贵阳', ctx='贵阳钢铁厂')
# power
MIN('电力工业部')
F('一百零一个', 101, '个', '电力工业部建设项目')
F('十八个', 18, '个', '地方电力建设项目')
F('一百一十九个', 119, '个', '电力工业建设项目', ctx='共计一百一十九个')
opt_fig('一百一十九个', 119, '个', '电力工业建设项目', ctx='在这一百一十九个')
F('一百个', 100, '个', '电站', ctx='电站有一百个')
F('七十六个', 76, '个', '火力电站')
F('二十四个', 24, '个', '水电站', ctx='水电站是二十四个')
for p in ('北京', '太原', '包头', '兰州', '抚顺', '洛阳', '武汉'):
    s(P, p, ctx=p + '、')   # 北京、太原…等地的火电站
s(P, '江苏望亭'); op('江苏', ctx='江苏望亭'); op('望亭')
# the hydro-power stations (浙江的新安江和百丈祭…等水电站): the provinces before 的
# are required, the stations optional (round 12), with the places in them
s(P, '浙江', ctx='浙江的新安江'); op('新安江'); op('百丈祭')
s(P, '云南', ctx='云南的以礼河'); op('以礼河')
s(P, '辽宁', ctx='辽宁的桓仁'); op('桓仁'); op('大伙房')
s(P, '湖南', ctx='湖南的柘溪'); op('柘溪')
s(P, '四川灌县'); op('四川', ctx='四川灌县'); op('灌县'); op('紫坪铺')
s(P, '北京', ctx='北京的下马岭'); op('下马岭')
s(P, '福建', ctx='福建的古田'); op('古田')
s(P, '广东', ctx='广东的流溪河'); op('流溪河')
s(P, '安徽', ctx='安徽的梅山'); op('梅山'); op('响洪甸')
this_year('在今年内可以建设完工的有三十五个')
F('三十五个', 35, '个', '今年内可建设完工的电力建设项目')
F('九十多万千瓦', 900000, '千瓦', '新增发电设备能力', ap='more_than')
F('四十五亿度以上', 4500000000, '度', '每年可发电量', ap=ABOVE)
# the long-term policy
s(DEP, '中共中央', ctx='中共中央所提出的', level='central', kind='party', canonical='中共中央')
A.unquoted('以水电为主、火电为辅', req=False)   # undecided: the CC's named 方针 or a policy phrase
central('中央有关部门')
A.unquoted('长江三峡水利枢纽工程', k='campaign', req=False)
op('长江三峡'); op('长江', ctx='长江三峡'); op('三峡', ctx='长江三峡')
this_year('从今年起')
# fuel
MIN('煤炭工业部')
MIN('石油工业部')
F('二百个', 200, '个', '煤炭工业部和石油工业部建设项目')
F('三十二个', 32, '个', '地方燃料建设项目', ctx='地方有三十二个')
F('二百三十二个', 232, '个', '燃料工业建设项目')
opt_fig('三十二个', 32, '个', '地方燃料建设项目', ctx='地方建设的三十二个')
F('三十一个', 31, '个', '地方建设的煤矿项目')
F('七百零一万吨', 7010000, '吨', '新开工矿井设计能力（年产煤）')
this_year('在今年内可以建设完工的有五十二个')
F('五十二个', 52, '个', '今年内可建设完工的燃料建设项目')
F('二千四百四十二万吨', 24420000, '吨', '新增采煤能力', ap=GOAL)
F('二万吨以上', 20000, '吨', '新增人造石油炼制能力', ap=ABOVE)
s(DEP, '中共中央', ctx='中共中央已经提出', level='central', kind='party', canonical='中共中央')
A.unquoted('发展天然石油和人造石油齐头并进', req=False)   # undecided, like the power policy
# machinery
s(DEP, '机械工业各部', False, level='central', kind='state')   # the machinery ministries, no single name
F('七十七个', 77, '个', '机械工业各部建设项目')
F('两个', 2, '个', '地方机械建设项目', ctx='地方有两个')
F('七十九个', 79, '个', '机械工业建设项目')
s(P, '富拉尔基'); s(P, '金州')
s(P, '洛阳', ctx='洛阳的拖拉机厂')
s(P, '哈尔滨', ctx='哈尔滨和洛阳'); s(P, '洛阳', ctx='洛阳的滚珠')
s(P, '兰州', ctx='兰州的石油机械厂')
s(P, '哈尔滨', ctx='哈尔滨、西安'); s(P, '西安'); s(P, '湘潭')
this_year('在今年内可以建设完工的有二十七个')
F('二十七个', 27, '个', '今年内可建设完工的机械建设项目')
ENT('武汉重型机床广'); op('武汉', ctx='武汉重型机床')
s(P, '洛阳', ctx='洛阳的滚珠轴承厂和矿山机械厂，沈阳')
ENT('沈阳高压开关厂'); op('沈阳')
F('三万吨', 30000, '吨', '新增冶金机械制造能力')
F('二万七千吨', 27000, '吨', '新增矿山机械制造能力')
F('二万吨', 20000, '吨', '新增重型机床制造能力', ctx='重型机床二万吨')
F('一千万套以上', 10000000, '套', '新增滚珠轴承制造能力', ap=ABOVE)
s(DT, '一九五八年', value='1958')
opt_fig('一年', 1, '年', '重型机器制造工业发展', ctx='新的发展的一年')
# chemicals
MIN('化学工业部')
F('二十三个', 23, '个', '化学工业部建设项目')
F('十九个', 19, '个', '地方化学建设项目')
F('四十二个', 42, '个', '化学工业建设项目')
F('十七个', 17, '个', '化学肥料厂')
central('由中央建设的')
op('兰州', ctx='兰州、太原、吉林'); op('太原', ctx='太原、吉林'); op('吉林', ctx='吉林（二期）')
ENT('大连化工厂'); op('大连')
ENT('南京永利化工厂'); op('南京', ctx='南京永利'); op('永利')
op('四川', ctx='四川和浙江氮肥厂'); op('浙江', ctx='浙江氮肥厂')
ENT('福建石灰氮厂'); op('福建', ctx='福建石灰氮厂')
ENT('江西石灰氮厂'); op('江西', ctx='江西石灰氮厂')
this_year('在今年内可以建设完工的有四个')
F('四个', 4, '个', '今年内可建设完工的化学建设项目')
ENT('山西磷肥厂'); op('山西')
ENT('南京磷肥厂'); op('南京', ctx='南京磷肥厂')
ENT('江苏锦屏磷矿'); op('江苏锦屏'); op('江苏', ctx='江苏锦屏'); op('锦屏')
F('四万七千吨', 47000, '吨', '新增合成氨生产能力')
F('五十四万八千吨', 548000, '吨', '新增磷肥生产能力')
F('三十万吨', 300000, '吨', '新增磷矿石粉生产能力')

if __name__ == '__main__':
    A.write()
