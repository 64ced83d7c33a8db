from _ann import DEP, DT, PE, Ann, P

# Tianjin 2026 government work report, review of 2025: fields (三) reform and
# opening (firms, finance, free-trade zone, port), (四) city governance,
# (五) rural revitalisation and (六) livelihoods (employment, housing, schools,
# hospitals, transport, culture and sport, safety, debt).
A = Ann('prov2026-006', 2226, 4298)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI = 100000000
TJPC = {'level': 'province', 'kind': "people's congress", 'canonical': '天津市人民代表大会常务委员会'}  # Tianjin: a municipality of province level
ENT = {'kind': 'enterprise'}
HOSP = {'kind': 'hospital'}

# （三）进一步提升改革开放质效
U('改革开放', 'term', req=False)                          # a policy and a period (round 5): optional
U('国企改革深化提升行动', 'campaign', req=False)           # unquoted campaign name: optional
s(DEP, '泰达', False, **ENT)                              # enterprises (restructured state firms)
s(DEP, '城投', False, **ENT)
s(DEP, '轨道', False, ctx='轨道、津融', **ENT)
s(DEP, '津融', False, **ENT)
F('7.4%', 7.4, '%', '市属国企利润')
s(DEP, '市人大常委会', **TJPC)                            # a named organ of the city
s(DEP, '人大常委会', False, ctx='市人大常委会审议通过民营', **TJPC)
F('21条', 21, '条', '优化营商环境升级举措')               # the count of articles of a package (rounds 4-5)
s(DEP, '全国工商联', level='central', kind='mass organisation', canonical='中华全国工商业联合会')
s(DEP, '工商联', False, ctx='全国工商联', level='central', kind='mass organisation')
Q('管委会＋公司', 'term', req=False)                      # a quoted model designation: coinage
F('45%', 45, '%', '利用外资')
F('20%', 20, '%', '投资', ctx='、20%')
s(DEP, '金创区', False)                                   # a finance zone, like a development zone
s(P, '金创区', False)
F('超9000亿元', 9000 * 10000 * 10000, '元', '科技贷款余额', ap='more_than')
F('9000亿元', 9000 * YI, '元', '科技贷款余额', ap='exact|more_than', req=False)
F('超300亿元', 300 * YI, '元', '科创债募集资金', ap='more_than')
F('300亿元', 300 * YI, '元', '科创债募集资金', ap='exact|more_than', req=False)
F('2家', 2, '家', '新增上市公司')
s(DEP, '新三板', False)                                    # a securities market, like an enterprise
F('4家', 4, '家', '新三板挂牌')
s(DEP, '自贸试验区', False, ctx='自贸试验区提升战略')       # the zone (a class in the national text)
s(P, '自贸试验区', False, ctx='自贸试验区提升战略')
U('自贸试验区提升战略', 'term', req=False)                 # a policy phrase
s(DEP, '鹏瑞利医院', False, **HOSP)
s(P, '鹏瑞利医院', False)
F('10.1%', 10.1, '%', '出口')
F('28.1%', 28.1, '%', '跨境电商交易额')
s(DEP, '上合组织', False, kind='international', canonical='上海合作组织')  # international organisation
Q('两平台一中心', 'campaign')                              # a quoted coded programme name; no FIGURE
s(PE, '鲁班', False)                                       # a name inside a programme name (鲁班工坊)
F('26个', 26, '个', '鲁班工坊')                            # 增至 is a verb
s(P, '中新天津生态城', False)                              # an eco-city zone, like a development zone
s(DEP, '中新天津生态城', False)
s(P, '中新', False)
s(P, '天津', False, ctx='中新天津生态城')
Q('全球绿色智慧城市', 'term', req=False)                   # a quoted rating received (like “五好”园区)

# 港产城加速融合。
Q('三港一航海上高速FAST', 'term', req=False)               # a quoted name of a shipping service (product)
F('150条', 150, '条', '集装箱航线')
F('超2400万标准箱', 2400 * 10000, '标准箱', '吞吐量', ap='more_than')
F('2400万标准箱', 2400 * 10000, '标准箱', '吞吐量', ap='exact|more_than', req=False)
s(DEP, '中远海运', False, **ENT)
s(DEP, '招商局', False, **ENT)
s(DEP, '国能航运', False, **ENT)
F('476家', 476, '家', '航运服务集聚区新增企业')
F('91艘次', 91, '艘次', '邮轮母港接待邮轮')
F('30余万人次', 300000, '人次', '邮轮母港接待旅客', ap='more_than')

# （四）有力有效推进城市治理
s(P, '机场大道', False)                                   # street names: undecided, optional
s(P, '友谊路', False)
F('58条', 58, '条', '重要道路')                           # after a list ending in 等: required
Q('三站一场', 'term', req=False)                          # a quoted name of a group of buildings (“五大建”)
s(P, '海河', ctx='海河沿线')                              # the river
s(P, '五大道公园', False)                                 # parks: venues
s(P, '五大道', False)
s(P, '设计公园', False)
F('85个', 85, '个', '口袋公园')
U('城市更新', 'term', req=False, ctx='城市更新深入')
s(DEP, '市人大常委会', ctx='提请市人大常委会审议通过城市更新', **TJPC)
s(DEP, '人大常委会', False, ctx='市人大常委会审议通过城市更新', **TJPC)
s(P, '郁江新里', False)                                   # a housing project
F('8个', 8, '个', '更新项目')
F('19个', 19, '个', '城中村')
F('180个', 180, '个', '城镇老旧小区')
s(DEP, '天焦公司', False, **ENT)
F('8978辆（台）', 8978, '辆（台）', '新增新能源重型货车和非道路移动机械', req=False)  # two defensible spans (with or without the
# bracketed second classifier) and no rule: both optional, as 5 / 5大领域 (round 3)
F('8978辆', 8978, '辆', '新增新能源重型货车和非道路移动机械', req=False)
F('36.2微克/立方米', 36.2, '微克/立方米', 'PM2.5年均浓度')   # PM2.5 is a name
F('5%', 5, '%', 'PM2.5年均浓度同比下降', ctx='同比下降5%')
F('77%', 77, '%', '优良天数比例', ap='exact|more_than')      # 达到 outside
F('13天', 13, '天', '优良天数增加', req=False)              # a count of days, read also as a duration: optional (round 4: 129天)

# （五）稳步实施乡村全面振兴
U('乡村全面振兴', 'term', req=False)
F('47.8万亩', 478000, '亩', '高标准农田')
Q('二十二连丰', 'term', req=False)                          # a quoted coinage (like “十一连冠”); no FIGURE
Q('津农精品', 'campaign', req=False)                        # a quoted brand of farm products: undecided
s(P, '津', False, ctx='津农精品')
F('3年', 3, '年', '连续', req=False)                        # a duration
F('百亿元', 100 * YI, '元', '“津农精品”销售额', ap='exact|more_than')  # 突破 outside
F('3个', 3, '个', '国家级农业产业融合发展项目')
s(DEP, '天津智能农业研究院', False, kind='institute')
s(P, '天津', False, ctx='天津智能农业研究院')
F('310公里', 310, '公里', '新建提升农村公路')
F('12个', 12, '个', '乡村旅游重点片区')
F('32条', 32, '条', '精品线路')
F('一批', 1, '批', '精品民宿', req=False)
U('示范小城镇三年攻坚行动', 'campaign', req=False)
F('三年', 3, '年', '示范小城镇攻坚行动', req=False, ctx='三年攻坚')
F('6个', 6, '个', '镇', ctx='完成6个镇')
F('超200亿元', 200 * YI, '元', '农村产权交易额', ap='more_than')
F('200亿元', 200 * YI, '元', '农村产权交易额', ap='exact|more_than', req=False)

# （六）用心用力改善民生
U('民心工程', 'campaign', req=False)                        # an unquoted programme name
U('高质量充分就业', 'term', req=False)
F('13亿元', 13 * YI, '元', '就业创业补贴')
F('32.7万人', 327000, '人', '新增就业')
F('30个', 30, '个', '养老服务综合体', ctx='综合体30个')
F('30个', 30, '个', '示范型老人家食堂', ctx='食堂30个')
F('6957套（间）', 6957, '套（间）', '新筹集保障性租赁住房', req=False)   # as 8978辆（台）: both optional
F('6957套', 6957, '套', '新筹集保障性租赁住房', req=False)
U('加快教育强市建设三年行动', 'campaign', req=False)
F('三年', 3, '年', '加快教育强市建设行动', req=False, ctx='三年行动')
F('25所', 25, '所', '新建改扩建中小学校')
F('1所', 1, '所', '新增本科高校')
s(DEP, '环湖医院天塔院区', False, **HOSP)
s(DEP, '环湖医院', False, **HOSP)
s(P, '天塔', False)
s(DEP, '南开医院中西医结合临床中心', False, **HOSP)
s(DEP, '南开医院', False, **HOSP)
s(P, '南开', False, ctx='南开医院')
s(DEP, '中心妇产滨海院区', False, **HOSP)
s(DEP, '中心妇产', False, **HOSP)
s(P, '滨海', False, ctx='中心妇产滨海院区')
s(P, '津滨', False, ctx='津滨轻轨')                         # two-character abbreviations in a rail name
F('四成', 4, '成', '津滨轻轨高峰运力提升', req=False)         # a ratio in tenths: undecided
Q('海河之夜', 'term', req=False)                            # a quoted event brand (like “村BA”)
s(P, '海河', False, ctx='海河之夜')
s(P, '海河', False, ctx='海河游船')                         # place at the start of a service name
Q('戏聚天津', 'term', req=False)
s(P, '天津', False, ctx='戏聚天津')
s(P, '津湾广场', False)                                     # venues
s(P, '天津之眼', False)
s(P, '天津', False, ctx='天津之眼')
s(P, '古文化街', False)
s(P, '西北角', False)
F('1100余处', 1100, '处', '新建和更新主题体育公园、社区健身园', ap='more_than')
s(P, '海河', False, ctx='海河国际消费季')                   # place at the start of an event name
s(P, '天津', False, ctx='天津马拉松')
F('1287公里', 1287, '公里', '改造供热管网')
F('810公里', 810, '公里', '改造燃气管网')
F('105公里', 105, '公里', '改造供水管网')
F('13处', 13, '处', '消除易积水点位')
s(P, '海河', ctx='海河“25·7”')                              # the basin of the flood
Q('25·7', 'term', req=False)                                # a quoted date code of a flood: undecided
s(DT, '25·7', False, value='2025-07', resolved='2025-07')
Q('一件事', 'campaign', req=False)                          # a quoted measure designation: undecided
F('53家', 53, '家', '融资平台新退出')
U('法治天津', 'formula')                                    # like 法治浙江 (round 3)
s(P, '天津', False, ctx='法治天津')
U('平安天津', 'formula')
s(P, '天津', False, ctx='平安天津')
s(DEP, '综治中心', False)                                   # a class of bodies (round 3)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
