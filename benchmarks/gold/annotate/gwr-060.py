from _ann import DEP, DT, PE, SL, Ann, P, all_occ

A = Ann('gwr-060', 428, 2545)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI, WAN = 100000000, 10000


def yrs(n, t, ctx=None):
    s('FIGURE', t, False, ctx=ctx, value=n, approx='exact', unit='年')  # a duration

Y = A.date

def last_year(ctx):
    s(DT, '上一年', False, ctx=ctx, value='1977', resolved='1977')


def two_years(ctx):
    s(DT, '这两年', False, ctx=ctx, value='1977/1978')
    s('FIGURE', '两年', False, ctx=ctx, value=2, approx='exact', unit='年')


# The persons and the faction label, at every occurrence in the passage
all_occ(A, PE, '林彪')  # cpc-006: required
all_occ(A, SL, '四人帮', False, kind='term', quoted=True)  # round 1: a quoted label for a faction
A.cur = 0

# 在政治和思想方面
s(DEP, '中国共产党', False, level='central', kind='party')  # the Party as a whole (guide)
s(P, '中国', False, ctx='中国共产党')
yrs(10, '十年', ctx='猖獗十年')
s(P, '中国', ctx='中国人民带来')  # 中国 in 中国人民 (round 6)
# 党政军的组织: generic
U('真理标准的讨论', 'campaign', req=False)  # like 真理标准问题讨论 (xinhua-087)
U('解放思想', req=False, ctx='群众解放思想')
s(PE, '毛泽东', title='同志')
U('实事求是、一切从实际出发、理论联系实际', req=False)  # the style's standard wording (undecided)
U('实事求是', req=False); U('理论联系实际', req=False, ctx='、理论联系实际的学风')
s(DEP, '中央', False, ctx='从中央到基层')  # 中央 alone (round 1)
s(DT, '文化大革命', False, ctx='文化大革命中一系列'); s(SL, '文化大革命', False, ctx='文化大革命中一系列', kind='period', quoted=False)
s(DEP, '国民党', False, kind='party')  # a named party, not a state organ (undecided)
U('民主集中制', 'term', req=False)  # round 3
U('群众路线', req=False, ctx='民主集中制和群众路线')  # round 3
U('安定团结、生动活泼', req=False)  # undecided: a standard wording of the time

# 在经济方面
Y('一九七八年', '1978', ctx='一九七八年仍然')
s(DT, '建国以来', False, ctx='超过了建国以来')
F('三亿零四百七十五万吨', 30475 * WAN, '吨', '粮食总产量（1978）', ap='exact|more_than')  # after 达到
last_year('比上一年增产')
F('二千二百万吨', 2200 * WAN, '吨', '粮食增产（1978比1977）')
F('百分之七点八', 7.8, '%', '粮食增产（1978比1977）')
s(DT, '三十年来', False); yrs(30, '三十年', ctx='三十年来')
last_year('都比上一年')
s(DT, '中共十一届三中全会', False)
s(DEP, '中共', False, ctx='中共十一届', level='central', kind='party')  # the Party as a whole
s(DT, '十一届三中全会', False)  # a plenary session used as an actor/time (round 5)
s(DEP, '中共中央', False, ctx='中共中央关于加快', level='central', kind='party', canonical='中共中央')  # inside a title of a work
# 《农村人民公社工作条例（试行草案）》: none
Y('一九七七年', '1977', ctx='工业总产值一九七七年')
Y('一九七六年', '1976')
F('百分之十四点三', 14.3, '%', '工业总产值增长（1977比1976）')
Y('一九七八年', '1978', ctx='一九七八年又比')
Y('一九七七年', '1977', ctx='又比一九七七年')
F('百分之十三点五', 13.5, '%', '工业总产值增长（1978比1977）')
two_years('这两年中，钢产量')
F('二千零四十六万吨', 2046 * WAN, '吨', '钢产量（1976）')
F('三千一百七十八万吨', 3178 * WAN, '吨', '钢产量（1978）')
F('百分之五十五点三', 55.3, '%', '钢产量增长（1976—1978）')
F('四亿八千三百万吨', 48300 * WAN, '吨', '原煤产量（1976）')
F('六亿一千八百万吨', 61800 * WAN, '吨', '原煤产量（1978）')
F('百分之二十八', 28, '%', '原煤产量增长（1976—1978）')
F('八千七百万吨', 8700 * WAN, '吨', '原油产量（1976）')
F('一亿零四百万吨', 10400 * WAN, '吨', '原油产量（1978）')
F('百分之十九点五', 19.5, '%', '原油产量增长（1976—1978）')
F('二千零三十亿度', 2030 * YI, '度', '发电量（1976）')
F('二千五百六十亿度', 2560 * YI, '度', '发电量（1978）')
F('百分之二十六', 26, '%', '发电量增长（1976—1978）')
F('五百二十四万吨', 524 * WAN, '吨', '化肥产量（按有效成份计算，1976）')
F('八百六十九万吨', 869 * WAN, '吨', '化肥产量（按有效成份计算，1978）')
F('百分之六十六', 66, '%', '化肥产量增长（1976—1978）')
F('十四万六千吨', 146000, '吨', '化学纤维产量（1976）')
F('二十八万五千吨', 285000, '吨', '化学纤维产量（1978）')
F('百分之九十五', 95, '%', '化学纤维产量增长（1976—1978）')
F('八亿二千万吨', 82000 * WAN, '吨', '铁路货运量（1976）')
F('十亿七千万吨', 107000 * WAN, '吨', '铁路货运量（1978）')
F('百分之三十点五', 30.5, '%', '铁路货运量增长（1976—1978）')
two_years('这两年中，社会商品')
F('百分之十六', 16, '%', '社会商品零售总额增长（1976—1978）')
F('百分之五十三点七', 53.7, '%', '进出口总额增长（1976—1978）')
F('百分之四十四点四', 44.4, '%', '财政收入增长（1976—1978）')
F('百分之十七点七', 17.7, '%', '全国农民从集体分得的平均收入增加（1976—1978）')
F('百分之六十', 60, '%', '不同程度地增加了工资的职工（占全国职工）')
s('FIGURE', '一批', False, value=1, approx='about', unit='批')  # round 3: optional
Y('一九七八年', '1978', ctx='一九七八年全国建成')
F('三千七百多万平方米', 3700 * WAN, '平方米', '全国建成交付使用的职工住宅面积（1978）', ap='more_than')  # 共达: the verb stays outside
last_year('比上一年增长百分之三十三')
F('百分之三十三', 33, '%', '职工住宅面积增长（1978比1977）')
two_years('这两年中，我们在引进')
s(DT, '过去十多年来', False); s(DT, '十多年来', False)
s('FIGURE', '十多年', False, value=10, approx='more_than', unit='年')  # a duration

# 在科学教育文化方面
s(DEP, '全国科学大会', False)  # a conference, not an organ (undecided)
s(DT, '一九七八——一九八五年', False, value='1978/1985')  # inside the title of a work: optional (nesting)
s(DT, '一九七八', False, ctx='一九七八——', value='1978')
s(DT, '一九八五年', False, value='1985')
s(DT, '文化大革命', False, ctx='文化大革命前十七年'); s(SL, '文化大革命', False, ctx='文化大革命前十七年', kind='period', quoted=False)
yrs(17, '十七年', ctx='前十七年')
Q('两个估计')  # a quoted numbered formula (round 2); no FIGURE
s('FIGURE', '亿万', False, value=YI, approx='about', unit='', subject='学生')  # an indefinite multitude (undecided)
Q('文艺黑线专政')  # the quoted name of a thesis (…论), like “两个估计”
s('FIGURE', '一大批', False, value=1, approx='about', unit='批')
s(P, '中外', False)  # joined abbreviations (round 2)
s('FIGURE', '一批', False, ctx='出现了一批', value=1, approx='about', unit='批')
U('百花齐放', req=False)  # half of the 双百 formula, unquoted and alone (undecided)
U('社会主义现代化建设', req=False)  # a policy phrase
U('百家争鸣方针', req=False); U('百家争鸣', req=False)  # undecided
s(DT, '建国以来', False, ctx='达到了建国以来')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
