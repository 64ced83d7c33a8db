from functools import partial

from _ann import DEP, DT, Ann

# Round 33 (r33a, blind): 1958 State Council report on the 1958 national economic plan
# (gwr-067), range [16523, 18290): part 第四 "关于人民物质生活和国内外贸易" from the
# workforce paragraph (职工总数 二千四百三十九万二千人, 四十一万九千人), wages (一百五十八亿元,
# 五亿五千万元, 约有三亿元, 二亿五千万元), commodities (五百亿元, 三十亿元, 百分之六点五),
# purchasing power (四百九十四亿元左右, 二十二亿元左右, 五亿元左右, 三亿元以上, 二十四亿元),
# the goods list with 约 (约六亿二千万斤 … 约二亿元), foreign trade (一百一十亿元,
# 百分之八点六, 一九五八年度), and the start of 第五 "关于文化教育": enrolments (十万九千人 …
# 二百五十六万人), the principles (脑力劳动和体力劳动相结合, 勤俭办学校) and point (１)
# 半工半读 with 西安第一航空技工学校 and 又多、又快、又好、又省. Chinese numerals only.
# Script: traditional (OpenCC s2t of the stored simplified source; spans found on the
# simplified form and written with the traditional surface).
A = Ann('gwr-067', 16523, 18290, script='traditional')
s = A.s
F = A.figure
P = 'PLACE'
GOAL = 'exact|more_than'      # after 达到 (the verb stays outside: guide)
ABOVE = 'more_than|at_least'  # 以上 inside the span (README FIGURE)
BARE = 'exact|about'          # the bare number of a 左右 / 约 figure (README round 13: optional)
opt_fig = partial(A.figure, req=False)  # an optional FIGURE
WAN = 10000; YI = 100000000


def y58(ctx):
    """一九五八年: a year, required (guide)."""
    s(DT, '一九五八年', ctx=ctx, value='1958')


def last_year(ctx):
    """上一年: a relative time, optional, resolved to 1957 (README round 10; gwr-067-output.py)."""
    s(DT, '上一年', False, ctx=ctx, value='1957', resolved='1957')


def this_year(ctx):
    """今年: relative, optional, resolved to 1958 (Conventions decided here; gwr-067-output.py)."""
    s(DT, '今年', False, ctx=ctx, value='1958', resolved='1958')


def about(t, bare, v, u, subj, ctx=None):
    """N左右 / 约N: required, `about`, the word inside (guide); the bare number optional (README round 13)."""
    F(t, v, u, subj, 'about', ctx=ctx)
    opt_fig(bare, v, u, subj, ap=BARE, ctx=t)


# 第四 … the workforce
y58('一九五八年，包括')
F('二千四百三十九万二千人', 24392000, '人', '国家计划以内的职工总数（1958）', GOAL)   # after 达到 (guide)
last_year('比上一年增加四十一万九千人')
F('四十一万九千人', 419000, '人', '职工总数比上一年增加')
# 大学、中等专业学校、技工学校、技工训练班: generic classes of schools, none
this_year('今年将有相当多')
# wages
y58('一九五八年的职工工资总额')
F('一百五十八亿元', 158 * YI, '元', '职工工资总额（1958年计划）')
last_year('比上一年增加五亿五千万元')
F('五亿五千万元', 550000000, '元', '职工工资总额比上一年增加')
F('三亿元', 3 * YI, '元', '用于新增加职工的工资', 'exact|about', ctx='约有三亿元')   # 约 separated by 有 stays outside (README round 11, r7e: 大约有…)
F('二亿五千万元', 250000000, '元', '用于原有职工升级和调整工资标准的工资')
# commodities
y58('一九五八年供应社会的商品总量')
F('五百亿元', 500 * YI, '元', '供应社会的商品总量（1958）', GOAL)   # after 达到
last_year('比上一年增加三十亿元')
F('三十亿元', 30 * YI, '元', '供应社会的商品总量比上一年增加')
F('百分之六点五', 6.5, '%', '供应社会的商品总量增长（1958比1957）')
# purchasing power
y58('一九五八年的社会购买力')
about('四百九十四亿元左右', '四百九十四亿元', 494 * YI, '元', '社会购买力（1958年估算）')
# 农业合作社: a generic noun, none
last_year('比上一年增加二十二亿元')
about('二十二亿元左右', '二十二亿元', 22 * YI, '元', '农业合作社和农村居民的购买力增加')
about('五亿元左右', '五亿元', 5 * YI, '元', '城市居民的购买力增加')
# 机关、团体、企业、学校和部队: generic nouns, none
last_year('比上一年减少三亿元以上')
F('三亿元以上', 3 * YI, '元', '机关、团体、企业、学校和部队的购买力减少', ABOVE)   # 以上 inside (README FIGURE)
opt_fig('三亿元', 3 * YI, '元', '机关、团体、企业、学校和部队的购买力减少', ap='exact|at_least', ctx='三亿元以上')   # as gwr-067-output.py
opt_fig('三项', 3, '项', '增减', ctx='三项增减')   # anaphoric count (README FIGURE: optional)
F('二十四亿元', 24 * YI, '元', '社会购买力净增（1958）')
# 商业部门: generic, none
# the goods list: 约 inside the span (guide; gwr-067-harvest.py 约七十八万吨)
y58('一九五八年供应社会需要的主要商品')
about('约六亿二千万斤', '六亿二千万斤', 620000000, '斤', '猪肉供应增加（1958）')
about('约四亿八千二百万斤', '四亿八千二百万斤', 482000000, '斤', '水产品供应增加（1958）')
about('约五百七十八万匹', '五百七十八万匹', 5780000, '匹', '棉布供应增加（1958）')
about('约六百六十万尺', '六百六十万尺', 6600000, '尺', '呢绒供应增加（1958）')
about('约二百万斤', '二百万斤', 2000000, '斤', '毛线供应增加（1958）')
about('约七百七十万吨', '七百七十万吨', 7700000, '吨', '煤炭供应增加（1958）')
about('约二亿元', '二亿元', 2 * YI, '元', '日用品供应增加（1958）')
# 我国: not a place (guide: 我省)
s(DT, '一九五七年', value='1957')              # 维持在一九五七年的水平上: a year, required (guide)
last_year('比上一年有所减少')
# foreign trade
y58('一九五八年进出口贸易总额')
F('一百一十亿元', 110 * YI, '元', '进出口贸易总额（1958年安排）')
last_year('比上一年增长百分之八点六')
F('百分之八点六', 8.6, '%', '进出口贸易总额增长（1958比1957）')
y58('完成一九五八年度')                           # the bare year required (guide: modifier outside) …
s(DT, '一九五八年度', False, value='1958')         # … the 年度 form optional (guide: longer form optional)
opt_fig('一个', 1, '个', '条件', ctx='一个重要条件')  # 一个 with a noun: optional (round 2; gwr-067-output.py)
s(DEP, '对外贸易部门', False, level='central', kind='state')   # a sector named with 部门: optional (round 12; gwr-067-output.py 机械工业部门)
# 有关部门, 各级地方政府, 经济部门: generic, none
# 第五、关于文化教育 (the list number is no span)
y58('在一九五八年，国家开办')
F('十万九千人', 109000, '人', '高等学校招生人数（1958）')
F('十五万三千人', 153000, '人', '中等专业学校招生人数（1958）')
F('二百零七万六千人', 2076000, '人', '普通中学招生人数（1958）')
F('二千零十七万人', 20170000, '人', '小学招生人数（1958）')
# 大致估算为: the adverb stands before the list, outside the spans; `about` accepted too
F('一万人', 10000, '人', '群众自办高中招生人数（1958年估算）', 'exact|about', ctx='高中一万人')
F('十八万人', 180000, '人', '群众自办初中招生人数（1958年估算）', 'exact|about')
F('二百五十六万人', 2560000, '人', '群众自办小学招生人数（1958年估算）', 'exact|about')
last_year('比上一年有进一步')
A.unquoted('脑力劳动和体力劳动相结合', req=False)   # a principle of the time in running prose: policy phrase, optional (Conventions decided here; undecided)
A.unquoted('勤俭办学校', req=False)                 # a set phrase of 1958 (勤俭建国 family): optional (ROUND32-r32d: 勤俭建国 wording optional; undecided)
y58('一九五八年将采取')
# （１） list number: no span
A.unquoted('半工半读', 'term', req=False)            # a policy term of the time: optional (Conventions decided here: policy phrases)
s(DEP, '西安第一航空技工学校', False, kind='school')   # schools: optional (README round 17: 机械工人学校)
s(P, '西安', False, ctx='西安第一航空')               # a place at the start of a name: optional (guide, nesting)
A.unquoted('又多、又快、又好、又省', req=False)      # the wording of 多快好省: optional (gwr-067-output.py; ROUND30-r30b)

A.review()
A.write()
