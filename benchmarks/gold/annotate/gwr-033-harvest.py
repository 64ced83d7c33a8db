from _ann import DEP, DT, Ann

# Round 41 (annotator r41d, blind): the 2008 State Council government work
# report, "二、2008年主要任务", range [12120, 14222) of gwr-033 (window [12118,
# 14228)), between `gwr-033-10285-12118` and `gwr-033-14228-16557`: the two
# paragraphs left out of task (一) (prices: 今年, the nine 要 with “米袋子”省长负责制
# and “菜篮子”市长负责制; the snow and ice disaster: 近期) and task (二) on agriculture
# (社会主义新农村建设, 三件事, 粮食战略工程, 一批 ×2, 3200万农村人口, 500万农村沼气用户,
# 二三产业; the measures: 上年 ×4, 中央财政 “三农” 5625亿元 / 1307亿元, 最严格的耕地保护制度,
# 农业机械化, 农村综合改革, 中央和地方, 三年左右, 农村基本经营制度, 集体林权制度改革).
# Traditional: the gold text is the OpenCC s2t form of the simplified source
# (same length); the spans are found on the simplified text (_ann.py).
A = Ann('gwr-033', 12120, 14222, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI, WAN = 100000000, 10000
CENTRAL = {'level': 'central', 'kind': 'state'}


def today(ctx):
    """今年: a relative time (round 1; README: 今年 optional), the report's year (as gwr-033-tasks)."""
    s(DT, '今年', False, ctx=ctx, value='2008', resolved='2008')


def lastyear(ctx):
    """上年: a relative time (round 7, r13a: optional), resolved to 2007."""
    s(DT, '上年', False, ctx=ctx, value='2007', resolved='2007')


def zy(ctx):
    """中央 alone (中央财政, 中央和地方): optional (rounds 1, 5, 7)."""
    s(DEP, '中央', False, ctx=ctx, **CENTRAL)


# 防止价格总水平过快上涨，是今年宏观调控的重大任务。
today('是今年宏观调控')
# 一要 … 九要: list numbers (guide: none)
# 九要坚持实行“米袋子”省长负责制和“菜篮子”市长负责制
Q('米袋子', 'term', req=False)                   # r30b: optional term
U('省长负责制', 'term', req=False)               # an unquoted system name, like 市长负责制 (r35d: optional)
Q('菜篮子', 'term', req=False)                   # r14c, round 23: optional term
U('市长负责制', 'term', req=False)               # r35d: optional
# 各级政府: generic (none)
# 近期发生的严重低温雨雪冰冻灾害 … (the disaster: an event, not used as a time; no label)
s(DT, '近期', False)                             # a relative time (README, conventions decided here: optional)
# （二）加强农业基础建设，促进农业发展和农民增收 ((二): a list number)
today('今年，要千方百计')
U('社会主义新农村建设', 'campaign', req=False)   # a policy phrase (r36c: 社会主义新农村 optional)
U('社会主义新农村', 'term', req=False)           # as gwr-033-construction (optional)
F('三件', 3, '件', '事', req=False)               # a count announcing the list, like 四件 in 四件大事 (round 7: optional; slip fixed after the first measurement)
# 一是 … 三是: list numbers
U('粮食战略工程', 'campaign', req=False)         # an unquoted programme name with 工程 (r15b: optional)
F('一批', 1, '批', '高标准农田', req=False)      # 一批 (round 3: optional)
today('今年要再解决')
F('3200万', 3200 * WAN, '', '农村人口')          # a number before a noun without classifier (README FIGURE)
F('3200万农村人口', 3200 * WAN, '', '农村人口', req=False)   # the number with the noun (README: optional)
F('500万', 500 * WAN, '', '农村沼气用户')         # the same (户 belongs to the noun 用户)
F('500万农村沼气用户', 500 * WAN, '', '农村沼气用户', req=False)
F('一批', 1, '批', '大中型沼气项目', req=False, ctx='一批大中型沼气项目')
# 二三产业: ordinals of the sectors (r39c: no FIGURE)
# 主要措施是：一要大力增加投入。
today('今年财政支农')
lastyear('高于上年，国家固定')
lastyear('高于上年，政府')
lastyear('高于上年。调整')
# 耕地占用税, 城市建设维护税: tax names (none)
today('今年中央财政')
zy('中央财政安排')
Q('三农')                                         # a quoted numbered formula (as gwr-033-tasks); no FIGURE
F('5625亿元', 5625 * YI, '元', '中央财政“三农”支出（2008）')
lastyear('比上年增加1307')
F('1307亿元', 1307 * YI, '元', '中央财政“三农”支出比上年增加')
today('从今年起')
U('最严格的耕地保护制度', 'term', req=False)      # a system's name (as gwr-039-agriculture: optional)
U('农业机械化', req=False)                       # r35c: optional formula
U('农村综合改革', 'campaign', req=False)         # a reform name, like 集体林权制度改革 (r31c: undecided, optional)
zy('中央和地方将')
F('三年左右', 3, '年', '基本化解农村义务教育历史债务的时间', 'about', req=False)   # a duration (r30b: optional)
U('农村基本经营制度', 'term', req=False)         # a system's name (round 3: system names optional; undecided)
U('依法自愿有偿原则', 'term', req=False)          # a principle's wording (undecided: optional)
U('依法自愿有偿', 'term', req=False)
U('集体林权制度改革', 'campaign', req=False)     # r31c: optional campaign
# the places: none in the range (粮食主产区, 农村, 县域: no names)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
