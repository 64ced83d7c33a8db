from functools import partial

from _ann import Ann

# Round 37 (annotator r37d, blind): 1958 State Council report on the 1958
# national economic plan (Bo Yibo), range [3372, 5705) of gwr-067 (window
# [3346, 6812)), after the heading 以下我们还要说到交通运输和商业战线上的情况:
# transport in 1957 (一千一百多公里, 长江大桥 / 宝成铁路 / 鹰厦铁路, 五百一十六公里,
# 铁道部, 京汉 / 粤汉, 四川, 李白 and “蜀道之难，难于上青天”, four growth rates,
# 交通部), commerce (五亿元, 二十亿元以上), foreign trade (百分之四), culture and
# education (three school rates, 四川、江苏、河南、河北, 卫生部, 百分之十一点七),
# 整风运动和反右派斗争 ×3, the summary of the first five-year plan, the difficulties
# (中共中央 / 党中央 and 毛主席 ×4, 李先念副总理, 一九五六年冬, 资产阶级右派分子), and
# the opening of （二） on the new leap of 1958 (第二个五年计划, 十五年, 英国,
# 又多、又快、又好、又省, 勤俭建国). Chinese numerals only.
# Traditional script: the gold is the OpenCC s2t form of the simplified source.
A = Ann('gwr-067', 3372, 5705, script='traditional')
s = A.s
F = A.figure
opt_fig = partial(A.figure, req=False)
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'; PE = 'PERSON'
YI = 100000000
WAN = 10000
STATE = {'level': 'central', 'kind': 'state'}


def Y(t, v, ctx=None):
    """A year in Chinese numerals: required (guide; Conventions decided here)."""
    s(DT, t, ctx=ctx, value=v)


def last_year(ctx, v='1956'):
    """上一年: relative time, optional, resolved (round 10; gwr-067-targets.py)."""
    s(DT, '上一年', False, ctx=ctx, value=v, resolved=v)


def plan(n, ctx):
    """第一 / 第二个五年计划: optional as DATE and as SLOGAN `period` (round 14; gwr-067-targets.py)."""
    t = f'第{n}个五年计划'
    v = '1953/1957' if n == '一' else '1958/1962'
    d = s(DT, t, False, ctx=ctx, value=v)
    A.unquoted(t, k='period', req=False, at=d['start'])


def mao(ctx):
    """毛主席: 毛 required with title 主席, the whole optional (rounds 1, 8, 15; gwr-063 scripts)."""
    d = s(PE, '毛', ctx=ctx, title='主席')
    s(PE, '毛主席', False, at=d['start'], title='主席')


def rectification(ctx):
    """整风运动 required, kind campaign (round 2); 反右派斗争 optional (undecided, r37d)."""
    A.unquoted('整风运动', k='campaign', ctx=ctx)
    A.unquoted('反右派斗争', k='campaign', req=False)


def railway(name, ctx=None):
    """A railway by name and the joined abbreviation in it: optional PLACEs (rounds 3, 10, 12)."""
    d = s(P, name + '铁路', False, ctx=ctx)
    s(P, name, False, at=d['start'])


def bridge(ctx):
    """长江大桥: a bridge (building / venue) optional, 长江 at its start optional (guide; round 12)."""
    d = s(P, '长江大桥', False, ctx=ctx)
    s(P, '长江', False, at=d['start'])


# transport
Y('一九五七年', '1957', ctx='一九五七年建设铁路')
F('一千一百多公里', 1100, '公里', '建设铁路新线和复线（1957）', ap='more_than')   # 多 inside (guide)
bridge('举世瞩目的长江大桥')
railway('宝成', ctx='宝成铁路和鹰厦铁路')
railway('鹰厦', ctx='鹰厦铁路这样')
F('五百一十六公里', 516, '公里', '企业专用线铺轨（1957）')
s(DEP, '铁道部', canonical='中华人民共和国铁道部', **STATE)                   # a ministry of the 1950s: required (round 16)
bridge('由于长江大桥的建成')
s(P, '京汉', False, ctx='京汉和粤汉')                                          # railway abbreviations optional (round 12)
s(P, '粤汉', False, ctx='京汉和粤汉')
opt_fig('两大', 2, '', '铁路干线', ctx='两大铁路干线')                          # a count after a closed list (round 2: 两大主题): optional
s(P, '长江', ctx='跨过长江')                                                   # the river itself: required (guide: named places)
railway('宝成', ctx='由于宝成铁路的通车')
s(P, '四川', ctx='物产丰富的四川')                                             # a province: required
s(PE, '李白', title='诗人')                                                    # a named person (guide)
A.quoted('蜀道之难，难于上青天', k='quotation', req=False)                      # a quoted line of a poet (Conventions decided here: quotations optional)
s(P, '蜀', False, ctx='蜀道之难')                                              # one-character name inside a quotation: optional (guide)
railway('鹰厦', ctx='由于鹰厦铁路的建成')
s(P, '东南沿海地区', False)                                                    # a region without fixed boundary (round 2; r36b 沿海地区)
Y('一九五六年', '1956', ctx='比一九五六年，铁路')
F('百分之十一点八', 11.8, '%', '铁路货物周转量增长（1957比1956）')
F('百分之八点四', 8.4, '%', '公路汽车货物周转量增长（1957比1956）')
s(DEP, '交通部', canonical='中华人民共和国交通部', **STATE)                   # required (round 16: the ministries of 1958)
F('百分之二十一点四', 21.4, '%', '交通部直属内河运输企业货物周转量增长（1957比1956）')   # 分别 list: each its own span (guide)
F('百分之二十九点二', 29.2, '%', '交通部直属沿海运输企业货物周转量增长（1957比1956）')
# commerce
Y('一九五七年', '1957', ctx='一九五七年社会商品零售总额')
last_year('比上一年增加五亿元')
F('五亿元', 5 * YI, '元', '社会商品零售总额比上一年增加（1957）')
s(DEP, '商业部门', False, kind='state')                                        # a sector named with 部门: optional (round 12; r36b)
s(DT, '年末', False, value='1957-12', resolved='1957')                        # 年末 / 年初 optional (rounds 1 and 10)
s(DT, '年初', False, value='1957-01', resolved='1957')
F('二十亿元以上', 20 * YI, '元', '商业部门零售商品库存年末比年初增加（1957）', ap='more_than|at_least')   # 以上 inside (Conventions decided here)
opt_fig('二十亿元', 20 * YI, '元', '商业部门零售商品库存年末比年初增加（1957）', ctx='二十亿元以上')   # bare form optional (r16b: 九成以上)
A.unquoted('增产节约', k='campaign', req=False, ctx='由于增产节约的开展')     # the campaign without 运动 (undecided, r37d)
last_year('超过了上一年同期')
# foreign trade
Y('一九五七年', '1957', ctx='一九五七年进出口')
F('超过百分之四', 4, '%', '进出口贸易总额超过原计划（1957）', ap='more_than|exact')   # 超过 before the number inside the span (guide; round 2); exact too: here a comparison (比原计划超过)
opt_fig('百分之四', 4, '%', '进出口贸易总额超过原计划（1957）', ctx='超过百分之四', ap='exact|more_than')   # the bare number optional (round 2)
# culture and education
Y('一九五七年', '1957', ctx='一九五七年的在校学生')
Y('一九五六年', '1956', ctx='比一九五六年，高等学校')
F('百分之九点七', 9.7, '%', '高等学校在校学生人数增长（1957比1956）')
F('百分之十五', 15, '%', '普通中学在校学生人数增长（1957比1956）', ctx='增长百分之十五，')
F('百分之五点五', 5.5, '%', '小学在校学生人数增长（1957比1956）')
Y('一九五七年', '1957', ctx='群众办学在一九五七年')
s(P, '四川', ctx='有四川、江苏')                                               # provinces in a list: each required
s(P, '江苏')
s(P, '河南')
s(P, '河北')
s(DEP, '卫生部', canonical='中华人民共和国卫生部', **STATE)                   # a ministry (the 系统 outside): required (round 16)
last_year('比上一年增长百分之十一点七')
F('百分之十一点七', 11.7, '%', '卫生部系统医院病床数增长（1957比1956）')
# rectification and the intellectuals
rectification('经过整风运动和反右派斗争，批判')
s(DEP, '共产党', False, ctx='工人阶级和共产党', kind='party')                  # the Party as a whole: optional (guide)
s(DEP, '党', False, ctx='党和国家从各方面', kind='party')                      # 党 alone: optional (r16d)
# the first five-year plan
s(DT, '过去几年来', False, value='1953/1957', resolved='1957')               # 过去几年 optional (round 14)
Y('一九五六年', '1956', ctx='一九五六年的大发展')
d = A.unquoted('大跃进', k='campaign', req=False, ctx='大发展、大跃进')        # optional as SLOGAN and DATE (round 12, undecided)
s(DT, '大跃进', False, at=d['start'], value='1956')
plan('一', '完成第一个五年计划的形势')
Y('一九五七年', '1957', ctx='经过一九五七年的国民经济')
plan('一', '我国第一个五年计划所规定')
# the difficulties overcome
s(DT, '全国解放以来', False, value='1949/1958')                              # optional relative time (round 33)
opt_fig('八年', 8, '年', '', ctx='过去的八年')                                 # a duration: optional (guide)
opt_fig('一次', 1, '次', '遇到严重的自然灾害', ctx='不只一次地遇到了严重')       # 一次 optional (r34d, article-like counts)
opt_fig('一次', 1, '次', '遇到物资、财政和技术力量不足', ctx='不只一次地遇到了物资')
s(DEP, '中共中央', ctx='中共中央和毛主席', level='central', kind='party', canonical='中国共产党中央委员会')
mao('中共中央和毛主席')
A.unquoted('资产阶级右派', k='term', req=False, ctx='资产阶级右派分子在')         # r32d: optional term
Y('一九五七年', '1957', ctx='一九五七年春天')
s(DT, '一九五七年春天', False, value='1957-SP')                               # a season with its year: the bare year required, the longer form optional (guide)
Y('一九五六年', '1956', ctx='一九五六年冬')
s(DT, '一九五六年冬', False, value='1956-WI')
s(PE, '李先念', title='副总理')                                               # title outside (guide)
s(DEP, '党中央', ctx='但是党中央和毛主席', level='central', kind='party', canonical='中国共产党中央委员会')
mao('党中央和毛主席随即')
Y('一九五七年', '1957', ctx='经过一九五七年的增产')
rectification('经过整风运动和反右派斗争动员')
s(DT, '夏季', False, ctx='到了夏季以后', value='1957-SU', resolved='1957')      # a season without its year: optional
Y('一九五七年', '1957', ctx='一九五七年重工业部门')
s(DEP, '重工业部门', False, kind='state')                                     # a sector named with 部门: optional (r36b)
s(DEP, '轻工业部门', False, kind='state', ctx='农业和轻工业部门')              # likewise (round 12; r36b)
Y('一九五六年', '1956', ctx='补充了一九五六年动用')
s(DEP, '共产党', False, ctx='在共产党和毛主席', kind='party')                  # the Party as a whole: optional (guide)
mao('共产党和毛主席领导')
# （二） the new leap of 1958
Y('一九五八年', '1958', ctx='争取一九五八年国民经济')
Y('一九五八年', '1958', ctx='一九五八年是我国')
plan('二', '我国第二个五年计划的第一年')
Y('一九五八年', '1958', ctx='争取一九五八年的国民经济发展')
plan('二', '为第二个五年计划创造')
Y('一九五八年', '1958', ctx='使一九五八年的国民经济')
rectification('整风运动和反右派斗争的伟大胜利')
plan('一', '我国第一个五年计划的巨大成就')
s(DEP, '党中央', ctx='把党中央和毛主席', level='central', kind='party', canonical='中国共产党中央委员会')
mao('党中央和毛主席所提出')
opt_fig('十五年', 15, '年', '赶上或者超过英国的时间', ctx='在十五年或者')      # a duration: optional (guide; Conventions decided here)
s(P, '英国')                                                                  # a country: required
A.unquoted('在优先发展重工业的基础上、发展工业和发展农业同时并举', req=False)   # like 工农业并举(的方针) (r35c): optional formula
A.unquoted('勤俭建国', req=False, ctx='贯彻执行勤俭建国的方针')                 # 勤俭建国 alone optional (r34c; round 27)
A.unquoted('又多、又快、又好、又省', req=False)                                 # optional formula (r28a; r33a)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
