from _ann import DEP, DT, Ann, P

# Round 36 (annotator r36c), blind. 2008 State Council government work report,
# source range [1303, 3578): the review of the five years 2003–2007, section (一)
# from the agriculture paragraph to the end of the regional paragraph, and the first
# two paragraphs of section (二): agriculture (1335亿元, 中央财政 “三农” 1.6万亿元,
# 近3000亿元, 666.7万公顷, 1650万户, 130万公里, 9748万 农村人口, 亿万农民), science
# (2006－2020年, 3406亿元, 2002年 1288亿元 → 2007年 3664亿元, 1.07% → 1.49%),
# industry and infrastructure (青藏铁路, 三峡工程, 西电东送, 西气东输, 南水北调工程,
# 溪洛渡水电站, 红沿河核电站, 京沪高速铁路, 千万吨级 / 百万吨级, 普光气田, 南堡油田,
# 3.5亿千瓦, 1950年到2002年53年, 19.2万公里, 2.8万公里, 6100公里, 万吨级以上 568个,
# 4.94亿户), energy saving and the environment (“十一五”, 2157万千瓦, 1.12万处, 4659万吨,
# 3747万吨, 8700万吨, 十大重点节能工程, 中央政府, 691个, 京津风沙源治理, 3191万公顷,
# 3460万公顷, 152.6万公顷, 2007年, 上年, 3.27%, 3.14％ and 4.66％), the regions (西部大开发,
# 2800多亿元, 东北地区, 中部地区, 东部地区, 上海浦东新区, 天津滨海新区), rural reform and
# the basic economic system (2006年 / 2002年, 60.98%, 2.23倍, 1.05倍).
# Traditional script: the gold is the OpenCC s2t form of the simplified source (_ann.py).
A = Ann('gwr-033', 1303, 3578, script='traditional')
s = A.s
F, U, Q, Y = A.figure, A.unquoted, A.quoted, A.date
YI, WAN = 100000000, 10000
CENTRE = {'level': 'central'}


def five_years(ctx):
    s('FIGURE', '五年', False, ctx=ctx, value=5, approx='exact', unit='年')   # a duration: optional ('Conventions decided here'; gwr-033.py)


def centre(ctx):
    s(DEP, '中央', False, ctx=ctx, **CENTRE)                                 # 中央 in 中央财政 optional (rounds 1, 5)


def one_batch(ctx, subj):
    F('一批', 1, '批', subj, req=False, ctx=ctx)                             # 一批 optional (round 3)


# 我们从加强农业基础入手 …
F('1335亿元', 1335 * YI, '元', '减轻农民负担（每年）')                       # guide: number + unit, 亿 multiplier
centre('中央财政用于')
Q('三农')                                                                    # a quoted numbered formula, required, no FIGURE (round 18)
five_years('五年累计1.6万亿元')
F('1.6万亿元', 1600000000000, '元', '中央财政用于“三农”的支出（五年累计）')
F('近3000亿元', 3000 * YI, '元', '用于农村基础设施建设的中央财政支出', ap='less_than')   # 近 inside (guide)
five_years('五年新增节水')
F('666.7万公顷', 6667000, '公顷', '新增节水灌溉面积')
F('1650万户', 1650 * WAN, '户', '新增沼气用户')
F('130万公里', 130 * WAN, '公里', '新建改建农村公路')
F('9748万', 9748 * WAN, '', '农村人口（解决饮水困难和饮水安全问题）')        # number before a noun: the number alone ('Conventions decided here')
s('FIGURE', '9748万农村人口', False, value=9748 * WAN, approx='exact', unit='', subject='农村人口')   # the number with the noun optional
U('社会主义新农村', 'term', req=False)                                        # a policy phrase: optional (undecided)
s('FIGURE', '亿万', False, value=YI, approx='about', unit='', subject='农民')   # 亿万 (亿万中华儿女, round 4): optional
# 我们制定了国家中长期科学和技术发展规划纲要 …
U('国家中长期科学和技术发展规划纲要', 'campaign', req=False)                 # the name of a plan, unquoted: optional (undecided)
s(DT, '2006－2020年', False, value='2006/2020')                                # the whole range optional (guide: each complete date a span)
Y('2006', '2006', ctx='2006－2020年')                                         # a year without 年 in an elliptic pair: required ('Conventions decided here')
Y('2020年', '2020')
one_batch('启动一批', '重大专项')
U('创新型国家', 'term', req=False, ctx='推进创新型国家')                      # a policy phrase: optional
# 第三代移动通信: an ordinal, nothing
one_batch('等一批', '重大创新成果')
one_batch('形成了一批', '具有自主知识产权和市场竞争力的产品')
five_years('五年中央财政用于科技')
centre('中央财政用于科技')
F('3406亿元', 3406 * YI, '元', '中央财政用于科技的投入（五年）')
Y('2002年', '2002', ctx='从2002年1288亿元')
F('1288亿元', 1288 * YI, '元', '全社会研究与实验发展经费（2002）')
Y('2007年', '2007', ctx='增加到2007年的3664')
F('3664亿元', 3664 * YI, '元', '全社会研究与实验发展经费（2007）')
F('1.07%', 1.07, '%', '研究与实验发展经费占国内生产总值比重（2002）')
F('1.49%', 1.49, '%', '研究与实验发展经费占国内生产总值比重（2007）')
# 我们制定和实施一系列产业政策 …
one_batch('一批重大工程', '重大工程')
U('青藏铁路', 'campaign', req=False)                                          # a project name (gwr-041-opening.py)
s(P, '青藏铁路', False)                                                       # a railway by name (gwr-041-opening.py)
s(P, '青藏', False)                                                           # joined abbreviations: optional (gwr-041-opening.py)
s('FIGURE', '一年', False, ctx='提前一年', value=1, approx='exact', unit='年')  # a duration: optional ('Conventions decided here')
U('三峡工程', 'campaign', req=False)                                          # a project name: optional campaign (round 12)
s(P, '三峡', False, ctx='三峡工程')                                           # the place at its start: optional (round 12)
U('西电东送', 'campaign', req=False)                                          # gwr-041-opening.py
U('西气东输', 'campaign', req=False)
U('南水北调工程', 'campaign', req=False)                                      # a project name: optional (round 12)
U('南水北调', 'campaign', req=False)
s(P, '溪洛渡水电站', False)                                                   # a hydro-power station optional (round 12)
s(P, '溪洛渡', False)
s(P, '红沿河核电站', False)                                                   # a nuclear power station, like a hydro-power station (round 12)
s(P, '红沿河', False)
s(P, '京沪高速铁路', False)                                                   # a railway by name (round 10 / gwr-041-opening.py)
s(P, '京沪', False)                                                           # joined abbreviations: optional
s('FIGURE', '千万吨级', False, value=10000000, approx='exact', unit='吨级', subject='炼油厂')   # a scale class: optional (round 4)
s('FIGURE', '百万吨级', False, value=1000000, approx='exact', unit='吨级', subject='乙烯')
one_batch('等一批重大项目', '重大项目')
s(P, '普光气田', False); s(P, '普光', False)                                  # an oil / gas field: optional (大庆油田, round 14)
s(DEP, '普光气田', False)
s(P, '南堡油田', False); s(P, '南堡', False)
s(DEP, '南堡油田', False)
five_years('五年新增电力')
F('3.5亿千瓦', 350000000, '千瓦', '新增电力装机（五年）')
Y('1950年', '1950')                                                          # in a range each complete date is a span (guide)
Y('2002年', '2002', ctx='到2002年53年')
s('FIGURE', '53年', False, value=53, approx='exact', unit='年')                # a duration: optional
F('19.2万公里', 192000, '公里', '新增公路（五年）')
F('2.8万公里', 28000, '公里', '新增高速公路（五年）')
F('6100公里', 6100, '公里', '新增铁路营运里程（五年）')
s('FIGURE', '万吨级以上', False, value=10000, approx='more_than', unit='吨级', subject='泊位')   # a scale class: optional (round 4)
F('568个', 568, '个', '建成万吨级以上泊位（五年）')
F('4.94亿户', 494000000, '户', '新增电信用户（五年）')
# 我们高度重视资源节约和环境保护。
s(DT, '十一五', False, value='2006/2010')                                     # a five-year-plan period: optional DATE ('Conventions decided here')
Q('十一五', 'period', req=False)                                              # … and optional SLOGAN kind period
U('节能和减排', 'term', req=False)                                            # undecided: optional
s(DT, '近两年', False)                                                        # relative time (round 1)
U('节能减排', 'term', req=False, ctx='节能减排综合性工作方案')                 # a policy phrase: optional (gwr-025)
U('节能减排', 'term', req=False, ctx='建立节能减排指标体系')
F('一大批', 1, '批', '落后生产能力', req=False)                               # 一大批 optional (round 4)
F('2157万千瓦', 2157 * WAN, '千瓦', '关停小火电')                              # the space before the number stays outside (guide: number + unit)
F('1.12万处', 11200, '处', '关停小煤矿')
F('4659万吨', 4659 * WAN, '吨', '淘汰落后炼铁产能')
F('3747万吨', 3747 * WAN, '吨', '淘汰落后炼钢产能')
F('8700万吨', 8700 * WAN, '吨', '淘汰落后水泥产能')
U('十大重点节能工程', 'campaign', req=False)                                 # a programme name: optional (undecided)
s('FIGURE', '十大', False, value=10, approx='exact', unit='大', subject='重点节能工程')   # a number before 大 + noun: optional (round 3)
s('FIGURE', '十', False, ctx='十大重点', value=10, approx='exact', unit='', subject='重点节能工程')
s(DEP, '中央政府', False, level='central', kind='state', canonical='国务院')  # optional, level central (round 29)
s(DEP, '中央', False, ctx='中央政府', **CENTRE)                               # 中央 alone optional
F('691个', 691, '个', '中央政府投资支持的重点流域水污染防治项目')
U('天然林保护', 'campaign', req=False)                                        # gwr-041-opening.py
U('京津风沙源治理', 'campaign', req=False)                                   # a programme name: optional (like 天然林保护)
s(P, '京津', False, ctx='京津风沙源')                                         # joined abbreviations inside a programme name: optional
five_years('五年累计退耕')
U('退耕还林', 'campaign', req=False)                                          # gwr-041-opening.py
F('3191万公顷', 3191 * WAN, '公顷', '退耕还林、植树造林（五年累计）')        # the space before the number stays outside
U('退牧还草', 'campaign', req=False)                                          # optional (gwr-025)
F('3460万公顷', 3460 * WAN, '公顷', '退牧还草（五年累计）')
five_years('五年整理')
F('152.6万公顷', 1526000, '公顷', '整理复垦开发补充耕地（五年）')
U('节能减排', 'term', req=False, ctx='节能减排取得积极进展')
Y('2007年', '2007', ctx='2007年单位国内生产总值')
s(DT, '上年', False, ctx='比上年下降3.27', value='2006', resolved='2006')       # 上年 optional (round 11)
F('3.27%', 3.27, '%', '单位国内生产总值能耗下降（2007比2006）')
s(DT, '近年来', False)                                                        # relative time (round 1)
s(DT, '上年', False, ctx='比上年分别', value='2006', resolved='2006')
F('3.14％', 3.14, '%', '化学需氧量排放总量下降（2007比2006）')               # full-width ％, unit % (round 9)
F('4.66％', 4.66, '%', '二氧化硫排放总量下降（2007比2006）')
# 我们实施区域发展总体战略。
U('区域发展总体战略', req=False)                                              # optional (gwr-025, round 22)
U('西部大开发', 'campaign')                                                   # required (gwr-041-opening.py, rounds 4, 6)
s(P, '西部', False, ctx='西部大开发继续')                                     # round 22
five_years('五年中央财政支持')
centre('中央财政支持重点')
F('2800多亿元', 2800 * YI, '元', '中央财政支持西部重点建设投资（五年）', ap='more_than')   # 多 inside (guide)
U('振兴东北地区等老工业基地', 'campaign', req=False)                          # optional (gwr-025, round 22)
s(P, '东北地区', False)                                                       # a region: optional (round 22)
s(P, '东北', False, ctx='东北地区')
U('促进中部地区崛起', 'campaign', req=False)                                  # 中部地区崛起 optional (round 12)
U('中部地区崛起', 'campaign', req=False)
s(P, '中部地区', False)                                                       # round 22
s(P, '中部', False, ctx='中部地区崛起')
s(P, '东部地区', False)                                                       # round 16
s(P, '东部', False, ctx='东部地区')
# 经济特区: generic, nothing
s(P, '上海浦东新区')                                                          # the longest name, required (round 22)
s(P, '上海', False, ctx='上海浦东新区')
s(P, '浦东新区', False)
s(P, '天津滨海新区')                                                          # round 22
s(P, '天津', False, ctx='天津滨海新区')
s(P, '滨海新区', False)
# （二）大力推进改革开放 …
# 乡镇机构, 供销合作社, 国有农场: generic, nothing
U('基本经济制度', 'term', req=False)                                         # a policy phrase: optional (undecided)
one_batch('一批具有国际竞争力', '具有国际竞争力的大公司大企业集团')
Y('2006年', '2006', ctx='2006年，全国国有企业')
Y('2002年', '2002', ctx='比2002年增长60.98')
F('60.98%', 60.98, '%', '全国国有企业资产总额增长（2006比2002）')
F('2.23倍', 2.23, '倍', '全国国有企业实现利润增长（2006比2002）')               # unit 倍 (round 5)
F('1.05倍', 1.05, '倍', '全国国有企业税收增长（2006比2002）')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
