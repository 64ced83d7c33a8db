from functools import partial

from _ann import Ann

# Round 34 (annotator r34b, blind): 1981 State Council government work report
# (delivered 30 Nov 1981), source range [5820, 8220), between `gwr-058-3218-5561`
# and `gwr-058-11541-13415`: the end of section (一) from 在１９７９年６月五届人大二次会议上
# (国务院's three-year adjustment, 调整、改革、整顿、提高 ×2, now five more years), the
# quarterly industrial output (第一季度 … １０月份, ０．２％ / １．７％ / ３％ / １０．６％), the
# thanks (中国共产党, 国务院 ×2, 人民解放军, 中央, 民兵, 扣林山 / 法卡山, 帝国主义、霸权主义),
# the heading （二）今后经济建设的方针 and its first two paragraphs: “左”, 建国以来, the
# growth of 1980 against 1952 (八点一倍 / 四点二倍 / 二十六倍 / 一倍), 三十二年来, the causes
# (社会帝国主义, “左”, 十年“文化大革命”), the 十条方针, and the heading and first two paragraphs
# of point 一 (近三年来 ×2, 平均主义, 生产责任制 ×3).
# Traditional script (OpenCC s2t of the source; surfaces below are the simplified form).
A = Ann('gwr-058', 5820, 8220, script='traditional')
s = A.s
F = A.figure
U = A.unquoted
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'
ST = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
Y81 = {'value': '1981', 'resolved': '1981'}
opt_fig = partial(A.figure, req=False)  # an optional FIGURE


def this_year(ctx):
    s(DT, '今年', False, ctx=ctx, **Y81)  # relative time (guide; gwr-058-review): optional


def four_words(ctx):
    # 调整、改革、整顿、提高 (gwr-058-review, gwr-059): the four words an optional formula
    U('调整、改革、整顿、提高', req=False, ctx=ctx)


# 在１９７９年６月五届人大二次会议上，国务院曾经提出用三年的时间 …
s(DT, '１９７９年６月', value='1979-06')                     # a month with its year (guide)
s(DT, '五届人大二次会议', False)                              # the session as a DATE optional (round 1)
s(DEP, '五届人大', False, level='central', kind="people's congress",
  canonical='全国人民代表大会')                               # the form with the ordinal optional (round 1)
s(DEP, '人大', ctx='五届人大二次', level='central', kind="people's congress",
  canonical='全国人民代表大会')                               # round 1: 五届人大 → 人大 required
s(DEP, '国务院', ctx='国务院曾经提出', **ST)
opt_fig('三年', 3, '年', '', ctx='用三年的时间')               # a duration (guide)
four_words('国民经济调整、改革、整顿、提高的工作')
s(DEP, '国务院', ctx='国务院认为', **ST)
this_year('从今年起再用')
opt_fig('五年', 5, '年', '', ctx='再用五年')                  # a duration (guide; round 1)
four_words('继续贯彻执行调整、改革、整顿、提高的方针')
# 各位代表：  (opening address: none)
# 今年的经济情况 …
this_year('今年的经济情况')
s(DT, '去年', False, ctx='与去年同期', value='1980', resolved='1980')   # relative time
s(DT, '去年同期', False, value='1980', resolved='1980')
# quarters of the report's year: optional DATE (README: 第四季度, 前三季度)
s(DT, '第一季度', False, value='1981-Q1', resolved='1981-Q1')
F('０．２％', 0.2, '%', '工业总产值下降（1981年第一季度，比去年同期）')
s(DT, '第二季度', False, value='1981-Q2', resolved='1981-Q2')
F('１．７％', 1.7, '%', '工业总产值增长（1981年第二季度，比去年同期）')
s(DT, '第三季度', False, value='1981-Q3', resolved='1981-Q3')
F('３％', 3, '%', '工业总产值增长（1981年第三季度，比去年同期）')
# １０月份: the month required, the form with 份 optional (gwr-058-review: 从今年１０月份起)
s(DT, '１０月', value='--10', resolved='1981-10', ctx='１０月份增长')
s(DT, '１０月份', False, value='--10', resolved='1981-10')
F('１０．６％', 10.6, '%', '工业总产值增长（1981年10月，比去年同期）')
s(DT, '明年', False, value='1982', resolved='1982')          # relative time
this_year('比今年更好')
# the thanks
s(DT, '一年来', False, value='1981', resolved='1981')        # relative time (round 1)
s(DEP, '中国共产党', False, kind='party')                    # the Party as a whole (guide)
U('以经济建设为中心', req=False)                             # an unquoted line wording as a modifier (undecided)
s(DT, '今年以来', False, **Y81)                              # gwr-058-review
this_year('今年以来')
# 女子排球队: the national women's volleyball team, unnamed beyond its sport (undecided): optional
s(DEP, '女子排球队', False, kind='sports team')
s(DEP, '国务院', ctx='我谨代表国务院，向上述', **ST)
s(DEP, '人民解放军', level='central', kind='military',
  canonical='中国人民解放军')                                # the armed forces by name (round 2)
s(DEP, '中央', False, ctx='执行中央的路线', level='central', kind='party')   # 中央 alone (rounds 1, 5)
U('人民民主专政', req=False)                                 # a state-system formula as a modifier (undecided)
s(DEP, '民兵', False, kind='military')                       # a class of forces (round 18): optional
# 扣林山, 法卡山: the border heights of the 1981 battles, named places (battle sites are
# places: 两水洞, 长津湖 of round 33; mountains like seas, round 10): required
s(P, '扣林山')
s(P, '法卡山')
U('帝国主义', 'term', req=False, ctx='帝国主义、霸权主义')    # labels of adversaries (cpc-006; round 19)
U('霸权主义', req=False, ctx='帝国主义、霸权主义')            # round 19: optional
s(DEP, '国务院', ctx='我谨代表国务院，向他们', **ST)
# （二）今后经济建设的方针 — 长期以来 none; “左” a scare-quoted single word (README): none.
# 千方百计地提高 …
s(DT, '建国以来', False)                                     # relative time (README: optional)
s(DT, '１９８０年', value='1980', ctx='１９８０年同完成')
s(DT, '１９５２年', value='1952')
# multiples after 增长 / 提高: N倍 required, unit 倍 (rounds 5, 8; 一点八倍 gwr-071)
F('八点一倍', 8.1, '倍', '工农业总产值增长（1980比1952）')
F('四点二倍', 4.2, '倍', '国民收入增长（1980比1952）')
F('二十六倍', 26, '倍', '工业固定资产增长（1980比1952）')
opt_fig('一倍', 1, '倍', '全国人民的平均消费水平提高（1980比1952）')  # 一倍 optional (round 1, kept in gwr-053)
s(DT, '三十二年来', False)                                   # relative time (round 1, like 五年来)
opt_fig('三十二年', 32, '年', '', ctx='三十二年来')           # a duration (guide)

# --- Added after the first measurement (slip: the range chosen runs to the \n after the
# first paragraph of point 一, but the blind script stopped at 三十二年来; the spans below
# follow the written conventions, see ROUND34-r34b.md).
# 我国经济建设效益不高 …
U('帝国主义', 'term', req=False, ctx='帝国主义、社会帝国主义')   # as above (round 19; cpc-006)
U('社会帝国主义', 'term', req=False)                          # an unquoted label of a superpower (cpc-006): optional
# “左” (×3 in the tail): a scare-quoted single word (README, r26c): none.
opt_fig('十年', 10, '年', '', ctx='十年“文化大革命”')          # a duration (guide)
s(SL, '文化大革命', False, kind='period', quoted=True)        # a quoted historical period (guide): optional
s(DT, '文化大革命', False)                                    # a period used as a time (cpc-006 scripts): optional
# 围绕着提高经济效益 … 下列十条方针
opt_fig('十条', 10, '条', '方针', ctx='下列十条方针')           # a count announced before a list (round 17)
U('调整、改革、整顿、提高', req=False, ctx='是调整、改革、整顿、提高方针')   # gwr-058-review
U('调整、改革、整顿、提高方针', req=False)                    # gwr-058-review
s(DT, '建国三十二年来', False)                                # relative, event-anchored time (guide)
opt_fig('三十二年', 32, '年', '', ctx='建国三十二年来')         # a duration
s(DT, '近三年来', False, ctx='特别是近三年来')                 # relative time (gwr-058-review: 近三年)
opt_fig('三年', 3, '年', '', ctx='近三年来的经验')
# 一、依靠政策和科学，加快农业的发展: a heading, none.
U('平均主义', 'term', req=False)                              # gwr-058-review
s(DT, '近三年来', False, ctx='近三年来，我们冲破')
opt_fig('三年', 3, '年', '', ctx='近三年来，我们冲破')
U('生产责任制', 'term', req=False, ctx='多种形式的生产责任制')    # gwr-058-review: optional term
U('生产责任制', 'term', req=False, ctx='实行生产责任制长期不变')
U('生产责任制', 'term', req=False, ctx='农业生产责任制')

if __name__ == '__main__':
    import sys
    A.write()
    if '--review' in sys.argv:
        A.review()
