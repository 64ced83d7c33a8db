from _ann import DEP, SL, Ann, P, all_occ

# Shandong 2026 government work report, "三、2026年重点工作", tasks (四) to
# (六): opening-up (trade brands, markets by region, ports, FTZ and the SCO
# demonstration zone), rural revitalisation (“千万工程”, farmland, local
# specialities, village works) and regional development (neighbouring regions,
# the cities' strategies, metropolitan areas, ports, the marine economy).
# Simplified.
A = Ann('prov2026-009', 12926, 14903)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
INT = {'kind': 'international organisation'}
MT = 'more_than|at_least'


def zone(t, **kw):
    """A zone: optional as PLACE and as DEPARTMENT (rounds 3 and 13)."""
    sp = s(P, t, False, **kw)
    s(DEP, t, False, at=sp['start'], kind='zone')


# （四）奋力推进高水平对外开放
U('高水平对外开放', req=False)
s(P, '黄', False, ctx='沿黄沿海')                   # one-character abbreviation
U('双循环', req=False)
Q('万企出海 鲁贸全球', 'term', req=False)          # a quoted brand (round 9: “好品山东 商行天下”)
s(P, '鲁', False, ctx='鲁贸全球')
U('工贸协同、出口品牌培育计划', 'campaign', req=False)
F('十', 10, '', '专精特新外贸优品集群', req=False)   # number before 大 + noun (round 3: 5大领域)
F('十大', 10, '大', '专精特新外贸优品集群', req=False)
U('专精特新', req=False)
s(P, '中亚', False)                                # regions without a fixed boundary
s(P, '中东', False)
s(P, '拉美')                                       # round 12: 非洲 and 拉美 required
s(P, '非洲')
s(P, '东盟', False); s(DEP, '东盟', False, **INT)  # as a market (round 12)
F('500场以上', 500, '场', '组织企业参加境外展洽活动', ap=MT)
zone('国家服务贸易创新发展示范区')
zone('数字贸易示范区')
Q('跨境电商+产业带', 'campaign')                  # quoted programme name (…培育工程)
s(P, '北方', False, ctx='北方跨境')
s(P, '青岛', ctx='青岛港、日照港'); s(P, '青岛港', False)   # a city before a port (round 4)
s(P, '日照', ctx='日照港国家'); s(P, '日照港', False)
Q('至诚山东 近悦远来', 'term', req=False)          # a quoted brand (…招商品牌)
s(P, '山东', False, ctx='至诚山东')
F('一批', 1, '批', '境外经贸合作园区', ap='about', req=False)
s(P, '青岛', False, ctx='青岛峰会')                # place inside an event name
s(P, '港澳', False, ctx='港澳山东周'); s(P, '山东', False, ctx='山东周、')
s(P, '鲁台', False); s(P, '鲁', False, ctx='鲁台'); s(P, '台', False, ctx='鲁台')
s(P, '新加坡', False); s(P, '山东', False, ctx='山东周等')
zone('自贸试验区', ctx='开展自贸试验区')
F('30项以上', 30, '项', '自贸试验区重点产业系统集成改革创新成果', ap=MT)
zone('自贸试验区', ctx='争取自贸试验区')
zone('上合示范区')
s(DEP, '上合', False, ctx='上合示范区', **INT)
s(DEP, '上合', False, ctx='上合经贸', **INT)
s(DEP, '上合', False, ctx='上合资本港', **INT)
zone('海南自贸港')
s(P, '海南', False)
zone('中新济南未来产业城')
s(P, '中新', False, ctx='中新济南'); s(P, '济南', False, ctx='中新济南')   # inside a park's name: undecided
s(DEP, '中新绿色科技研究院', False, kind='institute')
s(P, '中新', False, ctx='中新绿色')
U('新时代', req=False, ctx='新时代山东')
s(P, '山东', ctx='新时代山东')
# （五）奋力推进乡村全面振兴
U('乡村全面振兴', req=False)
Q('千万工程', 'campaign')
U('乡村振兴齐鲁样板', req=False)
U('乡村振兴', req=False, ctx='乡村振兴齐鲁样板')
s(P, '齐鲁', False, ctx='齐鲁样板')
F('100个左右', 100, '个', '新建提升省级片区', ap='about')
U('国企助力乡村振兴', 'campaign', req=False)
U('乡村振兴', req=False, ctx='国企助力乡村振兴')
Q('乡村振兴合伙人', 'term', req=False)             # quoted designation of people in an action's name: undecided
Q('齐鲁粮仓', 'campaign', req=False)               # quoted designation of a programme or a metaphor: undecided
s(P, '齐鲁', False, ctx='齐鲁粮仓')
U('耕地红线', req=False)
U('高标准农田', req=False)
F('260个', 260, '个', '新建粮油单产提升引领方')
F('100个', 100, '个', '智慧农业场景', ctx='智慧农业场景100个')
zone('黄河三角洲国家农高区')
s(P, '黄河三角洲', False); s(P, '黄河', False, ctx='黄河三角洲')   # place at the start of a zone's name
zone('潍坊国家农综区')
s(P, '潍坊', False, ctx='潍坊国家农综区')
s(DEP, '全国农产品质量安全国际标准比对中心', False, kind='institute')
F('一批', 1, '批', '现代农事综合服务中心', ap='about', req=False)
s('FIGURE', '30年', False, value=30, approx='exact', unit='年')            # duration (round 13)
F('一批', 1, '批', '营收过百亿元农产品加工企业', ap='about', req=False)
s('FIGURE', '过百亿元', False, value=1e10, approx='more_than', unit='元', subject='营收')  # a scale class (round 3: 百亿级)
s('FIGURE', '百亿元', False, value=1e10, approx='exact|more_than', unit='元', subject='营收')
Q('土特产', 'term', req=False)
# places inside product brands: undecided (round 10: 大同 in 大同黄花菜)
s(P, '日照', False, ctx='日照深海'); s(P, '滨州', False); s(P, '临朐', False)
s(P, '博山', False); s(P, '平邑', False); s(P, '文登', False)
U('集体经济薄弱村设施农业提升计划', 'campaign', req=False)
U('乡村建设行动', 'campaign', req=False)
F('70%以上', 70, '%', '农村生活污水治理率', ap=MT)
F('3500公里', 3500, '公里', '新改建农村公路')
F('500处', 500, '处', '规范提升农村供水厂站')
Q('村村都有救护员', 'campaign')
F('1.7万家', 17000, '家', '改造村卫生室')
F('6000户以上', 6000, '户', '改造农村危房', ap=MT)
F('70个', 70, '个', '新增省级幸福河湖')
U('宜居宜业和美乡村', req=False)
# （六）奋力推进区域协调发展
U('区域协调发展', req=False)
s(P, '黄河流域'); s(P, '黄河', False, ctx='黄河流域')   # round 13: 黄河流域省份
s(DEP, '鲁豫国家区域科技创新中心', False, kind='institute')
s(P, '鲁豫', False)
s(P, '京津冀', False)                                  # joined abbreviations (round 14)
s(P, '京鲁', False)
s(P, '长三角')
s(P, '粤港澳大湾区'); s(P, '粤港澳', False)
s(P, '济南', ctx='济南“强省会”')
Q('强省会', 'formula')                                 # quoted strategy names (…战略)
s(P, '青岛', ctx='青岛“强龙头”')
Q('强龙头', 'formula')
s(P, '烟台')
U('绿色低碳高质量发展示范城市', req=False)
s(P, '潍坊', ctx='潍坊、临沂'); s(P, '临沂'); s(P, '济宁')
s(P, '济青都市圈', False); s(P, '济青', False, ctx='济青都市圈')   # undecided: one area or two
F('100个', 100, '个', '标志性工程', ctx='100个标志性工程')
Q('圈内1小时、济青1.5小时', 'term', req=False)       # a quoted planning target (round 8: “1小时交通圈”)
s('FIGURE', '1小时', False, value=1, approx='exact', unit='小时')
s(P, '济青', False, ctx='济青1.5小时')
s('FIGURE', '1.5小时', False, value=1.5, approx='exact', unit='小时')
F('10个', 10, '个', '产业协同共建园区')
s(P, '渤海湾', False)                                   # at the start of a project's name
U('突破菏泽鲁西崛起', req=False)                        # round 13
s(P, '菏泽', False); s(P, '鲁西', False, ctx='鲁西崛起')
U('县域经济高质量发展行动', 'campaign', req=False)
U('新型城镇化', req=False)
U('城市更新行动', 'campaign', req=False); U('城市更新', req=False)
F('100个', 100, '个', '片区综合更新改造重点项目', ctx='重点项目100个')
F('15万户', 150000, '户', '开工改造老旧小区')
s(P, '鲁西南', False)                                   # region without a fixed boundary
U('小城镇创新提升行动', 'campaign', req=False)
s(P, '威海')
s(P, '青岛', False, ctx='青岛国际航运中心')            # programme designation (round 5)
s(P, '青岛', ctx='青岛港董家口'); s(P, '青岛港', False, ctx='青岛港董家口')
s(P, '董家口', False); s(P, '董家口港区', False)         # a port area: undecided
s(P, '日照', ctx='日照港转型'); s(P, '日照港', False, ctx='日照港转型')
U('现代海洋产业三年行动', 'campaign', req=False)
s('FIGURE', '三年', False, value=3, approx='exact', unit='年')   # duration inside a campaign name
F('5个左右', 5, '个', '新培育现代海洋特色产业集聚区', ap='about')
s(P, '西海岸新区'); s(P, '西海岸', False)                # a new area (round 11: 滨海新区)
U('西海岸新区创新发展先行先试行动计划', 'campaign', req=False)
Q('蓝色动能', 'term', req=False)
# slip fixed: 高质量发展 is a policy phrase, optional at every occurrence (round 2),
# also inside the names of programmes
all_occ(A, SL, '高质量发展', False, kind='formula', quoted=False)


if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
