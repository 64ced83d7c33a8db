from _ann import CC, DEP, DT, SL, Ann, P

# 16th CPC National Congress report (2002): the end of section 十 “加强和改进党的建设”
# (the second paragraph of point (五): Party members, the 先进性 education; point
# (六): the Party's style of work and the fight against corruption; the closing
# sentence of the section) and the closing address 同志们！… (the Chinese nation's
# rejuvenation, the Party's history since its founding, the appeal for unity).
# Traditional script. No counted figure, no person, no calendar date.
A = Ann('cpc-011', 26617, 28478, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
CPC = {'level': 'central', 'kind': 'party'}


def sandai(ctx):
    """“三个代表”重要思想: the quoted 三个代表 required, the whole optional (round 7)."""
    sp = s(SL, '“三个代表”重要思想', False, ctx=ctx, kind='formula', quoted=False)
    Q('三个代表', at=sp['start'] + 1)


def cssz(ctx, req=False):
    """中国特色社会主义: optional as the modifier of a noun (round 2); 中国 inside optional."""
    sp = U('中国特色社会主义', req=req, ctx=ctx)
    s(P, '中国', False, at=sp['start'])


def cpc(ctx):
    """中国共产党: the Party as a whole (guide), optional; 中国 inside optional."""
    sp = s(DEP, '中国共产党', False, ctx=ctx, **CPC)
    s(P, '中国', False, at=sp['start'])


def fuxing(text, ctx):
    """中华民族伟大复兴 and its variant with 的: a goal designation, optional (round 2)."""
    U(text, req=False, ctx=ctx)


# 共产党员必须发挥先锋模范作用，…
U('共产主义远大理想', req=False)                       # undecided: a standard wording, not a doctrine name
cssz('中国特色社会主义坚定信念')                        # modifier of 坚定信念
# 党在现阶段的基本纲领: none
sandai('以实践“三个代表”重要思想为主要内容')
U('保持共产党员先进性教育活动', 'campaign')           # a standard campaign name (整风运动, 党纪学习教育): decided by analogy
U('保持共产党员先进性教育', 'campaign', req=False)
# 工人、农民、知识分子、军人和干部; 党的纲领和章程: none

# （六）加强和改进党的作风建设，深入开展反腐败斗争。
U('反腐败斗争', req=False, ctx='深入开展反腐败斗争')     # earlier rounds: optional
U('密切联系群众', req=False)                            # one of the three styles (round 3: 群众路线 optional)
U('群众路线', req=False, ctx='党的群众路线')            # round 3
U('全心全意为人民服务', ctx='坚持全心全意为人民服务的宗旨')   # the Party's purpose, standard wording (round 6); the purpose named, not a modifier
U('立党为公、执政为民', req=False)                      # undecided: the 2002 standard wording of a requirement
s(DEP, '中央', False, ctx='按照中央提出', **CC)          # 中央 alone: optional (round 1)
Q('八个坚持、八个反对')                                  # a quoted numbered formula: required; numerals inside are no FIGURE
# 一靠教育，二靠制度: list numbers, no FIGURE
U('批评与自我批评', req=False)                          # like 批评和自我批评 (round 3): optional
U('形式主义、官僚主义', req=False)                      # earlier rounds: optional
# 我国: none

# 坚决反对和防止腐败，是全党一项重大的政治任务。
F('一项', 1, '项', '政治任务', req=False)                # 一项: optional (round 2)
U('社会主义市场经济', 'term', req=False)                 # round 6
# 各级党委: generic (none)
U('反腐败斗争', req=False, ctx='认识反腐败斗争的紧迫性')
U('反腐败斗争', req=False, ctx='地把反腐败斗争深入进行下去')
U('标本兼治、综合治理', req=False)                      # undecided: the wording of a 方针
U('党风廉政建设', req=False)                            # earlier rounds: optional (inside 责任制)

# 全党同志始终保持共产党人的…: none

# 同志们！全面建设小康社会，开创中国特色社会主义事业新局面，…
U('全面建设小康社会', req=False, ctx='同志们！全面建设小康社会')   # a goal (round 3)
cssz('开创中国特色社会主义事业新局面')                  # modifier of 事业
cpc('在中国共产党的坚强领导下')
U('社会主义市场经济', 'term', req=False, ctx='发展社会主义市场经济、社会主义民主政治')
U('社会主义民主政治', req=False)                        # round 3
U('社会主义先进文化', req=False)                        # undecided: like 社会主义民主政治 (round 3)
U('社会主义物质文明、政治文明和精神文明', req=False)    # undecided: like 社会主义政治文明 (round 3)
fuxing('中华民族的伟大复兴', '推进中华民族的伟大复兴')

# 中国共产党深深扎根于中华民族之中。…
cpc('中国共产党深深扎根')
s(P, '中国', ctx='就是中国工人阶级的先锋队')            # the country (中国人民, round 3)
s(P, '中国', ctx='同时是中国人民')
fuxing('中华民族伟大复兴', '肩负着实现中华民族伟大复兴')
s(DT, '新民主主义革命时期', False)                       # a historical period (round 2)
U('新民主主义革命', 'period', req=False, ctx='新民主主义革命时期')   # as cpc-010
s(DT, '新民主主义革命', False, ctx='新民主主义革命时期')
# 全国各族人民: none
fuxing('中华民族伟大复兴', '为实现中华民族伟大复兴创造')
s(DT, '新中国成立后', False)                             # round 2
s(P, '新中国', False, ctx='新中国成立后')
s(P, '中国', False, ctx='新中国成立后')
s(P, '中国', ctx='实现中国历史上')                       # 中国历史 (round 10): the country
fuxing('中华民族伟大复兴', '实现中华民族伟大复兴的历史征程')
s(DT, '十一届三中全会以来', False)                       # an event used as a time (round 1)
s(DT, '十一届三中全会', False, ctx='十一届三中全会以来')
cssz('建设中国特色社会主义的正确道路')                  # the object inside a relative clause (cpc-010, round 6): optional
U('民族复兴', 'term', req=False, ctx='赋予民族复兴')     # earlier rounds: optional
fuxing('中华民族的伟大复兴', '中华民族的伟大复兴展现')

# 全面建设小康社会，加快推进社会主义现代化，使社会主义中国发展和富强起来，…
U('全面建设小康社会', req=False, ctx='全面建设小康社会，加快')
s(P, '中国', ctx='使社会主义中国')                       # the country
# 全党和全国各族人民, 我国人民: none
U('团结就是力量', 'quotation', req=False)                # a saying, unquoted (undecided, as in an earlier round)
U('居安思危', 'term', req=False)                        # undecided: a set phrase

# 全党同志和全国各族人民，紧密团结在党中央周围，…
s(DEP, '党中央', ctx='紧密团结在党中央周围', **CC)      # 党中央 standing alone (guide)
U('万众一心', 'term', req=False)                        # undecided: unquoted set phrase (quoted 万众一心 optional in an earlier round)
cssz('把中国特色社会主义事业不断')                      # modifier of 事业

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
