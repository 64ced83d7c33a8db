from _ann import CC, DEP, DT, PE, SL, Ann, P, all_occ

# Round 28 (annotator r28b): the 11th Congress report (1977), range [25201, 27517): the fifth
# of the eight tasks, “第五，一定要搞好文化教育领域的革命，大力发展社会主义的文化教育事业”:
# Mao's talks of July 1975 on culture (一九七五年七月, 两次重要谈话, the quoted words on
# 样板戏 and the 文艺政策), the three 方针 (百花齐放、百家争鸣, 古为今用、洋为中用, 推陈出新),
# Mao's instructions of 一九七三、一九七四年 and 一九七五年 (《创业》, 《水浒》, 鲁迅, 《诗刊》,
# 《人民文学》, 聂耳, 冼星海, 《园丁之歌》), education (二十世纪最后四分之一, the quoted education
# 方针, 刘少奇, 林彪) and the intellectuals (“臭老九”, Mao's words of 1975 with “老九不能走”,
# 惩前毖后、治病救人, 恩格斯, 杜林, 柏林大学, 中华人民共和国), up to the end of the task.
# Simplified script. A fifth range of the article (after cpc-006.py, cpc-006-history.py,
# cpc-006-foreign.py, cpc-006-capitalist-roaders.py and cpc-006-building.py).
A = Ann('cpc-006', 25201, 27517)
s = A.s
F, U, Qs = A.figure, A.unquoted, A.quoted
MASS = {'kind': 'mass organisation'}


def Q(x, kind='quotation', req=False):
    """A quotation printed on lines of its own (“⏎…⏎”): the text without the line breaks
    is the span, the text with them is accepted too (Conventions decided here; round 18)."""
    sp = s(SL, x, req, kind=kind)
    A.spans.append({'label': SL, 'start': sp['start'] - 1, 'end': sp['end'] + 1,
                    'text': A.p[sp['start'] - 1:sp['end'] + 1], 'required': False, 'attrs': {'kind': kind}})
    assert A.simp[sp['start'] - 1] == '\n' and A.simp[sp['end']] == '\n'
    return sp


def mao(ctx):
    """毛 of 毛主席, required with title 主席 (rounds 1, 8, 15); 毛主席 whole optional below."""
    s(PE, '毛', ctx=ctx, title='主席')


def bare(x, kind='formula', req=False, quoted=False):
    """An unquoted wording printed on a line of its own (Wikisource links): the text is the
    span, the text with the line breaks accepted too (round 1's layout rule, r14d)."""
    sp = s(SL, x, req, kind=kind, quoted=quoted)
    A.spans.append({'label': SL, 'start': sp['start'] - 1, 'end': sp['end'] + 1,
                    'text': A.p[sp['start'] - 1:sp['end'] + 1], 'required': False,
                    'attrs': {'kind': kind, 'quoted': quoted}})
    assert A.simp[sp['start'] - 1] == '\n' and A.simp[sp['end']] == '\n'
    return sp


# 第五，一定要搞好文化教育领域的革命，大力发展社会主义的文化教育事业。 (a list ordinal: none)
# 毛主席在一九七五年七月的两次重要谈话中尖锐指出：
mao('毛主席在一九七五年七月')
A.date('一九七五年七月', '1975-07')                                 # a month with its year (guide)
F('两次', 2, '次', '重要谈话')                                       # a count of events: required (round 15)
Q('样板戏太少，而且稍微有点差错就挨批。百花齐放都没有了。别人不能提意见，不好。')   # Mao's words: optional
U('百花齐放', req=False)                                             # inside a quotation: optional
Q('怕写文章，怕写戏。没有小说，没有诗歌。')
mao('毛主席还指出')
Q('党的文艺政策应该调整一下，一年、两年、三年，逐步逐步扩大文艺节目。')
F('一年', 1, '年', '文艺政策调整的期限', req=False, ctx='一年、两年、三年')   # durations inside a quotation: optional
F('两年', 2, '年', '文艺政策调整的期限', req=False, ctx='两年、三年')
F('三年', 3, '年', '文艺政策调整的期限', req=False, ctx='三年，逐步')
Q('一、两年之内逐步活跃起来，三年、四年、五年也好嘛')
F('两年', 2, '年', '文艺活跃起来的期限', req=False, ctx='两年之内')
F('三年', 3, '年', '文艺活跃起来的期限', req=False, ctx='三年、四年')
F('四年', 4, '年', '文艺活跃起来的期限', req=False, ctx='四年、五年')
F('五年', 5, '年', '文艺活跃起来的期限', req=False, ctx='五年也好')
mao('毛主席的指示，是对')
U('资产阶级文化专制主义', 'term', req=False)                         # the accusation's name: undecided
mao('遵照毛主席的遗愿')
U('为无产阶级政治服务、为工农兵服务的方向', req=False)               # like 为人民服务、为社会主义服务 (r26c): optional
U('马列主义', ctx='以马列主义、毛泽东思想为指导')                     # the doctrine itself (round 3)
U('毛泽东思想', ctx='马列主义、毛泽东思想为指导')                     # the doctrine itself (rounds 3, 18)
s(PE, '毛泽东', False, ctx='毛泽东思想为指导')                         # inside the doctrine's name (guide)

# 社会主义文化要繁荣发展，必须认真贯彻执行⏎百花齐放、百家争鸣⏎的方针，⏎古为今用、洋为中用⏎的方针，⏎推陈出新⏎的方针。
bare('百花齐放、百家争鸣')                 # said as the pair: optional (r26c)
bare('古为今用、洋为中用')                 # Mao's 方针 for culture: undecided (r26c: the 方针 case is open)
bare('推陈出新')                           # the same
mao('毛主席近几年来')
A.date('近几年来', None, req=False)                                  # a relative time (Conventions decided here)
s(DT, '近几年', False, ctx='近几年来')                             # the bare form before 来 (guide: the bare date is the span; slip fixed)
A.date('一九七三', '1973')                 # a year without 年 in an elliptic pair (Conventions decided here)
A.date('一九七四年', '1974')
mao('毛主席就对出版')
A.date('一九七五年', '1975', ctx='特别是在一九七五年')
mao('毛主席不但')
# 电影《创业》, 《水浒》: titles of works, none
s(PE, '鲁迅')                                                      # a named person (round 5)
s(DEP, '诗刊', False, kind='media')                                # a journal in 《》: media, optional (guide)
s(DEP, '人民文学', False, kind='media')
s(PE, '聂耳', title='人民音乐家')                                   # named persons (guide)
s(PE, '冼星海', title='人民音乐家')
s(P, '湘', False, ctx='湘剧')                                      # one-character abbreviation (Conventions decided here)
# 《园丁之歌》: the title of a work, none
mao('毛主席这一系列')

# 教育战线 …
A.date('二十世纪最后四分之一时间', '1975/2000', req=False)         # the last quarter of the century: undecided
A.date('二十世纪', '19XX', req=False)                                # a century alone (round 13)
F('四分之一', 0.25, '', '二十世纪的时间', req=False)                  # a fraction inside a time expression: undecided
U('又红又专', 'directive', req=False)                                # like 德才兼备 (round 18): undecided
mao('毛主席的教育方针')
Qs('宁要没有文化的劳动者', 'quotation', req=False)                    # the adversaries' quoted words (round 1)
mao('贯彻落实毛主席的')
Q('教育必须为无产阶级政治服务，必须同生产劳动相结合', 'formula')    # the education 方针 Mao quoted: open (r26c), optional
Q('使受教育者在德育、智育、体育几方面都得到发展，成为有社会主义觉悟的有文化的劳动者', 'formula')
mao('体现毛主席的无产阶级教育路线')

# 建国以来 … 刘少奇、林彪、“四人帮” … 毛泽东思想的光辉照耀下
A.date('建国以来', None, req=False, ctx='建国以来，尽管')             # relative (Conventions decided here)
s(PE, '刘少奇')                                                    # named persons (cpc-006, round 15)
s(PE, '林彪')
U('毛泽东思想', ctx='在毛泽东思想的光辉', req=False)                  # the modifier of 光辉 (rounds 2, 18)
s(PE, '毛泽东', False, ctx='毛泽东思想的光辉')

# 为了建成社会主义 … 马克思主义理论家的队伍
U('马克思主义', ctx='马克思主义理论家', req=False)                    # the modifier of 理论家 (round 18)

# 我国现有的知识分子 … 比较熟悉马克思主义 …
U('马克思主义', ctx='熟悉马克思主义', req=False)                      # knowing the doctrine: modifier-like, undecided
A.date('无产阶级文化大革命', None, req=False, ctx='特别是无产阶级文化大革命')   # an event used as a time (round 3)
U('无产阶级文化大革命', 'period', req=False)
A.date('文化大革命', None, req=False, ctx='无产阶级文化大革命的锻炼')
A.date('建国以来', None, req=False, ctx='建国以来我们党')
Qs('专政对象', 'term', req=False)                                      # a quoted label for people (Conventions decided here)
Qs('臭老九', 'term', req=False)                                        # the same
mao('毛主席在一九七五年作了')
A.date('一九七五年', '1975', ctx='毛主席在一九七五年作了')
mao('毛主席指出：')
Q('教育界、科学界、文艺界、新闻界、医务界，知识分子成堆的地方，其中也有好的，有点马列的。')
U('马列', req=False, ctx='有点马列的')                                 # the doctrine's short form inside a quotation: optional
Q('老九不能走')                                                        # Mao's words (famous, but a quotation): optional
mao('毛主席又指出')
Q('打破‘金要足赤’、‘人要完人’的形而上学错误思想。')
Qs('金要足赤', 'term', req=False)                                     # nested quoted sayings: optional
Qs('人要完人', 'term', req=False)
mao('毛主席还指出')
Q('对于作家，要惩前毖后、治病救人，如果不是暗藏的有严重反革命行为的反革命分子，就要帮助。')
U('惩前毖后、治病救人')                    # the Party's 方针 for the erring: required (round 18), also inside a quotation
mao('毛主席还以')
s(PE, '恩格斯', ctx='受到恩格斯批判')                                 # persons named in the text (round 3)
s(PE, '杜林', ctx='批判的杜林')
Q('柏林大学撤了杜林的职，恩格斯不高兴了，争论是争论吆，为什么撤职？杜林这个人活了八十多岁，名誉不好。处分人要注意，动不动就要撤职，动不动就要关起来，表现是神经衰弱症。')
s(DEP, '柏林大学', False, kind='university')                         # universities optional (Conventions decided here)
s(P, '柏林', False)                                                   # a place at the start of a name: optional
s(PE, '杜林', False, ctx='撤了杜林')                                   # inside a quotation: optional (rounds 1, 3)
s(PE, '恩格斯', False, ctx='恩格斯不高兴')
s(PE, '杜林', False, ctx='杜林这个人')
F('八十多岁', 80, '岁', '杜林的寿命', ap='more_than', req=False)       # an age, inside a quotation: optional

# 我们一定要遵照毛主席的指示 … 中华人民共和国 … 三大革命运动 … 又红又专
mao('遵照毛主席的指示，正确')
s(P, '中华人民共和国')                                                # the country named: required
U('三大革命运动', req=False)                                          # the numbered set of 1977 (class struggle …): undecided, no FIGURE
U('又红又专', 'directive', req=False, ctx='做到又红又专')
mao('正是毛主席为我们党')
s(DEP, '各省、市、自治区党委', False, kind='party', level='province')   # generic 各… (guide) or the provincial committees: undecided
s(DEP, '自治区党委', False, kind='party', level='province')
s(DEP, '中央各部委', False, kind='party', level='central')               # generic 各… : undecided
s(DEP, '中央', False, ctx='中央各部委', **CC)                           # 中央 alone: optional

# every 毛主席 (rounds 1, 15): the whole is optional, 毛 with the title is annotated above
all_occ(A, PE, '毛主席', False)
all_occ(A, SL, '四人帮', False, kind='term')                           # quoted faction label (round 1)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
