from _ann import DEP, DT, Ann, P

# Round 23: the 2008 State Council government work report, "二、2008年主要任务", fields
# (五) and (六) up to the health-reform paragraph: the thirtieth year of reform and opening
# (30周年, 社会主义初级阶段, 全面建设小康社会), state-enterprise, fiscal and financial reform
# (中国农业银行, 国家开发银行, 中国农业发展银行, 中国邮政储蓄银行, “三农”), opening up
# (“走出去”), education (中西部地区, 1076亿元 → 1562亿元) and health (50%以上, 50元 → 100元,
# 40元 → 80元, 832亿元, 167亿元, 国务院). Annotated on the simplified text, written as
# traditional (OpenCC s2t). A third range of the article (gwr-033.py: [5923, 7853);
# gwr-033-tasks.py: [10285, 12118)).
A = Ann('gwr-033', 16563, 18935, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI = 100000000
CENTRAL = {'level': 'central', 'kind': 'state'}
BANK = {'level': 'central', 'kind': 'enterprise'}


def today(ctx):
    """今年: a relative time (round 1), the report's year."""
    s(DT, '今年', False, ctx=ctx, value='2008', resolved='2008')


def lastyear(ctx, t='去年'):
    s(DT, t, False, ctx=ctx, value='2007', resolved='2007')


def zy(ctx):
    """中央 alone (中央财政, 中央和地方): optional (rounds 1, 5, 7)."""
    s(DEP, '中央', False, ctx=ctx, **CENTRAL)


def bank(name):
    """A state-owned bank: an enterprise, optional (guide); 中国 at its start optional."""
    s(DEP, name, False, **BANK)
    if name.startswith('中国'):
        s(P, '中国', False, ctx=name)


# （五）深化经济体制改革，提高对外开放水平 (list number)
today('今年是改革开放30周年')
U('改革开放', 'term', req=False, ctx='改革开放30周年')          # a policy (round 5)
F('30周年', 30, '周年', '改革开放', req=False)                   # an anniversary (guide: optional)
U('改革开放', 'term', req=False, ctx='改革开放使中国')
s(P, '中国', ctx='使中国发生')                                   # the country, named
# 我国: deictic, not a name (round 17)
U('社会主义初级阶段', req=False)                                 # optional, undecided (rounds 6, 7)
U('全面建设小康社会', req=False)                                 # a goal (round 2)
U('改革开放', 'term', req=False, ctx='推进改革开放。')
today('今年着重')
# 国有企业 / 国有资本 / 主辅分离 / 非公有制经济: generic, no label
# 省以下财政体制改革: 省 generic; 企业所得税法 (a law named without 《》): no label
# 全国范围: 全国 is not a place
bank('中国农业银行')
bank('国家开发银行')
bank('中国农业银行')
bank('中国农业发展银行')
bank('中国邮政储蓄银行')
Q('三农')                                                        # quoted numbered formula (gwr-033-tasks)
# 农村信用社: the class of rural credit cooperatives, a generic noun (undecided: optional)
s(DEP, '农村信用社', False, level='county', kind='enterprise')
# 创业板 (a board of the stock market): no label
Q('走出去')                                                      # the opening-up strategy (round 11)
# 自由贸易区谈判: generic, no label
U('改革开放', 'term', req=False, ctx='在推进改革开放中')
# （六） 更加注重社会建设，着力保障和改善民生 (list number)
# 一是 / 二是 / 三是: list numbers; 全国城乡: 全国 not a place
today('从今年秋季起')
s(DT, '今年秋季', False, value='2008', resolved='2008')          # the modifier form (optional)
s(P, '中西部地区', False, ctx='继续向中西部地区倾斜')            # a region without fixed boundary (round 2)
s(P, '中西部', False, ctx='中西部地区倾斜')
F('三项', 3, '项', '工作', req=False)                             # a count announcing the list (round 3)
today('今年中央财政用于教育')
zy('中央财政用于教育')
lastyear('由去年的')
F('1076亿元', 1076 * YI, '元', '中央财政用于教育的投入（2007）')
F('1562亿元', 1562 * YI, '元', '中央财政用于教育的投入（2008）')
U('办好人民满意的教育', req=False)                               # a standard wording of the period (undecided)
# 推进卫生事业改革和发展。重点抓好四件事：
F('四件', 4, '件', '事', req=False)                               # a count announcing the list (round 3)
s('FIGURE', '四件事', False, value=4, approx='exact', unit='件', subject='事')
F('50%以上', 50, '%', '城镇居民基本医疗保险试点的城市（全国）', 'more_than|at_least')
U('新型农村合作医疗制度', 'term', req=False)                     # a system name (like 新农合, round 7: optional)
F('两年', 2, '年', '时间', req=False)                             # a duration (guide: optional)
F('50元', 50, '元', '新型农村合作医疗筹资标准（每人每年，原）')   # the previous value is required (round 7)
F('100元', 100, '元', '新型农村合作医疗筹资标准（每人每年）')
zy('中央和地方财政')
F('40元', 40, '元', '中央和地方财政对参合农民的补助标准（原）')
F('80元', 80, '元', '中央和地方财政对参合农民的补助标准')
# 艾滋病、结核病、血吸虫病: diseases, no label
s(P, '中西部地区', False, ctx='在中西部地区农村')
s(P, '中西部', False, ctx='中西部地区农村')
# 农村三级卫生服务网络: the tiers (county, township, village) of a network; a class like
# 三级以上 of a road (round 16: no figure) or a count of tiers: undecided, optional
F('三级', 3, '级', '农村卫生服务网络', req=False)
U('国家基本药物制度', 'term', req=False)                         # a system name (round 7: optional)
today('今年中央财政将安排')
zy('中央财政将安排')
F('832亿元', 832 * YI, '元', '中央财政安排支持卫生事业改革和发展（2008）')
lastyear('比上年增加167', '上年')
F('167亿元', 167 * YI, '元', '中央财政卫生投入比上年增加')
lastyear('去年以来')
s(DT, '去年以来', False, value='2007', resolved='2007')          # the modifier form (optional)
s(DEP, '国务院', canonical='国务院', **CENTRAL)
U('人人享有基本医疗卫生服务', req=False)                         # the stated goal of the reform (undecided)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
