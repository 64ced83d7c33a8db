
from _ann import DEP, DT, Ann, P

# 2026 government work report of Xinjiang, review of the 14th Five-Year Plan
# (“这五年”), four fields: the economy (growth rates, output, energy bases,
# grain and cotton, infrastructure: railways, airport, tunnels, grid, “疆电外送”,
# “西气东输”), reform (banks, the business-environment rules, 经营主体),
# opening-up (“一带一路”, zones, ports, 中欧（亚）班列, the free-trade zone, expos)
# and southern Xinjiang (fund, urbanisation). Before the existing
# ``prov2026-013-review`` range. Annotated on the simplified text; the gold is
# its OpenCC s2t conversion.
A = Ann('prov2026-013', 1677, 3492, script='traditional')
s = A.s
U, Q = A.unquoted, A.quoted
F = lambda t, v, ap, u, subj, req=True, ctx=None: s('FIGURE', t, req, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)
opt_fig = lambda t, v, u, subj, ap='exact', ctx=None: F(t, v, ap, u, subj, req=False, ctx=ctx)
ENT = {'kind': 'enterprise'}
ZONE = {'kind': 'zone'}
GOAL = 'exact|more_than'
ABOVE = 'more_than|at_least'


def op(t, ctx=None):
    s(P, t, False, ctx=ctx)


def jiang(ctx):  # one-character abbreviation used alone (疆煤, 全疆, 疆电): optional
    s(P, '疆', False, ctx=ctx)


def five_years(ctx):
    """这五年: a relative period (optional DATE) with the duration 五年 (optional FIGURE)."""
    s(DT, '这五年', False, ctx=ctx, value='2021/2025', resolved='2021/2025')
    opt_fig('五年', 5, '年', '“十四五”时期', ctx=ctx)


# economy
five_years('这五年，我们坚定不移立足')
s(P, '新疆', ctx='新疆所能')
U('高质量发展', k='term', req=False)
F('5.9%', 5.9, 'exact', '%', '地区生产总值年均增长')
F('7.6%', 7.6, 'exact', '%', '规模以上工业增加值年均增长')
F('9.8%', 9.8, 'exact', '%', '固定资产投资年均增长')
F('5.9%', 5.9, 'exact', '%', '社会消费品零售总额年均增长', ctx='零售总额年均增长5.9%')
F('12.5%', 12.5, 'exact', '%', '一般公共预算收入年均增长')
F('28.5%', 28.5, 'exact', '%', '外贸进出口总额年均增长')
opt_fig('十大', 10, '', '产业集群')   # a number before 大 + noun (round 3)
opt_fig('十', 10, '', '产业集群', ctx='十大')
F('3.25亿吨', 325000000, 'exact', '吨', '油气当量')
opt_fig('5年', 5, '年', '稳居全国第一', ctx='连续5年')
opt_fig('4年', 4, '年', '原煤产量增速居首位', ctx='连续4年居全国主要')
jiang('疆煤外运')
F('33.7%', 33.7, 'exact', '%', '疆煤外运年均增长')
F('6个', 6, 'exact', '个', '千万千瓦级新能源基地')
opt_fig('千万千瓦', 10000000, '千瓦', '新能源基地规模级别')   # a scale class (千亿级, 750千伏)
F('1.69亿千瓦', 169000000, 'exact', '千瓦', '新能源装机')
jiang('全疆装机')
F('64%', 64, 'exact', '%', '新能源装机占全疆装机比重')
F('6%', 6, 'exact', '%', '外送电量年均增长', ctx='外送电量年均增长6%')
F('超三成', 3, 'more_than', '成', '绿电占比')   # 超过五成 (round 6/7): 超 inside, unit 成
opt_fig('三成', 3, '成', '绿电占比', ctx='超三成')
F('2471万亩', 24710000, 'exact', '亩', '新建高标准农田')
F('169.8亿斤', 16980000000, 'exact', '斤', '粮食增产')
F('18.7%', 18.7, 'exact', '%', '粮食增量占全国比重')
Q('自给自足', k='term', req=False)
Q('西部粮仓', k='term', req=False)
op('西部', ctx='西部粮仓')
opt_fig('4年', 4, '年', '棉花产量占全国九成以上', ctx='连续4年占全国')
F('九成以上', 9, ABOVE, '成', '棉花产量占全国比重')   # 五成以上 (round 15)
opt_fig('九成', 9, '成', '棉花产量占全国比重', ctx='九成以上')
F('45%', 45, GOAL, '%', '棉花就地转化率')   # 达
F('超百万人', 1000000, 'more_than', '人', '纺织服装全产业链带动就业')
# infrastructure
op('中吉乌铁路'); op('中吉乌')   # a railway line by name and its abbreviation (round 12)
s(P, '乌鲁木齐', ctx='乌鲁木齐天山国际机场')   # a city before its airport (round 3)
op('乌鲁木齐天山国际机场'); op('天山', ctx='天山国际机场')
Q('疆电外送', k='campaign')
jiang('疆电外送')
Q('西气东输', k='campaign')
op('和若铁路'); op('和若')
op('阿尔塔什水利枢纽工程'); op('阿尔塔什')
U('阿尔塔什水利枢纽工程', k='campaign', req=False)   # like 葛洲坝水利枢纽工程 (round 12)
op('天山胜利隧道'); op('天山', ctx='天山胜利隧道')
op('乌尉高速'); op('乌尉')
F('28座', 28, 'exact', '座', '机场')   # 增至 outside
F('9234公里', 9234, GOAL, '公里', '铁路运营里程')   # 达
Q('高速公路时代', k='term', req=False)
opt_fig('750千伏', 750, '千伏', '超高压输电环网电压等级')   # a class (round 2)
op('环塔里木电网工程'); U('环塔里木电网工程', k='campaign', req=False)
op('塔里木', ctx='环塔里木电网')
Q('内供七环网、外送五通道', k='formula')
F('93%以上', 93, ABOVE, '%', '5G网络覆盖行政村比例')
op('塔里木油田'); s(DEP, '塔里木油田', False, **ENT); op('塔里木', ctx='塔里木油田')
opt_fig('万米', 10000, '米', '超深钻井深度')   # a depth class in a designation
s(P, '亚洲')
opt_fig('110米', 110, '米', '射电望远镜口径')   # a size inside a device designation
F('160个', 160, 'exact', '个', '累计建成国家级和部级科技创新平台基地')
F('3.2倍', 3.2, 'exact', '倍', '高新技术企业增长')
# reform
five_years('这五年，我们坚定不移聚焦')
U('高质量发展', k='term', req=False)
opt_fig('一系列', 1, '系列', '改革举措')
s(DEP, '央地', False)   # like 兵地 (round 12): the centre and the region joined
s(DEP, '兵地', False)
opt_fig('一批', 1, '批', '特色优势产业')
s(DEP, '农信社', False, kind='enterprise')   # rural credit co-operatives as a class
s(DEP, '新疆农商银行', False, **ENT); op('新疆', ctx='新疆农商银行')
s(DEP, '新疆银行', False, **ENT); op('新疆', ctx='新疆银行')
s(DEP, '库尔勒银行', False, **ENT); op('库尔勒')
s(DEP, '汇和银行', False, **ENT)
Q('新疆模式', k='term', req=False); op('新疆', ctx='新疆模式')
s(DEP, '自治区', False, ctx='自治区优化营商环境条例', level='province', kind='state')
U('营商环境优化提升三年行动', k='campaign', req=False)
opt_fig('三年', 3, '年', '营商环境优化提升行动', ctx='三年行动')
jiang('全疆经营主体')
F('276.81万户', 2768100, 'exact', '户', '全疆经营主体总量')
F('8.85%', 8.85, 'exact', '%', '经营主体总量增长')
F('97.2%', 97.2, 'exact', '%', '民营经济主体占经营主体比重')
# opening-up
five_years('这五年，我们坚定不移融入')
Q('一带一路', ctx='融入“一带一路”')
U('亚欧黄金通道', req=False); op('亚欧', ctx='亚欧黄金通道')
U('向西开放桥头堡', req=False)
U('丝绸之路经济带核心区', req=False); U('丝绸之路经济带', req=False)
s(P, '乌鲁木齐国际陆港区', False); s(DEP, '乌鲁木齐国际陆港区', False, **ZONE)
op('乌鲁木齐', ctx='乌鲁木齐国际陆港区')
op('喀什', ctx='喀什、霍尔果斯')   # elliptic: 喀什(经济开发区)
s(P, '霍尔果斯经济开发区', False); s(DEP, '霍尔果斯经济开发区', False, **ZONE)
op('霍尔果斯')
op('别迭里口岸'); op('别迭里')   # a pass before its port (the port rule speaks of cities)
F('19个', 19, 'exact', '个', '对外开放口岸')   # 增至 outside
op('中欧', ctx='中欧（亚）'); op('亚', ctx='（亚）班列')   # joined abbreviations (round 11)
F('超过7.4万列', 74000, 'more_than', '列', '始发、过境中欧（亚）班列')
opt_fig('7.4万列', 74000, '列', '始发、过境中欧（亚）班列', ap=GOAL)
Q('一带一路', ctx='共建“一带一路”国家')
s(P, '中国（新疆）自贸试验区', False); s(DEP, '中国（新疆）自贸试验区', False, **ZONE)
op('中国', ctx='中国（新疆）'); op('新疆', ctx='（新疆）自贸')
op('自贸试验区', ctx='）自贸试验区'); s(DEP, '自贸试验区', False, ctx='自贸试验区，出台', **ZONE)
F('69项', 69, 'exact', '项', '支持政策')
F('72项', 72, 'exact', '项', '省级制度创新成果')
F('2万余家', 20000, 'more_than', '家', '新设立企业')
opt_fig('4年', 4, '年', '进出口总额跨越千亿级台阶', ctx='连续4年跨越')
opt_fig('千亿', 100000000000, '', '进出口总额台阶', ctx='千亿级')   # a scale class (round 15)
opt_fig('千亿级', 100000000000, '', '进出口总额台阶')
F('2届', 2, 'exact', '届', '亚欧博览会')
op('亚欧', ctx='亚欧博览会')
F('3届', 3, 'exact', '届', '商博会')
F('228个', 228, 'exact', '个', '建立贸易往来的国家和地区')
s(P, '新疆', ctx='新疆开放的大门')
# southern Xinjiang
five_years('这五年，我们坚定不移破解')
s(P, '南疆', ctx='破解南疆')   # required in this report's golds (rounds 8, 12); round 17 lists it optional
s(P, '南疆', ctx='解决南疆')
s(P, '南疆', ctx='支持南疆')
U('高质量发展', k='term', req=False, ctx='南疆高质量发展')
F('100亿元', 10000000000, 'exact', '元', '南疆发展专项资金')
s(P, '南疆', False, ctx='元南疆')   # a place at the start of a fund's name: optional
U('环塔里木经济带发展规划', k='campaign', req=False)
op('环塔里木经济带'); op('塔里木', ctx='环塔里木经济带')
opt_fig('一批', 1, '批', '重大产业、基础设施项目', ctx='一批重大')
s(P, '南疆', ctx='南疆五地州')
opt_fig('五', 5, '', '地州', ctx='五地州')   # a fixed designation (like 中亚五国, undecided)
F('6%', 6, 'exact', '%', '南疆五地州地区生产总值年均增长', ctx='年均增长6%。')
s(P, '南疆', ctx='南疆本科')
jiang('全疆常住')
F('61.61%', 61.61, 'exact', '%', '全疆常住人口城镇化率')
F('5.1个百分点', 5.1, 'exact', '个百分点', '常住人口城镇化率提高')
U('乡村全面振兴', k='term', req=False)
F('22.24万户', 222400, 'exact', '户', '监测对象家庭')
U('脱贫攻坚', k='term', req=False)
U('守住了不发生规模性返贫致贫的底线', k='directive', req=False)

if __name__ == '__main__':
    A.write()
