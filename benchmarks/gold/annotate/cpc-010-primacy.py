from functools import partial

from _ann import DT, PE, Ann, P

# Round 41 (annotator r41c), blind. 15th CPC National Congress report (1997),
# source range [6365, 8338), between cpc-010-theory ([4153, 6363)) and
# cpc-010-stage ([8338, 10192)): the last paragraph of section 三 on Marxism as a
# science (马克思主义 ×11, 近一百多年, 毛泽东 and his quoted 延安整风 words,
# 用邓小平理论武装全党, 马克思列宁主义、毛泽东思想 ×4, 建设有中国特色社会主义理论,
# 当代中国, the three doctrines as 一脉相承的统一的科学体系, 坚持 / 高举) and section 四
# “社会主义初级阶段的基本路线和纲领” up to the paragraph on the stage's historical
# content: 十一届三中全会以来 / 前, 社会主义初级阶段 ×8, “什么是社会主义、怎样建设社会主义”,
# 近二十年, 共产主义, 新民主主义, Deng's quoted words (马克思), 社会主义市场经济体制,
# 社会主义民主政治体制, 建设有中国特色社会主义共同理想, 物质文明 / 精神文明,
# 中华民族伟大复兴, 一百年, 几代人、十几代人、几十代人. Simplified script.
A = Ann('cpc-010', 6365, 8338)
s = A.s
F, U, Q, Y = A.figure, A.unquoted, A.quoted, A.date
opt_fig = partial(A.figure, req=False)
SLK = 'SLOGAN'


def cn(ctx, req=True):
    """中国 as the country (round 3; 当代中国, round 16), optional inside a name, formula or quotation (round 5; guide)."""
    s(P, '中国', req, ctx=ctx)


def doctrine(name, ctx=None, req=True):
    """A doctrine's name: required where the doctrine is meant (rounds 2, 3, 6: subject,
    object of 坚持 / 学习 / 研究, 用…武装全党), optional as a modifier (的 + noun, round 7)
    or inside a quotation (guide); the person inside always optional (guide, round 5)."""
    sp = U(name, req=req, ctx=ctx)
    if name == '马克思列宁主义':
        s(PE, '马克思', False, at=sp['start'])
        s(PE, '列宁', False, at=sp['start'] + 3)
    elif name in ('马克思主义', '马克思主义理论'):
        s(PE, '马克思', False, at=sp['start'])
    elif name == '毛泽东思想':
        s(PE, '毛泽东', False, at=sp['start'])
    elif name == '邓小平理论':
        s(PE, '邓小平', False, at=sp['start'])
    return sp


def stage(ctx):
    """社会主义初级阶段: optional at every occurrence (rounds 6, 7, 14; cpc-010-stage)."""
    U('社会主义初级阶段', 'term', req=False, ctx=ctx)


def since3(ctx, text='十一届三中全会以来'):
    """十一届三中全会以来 / …前: an event used as a time, both forms optional (round 17; cpc-010-theory)."""
    sp = s(DT, text, False, ctx=ctx)
    s(DT, '十一届三中全会', False, at=sp['start'])


def chinese_char(ctx):
    """建设有中国特色社会主义 as a modifier (round 14): optional, with its parts (cpc-010-theory)."""
    sp = U('建设有中国特色社会主义', req=False, ctx=ctx)
    s(SLK, '有中国特色社会主义', False, at=sp['start'] + 2, kind='formula', quoted=False)
    s(P, '中国', False, at=sp['start'] + 3)


def mlm_mzt(ctx, req=True):
    """马克思列宁主义、毛泽东思想: the two doctrines, each its own span (round 6; cpc-010-theory)."""
    doctrine('马克思列宁主义', ctx=ctx, req=req)
    doctrine('毛泽东思想', req=req)  # the next one, right after 、


# 马克思主义是科学，…
doctrine('马克思主义', ctx='马克思主义是科学')                    # subject, the doctrine itself (round 2)
s(DT, '近一百多年来', False)                                       # a relative time (conventions): optional
opt_fig('近一百多年', 100, '年', '', ap='less_than|more_than')     # with 近 (undecided; a duration anyway): optional
opt_fig('一百多年', 100, '年', '', ap='more_than')                 # a duration (guide; 一百多年 in 一百多年前, round 21): optional
doctrine('马克思主义', ctx='因此，马克思主义必定')                # subject (round 2)
doctrine('马克思主义', ctx='对待马克思主义')                      # object of 对待, the doctrine meant (round 6, like 发展马克思主义)
doctrine('马克思主义', ctx='用马克思主义的立场', req=False)        # 的 + noun (round 7): optional
cn('研究和解决中国的现实问题')                                    # the country (round 3)
s(PE, '毛泽东', ctx='毛泽东在延安整风')                          # the speaker (round 2, round 17)
s(DT, '延安整风', False)                                          # an event / period (r34a, undecided: optional)
U('延安整风', 'campaign', req=False)                              # a campaign's name (r34a, undecided: optional)
s(P, '延安', False, ctx='延安整风')                              # a place at the start of a campaign name (guide): optional
Q('应确立以研究中国革命实际问题为中心，以马克思列宁主义基本原则为指导的方针，废除静止地孤立地研究马克思列宁主义的方法。',
  'quotation', req=False)                                          # quoted words of a person (conventions: optional, kind quotation)
cn('以研究中国革命', req=False)                                   # inside a quotation (guide): optional
doctrine('马克思列宁主义', ctx='以马克思列宁主义基本原则', req=False)   # inside a quotation (guide): optional
doctrine('马克思列宁主义', ctx='研究马克思列宁主义的方法', req=False)   # inside a quotation (guide): optional
doctrine('邓小平理论', ctx='用邓小平理论武装全党')                # 用…武装全党 (round 6): required
doctrine('马克思列宁主义', ctx='学习马克思列宁主义、毛泽东思想', req=False)  # what is learnt: optional (r38d, r40d; gwr-063-culture, r28b; slip fixed after the first measurement)
doctrine('毛泽东思想')                                            # the fixed designation, required also when learnt (r40d)
U('建设有中国特色社会主义理论', req=False, ctx='学习建设有中国特色社会主义理论')  # the theory's pre-1997 name (cpc-010-theory, undecided: optional)
chinese_char('建设有中国特色社会主义理论，就是')
mlm_mzt('马克思列宁主义、毛泽东思想一定不能丢')                  # subject (round 6)
U('改革开放', req=False, ctx='我国改革开放和现代化建设')           # a policy phrase (round 6): optional
doctrine('马克思主义理论', ctx='着眼于马克思主义理论的运用', req=False)  # a theory of the doctrine, 的 + noun (round 7; undecided): optional
U('马克思主义', req=False, ctx='马克思主义理论的运用')  # a modifier (round 7): optional
doctrine('马克思主义', ctx='来谈马克思主义')                      # object of 谈, the doctrine meant (round 6)
doctrine('马克思主义', ctx='孤立地研究马克思主义', req=False)     # what is studied, like 熟悉马克思主义 (r28b, left open) and 学习 (r38d): optional, undecided against round 2 (fixed after the first measurement)
doctrine('马克思主义', ctx='把马克思主义同它')                    # 把-object, the doctrine meant (round 6)
cn('在当代中国，马克思列宁主义')                                  # 当代中国 (round 16: the country)
mlm_mzt('马克思列宁主义、毛泽东思想、邓小平理论，是一脉相承')     # the three doctrines, subject (round 6)
doctrine('邓小平理论', ctx='邓小平理论，是一脉相承')
doctrine('邓小平理论', ctx='坚持邓小平理论，就是')                # 坚持邓小平理论 (round 14): required
mlm_mzt('坚持马克思列宁主义、毛泽东思想；')                      # object of 坚持 (round 14)
doctrine('邓小平理论', ctx='高举邓小平理论的旗帜', req=False)      # 高举…的旗帜 (round 14): optional
mlm_mzt('高举马克思列宁主义、毛泽东思想的旗帜', req=False)       # the same wording (round 14): optional

# 四、社会主义初级阶段的基本路线和纲领 (四: a section number)
U('社会主义初级阶段的基本路线', req=False, ctx='四、社会主义初级阶段的基本路线')   # like 党的基本路线 (round 5; cpc-010-theory): optional
stage('社会主义初级阶段的基本路线和纲领')

# 十一届三中全会以来，党正确地分析国情，…
since3('十一届三中全会以来，党正确')
stage('处于社会主义初级阶段的科学论断')
cn('中国现在处于')                                                # the country (round 3)
stage('长时期处于社会主义初级阶段。')
Q('什么是社会主义、怎样建设社会主义', 'directive', req=False)     # the 根本问题 (cpc-010-theory, undecided: optional)
since3('十一届三中全会前我们', '十一届三中全会前')                # event-anchored time (round 17): optional
stage('超越了社会主义初级阶段')
opt_fig('近二十年', 20, '年', '改革开放和现代化建设', ap='less_than')  # a duration (guide; cpc-010-stage): optional
U('改革开放', req=False, ctx='近二十年改革开放')                  # a policy phrase (round 6): optional
cn('使社会主义在中国真正')                                        # the country (round 3)

# 这次大会进一步强调这个问题，… (这次大会: an anaphoric reference, no label, cpc-006-closing)
stage('所处社会主义初级阶段的基本国情')

# 社会主义是共产主义的初级阶段，…
U('共产主义', 'term', req=False, ctx='社会主义是共产主义')          # 共产主义 standing alone (round 7): optional
cn('而中国又处在')                                                # the country (round 3)
# 社会主义的初级阶段 (with 的): the same idea, not the fixed term; none
# 东方大国: a description, none
U('新民主主义', 'term', req=False)                                 # a doctrine / period name (新民主主义革命, round 3; undecided): optional
opt_fig('一个', 1, '个', '相当长的初级阶段', ctx='经历一个相当长')  # article 一个 (round 2): optional

# 在党的纲领中明确提出社会主义初级阶段的科学概念，…
stage('明确提出社会主义初级阶段的科学概念')
doctrine('马克思主义', ctx='这在马克思主义历史上', req=False)      # a modifier (round 7): optional
s(PE, '邓小平', ctx='邓小平在谈到')                               # the speaker (round 2, round 17)
Q('我们现在所干的事业，是一项新事业。马克思没有讲过，我们的前人没有做过，其他社会主义国家也没有干过，'
  '所以，没有现成的经验可学。我们只能在干中学，在实践中摸索。', 'quotation', req=False)  # quoted words of a person (conventions): optional
opt_fig('一项', 1, '项', '新事业', ctx='是一项新事业')            # a numeral inside a quotation (conventions): optional
s(PE, '马克思', False, ctx='马克思没有讲过')                       # inside a quotation (guide): optional
cn('在中国，真要建设')                                            # the country (round 3)
stage('一切从社会主义初级阶段的实际出发')
doctrine('马克思主义', ctx='对马克思主义著作', req=False)          # a modifier (round 7): optional
doctrine('马克思主义', ctx='附加到马克思主义名下', req=False)      # a modifier (round 7): optional

# 社会主义初级阶段，是逐步摆脱不发达状态，…
stage('社会主义初级阶段，是逐步摆脱')
U('社会主义市场经济体制', 'term', req=False)                      # round 6 (cpc-010-stage): optional
U('社会主义市场经济', 'term', req=False, ctx='社会主义市场经济体制')
U('社会主义民主政治', 'term', req=False, ctx='社会主义民主政治体制')  # round 3: optional
chinese_char('树立建设有中国特色社会主义共同理想')                # …的共同理想 (round 14): optional
# 自强不息，锐意进取，艰苦奋斗，勤俭建国: comma-separated virtues, none
U('物质文明', 'term', req=False, ctx='建设物质文明')               # a policy phrase (like 社会主义精神文明, round 13): optional
U('精神文明', 'term', req=False, ctx='努力建设精神文明')           # idem: optional
U('中华民族伟大复兴', req=False)                                  # a goal designation (round 2): optional
opt_fig('一百年', 100, '年', '这样的历史进程', ap='exact|at_least', ctx='至少需要一百年')  # a duration (guide): optional
opt_fig('几代', 3, '代', '人', ap='about', ctx='几代人、')          # vague counts (like 几年, r28a; 几十亿, round 10): optional
opt_fig('十几代', 10, '代', '人', ap='more_than', ctx='十几代人')
opt_fig('几十代', 10, '代', '人', ap='more_than', ctx='几十代人')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
