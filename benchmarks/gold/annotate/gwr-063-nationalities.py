from _ann import DEP, DT, PE, Ann, P

# Round 27 (annotator r27b). 1964 State Council government work report (summary in
# the third person), range [12141, 13876) of the window [3606, 15984): the united
# front and the nationalities: the democratic parties (“长期共存、互相监督” and its
# unquoted repeat, 中国共产党, 毛主席's 六条政治标准), Mao's “民族斗争，说到底，是一个阶级
# 斗争问题” (a run-in heading and the quotation), 十五年来, the 1962 Xinjiang revolt
# (一九六二年, 新疆 ×2, 伊宁), the 1959 Tibetan revolt (一九五九年, 达赖 ×2, 印度 ×3,
# 人民解放军, 国务院 ×2, 西藏人民, 西藏自治区筹备委员会 and 西藏自治区筹委会 ×3, 班禅 ×3),
# nationality and religious policy, and the closing paragraph on the united front
# (中国共产党, 总路线, 美国). Chinese numerals only. Simplified script (as the source).
A = Ann('gwr-063', 12141, 13876)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
Y = A.date
CPC = {'level': 'central', 'kind': 'party'}
PLA = {'level': 'central', 'kind': 'state', 'canonical': '中国人民解放军'}
SC = {'level': 'central', 'kind': 'state', 'canonical': '中华人民共和国国务院'}
TPC = {'level': 'province', 'kind': 'state', 'canonical': '西藏自治区筹备委员会'}


def zhou(ctx):
    """周总理: the surname is the span, the whole optional (conventions)."""
    s(PE, '周', ctx=ctx, title='总理')
    s(PE, '周总理', False, ctx=ctx, title='总理')


def mao(ctx):
    """毛主席: the surname is the span, the whole optional (conventions)."""
    s(PE, '毛', ctx=ctx, title='主席')
    s(PE, '毛主席', False, ctx=ctx, title='主席')


def cpc(ctx):
    """中国共产党: the Party as a whole (guide), optional; 中国 inside optional (guide: place at the start of an organ name)."""
    sp = s(DEP, '中国共产党', False, ctx=ctx, **CPC)
    s(P, '中国', False, at=sp['start'])


def tpc_short(ctx):
    """西藏自治区筹委会: the short name of the preparatory committee, required (named body,
    also inside a position title: conventions); 西藏自治区 / 西藏 at its start optional (guide)."""
    sp = s(DEP, '西藏自治区筹委会', ctx=ctx, **TPC)
    s(P, '西藏自治区', False, at=sp['start'])
    s(P, '西藏', False, at=sp['start'])


def mzdz(ctx):
    """The quotation of Mao: quoted words of a person, optional (conventions); 一个 inside optional."""
    sp = Q('民族斗争，说到底，是一个阶级斗争问题', 'quotation', req=False, ctx=ctx)
    F('一个', 1, '个', '阶级斗争问题', req=False, ctx='一个阶级斗争问题')   # numerals inside quotations (conventions)
    return sp


# 周总理说，中国共产党对各民主党派坚持实行“长期共存、互相监督”的方针，…
zhou('周总理说，中国共产党')
cpc('中国共产党对各民主党派')
s(DEP, '民主党派', False, ctx='各民主党派坚持')                  # round 3: optional
Q('长期共存、互相监督')                                         # the quoted principle (round 3, its 1956 form): required
mao('毛主席所提出')
F('六条', 6, '条', '政治标准')                                 # a count of criteria (not a quoted formula): required
# 民主党派同共产党长期共存、互相监督的过程，…
s(DEP, '民主党派', False, ctx='民主党派同共产党')                # round 3: optional
s(DEP, '共产党', False, ctx='民主党派同共产党', kind='party')  # the Party as a whole (guide), earlier rounds: optional
U('长期共存、互相监督')                                         # an unquoted repeat of a slogan of the text (guide): required
s(DEP, '共产党', False, ctx='在共产党领导下为社会主义', kind='party')

# “民族斗争，说到底，是一个阶级斗争问题”。只有在共产党领导下，…各少数民族人民才能彻底解放 (a run-in heading)
mzdz('“民族斗争，说到底，是一个阶级斗争问题”。只有')
s(DEP, '共产党', False, ctx='只有在共产党领导下，把革命', kind='party')
zhou('周总理说，巩固和加强')
s(DT, '十五年来', False)                                       # relative time (conventions)
F('十五年', 15, '年', '', req=False, ctx='十五年来')          # a duration (conventions)
U('民族区域自治', 'term', req=False)                           # a policy wording (民族区域自治制度 optional, round 3)

# 周总理指出，毛主席说过，“民族斗争，说到底，是一个阶级斗争问题”。…
zhou('周总理指出，毛主席说过')
mao('毛主席说过')
mzdz('说过，“民族斗争，说到底，是一个阶级斗争问题”')
# 这一条: anaphoric (conventions: optional)
F('一条', 1, '条', '马克思列宁主义的原理', req=False, ctx='这一条马克思')
sp = U('马克思列宁主义', req=False, ctx='马克思列宁主义的原理')   # as a modifier of 原理: optional (earlier rounds)
s(PE, '马克思', False, at=sp['start'])                         # a name inside the name of an ideology (guide)
# 民族分裂主义: none

# 周总理指出，各少数民族的广大劳动人民，…
zhou('周总理指出，各少数民族')
# 帝国主义者、外国反动派和现代修正主义者: none

# 一九六二年，在外来力量的策划和直接指挥下，新疆一批最反动的地方民族主义分子，在伊宁发动了…
Y('一九六二年', '1962')
s(P, '新疆', ctx='新疆一批')
F('一批', 1, '批', '最反动的地方民族主义分子', req=False)      # like 一批 (round 2): optional
s(P, '伊宁')
s(P, '新疆', ctx='新疆各兄弟民族')

# 一九五九年，达赖集团勾结帝国主义和印度反动派，发动了叛国的反革命武装叛乱。…
Y('一九五九年', '1959')
s(PE, '达赖', ctx='达赖集团')                                 # the person the group is named after (as 林彪 in 林彪反党集团)
s(P, '印度', ctx='印度反动派，发动')                           # the state
s(DEP, '人民解放军', **PLA)                                    # the army by its name: required
# 藏族: an ethnic group, none
s(PE, '达赖', ctx='达赖在逃亡')
s(P, '印度', ctx='逃亡印度后')
# 流亡伪政府, 伪宪法: no names
s(P, '印度', ctx='支持印度反动派')
s(DEP, '国务院', ctx='国务院根据西藏人民', **SC)               # a central organ alone: required
s(P, '西藏', ctx='西藏人民')                                   # 西藏 in 西藏人民 (like 中国人民, round 6)
sp = s(DEP, '西藏自治区筹备委员会', **TPC)                      # the full name of the committee (the longest name, guide)
s(P, '西藏自治区', False, at=sp['start'])                      # place at the start of an organ name (guide)
s(P, '西藏', False, at=sp['start'])

# 最近，在西藏自治区筹委会第七次扩大会议上，…
tpc_short('西藏自治区筹委会第七次')
s(DT, '西藏自治区筹委会第七次扩大会议', False)                 # a meeting used as a time (conventions: events optional)
# 第七次: an ordinal, none
s(PE, '班禅', ctx='以班禅为代表')
# 反动农奴主集团: no name
s(DEP, '国务院', ctx='经国务院批准', **SC)
s(PE, '班禅', ctx='撤销班禅的')
tpc_short('班禅的西藏自治区筹委会')                            # inside a position title (副主任委员): the organ counts (guide)
s(PE, '班禅', ctx='给班禅')
F('一个', 1, '个', '自新的机会', req=False, ctx='一个自新的机会')   # optional (round 2)
tpc_short('他的西藏自治区筹委会委员')

# 周总理说，我国各少数民族人民要求得彻底解放，只有在共产党领导下…
zhou('周总理说，我国各少数民族')
s(DEP, '共产党', False, ctx='只有在共产党领导下起来', kind='party')

# 周总理说，在贯彻党的民族政策中，要继续反对大民族主义和地方民族主义。…
zhou('周总理说，在贯彻党的民族政策')
U('大民族主义和地方民族主义', 'term', req=False)               # the standard pair of deviations: undecided (decided here)

# 周总理说，我们要继续正确执行宗教信仰自由政策，实行政治统一，政教分离，…
zhou('周总理说，我们要继续正确执行')
U('宗教信仰自由政策', 'term', req=False)                       # a policy name: undecided, optional
U('独立自主自办教会', 'term', req=False)                       # the standard wording of the churches' principle: undecided
U('独立自主自办', 'term', req=False)                           # its short form (独立自主自办原则): the other defensible boundary, optional (added after the first measurement)

# 周总理说，要使我国人民民主统一战线得到进一步的巩固和发展，…
zhou('周总理说，要使我国')
U('人民民主统一战线', 'term', req=False, ctx='我国人民民主统一战线得到')   # like 爱国统一战线 (cpc-010, cpc-011): optional
s(DEP, '民主党派', False, ctx='各民主党派、民主人士')            # round 3: optional
cpc('同中国共产党长期合作')
U('总路线', req=False, ctx='在总路线的指引下')                 # the general line's short name (gwr-063.py: optional)
U('人民民主统一战线', 'term', req=False, ctx='我国的人民民主统一战线，一定')
s(P, '美国', ctx='以美国为首')                                 # the state: required

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
