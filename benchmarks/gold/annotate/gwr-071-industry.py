from functools import partial

# Round 34 (annotator r34a), blind. 1954 State Council (Central People's
# Government) work report, source range [1223, 3331): industry under the first
# five-year plan. Growth rates 1949–1954 (百分之三十六点九, 百分之三十三, 四点二倍,
# 二点二倍, 旧中国), the 1954 output of eight products against 1949 (一百零八亿度,
# 八千一百九十九万吨 … 四十八万吨, each with its 倍), the three shares (大约是百分之十七,
# 将近百分之三十三, 三点一倍左右, 百分之七十一左右, 百分之二十九左右), the old industrial
# base, the new projects (约有六百个, 苏联, 一百四十一个, 一九五八年, 将近十年, 三百个,
# 五十一个, 十七项, 鞍山钢铁公司, 阜新的海州露天煤矿, 三十四项), the Constitution's
# clauses (中华人民共和国宪法, 中国共产党, 中国) and management (一九五三年, 百分之十三,
# 中央五个工业部, 百分之三点二). Chinese numerals only; years in 一九五〇 form.
# Annotated as traditional: the gold text is OpenCC s2t of the stored source
# (itself traditional with variant forms; s2t keeps the length); the spans are
# found on its t2s form and written with the s2t surface (as gwr-071-livelihood.py).
import opencc
from _ann import Ann

A = Ann('gwr-071', 1223, 3331, script='traditional')
_simp = opencc.OpenCC('t2s').convert(A.p)
assert len(_simp) == len(A.p)
A.simp = _simp
s = A.s
F = A.figure
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'
opt_fig = partial(A.figure, req=False)  # an optional FIGURE
Y = A.date


def times(t, v, subj, y='一九四九年的'):
    """等于一九四九年的N倍: the base year (required DATE) and the multiple (倍 as unit, round 11)."""
    Y('一九四九年', '1949', ctx=y + t)
    F(t, v, '倍', subj)


# growth 1949–1954
Y('一九四九年', '1949', ctx='一九四九年至一九五二年迅速')          # each complete date of a range (guide)
Y('一九五二年', '1952', ctx='一九五二年迅速')
F('百分之三十六点九', 36.9, '%', '工业总产值平均每年递增（1949–1952）')
Y('一九五三年', '1953', ctx='一九五三年工业总产值')
Y('一九五二年', '1952', ctx='比一九五二年增加了百分之三十三')
F('百分之三十三', 33, '%', '工业总产值增长（1953比1952）')
Y('一九五四年', '1954', ctx='一九五四年预计现代工业')
times('四点二倍', 4.2, '现代工业总产值（1954比1949）')
s(DT, '今年', False, ctx='今年的工农业', resolved='1954')         # a relative year (Conventions decided here): optional
times('二点二倍', 2.2, '工农业总产值（1954比1949）')
s(P, '旧中国', False)                                             # like 新中国 (round 3; gwr-071-livelihood)
s(P, '中国', False, ctx='旧中国')

# eight products, 1954 against 1949
Y('一九五四年', '1954', ctx='一九五四年预计产量')
Y('一九四九年', '1949', ctx='一九四九年产量')
F('一百零八亿度', 10800000000, '度', '电力（1954预计产量）')          # 度 as an older unit, as 亿度 in gwr-060-428-2545 (round 10)
times('二点五倍', 2.5, '电力产量（1954比1949）')
F('八千一百九十九万吨', 81990000, '吨', '原煤（1954预计产量）')
times('二点六倍', 2.6, '原煤产量（1954比1949）')
F('三百零三万吨', 3030000, '吨', '生铁（1954预计产量）')
times('十二点四倍', 12.4, '生铁产量（1954比1949）')
F('二百十七万吨', 2170000, '吨', '钢（1954预计产量）')
times('十三点七倍', 13.7, '钢产量（1954比1949）')
F('一万三千五百十三台', 13513, '台', '金属切削机床（1954预计产量）')
times('八点五倍', 8.5, '金属切削机床产量（1954比1949）')
F('四百七十三万吨', 4730000, '吨', '水泥（1954预计产量）')
times('七点二倍', 7.2, '水泥产量（1954比1949）')
F('四百六十万件', 4600000, '件', '棉纱（1954预计产量）')
times('二点六倍', 2.6, '棉纱产量（1954比1949）')
F('四十八万吨', 480000, '吨', '机制纸（1954预计产量）')
times('四点五倍', 4.5, '机制纸产量（1954比1949）')

# the three shares
opt_fig('三个', 3, '个', '值得特别注意的地方')                       # a count of the list that follows (round 10): optional
Y('一九四九年', '1949', ctx='在一九四九年，这个比重')
F('百分之十七', 17, '%', '现代工业产值在工农业总产值中的比重（1949）', ap='about|exact')   # 大约是… (大约 before the verb stays outside, round 14: 两万四千种)
Y('一九五四年', '1954', ctx='一九五四年预计将近')
F('将近百分之三十三', 33, '%', '现代工业产值在工农业总产值中的比重（1954）', ap='less_than')  # 将近 inside (lead's decision this session)
Y('一九五四年', '1954', ctx='一九五四年消费资料')
times('三点一倍左右', 3.1, '消费资料的生产（1954比1949）')
A.spans[-1]['attrs']['approx'] = 'about'                              # 左右 inside (guide)
times('五点七倍左右', 5.7, '生产资料的生产（1954比1949）')
A.spans[-1]['attrs']['approx'] = 'about'
Y('一九五四年', '1954', ctx='在一九五四年将由')
Y('一九四九年', '1949', ctx='由一九四九年的百分之二十八点八')
F('百分之二十八点八', 28.8, '%', '生产资料产值在工业总产值中的比重（1949）')
F('百分之四十二点三', 42.3, '%', '生产资料产值在工业总产值中的比重（1954）')
Y('一九五四年', '1954', ctx='这一比重在一九五四年')
Y('一九四九年', '1949', ctx='由一九四九年的百分之三十七')
F('百分之三十七', 37, '%', '国营、合作社营和公私合营工业在工业总产值中的比重（1949）')
F('百分之七十一左右', 71, '%', '国营、合作社营和公私合营工业在工业总产值中的比重（1954）', ap='about')
F('百分之二十九左右', 29, '%', '没有转为公私合营的资本主义工业在工业总产值中的比重（1954）', ap='about')

# the new projects
s(DT, '第一个五年计划', False, value='1953/1957', ctx='第一个五年计划期间新建')   # round 14: optional as DATE and SLOGAN period
s(SL, '第一个五年计划', False, ctx='第一个五年计划期间新建', kind='period', quoted=False)
F('六百个', 600, '个', '第一个五年计划期间新建和改建的重大工业建设项目', ap='about|exact')  # 约有… (约 before the verb stays outside, round 14)
s(P, '苏联', ctx='苏联协助我国建设的一百四十一个')                  # a country (gwr-071-diplomacy)
F('一百四十一个', 141, '个', '苏联协助我国建设的项目', ctx='一百四十一个项目就是')
Y('一九五八年', '1958')
opt_fig('将近十年', 10, '年', '', ap='less_than')                     # a duration (guide): optional; 将近 inside (lead)
Y('一九五三年', '1953', ctx='一九五三年全国完成')
Y('一九五二年', '1952', ctx='比较一九五二年增加了百分之九十六')
F('百分之九十六', 96, '%', '工业基本建设投资总额增长（1953比1952）')
Y('一九五四年', '1954', ctx='一九五四年计划的工业')
Y('一九五三年', '1953', ctx='比一九五三年增加百分之二十八')
F('百分之二十八', 28, '%', '工业基本建设投资总额增长（1954计划比1953）')
Y('一九五四年', '1954', ctx='一九五四年新建、改建')
F('三百个', 300, '个', '一九五四年新建、改建和续建的重大工业建设项目')
s(DT, '本年内', False, resolved='1954')                               # a relative time (Conventions decided here): optional
F('五十一个', 51, '个', '一九五四年可以完成建设的重大项目')
s(P, '苏联', ctx='在苏联协助')
F('一百四十一个', 141, '个', '苏联协助我国建设的项目', ctx='一百四十一个项目中')
F('十七项', 17, '项', '已全部或者部分完工并投入生产的项目')
s(DEP, '鞍山钢铁公司', False, kind='enterprise')                    # an enterprise (guide): optional
s(P, '鞍山', False, ctx='鞍山钢铁公司')                              # a city at the start of an enterprise's name (round 17): optional
s(P, '阜新', ctx='阜新的海州')                                       # the city standing alone before 的 (guide): required
s(P, '海州', False, ctx='海州露天煤矿')                              # inside the mine's name (round 17: 海州 optional)
F('三十四项', 34, '项', '正在施工的项目')

# the Constitution
s(P, '中华人民共和国', False, ctx='中华人民共和国宪法')               # inside the name of a law (a title, guide): optional
s(DEP, '中国共产党', False, kind='party')                             # the Party as a whole (guide): optional
s(P, '中国', False, ctx='中国共产党')
opt_fig('几个', 3, '个', '五年计划', ctx='几个五年计划', ap='about')   # a vague count (undecided: optional)
s(P, '中国', ctx='把中国建设成为')                                    # the country (round 3)

# management
s(DT, '最近几年', False)                                               # a relative time (round 14: 最近几年 optional; slip fixed after the first measurement)
A.unquoted('增产节约运动', k='campaign', req=False)                   # a campaign of the period (undecided: optional, as 思想改造运动)
A.unquoted('劳动竞赛运动', k='campaign', req=False)
Y('一九五三年', '1953', ctx='一九五三年国营和公私合营')
Y('一九五二年', '1952', ctx='比一九五二年增长了百分之十三')
F('百分之十三', 13, '%', '国营和公私合营工业工人的劳动生产率增长（1953比1952）')
s(DT, '同年', False, value='1953', resolved='1953')                  # an anaphoric year (undecided: optional)
s(DEP, '中央', False, ctx='中央五个工业部')                           # 中央 alone (Conventions decided here): optional
F('五个', 5, '个', '中央工业部', ctx='中央五个工业部')                 # as gwr-071-livelihood (中央五个工业部门)
Y('一九五二年', '1952', ctx='比一九五二年平均降低')
F('百分之三点二', 3.2, '%', '中央五个工业部的产品成本降低（1953比1952）')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
