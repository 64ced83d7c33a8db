from _ann import DEP, DT, Ann, P

# Xi Jinping at the 70th anniversary of the Five Principles of Peaceful Coexistence
# (2024-06-28), the whole gap between xinhua-056-0-1728 and xinhua-056-3343-5600:
# from 女士们、先生们、朋友们！ (70年前, 70年后的今天, the quoted question of the time)
# through the three “这一理念…” paragraphs on 人类命运共同体 (中华优秀传统文化,
# 中国共产党人, 全人类共同价值, the three global initiatives, “一带一路”,
# 世界多极化 / 经济全球化), 宇宙只有一个地球, and the first three “——我们要…”
# points (主权平等, “黄金法则”, “小圈子”, 中方, 全球安全倡议 with the security
# concept). 中国 as the country ×8; no organ but 中国共产党, no calendar date.
# Simplified.
A = Ann('xinhua-056', 1728, 3343)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
FP = '和平共处五项原则'
CN = lambda ctx, req=True: s(P, '中国', req, ctx=ctx)


def five():
    """和平共处五项原则: required (as in xinhua-056-0-1728); 五项原则 inside optional."""
    U(FP)
    U('五项原则', req=False)


# 女士们、先生们、朋友们！ 历史的接力…
s(DT, '70年前', False)                                     # relative time
F('70年', 70, '年', '', req=False, ctx='70年前')              # a duration
s(DT, '冷战', False)                                       # a historical period (as in xinhua-056-0-1728)
five()
F('70年', 70, '年', '', req=False, ctx='70年后的今天')        # a duration
s(DT, '70年后的今天', False)
Q('建设一个什么样的世界、如何建设这个世界', 'quotation', req=False)  # a quoted question (undecided)
CN('中国又给出')
U('人类命运共同体', ctx='构建人类命运共同体这个')
U('人类命运共同体', ctx='构建人类命运共同体已经')
CN('中国倡议')
U('和平、安全、繁荣、进步', req=False)                      # undecided
# 构建人类命运共同体理念与和平共处五项原则一脉相承 …
U('人类命运共同体', ctx='人类命运共同体理念与')
U('人类命运共同体理念', req=False)
five()
U('亲仁善邻、讲信修睦、协和万邦', req=False)                 # classical wordings (undecided)
U('中华优秀传统文化', 'term', req=False)                    # optional (round 7)
CN('中国外交')
U('自信自立、坚持正义、扶弱扬善', req=False)                 # undecided
s(DEP, '中国共产党', False, kind='party')                   # in 中国共产党人: optional (round 9)
s(P, '中国', False, ctx='中国共产党人')
CN('中国坚持走')
U('和平发展道路', req=False)                                # optional (xinhua-056-3343-5600)
five()
# 这一理念立足于 …
CN('中国主张')
U('持久和平、普遍安全、共同繁荣、开放包容、清洁美丽的世界', req=False)  # undecided (round 10)
U('和平共处', 'term', req=False, ctx='更加繁荣的和平共处')
# 这一理念顺应 …
U('和平、发展、合作、共赢', req=False)                      # undecided (round 10)
CN('中国呼吁')
U('平等互利、和平共处', req=False)
U('和平共处', 'term', req=False, ctx='平等互利、和平共处初心')
U('全人类共同价值', req=False)                              # optional (round 1)
U('共商共建共享的全球治理', req=False)                      # without 观 (undecided)
U('共商共建共享', req=False)
U('新型国际关系', req=False)                                # optional (round 8)
U('全球发展倡议')                                           # required (round 1)
U('全球安全倡议')
U('全球文明倡议')
Q('一带一路')                                               # required (round 8)
# 这一理念着眼 …
U('世界多极化', 'term', req=False)
U('经济全球化', 'term', req=False)
CN('中国团结各方')
U('人类命运共同体', ctx='构建人类命运共同体走深走实')
U('平等有序的世界多极化、普惠包容的经济全球化', req=False)   # the joined wording: optional like its 和 form (round 11; slip fixed after the first measurement)
U('平等有序的世界多极化', req=False)
U('世界多极化', 'term', req=False, ctx='平等有序的世界多极化')
U('普惠包容的经济全球化', req=False)
U('经济全球化', 'term', req=False, ctx='普惠包容的经济全球化')
# 在历史的关键当口 …
F('一个', 1, '个', '基本的事实', req=False, ctx='一个基本的事实')
U('宇宙只有一个地球，人类共有一个家园', req=False)
F('一个', 1, '个', '地球', req=False, ctx='一个地球')          # inside a set phrase (undecided)
F('一个', 1, '个', '家园', req=False, ctx='一个家园')
U('同球共济精神', req=False)                                # a named spirit (like 万隆精神)
F('一片', 1, '片', '生存的乐土', req=False)
# 未来值得期许 …
five()
U('人类命运共同体', ctx='构建人类命运共同体的崇高目标')
# ——我们要坚持主权平等的原则。
five()
U('以大压小、以强凌弱、以富欺贫', req=False)
U('平等有序的世界多极化', req=False)
U('世界多极化', 'term', req=False, ctx='平等有序的世界多极化')
U('世界多极化', 'term', req=False, ctx='世界多极化进程')
# ——我们要夯实相互尊重的基础。
U('平等相待、互尊互信', req=False)
Q('黄金法则', 'term', req=False)                             # a quoted coinage
Q('小圈子', 'term', req=False)                               # a quoted coinage (xinhua-081)
# ——我们要实现和平安全的愿景。
U('和平发展道路', req=False)
U('共谋和平、共护和平、共享和平', req=False)
s(P, '中', False, ctx='中方提出')                            # 中方: 中 optional (round 12)
U('全球安全倡议', ctx='全球安全倡议，就是')
U('共同、综合、合作、可持续的安全观')                         # required (round 11)
U('以合作促发展、以合作促安全', req=False)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
