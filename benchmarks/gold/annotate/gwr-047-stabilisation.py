from functools import partial

from _ann import DEP, DT, PE, Ann, P

# Round 30 (r30a): 1995 State Council government work report, gwr-047, range
# [2331, 4659) of the window [1856, 13622): the end of section 一 (the other
# problems, 一年来, 八届全国人大二次会议, １９９４年, 中国共产党, 国务院), the
# general tasks of 1995 (１９９５年, 邓小平同志建设有中国特色社会主义的理论, 党的基本路线,
# 党的十四大, 十四届三中、四中全会, the quoted 方针 “抓住机遇，深化改革，扩大开放，促进发展，
# 保持稳定”), and section 二 up to the prices paragraph: “八五” / “九五”, growth
# (百分之八至九, 连续三年 百分之十一以上), projects (京九铁路, 大西北, 兰新复线, 宝中铁路,
# 北京), prices (百分之十五左右, 中央财政, 艰苦奋斗、勤俭建国, 党中央、国务院).
# Traditional: the gold text is the OpenCC s2t form of the simplified source
# (same length); spans are decided on the simplified text. Cut at paragraph
# ends (2331: the first character after the `\n`; 4659: the `\n` after the
# prices paragraph).
A = Ann('gwr-047', 2331, 4659, script='traditional')
s = A.s
F, U, Q, Y = A.figure, A.unquoted, A.quoted, A.date
opt_fig = partial(A.figure, req=False)   # an optional FIGURE
GOV = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
MT = 'more_than|at_least'


def this_year(ctx):
    """今年: optional, resolved to the report's year (round 1; gwr-048)."""
    s(DT, '今年', False, ctx=ctx, value='1995', resolved='1995')


def last_year(t, ctx):
    """去年 / 上年: optional, resolved 1994 (round 1; gwr-047.py)."""
    s(DT, t, False, ctx=ctx, value='1994', resolved='1994')


def period(t, v, ctx):
    """“八五” / “九五”: optional as DATE and as SLOGAN `period` (Conventions decided here)."""
    sp = s(DT, t, False, ctx=ctx, value=v)
    Q(t, 'period', req=False, at=sp['start'])


def zhongguo_tese(ctx):
    """建设有中国特色社会主义 as an object / modifier: optional with 有中国特色社会主义 and 中国 (gwr-047.py; round 17)."""
    sp = U('建设有中国特色社会主义', req=False, ctx=ctx)
    U('有中国特色社会主义', req=False, at=sp['start'] + 2)
    s(P, '中国', False, at=sp['start'] + 3)


# 除物价问题外，农业和国有企业的问题也比较突出。改革开放以来我国农业取得历史性成就 …
s(DT, '改革开放以来', False)                                   # a relative time (README round 10)
U('改革开放', req=False, ctx='改革开放以来')                     # gwr-048.py: optional
# 我国: none (deictic)
U('形式主义、官僚主义', req=False)                              # optional unquoted wording (round 17, Xinjiang)
s(DT, '一年来', False, ctx='一年来的努力', value='1994', resolved='1994')   # relative (gwr-048.py)
s(DT, '八届全国人大二次会议', False)                             # a session as a time (round 10)
s(DEP, '八届全国人大', False, level='central', kind="people's congress")   # the ordinal form (round 10)
s(DEP, '全国人大', level='central', kind="people's congress", canonical='全国人民代表大会')  # required (round 10)
s(DEP, '人大', False, ctx='全国人大二次', level='central', kind="people's congress")
Y('１９９４年', '1994', ctx='确定的１９９４年')
s(DEP, '中国共产党', False, level='central', kind='party')       # the Party as a whole (guide: optional)
s(P, '中国', False, ctx='中国共产党领导')                        # a place at the start of a name (guide)
s(DEP, '国务院', ctx='我代表国务院', **GOV)                      # required
# 全国各族人民: none (round 7)

# 各位代表！１９９５年是继续推进改革开放和现代化建设的重要一年。…
Y('１９９５年', '1995', ctx='１９９５年是继续')
U('改革开放', req=False, ctx='推进改革开放和')
this_year('今年的政府工作')
# 邓小平同志建设有中国特色社会主义的理论: the 1992–1997 designation of the doctrine
# (required, round 17: 邓小平建设有中国特色社会主义理论), here with 同志 and 的 —
# decided here: the variant is the same designation, required; the person
# inside is optional as inside the formula (round 17).
sp = U('邓小平同志建设有中国特色社会主义的理论')
s(PE, '邓小平', False, at=sp['start'], title='同志')
zhongguo_tese('建设有中国特色社会主义的理论')
U('党的基本路线', req=False)                                    # optional (round 5; cpc-010)
sp = s(DEP, '党的十四大', False, level='central', kind='party')  # optional as DEPARTMENT and DATE (round 17)
s(DT, '党的十四大', False, at=sp['start'])
s(DT, '十四大', False, at=sp['start'] + 2)
s(DEP, '十四大', False, at=sp['start'] + 2, level='central', kind='party')
s(DT, '十四届三中、四中全会', False)                             # plenums as times (round 2; 十五届五中、六中全会)
U('改革、发展、稳定', req=False, ctx='处理好改革、发展、稳定的关系')   # optional (round 17, cpc-010)
# 坚决抑制通货膨胀 …: policy wording, none
Q('抓住机遇，深化改革，扩大开放，促进发展，保持稳定', 'directive')  # required (round 11, r7e; gwr-047.py)
zhongguo_tese('建设有中国特色社会主义的客观要求')
# 当前, 今后一个时期: none

# 二、促进国民经济持续、快速、健康发展 (section number: none)
U('持续、快速、健康发展', req=False, ctx='促进国民经济持续、快速、健康发展')   # gwr-048-growth: undecided, optional
Y('１９９５年', '1995', ctx='在１９９５年的经济工作中')
period('八五', '1991/1995', '努力完成“八五”计划')
period('九五', '1996/2000', '为“九五”期间')

# 保持适当的经济增长速度。综合分析各方面的条件，今年经济增长速度的宏观调控目标，定为百分之八至九。
this_year('今年经济增长速度的宏观调控目标')
# a range (Conventions decided here): the lower bound exact|at_least; the upper
# bound 九 is written without 百分之 — decided here: optional (a bare numeral
# whose unit is carried over), the whole range optional as in gwr-048-growth.
s('FIGURE', '百分之八至九', False, value=8, approx='exact', unit='%', subject='经济增长速度（宏观调控目标）')
F('百分之八', 8, '%', '经济增长速度（宏观调控目标）', ap='exact|at_least', ctx='百分之八至九')
opt_fig('九', 9, '%', '经济增长速度（宏观调控目标）', ap='exact|less_than', ctx='至九。')
# 国际国内, 我国: none
opt_fig('三年', 3, '年', '连续增长的时间', ctx='连续三年')        # a duration (guide; gwr-058)
F('百分之十一以上', 11, '%', '经济增长速度（连续三年）', ap=MT)   # 以上 inside (Conventions decided here)
this_year('今年增长速度')
last_year('去年', '比去年低一点')

# 固定资产投资要量力而行 … 今年重点建设将取得新的进展，贯穿南北的京九铁路将全线铺通，…
this_year('今年重点建设')
s(P, '京九', False, ctx='京九铁路')                              # abbreviations in railway names (round 11)
s(P, '大西北', False)                                           # a region without fixed boundary (round 11: 东亚)
s(P, '兰新', False, ctx='兰新复线')                              # abbreviated railway name (round 11: 京九, 南昆; r7e: 兰新线)
s(P, '宝中', False, ctx='宝中铁路')
s(P, '北京', ctx='以北京为中心')                                 # required
# 几个大化肥工程: a vague count, none
period('八五', '1991/1995', '安排好“八五”计划')
period('九五', '1996/2000', '与“九五”计划项目')
# 目前: none
this_year('今年必须严格控制')

# 最近几年工业生产发展很快 …
s(DT, '最近几年', False, ctx='最近几年工业')                      # relative (round 12)
# 一批: none

# 坚决控制物价上涨幅度。这是今年宏观调控的首要任务，也是处理好改革、发展、稳定三者关系的关键。
this_year('今年宏观调控的首要任务')
U('改革、发展、稳定', req=False, ctx='处理好改革、发展、稳定三者')
# 三者: anaphoric, none
last_year('去年', '比去年有明显回落')
F('百分之十五左右', 15, '%', '物价上涨幅度（目标）', ap='about')
# 一要 … 四要: list numbers, none
s(DEP, '中央', False, ctx='中央财政赤字', level='central', kind='state')   # 中央 alone (rounds 1, 5)
last_year('上年', '比上年扩大')
U('艰苦奋斗、勤俭建国', req=False)                              # optional (r27d)
this_year('今年要继续采取')
s(DEP, '中央', False, ctx='中央和地方的重要商品', level='central', kind='state')

# 这几年价格调整的步子比较大，今年的任务是消化前几年价格调整的影响 …
s(DT, '这几年', False, ctx='这几年价格调整')                      # relative (round 12)
this_year('今年的任务')
s(DT, '前几年', False, ctx='前几年价格调整')
s(DEP, '党中央', ctx='党中央、国务院', level='central', kind='party', canonical='中共中央')  # required (round 1)
s(DEP, '国务院', ctx='国务院制定', **GOV)
this_year('今年控制物价')

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
