from functools import partial

from _ann import Ann

# Round 28 (annotator r28d, blind): 1981 State Council government work report
# (delivered 30 Nov 1981), part (二) 今后经济建设的方针, [15591, 17783): the end of point
# 五 (企业的全面整顿: 两三年内, 近三百个 enterprises, 半年, 国务院 ×2, the small iron works
# 四百六十六个 → 二百七十六个, 九百五十公斤 → 七百零五公斤, 三百零三元 → 二百四十三元,
# losses 六亿三千万元 → 一亿元, 关、停、并、转 ×2 and 关停并转, 华东、东北地区) and point 六
# (生财、聚财、用财之道) up to the paragraph on extra-budgetary funds: １％ / 二十亿元,
# 百分之二、三, the range 七十亿到一百亿元, 海关, “跑、冒、滴、漏”, 一半, 中央财政. Between
# `gwr-058-11541-13415` and `gwr-058-27888-29954`. Chinese numerals and one full-width
# figure; simplified.
A = Ann('gwr-058', 15591, 17783)
s = A.s
F = A.figure
U = A.unquoted
Q = A.quoted
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'
ST = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
YI = 100000000

opt_fig = partial(A.figure, req=False)  # an optional FIGURE

# point 五, 企业的整顿工作要点面结合 …
# 两三年内: a duration (guide) given as two adjacent numerals (两三次, round 17): optional.
opt_fig('两三年', 2, '年', '企业整顿完成期限', ap='about')
# 第一批: an ordinal (guide): none.
F('近三百个', 300, '个', '第一批整顿的企业', ap='less_than')          # 近 inside (guide)
opt_fig('半年', 0.5, '年', '第一批企业整顿时间')                       # a duration (guide)
opt_fig('一批', 1, '批', '企业', ctx='再一批一批')                     # article-like count (round 3)
opt_fig('一批', 1, '批', '企业', ctx='一批地整顿')
# 企业党组织: generic (round 18): none.
s(DEP, '国务院', ctx='国务院各工业部门', **ST)                         # a named organ (guide); 各工业部门 generic
# 各省市区, 各级主管部门, 主管部门: generic: none.
# 企业的整顿工作，要同企业的调整和改组结合起来进行。
U('关、停、并、转', 'directive', req=False, ctx='实行关、停、并、转')    # r26c (gwr-058-outlook.py): optional
F('四百六十六个', 466, '个', '全国地县小铁厂（整顿前）')
F('二百七十六个', 276, '个', '全国地县小铁厂（现在）')
F('九百五十公斤', 950, '公斤', '炼铁焦比（整顿前）')
F('七百零五公斤', 705, '公斤', '炼铁焦比（整顿后）')
F('三百零三元', 303, '元', '生铁成本（整顿前）')
F('二百四十三元', 243, '元', '生铁成本（整顿后）')
F('六亿三千万元', 630000000, '元', '小铁厂亏损（整顿前）')              # 亿, 万 multipliers (guide)
F('一亿元', YI, '元', '小铁厂亏损（整顿后）')
U('关停并转', 'directive', req=False)                                   # the same wording unpunctuated: optional
s(DEP, '国务院', ctx='国务院已经责成', **ST)
# 有关部门: generic: none.
s(P, '华东', False)                                                     # regions without fixed boundary (round 2)
s(P, '东北地区', False)
s(P, '东北', False, ctx='东北地区')
U('关、停、并、转', 'directive', req=False, ctx='企业的关、停、并、转工作')
# 需要关、停的企业: a part of the wording: none.
opt_fig('一种', 1, '种', '智力开发', ctx='一种花费')                    # article (round 9)
# point 六
opt_fig('一个', 1, '个', '严重问题', ctx='一个严重问题')                # article (round 2)
F('１％', 1, '%', '工业企业生产成本降低')                              # full-width (gwr-041, gwr-058-outlook.py)
opt_fig('一年', 1, '年', '', ctx='一年就可以')                          # a duration (guide)
F('二十亿元', 20 * YI, '元', '增加收入（生产成本降低１％，一年）')
# 百分之二、三: a list whose second number borrows the first's 百分之 (round 17's list rule,
# 五、六个人): a span for each number, the whole optional. Decided in round 28.
opt_fig('百分之二、三', 2, '%', '流动资金占用量减少', ap='about')
F('百分之二', 2, '%', '流动资金占用量减少')
F('三', 3, '%', '流动资金占用量减少', ctx='二、三的占用量')
# 七十亿到一百亿元: a range whose lower bound has no unit (round 25: 700万到800万吨).
F('七十亿', 70 * YI, '元', '节省出的资金', ap='exact|at_least')
F('一百亿元', 100 * YI, '元', '节省出的资金', ap='exact|less_than')
# 大中型项目: none.
# 千方百计 (idiom), 财政部门 / 经济部门 / 各级政府 (generic): none.
s(DEP, '海关', False, level='central', kind='state')                    # a field of work (round 13, undecided)
Q('跑、冒、滴、漏', 'term', req=False)                                  # gwr-041-tasks.py: a quoted coinage
# 银行 (the banks as a sector), 烟酒专卖: none.
opt_fig('一部分', 1, '部分', '地方、企业以及个人的存款', ctx='运用一部分')  # an unquantified share (gwr-058-energy.py)
opt_fig('一半', 0.5, '', '预算外资金（占国家预算收入）', ap='about')       # fractions optional (round 11); 约 separated by 为
s(DEP, '中央', False, ctx='中央财政', level='central')                  # 中央 alone in 中央财政 (round 8/9)
# 财政监督, 财经纪律: none.

if __name__ == '__main__':
    import sys
    A.write()
    if '--review' in sys.argv:
        A.review()
