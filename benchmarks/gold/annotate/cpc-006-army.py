from _ann import CC, CMC, DEP, DT, PB, PE, SL, Ann, P, all_occ

# Round 33 (annotator r33c, blind). The 11th CPC National Congress report (1977), range
# [27520, 29691) of the window [27517, 32138): the sixth of the eight tasks, “第六，一定要强化
# 人民的国家机器” (人民解放军, 抓纲治军 ×2, 一九七五年军委扩大会议, Mao's quoted words on the
# army, 十个问题, 古田会议决议, 雷锋, “硬骨头六连”, 苏修, Mao's 陆军 / 空军 / 海军 and 严格训练
# instructions, 人民战争 ×2, “单纯军事观点” / “唯武器论”, the militia with 组织落实、政治落实、
# 军事落实, 解放台湾, public security with 稳、准、狠), and the seventh, “第七，一定要发扬民主，
# 健全民主集中制” (民主集中制 ×8, Mao's note of 一九七三年十一月二十一日 on a letter criticising
# 江青 with 政治局, his words on “三反分子” / “五一六”, the adversaries' quoted slogans, the three
# classical sayings, the four 服从 of Party discipline, 三大纪律八项注意, Mao's quoted aim and
# 毛泽东思想), to the end of the seventh task. Annotated as traditional: the gold text is OpenCC
# s2t of the simplified source (same length). A seventh range of the article.
A = Ann('cpc-006', 27520, 29691, script='traditional')
s = A.s
F = A.figure


def U(t, k='formula', req=False, ctx=None):
    """An unquoted wording: optional unless a convention requires it."""
    return s(SL, t, req, ctx=ctx, kind=k, quoted=False)


def Qs(t, k='term', req=False, ctx=None):
    """A quoted wording on the same line: optional unless a convention requires it."""
    return s(SL, t, req, ctx=ctx, kind=k, quoted=True)


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


# 第六，一定要强化人民的国家机器。 (a list ordinal: none)
s(DEP, '人民解放军', kind='army', level='central')                   # the named army: required (r32b; round 10)
U('抓纲治军', ctx='就是抓纲治军')                                   # the army's form of 抓纲治国 (required, round 18): undecided, optional
# 揭批“四人帮”的运动: a description, not the campaign's name; “四人帮” below

# “四人帮”根本反对毛主席的军事路线 …
mao('反对毛主席的军事路线')
# 野战军、地方军和民兵三结合的…武装力量体制: a description; 三 not a figure (a numeral in a set term, guide)
A.date('一九七五年', '1975', ctx='一九七五年军委扩大会议')           # a year in Chinese numerals (Conventions decided here)
s(DT, '一九七五年军委扩大会议', False, value='1975')                  # a meeting used as a time: optional (events, Conventions decided here)
s(DEP, '军委', False, ctx='一九七五年军委扩大会议', **CMC)           # the organ inside a meeting's name: undecided, optional
U('抓纲治军', ctx='抓纲治军，必须')
mao('必须以毛主席的军事思想')
mao('进一步贯彻毛主席的指示')
Q('抓军队工作，无非就是路线学习，纠正不正之风，不要搞山头主义、宗派主义，要讲团结。')   # Mao's words: optional

# ”最近，全军抓住…十个问题 … 古田会议决议 … 雷锋 … “硬骨头六连”
F('十个', 10, '个', '被“四人帮”颠倒了的路线是非的问题')             # a count of problems (guide): required
s(P, '古田', False, ctx='古田会议决议')                               # a place in a document's name: optional (round 20, 上海公报)
s(PE, '雷锋', ctx='学习雷锋')                                        # a named person (guide)
Qs('硬骨头六连', 'term')                                              # the quoted honorary name of a company: not a slogan (guide), undecided: optional
s(DEP, '硬骨头六连', False, ctx='硬骨头六连', kind='army unit')       # …or the unit itself: optional

F('一个', 1, '个', '新的水平', req=False, ctx='革命化建设提高到一个新的水平')   # 一个 before a description: optional (rounds 1-2)
# 我们面临着帝国主义特别是社会帝国主义的侵略和威胁，苏修亡我之心不死 …
s(SL, '苏修', False, kind='term', quoted=False)                        # unquoted label of the superpower (cpc-006-foreign.py)
s(P, '苏', False, ctx='苏修亡我')                                     # inside 苏修: optional (round 20)
mao('要遵照毛主席的军事思想')
mao('进一步落实毛主席关于')
Q('不但有一个强大的陆军，而且有一个强大的空军和一个强大的海军')    # Mao's words: optional
# 陆军 / 空军 / 海军 here are generic (“a strong army …”), not named organs; the reading as
# China's armed services is defensible and nothing written settles it, and inside a quotation
# an entity is optional at most (guide): optional, undecided (second commit, after measuring).
ARM = {'kind': 'armed force', 'level': 'central'}
F('一个', 1, '个', '陆军', req=False, ctx='有一个强大的陆军')         # numerals inside a quotation: optional
s(DEP, '陆军', False, ctx='强大的陆军', **ARM)
F('一个', 1, '个', '空军', req=False, ctx='有一个强大的空军')
s(DEP, '空军', False, ctx='强大的空军', **ARM)
F('一个', 1, '个', '海军', req=False, ctx='和一个强大的海军')
s(DEP, '海军', False, ctx='强大的海军', **ARM)
mao('要坚持毛主席的人民战争思想')
U('人民战争', 'term', ctx='毛主席的人民战争思想')                     # undecided (round 16): optional
U('人民战争', 'term', ctx='依靠人民战争这个法宝')
Qs('单纯军事观点', 'term')                                            # the adversaries' quoted label (round 1): optional
Qs('唯武器论', 'term')
mao('特别要遵照毛主席关于')
Q('严格训练，严格要求，才能打仗')                                     # Mao's instruction: optional quotation
F('一个', 1, '个', '新的水平', req=False, ctx='装备提高到一个新的水平')
# 各级各类军事院校, 国防科学技术研究, 国防工业: generic, no label

# 民兵工作很重要 … 做到⏎组织落实、政治落实、军事落实⏎，…
U('组织落实、政治落实、军事落实')                                      # the militia's 三落实 wording: undecided, optional
# 无产阶级专政: a term of the time, no label (as in the earlier cpc-006 ranges)

# 全党全军全国人民 … 做好解放台湾的准备。
s(P, '台湾', ctx='解放台湾')                                         # the place (cpc-006-foreign.py)

# 要加强公安工作和社会主义法制 … 稳、准、狠以准为重点 …
U('稳、准、狠', 'term')                                               # the set wording of the crackdown: undecided, optional

# 第七，一定要发扬民主，健全民主集中制。
# 民主集中制 ×8: all occurrences, at the end

mao('这是毛主席的一贯教导')
# 毛主席一九七三年十一月二十一日在一封批评江青的群众来信上批示：
mao('毛主席一九七三年')
A.date('一九七三年十一月二十一日', '1973-11-21')                     # a full date in Chinese numerals (guide)
F('一封', 1, '封', '群众来信', req=False)                             # 一 before a description: optional (rounds 1-2)
s(PE, '江青', ctx='批评江青')                                         # a named person (cpc-006, round 15)
Q('印发政治局各同志。有些意见是好的，要容许批评。')                 # Mao's words: optional
s(DEP, '政治局', False, ctx='印发政治局', **PB)                        # an organ inside a quotation: optional (guide: entities inside quotations)
mao('毛主席又针对')
Q('有些同志专批人家，人家批他一句都不行，象挖了他三代的祖坟呢！动不动就说人家是‘三反分子’、‘五一六’。')
F('一句', 1, '句', '批评', req=False, ctx='批他一句')                  # numerals inside a quotation: optional
F('三代', 3, '代', '祖坟', req=False, ctx='三代的祖坟')
Qs('三反分子', 'term')                                                 # nested quoted labels for people: optional (Conventions decided here)
Qs('五一六', 'term')

# ”“四人帮”反对毛主席的指示 … “踢开党委闹革命”，“矛头向上就是大方向”，“砸烂一切规章制度”，“越乱越好”
mao('四人帮”反对毛主席的指示')
Qs('踢开党委闹革命', 'quotation')                                      # the adversaries' quoted slogans: optional (round 1)
s(DEP, '党委', False, ctx='踢开党委闹革命')                            # generic, inside a quotation: optional
Qs('矛头向上就是大方向', 'quotation')
Qs('砸烂一切规章制度', 'quotation')
Qs('越乱越好', 'quotation')

# 为了健全民主集中制，必须按照毛主席的教导 … 毛主席历来倡导的“⏎知无不言，言无不尽⏎”，…
mao('必须按照毛主席的教导')
mao('认真做到毛主席历来倡导')
Q('知无不言，言无不尽', 'term')                                        # classical set phrases: optional (rounds 6 and 7)
Q('言者无罪，闻者足戒', 'term')
Q('有则改之，无则加勉', 'term')
# 极端民主化, 自由放任主义, 无产阶级专政, 人民内部矛盾: terms, no label

# 重申党的纪律：（一）个人服从组织；（二）少数服从多数；（三）下级服从上级；（四）全党服从中央。
U('个人服从组织', 'directive')                                          # the four rules of Party discipline: undecided, optional
U('少数服从多数', 'directive')
U('下级服从上级', 'directive')
U('全党服从中央', 'directive')
s(DEP, '中央', False, ctx='全党服从中央', **CC)                        # 中央 alone: optional (Conventions decided here)
U('三大纪律八项注意', req=True)                                        # required formula, no FIGURE for its numerals (round 16)

# 毛主席说：“⏎我们的目标，…⏎”我们要用毛泽东思想统一全党全军和全国各族人民的认识 …
mao('毛主席说')
Q('我们的目标，是想造成一个又有集中又有民主，又有纪律又有自由，又有统一意志、又有个人心情舒畅、生动活泼，那样一种政治局面，以利于社会主义革命和社会主义建设，较易于克服困难，较快地建设我国的现代工业和现代农业，党和国家较为巩固，较为能够经受风险。')
F('一个', 1, '个', '政治局面', req=False, ctx='造成一个又有')         # numerals inside a quotation: optional
F('一种', 1, '种', '政治局面', req=False, ctx='那样一种政治局面')
U('毛泽东思想', req=True, ctx='要用毛泽东思想统一')                   # the doctrine itself (rounds 3, 18)
s(PE, '毛泽东', False, ctx='毛泽东思想统一')                           # inside the doctrine's name (guide)
mao('实现毛主席所倡导')

# every 毛主席 (rounds 1, 15): the whole is optional, 毛 with the title is annotated above
all_occ(A, PE, '毛主席', False)
all_occ(A, SL, '四人帮', False, kind='term')                           # quoted faction label (round 1)
all_occ(A, SL, '民主集中制', False, kind='formula', quoted=False)     # the name of the system: optional (README round 2 list; cpc-006-building.py)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
