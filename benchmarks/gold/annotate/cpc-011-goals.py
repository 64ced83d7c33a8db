from _ann import DT, SL, Ann, P

# 16th CPC National Congress report (2002), section 三 “全面建设小康社会的奋斗目标”
# (the heading, the “三步走” strategy, the primary stage of socialism, the first twenty
# years of the century with the years 二０一０年 / 二０二０年 / 二０００年, 建党一百年 and
# 新中国成立一百年, 十几亿人口, 翻两番, the four “——” goals, the closing paragraph) and the
# opening of section 四 “经济建设和经济体制改革” up to the first paragraph of point (一)
# (前十年 / 后十年, the “十五” plan, 科教兴国战略, 可持续发展战略, 新型工业化道路).
# Traditional script. No organ, no person.
A = Ann('cpc-011', 8406, 10284, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI = 100000000


def cssz(ctx, req=False):
    """中国特色社会主义: optional as the modifier of a noun (round 2); 中国 inside optional."""
    sp = U('中国特色社会主义', req=req, ctx=ctx)
    s(P, '中国', False, at=sp['start'])


def xk(ctx):
    """全面建设小康社会: a goal designation, optional (round 3)."""
    U('全面建设小康社会', req=False, ctx=ctx)


# 三、全面建设小康社会的奋斗目标
xk('三、全面建设小康社会的奋斗目标')                     # 三、: a section number, none

# 经过全党和全国各族人民的共同努力，我们胜利实现了现代化建设“三步走”战略的第一步、第二步目标，…
s(SL, '“三步走”战略', False, kind='formula', quoted=False)   # like “三个代表”重要思想 (round 7): the whole optional
Q('三步走')                                                # a quoted numbered formula: required; 三 inside is no FIGURE
# 第一步、第二步: ordinals (guide); 小康水平, 社会主义制度: none
F('一个', 1, '个', '里程碑', req=False)                    # 一个新的里程碑: 一个 optional (round 2)
# 中华民族发展史: 中华民族 not annotated (round 7)

# 必须看到，我国正处于并将长期处于社会主义初级阶段，…
U('社会主义初级阶段', req=False)                          # round 6: optional
U('人民日益增长的物质文化需要同落后的社会生产之间的矛盾', req=False)   # the standard wording of the principal contradiction (as its 2017 form): undecided
# 城乡二元经济结构, 发达国家, 民主法制建设, 思想道德建设: none

# 综观全局，二十一世纪头二十年，对我国来说，…
s(DT, '二十一世纪头二十年', False, value='2001/2020')   # a span of the century: relative, optional
s(DT, '二十一世纪', False, value='20XX', ctx='二十一世纪头二十年')   # a century alone: optional (conventions)
F('一个', 1, '个', '重要战略机遇期', req=False, ctx='是一个必须')   # optional (round 2)
U('重要战略机遇期', 'term', req=False)                    # undecided: a designation of the period
s(DT, '十五大', False)                                    # an event (cpc-010)
s(DT, '二０一０年', value='2010')                          # a year in Chinese numerals (round 3)
s(DT, '建党一百年', False)                                 # an event-anchored time (guide: optional)
F('一百年', 100, '年', '建党', req=False, ctx='建党一百年')   # an anniversary (guide: optional)
s(DT, '新中国成立一百年', False)
s(P, '新中国', False, ctx='新中国成立一百年')              # as 新中国成立后 (round 2)
s(P, '中国', False, ctx='新中国成立一百年')
F('一百年', 100, '年', '新中国成立', req=False, ctx='成立一百年')
s(DT, '本世纪头二十年', False, value='2001/2020')         # relative time: optional
F('十几亿', 10 * YI, '', '人口', ap='more_than')          # like 十多亿 (cpc-010): number before a noun
F('十几亿人口', 10 * YI, '', '人口', ap='more_than', req=False)
# 第三步战略目标: an ordinal
sp = U('社会主义市场经济体制', 'term', req=False, ctx='完善社会主义市场经济体制和扩大')   # like 社会主义市场经济 (round 6)
U('社会主义市场经济', 'term', req=False, at=sp['start'])
F('几十年', 10, '年', '', ap='more_than', req=False)      # a duration (cpc-010)
s(DT, '本世纪中叶', False)                                 # optional (conventions)
U('富强民主文明的社会主义国家', req=False)                 # undecided: the 2002 wording of the goal

# 全面建设小康社会的目标是：
xk('全面建设小康社会的目标是')
# ——…国内生产总值到二０二０年力争比二０００年翻两番，…
s(DT, '二０二０年', value='2020')
s(DT, '二０００年', value='2000')
# 翻两番: not a figure (like 翻一番)
sp = U('社会主义市场经济体制', 'term', req=False, ctx='建成完善的社会主义市场经济体制')
U('社会主义市场经济', 'term', req=False, at=sp['start'])
# 社会保障体系: none
# ——社会主义民主更加完善，社会主义法制更加完备，依法治国基本方略得到全面落实，…
U('依法治国', req=False)                                   # round 3: optional
U('依法治国基本方略', req=False)                           # undecided: the strategy's full wording
# ——全民族的思想道德素质…; 学习型社会: none
# ——可持续发展能力不断增强，…: none

# 这次大会确立的全面建设小康社会的目标，是中国特色社会主义经济、政治、文化全面发展的目标，…
xk('这次大会确立的全面建设小康社会')
cssz('是中国特色社会主义经济')                            # modifier of 经济、政治、文化
# 我国国情: none
s(DT, '新世纪新阶段', False)                               # 新世纪: optional (cpc-010)
s(DT, '新世纪', False, ctx='新世纪新阶段')
# 各地各部门: generic
xk('在全面建设小康社会的基础上')
xk('实现了全面建设小康社会的目标')
cssz('中国特色社会主义必将')                               # the subject of 显示出…优越性: undecided, optional as in earlier rounds

# 四、经济建设和经济体制改革
xk('全面建设小康社会，最根本的')
U('以经济建设为中心', req=False)                           # cpc-011 theory: undecided, optional
# 世界经济, 我国经济: none
s(DT, '本世纪头二十年', False, value='2001/2020', ctx='本世纪头二十年经济建设')
sp = U('社会主义市场经济体制', 'term', req=False, ctx='完善社会主义市场经济体制，推动')
U('社会主义市场经济', 'term', req=False, at=sp['start'])
s(DT, '前十年', False)                                     # relative time: optional
sp = s(DT, '十五', False, value='2001/2005', ctx='“十五”计划')  # a five-year-plan period (as “九五”)
Q('十五', 'period', req=False, at=sp['start'])
s(DT, '二０一０年', value='2010', ctx='二０一０年的奋斗目标')
F('一个', 1, '个', '大台阶', req=False, ctx='再上一个大台阶')   # optional (round 2)
s(DT, '后十年', False)                                     # relative time: optional

# （一）走新型工业化道路，大力实施科教兴国战略和可持续发展战略。
U('新型工业化道路', req=False)                             # undecided (新型工业化 optional in earlier rounds)
U('科教兴国战略')                                          # the fixed name of a national strategy, like 乡村振兴战略 (round 6)
U('可持续发展战略')                                        # idem
# 信息化 / 工业化: none
F('一条', 1, '条', '新型工业化路子', req=False)            # optional (round 2)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
