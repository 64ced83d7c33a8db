from _ann import DEP, DT, Ann, P

# Round 24: the 2004 State Council government work report, "二、2004年主要任务",
# tasks (二) to the start of (四): agriculture (农业特产税 48亿元, 1个百分点以上, 五年内,
# 70亿元, 中央财政 396亿元, 100亿元, “三农” 300亿元以上 / 20%以上, “六小工程”),
# regional development (西部大开发, 东北地区等老工业基地, 中部地区崛起, 东部地区,
# 东中西, 中西部地区, 东、中、西部地区, 革命老区) and education (《教育振兴行动计划》,
# 西部地区“两基”攻坚计划, 到2007年, 九年义务教育, 100亿元, “以县为主”, 60亿元).
# Simplified.
A = Ann('gwr-039', 6710, 8815)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI = 100000000
MT = 'more_than|at_least'
CENTRAL = {'level': 'central', 'kind': 'state'}


def today(ctx):
    """今年: a relative time (round 1), the report's year."""
    s(DT, '今年', False, ctx=ctx, value='2004', resolved='2004')


def zhongyang(ctx):
    """中央 alone (中央财政, 中央的…): optional (rounds 1 and 5)."""
    s(DEP, '中央', False, ctx=ctx, **CENTRAL)


# （二）巩固和加强农业基础地位，实现农民增收和农业增产
# 我国: no place (round 14)
F('一个', 1, '个', '关键时期', req=False, ctx='处在一个关键')   # an article-like count (rounds 3, 15)
today('今年要按照')
U('统筹城乡发展', 'term', req=False)
# 第一 … 第六: list numbers, none
U('最严格的耕地保护制度', 'term', req=False)
U('优质粮食产业工程', 'campaign', req=False)             # an unquoted programme name (undecided)
# 第三，继续推进农村税费改革。
U('农村税费改革', 'term', req=False, ctx='继续推进农村税费改革')
F('48亿元', 48 * YI, '元', '取消农业特产税每年减轻农民负担')
today('从今年起')
F('1个百分点以上', 1, '个百分点', '农业税税率每年平均降低', ap=MT)
s('FIGURE', '五年', False, ctx='五年内取消', value=5, approx='exact', unit='年')   # a duration
s(DT, '五年内', False)                                    # relative time
today('今年农业税率')
F('70亿元', 70 * YI, '元', '农业税率降低减轻农民负担（今年）')
U('农村税费改革', 'term', req=False, ctx='为支持农村税费改革')
today('今年中央财政拿出')
zhongyang('中央财政拿出')
F('396亿元', 396 * YI, '元', '中央财政用于农村税费改革的转移支付')
# 第四: 国家 alone is no organ; 粮食风险基金 a fund, none
today('今年国家从')
F('100亿元', 100 * YI, '元', '从粮食风险基金拿出直接补贴种粮农民', ctx='拿出100亿元')
# 第五: 各级政府 generic
Q('三农')                                                 # quoted numbered formula, no FIGURE (round 18)
today('今年中央财政投入')
zhongyang('中央财政投入')
F('300亿元以上', 300 * YI, '元', '中央财政“三农”投入增加', ap=MT)
s(DT, '上年', False, ctx='比上年增长20%', value='2003', resolved='2003')
F('20%以上', 20, '%', '中央财政“三农”投入增长', ap=MT)
Q('六小工程', 'campaign')                                # quoted programme name; numeral inside, no FIGURE
U('以工代赈', 'term', req=False)
s(DEP, '农村信用社', False, level='county', kind='enterprise')   # as in gwr-033-reform (undecided)
# 第六: nothing

# （三）统筹区域协调发展，推进西部大开发和东北地区等老工业基地振兴
U('区域协调发展', 'term', req=False, ctx='统筹区域协调发展')
U('西部大开发', 'campaign', ctx='推进西部大开发和')       # the strategy's fixed name (gwr-041, gwr-025)
s(P, '西部', False, ctx='西部大开发和')
s(P, '东北地区', False, ctx='东北地区等老工业基地振兴')    # regions without fixed boundary
U('东北地区等老工业基地振兴', req=False)                   # the strategy's wording (gwr-025-tasks: undecided)
U('区域协调发展', 'term', req=False, ctx='促进区域协调发展')
U('西部大开发', 'campaign', ctx='坚持推进西部大开发')
s(P, '西部', False, ctx='西部大开发，振兴')
U('振兴东北地区等老工业基地', req=False)
s(P, '东北地区', False, ctx='振兴东北地区')
U('中部地区崛起', req=False)                              # round 12: optional
s(P, '中部地区', False, ctx='中部地区崛起')
s(P, '东部地区', False, ctx='鼓励东部地区')
s(P, '东中西', False)                                     # joined one-character abbreviations
# slip fixed: …战略 is the fixed name of a national strategy, required with 战略 and
# the shorter name inside optional (rounds 4, 6: 创新驱动发展战略, 乡村振兴战略, 科技强军战略)
U('西部大开发战略', 'campaign')
U('西部大开发', 'campaign', req=False, ctx='西部大开发战略')
s(P, '西部', False, ctx='西部大开发战略')
U('退耕还林', 'campaign', req=False)                      # programme names, unquoted (gwr-025-tasks)
U('退牧还草', 'campaign', req=False)
U('天然林保护', 'campaign', req=False)
s(P, '东北地区', False, ctx='认真实施东北地区')
U('东北地区等老工业基地振兴战略', req=False)
U('东北地区等老工业基地振兴', req=False, ctx='东北地区等老工业基地振兴战略')
today('今年要有一个')
F('一个', 1, '个', '良好的开端', req=False, ctx='要有一个良好')
zhongyang('落实中央的')
U('自力更生，艰苦创业', 'term', req=False)
s(P, '中部地区', False, ctx='加快中部地区')
U('区域协调发展', 'term', req=False, ctx='是区域协调发展')
s(P, '中部地区', False, ctx='国家支持中部地区')
s(P, '东部地区', False, ctx='东部地区加快发展，有利于')
s(P, '中西部地区', False)
s(P, '东', False, ctx='东、中、西部地区')           # 东、中、西部地区: three regions
s(P, '中', False, ctx='中、西部地区')
s(P, '西部地区', False, ctx='西部地区要加强')
U('共同富裕', req=False)
s(P, '革命老区', False)                                   # a class of regions (undecided)

# （四）继续实施科教兴国战略，坚持走可持续发展之路
U('科教兴国战略')                                          # slip fixed: the fixed name of a national strategy (cpc-011-goals)
U('科教兴国', req=False)
U('可持续发展', 'term', req=False, ctx='坚持走可持续发展')
# 《教育振兴行动计划》: the title of a work, no SLOGAN
today('今年要启动')
s(P, '西部地区', False, ctx='西部地区“两基”')
U('西部地区“两基”攻坚计划', 'campaign', req=False)        # a programme name around a quoted formula
Q('两基')                                                 # quoted numbered formula, no FIGURE
s(DT, '到2007年', False)
s(DT, '2007年', value='2007')
s(P, '西部地区', False, ctx='使西部地区')
s('FIGURE', '九年', False, value=9, approx='exact', unit='年')   # 九年 in 九年义务教育 (round 11)
U('九年义务教育', 'term', req=False)
zhongyang('中央财政将为此')
F('100亿元', 100 * YI, '元', '中央财政为西部地区“两基”攻坚计划投入', ctx='投入100亿元')
Q('以县为主')                                            # the quoted principle of the management system
zhongyang('中央财政和省')
# 省、市（地）财政: generic; 贫困县: generic
# 第二期: an ordinal, none
zhongyang('中央财政将投入60')
F('60亿元', 60 * YI, '元', '中央财政投入第二期农村中小学危房改造')
zhongyang('中央财政和地方财政')
# 高等教育, 职业教育, 民办教育: generic, none
s(DEP, '党', False, ctx='党的教育方针', level='central', kind='party', canonical='中国共产党')   # the Party as a whole (guide: optional)
U('素质教育', 'term', req=False)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
