from _ann import DEP, DT, PE, Ann, P

# Round 25: the 1994 State Council government work report, section 二
# "保持国民经济持续快速健康发展", its first part: the growth target for １９９４年
# (百分之九, 百分之十三, 百分之八至百分之九), 江泽民's quoted words and the “瓶颈”, agriculture
# (中央农村工作会议, 中央和地方, ５００个 / １５０个 counties, 中西部地区, 科教兴农, the poverty
# plan to 本世纪末 and ８０００万人), industry and transport (国务院 and the two levies),
# investment (量力而行, 沿海地区 / 中西部地区). Simplified, full-width digits. A second
# range of the article after gwr-048.py ([231, 2062)).
A = Ann('gwr-048', 2499, 4737)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
GOV = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
CENTRAL = {'level': 'central', 'kind': 'party'}


def this_year(ctx):
    s(DT, '今年', False, ctx=ctx, value='1994', resolved='1994')   # relative time (round 1)


# １９９４年是国民经济继续保持良好发展势头的一年 …
s(DT, '１９９４年', value='1994')
F('一年', 1, '年', '１９９４年', req=False, ctx='良好发展势头的一年')   # 一年 as "a year" (optional, like 一个)
F('一年', 1, '年', '１９９４年', req=False, ctx='重要一年')
this_year('今年的经济工作')
U('持续、快速、健康发展', req=False, ctx='保持国民经济持续、快速、健康发展。')  # the period's standard wording (undecided)
# 根据这个要求，今年计划国内生产总值增长百分之九。
this_year('今年计划')
F('百分之九', 9, '%', '国内生产总值计划增长', ctx='增长百分之九。')
F('两年', 2, '年', '连续增长', req=False, ctx='连续两年')        # a duration (round 8)
F('百分之十三', 13, '%', '国内生产总值增长')
s('FIGURE', '百分之八至百分之九', False, value=8, approx='exact', unit='%', subject='增长率')
F('百分之八', 8, '%', '增长率')                                   # each bound of a range is a span (guide: lists)
F('百分之九', 9, '%', '增长率', ctx='至百分之九')
s(PE, '江泽民', title='同志')
Q('发展要有新思路，真正转到以提高经济效益为中心的轨道上来，不能继续走盲目追求产值速度和扩大投资规模的老路。',
  'quotation', req=False)                                           # a long quotation (guide)
Q('发展要有新思路，真正转到以提高经济效益为中心的轨道上来，不能继续走盲目追求产值速度和扩大投资规模的老路',
  'quotation', req=False)
U('以提高经济效益为中心', req=False)                                  # inside a quotation: optional
Q('瓶颈', 'term', req=False)                                        # a quoted metaphor (guide: 卡脖子)
# 加强农业基础地位，全面发展农村经济。
s(DT, '去年', False, ctx='去年召开', value='1993', resolved='1993')
s(DEP, '中央', False, ctx='中央农村工作会议', **CENTRAL)              # 中央 in a meeting name (round 11)
s(DEP, '党', False, ctx='党在农村', level='central', kind='party')  # the Party as a whole (guide: optional)
s(DEP, '中央', False, ctx='增加中央和地方', **CENTRAL)                # 中央 alone (rounds 1, 5)
s(DEP, '粮食风险基金', False, ctx='建立粮食风险基金', level='central', kind='fund')  # a fund (gwr-041-tasks: optional)
F('５００个', 500, '个', '商品粮大县')
F('１５０个', 150, '个', '优质棉大县')
F('一批', 1, '批', '高产优质高效农业示范区', req=False, ctx='建设一批')   # round 3
s(P, '中西部地区', False, ctx='尤其是中西部地区')                     # a region (round 8)
s(P, '中西部', False, ctx='中西部地区乡镇')
U('科教兴农', req=False)                                             # a strategy name like 科教兴国 (undecided)
F('一大批', 1, '批', '农业技术人才', req=False)                       # round 3
U('扶贫攻坚计划', 'campaign', req=False)                              # a programme named without its full name (undecided)
s(DT, '本世纪末', False, value='2000')                                # round 15
F('七年', 7, '年', '扶贫攻坚计划的时间', req=False)                    # a duration
F('８０００万人', 80000000, '人', '需解决温饱问题的贫困人口')
s(DEP, '供销社', False, kind='cooperative')                           # a cooperative system (undecided)
# 改善经营管理，搞好工交生产。
this_year('今年出台')
s(DEP, '国务院', ctx='国务院决定', **GOV)
s(DT, '从今年起', False, value='1994', resolved='1994')
this_year('从今年起')
# 保持合理投资规模，优化投资结构。
this_year('今年安排')
U('量力而行', req=False)                                             # as in gwr-041-tasks
U('持续、快速、健康发展', req=False, ctx='实现国民经济持续、快速、健康发展')
s(P, '沿海地区', False)                                              # regions without a fixed boundary (round 16)
s(P, '中西部地区', False, ctx='到中西部地区投资')
s(P, '中西部', False, ctx='中西部地区投资')
this_year('今年不再')
s(DT, '今后', False)                                              # relative time (round 1)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
