from _ann import DEP, DT, SL, Ann, P

# Round 32 (annotator r32c): the 2008 State Council government work report,
# "二、2008年主要任务", tasks (三) and (四), between `gwr-033-10285-12118` (with the
# price and agriculture paragraphs of the window left out) and `gwr-033-16563-18935`.
# Range [14228, 16557): the heading (三) 推进经济结构调整 and its four paragraphs
# (investment: 扩大内需方针, 中西部地区, 今年 / 去年; innovation: 中央财政 科技支出
# 1134亿元 / 134亿元; industry: 中国特色新型工业化道路, 国家高新技术开发区; the
# regions: 西部大开发, 东北地区, 中部崛起, 东部地区), and the heading (四) with the
# energy-saving paragraph (“十一五”, 十大重点节能工程, 两年, 36个, “三河三湖”, 南水北调,
# 三峡库区, 松花江, 渤海) and the product-safety paragraph (7700多项). Simplified.
A = Ann('gwr-033', 14228, 16557)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI = 100000000
CENTRAL = {'level': 'central', 'kind': 'state'}


def today(ctx):
    """今年: a relative time (round 1), the report's year (as gwr-033-tasks)."""
    s(DT, '今年', False, ctx=ctx, value='2008', resolved='2008')


def jnjp(ctx):
    U('节能减排', 'term', req=False, ctx=ctx)   # a policy term (r13a: 节能减排 optional)


# （三）推进经济结构调整，转变发展方式 ((三): a list number)
U('转变发展方式', 'term', req=False, ctx='转变发展方式\n')   # policy phrase (r13a: 转变经济发展方式 optional)
U('扩大内需方针', req=False)                 # policy phrase with 方针 (扩大内需 optional, round 1; the 战略 form is round 15's)
U('扩大内需', req=False, ctx='扩大内需方针')   # round 1: optional
s(P, '中西部地区', False)                    # a region without fixed boundary (round 2)
today('今年土地利用')
s(DT, '去年', False, value='2007', resolved='2007')   # relative time (as gwr-033-tasks)
# 坚持把推进自主创新作为转变发展方式的中心环节
U('自主创新', 'term', req=False, ctx='推进自主创新作为')   # a policy (gwr-033-tasks)
U('转变发展方式', 'term', req=False, ctx='转变发展方式的中心环节')
U('国家中长期科学和技术发展规划纲要', 'term', req=False)  # a programme document named without 《》 (r13a: 新10年农村扶贫开发纲要 optional)
s(DEP, '国家实验室', False)                  # institutes (round 6: optional)
s(DEP, '国家工程中心', False)                # a class of centre like 国家实验室 (undecided: optional)
today('今年中央财政')
s(DEP, '中央', False, ctx='中央财政将安排', **CENTRAL)   # 中央 in 中央财政 (rounds 1 and 5): optional
F('1134亿元', 1134 * YI, '元', '中央财政科技支出（2008）')
s(DT, '上年', False, value='2007', resolved='2007')   # relative time (r13a)
F('134亿元', 134 * YI, '元', '中央财政科技支出比上年增加')
U('自主创新', 'term', req=False, ctx='支持自主创新的政策')
U('产学研结合', 'term', req=False)           # a policy term (undecided: optional)
U('自主创新', 'term', req=False, ctx='对自主创新产品')
U('知识产权战略', req=False)                 # a national strategy named unquoted (undecided: optional)
# 推进产业结构优化升级
U('中国特色新型工业化道路', req=False)       # undecided (新型工业化道路 optional, gwr-041)
s(P, '中国', False, ctx='中国特色新型工业化道路')   # a place inside a formula's name (README: optional)
U('新型工业化道路', req=False, ctx='中国特色新型工业化道路')
s(P, '国家高新技术开发区', False)            # a class of zone (round 3: development zones optional as PLACE and DEPARTMENT)
s(DEP, '国家高新技术开发区', False)
# 促进区域协调发展
U('西部大开发', 'campaign')                  # the strategy's fixed name (r13a, gwr-041)
s(P, '西部', False, ctx='西部大开发')         # inside the name (round 22)
U('天然林保护', 'campaign', req=False)       # programme names (r13a: optional)
U('退耕还林', 'campaign', req=False)         # like 退耕还林还草 (r13a: optional)
s(P, '东北地区', False)                      # a region (round 22, r13a: optional)
U('东北地区振兴规划', 'campaign', req=False)  # a plan's name (undecided: optional)
U('中部崛起', req=False)                     # like 中部地区崛起 (round 12, r13a: optional)
s(P, '中部', False, ctx='中部崛起')           # a region (like 中部地区, round 22: optional)
s(P, '东部地区', False)                      # round 2 / round 22: optional
U('主体功能区规划', req=False)               # r13a: optional
# （四）加大节能减排和环境保护力度，做好产品质量安全工作
jnjp('节能减排和环境保护力度')
today('今年是完成')
# “十一五”: a five-year-plan period (README: optional as DATE and as SLOGAN `period`)
s(DT, '十一五', False, value='2006/2010')
s(SL, '十一五', False, kind='period', quoted=True)
jnjp('节能减排约束性目标')
# 一是…十是: list numbers
U('十大重点节能工程', 'campaign', req=False)  # an unquoted programme name (r13a, round 2): optional
s('FIGURE', '十大', False, value=10, approx='exact', unit='', subject='重点节能工程')  # a numeral inside a programme name (undecided, like 十大罪名)
F('两年', 2, '年', '实现污水全部收集和处理的期限', req=False)   # a duration (README: optional)
F('36个', 36, '个', '率先实现污水全部收集和处理的大城市')
jnjp('实施节能减排')
Q('三河三湖')                                # a quoted numbered formula (the three rivers and three lakes; like “三农”); no FIGURE
U('南水北调', 'campaign', req=False)          # an unquoted project name (round 17, r28d: optional)
s(P, '三峡库区')                             # a named area (the Three Gorges reservoir area): undecided, required as a named place
s(P, '三峡', False, ctx='三峡库区')           # the place at the start of the longer name (nesting)
s(P, '松花江')                               # a river (rivers and seas required, r7r)
s(P, '渤海', ctx='渤海环境保护')              # a sea (round 10, r7r)
U('渤海环境保护总体规划', 'campaign', req=False)   # a plan's name without 《》 (undecided: optional)
U('循环经济', 'term', req=False)              # r13a: optional
U('应对气候变化国家方案', 'campaign', req=False)   # a plan's name without 《》 (undecided: optional)
jnjp('节能减排统计监测')
jnjp('节能减排工作责任制')
U('生态文明', 'term', req=False, ctx='生态文明观念')   # policy word (生态文明建设 optional, r12)
U('资源节约型、环境友好型社会', req=False)    # the standard wording of the period (undecided: optional)
# 一代一代人: an idiom, no FIGURE
# 加强产品质量安全工作
today('今年要完成')
F('7700多项', 7700, '项', '今年要完成制定修订的食品、药品和其他消费品安全国家标准', 'more_than')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
