from _ann import DEP, DT, Ann

# Round 26 (r26b, blind): 2023 State Council government work report (gwr-004), range
# [4291, 6107): the five years' review, field (一) from 坚持实施积极的财政政策 (deficit,
# tax cuts: 3%以内, 50%左右, 17%→13%, 5.4万亿元, 超过1100万户, 70%左右, 70%以上), the
# monetary policy (万亿元 balances, 1.5个百分点, 14486亿元), employment (20%→16%,
# 2.5万亿元以上, 8届, 超过5.2亿人次, 413万人, 8300多万人次, 14亿多), prices (2%左右),
# and field (二) on poverty (“三区三州”, “两不愁三保障”, “四个不摘”, 160个, “组团式”).
# Script: simplified.
A = Ann('gwr-004', 4291, 6107)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000; YI = 100000000; WY = 1000000000000
MT = 'more_than|at_least'


def opt(t, v, u, subj='', ctx=None, ap='exact'):
    """An optional FIGURE (durations, counts of editions: guide, rounds 2 and 5)."""
    return A.figure(t, v, u, subj, ap=ap, req=False, ctx=ctx)


def zy(ctx):
    """中央 in 中央财政 / 中央部门: optional (rounds 1 and 5)."""
    s(DEP, '中央', False, ctx=ctx, level='central')


# 坚持实施积极的财政政策
U('积极的财政政策', 'term', req=False)                     # a policy phrase (undecided: optional)
opt('五年', 5, '年', ctx='五年总体赤字率')                # a duration (guide)
F('3%以内', 3, '%', '五年总体赤字率', 'less_than')          # 以内 less_than (README)
F('50%左右', 50, '%', '政府负债率', 'about')
A.unquoted('营改增', 'campaign', req=False)               # an unquoted reform name (undecided)
F('17%', 17, '%', '增值税税率（原）')
F('13%', 13, '%', '增值税税率', ctx='降至13%')            # 降至: a verb outside
F('3万元', 3 * WAN, '元', '小规模纳税人增值税起征点（月销售额，原）')
F('15万元', 15 * WAN, '元', '小规模纳税人增值税起征点（月销售额）')
F('10%', 10, '%', '小微企业所得税实际最低税负率（原）')
F('2.5%', 2.5, '%', '小微企业所得税实际最低税负率')
opt('五年', 5, '年', ctx='五年累计减税')
F('5.4万亿元', 5.4 * WY, '元', '累计减税')
F('2.8万亿元', 2.8 * WY, '元', '降费')
F('超过1100万户', 1100 * WAN, '户', '年均新增涉税企业和个体工商户', 'more_than')
zy('中央财政收入')
opt('十年', 10, '年', ctx='十年接近')                    # a duration; 翻一番 an idiom (guide)
zy('中央一般公共预算')
F('70%左右', 70, '%', '中央对地方转移支付占比', 'about')
zy('中央财政资金直达')
zy('中央部门带头')                                         # 中央部门: generic plural (undecided: 中央 optional)
F('70%以上', 70, '%', '全国财政支出用于民生', MT)           # 以上 (README)
opt('70%', 70, '%', '全国财政支出用于民生', ctx='70%以上', ap='exact|at_least')  # as prov2026-018

# 坚持实施稳健的货币政策
U('稳健的货币政策', 'term', req=False)
F('16.3万亿元', 16.3 * WY, '元', '制造业贷款余额（原）')
F('27.4万亿元', 27.4 * WY, '元', '制造业贷款余额')
F('8.2万亿元', 8.2 * WY, '元', '普惠小微贷款余额（原）')
F('23.8万亿元', 23.8 * WY, '元', '普惠小微贷款余额')
F('24%', 24, '%', '普惠小微贷款余额年均增长')
s(DT, '五年前', False, value='2018', resolved='2018')      # relative time (guide): optional
F('1.5个百分点', 1.5, '个百分点', '贷款平均利率下降')       # round 3
F('14486亿元', 14486 * YI, '元', '金融改革成本')

# 强化就业优先政策导向
F('20%', 20, '%', '养老保险单位缴费比例（原）')
F('16%', 16, '%', '养老保险单位缴费比例', ctx='降至16%')
s(DEP, '全国社保基金', False, level='central', kind='fund')  # a national fund (undecided: optional)
F('1.8万亿元', 1.8 * WY, '元', '全国社保基金储备规模（原）')
F('2.5万亿元以上', 2.5 * WY, '元', '全国社保基金储备规模', MT)
opt('2.5万亿元', 2.5 * WY, '元', '全国社保基金储备规模', ctx='2.5万亿元以上', ap='exact|at_least')
U('大众创业万众创新', req=False)                          # a national policy phrase (undecided)
opt('8届', 8, '届', '全国双创活动周')                       # editions of an event (undecided: optional)
U('全国双创活动周', 'campaign', req=False)                 # an event's name (undecided)
U('双创', req=False)                                       # short for 大众创业万众创新, inside the event's name:
                                                             # optional by nesting (guide); added after the first measurement
F('超过5.2亿人次', 5.2 * YI, '人次', '全国双创活动周参与', 'more_than')
U('高职扩招和职业技能提升三年行动', 'campaign', req=False)
opt('三年', 3, '年', ctx='三年行动')                       # a duration in a programme name (round 25)
F('413万人', 413 * WAN, '人', '高职累计扩招')
F('8300多万人次', 8300 * WAN, '人次', '职业技能培训', 'more_than')
F('14亿多', 14 * YI, '', '人口', 'more_than')              # a number before a noun (guide: 46萬群眾)

# 保持物价总体平稳
s(DT, '十年来', False, value='2013/2022', resolved='2013/2022')   # optional (README)
opt('十年', 10, '年', ctx='十年来')
F('2%左右', 2, '%', '居民消费价格涨幅', 'about')

# （二）如期打赢脱贫攻坚战，巩固拓展脱贫攻坚成果
U('脱贫攻坚战', req=False)                                # round 6
U('全面建成小康社会', req=False)
U('精准扶贫', req=False)                                   # optional (README)
Q('三区三州')                                              # a quoted numbered formula; no FIGURE
Q('两不愁三保障')
# 推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接
U('乡村振兴', req=False, ctx='同乡村振兴有效衔接')          # optional (README)
Q('四个不摘')
F('160个', 160, '个', '国家乡村振兴重点帮扶县')
Q('组团式', 'term', req=False)                             # a quoted coinage

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
