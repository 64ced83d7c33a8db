from _ann import DEP, DT, PE, SL, Ann, P, all_occ

# Round 27 (annotator r27b). 1964 State Council government work report (summary in
# the third person), range [4486, 6744) of the window [3606, 15984): Zhou's call to
# sum up experience (毛主席), the tasks and plan for 1965 (一九六五年 ×6, 一九六四年 ×4,
# 一九六六年 ×2 with 第三个五年计划, 百分之五左右 / 百分之十一左右 / 百分之十以上, 大寨精神,
# 大庆经验, 比学赶帮, 多快好省, 半工半读、半农半读, 爱国卫生运动, 上年), the heading
# “今后发展国民经济中应当注意的几个问题” and its points 第一 (农、轻、重; 以农业为基础、
# 以工业为主导; 人民公社), 第二 (自力更生 ×6, “经济互助”, 中国人民) and 第三 (技术革命:
# 大跃进 ×2, 十五年, 一颗原子弹, 西方 / 东方 ×2 each, 孙中山, 本世纪初期, 几十年).
# Chinese numerals only; years in 一九六五 form. Simplified script (as the source).
A = Ann('gwr-063', 4486, 6744)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
Y = A.date


def zhou(ctx):
    """周总理: the surname is the span, the whole optional (conventions)."""
    s(PE, '周', ctx=ctx, title='总理')
    s(PE, '周总理', False, ctx=ctx, title='总理')


def mao(ctx):
    """毛主席: the surname is the span, the whole optional (conventions)."""
    s(PE, '毛', ctx=ctx, title='主席')
    s(PE, '毛主席', False, ctx=ctx, title='主席')


def plan3(ctx):
    """第三个五年计划: a five-year-plan period, optional as DATE and SLOGAN `period` (conventions, gwr-063.py)."""
    sp = s(DT, '第三个五年计划', False, ctx=ctx, value='1966/1970')
    s(SL, '第三个五年计划', False, at=sp['start'], kind='period', quoted=False)
    s('FIGURE', '五年', False, at=sp['start'] + 3, value=5, approx='exact', unit='年', subject='')   # as in gwr-063.py


def one(ctx, subj, u='个', t='一个'):
    """一个 / 一颗 as an indefinite article: optional (round 2)."""
    F(t, 1, u, subj, req=False, ctx=ctx)


# 自力更生 (a policy word of the time): optional at every occurrence (gwr-063.py, undecided)
all_occ(A, SL, '自力更生', False, kind='formula', quoted=False)
A.cur = 0

# 周总理说，我们应当象毛主席一再要求的那样，经常注意总结经验，…
zhou('周总理说，我们应当')
mao('毛主席一再要求')

# 明年发展国民经济的主要任务是，在更深入广泛开展社会主义教育运动的基础上，…
s(DT, '明年', False, value='1965', resolved='1965')          # relative time (conventions)
U('社会主义教育运动', 'campaign', req=False, ctx='广泛开展社会主义教育运动')   # historical campaign, unquoted (gwr-063 / round 18: optional)
Y('一九六六年', '1966', ctx='为一九六六年开始')
plan3('第三个五年计划作好准备。')

# 周恩来总理在报告中提出了今后发展国民经济的任务。
s(PE, '周恩来', title='总理')                                # full name: required, title outside

# 他对一九六五年发展国民经济计划草案和国家预算的初步安排，作了说明。…
Y('一九六五年', '1965', ctx='他对一九六五年')
Y('一九六五年', '1965', ctx='一九六五年的主要任务')
U('城乡社会主义教育运动', 'campaign', req=False)              # like 农村社会主义教育运动 (gwr-063): optional
U('社会主义教育运动', 'campaign', req=False, ctx='城乡社会主义教育运动')   # nested: optional
Y('一九六六年', '1966', ctx='为一九六六年开始')
plan3('第三个五年计划作好准备。\n\n')

# 一九六五年计划草案拟定，农业总产值比一九六四年增长百分之五左右。…
Y('一九六五年', '1965', ctx='一九六五年计划草案拟定')
Y('一九六四年', '1964', ctx='比一九六四年增长百分之五')
F('百分之五左右', 5, '%', '农业总产值增长（1965比1964）', ap='about')
U('以粮为纲、多种经营', req=False)                            # the standard wording of the agricultural policy: undecided (decided here)
U('以粮为纲', req=False)                                      # its core, nested: optional
U('大寨精神', 'term', req=False)                              # undecided (decided here): the model's name
s(P, '大寨', False, ctx='大寨精神')                           # the village inside the term (as 学大寨, earlier rounds)
one('有一个更好的收成', '收成')

# 计划草案拟定，工业总产值比一九六四年增长百分之十一左右。…
Y('一九六四年', '1964', ctx='比一九六四年增长百分之十一')
F('百分之十一左右', 11, '%', '工业总产值增长（1965比1964）', ap='about')
U('大庆经验', 'term', req=False)                              # like 大寨精神: undecided
s(P, '大庆', False, ctx='大庆经验')                           # inside the term (工业学大庆: optional)
U('比学赶帮', 'campaign', req=False)                          # the emulation campaign's name (比学赶帮竞赛): undecided

# 基本建设，应当更好地集中力量打歼灭战，讲求经济效果。要进行设计革命，…
# 打歼灭战: an idiom, none
U('设计革命', 'campaign', req=False)                          # a campaign of 1964–65: undecided
U('多快好省', req=False)                                      # the general line's wording (多快好省地建设社会主义): undecided

# 要进一步扩大城乡物资交流，… 比一九六四年有较多的增加。
Y('一九六四年', '1964', ctx='比一九六四年有较多')

# 要积极进行半工半读、半农半读的教育制度的试点工作，…
U('半工半读、半农半读', 'term', req=False)                    # as in an earlier round: optional
U('爱国卫生运动', 'campaign')                                  # a standard campaign name (gwr-063.py): required

# 一九六五年国家预算收支都比上年增长百分之十以上，收支平衡。…
Y('一九六五年', '1965', ctx='一九六五年国家预算')
s(DT, '上年', False, value='1964', resolved='1964')          # relative time (conventions)
F('百分之十以上', 10, '%', '国家预算收支增长（1965比1964）', ap='more_than|at_least')   # 以上 inside (conventions)
# 各部门、各地方: generic

# 今后发展国民经济中应当注意的几个问题 (a heading; 几个: a vague count announcing the list, none)

# 在报告了一九六五年发展国民经济的任务以后，周总理说，…
Y('一九六五年', '1965', ctx='在报告了一九六五年')
zhou('周总理说，为了在不太长')
one('一个具有现代农业', '具有现代农业、现代工业、现代国防和现代科学技术的社会主义强国')
U('现代农业、现代工业、现代国防和现代科学技术', req=False)  # the 1964 wording of the four modernizations, unnamed: undecided (decided here)

# 第一，正确处理农业、轻工业、重工业的关系。… (第一: a list number, none)
U('社会主义建设总路线', req=False)                            # the general line's full name: undecided (总路线 optional in gwr-063.py)
one('一个重要保证', '重要保证')
U('农、轻、重', 'term', req=False)                            # the standard order of the sectors: undecided

# 必须更好地执行以农业为基础、以工业为主导的发展国民经济总方针。…
U('以农业为基础、以工业为主导', req=False)                    # the standard wording of the 总方针 (gwr-063.py: undecided)
U('以农业为基础', req=False, ctx='以农业为基础、以工业为主导')   # nested: optional
# 重工业部门, 轻工业: generic

# 农业的发展，… 依靠人民公社的集体力量。 (人民公社: a generic organ noun, none)

# 第二，正确处理自力更生同国际合作的关系。…: 自力更生 above; 社会主义阵营: none
# 那种以“经济互助”为名，把别国的经济变成附庸，是大国沙文主义的作法。
Q('经济互助', 'term', req=False)                              # a quoted coinage (conventions): optional
one('一个国家只有', '国家')
# 自力更生是我们党一贯坚持的方针。中国人民不是懒汉懦夫，…
s(P, '中国', ctx='中国人民不是')                              # 中国 in 中国人民 (round 6)
one('建立一个独立', '国民经济体系')

# 第三，实行技术革命。…
one('在一个不太长', '历史时期')
one('成为一个社会主义的现代化', '社会主义的现代化的强国')
sp = s(SL, '大跃进', False, kind='campaign', quoted=False, ctx='我们所说的大跃进')   # round 12: optional
s(DT, '大跃进', False, at=sp['start'])
one('从一个一穷二白', '基地')
F('十五年', 15, '年', '', req=False)                          # a duration (conventions)
one('一颗原子弹', '原子弹', u='颗', t='一颗')                  # 一颗: like 一个 (round 2), optional (decided here)
s(P, '西方', False, ctx='西方人')                             # regions without fixed boundary (round 3)
s(P, '东方', False, ctx='东方病夫')
s(P, '西方', False, ctx='西方资产阶级')
s(P, '东方', False, ctx='东方无产阶级')
s(P, '中国', ctx='中国大革命家')
s(PE, '孙中山', title='先生')                                 # a named person, 先生 outside
s(DT, '本世纪初期', False, value='190X')                      # a relative period of the century (conventions)
s(P, '中国', ctx='中国将要出现')
one('出现一个大跃进', '大跃进')
sp = s(SL, '大跃进', False, kind='campaign', quoted=False, ctx='一个大跃进')   # reported words of Sun Yat-sen: optional
s(DT, '大跃进', False, at=sp['start'])
F('几十年', 10, '年', '', ap='more_than', req=False)          # a duration (cpc-011-goals)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
