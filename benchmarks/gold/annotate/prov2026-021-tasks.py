from _ann import DEP, DT, Ann, P

# 2026 government work report of Hunan, "三、关于2026年工作": the main expected targets
# of 2026, the ten fields announced, field (一) (consumption, investment, the market,
# market entities) and field (二) up to the parks (industrial chains, digital
# empowerment, parks). Simplified. Cut after "…亩均税收增长10%左右。", before 深化两业共融.
A = Ann('prov2026-021', 10443, 12484)
s = A.s
U, Q = A.unquoted, A.quoted
YI, WAN = 100000000, 10000
HNPC = {'level': 'province', 'kind': 'party', 'canonical': '中共湖南省委'}
ENT = {'kind': 'enterprise'}

F = A.figure


# 今年主要预期目标是：…
s(DT, '今年', False, value='2026', resolved='2026')
F('5%左右', 5, '%', '地区生产总值增长', ap='about')
F('1.5%左右', 1.5, '%', '地方一般公共预算收入增长', ap='about')
F('6%', 6, '%', '规模工业增加值增长')
# 正增长: no number
F('4.5%以上', 4.5, '%', '社会消费品零售总额增长', ap='more_than|at_least')
F('4.5%', 4.5, '%', '社会消费品零售总额增长', ap='exact|more_than|at_least', req=False)
F('3%', 3, '%', '进出口总额增长')
F('70万人', 70 * WAN, '人', '城镇新增就业')
F('2%左右', 2, '%', '居民消费价格涨幅', ap='about')
F('615亿斤左右', 615 * YI, '斤', '粮食产量', ap='about')
# 完成全年预期目标，要贯彻好中央精神，落实好省委部署，按照“稳、进、高、新”工作思路，重点抓好十个方面工作：
s(DT, '全年', False, value='2026', resolved='2026')
s(DEP, '中央', False, ctx='中央精神', level='central', kind='party')   # 中央 alone optional
s(DEP, '省委', **HNPC)
Q('稳、进、高、新')                                   # a quoted coded formula (a work approach)
F('十个', 10, '个', '方面工作', req=False)            # an anaphoric count of the list that follows
# （一）全力推动经济稳定增长。
Q('两新', 'campaign')                                 # round 5
U('一刻钟便民生活圈', 'campaign', req=False)          # quoted in Ningxia; unquoted here (undecided)
Q('项目大谋划、谋划大项目', 'campaign')               # the quoted name of an activity (持续开展…)
s(DEP, '中央', False, ctx='中央预算内投资', level='central', kind='state')
Q('硬投资', 'term', req=False)                        # quoted coinages
Q('软建设', 'term', req=False)
F('2万亿元', 2 * WAN * YI, '元', '省重点项目总投资')
F('389个', 389, '个', '省重点项目')
Q('源网荷储', 'term', req=False)                      # a quoted technical designation (undecided)
Q('四网融合')                                         # a quoted coded formula, no FIGURE
Q('十大基础设施项目', 'campaign')                     # like “十大技术攻关项目” (round 3)
for x in ('邵永', '铜吉', '长赣', '宜常', '永清广', '黔吉'):
    s(P, x, False)                                    # abbreviations in railway names (round 3)
F('6条', 6, '条', '高铁')
s(P, '京港澳', False)                                 # abbreviations in expressway names
s(P, '沪昆', False)
s(P, '张官', False)
F('17条', 17, '条', '高速公路')
s(P, '梅山灌区', False)                               # an irrigation district, like a reservoir (round 3)
s(P, '金塘冲水库', False)                             # a reservoir (round 3)
# 加快拓展市场空间。
U('全国统一大市场', req=False)                        # a policy phrase
Q('信用+执法', 'campaign')                            # a quoted model (round 12 “直播+平台+…”)
s(P, '长株潭', False, ctx='长株潭等国家')             # joined abbreviations of three cities (undecided, as in -review)
Q('七大行动', 'campaign')                             # a quoted numbered task list
# 持续壮大经营主体。
Q('个转企、企升规、规改股、股上市', 'campaign')       # a quoted mechanism name
F('800家', 800, '家', '新增规模以上工业企业')
F('1000家', 1000, '家', '新增省级以上专精特新企业', ctx='专精特新企业1000家')
F('100家以上', 100, '家', '新增单项冠军企业', ap='more_than|at_least')
F('100家', 100, '家', '新增单项冠军企业', ap='exact|more_than|at_least', req=False)
F('1000家以上', 1000, '家', '新增限额以上批零住餐企业', ap='more_than|at_least')
F('1000家', 1000, '家', '新增限额以上批零住餐企业', ap='exact|more_than|at_least', req=False, ctx='1000家以上')
F('9500家', 9500, '家', '外贸实绩企业', ap='exact|more_than')   # 突破 outside
# （二）加快建设现代化产业体系。
U('国家重要先进制造业高地', req=False)                # one of the “三个高地”, unquoted (undecided)
Q('4×4')                                              # round 3; no FIGURE
F('13条', 13, '条', '重点产业链')
Q('5+5')                                              # a quoted coded formula, no FIGURE
# 北斗: a satellite system (a product name), not annotated
# cities and enterprises at the start of the project names (round 3: optional)
s(P, '长沙宁乡', False)   # a chain (round 2: one name, parts optional) before a project: optional (slip fixed after the first measurement)
s(P, '长沙', False, ctx='长沙宁乡')
s(P, '宁乡', False)
s(DEP, '圣钘科技', False, **ENT)
s(P, '浏阳', False)
s(DEP, '蓝思科技', False, **ENT)
# 3D玻璃: a product name, no FIGURE
s(P, '株洲', False, ctx='株洲中车')
s(DEP, '株洲中车', False, **ENT)
s(DEP, '中车', False, ctx='株洲中车', **ENT)
s(P, '湘潭', False, ctx='湘潭中联')
s(DEP, '湘潭中联', False, **ENT)
s(DEP, '中联', False, ctx='湘潭中联', **ENT)
s(P, '郴州', False, ctx='郴州新能源')
s(P, '娄底', False, ctx='娄底高性能')
Q('十大产业项目', 'campaign')
# 强化数智赋能。
F('10%', 10, '%', '数字经济核心产业增加值增长', ctx='增加值增长10%')
Q('人工智能+', 'campaign')
Q('五个十大')                                         # round 3
F('一批', 1, '批', '标杆企业', req=False)
F('一批', 1, '批', '典型应用场景', req=False, ctx='一批典型')
Q('智赋万企', 'campaign')                             # round 3
Q('上云用数赋智', 'campaign')                         # the quoted name of a national service action
F('一批', 1, '批', '工业互联网平台和服务商', req=False, ctx='一批工业')
Q('数据要素×', 'campaign')                            # like “人工智能+”
s(P, '长沙', False, ctx='长沙数据标注基地')           # a city at the start of a base's name
# 建强产业园区。
Q('五好', 'term', req=False)                          # a quoted rating of parks (round 3)
F('2家', 2, '家', '新增千亿级园区')
F('千亿级', 1e11, '级', '园区', req=False)            # a scale class (round 3)
Q('飞地园区', 'term', req=False)                      # a quoted coinage
F('10%左右', 10, '%', '亩均税收增长', ap='about')

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
