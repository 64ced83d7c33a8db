# Round 30 (annotator r30b), gwr-063: 1964 State Council government work
# report (summary in the third person), range [3756, 5608): the end of the
# "summing up experience" part (周总理, 社会主义建设总路线, 党中央和毛主席,
# 马克思列宁主义, Mao's unquoted words on 必然王国 / 自由王国 with 大约一百万年), the
# tasks for 明年 / 一九六五年 (社会主义教育运动, 一九六六年 and 第三个五年计划 ×2,
# 周恩来总理), the 1965 plan (百分之五左右 and 百分之十一左右 against 一九六四年,
# 以粮为纲、多种经营, 大寨精神, 大庆经验, 比学赶帮竞赛, 设计革命, 多快好省, 半工半读、
# 半农半读, 爱国卫生运动, budget 百分之十以上 against 上年) and the heading and opening
# of "今后发展国民经济中应当注意的几个问题" (现代农业、现代工业、现代国防和现代科学技术).
# Chinese numerals only. Script: simplified.
from _ann import CC, DEP, DT, PE, SL, Ann, P

A = Ann('gwr-063', 3756, 5608)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
Y65 = {'value': '1965', 'resolved': '1965'}


def opt_fig(t, v, u, subj, ctx=None, ap='exact'):
    s('FIGURE', t, False, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)


def zhou(ctx):
    """周总理: the surname is the span with its title, the whole optional (conventions)."""
    s(PE, '周', ctx=ctx, title='总理')
    s(PE, '周总理', False, title='总理')


def mao(ctx):
    """毛主席: 毛 required with title 主席, the whole optional (conventions; round 15)."""
    s(PE, '毛', ctx=ctx, title='主席')
    s(PE, '毛主席', False, title='主席')


def plan3(ctx):
    """第三个五年计划 (1966–1970): optional DATE and SLOGAN period; 五年 optional (conventions; gwr-063 1281-3606)."""
    s(DT, '第三个五年计划', False, ctx=ctx, value='1966/1970')
    s(SL, '第三个五年计划', False, kind='period', quoted=False)
    opt_fig('五年', 5, '年', '', ctx='第三个五年计划')  # 第三个 is an ordinal: no FIGURE (guide)


# summing up experience
zhou('周总理在详细地说明')
s(DT, '几年来', False)                                     # relative time (round 14: 近几年 / 这几年)
opt_fig('几年', 3, '年', '', ctx='几年来', ap='about')      # a vague duration (r28a: 几年 optional)
opt_fig('一个', 1, '个', '强大的社会主义国家', ctx='成为一个强大')  # 一个 optional (round 2)
U('社会主义建设总路线', req=False)                         # the general line with its qualifier (undecided; 总路线 alone optional, gwr-063 1281-3606)
U('总路线', req=False, ctx='社会主义建设总路线')
s(DEP, '党中央', ctx='党中央和毛主席', **CC)               # 党中央 standing alone (guide)
mao('毛主席根据')
U('马克思列宁主义', req=False, ctx='马克思列宁主义的基本原理')  # modifier of 基本原理 (earlier rounds: optional)
s(PE, '马克思', False, ctx='马克思列宁主义的基本原理')      # names inside a doctrine name (guide)
s(PE, '列宁', False, ctx='列宁主义的基本原理')
opt_fig('一个', 1, '个', '飞跃', ctx='一个飞跃')            # round 2
s(DT, '这几年', False, ctx='经过这几年')                    # round 14: optional
U('总路线', req=False, ctx='这条总路线更加')                # 总路线 alone (gwr-063 1281-3606: optional)
U('总路线', req=False, ctx='实现这条总路线')
mao('毛主席常常告诉')
opt_fig('一个', 1, '个', '历史', ctx='就是一个不断地')       # 一个 as an article (round 8: optional)
opt_fig('一个', 1, '个', '水平', ctx='停止在一个水平上')
opt_fig('大约一百万年', 1000000, '年', '人类社会发展的历史', ap='about')  # a duration inside an unquoted quotation (conventions: optional)
opt_fig('一百万年', 1000000, '年', '人类社会发展的历史', ap='exact|about')  # the bare number (undecided: optional)
zhou('周总理说，我们应当')
mao('毛主席一再要求')
# tasks for 1965
s(DT, '明年', False, **Y65)                                # relative time, resolved (conventions)
U('社会主义教育运动', 'campaign', ctx='开展社会主义教育运动的基础')  # standard campaign name (like 爱国卫生运动, gwr-063 1281-3606; decided here)
A.date('一九六六年', '1966', ctx='为一九六六年开始')
plan3('第三个五年计划作好准备。\n')
s(PE, '周恩来', title='总理')                               # full name with title: the name (guide; gwr-063)
A.date('一九六五年', '1965', ctx='他对一九六五年')
A.date('一九六五年', '1965', ctx='一九六五年的主要任务')
s(SL, '城乡社会主义教育运动', False, kind='campaign', quoted=False)  # like 农村社会主义教育运动 (r16b / round 25: optional)
U('社会主义教育运动', 'campaign', req=False, ctx='城乡社会主义教育运动')  # inside it (nesting, README round 25)
A.date('一九六六年', '1966', ctx='为一九六六年开始的第三')
plan3('第三个五年计划作好准备。\n\n　　一九六五年')
# the 1965 plan
A.date('一九六五年', '1965', ctx='一九六五年计划草案拟定')
A.date('一九六四年', '1964', ctx='比一九六四年增长百分之五')
F('百分之五左右', 5, '%', '农业总产值增长（1965比1964）', ap='about')  # 左右 inside (guide)
U('以粮为纲、多种经营', req=False)                          # the agricultural 方针 wording of the time (undecided: optional)
U('大寨精神', 'term', req=False)                            # a set phrase of the time (undecided: optional)
s(P, '大寨', ctx='大寨精神')                                 # the village (round 15; r14c: optional only inside 大寨大队 or a campaign name)
opt_fig('一个', 1, '个', '收成', ctx='有一个更好的收成')
A.date('一九六四年', '1964', ctx='比一九六四年增长百分之十一')
F('百分之十一左右', 11, '%', '工业总产值增长（1965比1964）', ap='about')
s(P, '大庆', ctx='大庆经验')                                 # the oil field by its place (r14c: 大庆 in 大庆等现有油田 required; round 15)
U('大庆经验', 'term', req=False)
U('比学赶帮竞赛', 'campaign', req=False)                    # an emulation campaign of the time, unquoted (undecided: optional)
U('比学赶帮', 'term', req=False)
U('设计革命', 'campaign', req=False)                        # a campaign of the time, unquoted (undecided: optional)
U('多快好省', req=False)                                    # the general line's wording (r28a: undecided, optional)
A.date('一九六四年', '1964', ctx='比一九六四年有较多')
U('半工半读、半农半读', 'term', req=False)                  # gwr-063 1281-3606: optional
U('爱国卫生运动', 'campaign')                               # standard campaign name: required (gwr-063 1281-3606, round 14)
A.date('一九六五年', '1965', ctx='一九六五年国家预算')
s(DT, '上年', False, value='1964', resolved='1964')  # relative time (round 5)
F('百分之十以上', 10, '%', '国家预算收支增长（1965比1964）', ap='more_than|at_least')  # 以上 inside (conventions)
# the next part's heading and opening
A.date('一九六五年', '1965', ctx='在报告了一九六五年')
zhou('周总理说，为了在不太长')
opt_fig('一个', 1, '个', '社会主义强国', ctx='一个具有现代')  # round 2
U('现代农业、现代工业、现代国防和现代科学技术', req=False)  # the four modernizations' wording (undecided: optional)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
