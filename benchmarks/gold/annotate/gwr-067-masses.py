from functools import partial

from _ann import DEP, DT, PE, Ann, P

# Round 37 (annotator r37b, blind). 1958 State Council report on the 1958
# national economic plan (gwr-067), range [22326, 24573) of the window
# [21011, 24823): part （五） “充分依靠和发挥群众的积极性和创造性” from its heading
# to the closing appeal (the Wikisource licence notice left out): 一九五八年度
# ×3 (一九五八年 required), 群众路线, 六亿人民, the examples of the mass
# discussion (去年秋季, 甘肃阿干镇煤矿 六百吨 / 八百五十吨 / 一千二百多吨 /
# 一千五百吨, 整风运动, 武昌车辆厂 一九五七年上半年, 去年十一月, 百分之九十九,
# 辽宁省, the quoted “生产好、质量好、安全好、纪律好、出勤好、团结好”, 北京京西矿务局,
# 国家经济委员会, 煤炭工业部, 二百八十五万吨, 百分之二十一, 三百零五万吨,
# 百分之十以上, 十五万吨), the quoted method “抓住先进和落后两头，带动中间”, 毛 ×4
# (毛主席), Mao's quoted words from “关于正确处理人民内部矛盾的问题”, 党中央 ×2,
# “从群众中来，到群众中去”, the three 主义 and “多、快、好、省”. Chinese numerals
# only. Simplified script. Cut at paragraph ends (22326: the first character
# after the `\n`; 24573: the `\n` after the closing appeal).
A = Ann('gwr-067', 22326, 24573)
s = A.s
F, U, Q, Y = A.figure, A.unquoted, A.quoted, A.date
opt_fig = partial(A.figure, req=False)  # an optional FIGURE
ABOVE = 'more_than|at_least'
STATE = {'level': 'central', 'kind': 'state'}
CCP = {'level': 'central', 'kind': 'party', 'canonical': '中共中央'}


def y58(ctx):
    """一九五八年 required, the 年度 form optional (gwr-067-supply.py; guide: modifier outside)."""
    sp = Y('一九五八年', '1958', ctx=ctx)
    s(DT, '一九五八年度', False, at=sp['start'], value='1958')


def mao(ctx):
    """毛 of 毛主席, required with title 主席; 毛主席 whole optional (Conventions decided here; cpc-006-army.py)."""
    sp = s(PE, '毛', ctx=ctx, title='主席')
    s(PE, '毛主席', False, at=sp['start'], title='主席')


def op(t, ctx=None):
    s(P, t, False, ctx=ctx)


# （五）充分依靠和发挥群众的积极性和创造性，完成和超额完成一九五八年度的国民经济计划 (list number: none)
y58('完成一九五八年度的国民经济计划')
# 一九五八年度的国民经济计划经过大会讨论通过以后 … (大会: generic; 各地方、各企业: generic)
y58('一九五八年度的国民经济计划经过')
# 各级领导组织: generic
# 是站在运动前面 …: 本部门、本单位, 少数人, 办公室: none

# 我们的党和人民政府 …: 党 / 人民政府 unnamed (generic), none
U('群众路线', req=False)                                             # round 3: optional
opt_fig('千百万', 10000000, '', '群众', ap='about')                   # a vague round count without unit (decided here: optional, undecided)
F('六亿', 600000000, '', '人民')                                     # a number before a noun without classifier (Conventions decided here: the number alone)
opt_fig('六亿人民', 600000000, '', '人民')                           # the number with its noun: optional (as 46万群众)

# 去年秋季开始的工农业生产新高潮 …
s(DT, '去年秋季', False, value='1957', resolved='1957')              # a relative time (round 1 / README: optional)
s(DT, '去年', False, ctx='去年秋季', value='1957', resolved='1957')
# 许多 …: vague, none
s(P, '甘肃')                                                        # the province named before the mine's name: required
s(DEP, '甘肃阿干镇煤矿', False, kind='enterprise')                    # with the province (undecided: optional)
op('阿干镇', ctx='阿干镇煤矿')                                        # a place at the start of an enterprise name (guide: optional)
s(DEP, '阿干镇煤矿', False, kind='enterprise')                        # a mine (README round 12: factories, mines optional)
F('六百吨', 600, '吨', '阿干镇煤矿日产量（原来，下限）', ap='exact|at_least')   # a range: each bound (README FIGURE)
F('八百五十吨', 850, '吨', '阿干镇煤矿日产量（原来，上限）', ap='exact|less_than')
U('整风运动', 'campaign', ctx='经过整风运动')                         # a standard campaign name (round 2): required
U('大鸣大放，大整大改', 'term', req=False, ctx='整风运动，大鸣大放，大整大改')   # the 1957–58 set wording (decided here: undecided, optional)
F('一千二百多吨', 1200, '吨', '阿干镇煤矿日产量（现在）', ap='more_than')   # after 达到: the number with 多 (guide)
F('一千五百吨', 1500, '吨', '阿干镇煤矿日产量（奋斗目标）')
s(DEP, '武昌车辆厂', False, kind='enterprise')                        # a factory (README round 12: optional)
op('武昌', ctx='武昌车辆厂')                                          # a place at the start of a name (guide: optional)
Y('一九五七年', '1957', ctx='一九五七年上半年')                        # the bare year required (guide: modifier outside)
s(DT, '一九五七年上半年', False, value='1957-H1')                     # the longer form optional (guide; README 1980年上半年)
s(DT, '上半年', False, ctx='一九五七年上半年', value='1957-H1', resolved='1957-H1')   # a relative time, optional (README: 上半年; gwr-059: 上半年 alone optional) — slip fixed after the first measurement
U('大鸣大放和大整大改', 'term', req=False)                            # the same wording with 和 (undecided: optional)
s(DT, '去年十一月', False, value='1957-11')                           # round 4: 去年5月 optional
s(DT, '去年', False, ctx='去年十一月', value='1957', resolved='1957')
Y('十一月', '--11', ctx='去年十一月', resolved='1957-11')             # the bare month after 去年: required (round 4)
F('百分之九十九', 99, '%', '武昌车辆厂出勤率')
s(P, '辽宁省')
# 基本建设单位: generic; 整改工作: none
Q('生产好、质量好、安全好、纪律好、出勤好、团结好', 'formula')       # a quoted set of criteria (guide: quoted formula): required
this = s(DT, '今年', False, ctx='今年计划草案', value='1958', resolved='1958')   # relative (round 1): optional
s(P, '北京', ctx='北京京西矿务局')                                    # the city named before the bureau's name: required
s(DEP, '北京京西矿务局', False, kind='enterprise')                    # with the city (undecided: optional)
op('京西', ctx='京西矿务局')                                          # at the start of an enterprise name: optional
s(DEP, '京西矿务局', False, kind='enterprise')                        # a 矿务局 (README round 12: optional, enterprise)
s(DEP, '国家经济委员会', canonical='国家经济委员会', **STATE)          # a named central organ: required
s(DEP, '煤炭工业部', **STATE)                                         # the 1958 ministries (README round 12): required
F('二百八十五万吨', 2850000, '吨', '京西矿务局煤炭产量（原定指标）')
s(DT, '上年', False, ctx='比上年增长', value='1957', resolved='1957')   # relative (round 1): optional
F('百分之二十一', 21, '%', '京西矿务局煤炭产量增长（原定指标比上年）')
F('三百零五万吨', 3050000, '吨', '京西矿务局煤炭产量（群众讨论后）')
F('百分之十以上', 10, '%', '京西矿务局煤炭产量比原定指标增加', ap=ABOVE)   # 以上 inside (README FIGURE)
F('十五万吨', 150000, '吨', '再超额生产煤炭（奋斗目标）')
U('农田水利建设运动', 'campaign', req=False)                           # a campaign of 1957–58 named with 运动 (decided here: undecided, optional)
# 全国: not a place; 农业合作社: generic; 报纸: generic
# 增加产量、提高质量、降低成本、提高劳动生产率: list of indicators, none

# 在把计划交给群众讨论和组织群众执行的过程中 …
Q('抓住先进和落后两头，带动中间', 'directive')                        # a quoted method (guide: a quoted requirement): required; 两头 inside: no FIGURE
mao('毛主席在')
Q('关于正确处理人民内部矛盾的问题', 'title', req=False)              # the title of Mao's speech in quotation marks (decided here: optional)
U('人民内部矛盾', 'term', req=False, ctx='正确处理人民内部矛盾')       # inside the title (guide nesting; round 32): optional
Q('所谓平衡，就是矛盾的暂时的相对的统一。过了一年，就整个说来，这种平衡就被矛盾的斗争所打破了，这种统一就变化了，平衡成为不平衡，统一成为不统一，又需要作第二年的平衡和统一，这就是我们计划经济的优越性，事实上，每月每季都在局部地打破这种平衡和统一，需要作出局部的调整。',
  'quotation', req=False)                                            # Mao's quoted words (Conventions decided here: optional quotation)
opt_fig('一年', 1, '年', '', ctx='过了一年')                           # a duration inside a quotation (README FIGURE: optional)
# 第二年: ordinal, none; 每月每季: none
opt_fig('两种', 2, '种', '处理方法', ctx='有两种不同')                 # a count announcing a list (like anaphoric counts, README: optional)
# 一种 / 另一种: list items, none
opt_fig('两种', 2, '种', '方法', ctx='这两种方法')                     # anaphoric (README FIGURE: optional)
mao('就是毛主席所说的')
# 促进派 / 促退派 / 现状维持派: unquoted words of the time, none

# 我们的经济工作人员要成为社会主义建设的促进派 …
U('愚公移山', 'term', req=False)                                      # a set phrase as a spirit (decided here: undecided, optional)
s(DEP, '党中央', ctx='党中央和毛主席所指示', **CCP)                   # required (round 1)
mao('和毛主席所指示')
U('领导同群众相结合', req=False, ctx='领导同群众相结合的方针')         # an unquoted 方针 wording (decided here: undecided, optional)
Q('从群众中来，到群众中去', 'formula')                               # the quoted mass-line formula: required (guide)
U('官僚主义', 'term', req=False)                                      # a doctrine / style alone (round 17): optional
U('宗派主义', 'term', req=False)
U('主观主义', 'term', req=False)
# 党的组织, 群众的组织, 各级地方组织: generic

# 在伟大的社会主义建设高潮中 …
s(DEP, '党中央', ctx='党中央和毛主席关于', **CCP)
mao('毛主席关于')
Q('多、快、好、省', 'formula')                                       # quoted: the formula 多快好省 (round 28, r30b; guide: quoted formula): required
y58('完成一九五八年度')

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
