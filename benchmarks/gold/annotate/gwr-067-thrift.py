from functools import partial

from _ann import DEP, DT, PE, Ann, P

# Round 34 (annotator r34c, blind). 1958 State Council report on the 1958
# national economic plan (gwr-067), range [19129, 21011) of the window
# [18290, 24823): the Sino-Soviet science agreement (郭沫若, 今年一月十八日,
# 莫斯科, 苏联, 一百二十二项, the academies and ministries of both countries),
# then part （四） “厉行节约，反对浪费”: 增产节约运动, the two sugar mills (吉林省,
# 二千七百万元, 黑龙江省, 百分之六十), 六十元 / 七十元 / 八十元 against 一百元,
# non-productive construction (一九五五年, 百分之三十以上 → 百分之二十左右,
# 第一个五年计划, 百分之二十三点四, 一亿六千万平方公尺, 北京市, 六倍, 一百一十亿元),
# steel stocks (三分之一左右), 一九五八年, and measure 第一 (勤俭建国, 一九五九年,
# 国务院, 百分之七至百分之十). Chinese numerals only. Simplified script.
A = Ann('gwr-067', 19129, 21011)
s = A.s
F, U, Q, Y = A.figure, A.unquoted, A.quoted, A.date
FIG = 'FIGURE'
opt_fig = partial(A.figure, req=False)  # an optional FIGURE
ABOVE = 'more_than|at_least'
STATE = {'level': 'central', 'kind': 'state'}


def this_year(ctx):
    """今年: relative time, optional, the report's year (as gwr-067-construction)."""
    s(DT, '今年', False, ctx=ctx, value='1958', resolved='1958')


def op(t, ctx=None):
    s(P, t, False, ctx=ctx)


# the science agreement
s(PE, '郭沫若', title='院长')                                         # a named person, title outside (guide)
s(DEP, '访苏科学技术代表团', False, kind='delegation')                # a delegation, not an organ (undecided: optional)
op('苏', ctx='访苏科学')                                              # one-character abbreviation used alone (README PLACE: optional)
this_year('今年一月十八日')
s(DT, '今年一月十八日', False, value='1958-01-18')                    # longer form with the relative year (round 11: optional)
Y('一月十八日', '--01-18', resolved='1958-01-18')                      # month-day without year, resolved (guide; round 11)
s(P, '莫斯科')
s(P, '苏联', ctx='同苏联签订')                                        # the country, named
op('中苏')                                                            # 中苏 (round 2, r27c): optional
opt_fig('两国', 2, '', '政府', ctx='中苏两国政府')                    # 两国 anaphoric (README FIGURE: optional)
s(P, '苏联', ctx='苏联帮助中国')
s(P, '中国', ctx='帮助中国进行')                                      # the country, named
F('一百二十二项', 122, '项', '重大合作项目')
s(DEP, '中国科学院', False, kind='institute')                          # research institute (guide: optional)
op('中国', ctx='中国科学院')
s(DEP, '苏联科学院', False, kind='institute')                          # research institute (guide: optional)
op('苏联', ctx='苏联科学院')                                          # place at the start of an organ's name (guide: optional)
s(DEP, '中国高等教育部', level='central', kind='state', canonical='高等教育部')   # a ministry (named organ, required)
op('中国', ctx='中国高等教育部')
s(DEP, '高等教育部', False, ctx='中国高等教育部', level='central', kind='state')  # the name inside the longer one (guide: optional)
s(DEP, '苏联高等教育部', kind='state')                                 # a named foreign ministry (like 美国国会, round 10; 美国政府, round 6: required)
op('苏联', ctx='苏联高等教育部')
s(DEP, '高等教育部', False, ctx='苏联高等教育部', kind='state')
s(DEP, '中国农业科学院', False, kind='institute')                      # research institute (guide: optional)
op('中国', ctx='中国农业科学院')
s(DEP, '苏联列宁农业科学院', False, kind='institute')                  # research institute (guide: optional)
op('苏联', ctx='苏联列宁农业科学院')
s(PE, '列宁', False, ctx='苏联列宁农业科学院')                        # a name inside an institute's name (guide nesting: optional)
opt_fig('两国', 2, '', '科学和技术', ctx='两国科学和技术')            # anaphoric (README FIGURE: optional)
# 我国 ×2: deictic (round 17); 世界: not a place

# （四）厉行节约，反对浪费 (list number)
U('厉行节约，反对浪费', 'directive', req=False, ctx='（四）厉行节约，反对浪费')   # a heading wording (undecided, round 34: optional)
s(DT, '全国解放以来', False, value='1949/1958')                        # historical time (r33b: optional, like 建国以来)
U('增产节约运动', 'campaign')                                          # required kind campaign (README, gwr-060)
# 各个部门、各个地方、各个单位: generic
# the sugar mills
s(P, '吉林省')
opt_fig('一个', 1, '个', '制糖厂', ctx='有一个制糖厂')                 # an indefinite 一个 (as gwr-067-construction: optional)
F('二千七百万元', 27000000, '元', '吉林省制糖厂投资')
opt_fig('三年多', 3, '年', '吉林省制糖厂建设', ap='more_than')         # a duration (README: optional)
s(P, '黑龙江省')
s(DEP, '吉林糖厂', False, kind='enterprise')                           # an enterprise (guide: optional)
op('吉林', ctx='吉林糖厂')
F('百分之六十', 60, '%', '黑龙江省制糖厂投资占吉林糖厂的比例')
opt_fig('五年以上', 5, '年', '建设经验', ap=ABOVE)                      # a duration (README: optional)
F('六十元', 60, '元', '现在办同样事情的费用')
F('七十元', 70, '元', '现在办同样事情的费用')
F('八十元', 80, '元', '现在办同样事情的费用')
F('一百元', 100, '元', '过去办同样事情的费用')                          # 一百元钱: 钱 outside (undecided; the unit is 元)
opt_fig('一半', 0.5, '', '过去的投资')                                  # a share (round 5, 11: optional)
# non-productive construction
Y('一九五五年', '1955')
s(DT, '一九五五年以来', False, value='1955')                            # the modifier form (guide: optional)
F('百分之三十以上', 30, '%', '非生产性建设投资比重（过去）', ap=ABOVE)  # 以上 inside (README FIGURE)
F('百分之二十左右', 20, '%', '非生产性建设投资比重（现在）', ap='about')
opt_fig('一个', 1, '个', '成绩', ctx='这是一个好的成绩')                 # an indefinite 一个 (optional)
s(DT, '第一个五年计划', False, value='1953/1957')                      # round 12: optional as DATE
U('第一个五年计划', 'period', req=False)                                # and as SLOGAN period
opt_fig('五年', 5, '年', '', ctx='第一个五年计划')                      # inside it (round 12: optional)
F('百分之二十三点四', 23.4, '%', '非生产性建设投资比重（第一个五年计划）')
F('一亿六千万平方公尺', 160000000, '平方公尺', '非生产性房屋建筑面积')
s(DT, '解放前', False, value='-1949')                                   # historical time (like 全国解放以来: optional)
s(P, '北京市')
F('六倍', 6, '倍', '非生产性房屋面积与解放前北京市房屋面积之比')       # 倍 required, unit 倍 (rounds 3, 5)
F('一百一十亿元', 11000000000, '元', '非生产性房屋建筑投资')
# other waste; the steel stocks
opt_fig('三分之一左右', 0.3333, '', '钢材周转数量减少', ap='about')     # fractions (r16b, gwr-067-construction: optional)
opt_fig('三分之一', 0.3333, '', '钢材周转数量减少', ap='about|exact')
# 机关、部队、学校和事业单位: generic
Y('一九五八年', '1958', ctx='在一九五八年，我们')
U('厉行节约、反对浪费', 'directive', req=False, ctx='为厉行节约、反对浪费')   # same wording as the heading (undecided: optional)
# 第一 (list number)
U('勤俭建国', req=False)                                               # alone (r27d required 艰苦奋斗、勤俭建国 as a pair; undecided alone: optional)
Y('一九五八年', '1958', ctx='一九五八年计划新开工')
# 限额以上: a category of projects, no figure
Y('一九五九年', '1959')
s(DEP, '国务院', canonical='中华人民共和国国务院', **STATE)             # named organ (round 5)
this_year('今年要求节约')
opt_fig('百分之七至百分之十', 7, '%', '基本建设节约总投资额', ctx='百分之七至百分之十')  # the whole range (optional)
F('百分之七', 7, '%', '基本建设节约总投资额（下限）', ap='exact|at_least')   # a range: each bound (README FIGURE, round 15)
F('百分之十', 10, '%', '基本建设节约总投资额（上限）', ap='exact|less_than')

if __name__ == '__main__':
    A.write()
    A.review()
