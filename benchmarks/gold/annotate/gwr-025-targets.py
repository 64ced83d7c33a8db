from _ann import DEP, DT, Ann

# Round 35 (annotator r35c, blind): the 2012 State Council government work report (gwr-025),
# range [6351, 8642) of the window [6344, 9458): the main targets for 2012 (7.5％, 900万人以上,
# 4.6％以内, 4％左右 ×2, 10％左右, “十二五”规划), the macro policies (积极的财政政策 /
# 稳健的货币政策 ×2 each: 8000亿元, 1.5％左右, 中央财政 5500亿元, 代发地方债 2500亿元, “三农”,
# “三公经费”, 营业税改征增值税, 广义货币 14％, 人民币汇率), the six aims 稳增长、控物价、调结构、
# 惠民生、抓改革、促和谐 with their glosses (扩大内需, 改革开放, 改革、发展、稳定三者关系), the
# heading "三、2012年主要任务" and tasks (一) (扩大内需, 国务院 … 新36条) and the opening of (二).
# Simplified script. A sixth range of the article (after gwr-025-outlook.py [4190, 6344), before
# gwr-025-tasks.py [9458, 11599)).
A = Ann('gwr-025', 6351, 8642)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
ST = {'level': 'central', 'kind': 'state'}
MT = 'more_than|at_least'


def this_year(ctx):
    s(DT, '今年', False, ctx=ctx, value='2012', resolved='2012')   # relative time (Conventions decided here)


# 今年经济社会发展的主要预期目标是：
this_year('今年经济社会发展')
# 国内生产总值增长7.5％；城镇新增就业900万人以上，城镇登记失业率控制在4.6％以内；
F('7.5％', 7.5, '%', '国内生产总值增长（2012年预期目标）')          # full-width ％, unit % (gwr-025 round 8)
F('900万人以上', 9000000, '人', '城镇新增就业（2012年预期目标）', MT)  # 以上 inside (Conventions decided here)
F('4.6％以内', 4.6, '%', '城镇登记失业率（2012年控制目标）', 'less_than')  # 以内 inside, less_than (Conventions decided here)
# 居民消费价格涨幅控制在4％左右；进出口总额增长10％左右
F('4％左右', 4, '%', '居民消费价格涨幅（2012年控制目标）', 'about')   # 左右 inside (guide)
F('10％左右', 10, '%', '进出口总额增长（2012年预期目标）', 'about')
# 国内生产总值增长目标略微调低，主要是要与“十二五”规划目标逐步衔接
d = s(DT, '十二五', False, ctx='与“十二五”规划', value='2011/2015')    # optional DATE and SLOGAN period (Conventions decided here)
Q('十二五', 'period', req=False, at=d['start'])
# 提出居民消费价格涨幅控制在4％左右
F('4％左右', 4, '%', '居民消费价格涨幅（2012年控制目标）', 'about', ctx='控制在4％左右，综合')

# 要继续实施积极的财政政策和稳健的货币政策 (policy phrases: optional, gwr-004-macro.py and earlier rounds)
U('积极的财政政策和稳健的货币政策', req=False)
U('积极的财政政策', req=False, ctx='积极的财政政策和')
U('稳健的货币政策', req=False, ctx='和稳健的货币政策')
# 继续实施积极的财政政策。… 今年拟安排财政赤字8000亿元，赤字率下降到1.5％左右
U('积极的财政政策', req=False, ctx='继续实施积极的财政政策。')
this_year('今年拟安排')
F('8000亿元', 800000000000, '元', '财政赤字（2012年拟安排）')
F('1.5％左右', 1.5, '%', '赤字率（2012年）', 'about')               # after 下降到: verb outside (guide)
# 其中中央财政赤字5500亿元，代发地方债2500亿元
s(DEP, '中央', False, ctx='中央财政赤字')                          # 中央 in 中央财政 optional (gwr-025 round 8)
F('5500亿元', 550000000000, '元', '中央财政赤字（2012年）')
F('2500亿元', 250000000000, '元', '代发地方债（2012年）')
# 加大对“三农”、欠发达地区 … 的支持
Q('三农', ctx='加大对“三农”')                                      # a quoted numbered formula, no FIGURE (gwr-033 round 17; gwr-025-tasks)
# 严格控制“三公经费”
Q('三公经费', 'term', req=False, ctx='严格控制“三公经费”')          # optional term (r31c, gwr-025-outlook)
# 开展营业税改征增值税试点
U('营业税改征增值税', 'campaign', req=False, ctx='开展营业税改征增值税')  # a reform name: undecided, optional (r31c)
# 地方政府融资平台公司, 各级政府: generic, none

# 继续实施稳健的货币政策。… 广义货币预期增长14％
U('稳健的货币政策', req=False, ctx='继续实施稳健的货币政策。')
F('14％', 14, '%', '广义货币预期增长（2012年）')
# 人民币汇率: a currency, none

# 全面做好今年的工作 … 把稳增长、控物价、调结构、惠民生、抓改革、促和谐更好地结合起来
this_year('全面做好今年的工作')
U('稳增长、控物价、调结构、惠民生、抓改革、促和谐', req=False)     # the year's six aims: a set wording of the year, undecided, optional
for w in ('稳增长', '控物价', '调结构', '惠民生', '抓改革', '促和谐'):
    U(w, req=False, ctx=f'{w}，就是')                              # 稳增长 a policy phrase (round 5): optional; the others alike
    if w == '稳增长':
        U('扩大内需', req=False, ctx='坚持扩大内需')                # policy phrase (Conventions decided here): optional
    if w == '抓改革':
        U('改革开放', req=False, ctx='推进改革开放')                # optional at every occurrence (round 11)
        U('以开放促改革、促发展、促创新', req=False)               # a set wording of the period: undecided, optional
# 正确处理改革、发展、稳定三者关系
U('改革、发展、稳定', 'term', req=False, ctx='正确处理改革、发展、稳定')  # a standard triad: undecided, optional (r30a)
F('三者', 3, '者', '改革、发展、稳定', req=False)                 # anaphoric count: optional (Conventions decided here)

# 三、2012年主要任务 (三: a section number, none)
A.date('2012年', '2012', ctx='三、2012年主要任务')                 # a year in a heading (r31c: the heading 2012年)
# （一）促进经济平稳较快发展. 扩大内需特别是消费需求是我国经济长期平稳较快发展的根本立足点，是今年工作的重点。
U('扩大内需', req=False, ctx='扩大内需特别是')                      # policy phrase: optional
this_year('是今年工作的重点')
# 认真落实国务院关于鼓励引导民间投资新36条
s(DEP, '国务院', **ST, canonical='中华人民共和国国务院')             # a central organ (guide)
F('36条', 36, '条', '鼓励引导民间投资的政策措施（新36条）', ctx='新36条')  # count of a policy package's articles (round 5 convention, 稳增长惠民生27条)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
