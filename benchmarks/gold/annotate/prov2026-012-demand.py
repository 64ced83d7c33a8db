from _ann import DEP, DT, Ann, P

# Round 41 (annotator r41b, blind): Guangxi 2026 government work report, "三、2026年重点工作",
# tasks (四) to (七), [13275, 15252): consumption (“两新”, “购在中国（广西站）”, 桂林, 涠洲岛,
# 东盟), investment (“两重”, 800个以上, 6%, 70%以上, 平陆运河, ports and railways named by 至:
# 防城港 / 北海 / 南宁至贵港 / 黄桶至百色 / 合浦至湛江 / 贵阳至北海 / 衡阳至南宁, 7个, “四好农村路”,
# 南宁吴圩机场, water and power projects), the business environment (“营商广西·桂在便利”,
# “人工智能+政务服务”, “高效办成一件事”, “综合监管一件事”, 40%以上) and opening-up
# (中国—东盟自贸区, 中越, 2026年 events, 粤港澳大湾区, 京津冀, 长江经济带, 海南自贸港,
# 北部湾港, “工贸强基”). Between `prov2026-012-11483-13274` and `-15252-17371`.
# Annotated on the simplified source, written in traditional script (OpenCC s2t, same length).
A = Ann('prov2026-012', 13275, 15252, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
INTL = {'kind': 'international organisation'}
ZONE = {'kind': 'zone'}
MT = 'more_than|at_least'
WAN = 10000


def asean(ctx):
    """东盟 as a market or region (面向东盟, 东盟国家, in names): optional as PLACE and DEPARTMENT
    (prov2026-012-tasks, round 12)."""
    sp = s(P, '东盟', False, ctx=ctx)
    s(DEP, '东盟', False, at=sp['start'], **INTL)


def yishang(t, v, u, subj, bare):
    """N以上: 以上 inside the span (README conventions, FIGURE), the bare number optional
    (prov2026-018-economy: 7%以上 / 7%)."""
    F(t, v, u, subj, ap=MT)
    F(bare, v, u, subj, ap='exact|at_least', req=False, ctx=t)


def zone(t, ctx=None):
    """A zone or free-trade area: optional as PLACE and as DEPARTMENT (rounds 3 and 13)."""
    sp = s(P, t, False, ctx=ctx)
    s(DEP, t, False, at=sp['start'], **ZONE)


# （四）多措并举提振消费。 (list numbers: none)
Q('两新', 'campaign')                                  # quoted policy names (round 5)
U('城乡居民增收计划', 'campaign', req=False)          # an unquoted plan name (undecided)
# 银发经济, 夜间经济, 首发首店经济: policy terms, none
asean('东盟特色商品')                                   # 东盟 as a region of origin
# 我区: no place (guide: 我省)
Q('购在中国（广西站）', 'campaign')                    # the quoted name of an activity (…活动, guide)
s(P, '中国', False, ctx='购在中国')                    # places inside a quoted slogan: optional (guide)
s(P, '广西', False, ctx='广西站')
s(P, '桂', False, ctx='桂企')                          # one-character abbreviations (round 1)
s(P, '桂', False, ctx='桂品')
# 第16届全区运动会: an ordinal and an event, no span (r40a: 第22届东博会); 全区 no place
Q('一键游广西', 'campaign', req=False)                 # the quoted name of a platform (undecided, like prov2026-018 “基层报表数据只报一次”)
s(P, '广西', False, ctx='一键游广西')
s(P, '桂林')                                            # a city (the destination of the air routes)
s(P, '涠洲岛', False)                                  # at the start of a project's name (guide: nesting); the island itself also defensible (undecided)
# 螺蛳粉产业园: no name of a place, none
asean('面向东盟的跨境')
U('优化消费环境行动', 'campaign', req=False)           # an unquoted 行动 name (livelihood: optional)
# （五）千方百计扩大有效投资。
Q('两重', 'campaign')                                  # round 5; no FIGURE inside
# 超长期特别国债, 地方政府专项债券, 新型政策性金融工具: none
# 自治区重大项目: 自治区 as the level of a list (README round 8: 自治区级), none
yishang('800个以上', 800, '个', '自治区重大项目', '800个')
U('新质生产力')                                         # a fixed designation (README conventions)
s(P, '中国', False, ctx='中国侨商')                    # inside an event's name (README, prov2026-021)
F('6%', 6, '%', '签约落地项目投资完成额增长')
yishang('70%以上', 70, '%', '制造业占比（签约落地项目投资完成额）', '70%')
s(P, '平陆运河')                                        # a canal itself, like a river (prov2026-012-plan)
s(P, '防城港', ctx='防城港30万')                       # a city before its port channel (round 4; momentum.py)
F('30万吨级', 30 * WAN, '吨', '航道等级', req=False)  # a scale class (round 4)
s(P, '北海', ctx='北海20万')
F('20万吨级', 20 * WAN, '吨', '航道等级', req=False)
s(P, '南宁', ctx='南宁至贵港'); s(P, '贵港')          # 至 (README PLACE); 一级: a class, none
s(P, '黄桶'); s(P, '百色', ctx='至百色')                # 至 (README PLACE; momentum.py)
s(P, '合浦'); s(P, '湛江')
F('7个', 7, '个', '续建铁路项目')
s(P, '南珠', False)                                    # joined abbreviations (南宁—珠海) in a railway name (round 2)
s(P, '广西', False, ctx='广西段')                      # the section of a railway named by the region (undecided)
s(P, '贵阳'); s(P, '北海', ctx='北海（')                # 至 (README PLACE)
s(P, '南宁', ctx='南宁至北海段'); s(P, '北海', ctx='北海段')   # a bracketed second route, each place required (README PLACE)
s(P, '衡阳'); s(P, '南宁', ctx='至南宁（')
s(P, '龙胜'); s(P, '南宁', ctx='南宁段')
Q('四好农村路', 'campaign')                            # a quoted programme (prov2026-021); no FIGURE inside
s(P, '南宁', ctx='南宁吴圩机场')                       # the bare city before an airport (round 20; momentum.py)
s(P, '南宁吴圩机场', False)                            # an airport: a venue (README)
s(P, '吴圩', False)                                    # the airport's own name
s(P, '吴圩机场', False)
# T3航站区: none
s(P, '北部湾', False, ctx='环北部湾广西')              # places inside a programme name, optional (momentum.py)
s(P, '广西', False, ctx='北部湾广西水资源')
s(P, '长塘水库', False)                                # a reservoir: optional (round 3; momentum.py 驮英水库)
s(P, '长塘', False)
s(P, '邕北灌区', False)                                # an irrigation district (round 9, r39c): optional
s(P, '邕北', False)                                    # as in momentum.py (undecided)
s(P, '黑水河灌区', False)
s(P, '黑水河', False)                                  # a river at the start of a project name (round 9)
s(P, '白龙', False)                                    # a site at the start of a plant's name (undecided; README 红沿河核电站 optional)
s(P, '红沙', False)
s(P, '钦州', False, ctx='钦州电厂')                    # a city at the start of a plant's name (guide)
# 一期 / 三期: ordinals, none; 源网荷储一体化, 海上风电: none
# （六）加大力度优化营商环境。
U('优化营商环境改进提升三年行动', 'campaign', req=False)   # an unquoted 行动 name
F('三年', 3, '年', '优化营商环境改进提升行动', req=False, ctx='三年行动')   # a duration in a campaign name (README)
Q('营商广西·桂在便利', 'term', req=False)              # a quoted service brand (round 9: “好品山东 商行天下”)
s(P, '广西', False, ctx='营商广西')
s(P, '桂', False, ctx='桂在便利')
Q('人工智能+政务服务', 'campaign')                     # quoted programme (prov2026-018: “人工智能+政务”)
Q('高效办成一件事', 'campaign')                        # quoted reform name; no FIGURE (README conventions)
Q('办不成事', 'term', req=False)                       # “办不成事”反映窗口: a quoted designation of a window (undecided)
Q('综合监管一件事', 'campaign')                        # like “高效办成一件事”
# 乱收费、乱罚款、乱检查: an unquoted list of abuses, none; 内卷式竞争 unquoted, none
s(P, '广西', False, ctx='广西民营经济促进条例')        # inside a regulation's name (README r30c: 自治区优化营商环境条例)
# 广西民营经济促进条例, 行政执法监督条例: regulations named without 《》, none
Q('两重', 'campaign')
Q('两新', 'campaign')
# 政府和社会资本合作新机制: none
yishang('40%以上', 40, '%', '民间投资占比', '40%')
# （七）持续扩大高水平开放。
U('制度型开放', 'term', req=False)                     # README optional list (round 12)
zone('广西自贸试验区')
s(P, '广西', False, ctx='广西自贸试验区')              # a place at the start of a zone's name (round 12)
s(P, '中国—东盟自贸区', False)                          # a free-trade area (a zone, round 3); 3.0版 a version, none
s(P, '中国', False, ctx='中国—东盟自贸区')
asean('东盟自贸区')
# RCEP示范项目集聚区, CEPA先行先试示范基地: treaty names, none (round 6)
s(P, '中越', False)                                    # joined abbreviations (round 2)
# 第23届东博会、峰会: no span (r40a)
s(DT, '2026年', False, value='2026')                   # a year at the head of an event's name (undecided; tasks.py 2026智慧农业)
# 世界林木业大会, 世界运河大会: events, none; 全区口岸: none
asean('东盟国家')
asean('面向东盟的金融')
s(P, '中国', False, ctx='中国—东盟视听周')            # inside an event's name (README, 中国侨商投资大会)
asean('东盟视听周')
U('双循环', 'term', req=False)                         # optional term (earlier rounds)
s(P, '粤港澳大湾区')                                    # round 5
s(P, '粤港澳', False, ctx='粤港澳大湾区')
s(P, '京津冀', False)                                  # joined abbreviations (round 2)
s(P, '长江经济带')                                      # required (README: a region with a defined membership)
s(P, '长江', False, ctx='长江经济带')
zone('海南自贸港')                                      # a zone (round 3)
s(P, '海南', False, ctx='海南自贸港')
zone('防城港国际医学开放试验区')
s(P, '防城港', False, ctx='防城港国际医学')            # a place at the start of a zone's name (round 12)
s(P, '北部湾', ctx='北部湾港')                         # the gulf before its port (README: city-before-port rule)
s(P, '北部湾港', False)                                # a port (round 3: ports optional)
Q('工贸强基', 'campaign')                              # quoted programme name
F('一批', 1, '批', '面向东盟的服务贸易园区', req=False)   # article-like count (round 3)
asean('面向东盟的服务')
asean('面向东盟的航空')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
