# Round 39 (annotator r39a), blind. prov2026-010: 2026 government work report of
# Shanxi, range [201, 2513): part 一 “‘十四五’时期工作回顾”, from the opening
# paragraph (省委, 习近平新时代中国特色社会主义思想, 习近平总书记, 山西, 党中央、国务院,
# “十四五”规划, 中国式现代化山西实践) through the eight “——” fields of the five years:
# the economy (超过2.5万亿元, 2020年 / 2025年, “两新”, 196个“两重”, 超2000个, 超万亿元),
# energy (65亿吨, 近三成, 24个省份 ×2, 1.64亿千瓦, 晋电, 750亿立方米), industry (“三改联动”,
# 8211万千瓦, 16条 / 30个 / 4个, “山西精品”), innovation (“百亿工程”, “双一流”, 1‰ / 1%,
# “双高计划”, 怀柔实验室山西研究院, 南极秦岭站, 4500家, 两院), reform and opening
# (“高效办成一件事”, “两个毫不动摇”, “三个集中”, 120.5万户, “三块地”, 山西路径, “1+ N”,
# “十三五”, 武宿综保区, 上海外高桥, “管运分离”, 中欧中亚班列, “新三样”, 67对), towns and
# villages (4767公里, 1万余个, 近千亿元, 三个一号旅游公路, 三晋, 黄河古贤水利枢纽工程,
# “三纵九横、八河连通”), the green transition (黄河干流山西段, 晋祠泉, “两山”) and
# livelihood (1200余所, 20万人口以上, 超8万场, 《右玉》《于成龙》《瓷魂》, 陶寺,
# 山西博物院, 平安山西). Traditional (OpenCC s2t of the simplified source). Cut at
# paragraph ends: 201 follows the heading “一、‘十四五’时期工作回顾” (left out with the
# page furniture, title lines, byline and salutation before it); 2513 follows the `\n`
# after the livelihood field, before “五年来，政府自身建设取得新成效”. No overlap: the
# next gold of the article starts at 3076.
from _ann import CC, DEP, DT, PE, SL, Ann, P

A = Ann('prov2026-010', 201, 2513, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI, WAN = 100000000, 10000
SXPC = {'level': 'province', 'kind': 'party', 'canonical': '中共山西省委员会'}
GOV = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
INST = {'kind': 'institute'}
MORE = 'more_than|at_least'
REACH = 'exact|more_than'                       # 达到 / 突破 N: the verb outside (guide)


def sx(ctx, req=True):
    """山西 as the province the text is about (earlier Shanxi golds): required."""
    s(P, '山西', req, ctx=ctx)


def plan(t, v, ctx):
    """“十四五” / “十三五”: optional as DATE and as SLOGAN kind period (README, conventions decided here)."""
    sp = s(DT, t, False, ctx=ctx, value=v)
    s(SL, t, False, at=sp['start'], kind='period', quoted=True)


def opt_fig(t, v, u, subj, ctx=None, ap='exact'):
    """An optional FIGURE (durations, ranks, anaphoric counts, thresholds: README FIGURE)."""
    s('FIGURE', t, False, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)


# “十四五”时期是我省发展历程中极不寻常、极不平凡的五年。
plan('十四五', '2021/2025', '“十四五”时期是')
opt_fig('五年', 5, '年', '', ctx='极不平凡的五年')                # a duration (README FIGURE)
# 在省委坚强领导下，全省上下坚持以习近平新时代中国特色社会主义思想为指导，
s(DEP, '省委', ctx='在省委坚强领导下', **SXPC)                    # the provincial committee (prov2026-010-blueprint)
sp = U('习近平新时代中国特色社会主义思想')                         # required (guide)
s(PE, '习近平', False, at=sp['start'])                             # the name inside the ideology (guide): optional
s(P, '中国', False, at=sp['start'] + 6)                            # inside the formula's name (README PLACE)
# 认真贯彻习近平总书记对山西工作的重要讲话重要指示精神，坚决贯彻党中央、国务院决策部署，
s(PE, '习近平', title='总书记', ctx='贯彻习近平总书记')            # guide: title outside the span
sx('对山西工作')
s(DEP, '党中央', **CC)                                             # guide: 党中央 standing alone
s(DEP, '国务院', **GOV)                                            # a named central organ (guide)
# 克服新冠肺炎疫情、能源市场波动…: an epidemic, not annotated (earlier golds)
U('高质量发展', req=False, ctx='推动高质量发展')                   # a policy phrase (round 2; README): optional
# “十四五”规划主要目标任务基本完成，…中国式现代化山西实践迈出新的坚实步伐！
plan('十四五', '2021/2025', '“十四五”规划')
U('中国式现代化', req=False, ctx='中国式现代化山西实践')           # as the modifier of 山西实践 (round 5 / round 7 rule): optional
s(P, '中国', False, ctx='中国式现代化山西实践')                    # inside it (round 3)
sx('现代化山西实践')                                               # the province the text is about (earlier Shanxi golds)

# ——经济运行稳中有进。地区生产总值超过2.5万亿元、年均增长5%。
F('超过2.5万亿元', 2.5 * 10000 * YI, '元', '地区生产总值', ap='more_than')   # 超过 inside (guide)
F('5%', 5, '%', '地区生产总值年均增长', ctx='年均增长5%')
# 人均GDP从2020年的5.2万元提高到2025年的7.4万元。
s(DT, '2020年', value='2020')
F('5.2万元', 5.2 * WAN, '元', '人均GDP（2020）')                   # README FIGURE: the year in the subject
s(DT, '2025年', value='2025', ctx='到2025年')
F('7.4万元', 7.4 * WAN, '元', '人均GDP（2025）')
# “两新”政策持续扩围提质，196个“两重”项目全部开工。
Q('两新', 'campaign')                                              # quoted policy names (round 5)
F('196个', 196, '个', '“两重”项目')
Q('两重', 'campaign')                                              # round 5; no FIGURE inside
# 开展重大项目建设年行动，实施省级重点工程项目超2000个，完成投资超万亿元。
U('重大项目建设年行动', 'campaign', req=False)                     # an unquoted …行动 name (round 14 list; prov2026-010-greening): optional
F('超2000个', 2000, '个', '省级重点工程项目', ap='more_than')     # 超 inside (guide)
F('超万亿元', 10000 * YI, '元', '完成投资', ap='more_than')       # value without digits (guide: 千亿元)

# ——能源革命纵深推进。综合改革试点进展顺利，五大基地建设取得积极成效。
U('能源革命', req=False, ctx='——能源革命')                         # a policy phrase (prov2026-010-blueprint: undecided, optional)
U('五大基地', 'term', req=False)                                   # an unquoted numbered designation (decided here: optional); no FIGURE
# 能源保供彰显山西担当，五年生产原煤65亿吨，占全国近三成，以长协价为24个省份保供电煤20亿吨。
sx('彰显山西担当')
opt_fig('五年', 5, '年', '', ctx='五年生产原煤')                  # a duration
F('65亿吨', 65 * YI, '吨', '原煤生产（五年）')
F('近三成', 3, '成', '原煤产量占全国比重', ap='less_than')       # 近 inside (guide); 成 as unit (README round 25: 超三成)
F('24个', 24, '个', '保供电煤省份', ctx='为24个省份')
F('20亿吨', 20 * YI, '吨', '保供电煤')
# 智能化煤矿达到400座，煤炭先进产能占比提高到84%。电力装机容量达到1.64亿千瓦，晋电外送24个省份、规模居全国前列。
F('400座', 400, '座', '智能化煤矿', ap=REACH)
F('84%', 84, '%', '煤炭先进产能占比')
F('1.64亿千瓦', 1.64 * YI, '千瓦', '电力装机容量', ap=REACH)
s(P, '晋', False, ctx='晋电外送')                                  # a one-character abbreviation used alone (guide)
F('24个', 24, '个', '晋电外送省份', ctx='外送24个省份')
# 居全国前列: a rank, none
# 非常规天然气五年累计产量达750亿立方米，成为天然气净输出省份。
opt_fig('五年', 5, '年', '', ctx='五年累计产量')
F('750亿立方米', 750 * YI, '立方米', '非常规天然气累计产量（五年）', ap=REACH)
# …“晋华炉”煤气化系列产品全国市场占有率达到50%以上。 “晋华炉”: a quoted product name (guide): none
F('50%以上', 50, '%', '“晋华炉”煤气化系列产品全国市场占有率', ap=MORE)   # 以上 inside (README FIGURE)
opt_fig('50%', 50, '%', '“晋华炉”煤气化系列产品全国市场占有率', ctx='50%以上', ap='exact|' + MORE)

# ——产业转型步伐加快。炼焦先进产能占比达到100%，炼铁、炼钢先进产能占比分别达到64.3%、62.3%。
F('100%', 100, '%', '炼焦先进产能占比', ap=REACH)
F('64.3%', 64.3, '%', '炼铁先进产能占比', ap=REACH)               # each number of a 分别 list its own span (guide)
F('62.3%', 62.3, '%', '炼钢先进产能占比', ap=REACH)
# 完成煤电机组“三改联动”8211万千瓦。
Q('三改联动')                                                      # a quoted numbered formula (guide: 两个维护); no FIGURE
F('8211万千瓦', 8211 * WAN, '千瓦', '煤电机组“三改联动”')
# 规上制造业、工业战略性新兴产业增加值年均分别增长7%、6.8%。
F('7%', 7, '%', '规上制造业增加值年均增长', ctx='增长7%、')
F('6.8%', 6.8, '%', '工业战略性新兴产业增加值年均增长')
# 开发区规上工业增加值、工业投资年均分别增长5.9%、6.7%。
F('5.9%', 5.9, '%', '开发区规上工业增加值年均增长')
F('6.7%', 6.7, '%', '开发区工业投资年均增长')
# 打造16条省级重点产业链、30个省级重点专业镇，入选国家级中小企业特色产业集群4个，认证“山西精品”200个。
F('16条', 16, '条', '省级重点产业链')
F('30个', 30, '个', '省级重点专业镇')
F('4个', 4, '个', '国家级中小企业特色产业集群', ctx='产业集群4个')
Q('山西精品', 'term', req=False)                                   # a quoted brand designation, like “新三样” (round 10) (decided here: optional term)
sx('山西精品', req=False)                                          # inside a quoted slogan (guide: nesting)
F('200个', 200, '个', '认证“山西精品”')

# ——创新驱动成果丰硕。高等教育“百亿工程”取得标志性成果，两所大学3个学科跻身“双一流”，
Q('百亿工程', 'campaign')                                          # a quoted programme name; no FIGURE (prov2026-010-blueprint)
F('两所', 2, '所', '大学（跻身“双一流”）')                          # a counted quantity (guide)
F('3个', 3, '个', '学科（跻身“双一流”）')
Q('双一流')                                                        # required coded formula (round 14)
# 新增ESI全球前1‰学科1个、前1%学科24个。
opt_fig('1‰', 1, '‰', 'ESI全球排名（前）', ctx='前1‰')            # a rank threshold (guide: ranks optional)
F('1个', 1, '个', '新增ESI全球前1‰学科')
opt_fig('1%', 1, '%', 'ESI全球排名（前）', ctx='前1%')
F('24个', 24, '个', '新增ESI全球前1%学科', ctx='学科24个')
# 本科院校和高职院校实现设区市全覆盖。4所高职院校入选国家第二期“双高计划”。
F('4所', 4, '所', '高职院校（入选“双高计划”）')
Q('双高计划', 'campaign')                                          # quoted programme name (earlier golds)
# 国家级创新平台实现倍增，怀柔实验室山西研究院入轨运行，6家全国重点实验室重组入列，
sp = s(DEP, '怀柔实验室山西研究院', False, **INST)                # a research institute (guide: optional; prov2026-010-industry)
s(DEP, '怀柔实验室', False, at=sp['start'], **INST)
s(P, '怀柔', False, at=sp['start'])
s(P, '山西', False, ctx='山西研究院')                              # a place inside an institute's name (guide: nesting)
F('6家', 6, '家', '全国重点实验室（重组入列）')
s(DEP, '全国重点实验室', False)                                    # a class of laboratories (round 6)
# 手撕钢、核电钢、煤海蛟龙、T1000碳纤维等新技术新产品实现突破 (products: none)，全球首套极地新能源系统落地南极秦岭站。
sp = s(P, '南极秦岭站', False)                                     # a research station: a venue (guide: optional)
s(P, '南极', at=sp['start'])                                                       # the continent the text names (like 丽水 before 丽水机场, round 20; decided here)
s(P, '秦岭站', False, at=sp['start'] + 2)
s(P, '秦岭', False, at=sp['start'] + 2)                              # a name inside the station's name (guide: nesting)
# 高新技术企业突破4500家。在晋两院院士突破两位数。
F('4500家', 4500, '家', '高新技术企业', ap=REACH)                 # 突破 outside (guide)
s(P, '晋', False, ctx='在晋两院')                                  # one-character abbreviation (guide)
s(DEP, '两院', False, kind='institute', canonical='中国科学院、中国工程院')   # the two academies (prov2026-021: optional)
# 两位数: a vague rate (round 35: gwr-004), no figure

# ——改革开放持续深化。认真落实全国统一大市场建设指引，推进高标准市场体系建设，市场准入效能评估实现省市县全覆盖。
U('改革开放', 'term', req=False, ctx='——改革开放')                 # a policy phrase (round 6): optional
U('全国统一大市场', req=False)                                     # conventions decided here: optional
U('高标准市场体系', 'term', req=False)                             # a policy phrase (decided here: optional)
# 50项“高效办成一件事”落地见效。
F('50项', 50, '项', '“高效办成一件事”')
Q('高效办成一件事', 'campaign')                                    # conventions decided here: a quoted slogan, no FIGURE inside
# 坚持和落实“两个毫不动摇”，省属国有资本“三个集中”稳步推进，省属企业主责主业进一步聚焦。
Q('两个毫不动摇')                                                  # quoted numbered formula (gwr-002 earlier ranges)
Q('三个集中')                                                      # quoted numbered formula (guide); no FIGURE
# 优化民营经济发展服务机制，五年净增民营经营主体120.5万户，民间投资年均增速快于全国。
opt_fig('五年', 5, '年', '', ctx='五年净增')
F('120.5万户', 120.5 * WAN, '户', '净增民营经营主体（五年）')
# 农村“三块地”改革试点任务如期完成。
Q('三块地')                                                        # a quoted numbered formula (guide); no FIGURE
# 零基预算改革…; 国家数据知识产权试点通过验收。 (none)
# 县域医疗卫生一体化改革走出山西路径，基层诊疗量增长20%。
sx('走出山西路径')
F('20%', 20, '%', '基层诊疗量增长')
# 建立对外开放“1+ N”政策体系。
Q('1+ N')                                                          # a quoted coded formula, space kept (prov2026-010-blueprint: “1+N”); no FIGURE
# 累计使用外资比“十三五”时期增长71%。
plan('十三五', '2016/2020', '比“十三五”时期增长')
F('71%', 71, '%', '累计使用外资增长（比“十三五”时期）')
# 武宿综保区与上海外高桥合作实施“管运分离”改革成效明显。
s(P, '武宿综保区', False)                                          # a zone: optional as PLACE and DEPARTMENT (round 3: 舟山港综保区)
s(DEP, '武宿综保区', False, kind='zone')
s(P, '武宿', False, ctx='武宿综保区')                               # as in prov2026-010-plans / -blueprint
sp = s(P, '上海外高桥')                                            # a chain of places: one required name, parts optional (rounds 2, 21: 杭州萧山)
s(P, '上海', False, at=sp['start'])
s(P, '外高桥', False)
Q('管运分离', 'campaign')                                          # quoted name of a reform measure (prov2026-018: “自审自发”)
# 跨境电商实现4种模式全覆盖。开行中欧中亚班列721列。
F('4种', 4, '种', '跨境电商模式')
s(P, '中欧', False, ctx='中欧中亚班列')                            # joined abbreviations in a train's name (round 2; prov2026-018)
s(P, '中亚', False, ctx='中欧中亚班列')                            # 中亚 in the train's name: Central Asia or a joined form (decided here: optional)
F('721列', 721, '列', '开行中欧中亚班列')
# 净增有实绩外贸企业1295家、增长50.6%，电动汽车、锂电池、光伏产品“新三样”出口年均增长18%。国际友城达到67对。
F('1295家', 1295, '家', '净增有实绩外贸企业')
F('50.6%', 50.6, '%', '有实绩外贸企业增长')
Q('新三样', 'term', req=False)                                     # a quoted designation of a class of products (round 10)
F('18%', 18, '%', '“新三样”出口年均增长')
F('67对', 67, '对', '国际友城', ap=REACH)

# ——城乡面貌显著改善。常住人口城镇化率达到67.4%。
F('67.4%', 67.4, '%', '常住人口城镇化率', ap=REACH)
# 新建改造城市道路4767公里，更新改造地下管网1.8万公里，较“十三五”时期分别增长4.8%、50%。
F('4767公里', 4767, '公里', '新建改造城市道路')
F('1.8万公里', 1.8 * WAN, '公里', '更新改造地下管网')
plan('十三五', '2016/2020', '较“十三五”时期')
F('4.8%', 4.8, '%', '新建改造城市道路增长（较“十三五”时期）')
F('50%', 50, '%', '更新改造地下管网增长（较“十三五”时期）', ctx='、50%。')
# 改造老旧小区1万余个，惠及120万户居民。公共充电桩达到13万台。
F('1万余个', 1 * WAN, '个', '改造老旧小区', ap=MORE)                # 余 inside (guide)
F('120万户', 120 * WAN, '户', '惠及居民')
F('13万台', 13 * WAN, '台', '公共充电桩', ap=REACH)
# 海绵城市、完整社区等国家试点…; 农村自来水…，建成719个精品示范村。
F('719个', 719, '个', '建成精品示范村')
# 历史性实现市市通动车、县县通高速。
U('市市通动车、县县通高速', req=False)                              # unquoted here, like 市市通高铁、县县通高速 (earlier golds: undecided, optional)
# 农村公路总里程12.96万公里，投资近千亿元、全长1.3万公里的三个一号旅游公路全线贯通。
F('12.96万公里', 12.96 * WAN, '公里', '农村公路总里程')
F('近千亿元', 1000 * YI, '元', '三个一号旅游公路投资', ap='less_than')   # 近 inside; value without digits (guide)
F('1.3万公里', 1.3 * WAN, '公里', '三个一号旅游公路全长')
opt_fig('三个', 3, '个', '一号旅游公路')                          # a count of known roads, anaphoric (README FIGURE: optional); 一号: an ordinal
# 三晋人民期盼已久的黄河古贤水利枢纽工程开工建设，
s(P, '三晋', False)                                                # a historical name of Shanxi (round 5): optional
U('黄河古贤水利枢纽工程', 'campaign', req=False)                   # a project name (round 2; like 黄河古贤山西水资源配置工程)
s(P, '黄河', False, ctx='黄河古贤水利')                            # places at the start of / inside a project name (earlier golds)
s(P, '古贤', False)
# “三纵九横、八河连通”的现代水网主骨架和大动脉基本成型。
Q('三纵九横、八河连通')                                            # a quoted numbered formula (guide); no FIGURE inside

# ——绿色转型成效明显。空气质量逐年改善。黄河干流山西段达到Ⅱ类优秀水质，
s(P, '黄河', ctx='黄河干流山西段')                                  # the river the text is about (guide: named places)
sx('干流山西段')                                                   # the province's stretch (decided here: required)
# Ⅱ类: a class, no figure (README: I级)
# 16条主要支流入黄口全部达到优良水质。
F('16条', 16, '条', '主要支流（入黄口达到优良水质）')
s(P, '黄', False, ctx='入黄口')                                     # a one-character abbreviation of the river (guide: optional)
# 晋祠泉断流30年后稳定复流。
sp = s(P, '晋祠泉')                                                # a named spring (guide: named places)
s(P, '晋祠', False, at=sp['start'])                                # a name inside a longer name (guide: nesting)
opt_fig('30年', 30, '年', '晋祠泉断流')                            # a duration (README FIGURE)
# 入选全国美丽河湖优秀案例3个。人工造林规模居全国前列。水土保持率提高到66.26%。
F('3个', 3, '个', '全国美丽河湖优秀案例', ctx='优秀案例3个')
F('66.26%', 66.26, '%', '水土保持率')
# 13个县被命名为国家生态文明建设示范区，9个县（区）获评“两山”实践创新基地。
F('13个', 13, '个', '国家生态文明建设示范区（县）')
F('9个', 9, '个', '“两山”实践创新基地（县（区））')
Q('两山')                                                          # coded formula (round 10)
# 气候投融资、气候适应型城市、近零碳排放试点扎实推进。 (none)

# ——民生福祉不断增进。…全面完成过渡期巩固衔接各项任务，脱贫县农村居民人均可支配收入年均增长8.8%。
F('8.8%', 8.8, '%', '脱贫县农村居民人均可支配收入年均增长')
# 公办托育机构实现县县全覆盖。建设公办幼儿园和认定普惠性民办幼儿园1200余所。
F('1200余所', 1200, '所', '公办幼儿园和普惠性民办幼儿园', ap=MORE)
# 新改扩建义务教育寄宿制学校1700余所，组建600个城乡学校共同体。
F('1700余所', 1700, '所', '新改扩建义务教育寄宿制学校', ap=MORE)
F('600个', 600, '个', '城乡学校共同体')
# 特殊教育学校覆盖20万人口以上的县。
opt_fig('20万人口以上', 20 * WAN, '', '县（人口）', ap=MORE)        # a threshold (README round 24: 亿元以上 optional)
opt_fig('20万', 20 * WAN, '', '县（人口）', ctx='20万人口以上')
# 建设4个国家区域医疗中心和4个省级区域医疗中心，县级综合医院全部达到二甲及以上水平。
F('4个', 4, '个', '国家区域医疗中心', ctx='4个国家区域')
F('4个', 4, '个', '省级区域医疗中心', ctx='4个省级区域')
# 二甲: a hospital class, no figure (earlier golds)
# 落地执行集采药品1220种。
F('1220种', 1220, '种', '集采药品')
# …群众文化惠民工程深入实施，免费送戏下乡超8万场。
U('群众文化惠民工程', 'campaign', req=False)                       # an unquoted …工程 name (round 14 list): optional
F('超8万场', 8 * WAN, '场', '免费送戏下乡', ap='more_than')
# 话剧《右玉》《于成龙》、歌曲《瓷魂》等获国家奖项。
s(P, '右玉', False, ctx='《右玉》')                                 # inside a title of a work (guide: nesting)
s(PE, '于成龙', False, ctx='《于成龙》')
# 陶寺国家考古遗址公园正式挂牌，山西博物院位列国家一级博物馆运行评估第一名。
s(P, '陶寺国家考古遗址公园', False)                                 # a venue (guide; like 大汶口国家考古遗址公园)
s(P, '陶寺', ctx='陶寺国家考古遗址公园')                           # a named archaeological site (round 38: required)
s(DEP, '山西博物院', False, kind='museum')                          # a museum (guide: optional)
sx('山西博物院', req=False)                                        # a place at the start of a name (guide: optional)
# 一级: a class; 第一名: a rank (none)
# 安全生产形势持续向好，…，平安山西建设迈向更高水平。
U('平安山西')                                                      # like 平安浙江 / 平安天津 (rounds 3, 6), unquoted: required
sx('平安山西', req=False)                                          # inside the formula's name (README PLACE)

if __name__ == '__main__':
    A.write()
