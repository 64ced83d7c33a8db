from _ann import DT, PE, SL, Ann, all_occ

# Round 42 (annotator r42c, blind). The 11th CPC National Congress report (1977), range
# [6345, 8345) of the window [6343, 8347): the whole gap between cpc-006-history.py and
# cpc-006-capitalist-roaders.py. Mao's theory of continuing the revolution under the
# dictatorship of the proletariat: 列宁 with his quoted words on lines of their own,
# 无产阶级文化大革命, 马克思 / 列宁, 帝国主义 / 社会帝国主义, the quoted revisionist theses
# (“阶级斗争熄灭论”, “全民党”, “全民国家”), Mao's quoted words on lines of their own, the
# class analysis (百分之九十 / 十 / 八 / 二, 一九五七年, 百分之九十五以上), and the
# adversaries' programme “老干部是‘民主派’，‘民主派’就是‘走资派’”; 毛 of 毛主席 ×15.
# Annotated as traditional: the gold text is OpenCC s2t of the simplified source (same length).
A = Ann('cpc-006', 6345, 8345, script='traditional')
s = A.s
F, U, Qs = A.figure, A.unquoted, A.quoted
PCT = '%'


def Q(t, kind='quotation', req=False, quoted=True):
    """A quotation printed between marks on its own lines: the trimmed text is the span;
    the text with the line breaks is accepted too (Conventions decided here; cpc-006-history.py)."""
    sp = s(SL, t, req, kind=kind, quoted=quoted)
    A.spans.append({'label': SL, 'start': sp['start'] - 1, 'end': sp['end'] + 1,
                    'text': A.p[sp['start'] - 1:sp['end'] + 1], 'required': False, 'attrs': {'kind': kind}})
    assert A.simp[sp['start'] - 1] == '\n' and A.simp[sp['end']] == '\n'
    return sp


def doctrine(t, ctx=None):
    """无产阶级专政下继续革命 in its 1977 wordings: optional, undecided boundary (round 18; r31b)."""
    return U(t, 'term' if not t.endswith('伟大理论') else 'formula', req=False, ctx=ctx)


def cr():
    """The Cultural Revolution: optional DATE (event as time) and SLOGAN `period` (round 16;
    cpc-006-capitalist-roaders.py), with 文化大革命 inside likewise."""
    s(DT, '无产阶级文化大革命', False)
    s(SL, '无产阶级文化大革命', False, kind='period', quoted=False)
    sp = s(DT, '文化大革命', False, ctx='无产阶级文化大革命')
    s(SL, '文化大革命', False, at=sp['start'], kind='period', quoted=False)


# 同志们！“四人帮”全面篡改马克思主义的哲学、政治经济学和科学社会主义 …
U('马克思主义', req=False, ctx='篡改马克思主义的哲学')            # a modifier (马克思主义的哲学): optional (rounds 2, 6)
U('科学社会主义', 'term', req=False)                              # a doctrine named in a list (辩证唯物主义, round 3; r17): optional
F('一个', 1, '个', '反革命阴谋集团', req=False, ctx='是一个披着')   # an indefinite 一个 (一个铁证, cpc-006-history.py): optional
U('马克思主义', req=False, ctx='马克思主义理论外衣')              # a modifier: optional (round 7)
s(PE, '列宁', ctx='列宁说')                                       # a named person speaking (r41c: speakers required)
Q('马克思主义在理论上的胜利，逼得它的敌人装扮成马克思主义者，历史的辩证法就是如此。')   # a person's quoted words (round 1): optional
U('马克思主义', req=False, ctx='马克思主义在理论上的胜利')        # inside a quotation: optional (guide nesting)
doctrine('无产阶级专政下继续革命的伟大理论', ctx='毛主席的无产阶级专政下继续革命的伟大理论，经过')
cr()
F('亿万', 10**8, '', '群众', ap='about', req=False)               # 亿万群众: optional (r31b, cpc-006 round 31)
doctrine('无产阶级专政下继续革命理论', ctx='无产阶级专政下继续革命理论的拥护者')
# 第十一次路线斗争: an ordinal, no FIGURE (guide); 一个重要特点 below: indefinite, optional
doctrine('无产阶级专政下继续革命的理论', ctx='篡改无产阶级专政下继续革命的理论')
F('一个', 1, '个', '重要特点', req=False, ctx='一个重要特点')

# 大家知道，毛主席关于无产阶级专政下继续革命的伟大理论 …
doctrine('无产阶级专政下继续革命的伟大理论', ctx='毛主席关于无产阶级专政下继续革命的伟大理论')
U('马克思主义', req=False, ctx='在马克思主义发展史上')           # a modifier (…发展史): optional (rounds 2, 6)
s(PE, '列宁', ctx='列宁对无产阶级革命')                           # a named person (guide)
U('帝国主义', 'term', req=False, ctx='最后阶段帝国主义')          # a doctrine / tendency named alone (r41d): optional
U('帝国主义', 'term', req=False, ctx='在帝国主义阵线')
F('一个', 1, '个', '国家', req=False, ctx='一个国家内取得胜利')    # one country in Lenin's thesis: undecided, optional (一个, round 2)
s(PE, '列宁', ctx='列宁以后')
s(PE, '马克思', ctx='马克思、列宁的思想')                          # named persons (guide)
s(PE, '列宁', ctx='列宁的思想')
doctrine('无产阶级专政下继续革命的伟大理论', ctx='完整地创立了无产阶级专政下继续革命的伟大理论')
U('马克思主义', req=False, ctx='当代马克思主义')                  # 当代马克思主义…的成果: the doctrine or a modifier of 成果; undecided, optional

# 毛主席的这个伟大理论，运用唯物辩证法的对立统一规律 …
U('唯物辩证法', 'term', req=False)                               # like 辩证唯物主义 (round 3): optional
F('一个', 1, '个', '历史阶段', req=False, ctx='是一个相当长')
F('两条', 2, '条', '道路', req=False, ctx='两条道路')              # an anaphoric count (社会主义和资本主义两条道路): optional (Conventions decided here)
U('帝国主义', 'term', req=False, ctx='还存在着帝国主义')
U('社会帝国主义', 'term', req=False)                              # r29d: optional
doctrine('无产阶级专政下的继续革命', ctx='坚持无产阶级专政下的继续革命')
Qs('阶级斗争熄灭论', 'term', req=False)                            # quoted labels of the adversaries' theses (Conventions decided here): optional
Qs('全民党', 'term', req=False)
Qs('全民国家', 'term', req=False)

# 毛主席的这个伟大理论，把马克思主义关于生产关系和生产力 … 的学说
U('马克思主义', req=False, ctx='把马克思主义关于')                # modifier of 学说: optional (rounds 2, 6; 马克思主义基本原理, r13)
# 社会主义公有制, 共产主义社会: not annotated

# 毛主席对生产资料所有制的社会主义改造基本完成以后 …
U('人民内部矛盾和敌我矛盾', 'term', req=False)                   # the two kinds of contradictions (两类矛盾, cpc-006-capitalist-roaders.py): undecided, optional
Q('是一些什么阶级之间的斗争呢？就是无产阶级领导劳动人民同资产阶级之间的斗争。')   # Mao's quoted words (round 1): optional
# 向着反动阶级…实行专政: a line of its own without marks (Mao's words as printed): undecided, optional
Q('向着反动阶级、反动派和反抗社会主义改造和社会主义建设的分子实行专政', quoted=False)
# 全国总人口: 全国 is not a place (guide)
F('百分之九十', 90, PCT, '赞成社会主义的（全国总人口中）', ctx='赞成社会主义的是百分之九十')
F('百分之十', 10, PCT, '不赞成或者反对社会主义的（全国总人口中）')
F('百分之八', 8, PCT, '经过工作还可能争取的（全国总人口中）')
F('百分之二', 2, PCT, '坚决反对社会主义的死硬派（全国总人口中）')
s(DT, '一九五七年', value='1957')                                 # a year (guide)
F('百分之九十五以上', 95, PCT, '干部和群众', ap='more_than|at_least')   # 以上 inside (Conventions decided here; cpc-006-capitalist-roaders.py)
F('百分之九十五', 95, PCT, '干部和群众', ap='exact|at_least', req=False, ctx='百分之九十五以上')  # the bare number: optional (r41b)

# “四人帮”全面篡改毛主席无产阶级专政下继续革命的伟大理论 …
doctrine('无产阶级专政下继续革命的伟大理论', ctx='毛主席无产阶级专政下继续革命的伟大理论，篡改')
Qs('老干部是‘民主派’，‘民主派’就是‘走资派’', 'quotation', req=False)   # the adversaries' quoted programme (cpc-006-history.py): optional
Qs('民主派', 'term', req=False, ctx='老干部是‘民主派’')          # nested quoted labels (cpc-006-history.py): optional
Qs('民主派', 'term', req=False, ctx='‘民主派’就是')
Qs('走资派', 'term', req=False, ctx='就是‘走资派’')

# unquoted 走资派 (党内走资派这个问题上, 在党内走资派问题上): an unquoted repeat of the quoted
# label, optional term (cpc-006-usurpers.py, ROUND23-r14d)
i = A.simp.find('走资派')
while i >= 0:
    if A.simp[i - 1] not in '‘“':
        s(SL, '走资派', False, at=i, kind='term', quoted=False)
    i = A.simp.find('走资派', i + 1)

# every 毛主席: 毛 required with title 主席, 毛主席 optional (round 1; none inside a quotation here)
all_occ(A, PE, '毛主席', False, title='主席')
i = A.simp.find('毛主席')
while i >= 0:
    s(PE, '毛', at=i, title='主席')
    i = A.simp.find('毛主席', i + 1)
all_occ(A, SL, '四人帮', False, kind='term', quoted=True)        # quoted faction label (round 1): optional

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
