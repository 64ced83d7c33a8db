from _ann import CC, DEP, DT, PE, SL, Ann, P, all_occ

# Round 23: the 11th Congress report (1977), Mao's thesis on the capitalist-roaders inside
# the Party: its grounds (社教运动, Mao's quoted words on their own lines, 斯大林, 托洛茨基,
# 季诺维也夫, 布哈林, 赫鲁晓夫, 勃列日涅夫, 苏联, 三个资产阶级司令部, 刘少奇、林彪、王张江姚),
# 一九六七年, the two kinds of contradictions, 惩前毖后，治病救人 on lines of its own, the
# “三要三不要” principle with 三项基本原则, 百分之九十五以上, the adversaries' quoted labels
# (“走资派”, “投降派”, “批党内大儒”, “反经验主义”, “民主派”, “一个资产阶级”), 批林批孔 and
# 党中央. A fifth range of the article; simplified script.
A = Ann('cpc-006', 8347, 10506)
s = A.s
F, U, Qs = A.figure, A.unquoted, A.quoted
SAN = '要搞马克思主义，不要搞修正主义；要团结，不要分裂；要光明正大，不要搞阴谋诡计'


def Q(t, kind='quotation', req=False, quoted=True):
    """A quotation printed between marks on its own lines: the trimmed text is the span;
    the text with the line breaks is accepted too (round 1)."""
    sp = s(SL, t, req, kind=kind, quoted=quoted)
    A.spans.append({'label': SL, 'start': sp['start'] - 1, 'end': sp['end'] + 1,
                    'text': A.p[sp['start'] - 1:sp['end'] + 1], 'required': False, 'attrs': {'kind': kind}})
    assert A.simp[sp['start'] - 1] == '\n' and A.simp[sp['end']] == '\n'
    return sp


def mao(ctx):
    """毛 of 毛主席: required with title 主席, 毛主席 optional (round 8)."""
    sp = s(PE, '毛', ctx=ctx, title='主席')
    s(PE, '毛主席', False, at=sp['start'], title='主席')


def cr():  # the Cultural Revolution: an event as time (optional DATE) and period (optional SLOGAN)
    s(DT, '无产阶级文化大革命', False)
    s(SL, '无产阶级文化大革命', False, kind='period', quoted=False)
    sp = s(DT, '文化大革命', False, ctx='无产阶级文化大革命')
    s(SL, '文化大革命', False, at=sp['start'], kind='period', quoted=False)


mao('毛主席关于党内走资派')
s(DEP, '共产党', False, ctx='执政的共产党', kind='party')          # the Party as a whole (guide)
s(DEP, '共产党', False, ctx='要在共产党内寻找', kind='party')
mao('毛主席指出：社教')
U('社教运动', 'campaign', req=False)                               # a historical campaign, abbreviated (undecided)
cr()
Q('整党内那些走资本主义道路的当权派')
Q('搞社会主义革命，不知道资产阶级在哪里，就在共产党内，党内走资本主义道路的当权派。')
s(DEP, '共产党', False, ctx='就在共产党内，党内', kind='party')    # inside a quotation: optional
mao('毛主席的这个科学论断')
s(PE, '斯大林')
s(PE, '托洛茨基')
s(PE, '季诺维也夫')
s(PE, '布哈林')
s(PE, '赫鲁晓夫')
s(PE, '勃列日涅夫')
s(P, '苏联', ctx='在苏联复辟')
cr()
F('三个', 3, '个', '资产阶级司令部')                                 # a count of the headquarters smashed
s(PE, '刘少奇', ctx='刘少奇、林彪、王张江姚')
s(PE, '林彪', ctx='林彪、王张江姚')
s(PE, '王张江姚', False)                                             # four surnames in one word (undecided)

mao('毛主席在强调')
s(DT, '一九六七年', value='1967')
mao('一九六七年毛主席')
Q('绝大多数的干部都是好的，不好的只是极少数。对党内走资本主义道路的当权派，是要整的，但是，他们是一小撮。我们的干部中，除了投敌、叛变、自首的以外，绝大多数在过去十几年、几十年里总做过一些好事！要团结干部的大多数。')
F('十几年', 10, '年', '', ap='more_than', req=False)                # durations inside a quotation: optional
F('几十年', 10, '年', '', ap='more_than', req=False)

mao('毛主席还把')
s('FIGURE', '两类', False, value=2, approx='exact', unit='类', subject='矛盾')  # the doctrine's name 两类矛盾 (undecided)
Q('在犯过走资派错误的人们中，死不改悔的是少数，可以接受教育改正错误的是多数，不要一提起‘走资派’，就认为都是坏人。')
Qs('走资派', 'term', req=False, ctx='‘走资派’')                     # nested quoted label
mao('这是毛主席')
s(DT, '建国以来', False)                                              # relative time (round 3)
s(DT, '建国', False, ctx='建国以来')
F('两部分', 2, '部分', '人', req=False)                              # cataphoric partition (一部分…另一部分): optional
F('两个', 2, '个', '可能性', req=False, ctx='两个可能性')            # cataphoric count before 第一…第二: optional
# 第一, 第二: list numbers
Q('惩前毖后，治病救人', 'formula', req=True, quoted=False)                         # the 方针's fixed wording, on lines of its own (round 18)

s(PE, '林彪', ctx='林彪反党集团')
mao('毛主席总结')
Q(SAN, 'formula', True)                                              # the “三要三不要” principle (round 1)
U('三项基本原则', ctx='”三项基本原则')                               # its short name after the full one (round 4: 五项原则)
mao('毛主席又反复')
F('百分之九十五以上', 95, '%', '群众和干部', ap='more_than|at_least')
s(PE, '刘少奇', ctx='象刘少奇')
s(PE, '林彪', ctx='林彪、“四人帮”那样')

mao('篡改毛主席关于')
U('三项基本原则', ctx='坚持三项基本原则')
mao('听毛主席和党中央')
s(DEP, '党中央', ctx='毛主席和党中央', **CC)
Qs('走资派', 'term', req=False, ctx='“走资派”的帽子')
Qs('投降派', 'term', req=False)
U('批林批孔', 'campaign')                                            # a standard campaign name (round 1)
Qs('批党内大儒', 'term', req=False)                                  # the adversaries' quoted coinages (round 15)
U('学习无产阶级专政理论', 'campaign', req=False)                     # the 1975 study campaign, unquoted (undecided)
Qs('反经验主义', 'term', req=False)
Qs('民主派', 'term', req=False, ctx='老干部是“民主派”')
Qs('民主派', 'term', req=False, ctx='“民主派”就是')
Qs('走资派', 'term', req=False, ctx='就是“走资派”')
Qs('一个资产阶级', 'term', req=False)

mao('毛主席缔造')
s(DEP, '中国共产党', False, level='central', kind='party')          # the Party as a whole (guide)
s(P, '中国', False, ctx='中国共产党')
mao('毛主席的无产阶级革命路线在')
mao('执行毛主席')
mao('毛主席早就说过')
Q('党内一小撮走资本主义道路的当权派，就是资产阶级在党内的代表人物。')
mao('毛主席说资产阶级')
s(DEP, '共产党', False, ctx='就在共产党内，指的', kind='party')
U('马克思列宁主义', req=False, ctx='马克思列宁主义路线')             # as modifier: optional (round 6)
s(P, '苏联', ctx='象苏联那样')
mao('毛主席教导')
s(PE, '刘少奇', ctx='打倒刘少奇')
s(PE, '林彪', ctx='林彪和“四人帮”这些')

# the 四人帮 label, quoted throughout: optional term (round 1)
# Fixed after the first measurement (see ROUND23-r14d.md), undecided, optional (decided
# here): the unquoted repeats of the adversaries' quoted label “一个资产阶级” (optional term)
all_occ(A, SL, '一个资产阶级', False, within=[(1700, 2159)], kind='term', quoted=False)
all_occ(A, SL, '四人帮', False, kind='term', quoted=True)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
