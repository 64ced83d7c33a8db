from _ann import CC, DEP, DT, PE, Ann, P

# 15th CPC National Congress report (1997), section 二 “过去五年的工作”: the review
# of 1992–1997 (一九九二年, 邓小平南方谈话, 党的十四大, the decades 八十年代末 /
# 九十年代初, the three decisions, 七次全会, “九五” / “八五”, 二零一零年, the basic
# policy “抓住机遇、深化改革、扩大开放、促进发展、保持稳定”, growth rates in Chinese
# numerals (百分之十二点一, 百分之七点二, 百分之五点七), 三千二百万 poor people,
# 香港, the shortcomings and the summing-up (十一届三中全会以来). Traditional script.
A = Ann('cpc-010', 1924, 4041, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
CPC = {'level': 'central', 'kind': 'party'}


def wunian(ctx, subj='过去五年'):
    """五年 as the period under review: a duration, optional (round 2)."""
    F('五年', 5, '年', subj, req=False, ctx=ctx)


def wunianlai(ctx):
    """五年来: a relative time and a duration, both optional."""
    sp = s(DT, '五年来', False, ctx=ctx)
    s('FIGURE', '五年', False, at=sp['start'], value=5, approx='exact', unit='年', subject='')


def congress14(ctx):
    """党的十四大: a congress as actor and time, optional as DEPARTMENT and DATE."""
    sp = s(DEP, '党的十四大', False, ctx=ctx, **CPC)
    s(DT, '党的十四大', False, at=sp['start'])
    s(DT, '十四大', False, at=sp['start'] + 2)
    s(DEP, '十四大', False, at=sp['start'] + 2, **CPC)


def dxp_theory(ctx):
    """邓小平建设有中国特色社会主义理论: the doctrine's full name (like 邓小平理论): required; the person inside optional."""
    sp = U('邓小平建设有中国特色社会主义理论', ctx=ctx)
    s(PE, '邓小平', False, at=sp['start'])
    U('建设有中国特色社会主义', req=False, at=sp['start'] + 3)
    s(P, '中国', False, at=sp['start'] + 6)


def decade(t, v, longer):
    """八十年代末: the bare decade required, the form with its modifier optional."""
    s(DT, longer, False)
    s(DT, t, value=v)


# 二、过去五年的工作
s(DT, '过去五年', False)                                  # a relative time
wunian('过去五年')

# 一九九二年邓小平南方谈话和党的十四大以来的五年，是很不寻常的五年。…
s(DT, '一九九二年', value='1992')
s(DT, '一九九二年邓小平南方谈话', False)                   # an event used as a time
s(PE, '邓小平', ctx='邓小平南方谈话')                      # the person who spoke: required
s(DT, '邓小平南方谈话', False)
U('南方谈话', 'term', req=False)                          # the name of a talk: undecided
s(DT, '党的十四大以来', False)
congress14('党的十四大以来')
wunian('以来的五年')
wunian('不寻常的五年')
decade('八十年代', '198X', '八十年代末')
decade('九十年代', '199X', '九十年代初')
U('有中国特色社会主义道路', req=False)                     # a standard wording, as a modifier (undecided)
U('有中国特色社会主义', req=False, ctx='有中国特色社会主义道路')
s(P, '中国', False, ctx='有中国特色社会主义道路')
wunian('阔步前进的五年')
U('解放思想', 'term', req=False)                          # policy phrase (earlier rounds: optional)
U('改革开放', 'term', req=False, ctx='改革开放和现代化建设事业')
wunian('新阶段的五年')
U('社会主义市场经济体制', 'term', req=False, ctx='在建立社会主义市场经济体制的深刻')
U('社会主义市场经济', 'term', req=False)
U('改革、发展、稳定', 'term', req=False)                    # a standard triad: undecided
wunian('巨大成就的五年')
wunian('显著提高的五年')

# 党的十四大作出三项具有深远意义的决策：一是…二是…三是…
congress14('党的十四大作出')
F('三项', 3, '项', '具有深远意义的决策', req=False)        # a count announcing the list (round 3/9)
U('抓住机遇，加快发展', 'directive', req=False)             # the first decision's wording: undecided
U('社会主义市场经济体制', 'term', req=False, ctx='目标是建立社会主义市场经济体制')
U('社会主义市场经济', 'term', req=False)
dxp_theory('确立邓小平建设有中国特色社会主义理论')
# 为贯彻十四大精神，中央先后召开七次全会，…
s(DT, '十四大', False, ctx='贯彻十四大精神')
s(DEP, '十四大', False, **CPC)
s(DEP, '中央', False, ctx='中央先后召开', **CC)             # 中央 alone: optional (round 1)
F('七次', 7, '次', '全会')                                 # the plenary sessions held since 1992: a count
U('社会主义市场经济体制', 'term', req=False, ctx='分别就建立社会主义市场经济体制')
U('社会主义市场经济', 'term', req=False)
s(DT, '九五', False, value='1996/2000')                   # a five-year-plan period (conventions)
Q('九五', 'period', req=False)
s(DT, '二零一零年', value='2010')                          # a year in Chinese numerals (round 3)
U('社会主义精神文明建设', 'term', req=False)
wunianlai('五年来全党工作')
U('党的基本理论和基本路线', req=False)                      # round 5: undecided, optional
s(DT, '十四大', False, ctx='实施十四大的重要决策')
s(DEP, '十四大', False, **CPC)
Q('抓住机遇、深化改革、扩大开放、促进发展、保持稳定')         # the quoted basic policy: a formula
F('一个', 1, '个', '新的台阶', req=False, ctx='又上了一个新的台阶')   # 一个: optional (round 2)

# 五年来，经济发展取得显著成绩。…
wunianlai('五年来，经济发展')
s(DT, '一九九二年', value='1992', ctx='从一九九二年到')         # a range: each date a span
s(DT, '一九九六年', value='1996')
F('百分之十二点一', 12.1, '%', '国内生产总值年均增长')
s(P, '东部地区', False)                                     # a region without fixed boundary (中西部, round 8)
s(P, '中西部地区', False)
s(P, '中西部', False)
s(DT, '八五', False, value='1991/1995')
Q('八五', 'period', req=False)
s(DT, '九五', False, value='1996/2000', ctx='“九五”计划的实施')
Q('九五', 'period', req=False)

# 改革开放取得新的突破。…
U('改革开放', 'term', req=False, ctx='改革开放取得新的突破')
U('社会主义市场经济体制', 'term', req=False, ctx='按照建立社会主义市场经济体制')
U('社会主义市场经济', 'term', req=False)
U('以公有制为主体、多种经济成分共同发展', req=False)          # the system's wording (undecided)

# 精神文明建设迈出新的步伐。…
U('社会主义市场经济', 'term', req=False, ctx='适应社会主义市场经济发展')
U('爱国统一战线', 'term', req=False)                        # optional (cpc-011)

# 国防现代化建设取得新的进展。… 人民军队作出了重要贡献。
s(DEP, '人民军队', False, level='central', kind='state', canonical='中国人民解放军')

# 人民生活水平显著提高。…
F('百分之七点二', 7.2, '%', '城镇居民人均生活费收入年均实际增长')
F('百分之五点七', 5.7, '%', '农村居民人均纯收入年均实际增长')
F('三千二百万', 32000000, '', '全国农村贫困人口减少')          # a number without classifier or noun

# 五年来，我们为实现祖国和平统一做了大量卓有成效的工作。…
wunianlai('五年来，我们为实现')
s(DEP, '我国政府', False, level='central', kind='state')      # the government of the country named by 我国: undecided
s(P, '香港')                                                # the territory
F('百年', 100, '年', '中华民族的屈辱', req=False)             # a duration
s(P, '中国', ctx='每个中国人')                               # 中国 in 中国人 (round 10): required

# 我们坚定不移地贯彻独立自主的和平外交政策，…
U('独立自主的和平外交政策', req=False)
U('改革开放', 'term', req=False, ctx='我国改革开放和现代化建设的外部')

# 我们大力加强了党的建设。…
dxp_theory('全党学习邓小平建设有中国特色社会主义理论')
U('党风廉政建设和反腐败斗争', 'term', req=False)

# 回顾五年的工作，… 十一届三中全会以来的大好形势，…
wunian('回顾五年的工作')
s(DT, '十一届三中全会以来', False)                          # an event used as a time (round 1)
s(DT, '十一届三中全会', False)
s(DEP, '十一届三中全会', False, **CPC)                       # a plenary session: optional DEP and DATE (round 15)
wunian('五年的实践证明')
congress14('党的十四大作出的决策是正确的')
wunianlai('五年来的成就')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
