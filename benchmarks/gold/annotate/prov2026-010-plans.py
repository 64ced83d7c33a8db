from _ann import DEP, DT, Ann, P

# Shanxi 2026 government work report, "三、2026年工作安排": the heading, the
# guiding paragraph (“十五五”, 中央经济工作会议, 省委十二届十次、十一次全会,
# 新质生产力), the main targets for 2026 (a range 4.5%—5%, 左右, 45万人),
# task (一) domestic demand (“两新”, “体育+”, 太原市, “两重”, 629个 projects,
# railways and roads by their abbreviations, 超N亿元 / 突破N亿元 targets,
# “小而美”, “内卷式”, “出精品”) and task (二) the energy transition (9条路径,
# 13亿吨左右, 60座, 晋北, 50万千瓦以上, 万千瓦 targets, plants and gas fields by
# name, “绿色能源+制造、+交易、+认证、+金融”, 大同至天津南, 百万吨级, 550大卡以上).
# Simplified. Cut at paragraph ends: from the heading of part 三 through the end
# of task (二), before “（三）着力推进产业升级”.
A = Ann('prov2026-010', 8064, 10246)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI, WAN = 100000000, 10000
SXPC = {'level': 'province', 'kind': 'party', 'canonical': '中共山西省委员会'}
ENT = {'kind': 'enterprise'}
Y26 = {'value': '2026', 'resolved': '2026'}


def plan15(ctx):
    """“十五五”: optional as DATE and as SLOGAN kind period (rounds 1, 6, 12)."""
    sp = s(DT, '十五五', False, ctx=ctx, value='2026/2030')
    s('SLOGAN', '十五五', False, at=sp['start'], kind='period', quoted=True)


# 三、2026年工作安排 (list number 三: none)
s(DT, '2026年', value='2026')
# 2026年是“十五五”开局之年。
s(DT, '2026年', ctx='2026年是', value='2026')
plan15('“十五五”开局')
s(DT, '今年', False, ctx='今年工作', **Y26)
# 中央经济工作会议: a meeting (not annotated as a whole, r7h); 中央 inside optional
s(DEP, '中央', False, ctx='中央经济工作会议', level='central', kind='party')
# 省委十二届十次、十一次全会: the organ with its term ordinal and session numbers: 省委 is the span
s(DEP, '省委', ctx='省委十二届', **SXPC)
s(DEP, '省委', ctx='省委经济工作会议', **SXPC)
U('稳中求进、提质增效', req=False)       # quoted in Zhejiang (round 14); unquoted, first use here (undecided)
U('稳中求进', req=False)                  # inside it, optional as in prov2026-009 (slip fixed after the first measurement)
U('新质生产力')                           # round 1
s('SLOGAN', '稳就业、稳企业、稳市场、稳预期', False, kind='formula', quoted=False)
U('质的有效提升和量的合理增长', req=False)
plan15('实现“十五五”')
# 今年经济社会发展主要目标是：
s(DT, '今年', False, ctx='今年经济社会', **Y26)
F('4.5%', 4.5, '%', '地区生产总值增长', ap='exact|at_least', ctx='4.5%—5%')   # a range: two spans (round 7)
F('5%', 5, '%', '地区生产总值增长', ap='exact|less_than', ctx='—5%')
F('5%', 5, '%', '固定资产投资增长', ctx='固定资产投资增长5%')
F('5%', 5, '%', '社会消费品零售总额增长', ctx='零售总额增长5%')
# 正增长: no number
F('2%左右', 2, '%', '居民消费价格总水平上涨幅度', ap='about')
F('45万人', 45 * WAN, '人', '城镇新增就业人数')
F('5.5%左右', 5.5, '%', '城镇调查失业率', ap='about')
U('新质生产力', ctx='特别是新质生产力')   # required at every occurrence (round 1; slip fixed after the first measurement)
# （一）着力实施扩大内需战略
U('扩大内需战略')                         # a national strategy's fixed name (round 6 analogy, as in Ningxia)
U('扩大内需', 'term', req=False, ctx='扩大内需战略')
Q('两新', 'campaign')                     # round 5
U('提振消费专项行动', 'campaign', req=False)
U('服务消费提质惠民行动', 'campaign', req=False)
Q('体育+', 'campaign')                    # a quoted “X+” model, like “人工智能+” (round 3) and “信用+执法” (round 12)
s(P, '太原市')                             # the city named as actor
F('5', 5, '', '微短剧基地', req=False)     # 5大 + noun: optional both ways (round 3: 5大领域)
F('5大微短剧基地', 5, '', '微短剧基地', req=False)
U('重大项目建设年活动', 'campaign', req=False)
Q('两重', 'campaign')
F('629个', 629, '个', '省级重点工程项目')
s(P, '雄忻', False)                        # abbreviations in railway and road names (round 3)
s(P, '武宿机场', False)                    # an airport (venue)
s(P, '武宿', False)                        # the airport's own name, not a city (as in -review)
s(P, '洪大', False)
s(P, '太绥', False)
U('黄河古贤山西水资源配置工程', 'campaign', req=False)   # a project name (round 2)
s(P, '黄河', False, ctx='黄河古贤')        # places at the start of / inside a project name
s(P, '古贤', False)
s(P, '山西', False, ctx='古贤山西')
F('超600亿元', 600 * YI, '元', '交通基础设施投资', ap='more_than')    # 超 inside (round 3)
F('600亿元', 600 * YI, '元', '交通基础设施投资', ap='exact|more_than', req=False)
F('超220亿元', 220 * YI, '元', '水利投资', ap='more_than')
F('220亿元', 220 * YI, '元', '水利投资', ap='exact|more_than', req=False)
F('超600亿元', 600 * YI, '元', '市政基础设施投资', ap='more_than', ctx='市政基础设施投资超600亿元')
F('600亿元', 600 * YI, '元', '市政基础设施投资', ap='exact|more_than', req=False)
F('11个', 11, '个', '能源重点领域项目')
F('2000亿元', 2000 * YI, '元', '能源重点领域项目投资', ap='exact|more_than')   # 突破 outside
F('1300亿元', 1300 * YI, '元', '制造业投资', ap='exact|more_than')
U('高质量发展', req=False, ctx='人口高质量发展')   # optional at every occurrence (round 2)
F('一批', 1, '批', '民生项目', req=False, ctx='一批“小而美”')
Q('小而美', 'term', req=False)             # a quoted coinage (round 11)
U('规划有安排、投资有必要、资金有来源、成本可管控、运营可持续', 'directive', req=False)
U('全国统一大市场', req=False)             # a policy phrase (Hunan, round 14)
U('市场准入壁垒清理整治行动', 'campaign', req=False)
Q('内卷式', 'term', req=False)             # a quoted coinage
U('知识产权助力转型发展行动', 'campaign', req=False)
Q('出精品', 'directive', req=False)        # a quoted short requirement: directive or coinage (undecided)
# （二）着力推动能源转型
F('9条', 9, '条', '能源科技创新路径')
s('SLOGAN', '新型能源体系', False, kind='formula', quoted=False, ctx='加快构建新型能源体系')
F('13亿吨左右', 13 * YI, '吨', '煤炭产量', ap='about')
F('60座', 60, '座', '新建智能化煤矿')
F('一批', 1, '批', '绿色开采试点', req=False, ctx='一批绿色开采')
s(P, '晋北', False)                        # a region without a fixed boundary (round 2)
F('一批', 1, '批', '省级大型风光基地', req=False, ctx='一批50万')
F('50万千瓦以上', 50 * WAN, '千瓦', '省级大型风光基地规模', ap='more_than|at_least', req=False)  # a scale class (round 4)
F('3000万千瓦', 3000 * WAN, '千瓦', '风电光伏装机规模')
F('2000万千瓦', 2000 * WAN, '千瓦', '风电光伏并网')
# 新一代: none. 四大专项行动 after the closed list of four: an anaphoric count (round 3: 两大主题)
F('四大专项行动', 4, '', '专项行动', req=False)
F('四', 4, '', '专项行动', req=False, ctx='四大专项行动')
U('上大压小', 'term', req=False)
s(DEP, '国电', False, ctx='国电湖东', **ENT)   # an enterprise at the start of a plant's name
s(P, '湖东', False)                        # a place inside a plant's name (undecided)
s(DEP, '同热', False, **ENT)               # 同热三期: a plant by its company's short name (三期 a phase, none)
F('4个', 4, '个', '在建抽水蓄能项目')
F('200万千瓦以上', 200 * WAN, '千瓦', '新增新型储能', ap='more_than|at_least')   # 以上 inside
F('200万千瓦', 200 * WAN, '千瓦', '新增新型储能', ap='exact|more_than|at_least', req=False)
s(P, '大吉煤层气田', False)                # a gas field by name (like reservoirs, round 3)
s(P, '大吉', False)
F('200亿立方米', 200 * YI, '立方米', '非常规天然气产量', ap='exact|more_than')   # 突破 outside
F('超120亿元', 120 * YI, '元', '非常规天然气投资', ap='more_than')
F('120亿元', 120 * YI, '元', '非常规天然气投资', ap='exact|more_than', req=False)
# T800、T1000: product grades (names), none
Q('绿色能源+制造、+交易、+认证、+金融', 'campaign')   # a quoted model (like “信用+执法”, round 12)
U('再电气化工程', 'campaign', req=False)
s(P, '大同', ctx='大同至天津南')           # places joined by 至 in a line's name: each required (round 16)
s(P, '天津南', False)                      # the line's end named by a station (undecided)
s(P, '天津', False, ctx='天津南')
s(P, '晋', False, ctx='晋电外送')          # one-character abbreviation (guide)
F('百万吨级', 100 * WAN, '吨', '工程示范规模', req=False)   # a scale class (round 4)
F('550大卡以上', 550, '大卡', '煤矸石热值', ap='more_than|at_least', req=False)   # a class threshold (undecided)
F('一批', 1, '批', '示范项目', req=False, ctx='一批示范项目')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
