from _ann import DEP, DT, Ann, P

# Round 11: the Zhejiang report's "2026年重点工作", tasks (五) projects, investment and
# private capital, (六) reform and opening (finance pilots, foreign trade, platforms,
# ports, rail and airports) and the first two paragraphs of (七) (land, cities).
# A third range of the article (prov2026-018.py: [21260, 23478); -review: [5480, 7483)).
A = Ann('prov2026-018', 17670, 19419)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000; YI = 100000000; WY = 1000000000000
def quannian():  # 全年: a relative time (round 9), the plan year
    s(DT, '全年', False, value='2026', resolved='2026')

# （五）着力抓项目优投资促招商 — 首批: an ordinal, no figure
Q('千项万亿', 'campaign')                      # quoted programme name; no FIGURE inside
F('1678个', 1678, '个', '“千项万亿”重大项目')
F('1.1万亿元', 1.1 * WY, '元', '年度投资')     # 年度: no date
F('58%', 58, '%', '产业项目数占比', ap='exact|more_than')  # 达到 outside
Q('浙商回归', 'campaign')                      # quoted campaign name
s(P, '浙', False, ctx='浙商回归')               # one-character abbreviation
quannian()
s('FIGURE', '亿元以上', False, value=YI, approx='more_than|at_least', unit='元',
  subject='重大产业项目总投资')                 # a threshold describing what is counted (round 4: 70周岁以上; undecided)
F('3000个以上', 3000, '个', '总投资亿元以上重大产业项目', ap='more_than|at_least')
# 强化项目全生命周期管理
Q('分类分层分级', 'term', req=False)           # quoted name of a way of coordinating (undecided: term or campaign)
s(P, '杭州', False, ctx='杭州芯光')             # a city before a project or enterprise (round 3)
s(P, '沪乍杭', False)                           # abbreviations in a railway name
s(P, '诸暨', ctx='诸暨至嵊州')                   # places joined by 至 in a road name (round 9)
s(P, '嵊州', ctx='诸暨至嵊州')
s(P, '杭淳开', False)
s(P, '衢州', False, ctx='衢州先导')
s(P, '湖州', False, ctx='湖州微腔')
s(P, '台州', False, ctx='台州温玉')             # a city before a railway project
s(P, '温玉', False)
s(P, '杭州', False, ctx='杭州海康')
s(P, '丽水', False, ctx='丽水富乐德')
# 千方百计激发民间投资活力
Q('13条政策', 'campaign')                      # quoted policy name (round 2: “40条”); no FIGURE
Q('非禁即入', 'directive')                     # a quoted principle of market access
F('不低于80%', 80, '%', '专项产业基金、新增能耗、新增工业用地支持民间投资项目比重', ap='at_least')  # round 5: 不少于 inside
s('FIGURE', '80%', False, value=80, approx='exact|at_least', unit='%')
U('新质生产力')                                # round 1
quannian()
F('100个以上', 100, '个', '向民间资本推介重大项目', ap='more_than|at_least')
F('不低于10%', 10, '%', '民间资本参与海上风电、核电等重大项目参股比例', ap='at_least')
s('FIGURE', '10%', False, value=10, approx='exact|at_least', unit='%')

# （六）着力全面深化改革扩大高水平对外开放
s(P, '杭州', False, ctx='杭州和嘉兴科创金融')   # places at the start of pilot designations (round 5: 上海国际经济中心; undecided)
s(P, '嘉兴', False, ctx='杭州和嘉兴科创金融')
s(P, '丽水', False, ctx='丽水普惠金融')
s(P, '杭甬温', False)                           # abbreviations
Q('亩均论英雄', 'campaign')                    # quoted reform name (round 2)
Q('多态融合', 'term', req=False)               # quoted coinage for a land-use mode (undecided)
Q('数据得地', 'campaign')                      # quoted name of a mechanism (reform measure, round 2)
# 促进外经贸提质发展
Q('稳拓调优', 'formula')                       # quoted coded formula; 组合拳 unquoted: none
Q('千团万企拓市场争订单', 'campaign')           # quoted campaign name (…行动); no FIGURE
s(P, '东盟', False)                             # a market named by its organisation
s(DEP, '东盟', False, level='international', kind='international organisation')
s(P, '非洲')
s(P, '中东', False)                             # a region without fixed boundary (round 2; undecided)
s(P, '拉美')                                    # Latin America, a continent's region
Q('直播+平台+跨境电商+海外仓', 'campaign')       # quoted model (round 2: “公路口岸+属地直通”)
F('6%', 6, '%', '服务贸易增长')
F('8%以上', 8, '%', '数字贸易增长', ap='more_than|at_least')
Q('浙里买全球', 'campaign', req=False)          # quoted name of an event series (round 4: “好运山东”系列赛事)
s(P, '浙', False, ctx='浙里买全球')
quannian()
# 提升开放平台能级
Q('三基地两中心', 'formula')                    # quoted coded formula (round 6: “两平台一中心”)
s(P, '舟山港综保区', False)                      # a zone: optional as PLACE and DEPARTMENT (round 3)
s(DEP, '舟山港综保区', False, kind='zone')
s(P, '舟山港', False)
s(P, '舟山', ctx='舟山港综保区')                 # a city before a port (round 4)
s(P, '义乌', False, ctx='义乌国际贸易综合改革')   # place at the start of a reform programme (round 7)
s(P, '义乌', False, ctx='义乌全球数贸中心')      # a city before a centre
# 增强开放枢纽功能 — 一期: a phase, no figure
s(P, '佛渡', False)                             # an island at the start of a terminal's name
s(P, '北仑', False, ctx='北仑支线')              # places before railway lines (round 9)
s(P, '梅山', False, ctx='梅山铁路')
s(P, '中欧', False, ctx='中欧北极')              # joined abbreviations
s(P, '北极', False)                             # inside a shipping route's name
s(P, '宁波舟山港', False)                        # the port: optional
s(P, '宁波舟山', False, ctx='宁波舟山港集装箱')
s(P, '宁波', ctx='宁波舟山港集装箱')              # cities before a port (round 4)
s(P, '舟山', ctx='宁波舟山港集装箱')
F('4500万标箱', 4500 * WAN, '标箱', '宁波舟山港集装箱吞吐量', ap='exact|more_than')  # 达到 outside
s(P, '宁波舟山', False, ctx='宁波舟山国际航运中心')  # places at the start of a programme designation (round 5)
s(P, '宁波', False, ctx='宁波舟山国际航运中心')
s(P, '舟山', False, ctx='宁波舟山国际航运中心')
Q('保7争6', 'formula')                         # quoted coded target; no FIGURE (undecided: formula or term)
s(P, '义甬舟', False)                           # abbreviations of a corridor
s(P, '金丽温', False)
s(P, '金华（义乌）', False)                      # round 7 (undecided)
s(P, '金华', False, ctx='金华（义乌）')
s(P, '义乌', False, ctx='义乌）')
s(P, '中欧', False, ctx='中欧班列集结中心')
s(P, '中欧', False, ctx='中欧班列市场化')
quannian()
F('3000列以上', 3000, '列', '中欧班列开行', ap='more_than|at_least')
s(P, '杭州', ctx='杭州、宁波、温州机场')          # cities before an airport (round 3)
s(P, '宁波', ctx='宁波、温州机场')
s(P, '温州', ctx='温州机场')
s(P, '温州机场', False)
s(P, '嘉兴', ctx='嘉兴专业性航空货运枢纽')        # a city before an air-cargo hub (an airport; by analogy)
s(P, '义乌', ctx='义乌机场')                     # a city before an airport
s(P, '义乌机场', False)
Q('四港', 'formula')                            # quoted coded formula

# （七）着力推动城乡区域协调发展
U('多田套合工程', 'campaign', req=False)         # unquoted project name (round 2)
Q('多田套合', 'campaign', ctx='“多田套合”')       # the programme's quoted name (新增“多田套合”面积), not the words inside 多田套合工程
F('45万亩', 45 * WAN, '亩', '新增“多田套合”面积')
Q('一张图', 'campaign')                         # quoted programme name (round 9: “一张网”工程); no FIGURE
Q('浙里城市、幸福家园', 'term', req=False)        # a quoted brand of the province (round 9: “好品山东 商行天下”)
s(P, '浙', False, ctx='浙里城市')
U('创新、宜居、美丽、韧性、文明、智慧的现代化人民城市', 'formula', req=False)  # standard wording, unquoted (undecided)
F('1.4万户', 1.4 * WAN, '户', '改造城中村')
F('400个', 400, '个', '城镇建设高质量样板')
Q('城市大脑+精细服务', 'campaign')               # quoted model (round 2)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
