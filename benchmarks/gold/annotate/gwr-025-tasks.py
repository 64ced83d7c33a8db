from _ann import DEP, DT, Ann, P

# Round 22: the 2012 State Council government work report, "三、2012年主要任务": task (三)
# from the grain purchase prices on (每50公斤 7.4元 / 16元, 新10年农村扶贫开发纲要, “三农”
# 12287亿元 / 1868亿元, rural reform) and task (四) up to the regional paragraph: industry
# (三网融合), energy saving (千家重点耗能企业), the environment (京津冀, 长三角, 珠三角, PM2.5,
# 2015年, 共同但有区别的责任原则, 中国), regional development (西部大开发新10年, 中部地区崛起,
# 东北地区, 东部地区) and the new areas (上海浦东新区, 天津滨海新区). Simplified.
# A second range of the article (gwr-025.py: [2214, 4186), traditional).
A = Ann('gwr-025', 9458, 11599)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI, WAN = 100000000, 10000
CENTRAL = {'level': 'central', 'kind': 'state'}


def today(ctx):
    """今年: a relative time (round 1), the report's year."""
    s(DT, '今年', False, ctx=ctx, value='2012', resolved='2012')


# 继续提高粮食最低收购价，今年小麦、稻谷最低收购价平均每50公斤分别提高7.4元和16元。
today('今年小麦')
F('50公斤', 50, '公斤', '最低收购价的计价单位（每50公斤）', req=False)   # a per-unit basis, not a counted quantity (undecided)
F('7.4元', 7.4, '元', '小麦最低收购价提高（平均每50公斤）')
F('16元', 16, '元', '稻谷最低收购价提高（平均每50公斤）')
# 实施新10年农村扶贫开发纲要: a duration inside a programme name (round 1: durations optional)
U('新10年农村扶贫开发纲要', 'campaign', req=False)        # a programme document named without 《》 (undecided)
F('10年', 10, '年', '农村扶贫开发纲要的期限', req=False, ctx='新10年农村扶贫')
# 集中连片特殊困难地区: a class of regions, none
# 加强农业农村基础设施建设。今年中央财政用于“三农”的投入拟安排12287亿元，比上年增加1868亿元。
today('今年中央财政')
s(DEP, '中央', False, ctx='中央财政用于', **CENTRAL)       # 中央 in 中央财政 (rounds 1, 5, 7, 8)
Q('三农')                                                 # quoted numbered formula, no FIGURE (round 18)
F('12287亿元', 12287 * YI, '元', '中央财政用于“三农”的投入（2012年拟安排）')
s(DT, '上年', False, ctx='比上年增加', value='2011', resolved='2011')
F('1868亿元', 1868 * YI, '元', '中央财政“三农”投入比上年增加')
# 深化农村改革 …: 农村基本经营制度, 农村集体土地征收补偿条例 (a regulation named without 《》), none

# （四）加快转变经济发展方式
U('转变经济发展方式', 'term', req=False, ctx='（四）加快转变经济发展方式')   # a policy phrase (round 1)
U('发展不平衡、不协调、不可持续', 'term', req=False)
U('转变经济发展方式', 'term', req=False, ctx='关键在于加快转变经济发展方式')
U('战略性新兴产业', 'term', req=False)
# 发展新一代信息技术: 一代 is no figure
U('三网融合', 'term', req=False)                          # an unquoted coded policy term; the numeral is no FIGURE
U('节能减排', 'term', req=False, ctx='推进节能减排和生态')
U('节能减排', 'term', req=False, ctx='节能减排的关键')
# 千家重点耗能企业: number + classifier counting enterprises (the programme is not named as such)
F('千家', 1000, '家', '重点耗能企业（节能减排重点）')
U('节能减排', 'term', req=False, ctx='千家重点耗能企业节能减排')
U('节约资源和保护环境基本国策', req=False)                 # the basic state policy (like 对外开放的基本国策, round 12)
U('循环经济', 'term', req=False)
# 今年在京津冀、长三角、珠三角等重点区域以及直辖市和省会城市开展细颗粒物（PM2.5）等项目监测，2015年覆盖所有地级以上城市。
today('今年在京津冀')
s(P, '京津冀', False)                                     # joined abbreviations (rounds 2, 14)
s(P, '长三角')                                            # standing alone: required (rounds 13, 14)
s(P, '珠三角')                                            # like 长三角 (decided here by analogy)
# 直辖市, 省会城市: generic; PM2.5: a name, no figure (round 2)
s(DT, '2015年', value='2015')
# 地级以上城市: no figure
U('天然林保护', 'campaign', req=False)
U('退耕还林还草', 'campaign', req=False)                  # programme names, unquoted (undecided)
U('退牧还草', 'campaign', req=False)
U('共同但有区别的责任原则')                                # a fixed principle (round 19)
s(P, '中国', ctx='中国绝不靠')
F('一条', 1, '条', '文明发展道路', req=False)             # article count (rounds 3, 15)
U('生产发展、生活富裕、生态良好的文明发展道路', req=False)  # the standard wording of the goal (undecided)
U('生产发展、生活富裕、生态良好', req=False)
# 促进区域经济协调发展 …
U('区域发展总体战略', 'term', req=False)
U('主体功能区规划', 'term', req=False)
U('基本公共服务均等化', 'term', req=False)                # as in gwr-025.py
U('西部大开发', 'campaign')                               # the strategy's fixed name (gwr-041)
s(P, '西部', False, ctx='西部大开发')
F('10年', 10, '年', '西部大开发新阶段的期限', req=False, ctx='新10年的政策')   # a duration
U('中部地区崛起', req=False)                              # round 12: optional
s(P, '中部地区', False)                                   # regions without fixed boundary (rounds 2, 17)
s(P, '东北地区', False)
U('东北地区等老工业基地振兴', req=False)                   # the strategy's wording (振兴东北地区等老工业基地), undecided
s(P, '东部地区', False)
# 革命老区、民族地区、边疆地区和贫困地区: generic classes of regions, none
# 更好地发挥经济特区、上海浦东新区、天津滨海新区 …: 经济特区 generic
s(P, '上海浦东新区')                                      # the longest name (guide); new areas required (rounds 11, 14)
s(P, '上海', False, ctx='上海浦东新区')
s(P, '浦东新区', False)
s(P, '浦东', False, ctx='浦东新区')
s(P, '天津滨海新区')
s(P, '天津', False, ctx='天津滨海新区')
s(P, '滨海新区', False)
s(P, '滨海', False, ctx='滨海新区')
U('改革开放', 'term', req=False, ctx='在改革开放中')             # a policy (round 5)
U('先行先试', 'term', req=False)
U('海洋发展战略', 'term', req=False)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
