from _ann import DEP, DT, PE, SL, Ann, P, all_occ

# Round 27 (r27d): the 1979 State Council government work report, part 二, tasks 第九
# (living standards: 一百三十亿元左右, 八亿农民, 三十亿元, 三千多万平方米, jobs 七百多万人)
# and 第十 (family planning: 七十年代 / 五十年代 / 六十年代, 本世纪最后二十年, 一九七一年到
# 一九七八年, 四川省 / 上海市 千分之…, 一九八五年), the closing of part 二 (国家计划委员会,
# 一九七九年, 建国三十周年, 增产节约运动 ×3, 大庆人 / 大寨人, 五届人大四次会议,
# 第六个五年计划). Range [15105, 17235), after the golds [428, 2545) and [2547, 4867).
# Simplified.
A = Ann('gwr-060', 15105, 17235)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI, WAN = 100000000, 10000
STATE = {'level': 'central', 'kind': 'state'}
NPC = {'level': 'central', 'kind': "people's congress", 'canonical': '全国人民代表大会'}


def dur(t, v, ctx=None, ap='exact', u='年'):
    """A duration: optional (README, Conventions decided here)."""
    s('FIGURE', t, False, ctx=ctx, value=v, approx=ap, unit=u)


def one(t, u, subj, ctx):
    """一个: an article-like count, optional (round 12)."""
    s('FIGURE', t, False, ctx=ctx, value=1, approx='exact', unit=u, subject=subj)


# Every occurrence of the report's year and the faction (relative time optional, round 1;
# 四人帮 a quoted label, optional, round 1; 林彪 required, cpc-006 / gwr-060)
all_occ(A, DT, '今年', False, value='1979', resolved='1979')
all_occ(A, PE, '林彪')
all_occ(A, SL, '四人帮', False, kind='term', quoted=True)
all_occ(A, SL, '四个现代化', kind='formula', quoted=False)   # required at every free occurrence (r16c)
all_occ(A, SL, '增产节约运动', kind='campaign', quoted=False)  # a standard campaign name, like 爱国卫生运动 (round 14)
all_occ(A, SL, '计划生育', False, kind='term', quoted=False)   # a policy phrase (Conventions decided here), undecided
A.cur = 0

# 第九、在发展生产的基础上，逐步提高人民的生活水平。
F('一百三十亿元左右', 130 * YI, '元', '农村社队和农民的收入增加（1979，估计）', ap='about')  # 左右 inside (guide)
dur('一年', 1, ctx='一年内社队')
one('一个', '个', '重大课题', ctx='一个重大课题')
F('三十亿元', 30 * YI, '元', '建设职工住宅（1979）')
F('三千多万平方米', 3000 * WAN, '平方米', '职工住宅竣工面积（1979）', ap='more_than')  # 可达: the verb stays outside
s(DT, '去年', False, ctx='比去年有所增加', value='1978', resolved='1978')  # a relative time (round 1): optional; slip fixed after the measurement
# 劳动就业问题
one('一个', '个', '突出问题', ctx='一个突出问题')
s(DT, '过去十多年', False)                                     # a relative time (round 1)
dur('十多年', 10, ctx='过去十多年', ap='more_than')
U('统筹兼顾', 'term', req=False)                               # like Mao's wording 统筹兼顾、注意综合平衡 (round 7: optional)
F('七百多万人', 700 * WAN, '人', '全民所有制和集体所有制单位安排就业（1979计划）', ap='more_than')
# 第十、进一步做好计划生育工作
s(DT, '七十年代以来', False, value='197X')                      # the longer form optional (r13d)
s(DT, '七十年代', value='197X')                                # a plain decade: required (r13d)
s(DT, '五十年代后期', False, value='195X')
s(DT, '五十年代', value='195X')                                # decade with a modifier: the bare decade (r13d)
s(DT, '六十年代后期', False, value='196X')
s(DT, '六十年代', value='196X')
s(DT, '本世纪最后二十年', False, value='1981/2000')             # like 本世纪头二十年 (round 21: optional)
dur('二十年', 20, ctx='最后二十年')
one('一个', '个', '孩子', ctx='只生一个孩子')
s(DT, '一九七一年到一九七八年', False, value='1971/1978')        # the range optional, each year required (r13d)
s(DT, '一九七一年', value='1971')
s(DT, '一九七八年', value='1978')
s(P, '四川省')
F('千分之二十九', 29, '‰', '人口自然增长率（四川省，1971）')      # 千分之N like 百分之N (round 27: unit ‰)
F('千分之六点一', 6.1, '‰', '人口自然增长率（四川省，1978）')
s(P, '上海市')
F('千分之七', 7, '‰', '人口自然增长率（上海市，1971）')
F('千分之五点一', 5.1, '‰', '人口自然增长率（上海市，1978）')
F('千分之十左右', 10, '‰', '全国人口增长率（1979目标）', ap='about')
s(DT, '一九八五年', value='1985')
F('千分之五左右', 5, '‰', '全国人口增长率（1985目标）', ap='about')
# 除以上十项工作以外
s('FIGURE', '十项', False, value=10, approx='exact', unit='项', subject='工作')  # an anaphoric count (README)
# 各位代表！根据调整、改革、整顿、提高的方针 …
U('调整、改革、整顿、提高', req=False)                          # as in gwr-059 / gwr-058 (round 19): optional
s(DEP, '国家计划委员会', **STATE, canonical='国家计划委员会')    # a named central organ
s(DT, '去年', False, value='1978', resolved='1978')
s(DT, '一九七九年', value='1979')
s(DT, '建国三十周年', False, value='1979')                     # an anniversary used as a time (optional)
s('FIGURE', '三十周年', False, value=30, approx='exact', unit='周年')  # an anniversary (guide: optional)
one('一个', '个', '增产节约运动', ctx='开展一个以')
U('社会主义劳动竞赛', 'campaign', req=False)                   # undecided: a movement of the time
U('合理化建议运动', 'campaign', req=False)                     # undecided
U('艰苦奋斗、勤俭建国', req=False)                              # like 艰苦奋斗、廉洁奉公 (round 15: optional)
s(P, '大庆', ctx='大庆人')                                     # the place itself, like 大庆 in 大庆工人 (round 15)
s(P, '大寨', ctx='大寨人')
U('自力更生、艰苦创业', req=False)
U('自力更生', req=False, ctx='自力更生、艰苦创业')              # round 14: optional at every occurrence
# 国务院在努力做好 …
s(DEP, '国务院', **STATE, canonical='国务院')
dur('两年多', 2, ctx='前两年多', ap='more_than')
dur('十年', 10, ctx='十年规划纲要')                             # the plan's span inside its name
s(DT, '一九八一年', value='1981', ctx='一九八一年举行')
s(DT, '五届人大四次会议', False)                               # a session used as a time (round 1)
s(DEP, '五届人大', False, **NPC)                               # the ordinal form optional (Conventions decided here)
s(DEP, '人大', ctx='五届人大四次', **NPC)                       # 人大 required
s(DEP, '国务院', ctx='国务院将提出', **STATE, canonical='国务院')
s(DT, '一九八一年到一九八五年', False, value='1981/1985')
s(DT, '一九八一年', value='1981', ctx='一九八一年到')
s(DT, '一九八五年', value='1985', ctx='到一九八五年')
s(DT, '第六个五年计划', False, value='1981/1985')              # r26c: optional as DATE and as SLOGAN period
s(SL, '第六个五年计划', False, kind='period', quoted=False)
U('调整、改革、整顿、提高', req=False, ctx='宣告调整、改革、整顿、提高的任务')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
