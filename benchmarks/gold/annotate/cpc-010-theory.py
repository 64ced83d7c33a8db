from functools import partial

from _ann import DEP, DT, PE, Ann, P

# Round 34 (annotator r34a), blind. 15th CPC National Congress report (1997),
# source range [4153, 6363), inside section 三 “邓小平理论的历史地位和指导意义”,
# from its second paragraph to the paragraph on Deng's legacy: the two leaps
# (马克思列宁主义, 毛泽东 / 毛泽东思想, 邓小平 / 邓小平理论), the guiding thought
# (遵义会议, 延安整风, 党的七大, 建党二十四年, 十一届三中全会 / 十二大 / 十三大 / 十四大,
# 十五大, the formula of the three doctrines, 近二十年), 当代中国的马克思主义, and the
# four grounds 第一 … 第四 (解放思想、实事求是, 一九七八年 and Deng's speech title,
# “文化大革命”, “两个凡是”, 一九九二年邓小平南方谈话, “三个有利于”, “什么是社会主义、
# 怎样建设社会主义”, 以阶级斗争为纲 → 以经济建设为中心, 马克思主义 as the doctrine and
# as modifier), and 邓小平 the person (中国 ×many as the country). Simplified script.
A = Ann('cpc-010', 4153, 6363)
s = A.s
F, U, Q, Y = A.figure, A.unquoted, A.quoted, A.date
opt_fig = partial(A.figure, req=False)
CPC = {'level': 'central', 'kind': 'party'}


def cn(ctx, req=True):
    """中国 as the country (round 3), optional inside a name or formula (round 5)."""
    s(P, '中国', req, ctx=ctx)


def doctrine(name, ctx=None, req=True, person=None):
    """A doctrine's name: required where the doctrine is meant (rounds 2, 3, 6),
    optional as a modifier (的 + noun, round 7); the person inside optional (round 5)."""
    sp = U(name, req=req, ctx=ctx)
    if person:
        s(PE, person, False, at=sp['start'])
    if name == '马克思列宁主义':
        s(PE, '马克思', False, at=sp['start'])
        s(PE, '列宁', False, at=sp['start'] + 3)
    return sp


def party(ctx):
    """中国共产党: the Party as a whole (guide), optional; 中国 at its start optional."""
    sp = s(DEP, '中国共产党', False, ctx=ctx, **CPC)
    s(P, '中国', False, at=sp['start'])


def since3(ctx):
    """十一届三中全会以来: an event used as a time, both forms optional (round 17)."""
    sp = s(DT, '十一届三中全会以来', False, ctx=ctx)
    s(DT, '十一届三中全会', False, at=sp['start'])


def chinese_char(ctx):
    """建设有中国特色社会主义 as a modifier (round 14): optional, with its parts."""
    sp = U('建设有中国特色社会主义', req=False, ctx=ctx)
    s(SLK, '有中国特色社会主义', False, at=sp['start'] + 2, kind='formula', quoted=False)
    s(P, '中国', False, at=sp['start'] + 3)


SLK = 'SLOGAN'

# 中国共产党是非常重视理论指导的党。…
party('中国共产党是非常')
cn('中国人民找到了')
doctrine('马克思列宁主义', ctx='找到了马克思列宁主义')          # the doctrine itself (round 3)
cn('中国革命的面貌')
doctrine('马克思列宁主义', ctx='马克思列宁主义同中国实际')      # subject, the doctrine itself (round 3)
cn('同中国实际')
F('两次', 2, '次', '历史性飞跃')                                 # a count of events (round 15: 两次 as a count of events is required)
opt_fig('两大', 2, '', '理论成果', ctx='两大理论成果。第一次')  # like 两大课题 (cpc-010-ownership, round 3): optional
cn('关于中国革命和建设')
s(PE, '毛泽东', ctx='创立者是毛泽东')                           # the founder named (round 2)
doctrine('毛泽东思想', ctx='称为毛泽东思想', person='毛泽东')    # the doctrine named (round 2)
U('建设有中国特色社会主义理论', req=False, ctx='是建设有中国特色社会主义理论')  # the theory's name before 1997 without 邓小平 (undecided: optional)
chinese_char('建设有中国特色社会主义理论，它')
s(PE, '邓小平', ctx='创立者是邓小平')                           # the founder named (round 2)
doctrine('邓小平理论', ctx='称为邓小平理论', person='邓小平')    # the doctrine named (round 2)
opt_fig('两大', 2, '', '理论成果', ctx='这两大理论成果')         # anaphoric (Conventions decided here): optional

# 党从诞生之日起，就把马克思列宁主义确立为自己的指导思想。…
doctrine('马克思列宁主义', ctx='把马克思列宁主义确立')          # the doctrine itself (round 3)
s(DT, '遵义会议', False)                                          # an event used as a time (Conventions decided here): optional
s(P, '遵义', False, ctx='遵义会议')                              # a place at the start of an event's name (guide): optional
s(DT, '延安整风', False)                                          # an event / period (undecided: optional)
U('延安整风', 'campaign', req=False)                              # a campaign's name (undecided: optional)
s(P, '延安', False, ctx='延安整风')                              # a place at the start of a campaign name (guide): optional
sp = s(DEP, '党的七大', False, **CPC)                             # a congress as actor and time (cpc-010-review: 党的十四大)
s(DT, '党的七大', False, at=sp['start'])
s(DT, '七大', False, at=sp['start'] + 2)
s(DEP, '七大', False, at=sp['start'] + 2, **CPC)
doctrine('马克思列宁主义', ctx='马克思列宁主义的理论与', req=False)   # a modifier (rounds 2, 7): optional
cn('与中国革命的实践')
doctrine('毛泽东思想', ctx='———毛泽东思想', person='毛泽东')      # the doctrine named, apposition (round 2)
opt_fig('二十四年', 24, '年', '建党', ctx='建党二十四年')          # a duration / anniversary (guide): optional
since_pos = None
s(DT, '十一届三中全会', False, ctx='在十一届三中全会和十二大')    # congress sessions as times (round 17): optional
s(DT, '十二大', False, ctx='十二大、十三大')
s(DT, '十三大', False, ctx='十三大、特别')
s(DT, '十四大', False, ctx='十四大的基础')
s(DEP, '中央', False, ctx='中央建议十五大')                       # 中央 alone (Conventions decided here): optional
sp = s(DT, '十五大', False, ctx='十五大在党章')                   # a congress as actor and time (cpc-010-review): optional
s(DEP, '十五大', False, at=sp['start'], **CPC)
doctrine('邓小平理论', ctx='把邓小平理论确立', person='邓小平')    # the doctrine itself (round 6)
party('中国共产党以马克思列宁主义')
doctrine('马克思列宁主义', ctx='以马克思列宁主义、毛泽东思想')   # the three doctrines (round 6)
doctrine('毛泽东思想', ctx='毛泽东思想、邓小平理论作为', person='毛泽东')
doctrine('邓小平理论', ctx='邓小平理论作为自己', person='邓小平')
opt_fig('近二十年', 20, '年', '改革开放和社会主义现代化建设', ap='less_than', ctx='近二十年改革开放')  # a duration (guide): optional
U('改革开放', req=False, ctx='近二十年改革开放')                   # a policy phrase (round 6): optional
s(DEP, '中央', False, ctx='中央领导集体')                         # 中央 alone (Conventions decided here): optional
s(PE, '邓小平', ctx='邓小平开创的')                               # the person (round 2)
chinese_char('建设有中国特色社会主义事业全面')
s(DT, '新世纪', False, ctx='新世纪的决心')                        # optional (round 6)

# 实践证明，作为毛泽东思想的继承和发展的邓小平理论，…
doctrine('毛泽东思想', ctx='作为毛泽东思想的继承', person='毛泽东')  # …的继承和发展 (round 16: required)
doctrine('邓小平理论', ctx='发展的邓小平理论，是', person='邓小平')  # subject (round 6)
cn('指导中国人民')
cn('在当代中国，只有')                                            # 当代中国 (round 16: 中国 as the country)
doctrine('马克思主义', ctx='把马克思主义同当代', req=False)         # object inside a relative clause (round 7): optional
cn('当代中国实践')
doctrine('邓小平理论', ctx='结合起来的邓小平理论', person='邓小平')  # subject (round 6)
doctrine('邓小平理论', ctx='邓小平理论是当代中国', person='邓小平')  # subject
cn('当代中国的马克思主义')
doctrine('马克思主义', ctx='的马克思主义，是马克思主义')            # the doctrine itself (round 2)
doctrine('马克思主义', ctx='是马克思主义在中国发展')              # subject of 在中国发展 (round 2)
cn('在中国发展的新阶段。')

# 邓小平理论之所以能够成为马克思主义在中国发展的新阶段，是因为：
doctrine('邓小平理论', ctx='邓小平理论之所以', person='邓小平')
doctrine('马克思主义', ctx='成为马克思主义在中国')
cn('在中国发展的新阶段，是因为')

# 第一，…
doctrine('邓小平理论', ctx='第一，邓小平理论', person='邓小平')
U('解放思想、实事求是', req=False, ctx='坚持解放思想、实事求是')  # the 1978 pair (round 16: optional, undecided)
doctrine('马克思主义', ctx='马克思主义的新境界', req=False)         # a modifier (rounds 2, 6): optional
U('实事求是', req=False, ctx='实事求是是马克思列宁主义')           # the core of the ideological line (undecided: optional)
doctrine('马克思列宁主义', ctx='马克思列宁主义的精髓', req=False)   # 的 + noun (round 7): optional
doctrine('毛泽东思想', ctx='毛泽东思想的精髓', req=False, person='毛泽东')
doctrine('邓小平理论', ctx='邓小平理论的精髓', req=False, person='邓小平')
Y('一九七八年', '1978')                                          # a year in Chinese numerals (Conventions decided here)
s(PE, '邓小平', ctx='邓小平《解放思想')                           # the speaker (round 17)
# 《解放思想，实事求是，团结一致向前看》: a title of a work, nothing inside it (guide)
Q('文化大革命', 'period', req=False)                               # round 16: optional as SLOGAN period and DATE
s(DT, '文化大革命', False, ctx='文化大革命')
cn('中国面临')
Q('两个凡是')                                                     # a quoted numbered formula (guide); no FIGURE
chinese_char('开创建设有中国特色社会主义新理论')
Y('一九九二年', '1992')                                           # the bare year (guide)
s(DT, '一九九二年邓小平南方谈话', False)                           # an event used as a time (round 17)
s(PE, '邓小平', ctx='邓小平南方谈话，是')                          # the speaker (round 17): required
s(DT, '邓小平南方谈话', False)
s(SLK, '南方谈话', False, kind='term', quoted=False)               # round 17: optional term
since3('十一届三中全会以来的理论')
U('解放思想、实事求是', req=False, ctx='又一个解放思想、实事求是')  # a modifier (rounds 7, 16): optional
s(DT, '新世纪', False, ctx='走向新世纪')                          # optional (round 6)
doctrine('邓小平理论', ctx='邓小平理论要求', person='邓小平')       # subject (round 6)
U('解放思想、实事求是', req=False, ctx='提高解放思想、实事求是')    # a modifier (round 7): optional
U('是否有利于发展社会主义社会的生产力、有利于增强社会主义国家的综合国力、有利于提高人民的生活水平',
  req=False)                                                      # the unquoted full wording of the formula (undecided: optional)
Q('三个有利于')                                                   # a quoted numbered formula (guide; cpc-010-ownership); no FIGURE

# 第二，…
doctrine('邓小平理论', ctx='第二，邓小平理论', person='邓小平')
U('科学社会主义', 'term', req=False, ctx='坚持科学社会主义')        # a doctrine's name as modifier (round 7): optional
Q('什么是社会主义、怎样建设社会主义', 'directive', req=False)       # a quoted question, the 根本问题 (undecided: formula or directive; optional)
U('改革开放', req=False, ctx='在改革开放前')                        # a policy phrase (round 6): optional
U('改革开放', req=False, ctx='改革开放以来在前进')
s(DT, '改革开放以来', False)                                        # a relative time (Conventions decided here): optional
U('以阶级斗争为纲', req=False)                                      # unquoted (quoted it is required, round 16): undecided, optional
U('以经济建设为中心', req=False, ctx='到以经济建设为中心')           # earlier rounds: optional
U('改革开放', req=False, ctx='半封闭到改革开放')
U('计划经济', 'term', req=False)                                    # a term (undecided: optional)
U('社会主义市场经济', 'term', req=False, ctx='到社会主义市场经济')  # round 6: optional
opt_fig('近二十年', 20, '年', '', ap='less_than', ctx='近二十年的历史性转变')  # a duration (guide): optional

# 第三，…
doctrine('邓小平理论', ctx='第三，邓小平理论', person='邓小平')
doctrine('马克思主义', ctx='马克思主义的宽广眼界', req=False)       # a modifier (round 7): optional
doctrine('马克思主义', ctx='国家的马克思主义者', req=False)         # 马克思主义者 (round 16): optional
doctrine('邓小平理论', ctx='邓小平理论正是', person='邓小平')       # subject (round 6)
doctrine('马克思主义', ctx='继承和发展马克思主义')                  # 丰富和发展马克思主义 (round 6): required
doctrine('马克思主义', ctx='真正的马克思主义')                      # the doctrine itself (round 2)
doctrine('邓小平理论', ctx='这是邓小平理论鲜明', req=False, person='邓小平')  # a possessive modifier without 的 (undecided: optional)

# 第四，…
doctrine('邓小平理论', ctx='邓小平理论形成了', person='邓小平')     # subject (round 6)
U('建设有中国特色社会主义理论', req=False, ctx='新的建设有中国特色社会主义理论')  # a modifier of 科学体系 (round 7): optional
chinese_char('建设有中国特色社会主义理论的科学体系')
U('和平与发展', req=False, ctx='和平与发展成为时代主题')            # jhsjk2020-012 (round 11): optional
cn('中国社会主义的发展道路')
U('社会主义初级阶段的基本路线', req=False)                         # like 党的基本路线 (round 5, cpc-010-stage): optional
U('社会主义初级阶段', 'term', req=False, ctx='社会主义初级阶段的基本路线')  # rounds 6, 7, 14: optional
U('科学社会主义', 'term', req=False, ctx='政治经济学、科学社会主义')  # a discipline here (undecided: optional)
U('统一战线', 'term', req=False, ctx='统一战线、党的建设')          # a field of work (undecided: optional)

# 邓小平是伟大的马克思主义者。…
s(PE, '邓小平', ctx='邓小平是伟大的')                               # the person (round 2)
doctrine('马克思主义', ctx='伟大的马克思主义者', req=False)         # 马克思主义者 (round 16): optional
cn('为中国社会主义制度')
cn('为中国改革开放')
U('改革开放', req=False, ctx='改革开放和现代化建设，建立')
cn('献给了中国人民')
doctrine('马克思主义', ctx='对马克思主义的最大', req=False)         # 对…的 + noun (round 16): optional
doctrine('邓小平理论', ctx='就是邓小平理论。', person='邓小平')     # the doctrine named (round 2)
since3('十一届三中全会以来邓小平著作')
s(PE, '邓小平', ctx='邓小平著作')                                   # the author named (round 2)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
