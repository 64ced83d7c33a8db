from _ann import DEP, PE, SL, Ann, P

# Xi Jinping at the extraordinary G20 leaders' summit on COVID-19 (video
# link, 26 Mar 2020; jhsjk text, one line, paragraphs separated by two em
# spaces): the whole text, with the salutation to King Salman, China's
# response, the four proposals (G20 health ministers' meeting, the WHO, the
# G20 action plan), the Xinhua dateline and the People's Daily source line.
# Annotated on the simplified text; written as **traditional** (OpenCC s2t).
A = Ann('jhsjk2020-002', 0, 1482, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
INTL = {'kind': 'international', 'canonical': '二十国集团'}
WHO = {'kind': 'international', 'canonical': '世界卫生组织'}


def zhong(ctx):
    """中 in 中方: a one-character abbreviation used alone, optional (rounds 1, 11)."""
    s(P, '中', False, ctx=ctx)


def cn(ctx):
    """中国 as the country (rounds 3, 5, 8): required."""
    s(P, '中国', ctx=ctx)


def g20(ctx):
    """二十国集团: an international grouping, optional (round 1; jhsjk2020-049, xinhua-036)."""
    s(DEP, '二十国集团', False, ctx=ctx, **INTL)


def who(ctx):
    """世界卫生组织: an international organisation, optional (round 1)."""
    s(DEP, '世界卫生组织', False, ctx=ctx, **WHO)


# 尊敬的萨勒曼国王，各位同事：
s(PE, '萨勒曼', title='国王')                            # a foreign head of state in a salutation (round 11)
# 首先，我谨对萨勒曼国王和沙特方面为这次会议所做的…
s(PE, '萨勒曼', ctx='对萨勒曼国王', title='国王')
s(P, '沙特')                                             # the country (沙特方面), not a one-character abbreviation
# 面对突如其来的新冠肺炎疫情，中国政府、中国人民不畏艰险 …
s(DEP, '中国政府', level='central', kind='state', canonical='中华人民共和国中央人民政府')  # round 4
s(P, '中国', False, ctx='中国政府')
cn('中国人民不畏')                                        # 中国 in 中国人民 (round 3)
# 第一位: a rank, no figure
s(SL, '坚定信心、同舟共济、科学防治、精准施策', kind='directive', quoted=False)   # round 1 (the 总要求)
U('全民动员、联防联控、公开透明', req=False)              # a standard wording of the response: undecided
U('联防联控', req=False, ctx='联防联控、公开透明')         # policy phrase: optional at every occurrence
F('一场', 1, '场', '人民战争', req=False)                 # an article
U('人民战争', 'term', req=False, ctx='抗击疫情的人民战争')   # round 16
# 目前中国国内疫情防控形势持续向好 (目前: deictic, none)
cn('中国国内')
# 在中方最困难的时候，国际社会许多成员给予中方真诚帮助和支持
zhong('在中方最困难')
zhong('给予中方真诚')
# 当前，国际社会最需要的是坚定信心、齐心协力、团结应对 …
U('坚定信心、齐心协力、团结应对', req=False)              # undecided: a wording of this speech
# 在此，我愿提出以下4点倡议。
F('4点', 4, '点', '倡议', req=False)                      # a count announcing the list that follows (rounds 3, 9)
# 第一，坚决打好新冠肺炎疫情防控全球阻击战。 (第一: a list number)
U('新冠肺炎疫情防控全球阻击战', req=False)                # like 疫情防控阻击战 (round 1: a policy phrase)
# 尽早召开二十国集团卫生部长会议 (a ministers' meeting of the grouping, like 二十国集团发展部长会, r7l)
s(DEP, '二十国集团卫生部长会议', False, kind='international')
g20(None)                                              # inside the meeting's name
# 发展中国家: 中国 not annotated (round 7)
# 我建议发起二十国集团抗疫援助倡议 (an initiative named in this speech, unquoted: undecided)
U('二十国集团抗疫援助倡议', 'campaign', req=False)
g20(None)
who('在世界卫生组织支持下')
zhong('中方秉持')
s(SL, '人类命运共同体理念', False, kind='formula', quoted=False)   # the form with 理念 (xinhua-081)
U('人类命运共同体')                                       # round 1
# 第二，有效开展国际联防联控。
U('联防联控', req=False, ctx='国际联防联控')
U('联防联控', req=False, ctx='联防联控网络')
zhong('中方已经建立')
# 新冠肺炎疫情防控网上知识中心: a platform set up by China, like the planned centres (r7f): optional
s(DEP, '新冠肺炎疫情防控网上知识中心', False, kind='institute')
# 区域公共卫生应急联络机制: a proposed mechanism, no name: none
# 第三，积极支持国际组织发挥作用。
zhong('中方支持世界')
who('支持世界卫生组织发挥')
g20('二十国集团依托')
who('依托世界卫生组织')
g20('发挥二十国集团')
# 全球公共卫生安全高级别会议: a conference, not annotated (r7h)
cn('中国将同各国')
# 第四，加强国际宏观经济政策协调。…
cn('中国将加大力度')
cn('中国将继续实施')
U('积极的财政政策和稳健的货币政策', req=False)            # policy phrases
U('改革开放', req=False)                                   # round 5: optional at every occurrence
# 我呼吁二十国集团成员采取共同举措，减免关税、取消壁垒、畅通贸易 …
g20('呼吁二十国集团')
U('减免关税、取消壁垒、畅通贸易', req=False)              # undecided
U('二十国集团行动计划', 'campaign', req=False)            # an unquoted plan name (round 13)
g20(None)
# 各位同事！值此关键时刻 … 只要我们同舟共济、守望相助
U('同舟共济、守望相助', req=False)                        # r7h
# （新华社北京3月26日电）《 人民日报 》（ 2020年03月27日 02 版）
s(DEP, '新华社', False, kind='media')
s(P, '北京', ctx='新华社北京')                            # dateline (round 4)
A.date('3月26日', '--03-26', resolved='2020-03-26')
s(DEP, '人民日报', False, kind='media')
A.date('2020年03月27日', '2020-03-27')                    # round 4; 02 版 is no figure

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
