# Round 32 (annotator r32d), gwr-063: 1964 State Council government work
# report (summary in the third person), range [7740, 9950): the close of the
# construction part (周总理, 党中央和毛主席, 总路线, 自力更生、奋发图强、艰苦奋斗、勤俭建国),
# the heading and opening of part two "社会主义革命和人民民主统一战线" (周恩来总理,
# 一九五九年 and 五年), class struggle under socialism (毛主席 ×3, 马克思列宁主义,
# 现代修正主义), the political history 一九五六年 / 一九五七年 / 一九五九年到一九六二年
# with the quoted tendencies “三自一包”, “单干风”, “自由化”, “翻案风”, “三和一少”,
# 一九六二年九月 and 党的八届十中全会, the guarantees against restoration (中国,
# 人民解放军, 毛泽东思想, 百分之九十五以上) and the heading and first paragraph of the
# 社会主义教育运动 section. Chinese numerals only.
# Script: traditional (the gold text is OpenCC s2t of the simplified source;
# spans are found on the simplified text, written with the s2t surface).
from _ann import CC, DEP, DT, PE, Ann, P

A = Ann('gwr-063', 7740, 9950, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
PLA = {'level': 'central', 'kind': 'state', 'canonical': '中国人民解放军'}


def opt_fig(t, v, u, subj, ctx=None, ap='exact'):
    s('FIGURE', t, False, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)


def zhou(ctx):
    """周总理: 周 required with title 总理, the whole optional (conventions; gwr-063-tasks)."""
    s(PE, '周', ctx=ctx, title='总理')
    s(PE, '周总理', False, title='总理')


def mao(ctx):
    """毛主席: 毛 required with title 主席, the whole optional (conventions; round 15)."""
    s(PE, '毛', ctx=ctx, title='主席')
    s(PE, '毛主席', False, title='主席')


def mlism(ctx):
    """马克思列宁主义 as a modifier (…的党, …关于…的学说): optional (earlier rounds; gwr-063-tasks), names inside optional (guide)."""
    U('马克思列宁主义', req=False, ctx=ctx)
    s(PE, '马克思', False, ctx=ctx)
    s(PE, '列宁', False, ctx=ctx)


def revis(ctx):
    """现代修正主义: optional, kind term (gwr-063-foreign; README round list)."""
    U('现代修正主义', 'term', req=False, ctx=ctx)


# the close of the construction part
zhou('周总理说，在各项工作中')
s(DEP, '党中央', ctx='在党中央和毛主席', **CC)                  # 党中央 standing alone (guide)
mao('毛主席的领导下，在总路线')
U('总路线', req=False, ctx='在总路线的光辉')                     # 总路线 alone (README: optional)
U('自力更生、奋发图强、艰苦奋斗、勤俭建国', req=False)            # the four-part wording (undecided: optional)
U('自力更生', req=False, ctx='自力更生、奋发图强')               # every occurrence optional (README, gwr-063 1281-3606)
U('艰苦奋斗、勤俭建国', req=False)                               # r27d: formula, optional (undecided policy wording; slip fixed after the measurement)
# part two: heading and opening
U('人民民主统一战线', 'term', req=False, ctx='社会主义革命和人民民主统一战线\n')  # like 爱国统一战线 (gwr-063-nationalities): optional
s(PE, '周恩来', ctx='周恩来总理报告', title='总理')               # full name with title: the name (guide; gwr-063-tasks)
U('人民民主统一战线', 'term', req=False, ctx='关于社会主义革命和人民民主统一战线')
zhou('周总理说，我国社会主义建设')
A.date('一九五九年', '1959', ctx='从一九五九年到现在')
opt_fig('五年', 5, '年', '', ctx='到现在的五年')                  # a duration (conventions: optional)
# class struggle under socialism
zhou('周总理说，毛主席总结')
mao('毛主席总结')
revis('特别是现代修正主义的教训')
mlism('马克思列宁主义关于无产阶级专政')
mao('毛主席告诉我们')
opt_fig('一个', 1, '个', '历史阶段', ctx='是一个很长的历史阶段')  # 一个 as an article (round 2/8: optional)
revis('各国反动派和现代修正主义存在')
opt_fig('一个', 1, '个', '时间', ctx='需要一个很长的时间')
zhou('周总理说，在我国社会主义社会中')
# the political history
zhou('周总理说，我国的现实政治')
A.date('一九五六年', '1956', ctx='当一九五六年')
A.date('一九五七年', '1957', ctx='就是在一九五七年')
U('资产阶级右派', 'term', req=False)                               # a political category of the time (undecided: optional)
opt_fig('一场', 1, '场', '阶级斗争', ctx='出现了一场激烈的阶级斗争。共产党')  # 一场 as an article (like 一个, round 2: optional)
s(DEP, '共产党', False, ctx='共产党领导全国人民', kind='party')    # the Party as a whole (guide; gwr-063-nationalities)
A.date('一九五九年', '1959', ctx='一九五九年到一九六二年')        # a range: each complete date (guide)
A.date('一九六二年', '1962', ctx='一九五九年到一九六二年')
revis('各国反动派和现代修正主义一再')
opt_fig('一场', 1, '场', '阶级斗争', ctx='又出现了一场激烈')
Q('三自一包')                                                      # a quoted numbered formula of the time (undecided: formula required, see note)
U('自由市场', 'term', req=False, ctx='多搞自由市场')               # not a slogan by itself; accepted as a term (undecided)
U('包产到户', 'term', req=False, ctx='包产到户）')               # a policy term inside the gloss (undecided: optional; added after the measurement)
Q('单干风', 'term', req=False)                                     # quoted coinage (conventions: optional term)
Q('自由化', 'term', req=False)                                     # a quoted label of a tendency beside 单干风 / 翻案风, or a scare-quoted word (undecided: optional; changed after the measurement)
Q('翻案风', 'term', req=False)
Q('三和一少')                                                      # as 三自一包
revis('反动派、现代修正主义要和')
U('社会主义建设总路线', req=False, ctx='我们的社会主义建设总路线')  # the general line with qualifier (gwr-063-tasks: optional)
U('总路线', req=False, ctx='社会主义建设总路线和')
U('对外政策总路线', req=False)                                     # like 社会主义建设总路线 (undecided: optional)
U('总路线', req=False, ctx='对外政策总路线')
A.date('一九六二年九月', '1962-09')                                # year-month (guide)
A.date('一九六二年', '1962', ctx='一九六二年九月', req=False)       # the year inside a year-month (undecided: optional)
mao('毛主席在党的八届十中全会')
s(DT, '党的八届十中全会', False)                                   # a plenary session (round 2, as 党的十届三中全会)
s(DEP, '党的八届十中全会', False, **CC)                            # the organ in session (like 党的二十大, r7n)
s(DT, '八届十中全会', False)
s(DEP, '党中央', ctx='在党中央和毛主席的领导下，全国人民', **CC)
mao('毛主席的领导下，全国人民')
# the guarantees against restoration
zhou('周总理指出，在社会主义国家中')
s(P, '中国', ctx='在我们中国')                                     # the country (guide)
mlism('马克思列宁主义的党')
s(DEP, '人民解放军', **PLA)                                        # the army by its name (README: required)
U('毛泽东思想')                                                    # doctrine itself, 以…为指南 (README: required)
s(PE, '毛泽东', False, ctx='毛泽东思想为指南')                     # inside the doctrine name (README: optional)
F('百分之九十五以上', 95, '%', '人口中要革命的人民群众的比重', ap='more_than|at_least')  # 以上 inside (conventions)
U('群众路线', req=False)                                           # round 3: optional
# the 社会主义教育运动 section
U('社会主义教育运动', 'campaign', ctx='进行的社会主义教育运动，有着')  # standard campaign name (gwr-063-tasks: required)
zhou('周总理指出，目前正在')
U('社会主义教育运动', 'campaign', ctx='城市中进行的社会主义教育运动')
opt_fig('四个', 4, '个', '方面', ctx='这四个方面')                 # anaphoric count (conventions: optional)
opt_fig('一次', 1, '次', '阶级教育和社会主义教育', ctx='进行一次深刻')  # like 一个 (round 2: optional)
U('兴无产阶级思想，灭资产阶级思想', req=False)                   # a standard wording of the time (undecided: optional)
opt_fig('一个', 1, '个', '社会主义国家', ctx='建立一个强大的')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
