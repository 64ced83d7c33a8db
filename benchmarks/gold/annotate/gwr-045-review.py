from _ann import DEP, DT, Ann, P

# Round 24: the 1998 State Council report, review of the five years 1993–1997: the
# economy (GDP, grain, steel, power, railways, roads, telephones, investment, 京九 /
# 南昆 railways, 长江三峡 / 黄河小浪底 dams, “瓶颈”), reform (十四大, the central bank),
# opening up (trade, foreign investment and reserves, 上海浦东新区, treaties,
# 两个市场、两种资源). Digits are spaced in the source (1 9 9 7 年); spans keep the spaces.
# Annotated as traditional (OpenCC s2t of the source).
A = Ann('gwr-045', 371, 2362, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI = 100000000
WAN = 10000
CB = {'level': 'central', 'kind': 'state', 'canonical': '中国人民银行'}


def dur5(ctx):
    """五年 as a duration (五年铁路…, 五年累计): optional FIGURE (guide)."""
    F('五年', 5, '年', '', req=False, ctx=ctx)


# 过去的五年，经济发展保持良好势头，国家经济实力显著增强。
s(DT, '过去的五年', False)                                  # relative time
F('五年', 5, '年', '', req=False, ctx='过去的五年')
s(DT, '1 9 9 7 年', value='1997', ctx='1 9 9 7 年国内生产总值')
F('7 4 7 7 2 亿元', 74772 * YI, '元', '国内生产总值')
F('1 1 ％', 11, '%', '国内生产总值平均每年增长')
s(DT, '八五', False, value='1991/1995')                    # a five-year-plan period (conventions)
Q('八五', 'period', req=False)
s(DT, '本世纪末', False, value='2000')                      # relative time
s(DT, '1 9 8 0 年', value='1980')
# 翻两番: not a figure (like 翻一番)
s(DT, '九五', False, value='1996/2000')
Q('九五', 'period', req=False)
s(DT, '2 0 1 0 年', False, value='2010')                   # year inside a programme's name (2035年远景目标): optional
s(DT, '去年', False, value='1997', resolved='1997')
F('8 ．8 ％', 8.8, '%', '经济增长')
F('0 ．8 ％', 0.8, '%', '商品零售价格涨幅')
Q('高增长、低通胀', 'term', req=False)                       # a quoted description of the situation: undecided
s(DT, '多年来', False)
F('4 ．5 ％', 4.5, '%', '农业增加值平均每年增长')
s(DT, '1 9 9 7 年', value='1997', ctx='1 9 9 7 年粮食产量')
F('4 9 2 5 0 万吨', 49250 * WAN, '吨', '粮食产量')
s(DT, '五年前', False)
F('五年', 5, '年', '', req=False, ctx='五年前')
F('5 0 0 0 万吨', 5000 * WAN, '吨', '粮食产量比五年前增加')
# 我国: not a place (like 全国)
F('1 5 ．3 ％', 15.3, '%', '工业增加值平均每年增长')
s(DT, '1 9 9 7 年', value='1997', ctx='1 9 9 7 年钢产量')
F('1 亿吨以上', 1 * YI, '吨', '钢产量', ap='more_than')
F('2 ．5 亿千瓦', 250000000, '千瓦', '发电装机容量')
dur5('五年铁路正线')
F('1 1 3 4 4 公里', 11344, '公里', '铁路正线铺轨总里程')
F('4 0 8 3 公里', 4083, '公里', '高速公路增加')
F('1 ．1 亿门', 110000000, '门', '电话交换机总容量')
s(DT, '长期以来', False)
dur5('五年全社会固定资产投资')
F('近1 0 万亿元', 10 * WAN * YI, '元', '全社会固定资产投资累计完成', ap='less_than')
s(P, '中西部地区', False)                                   # a region without fixed boundary
s(P, '中西部', False)
F('一大批', 1, '批', '', req=False, ctx='一大批重点建设项目')   # like 一批 (round 2)
s(P, '京九', False)                                        # abbreviations in railway names (round 11)
s(P, '南昆铁路', False)                                     # railway names (成昆铁路): optional
s(P, '南昆', False)
s(P, '长江三峡', False)                                     # places at the start of a project name
s(P, '长江', False, ctx='长江三峡')
s(P, '三峡', False, ctx='长江三峡')
s(P, '黄河小浪底', False)
s(P, '黄河', False, ctx='黄河小浪底')
s(P, '小浪底', False, ctx='黄河小浪底')
F('一批', 1, '批', '', req=False, ctx='一批重大项目')
F('一批', 1, '批', '', req=False, ctx='一批矿产资源')
Q('瓶颈', 'term', req=False)                                # quoted metaphor (guide)

# 以建立社会主义市场经济体制为目标的改革取得重大突破 …
U('社会主义市场经济体制', 'term', req=False)                 # round 6 (社会主义市场经济)
U('社会主义市场经济', 'term', req=False, ctx='社会主义市场经济体制')
s(DT, '五年来', False, ctx='五年来，按照')
F('五年', 5, '年', '', req=False, ctx='五年来，按照')
s(DEP, '中国共产党第十四次全国代表大会', False, level='central', kind='party')  # the congress: an event and an organ (undecided)
s(DT, '中国共产党第十四次全国代表大会', False)
s(DEP, '中国共产党', False, level='central', kind='party')  # the Party as a whole (guide)
s(P, '中国', False, ctx='中国共产党第十四次')
s(DT, '第十四次全国代表大会', False)
s(DEP, '全国代表大会', False, level='central', kind='party', ctx='第十四次全国代表大会')
s(DEP, '中央', False, ctx='中央和地方财力', level='central', kind='state')  # 中央 alone (round 1): the central government
s(DEP, '中央银行', False, **CB)                              # as annotated before: optional
F('一批', 1, '批', '', req=False, ctx='一批有实力')
U('以公有制为主体、多种所有制经济共同发展', req=False)        # the system's wording (undecided)
U('公有制为主体、多种所有制经济共同发展', req=False, ctx='以公有制为主体、多种所有制经济共同发展')

# 对外开放继续扩大，形成了全方位、多层次、宽领域的开放格局。
U('全方位、多层次、宽领域', req=False)                       # the opening's standard wording: undecided
s(DT, '五年来', False, ctx='五年来，我国年进出口')
F('五年', 5, '年', '', req=False, ctx='五年来，我国年进出口')
F('1 6 5 5 亿美元', 1655 * YI, '美元', '年进出口总额（五年前）')
F('3 2 5 1 亿美元', 3251 * YI, '美元', '年进出口总额')
dur5('五年累计')
F('1 8 5 8 亿美元', 1858 * YI, '美元', '外商直接投资实际金额五年累计')
F('1 9 4 亿美元', 194 * YI, '美元', '国家外汇储备（五年前）')
F('1 3 9 9 亿美元', 1399 * YI, '美元', '国家外汇储备')
# 经济特区: generic
s(P, '上海浦东新区')                                        # the longest name; new areas required (rounds 11, 14)
s(P, '上海', False, ctx='上海浦东新区')
s(P, '浦东新区', False, ctx='上海浦东新区')
s(P, '浦东', False, ctx='浦东新区')
s(DT, '五年来', False, ctx='五年来，我国缔结')
F('五年', 5, '年', '', req=False, ctx='五年来，我国缔结')
F('1 8 7 个', 187, '个', '缔结或者参加国际条约')
U('国际国内两个市场、两种资源', req=False)
U('两个市场、两种资源', req=False)                           # numerals inside a formula: no FIGURE

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
