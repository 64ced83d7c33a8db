from functools import partial

from _ann import Ann

# 1981 State Council government work report (delivered 30 Nov 1981), section
# (一) 当前的经济形势, the second range after `gwr-058-1041-2838`: from the
# science paragraph (科学研究工作) to the end of the national-income paragraph
# (很大的改善。): science (１９８０年, 二千六百多项, 杂交水稻 / 鲁棉一号, the rocket with three
# satellites, 太平洋), domestic and foreign trade (９％, 几十亿元, 近百亿元), living
# standards (大队 counts of 1979 and 1980, 鲁西 / 豫东 / 苏北 / 淮北, 九亿平方米, month
# ranges 今年１至９月 / 今年１到１０月, 四百七十七万人, 八千万平方米, savings), the
# assessment of the adjustment (调整、改革、整顿、提高方针, 中共十一届三中全会), rural
# policy (生产责任制), industry (八字方针, 六个方面) and the distribution of national
# income (从１９７９至１９８１年, 亿元 sums, shares ６３．５％ → ７０％左右). Full-width digits
# and Chinese numerals; no named organ apart from 中共.
A = Ann('gwr-058', 3218, 5561)
s = A.s
F = A.figure
U = A.unquoted
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'
Y81 = {'value': '1981', 'resolved': '1981'}
Y80 = {'value': '1980', 'resolved': '1980'}

opt_fig = partial(A.figure, req=False)  # an optional FIGURE


def this_year(ctx):
    s(DT, '今年', False, ctx=ctx, **Y81)  # relative time (guide): optional


def last_year(ctx):
    s(DT, '去年', False, ctx=ctx, **Y80)


# science
s(DT, '１９８０年', value='1980', ctx='１９８０年全国涌现')
F('二千六百多项', 2600, '项', '重大科研成果（1980）', ap='more_than')
this_year('今年又继续增加')
F('５０％', 50, '%', '科研成果已经应用于生产的比重', ap='exact|more_than')  # after 达到 (guide)
# 鲁棉一号: a cotton variety; 一号 inside the name is no figure (guide: numerals inside
# names); 鲁 (Shandong) inside it: a one-character abbreviation inside a name, optional.
s(P, '鲁', False, ctx='鲁棉一号')
this_year('今年工业部门')
F('上万种', 10000, '种', '工业部门试制的新产品和试验的新工艺（1981）', ap='about')  # 上N (guide)
opt_fig('半数', 0.5, '', '新产品和新工艺已投入生产的', ctx='其中半数')  # like 一半 (round 11)
opt_fig('一枚', 1, '枚', '运载火箭')  # an article-like count (r7q): optional
F('三颗', 3, '颗', '一枚运载火箭发射的卫星')
last_year('继去年')
s(P, '太平洋')  # an ocean (round 10: required)
opt_fig('一项', 1, '项', '新成就', ctx='又一项新成就')
# trade
this_year('社会商品零售额今年')
last_year('将比去年增长９％')
F('９％', 9, '%', '社会商品零售额增长（1981比1980，预计）')
this_year('原来估计今年')
opt_fig('几十亿元', 1000000000, '元', '原来估计动用的商品库存', ap='more_than')  # 几十亿 (round 10)
this_year('今年的商品库存')
F('近百亿元', 10000000000, '元', '商品库存增加（1981）', ap='less_than')  # 近 (guide); 近百场 (round 4)
this_year('进出口总额今年')
last_year('将比去年有较多')
# living standards
s(DT, '前两年', False)  # relative time
opt_fig('两年', 2, '年', '', ctx='前两年')  # a duration
this_year('今年又有了显著')
# 集体分配平均每人在三百元以上的大队: a threshold that defines a class (round 18, r9c:
# 2000万元以上 before 技改项目; round 4: 50万千瓦以上): optional, with the bare form.
opt_fig('三百元以上', 300, '元', '集体分配平均每人（大队的门槛）', ap='more_than|at_least')
opt_fig('三百元', 300, '元', '集体分配平均每人（大队的门槛）')
s(DT, '１９７９年', value='1979', ctx='１９７９年有一千')
F('一千六百二十二个', 1622, '个', '集体分配平均每人三百元以上的大队（1979）')
s(DT, '１９８０年', value='1980', ctx='１９８０年增加到')
F('五千五百六十九个', 5569, '个', '集体分配平均每人三百元以上的大队（1980）')  # 增加到 outside: exact
this_year('今年比去年又将')
last_year('今年比去年又将')
# regions without fixed boundary (round 16: 鲁西 / 鲁西南; round 10: 苏北, 淮北): optional
s(P, '鲁西', False)
s(P, '豫东', False)
s(P, '苏北', False)
s(P, '淮北', False)
opt_fig('一个', 1, '个', '重要表现', ctx='一个重要表现')
s(DT, '近三年', False, ctx='近三年农村新建')
opt_fig('三年', 3, '年', '', ctx='近三年农村新建')
F('九亿平方米', 900000000, '平方米', '近三年农村新建房屋', ap='exact|more_than')  # after 达
# 今年１至９月: 今年 optional; the month after it required (round 12: the bare month of
# 今年三月初; round 17: a month in a dated narrative), resolved from 今年; the lone first
# number of the range (１, sharing 月) and the whole range optional (undecided: the year
# rule of round 15 requires each year of a range, but a bare digit of a month range was
# never decided).
this_year('今年１至９月')
s(DT, '１至９月', False, value='--01/--09', resolved='1981-01/1981-09')
s(DT, '１', False, ctx='１至９月', value='--01', resolved='1981-01')
s(DT, '９月', value='--09', resolved='1981-09')
F('四百七十七万人', 4770000, '人', '城镇安排就业（1981年1至9月）')
this_year('从今年１０月份')
s(DT, '１０月', value='--10', resolved='1981-10', ctx='１０月份起')
s(DT, '１０月份', False, value='--10', resolved='1981-10')
this_year('今年职工住宅')
last_year('去年的水平')
F('八千万平方米', 80000000, '平方米', '全国各城镇职工住宅竣工面积（1981）', ap='exact|more_than')  # after 可达到
last_year('建设比去年好')
last_year('面积比去年多')
this_year('今年１到１０月')
s(DT, '１到１０月', False, value='--01/--10', resolved='1981-01/1981-10')
s(DT, '１', False, ctx='１到１０月', value='--01', resolved='1981-01')
s(DT, '１０月', value='--10', resolved='1981-10', ctx='１到１０月增加')
F('九十五亿元', 9500000000, '元', '城乡人民储蓄存款增加（1981年1至10月）')
F('四百九十四亿元', 49400000000, '元', '城乡人民储蓄存款', ap='exact|more_than')  # after 达到
opt_fig('一个', 1, '个', '重要标志', ctx='一个重要标志，也是')
opt_fig('一个', 1, '个', '重要标志', ctx='一个重要标志。')
# the assessment
# 安定团结、生动活泼 (round 10: unquoted standard wording, optional, undecided)
U('安定团结、生动活泼', req=False)
# 调整、改革、整顿、提高方针 (gwr-059: the four words an optional formula)
U('调整、改革、整顿、提高', req=False)
U('调整、改革、整顿、提高方针', req=False)
s(DEP, '中共', False, ctx='中共十一届三中全会', kind='party', canonical='中国共产党')  # gwr-058
s(DT, '中共十一届三中全会', False)  # an event used as a time (rounds 5, 15)
s(DT, '十一届三中全会', False)
# rural policy
s(DT, '１９７９年', value='1979', ctx='从１９７９年起')
s(DT, '近三年', False, ctx='在近三年的时间')
opt_fig('三年', 3, '年', '', ctx='近三年的时间')
U('生产责任制', 'term', req=False, ctx='多种形式的生产责任制')  # policy term (undecided)
U('生产责任制', 'term', req=False, ctx='建立健全生产责任制')
opt_fig('两个', 2, '个', '重要环节', ctx='这两个重要环节')  # anaphoric count (round 2)
# industry
# 八字方针: the designation of 调整、改革、整顿、提高 (eight characters); a numbered
# designation, but not quoted and not decided before: optional, kind formula (undecided).
U('八字方针', req=False)
s(DT, '去年底', False, value='1980', resolved='1980')
last_year('去年底作出')
U('挖革改', 'term', req=False)  # abbreviation of 挖潜、革新、改造 (undecided)
opt_fig('六个', 6, '个', '方面', ctx='六个方面')  # a count announced after a list (round 17: optional)
s(DT, '今年以来', False, value='1981', resolved='1981')
this_year('今年以来')
s(DT, '三年来', False)
opt_fig('三年', 3, '年', '', ctx='三年来逐步')
U('经济责任制', 'term', req=False)
U('按劳分配', req=False)  # gwr-065: optional formula
U('平均主义', 'term', req=False)
U('吃大锅饭', 'term', req=False)
# national income
# 从１９７９至１９８１年: each year of a range is required (round 15), the first with no 年
# of its own (round 17: the first number of a range sharing its unit gets a span); the
# whole range optional.
s(DT, '１９７９至１９８１年', False, value='1979/1981')
s(DT, '１９７９', value='1979', ctx='１９７９至')
s(DT, '１９８１年', value='1981', ctx='至１９８１年')
F('五百二十亿元', 52000000000, '元', '减少的财政收入（1979—1981，提价和减税）')
s(DT, '这三年', False)
opt_fig('三年', 3, '年', '', ctx='这三年')
F('两千多万人', 20000000, '人', '城镇安排就业（1979—1981）', ap='more_than')
F('四百零五亿元', 40500000000, '元', '增加财政开支和减少财政收入（职工，1979—1981）')
opt_fig('两部分', 2, '部分', '减收和增支', ctx='这两部分')  # anaphoric count (round 2)
F('九百二十五亿元', 92500000000, '元', '减收增支（1979—1981）')
F('六百亿元', 60000000000, '元', '原来设想的减收增支')
F('５４％', 54, '%', '减收增支比原来设想多出')
F('二百三十四亿元', 23400000000, '元', '价格补贴（1979—1981）')
s(DT, '１９７８年', value='1978')
F('６３．５％', 63.5, '%', '消费在国民收入中的比重（1978）')
this_year('上升到今年的')
F('７０％左右', 70, '%', '消费在国民收入中的比重（1981）', ap='about')
F('３６．５％', 36.5, '%', '积累在国民收入中的比重（1978）')
F('３０％左右', 30, '%', '积累在国民收入中的比重（1981）', ap='about')

if __name__ == '__main__':
    import sys
    A.write()
    if '--review' in sys.argv:
        A.review()
