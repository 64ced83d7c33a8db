from _ann import DEP, DT, PE, Ann, P

# Round 35 (r35d): the 2004 State Council government work report, "二、2004年主要任务",
# range [4604, 6470): the heading (2004年), the guiding paragraph (邓小平理论,
# “三个代表”, 党的十六大, 十六届三中全会, 科学发展观, “五个统筹”, 以人为本), task (一)
# macro-economic control: the growth target (中央, 7%左右), the fiscal and monetary
# policies (积极的财政政策, 稳健的货币政策, 建设国债 1100亿元 / 上年 300亿元, 中央预算内
# 经常性建设投资 50亿元, 西部开发, 东北地区等老工业基地), the five measures on
# investment (一要 … 五要, 新型工业化道路) and the paragraph on energy and raw
# materials (资源节约型社会). Annotated on the simplified text, written as
# traditional (OpenCC s2t). Between gwr-039-2249-4086 and gwr-039-6710-8815,
# overlapping neither.
A = Ann('gwr-039', 4604, 6470, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI = 100000000


def today(ctx):
    """今年: a relative time (round 1), the report's year."""
    s(DT, '今年', False, ctx=ctx, value='2004', resolved='2004')


def zy(ctx, kind='state'):
    """中央 alone (中央提出, 中央预算内): optional (rounds 1, 5)."""
    s(DEP, '中央', False, ctx=ctx, level='central', kind=kind)


# 二、2004年主要任务 (list number 二: no label)
s(DT, '2004年', value='2004')                                   # a year in a heading (guide)
today('今年是我国')
# 我国: deictic, not a name (round 17)
F('一年', 1, '年', '2004年', req=False, ctx='关键的一年')         # 一年 as "a year" (optional, gwr-048-growth)
U('邓小平理论')                                                 # the doctrine meant (以…为指导; round 6)
s(PE, '邓小平', False, ctx='邓小平理论')                        # a name inside a doctrine name (guide)
U('“三个代表”重要思想', req=False)                               # the whole optional (round 7)
Q('三个代表')                                                   # required quoted formula (rounds 7, 8)
s(DT, '党的十六大', False)                                      # an event used as a time (gwr-041, round 8)
s(DT, '十六大', False, ctx='党的十六大')
s(DT, '十六届三中全会', False)                                  # an event (Conventions decided here: 十届二中全会)
U('重要战略机遇期', req=False)                                  # listed among the optional standard wordings (r12b)
# 第一要务: an ordinal (round 21's list), no FIGURE; not a slogan here
U('科学发展观')                                                 # fixed designation of a doctrine (gwr-033-tasks; r31b)
Q('五个统筹')                                                   # a quoted numbered formula (guide: formula)
U('以人为本', req=False)                                        # optional (earlier rounds; gwr-033-tasks)
U('全面、协调、可持续发展', req=False)                          # the period's standard wording (undecided: optional)
U('社会主义物质文明、政治文明和精神文明', req=False)            # optional standard wording (r12b list)
# （一）加强和改善宏观调控，保持经济平稳较快发展 (list number)
today('今年经济工作')
zy('中央提出', kind='party')                                    # 中央 alone (rounds 1, 5): optional
today('今年经济增长预期目标')
F('7%左右', 7, '%', '经济增长（2004年预期目标）', 'about')      # 左右 inside (guide)
# 大起大落 / 一刀切 / 急刹车: idioms, no label
U('扩大内需', 'term', req=False, ctx='坚持扩大内需的方针')       # a policy phrase (Conventions decided here)
U('积极的财政政策', req=False)                                  # policy names (round 17)
U('稳健的货币政策', req=False)
today('今年拟发行')
F('1100亿元', 1100 * YI, '元', '建设国债发行（2004年拟）')
s(DT, '上年', False, ctx='比上年减少', value='2003', resolved='2003')   # relative (round 10)
F('300亿元', 300 * YI, '元', '建设国债发行减少（比上年）')
zy('增加中央预算内')                                            # 中央预算内投资 (round 1)
today('今年拟先增加')
F('50亿元', 50 * YI, '元', '中央预算内经常性建设投资增加（2004年）')
F('几年', 3, '年', '国债发行调整', 'about', req=False, ctx='经过几年努力')  # a vague duration (guide: durations optional; value 3 as in earlier scripts)
zy('中央预算内经常性建设投资逐步')
today('今年国债投资')
U('西部开发', 'campaign', req=False)                           # a variant of 西部大开发 (r16d: optional)
s(P, '西部', False, ctx='西部开发')                             # inside it, optional (r16d)
s(P, '东北地区', False)                                         # a region without fixed boundary (gwr-039-agriculture)
U('东北地区等老工业基地', req=False)                            # part of the strategy's wording (r15d: undecided)
# 人民币汇率: a currency, no label
# 适当控制固定资产投资规模 …
today('今年宏观调控的一项')
# 一要 … 五要: list numbers, no FIGURE
U('新型工业化道路', req=False)                                  # optional (gwr-041; r32c)
# 保持经济平稳较快发展，必须缓解 …
# 我国: deictic, not a place (round 17)
U('资源节约型社会', req=False)                                  # like 资源节约型、环境友好型社会 (r32c: optional)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
