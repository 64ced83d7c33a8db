from functools import partial

from _ann import Ann

# Round 36 (annotator r36b, blind): 1958 State Council report on the 1958
# national economic plan (Bo Yibo), range [6812, 8964) of gwr-067 (window
# [3346, 8965)): the international situation (一九五七年, 苏联 ×4, 两颗 人造卫星,
# 六十几个 国家, 莫斯科, 中苏两国, the two five-year plans), the draft plan
# (一九五八年度, 一九五八年二月份, 增产节约运动), and the main targets of 1958: investment
# (一百四十五亿七千七百万元, 二十二亿元, 百分之十七点八), farm output (六百八十八亿三千万元,
# grain 三千九百二十亿斤 / cotton 三千五百万担 with increases), industrial output
# (六百四十三亿七千万元, 八十一亿九千万元), the 1952 / 1957 constant prices
# (七百一十九亿六千万元, 六百四十二亿五千万元), machinery, cotton yarn (将近六十万件) and
# sugar, the heading (三) and the opening of 第一 "关于基本建设" with the project
# counts (一千一百八十五个 …, 中央各部). Chinese numerals only.
# Traditional script: the gold is the OpenCC s2t form of the simplified source.
A = Ann('gwr-067', 6812, 8964, script='traditional')
s = A.s
F = A.figure
opt_fig = partial(A.figure, req=False)
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'
YI = 100000000
WAN = 10000


def Y(t, v, ctx=None):
    """A year in Chinese numerals: required (guide; Conventions decided here)."""
    s(DT, t, ctx=ctx, value=v)


def y57(ctx):
    Y('一九五七年', '1957', ctx=ctx)


def y58(ctx):
    Y('一九五八年', '1958', ctx=ctx)


def y52(ctx):
    Y('一九五二年', '1952', ctx=ctx)


def last_year(ctx):
    """上一年: relative time, optional, resolved 1957 (README round 10; gwr-067-output.py)."""
    s(DT, '上一年', False, ctx=ctx, value='1957', resolved='1957')


def this_year(ctx):
    """今年: relative time, optional (gwr-067-construction.py)."""
    s(DT, '今年', False, ctx=ctx, value='1958', resolved='1958')


def plan(n, ctx):
    """第一 / 第二个五年计划: optional as DATE and as SLOGAN `period` (round 14; gwr-067 scripts)."""
    t = f'第{n}个五年计划'
    v = '1953/1957' if n == '一' else '1958/1962'
    d = s(DT, t, False, ctx=ctx, value=v)
    A.unquoted(t, k='period', req=False, at=d['start'])


def ussr(ctx=None):
    s(P, '苏联', ctx=ctx)   # a country: required (guide; cpc-006 round, gwr-067-output)


# the international situation
y57('一九五七年苏联发射')
ussr('苏联发射')
F('两颗', 2, '颗', '苏联发射的人造卫星')                                  # number + classifier (guide)
F('六十几个', 60, '个', '在莫斯科举行会议的共产党的国家', ap='more_than')  # 几 like 十几 → more_than (round 21: 十几亿)
s(DEP, '共产党', False, ctx='国家的共产党', kind='party')                 # communist parties in general (the Party as a whole optional, guide)
s(P, '莫斯科')                                                           # a city: required (guide)
ussr('伟大的苏联')
s(P, '中苏', False)                                                      # joined abbreviation optional (round 2; README cpc-006 note)
s(P, '中', False, ctx='中苏两国')
s(P, '苏', False, ctx='中苏两国')
opt_fig('两国', 2, '', '中苏', ctx='两国的兄弟')                            # anaphoric count optional (round 6)
plan('一', '我国第一个五年计划的超额')
ussr('同苏联以及')
plan('二', '在第二个五年计划期间')
ussr('苏联和其他兄弟国家仍将')
# the draft plan
y58('这次提请大会审议的一九五八年度')
s(DT, '一九五八年度', False, value='1958')                               # the 年度 form optional (gwr-067-supply.py)
s(DT, '一九五八年二月', ctx='一九五八年二月份', value='1958-02')          # a month: required (guide); its year is not a span of its own
s(DT, '一九五八年二月份', False, value='1958-02')                         # the 月份 form optional (round 19, 今年１０月份)
s(DT, '二月份', False, ctx='一九五八年二月份', value='--02', resolved='1958')   # part of the month (optional)
A.unquoted('增产节约运动', k='campaign', ctx='工业的增产节约运动')   # a standard campaign name with 运动: required (gwr-060-population.py, gwr-067-thrift.py; 整风运动, round 2)
this_year('今年国民经济新跃进')
# investment
y58('一九五八年的基本建设总投资额')
F('一百四十五亿七千七百万元', 14577000000, '元', '基本建设总投资额（1958年拟定）')
y57('比一九五七年的预计数增加了二十二亿元')
F('二十二亿元', 22 * YI, '元', '基本建设总投资额比1957年预计数增加')
F('百分之十七点八', 17.8, '%', '基本建设总投资额增长（1958比1957）')
s(DT, '去冬以来', False, value='1957-WI', resolved='1957')              # relative time optional (round 10: 去冬今春)
s(DT, '去冬', False, ctx='去冬以来', value='1957-WI', resolved='1957')
y58('在一九五八年将进一步展开')
opt_fig('一笔', 1, '笔', '投资', ctx='一笔很大的投资')                    # 一笔 like 一批 (round 3): optional
y58('一九五八年我国基本建设的速度')
# farm output
y58('一九五八年农业和农副业总产值')
F('六百八十八亿三千万元', 68830000000, '元', '农业和农副业总产值（1958年拟定）')
y57('按一九五七年不变价格计算），比一九五七年增长百分之六点一')
y57('比一九五七年增长百分之六点一')
F('百分之六点一', 6.1, '%', '农业和农副业总产值增长（1958比1957）')
plan('一', '我国第一个五年计划的平均速度')
Y('一九五八', '1958', ctx='一九五八粮食')                                # a year written without 年: required (Conventions decided here, elliptic years)
F('三千九百二十亿斤', 3920 * YI, '斤', '粮食产量指标（1958）')
last_year('比上一年增加二百二十亿斤')
F('二百二十亿斤', 220 * YI, '斤', '粮食产量比上一年增加（1958）')
F('百分之五点九', 5.9, '%', '粮食产量增长（1958）')
F('三千五百万担', 3500 * WAN, '担', '棉花产量指标（1958）')
last_year('比上一年增加二百二十万担')
F('二百二十万担', 220 * WAN, '担', '棉花产量比上一年增加（1958）')
F('百分之六点七', 6.7, '%', '棉花产量增长（1958）')
# industrial output
y58('一九五八年的工业总产值')
F('六百四十三亿七千万元', 64370000000, '元', '工业总产值（1958年拟定）')
y57('按一九五七年不变价格计算），比一九五七年预计数')
y57('比一九五七年预计数')
F('八十一亿九千万元', 8190000000, '元', '工业总产值比1957年预计数增加')
F('百分之十四点六', 14.6, '%', '工业总产值增长（1958比1957）')
y57('比一九五七年要高得多')
# constant prices
y58('从一九五八年起改用')
y57('改用一九五七年的不变价格')
plan('一', '在第一个五年计划期间')
y52('是按一九五二年的不变价格计算的')
s(DT, '几年来', False, ctx='由于几年来')                                  # relative time optional (Conventions decided here)
s(DT, '几年来', False, ctx='同时，几年来')
y52('并没有一九五二年的不变价格')
y52('所以一九五二年的不变价格')
y58('决定从一九五八年开始')
y57('采用一九五七年的不变价格')
y52('仍然按照一九五二年的不变价格')
y58('一九五八年的工业总产值则为')
F('七百一十九亿六千万元', 71960000000, '元', '工业总产值（1958，按1952年不变价格）')
F('六百四十二亿五千万元', 64250000000, '元', '农业和农副业总产值（1958，按1952年不变价格）')
# machinery, cotton yarn, sugar
y58('在一九五八年的工业生产中')
last_year('机器制造工业总产值比上一年')
F('百分之二十七', 27, '%', '机器制造工业总产值增长（1958）')
y57('由于一九五七年的农业收成')
last_year('棉纱的产量，比上一年')
F('将近六十万件', 600000, '件', '棉纱产量比上一年增加（1958）', ap='less_than')   # 将近 inside (lead, round 36; like the guide's 近)
F('百分之十二点七', 12.7, '%', '棉纱产量增长（1958）')
last_year('糖的产量，比上一年')
F('十七万三千吨', 173000, '吨', '糖产量比上一年增加（1958）')
F('百分之二十点六', 20.6, '%', '糖产量增长（1958）')
y58('这些，就是一九五八年度')
s(DT, '一九五八年度', False, ctx='一九五八年度基本建设', value='1958')
# (三) heading and 第一 关于基本建设
y58('（三）一九五八年国民经济')
y58('计划草案对一九五八年')
y58('按照一九五八年发展')
for t in ('农业部门', '水利建设部门', '重工业部门'):
    s(DEP, t, False, ctx=t + '特别是' if t != '水利建设部门' else t + '的投资', level='central', kind='state')   # sectors named with 部门 (round 12): optional
y58('一九五八年计划继续施工')
F('一千一百八十五个', 1185, '个', '限额以上的建设项目（1958年计划）')
F('七百一十六个', 716, '个', '工业建设项目')
F('一百八十五个', 185, '个', '农林水利建设项目', ctx='农林水利建设项目是一百八十五个')
F('一百零六个', 106, '个', '交通运输建设项目')
F('四十七个', 47, '个', '商业建设项目', ctx='商业建设项目是四十七个')
F('六十个', 60, '个', '文教卫生建设项目')
F('四十七个', 47, '个', '城市公用事业建设项目', ctx='城市公用事业建设项目是四十七个')
F('二十四个', 24, '个', '其他建设项目')
s(DEP, '中央各部', False, level='central', kind='state')                  # 中央各部门 optional (round 1)
s(DEP, '中央', False, ctx='中央各部', level='central', kind='state')      # 中央 alone optional (Conventions decided here)
F('五百六十七个', 567, '个', '属于中央各部的工业建设项目')
F('一百四十九个', 149, '个', '属于地方的工业建设项目')
this_year('在今年内可以建设完工')
F('一百八十八个', 188, '个', '今年内可建设完工的工业建设项目')
opt_fig('四十六小时', 46, '小时', '平均每一个新工厂或矿山建成的间隔')      # a duration: optional (Conventions decided here)
opt_fig('一个', 1, '个', '新的重大的工厂或者矿山', ctx='就将有一个')       # 一个 (round 12 r7m): optional
this_year('规模在今年将')
this_year('生产能力在今年将')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
