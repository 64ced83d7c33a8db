from functools import partial

from _ann import DEP, DT, PE, SL, Ann

# Round 37 (annotator r37c, blind): the 1979 State Council government work report, the
# end of section 一 and the opening of section 二 "打好四个现代化的第一个战役": after the
# two contradictions, 安定团结, 毛泽东同志 on the contradictions of socialist society,
# 马克思列宁主义、毛泽东思想, 社会主义民主 / 社会主义法制, 民主集中制, 十几年来 and
# 四个现代化; then the heading, 中共十一届三中全会, 国务院's three years (今年, 前两年多),
# 调整、改革、整顿、提高, 九亿多人口, 林彪 and “四人帮” (十年破坏), the three shares of
# 全国重点企业 (百分之四十三 / 百分之五十五 / 百分之二十四), the five aims of 调整 and the
# paragraph on 改革 (按劳分配, 平均主义, “大而全 ”、“小而全”, 中央). Range [5646, 7960) of
# the window [4867, 9248), after gwr-060-2547-4867 and before gwr-060-9248-11030.
# Traditional script (OpenCC s2t of the source; surfaces below are the simplified form).
A = Ann('gwr-060', 5646, 7960, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
opt_fig = partial(A.figure, req=False)
GOV = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
Y79 = {'value': '1979', 'resolved': '1979'}


def four_words(ctx):
    U('调整、改革、整顿、提高', req=False, ctx=ctx)   # the four words: optional formula (gwr-058-review, gwr-058-adjustment)


# 这样，我们就能够长时期地保持安定团结的革命秩序 …
U('安定团结', req=False, ctx='安定团结的革命秩序')            # optional (gwr-060-modernization)
U('社会主义现代化建设', req=False, ctx='妨碍社会主义现代化建设')  # a policy phrase: optional (gwr-060-modernization)
s(PE, '毛泽东', title='同志', ctx='毛泽东同志认为')             # required (gwr-060-modernization)
# 资本主义社会, 社会主义制度: no label
U('马克思列宁主义', ctx='马克思列宁主义、毛泽东思想')          # the doctrine itself: required (round 2 conventions)
s(PE, '马克思', False, ctx='马克思列宁主义、')                  # a person inside a doctrine's name: optional (round 2)
s(PE, '列宁', False, ctx='列宁主义、毛泽东')
U('毛泽东思想')                                                # required unquoted formula (Conventions decided here)
s(PE, '毛泽东', False, ctx='毛泽东思想的政治觉悟')              # a name inside an ideology: optional (guide)
U('社会主义民主', 'term', req=False, ctx='加强社会主义民主和')   # optional (gwr-060-17239-19441 row)
U('社会主义法制', 'term', req=False, ctx='和社会主义法制。')     # optional (round 33: 社会主义法制 alone `term`)

# 我们必须做到这一切 …
U('民主集中制', req=False, ctx='民主集中制的政治制度')          # institution names: optional (round 2, undecided)
s(DT, '十几年来', False)                                       # relative time (Conventions decided here)
opt_fig('十几年', 10, '年', '', ap='more_than')                # a duration, 十几年 more_than (r16c)
U('四个现代化', ctx='实现四个现代化是我国')                     # required at every free occurrence (r16c)
U('四个现代化', ctx='社会主义四个现代化的伟大事业')

# 二、打好四个现代化的第一个战役 (heading; 第一个 an ordinal)
U('四个现代化', ctx='打好四个现代化的第一个战役')

# 中共十一届三中全会以后，国务院全面地分析了 …
s(DT, '中共十一届三中全会', False)                              # a session used as a time: optional (round 1; round 10)
s(DEP, '中共', False, ctx='中共十一届', level='central', kind='party', canonical='中国共产党')  # 中共 in 中共十一届三中全会: optional (round 12)
s(DT, '十一届三中全会', False)                                 # round 10: optional as before
s(DEP, '国务院', ctx='国务院全面地分析', **GOV)                  # required (round 1)
s(DT, '前两年多', False)                                        # relative time: optional
opt_fig('两年多', 2, '年', '', ap='more_than', ctx='前两年多')   # a duration (guide)
s(DT, '今年', False, ctx='从今年起', **Y79)                      # relative time: optional (guide)
opt_fig('三年', 3, '年', '', ctx='集中三年的时间')               # a duration (guide)
four_words('国民经济的调整、改革、整顿、提高，把')
U('社会主义现代化建设', req=False, ctx='转移到社会主义现代化建设上来')
U('四个现代化', ctx='实现四个现代化的第一个战役')

# 在我国这样一个九亿多人口的大国实现四个现代化 …
opt_fig('一个', 1, '个', '大国', ctx='这样一个九亿多')             # 一个 as "a": optional (README; gwr-071)
F('九亿多', 900000000, '', '人口', ap='more_than')              # number before a noun without classifier (Conventions decided here; 十几亿 round 21)
opt_fig('九亿多人口', 900000000, '', '人口', ap='more_than')      # the number with the noun: optional
U('四个现代化', ctx='的大国实现四个现代化')
s(DT, '建国以后', False)                                        # relative, event-anchored time: optional
s(DT, '过去两年多', False)                                      # relative time: optional
opt_fig('两年多', 2, '年', '', ap='more_than', ctx='过去两年多')  # a duration
s(PE, '林彪', ctx='林彪、“四人帮”十年破坏')                     # required (cpc-006; gwr-060-modernization)
Q('四人帮', 'term', req=False, ctx='“四人帮”十年破坏')          # a quoted faction label: optional (Conventions decided here)
opt_fig('十年', 10, '年', '', ctx='十年破坏')                    # a duration (guide; gwr-058-adjustment 十年“文化大革命”)
# 煤炭、石油、电力工业; 各个工业部门: generic, none
s(DEP, '中央', False, ctx='地方、中央部门', level='central', kind='state')  # 中央 (in 中央部门, generic): optional (Conventions decided here)
F('百分之四十三', 43, '%', '全国重点企业主要工业产品质量指标未恢复到历史最高水平的比例')   # 分别 list: each its own subject (guide)
F('百分之五十五', 55, '%', '全国重点企业原材料消耗指标未恢复到历史最高水平的比例')
F('百分之二十四', 24, '%', '存在亏损的国营工业企业的比例')
opt_fig('三年', 3, '年', '', ctx='用三年时间')                    # a duration
four_words('国民经济的调整、改革、整顿、提高，是完全')

# 我们讲调整 …
s(PE, '林彪', ctx='针对林彪')
Q('四人帮', 'term', req=False, ctx='“四人帮”长期干扰')
U('农轻重', 'term', req=False)                                  # like 农、轻、重 (r27b/r30b note: optional)
four_words('调整、改革、整顿、提高四方面')
opt_fig('四方面', 4, '方面', '任务', ctx='提高四方面的任务')        # a count after the list it sums up: optional (round 2; r16b)
opt_fig('三年', 3, '年', '', ctx='经过三年调整')                  # a duration
# （一）…（五）: list numbers, none. 全国农民 / 全国职工: no place (guide: 全国 not a place)

# 我们讲改革 …
opt_fig('三年', 3, '年', '', ctx='经过三年坚持')                  # a duration
opt_fig('一套', 1, '套', '办法', ctx='制定一套办法')               # 一套 as "a set of": optional like 一个 / 一批 (r16b)
opt_fig('三者', 3, '者', '', ctx='供产销三者')                    # a count after a list (r35c: 三者, unit 者): optional
U('各尽所能、按劳分配', req=False, ctx='贯彻执行各尽所能、按劳分配')  # optional (gwr-060-agriculture; round 3)
U('按劳分配', req=False, ctx='各尽所能、按劳分配的原则')          # optional (round 2/3)
U('平均主义', 'term', req=False)                               # optional term (gwr-058-review/adjustment)
s(SL, '大而全 ', False, ctx='“大而全 ”', kind='term', quoted=True)  # printed with a space inside the marks (gwr-060-democracy: 四人帮 ); optional term (cpc-010 “大而全”、“小而全”)
s(SL, '大而全', False, at=A.simp.find('大而全 '), kind='term', quoted=True)   # slip fix: the trimmed form is optional too (round 33, r33d: “四人帮 ”)
Q('小而全', 'term', req=False)                                 # optional term (cpc-010)
s(DEP, '中央', False, ctx='在中央的集中统一领导下', level='central', kind='party')  # 中央 alone: optional (Conventions decided here)
# 地方, 各地方: generic, none

if __name__ == '__main__':
    import sys
    A.write()
    if '--review' in sys.argv:
        A.review()
