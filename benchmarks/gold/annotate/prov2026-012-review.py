from _ann import DEP, Ann, P

# The review of 2025, fields (四) to (八); annotated on the simplified source, written in traditional script.
A = Ann('prov2026-012', 2718, 4589, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
ENT = {'kind': 'enterprise'}
ZONE = {'kind': 'zone'}
INTL = {'kind': 'international organisation'}
YI, WAN = 100000000, 10000

# （四）发展现代特色农业，推进乡村全面振兴。 (list numbers none)
U('乡村全面振兴', 'term', req=False)  # a policy phrase (round 7)
F('46.1万亩', 46.1 * WAN, '亩', '高标准农田建设')
Q('六连增', 'term', req=False)  # a quoted coinage like “十一连冠” (round 4); no FIGURE
# 创近10年新高: a duration (optional), with and without 近
F('近10年', 10, '年', '食糖产量新高', ap='less_than', req=False)
F('10年', 10, '年', '食糖产量新高', req=False)
Q('菜篮子', 'term', req=False)  # “菜篮子”产品: a quoted designation of products
s(P, '东西部', False)  # regions without a fixed boundary (round 2)
F('六年', 6, '年', '连续获“好”的等次', req=False)  # 连续六年: a duration (rounds 7, 8)
# “好”: a scare-quoted single word, no label
Q('万企兴万村', 'campaign')  # a quoted campaign name (…行动); no FIGURE
F('超90%', 90, '%', '特色产业覆盖率', ap='more_than')  # 超 inside (round 3)
F('90%', 90, '%', '特色产业覆盖率', ap='exact|more_than', req=False)
F('293.2万人', 293.2 * WAN, '人', '脱贫人口务工规模')
F('超80%', 80, '%', '稳定消除返贫风险的监测对象', ap='more_than')
F('80%', 80, '%', '稳定消除返贫风险的监测对象', ap='exact|more_than', req=False)
F('3个', 3, '个', '新创建国家现代农业产业园')
F('1个', 1, '个', '新创建优势特色产业集群')
s(P, '象州'); s(P, '宜州')
U('乡村振兴', 'term', req=False)  # inside 国家乡村振兴示范县 (round 4)
F('3000亿元', 3000 * YI, '元', '设施农业产值', ap='exact|more_than')  # 突破 outside
# 林草产业总产值全国第一: a rank, none
Q('千村引领、万村提升', 'campaign')  # a quoted programme name (…工程); no FIGURE
F('2758个', 2758, '个', '“千村引领、万村提升”工程项目')
F('2746个', 2746, '个', '完工的“千村引领、万村提升”工程项目')
F('99%', 99, '%', '乡镇通三级及以上等级公路')  # 三级: a class, none
F('95.3%', 95.3, '%', '农村卫生厕所普及率')
# （五）推进改革部署落地，激发和增强社会活力。
U('统一大市场', 'term', req=False)  # a policy phrase (全国统一大市场, round 1)
F('72份', 72, '份', '修订或废止的政策文件')
U('国企改革深化提升行动', 'campaign', req=False)  # an unquoted programme name
# 国资委: the region's named commission (a named body without its level prefix, round 1)
s(DEP, '国资委', level='province', kind='state',
  canonical='广西壮族自治区人民政府国有资产监督管理委员会')
F('19.6%', 19.6, '%', '国资委监管企业战略性新兴产业投资增长')
s(DEP, '广西国控集团', False, **ENT)  # an enterprise
s(P, '广西', False, ctx='广西国控集团')
F('188个', 188, '个', '整合优化前的园区')
F('120个', 120, '个', '整合优化后的园区')
s(DEP, '广西自贸试验区', False, **ZONE); s(P, '广西自贸试验区', False)  # a zone (round 3)
s(P, '广西', False, ctx='广西自贸试验区')
F('3项', 3, '项', '获全国最佳实践案例的改革成果')
Q('1+10+N')  # a quoted coded formula (round 3 “1+2”); no FIGURE
s(P, '广西', False, ctx='广西政府投资基金集群')  # a place at the start of a programme name (round 2)
F('超1700亿元', 1700 * YI, '元', '撬动贴息贷款和补贴融资担保贷款', ap='more_than')
F('1700亿元', 1700 * YI, '元', '撬动贴息贷款和补贴融资担保贷款', ap='exact|more_than', req=False)
F('超6.3万户次', 6.3 * WAN, '户次', '惠及经营主体', ap='more_than')
F('6.3万户次', 6.3 * WAN, '户次', '惠及经营主体', ap='exact|more_than', req=False)
s(P, '来宾')
# 全区首家: an ordinal, none; 农商行 an enterprise class, none
s(DEP, '国务院减负办', level='central', kind='state',
  canonical='国务院减轻企业负担部际联席会议办公室')
s(DEP, '国务院', False, level='central', kind='state')  # inside the longer name
Q('服务企业在基层', 'campaign')  # a quoted name of an activity
# 十佳案例: an award designation, none
U('规范涉企行政执法专项行动', 'campaign', req=False)  # an unquoted campaign name (undecided, optional)
Q('标准地', 'campaign')  # 工业项目“标准地”改革: a quoted reform measure (round 2)
F('11%', 11, '%', '工商业平均到户电价同比下降')
F('超100亿元', 100 * YI, '元', '电力市场交易为用户节约用电成本', ap='more_than')
F('100亿元', 100 * YI, '元', '电力市场交易为用户节约用电成本', ap='exact|more_than', req=False)
Q('企呼我办', 'campaign')  # a quoted mechanism name, like “民呼我为” (round 3)
F('93%', 93, '%', '企业反映问题解决率')  # 提高到: a verb
s(P, '广西', ctx='看好广西'); s(P, '广西', ctx='选择广西'); s(P, '广西', ctx='扎根广西')
U('投资广西就是投资未来', 'directive', req=False)  # an unquoted motto (undecided, optional)
s(P, '广西', ctx='投资广西')
# （六）扩大对内对外开放，拓宽发展新空间。
U('西部陆海新通道', 'campaign', req=False)  # a project/strategy name (round 2 project names)
s(P, '西部', False, ctx='西部陆海新通道')
s(P, '北海铁山港', False)  # the port (round 3, optional)
s(P, '北海', ctx='北海铁山港')  # a city before a port (round 4)
s(P, '铁山港', False)
F('20万吨级', 20 * WAN, '吨', '散货泊位等级', req=False)  # a scale class (round 4)
F('7个', 7, '个', '建成运营的港航项目')  # after a list ending in 等 (round 2)
s(P, '北部湾港', False)  # the port
s(P, '北部湾', ctx='北部湾港')  # the gulf before its port (round 4 analogy: a place before a port)
F('20个', 20, '个', '北部湾港新增外贸泊位')
F('8.9小时', 8.9, '小时', '船舶平均待泊时间同比减少')  # a measured average, not a duration of an action
s(P, '渝黔桂', False)  # one-character abbreviations joined (round 2)
Q('氢走廊', 'term', req=False)  # a quoted coinage for a corridor (round 2 “西部数谷”)
s(P, '中国—东盟产业合作区协同发展区', False)  # a zone (round 3)
s(DEP, '中国—东盟产业合作区协同发展区', False, **ZONE)
s(P, '中国', False, ctx='中国—东盟产业合作区')  # places at the start of a zone name (rounds 2–3)
s(DEP, '东盟', False, ctx='东盟产业合作区', **INTL); s(P, '东盟', False, ctx='东盟产业合作区')
F('11.7%', 11.7, '%', '沿边临港产业园区工业投资增长')
F('84.9%', 84.9, '%', '园区规上工业总产值占比')
s(P, '浦寨', False)  # a border locality before a port (口岸) name (undecided: the port rule speaks of cities)
s(P, '中越', False)  # joined abbreviations (round 2)
s(P, '越南河内')  # a chain (round 2)
s(P, '越南', False); s(P, '河内', False)
# RCEP: the name of a treaty, no label (as gwr-004)
s(P, '中国—东盟自贸区', False)  # a free-trade area (a zone, round 3); 3.0 a version number, none (round 3)
s(P, '中国', False, ctx='中国—东盟自贸区')
s(DEP, '东盟', False, ctx='东盟自贸区', **INTL); s(P, '东盟', False, ctx='东盟自贸区')
s(P, '桂', False, ctx='桂企')  # a one-character abbreviation (round 1)
F('463家', 463, '家', '新设外资企业')
# the three cities named in a list before the class name 跨境电商综合试验区 (decided here: required)
s(P, '梧州'); s(P, '北海', ctx='北海、防城港'); s(P, '防城港', ctx='防城港跨境')
# “新三样”产品: a quoted designation of a class of products (ANNOTATION.md: quoted names of products are
# no SLOGAN; round 5 “辽宁优品” for products: optional, kind term); no FIGURE
Q('新三样', 'term', req=False)
F('36.1%', 36.1, '%', '“新三样”产品出口增长')
F('21.6%', 21.6, '%', '中间品出口增长')
# （七）挖掘新型城镇化潜力，提升城市宜居品质。
U('新型城镇化', 'term', req=False)  # a policy phrase (round 7)
F('30个', 30, '个', '县域新型城镇化试点')
U('新型城镇化', 'term', req=False, ctx='县域新型城镇化试点')
F('58.09%', 58.09, '%', '常住人口城镇化率')
F('6.6万套', 6.6 * WAN, '套', '新筹集保障性住房')
F('1195个', 1195, '个', '改造城镇老旧小区')
F('19个', 19, '个', '完整社区试点')
F('10个', 10, '个', '新建成城市应急备用水源')
F('2771公里', 2771, '公里', '建设或改造地下管网')
F('2.64万个', 2.64 * WAN, '个', '新建成汽车公共充电桩')
s(P, '南宁')
F('71%', 71, '%', '城市生活污水集中收集处理率')
s(P, '西部', False, ctx='西部第一')  # a region without a fixed boundary; 第一 a rank, none
F('两个', 2, '个', '入选全国典型案例的城市更新项目')
Q('口袋公园', 'term', req=False)  # a quoted coinage
F('1436个', 1436, '个', '城市公园保有量', ap='exact|more_than')  # 达到 outside
F('883个', 883, '个', '“口袋公园”保有量', ap='exact|more_than')
# （八）加强环境污染防治，保护好山山水水。
F('96.1%', 96.1, '%', '空气质量优良天数比率')
# PM_2.5: a name, not a figure (round 4)
F('25.9微克/立方米', 25.9, '微克/立方米', 'PM2.5平均浓度')
F('99.1%', 99.1, '%', '地表水考核断面水质优良比例')
F('94.9%', 94.9, '%', '近岸海域水质优良比例')
s(P, '西南岩溶国家公园', False)  # a park (venue) and a region inside it
s(P, '西南', False, ctx='西南岩溶')
F('479万亩', 479 * WAN, '亩', '植树造林')
F('7695亩', 7695, '亩', '修复和新造红树林')
s(P, '漓江')  # a river itself (round 4)
F('4条', 4, '条', '漓江支流')
Q('消劣返清', 'term', req=False)  # a quoted coinage for a water-quality target
# wetlands named with their county or city: optional as wholes and parts (round 7's sites and scenic areas)
s(P, '合浦儒艮', False); s(P, '合浦', False)
s(P, '荔浦市荔江', False); s(P, '荔浦市', False); s(P, '荔江', False)
s(P, '东兰县坡豪湖', False); s(P, '东兰县', False); s(P, '坡豪湖', False)
s(P, '北海涠洲岛')  # a chain (round 2): an island of the city
s(P, '北海', False, ctx='北海涠洲岛'); s(P, '涠洲岛', False)
s(P, '防城港', ctx='防城港“蓝色海湾”')
Q('蓝色海湾', 'campaign')  # the quoted name of a national programme (蓝色海湾整治行动)
s(P, '柳江', ctx='柳江柳州市段')  # the river (round 4)
s(P, '柳州市', ctx='柳州市段')  # a stretch named by its city, like 山东段 (prov2026-009)
F('47.9万亩', 47.9 * WAN, '亩', '石漠化综合治理')
F('5.2%', 5.2, '%', '规上工业单位增加值能耗下降')
F('3家', 3, '家', '新创建国家级零碳园区')
F('54家', 54, '家', '新创建自治区级绿色工厂')
F('2家', 2, '家', '新创建绿色园区')
F('3个', 3, '个', '新增生态文明建设示范区', ctx='示范区3个')
Q('两山')  # a quoted coded formula (绿水青山就是金山银山); no FIGURE
F('3个', 3, '个', '新增“两山”实践创新基地', ctx='基地3个')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
