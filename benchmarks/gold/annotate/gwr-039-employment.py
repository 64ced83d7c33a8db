from _ann import DEP, DT, SL, Ann, P, all_occ

# Round 27 (r27d): the 2004 State Council government work report, "二、2004年主要任务",
# the end of task (六) (finance: 中国银行 / 中国建设银行, 农村信用社; tax: 东北地区;
# investment: “谁投资、谁决策、谁收益、谁承担风险”; credit), task (七) (opening:
# 市场多元化战略, “走出去”, 世贸组织) and task (八) (jobs: 900万人 / 500万人, 中央财政
# 83亿元 / 36亿元; social security: “两个确保”, “三条保障线”, “低保”, 辽宁省 /
# 黑龙江 / 吉林, 779亿元, 11.3%; “五保户”; land and housing; migrant workers' wages:
# 国务院, 三年). Range [10733, 13008), after the golds [2249, 4086) and [6710, 8815).
# Traditional (OpenCC s2t of the simplified source).
A = Ann('gwr-039', 10733, 13008, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI, WAN = 100000000, 10000
CENTRAL = {'level': 'central', 'kind': 'state'}
INTL = {'kind': 'international'}

# The report's year at every occurrence: a relative time, optional (round 1; gwr-039-agriculture)
all_occ(A, DT, '今年', False, value='2004', resolved='2004')
all_occ(A, SL, '低保', False, kind='term', quoted=True)        # *undecided* in round 17: optional, kind term
A.cur = 0


def zhongyang(ctx):
    """中央 alone (中央财政): optional (rounds 1 and 5)."""
    s(DEP, '中央', False, ctx=ctx, **CENTRAL)


# 推进金融体制改革。
s(DEP, '中国银行', False, kind='enterprise')                    # an enterprise (guide: optional)
s(P, '中国', False, ctx='中国银行')                             # a place at the start of a name
s(DEP, '中国建设银行', False, kind='enterprise')
s(P, '中国', False, ctx='中国建设银行')
s(DEP, '农村信用社', False)                                     # r14a: optional, undecided
# 推进财税体制改革。
s(P, '东北地区', False)                                         # a region without fixed boundary (round 2; gwr-039-agriculture)
# 推进投资体制改革。
Q('谁投资、谁决策、谁收益、谁承担风险')                           # a quoted principle: required (guide)
# （七）适应新的形势，提高对外开放水平
U('国内国外两个市场、两种资源', req=False)                        # a standard wording, undecided (round 27)
s('FIGURE', '两个', False, ctx='两个市场', value=2, approx='exact', unit='个', subject='市场')  # numerals in a formula, undecided
s('FIGURE', '两种', False, ctx='两种资源', value=2, approx='exact', unit='种', subject='资源')
U('市场多元化战略', req=False)                                  # r16d: optional, left open
U('科技兴贸', 'term', req=False)                               # a trade policy wording, undecided
U('以质取胜', 'term', req=False)
Q('走出去')                                                     # the opening-up strategy, quoted (round 11: required, formula)
s(DEP, '世贸组织', False, **INTL)                               # an international organisation (Conventions decided here)
# （八）加大就业和社会保障工作力度
F('900万人', 900 * WAN, '人', '新增城镇就业（2004预期目标）')
F('500万人', 500 * WAN, '人', '下岗失业人员再就业（2004预期目标）')
zhongyang('今年中央财政预算')
F('83亿元', 83 * YI, '元', '中央财政预算安排再就业补助资金（2004）')
s(DT, '去年', False, ctx='比去年增加', value='2003', resolved='2003')
F('36亿元', 36 * YI, '元', '再就业补助资金增加（2004比2003）')
# 建立与我国国情相适应 …
Q('两个确保')                                                   # gwr-039 (round 7): required, no FIGURE
Q('三条保障线')
s(P, '辽宁省')
s(P, '黑龙江')
s(P, '吉林')
s('FIGURE', '两', False, ctx='两省', value=2, approx='exact', unit='', subject='省')  # an anaphoric count (README)
s('FIGURE', '两省', False, value=2, approx='exact', unit='省', subject='省')
zhongyang('今年，中央财政安排')
Q('两个确保', ctx='用于“两个确保”')
F('779亿元', 779 * YI, '元', '中央财政安排用于“两个确保”和城市“低保”的补助资金（2004）')
s(DT, '去年', False, ctx='比去年增长', value='2003', resolved='2003')
F('11.3%', 11.3, '%', '补助资金增长（2004比2003）')
# 对城乡特殊困难群众
Q('五保户', 'term', req=False)                                  # a coded term (round 8: 五保 no label); quoted here, undecided
# 切实保障农民工工资按时足额支付。
s(DEP, '国务院', **CENTRAL, canonical='国务院')
s('FIGURE', '三年', False, ctx='用三年时间', value=3, approx='exact', unit='年')  # a duration

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
