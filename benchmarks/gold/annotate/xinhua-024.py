from _ann import DEP, DT, PE, Ann, P

# Round 20: Xi Jinping's written statement on arrival at Kuala Lumpur
# International Airport, 15 Apr 2025 (news.cn text, no line breaks between the
# dateline, heading and byline): the whole text: the dateline (新华社吉隆坡4月15日电),
# the heading (马来西亚吉隆坡国际机场, 2025年4月15日，吉隆坡, 中华人民共和国主席　习近平),
# the invitation of 最高元首易卜拉欣·伊斯干达, 12年前, the greetings (中国政府,
# 马来西亚政府), the relations (千年, 半个多世纪, 2023年, 中马命运共同体, 去年 50周年,
# 全球南方), the talks (易卜拉欣最高元首, 安瓦尔总理) and the “黄金50年”. Simplified.
A = Ann('xinhua-024', 0, 542)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
MEDIA = {'kind': 'media'}
GOV = {'level': 'central', 'kind': 'state'}

def u(t, **kw):  # policy and diplomatic phrases of earlier rounds: optional
    return U(t, req=False, **kw)

def liangguo(ctx):  # 两国: anaphoric, optional
    s('FIGURE', '两国', False, ctx=ctx, value=2, approx='exact', unit='国')

# 新华社吉隆坡4月15日电
s(DEP, '新华社', False, **MEDIA)
s(P, '吉隆坡', ctx='新华社吉隆坡')
s(DT, '4月15日', ctx='吉隆坡4月15日电', value='--04-15', resolved='2025-04-15')
# 抵达马来西亚吉隆坡国际机场的书面讲话
# slip fixed after the first measurement: a country and its city are one required
# chain, the parts optional (round 10: 越南河内; 沙特利雅得, 泰国曼谷); the first script
# had 马来西亚 and 吉隆坡 as two required places
s(P, '马来西亚吉隆坡', ctx='抵达马来西亚吉隆坡')                      # the city (with its country) before an airport is required (round 3)
s(P, '马来西亚', False)
s(P, '马来西亚吉隆坡国际机场', False)                                # the airport, with and without the country: a venue, optional
s(P, '吉隆坡国际机场', False)
s(P, '吉隆坡', False, ctx='吉隆坡国际机场')
# （2025年4月15日，吉隆坡）
s(DT, '2025年4月15日', value='2025-04-15')
s(P, '吉隆坡', ctx='，吉隆坡）')
# 中华人民共和国主席　习近平
s(P, '中华人民共和国', False)
s(PE, '习近平', title='中华人民共和国主席')
# 很高兴应马来西亚最高元首易卜拉欣·伊斯干达邀请，再次来到美丽的吉隆坡，对马来西亚进行国事访问。
s(P, '马来西亚', False, ctx='应马来西亚最高元首')                    # a country in a position title (round 1)
s(PE, '易卜拉欣·伊斯干达', title='马来西亚最高元首')                  # a dotted name is one span
s(P, '吉隆坡', ctx='美丽的吉隆坡')
s(P, '马来西亚', ctx='对马来西亚进行国事访问。1')
# 12年前，我首次对马来西亚进行国事访问 …
s(DT, '12年前', False)
s('FIGURE', '12年', False, value=12, approx='exact', unit='年')      # a duration
s(P, '马来西亚', ctx='首次对马来西亚')
s(P, '马来西亚', ctx='马来西亚国土')
s(DEP, '中国政府', canonical='中华人民共和国政府', **GOV)
s(P, '中国', False, ctx='中国政府')
s(P, '中国', ctx='中国人民')
s(DEP, '马来西亚政府', **GOV)                                       # a named state's government
s(P, '马来西亚', False, ctx='马来西亚政府')
s(P, '马来西亚', ctx='马来西亚人民')
# 中马两国是隔海相望的友好邻邦，传统友谊绵延千年。建交半个多世纪以来 …
s(P, '中马', False, ctx='中马两国是')                                 # joined abbreviations (round 2)
liangguo('中马两国是')
s('FIGURE', '千年', False, value=1000, approx='exact', unit='年')     # like 万里 in 绵延万里: optional
s('FIGURE', '半个多世纪', False, value=0.5, approx='more_than', unit='世纪')  # a duration
liangguo('两国坚持')
u('相互尊重、平等相待、合作共赢')
s(DT, '2023年', value='2023')
s(P, '中马', False, ctx='共建中马命运共同体')
u('中马命运共同体')                                                  # a bilateral community (like 中阿命运共同体): undecided
s(DT, '去年', False, value='2024', resolved='2024')
liangguo('去年两国')
s('FIGURE', '50周年', False, value=50, approx='exact', unit='周年')   # anniversary
# 作为重要发展中国家和全球南方成员，中马两国 …
s(P, '全球南方', False); U('全球南方', 'term', req=False)             # unquoted (round 13: optional)
s(P, '中马', False, ctx='中马两国深化')
liangguo('中马两国深化')
liangguo('符合两国')
# 这次访问期间，我将同易卜拉欣最高元首和安瓦尔总理 …
s(PE, '易卜拉欣', ctx='易卜拉欣最高元首和', title='最高元首')
s(PE, '安瓦尔', title='总理')
liangguo('深化两国')
u('文明交流互鉴')
s(P, '中马', False, ctx='推动中马命运共同体')
u('中马命运共同体', ctx='中马命运共同体建设')
# 谱写中马睦邻友好、互利共赢的历史新篇章，开启中马关系新的“黄金50年”。
s(P, '中马', False, ctx='谱写中马')
s(P, '中马', False, ctx='开启中马关系')
Q('黄金50年', 'term', req=False)                                     # a quoted coinage
s('FIGURE', '50年', False, ctx='黄金50年', value=50, approx='exact', unit='年')  # a duration inside it

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
