from _ann import DEP, DT, PE, Ann, P

A = Ann('prov2026-010', 3076, 4862)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
ENT = {'kind': 'enterprise'}
ZONE = {'kind': 'zone'}
Y = {'value': '2025', 'resolved': '2025'}  # the review year of the 2026 report
YI, WAN = 100000000, 10000

# 加强科技创新，驱动能源转型。
s(DT, '全年', False, **Y)
F('13.05亿吨', 13.05 * YI, '吨', '规上原煤产量')
F('2.1%', 2.1, '%', '规上原煤产量增长')
F('9条', 9, '条', '技术路径')
F('20条', 20, '条', '具体举措')
F('11个', 11, '个', '重点领域项目')  # after a list ending in 等 (round 2)
# 煤炭2030国家科技重大专项: the name of a national programme; 2030 inside the name (undecided, optional DATE)
s(DT, '2030', False, value='2030')
U('国家科技重大专项', 'campaign', req=False)  # programme name (round 8, optional)
# 总投资超500亿元: 超 inside (round 3); the bare number optional
F('超500亿元', 500 * YI, '元', '晋北采煤沉陷区新能源基地总投资', ap='more_than')
F('500亿元', 500 * YI, '元', '晋北采煤沉陷区新能源基地总投资', ap='exact|more_than', req=False)
s(P, '晋北', False)  # a region without a fixed boundary (round 2)
F('1829万千瓦', 1829 * WAN, '千瓦', '新能源和清洁能源装机增加')
F('9048万千瓦', 9048 * WAN, '千瓦', '新能源和清洁能源装机', ap='exact|more_than')  # 达到 outside
F('55.1%', 55.1, '%', '新能源和清洁能源装机占比')
F('13个', 13, '个', '绿电产业园区')
F('4084万张', 4084 * WAN, '张', '成交绿证')
F('100亿千瓦时', 100 * YI, '千瓦时', '绿电交易量')
s(DEP, '华为', False, **ENT)  # an enterprise
s(P, '太原武宿零碳机场', False)  # the airport (a venue)
s(P, '太原', ctx='太原武宿零碳机场')  # a city before an airport (rounds 3, 5)
s(P, '武宿', False)
s(DEP, '中电金谷', False, **ENT)
s(P, '偏关', False)  # a county at the start of a project (power station) name (round 2)
s(DEP, '大同经开区', False, **ZONE); s(P, '大同经开区', False); s(P, '大同', False)  # development zone (round 3)
s(DEP, '阳泉高新区', False, **ZONE); s(P, '阳泉高新区', False); s(P, '阳泉', False)
s(P, '太原', False, ctx='太原能源低碳发展论坛')  # a place at the start of a forum name (round 4)
# 狠抓项目建设，支撑产业升级。 (碳化硅三期: a phase number, none)
s(P, '阳泉', False, ctx='阳泉铝产业链一体化')  # a city at the start of a project name
F('25.3%', 25.3, '%', '新能源产业增加值增长')
F('7.9%', 7.9, '%', '装备制造业增加值增长')
# 5G: a name, none. 万人 in 万人拥有量: the denominator of a rate (round 7, undecided, optional)
F('万人', WAN, '人', '5G基站拥有量的人口基数', req=False)
F('33.7座', 33.7, '座', '5G基站万人拥有量')
# 全国排名第八: a rank, none
F('10%', 10, '%', '数字经济核心产业增加值预计增长')
s(P, '中国', False, ctx='中国算力大会')  # a place at the start of an event name (round 4)
U('新质生产力')  # the fixed designation (round 1)
# 发挥比较优势，推动适度多元发展。
s(DT, '十四五', False, value='2021/2025')
Q('十四五', 'period', req=False)
U('中部引黄工程', 'campaign', req=False)  # a project name (round 2)
s(P, '中部', False, ctx='中部引黄')  # a region without a fixed boundary, inside a project name
F('120家', 120, '家', '新培育省级农业龙头企业')
s(P, '大同', False, ctx='大同黄花菜')  # a place at the start of a product brand (undecided, optional)
s(P, '沁州', False)  # 沁州黄小米: a historical name inside a product brand (undecided, optional)
# 国家5A级旅游景区达到12家: 5A级 a rating class, none; 达到 outside
F('12家', 12, '家', '国家5A级旅游景区', ap='exact|more_than')
Q('悟空热', 'term', req=False)  # a quoted coinage
s(PE, '悟空', False)  # a fictional character inside a coinage (undecided, optional)
F('10%以上', 10, '%', '重点监测景区接待游客、经营收入增长', ap='more_than|at_least')
s(DEP, '抖音集团', False, **ENT)
# 首届红果创作者大会: 首届 an ordinal, none
# 深化改革攻坚，激发市场活力。
F('36项', 36, '项', '年度重点改革任务')
F('24.8万户', 24.8 * WAN, '户', '净增涉税主体')
F('1302户', 1302, '户', '净增规上法人单位')
F('2.8%', 2.8, '%', '民间投资增长')
F('9.2个百分点', 9.2, '个百分点', '民间投资增长快于全国')
F('6.7%', 6.7, '%', '民营经营主体贷款余额增长')
F('12条', 12, '条', '优化工商业电价机制举措')  # the articles of a named policy package (round 5)
F('56个', 56, '个', '全域土地综合整治项目')
Q('两不一欠')  # a quoted coded formula naming the special rectification (round 9)
Q('三下降', 'term', req=False)  # a quoted coinage like “双下降” (round 4)
F('100%', 100, '%', '行政机关负责人出庭应诉率', ap='exact|more_than')  # 达到 outside
# 坚持系统治理，改善环境质量。
F('13.3%', 13.3, '%', '环境空气质量综合指数同比下降')
# PM2.5 is a name, not a figure (round 4); 降至 is a verb
F('30微克/立方米', 30, '微克/立方米', 'PM2.5浓度')
F('7.2个百分点', 7.2, '个百分点', '优良天数比例同比提升')
# 全国第一: a rank, none
F('168个', 168, '个', '全国重点城市')
Q('后十位', 'term', req=False)  # a quoted ranking designation (round 7 “五张榜单”); no FIGURE
# 空气质量六项指标: a fixed designation of the six standard pollutants or a count (undecided, optional)
F('六项', 6, '项', '空气质量指标', req=False)
# 国家二级标准: a class, none
Q('一泓清水入黄河', 'campaign')  # a quoted programme name (…生态保护工程)
s(P, '黄河', False)  # inside a quoted slogan
F('98.9%', 98.9, '%', '地表水国考断面优良水体比例')  # 提高到: a verb
F('341万亩', 341 * WAN, '亩', '营造林')
s(P, '表里山河', False)  # a literary name of Shanxi, like 三晋 (undecided, optional)
# 用心用情用力，为民排忧解难。
s(DEP, '省政府', level='province', kind='state', canonical='山西省人民政府')
F('15件', 15, '件', '省政府承诺的民生实事')
F('47.3万人', 47.3 * WAN, '人', '城镇新增就业')
Q('零的突破', 'term', req=False)  # a quoted set phrase; no FIGURE
Q('小切口', 'term', req=False)
F('2个', 2, '个', '配售型保障性住房项目')
# 太原地铁1号线: a city before a metro line (between the airport rule and the project rule; undecided, optional); 1号线 a name, none
s(P, '太原', False, ctx='太原地铁')
# 三级公立医院: a class; 居全国第11位: a rank; 二级及以上: a class; none
Q('四大慢病', 'campaign', req=False)  # the quoted short name of a national programme or a coded term (undecided, optional); no FIGURE
U('国家科技重大专项', 'campaign', req=False)
Q('零的突破', 'term', req=False)
s(P, '长治'); s(P, '临汾')
U('高质量发展', req=False)  # a policy phrase, optional at every occurrence (round 2)
U('双拥', req=False)  # unquoted (round 3)
# 第十五届全运会: an ordinal, none
s(DT, '全年', False, ctx='全年未发生', **Y)
F('12.04%', 12.04, '%', '事故起数同比下降')
F('11.56%', 11.56, '%', '死亡人数同比下降')
# 12345热线: a number that names the hotline, none
F('95.4%', 95.4, '%', '12345热线服务满意率')
F('80余万名', 80 * WAN, '名', '育儿补贴惠及婴幼儿', ap='more_than')
F('27万名', 27 * WAN, '名', '减免保教费的学前一年幼儿')
s('FIGURE', '学前一年', False, value=1, approx='exact', unit='年')  # round 4
F('一年', 1, '年', '学前', req=False)
F('87万名', 87 * WAN, '名', '发放高龄津贴的80岁以上老年人')
F('80岁以上', 80, '岁', '老年人', ap='more_than|at_least', req=False)  # an age threshold (round 3)
Q('一老一小')  # a quoted coded formula (round 9); no FIGURE

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
