from _ann import DEP, DT, PE, Ann, P

# Round 21: Xi Jinping's written statement on arrival at Budapest International Airport,
# 8 May 2024 (news.cn text, no line breaks between the dateline, heading and byline): the
# whole text (658 characters, shorter than the usual range): the dateline (新华社布达佩斯5月8日电),
# the heading (匈牙利布达佩斯国际机场, 2024年5月8日，布达佩斯, 中华人民共和国主席　习近平), the
# invitation of 舒尤克总统 and 欧尔班总理, the greetings (中国政府, 匈牙利政府), the relations
# (1949年, 新中国, 2004年, 2017年, “一带一路”, 新型国际关系), 建交75周年 and the talks,
# 人类命运共同体. Simplified.
A = Ann('xinhua-059', 0, 658)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
MEDIA = {'kind': 'media'}
GOV = {'level': 'central', 'kind': 'state'}
Y24 = {'value': '2024', 'resolved': '2024'}


def u(t, **kw):  # policy and diplomatic phrases of earlier rounds: optional
    return U(t, req=False, **kw)


def liangguo(ctx):  # 两国: anaphoric, optional
    s('FIGURE', '两国', False, ctx=ctx, value=2, approx='exact', unit='国')


def zhongxiong(ctx):  # 中匈: joined abbreviations (round 2), optional
    s(P, '中匈', False, ctx=ctx)


# 新华社布达佩斯5月8日电
s(DEP, '新华社', False, **MEDIA)
s(P, '布达佩斯', ctx='新华社布达佩斯')
s(DT, '5月8日', ctx='布达佩斯5月8日电', value='--05-08', resolved='2024-05-08')
# 抵达匈牙利布达佩斯国际机场的书面讲话: a country and its city are one required chain (round 20)
sp = s(P, '匈牙利布达佩斯', ctx='抵达匈牙利布达佩斯')
s(P, '匈牙利', False, at=sp['start'])
s(P, '匈牙利布达佩斯国际机场', False)                               # the airport: a venue, optional
s(P, '布达佩斯国际机场', False)
s(P, '布达佩斯', False, ctx='布达佩斯国际机场')
# （2024年5月8日，布达佩斯）
s(DT, '2024年5月8日', value='2024-05-08')
s(P, '布达佩斯', ctx='，布达佩斯）')
# 中华人民共和国主席　习近平
s(P, '中华人民共和国', False)
s(PE, '习近平', title='中华人民共和国主席')
# 很高兴应舒尤克总统和欧尔班总理的盛情邀请，对美丽的匈牙利进行国事访问。
s(PE, '舒尤克', title='总统')
s(PE, '欧尔班', title='总理')
s(P, '匈牙利', ctx='美丽的匈牙利')
sp = s(DEP, '中国政府', canonical='中华人民共和国政府', **GOV)
s(P, '中国', False, at=sp['start'])
s(P, '中国', ctx='中国人民')
sp = s(DEP, '匈牙利政府', ctx='向匈牙利政府', **GOV)              # a named state's government
s(P, '匈牙利', False, at=sp['start'])
s(P, '匈牙利', ctx='匈牙利人民致以')
# 匈牙利历史悠久 …
s(P, '匈牙利', ctx='匈牙利历史悠久')
s(P, '匈牙利', ctx='匈牙利人民勤劳')
s(DT, '近年来', False, ctx='近年来，匈牙利政府')
sp = s(DEP, '匈牙利政府', ctx='近年来，匈牙利政府和人民', **GOV)
s(P, '匈牙利', False, at=sp['start'])
U('全面战略伙伴', 'term', req=False, ctx='好朋友和全面战略伙伴')     # a diplomatic designation: undecided
sp = s(DEP, '中国政府', ctx='中国政府和人民对此', canonical='中华人民共和国政府', **GOV)
s(P, '中国', False, at=sp['start'])
# 中匈两国是相互信赖的好朋友、好伙伴。…
zhongxiong('中匈两国是')
liangguo('中匈两国是')
s(DT, '1949年', value='1949')
s(P, '匈牙利', ctx='匈牙利是最早')
s(P, '新中国', False)                                               # round 2: optional, 中国 inside too
s(P, '中国', False, ctx='新中国建立')
s(DT, '2004年', value='2004')
liangguo('两国建立友好')
s(DT, '2017年', value='2017')
U('全面战略伙伴', 'term', req=False, ctx='提升为全面战略伙伴')
liangguo('两国互利合作')
s(DT, '近年来', False, ctx='近年来，双方')
Q('一带一路')                                                      # round 8: required
sp = u('相互尊重、公平正义、合作共赢的新型国际关系')
u('新型国际关系')
s('FIGURE', '一个', False, ctx='一个典范', value=1, approx='exact', unit='个')   # 一个: optional
# 今年是中匈建交75周年 …
s(DT, '今年', False, **Y24)
zhongxiong('中匈建交')
s('FIGURE', '75周年', False, value=75, approx='exact', unit='周年')   # an anniversary (guide)
liangguo('两国关系发展')
s(PE, '舒尤克', ctx='同舒尤克总统', title='总统')
s(PE, '欧尔班', ctx='欧尔班总理等', title='总理')
s(P, '匈牙利', False, ctx='匈牙利领导人')                           # undecided: a country before 领导人
liangguo('规划两国')
zhongxiong('引领中匈关系')
zhongxiong('中匈两国必将')
liangguo('中匈两国必将')
U('人类命运共同体')                                                 # round 1: required
zhongxiong('推动中匈关系')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
