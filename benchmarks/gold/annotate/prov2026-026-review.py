from _ann import DEP, DT, Ann, P

# Round 11: the Liaoning report's review of 2025, fields "五是" (opening: trade, foreign
# capital, corridors, events), "六是" (regions and cities: the “一圈一带两区”, urban
# renewal counts, rural works, farmland), "七是" (livelihoods: employment, schools,
# hospitals, pensions, old age and children, environment, culture and sport, “蝇贪蚁腐”)
# and "八是" (risks: debt, housing, fishing boats, accidents, petitions). Traditional
# script. A second range of the article (prov2026-026.py: [669, 2554)).
A = Ann('prov2026-026', 3102, 4939, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000; YI = 100000000

# 五是开放型经济全方位推进。
F('8%', 8, '%', '外贸出口总额增长')
F('14个', 14, '个', '跨境电商产业园')
F('123个', 123, '个', '海外仓')
F('16.3%', 16.3, '%', '跨境电商进出口增长')
F('33.8亿美元', 33.8 * YI, '美元', '实际使用外资')
F('10%', 10, '%', '实际使用外资增长')
F('200万标箱', 200 * WAN, '标箱', '海铁联运量', ap='exact|more_than')   # 突破 outside
s(P, '中欧', False, ctx='中欧班列')                                    # joined abbreviations
F('924列', 924, '列', '中欧班列开行')
F('2倍', 2, '倍', '国际公路运输业务量增长')                              # round 5: 1.3倍
F('200条', 200, '条', '集装箱班轮航线', ap='exact|more_than')          # 达到 outside
F('96对', 96, '对', '国际友城', ap='exact|more_than')
F('54%', 54, '%', '入境外国人次增长')
s(P, '中国', False, ctx='中国辽洽会')                                  # a place at the start of an event name; 第六届: ordinal
s(P, '辽', False, ctx='辽洽会')
s(P, '中国', False, ctx='中国粮食交易大会')
s(DT, '2025', False, value='2025', ctx='2025全球')                     # a year inside an event name (round 9)

# 六是城乡区域协同发展。
Q('一圈一带两区', 'formula')                                           # quoted coded formula; no FIGURE
s(P, '沈阳都市圈')                                                     # a metropolitan area: the longest name (undecided)
s(P, '沈阳', False, ctx='沈阳都市圈')
F('260项', 260, '项', '沈阳都市圈跨域通办事项')
F('6%左右', 6, '%', '海洋生产总值增长', ap='about')
s(P, '大连', ctx='大连迈入')
s('FIGURE', '万亿级', False, value=1e12, approx='exact', unit='级')     # a scale class (round 3: 百亿级)
s(P, '辽西先导区', False)                                               # a zone: optional as PLACE and DEPARTMENT (round 3)
s(DEP, '辽西先导区', False, kind='zone')
s(P, '辽西', False)
s(P, '京津冀', False)                                                  # joined abbreviations (round 2)
F('131个', 131, '个', '辽西先导区承接京津冀转移项目')
s(P, '辽东绿色经济区', False)
s(DEP, '辽东绿色经济区', False, kind='zone')
s(P, '辽东', False)
U('兴边富民行动', 'campaign', req=False)                                # unquoted campaign name (round 2)
F('682个', 682, '个', '改造老旧小区')
F('7912公里', 7912, '公里', '改造老旧管网')
F('3.5万户', 3.5 * WAN, '户', '城中村和危旧房改造')
F('6193部', 6193, '部', '更新住宅老旧电梯')
F('318个', 318, '个', '新增口袋公园')
F('43个', 43, '个', '建设完整社区')
U('乡村振兴补短板工程', 'campaign', req=False)                          # project name
F('5500公里', 5500, '公里', '建设改造农村公路')
F('313处', 313, '处', '农村集中供水工程')
s(P, '盘锦大洼区')                                                      # a chain (round 2)
s(P, '盘锦', False); s(P, '大洼区', False)                              # 首批: no figure
s(P, '葫芦岛', ctx='葫芦岛“8')
s(DT, '8·20', False, value='--08-20', resolved='2024-08-20')           # a flood's code (round 6: “25·7”)
Q('8·20', 'term', req=False)
F('476万亩', 476 * WAN, '亩', '新建改造高标准农田')
F('1036万亩', 1036 * WAN, '亩', '黑土地保护工程')
F('超600万亩', 600 * WAN, '亩', '粮食单产提升工程', ap='more_than')       # 超 inside (round 3)
s('FIGURE', '600万亩', False, value=600 * WAN, approx='exact|more_than', unit='亩')
F('515.6亿斤', 515.6 * YI, '斤', '粮食产量')

# 七是民生福祉不断增进。
F('77.9%', 77.9, '%', '民生支出占一般公共预算支出')
F('20件', 20, '件', '民生实事')
F('18条', 18, '条', '促进高质量充分就业政策举措')                       # articles of a policy package (round 5)
F('25.6万人次', 25.6 * WAN, '人次', '补贴性技能培训')                    # 零就业家庭: no figure
F('20个', 20, '个', '县区')
F('1.76万个', 1.76 * WAN, '个', '优质特色普通高中招生计划')
F('14个', 14, '个', '省级区域医疗中心')
F('33个', 33, '个', '紧密型县域医共体')
F('3500所', 3500, '所', '村卫生室')
s(P, '沈阳', ctx='沈阳入选')
F('2%', 2, '%', '退休人员基本养老金上调')
F('174元', 174, '元', '城乡居民基础养老金月最低标准')                    # 提高到: a verb
F('798元', 798, '元', '城乡居民低保月均标准（城市）')
F('676元', 676, '元', '城乡居民低保月均标准（农村）')
F('51万', 51 * WAN, '', '新就业形态人员')                                # number before a noun (round 1)
s('FIGURE', '51万新就业形态人员', False, value=51 * WAN, approx='exact', unit='')
F('700元', 700, '元', '城乡居民医保财政年补助标准')
F('80%以上', 80, '%', '异地就医直接结算率', ap='more_than|at_least')     # 达到 outside, 以上 inside
Q('一老一小', 'formula')                                               # round 9: coded formula
F('2939张', 2939, '张', '新增养老机构床位')
F('1.5万户', 1.5 * WAN, '户', '特殊困难老年人家庭适老化改造')
F('16万', 16 * WAN, '', '儿童')
s('FIGURE', '16万儿童', False, value=16 * WAN, approx='exact', unit='')
s('FIGURE', '一年', False, value=1, approx='exact', unit='年')           # duration (学前一年)
F('60万人', 60 * WAN, '人', '育儿补贴惠及')
F('89.7%', 89.7, '%', '空气质量优良天数比例', ap='exact|more_than')     # 达到 outside
F('5个', 5, '个', '国家美丽海湾')
F('2个', 2, '个', '幸福河湖')
s(P, '辽浑太', False)                                                  # abbreviations of rivers in a project name
s(P, '科尔沁沙地', False)                                               # a place at the start of a campaign name (round 2)
s(P, '科尔沁', False)
U('科尔沁沙地歼灭战', 'campaign', req=False)
s(P, '沈阳中德高端装备制造产业园', False)                                 # a park: optional (round 5)
s(DEP, '沈阳中德高端装备制造产业园', False, kind='zone')
s(P, '沈阳', False, ctx='沈阳中德')
s(P, '中德', False)                                                    # 首批, 国家级: no figure
s(DEP, '东北抗联', False)                                              # inside the title of a work
s(P, '东北', False, ctx='东北抗联')
s('FIGURE', '80周年', False, value=80, approx='exact', unit='周年')      # anniversary
s(DEP, '沈阳文旅青年合唱团', False)                                      # an art troupe
s(P, '沈阳', False, ctx='沈阳文旅')
Q('十五冬', 'term', req=False)                                          # quoted name of a sports event; no FIGURE
s(P, '亚', False, ctx='亚冬会')                                         # 首届: ordinal
Q('校园餐', 'term', req=False)                                         # scare-quoted word
Q('三资', 'formula')                                                   # quoted coded formula (like “三保”)
Q('蝇贪蚁腐', 'term', req=False)                                       # quoted coinage

# 八是风险化解有力有效。
U('高质量发展', 'term', req=False)                                       # optional at every occurrence (round 2)
F('85.2%', 85.2, '%', '融资平台累计压降')
Q('三保', 'formula')                                                   # round 9
F('25项', 25, '项', '优化房地产政策')                                   # a count of the measures of a package (round 5)
F('2.8万套', 2.8 * WAN, '套', '收购存量商品房')
F('65个', 65, '个', '盘活停缓建项目')
Q('木改钢', 'campaign')                                                # quoted programme name
F('952艘', 952, '艘', '更新改造老旧渔船')
F('990艘', 990, '艘', '减船转产')
F('9.5%', 9.5, '%', '生产安全事故起数下降')
F('7.1%', 7.1, '%', '生产安全事故死亡人数下降')
F('3.8%', 3.8, '%', '信访总量下降')
Q('平安护航', 'campaign')                                              # quoted name of a campaign (…专项行动)
F('12%', 12, '%', '刑事案件下降')
F('3.3%', 3.3, '%', '治安案件下降')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
