from _ann import DEP, DT, Ann, P

# Round 25: the 2002 State Council government work report, from the western
# development heading of section 三 to the end of section 四 on foreign capital:
# 西部大开发 and its projects (青藏铁路, 西气东输, 西电东送, 退耕还林, “三北”), the four
# regions (西部 / 中部 / 东部 / 中西部地区, 老少边穷地区), state-enterprise reform (现代企业制度,
# 中央管理的大型企业, the monopoly industries, the basic economic system), the WTO
# accession (世贸组织 ×9, ２００２年１月１日, tariffs １５．３％ → １２％ over ５３００多个 tariff
# lines), foreign trade (“免、抵、退”, 海关, “走出去”) and foreign capital (西部开发, the
# ２０１０年 上海 Expo). Traditional script (OpenCC s2t of the source). A third range of
# the article after gwr-041.py ([146, 2344)) and gwr-041-tasks.py ([2345, 4719)).
A = Ann('gwr-041', 7384, 9609, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
INT = {'kind': 'international organisation'}
CENTRAL = {'level': 'central', 'kind': 'party'}


def this_year(ctx):
    s(DT, '今年', False, ctx=ctx, value='2002', resolved='2002')   # relative time (round 1)


def wto(ctx):
    s(DEP, '世贸组织', False, ctx=ctx, **INT)                        # international organisations optional (round 1)


# 继续实施西部大开发战略，促进地区协调发展。
U('西部大开发战略', 'campaign', ctx='继续实施西部大开发战略')       # a national strategy's fixed name with 战略 (rounds 4, 6; r15d)
U('西部大开发', 'campaign', req=False, ctx='西部大开发战略，促进')  # the shorter name inside it: optional (r15d)
s(P, '西部', False, ctx='西部大开发战略')                           # 西部 in 西部大开发 (round 22)
s(P, '西部地区', False, ctx='加快西部地区')                          # a region without a fixed boundary (round 2)
s(P, '西部', False, ctx='西部地区基础')
U('青藏铁路', 'campaign', req=False)                                 # a project name (西电东送, round 2)
s(P, '青藏铁路', False)                                              # a railway by name (undecided)
s(P, '青藏', False)                                                  # joined abbreviations (gwr-041.py)
U('西气东输', 'campaign', req=False)
U('西电东送', 'campaign', req=False)                                 # gwr-041.py
U('退耕还林', 'campaign', req=False, ctx='继续实施退耕还林')          # gwr-041.py
U('天然林保护', 'campaign', req=False)                               # 天然林保护工程 optional (gwr-041.py)
Q('三北', 'term', req=False)                                         # undecided since round 11
U('防沙治沙工程', 'campaign', req=False)
U('西部大开发', 'campaign', ctx='落实西部大开发')
s(P, '西部', False, ctx='西部大开发的各项')
s(P, '老少边穷地区', False)                                          # a class of regions (undecided)
s(P, '西部地区', False, ctx='西部地区要注重')
s(P, '西部', False, ctx='西部地区要注重')
s(P, '西部地区', False, ctx='向西部地区转移')
s(P, '西部', False, ctx='西部地区转移')
s(P, '中部地区', False)                                              # round 22
s(P, '中部', False, ctx='中部地区')
s(P, '东部地区', False)                                              # round 16
s(P, '东部', False, ctx='东部地区')
s(P, '中西部地区', False)                                            # round 16
s(P, '中西部', False, ctx='中西部地区')
# 深化以国有企业改革为中心的各项改革。
s(DT, '近几年', False)                                               # relative time (round 1)
U('现代企业制度', req=False, ctx='现代企业制度建设')                  # gwr-041.py
this_year('今年要重点检查')
U('现代企业制度', req=False, ctx='建立现代企业制度的情况')
s(DEP, '中央', False, ctx='中央管理的大型企业', **CENTRAL)            # 中央 alone (rounds 1, 5)
F('一批', 1, '批', '具有国际竞争力的大公司和企业集团', req=False, ctx='发展一批')   # round 3
U('以公有制为主体、多种所有制经济共同发展', req=False)               # the system's wording (gwr-045-review)
U('公有制为主体、多种所有制经济共同发展', req=False, ctx='以公有制为主体、多种所有制经济共同发展')
U('社会主义市场经济体制', req=False)                                 # gwr-048.py
# 四、适应加入世贸组织新形势，全面提高对外开放水平
wto('适应加入世贸组织新形势')
wto('我国加入世贸组织，标志')
s(DT, '加入世贸组织第一年', False, value='2002', resolved='2002')    # an event-anchored time (guide)
wto('世贸组织第一年')
wto('适应加入世贸组织的要求')
s(DT, '近年来', False)                                               # relative times (round 1)
s(DT, '近几个月', False)
F('一批', 1, '批', '法律法规', req=False, ctx='制定了一批')
s(DT, '从２００２年１月１日起', False, value='2002-01-01')
s(DT, '２００２年１月１日', value='2002-01-01')
F('１５．３％', 15.3, '%', '关税总水平（降前）')
F('１２％', 12, '%', '关税总水平')
F('５３００多个', 5300, '个', '涉及的税目', ap='more_than')
this_year('今年要在已有工作')
U('法制统一、非歧视、公开透明', req=False)                           # the WTO principles (undecided)
wto('既符合世贸组织规则')
wto('按照加入世贸组织的承诺')
wto('我国作为世贸组织成员')
wto('组织好世贸组织有关')
wto('熟悉世贸组织规则')
# 认真做好对外贸易工作。
U('市场多元化战略', req=False, ctx='继续实施市场多元化战略')          # a strategy name (undecided)
this_year('力争今年')
Q('免、抵、退', 'formula', req=False)                                # a quoted tax procedure (undecided, like “跑、冒、滴、漏”)
s(DEP, '海关', False, level='central', kind='state')                 # undecided (round 13)
Q('走出去')                                                          # the opening-up strategy (round 11)
# 继续积极利用外资，优化外商投资结构。
U('西部开发', 'campaign', req=False)                                 # variant of 西部大开发 (undecided)
s(P, '西部', False, ctx='西部开发和参与')
s(DT, '２０１０年', value='2010')
s(P, '上海', False, ctx='上海世界博览会')                            # a place inside an event name (rounds 4, 8)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
