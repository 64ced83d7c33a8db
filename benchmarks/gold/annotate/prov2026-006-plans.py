from _ann import DEP, PE, Ann, P

# Tianjin 2026 government work report, "2026年重点工作": task (五) reform and
# opening (state firms, private economy, 工商联, free-trade zone, foreign
# capital and trade, 上合组织, port, expos, districts led by 滨海新区) and the
# first two paragraphs of task (六) city governance (“大城三管”, roads, bridges,
# parks, urban renewal projects).
A = Ann('prov2026-006', 12483, 14492)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI = 100000000
INT = {'kind': 'international organisation'}
ZONE = {'kind': 'zone'}

# （五）加快释放改革开放成效
U('改革开放', 'term', req=False, ctx='加快释放改革开放成效')   # a policy and a period (round 5)
Q('五型', 'formula')                                        # quoted coded formula (“五型”开放); no FIGURE
Q('双管控', 'formula')                                      # quoted coded formula (like “两不一欠”)
Q('高效办成一件事', 'campaign')                              # quoted programme name (gwr-002); no FIGURE
s(DEP, '工商联', level='province', kind='mass organisation',
  canonical='天津市工商业联合会')                             # a named body without level prefix (rounds 3, 5)
s(P, '中国', False, ctx='中国民营企业500强')                  # place at the start of a list/event name
F('500强', 500, '强', '中国民营企业', req=False)              # a rank class (round 3: 前十强)
s(DEP, '自贸试验区', False, ctx='自贸试验区制度创新', **ZONE)  # the zone (Tianjin gold, round 10)
s(P, '自贸试验区', False, ctx='自贸试验区制度创新')
s(DEP, '自贸试验区', False, ctx='自贸试验区布局', **ZONE)
s(P, '自贸试验区', False, ctx='自贸试验区布局')
F('40亿美元', 40 * YI, '美元', '实际使用外资')
Q('保税+', 'term', req=False)                               # quoted business-model coinage
F('超8500亿元', 8500 * YI, '元', '外贸进出口', ap='more_than')
F('8500亿元', 8500 * YI, '元', '外贸进出口', ap='exact|more_than', req=False)
Q('走出去', 'formula')                                      # the quoted opening-up strategy formula
s(DEP, '上合组织', False, canonical='上海合作组织', **INT)     # international organisation
Q('两平台一中心', 'campaign')                                # quoted coded programme (Tianjin gold); no FIGURE
U('鲁班工坊', 'campaign', req=False)                        # unquoted programme brand: undecided
s(PE, '鲁班', False)
Q('一带一路', 'formula')
s(P, '天津', ctx='天津港牵引')                               # a city before a port is required (round 4)
s(P, '天津港', False)                                       # the port itself: venue / enterprise
s(DEP, '天津港', False, kind='enterprise')
s(P, '华北', False)                                         # a region without fixed boundary
s(P, '中欧', False)                                         # joined abbreviations (中阿)
# 世界智能产业博览会 / 国际航运产业博览会 / 世界职业技术教育发展大会: event names, no label

# 做强大区支撑
s(P, '滨海新区', ctx='支持滨海新区')                          # a district of Tianjin (浦东新区, jhsjk2020-044)
s(P, '滨海', False)
Q('当龙头', 'term', req=False)                              # quoted coinages (like “挑大梁”)
s(P, '滨海新区', ctx='以滨海新区开发')
s(P, '滨海', False)
F('20周年', 20, '周年', '滨海新区开发开放上升为国家战略', req=False)  # anniversary
F('五', 5, '', '开发区', req=False, ctx='五大开发区')           # 5大领域 (round 3): optional both ways
F('五大', 5, '大', '开发区', req=False, ctx='五大开发区')
Q('练内功', 'term', req=False)
Q('挑大梁', 'term', req=False)

# （六）不断提升城市治理现代化水平
# 中央城市工作会议: a meeting name, not an organ; 中央 inside it optional (中央 alone, round 1)
s(DEP, '中央', False, ctx='中央城市工作会议')
U('善建善营、善管善治', 'term', req=False)                   # unquoted set phrase of the report
Q('大城三管', 'formula')                                    # quoted coded formula (大城细管、智管、众管)
U('城市管理标准化行动', 'campaign', req=False)               # unquoted campaign names
U('城市道桥设施更新行动', 'campaign', req=False)
s(P, '复康路', False)                                       # street names: optional (round 10)
F('80条', 80, '条', '更新改造道路')                          # after a list ending in 等: required
F('15座', 15, '座', '更新改造桥梁')
F('100条', 100, '条', '整治背街小巷')
F('一批', 1, '批', '特色街区', req=False)
s(P, '元宝岛', False)                                       # a park (venues optional)
Q('阳光物业', 'campaign')                                   # quoted model name (“企呼我办”, round 10)
U('城市更新', 'term', req=False, ctx='优化推进城市更新')
U('城市更新', 'term', req=False, ctx='实施城市更新专项规划')
s(P, '意风区', False)                                       # urban-renewal areas and sites: venues
s(P, '东西里', False)
s(P, '西站南片区', False)
s(P, '西站', False, ctx='西站南片区')
s(P, '赤峰道', False)                                       # street
s(P, '中心花园', False)                                     # park
F('15个', 15, '个', '新项目', ctx='等15个新项目')              # after 等: required
F('4个', 4, '个', '城中村改造')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
