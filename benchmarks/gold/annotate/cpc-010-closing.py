from _ann import CC, DEP, DT, PE, SL, Ann, P

# 15th CPC National Congress report (1997), the end of section 十 “面向新世纪的中国共产党”:
# the Party's style (the mass line), the fight against corruption, 从严治党 and the
# standards for Party members, and the closing (the five years to 十六大, 小康 by the end
# of the century, the soul and the task of the congress, unity, the final appeal).
# Simplified script.
A = Ann('cpc-010', 26592, 28917)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
CPC = {'level': 'central', 'kind': 'party'}
YI, WAN = 100000000, 10000


def dxp(req=True, ctx=None):  # 邓小平理论: the doctrine's name; the person inside optional
    sp = U('邓小平理论', req=req, ctx=ctx)
    s(PE, '邓小平', False, at=sp['start'])


def ccs(ctx, req=False):  # 建设有中国特色社会主义 as a modifier (round 2, cpc-010): optional, with its parts
    sp = U('建设有中国特色社会主义', req=req, ctx=ctx)
    U('有中国特色社会主义', req=False, at=sp['start'] + 2)
    U('中国特色社会主义', req=False, at=sp['start'] + 3)
    s(P, '中国', False, at=sp['start'] + 3)


def socialism(ctx):  # 社会主义 standing alone (round 6: optional, undecided)
    U('社会主义', 'term', req=False, ctx=ctx)


# 加强党的作风建设，根本的是坚持全心全意为人民服务的宗旨，…
U('全心全意为人民服务', req=False, ctx='坚持全心全意为人民服务的宗旨')  # as the modifier of 宗旨 (round 2 modifier rule)
# the three styles (round 3: 批评和自我批评 optional; cpc-010: 理论联系实际 optional, like 群众路线)
U('理论联系实际、密切联系群众、批评和自我批评', req=False)
U('理论联系实际', req=False, ctx='理论联系实际、密切联系群众')
U('密切联系群众', req=False, ctx='、密切联系群众、批评')
U('批评和自我批评', req=False, ctx='批评和自我批评的优良作风')
ccs('建设有中国特色社会主义全部工作')
U('全心全意为人民谋利益', req=False)  # a variant of the Party's purpose: undecided
# 党的路线方针政策, 以权谋私: none
U('群众路线', req=False, ctx='坚持群众路线')  # round 3
U('官僚主义、形式主义、强迫命令', 'term', req=False)  # the styles opposed: undecided
U('一切为了群众，一切相信群众，一切依靠群众', req=False)  # the mass line's standard wording: undecided

# 反对腐败是关系党和国家生死存亡的严重政治斗争。…
U('改革开放', 'term', req=False, ctx='在整个改革开放过程中')  # policy phrase (cpc-010)
F('一个', 1, '个', '阶段性战役', req=False, ctx='一个一个地')  # 一个 (round 2); an adverb here
F('一个', 1, '个', '阶段性战役', req=False, ctx='一个地打好')
# the three tasks of the anti-corruption work: a standard wording of the time, undecided
U('领导干部廉洁自律、查处大案要案、纠正部门和行业不正之风', req=False)
# 各级党委: generic (none)
U('标本兼治', 'term', req=False)  # undecided
# the leadership system of the anti-corruption work: a standard wording, undecided
U('党委统一领导，党政齐抓共管，纪委组织协调，部门各负其责，依靠群众的支持和参与', req=False)
U('党委统一领导，党政齐抓共管，纪委组织协调，部门各负其责', req=False)
# 党委 / 纪委 as types of organ at every level (round 3: 人大 and 政协 so listed are optional)
s(DEP, '党委', False, ctx='党委统一领导', kind='party')
s(DEP, '纪委', False, ctx='纪委组织协调', kind='party')
U('艰苦奋斗、廉洁奉公', 'term', req=False)  # undecided
U('反腐败斗争', 'term', req=False)  # a policy phrase: undecided

# 从严治党，是保持党的先进性和纯洁性，…
U('从严治党', req=False, ctx='从严治党，是保持')  # the principle's name (全面从严治党 is required): undecided
U('共产主义', 'term', req=False, ctx='实现共产主义的最高纲领')  # standing alone (round 6: optional)
U('社会主义初级阶段', 'term', req=False)  # round 6: optional
U('共产主义', 'term', req=False, ctx='胸怀共产主义远大理想')
U('吃苦在前，享受在后', 'term', req=False)  # a set phrase: undecided
U('马克思主义', req=False, ctx='马克思主义理论')  # as a modifier (round 2)
# 一流: none
Q('党要管党')  # the quoted name of a principle (…的原则): required
U('从严治党', req=False, ctx='从严治党的方针')  # as the modifier of 方针: optional
# 党章 (a document), 党的纪律: none
U('纪律面前人人平等', 'term', req=False)  # like 法律面前人人平等 (round 3)

# 同志们！从这次大会到十六大，…
s(DT, '十六大', False)  # an event used as a time (round 5)
F('五年', 5, '年', '从这次大会到十六大', req=False, ctx='新的胜利的五年')  # durations
s(PE, '邓小平', title='同志')
F('五年', 5, '年', '从这次大会到十六大', req=False, ctx='新局面的五年')
s(DT, '九五', False, value='1996/2000'); s(SL, '九五', False, kind='period', quoted=True)
s(DT, '二零一零年', value='2010')  # a year in Chinese numerals (round 3: 二０一０年)
F('五年', 5, '年', '从这次大会到十六大', req=False, ctx='奠定基础的五年')
s(DT, '改革开放初期', False)  # a historical period (round 2)
s(DT, '本世纪末', False, value='2000')  # relative time
U('小康', 'term', req=False, ctx='达到小康的目标')  # a goal (round 2: 全面小康 optional)
s(P, '中国', ctx='在中国这样')
F('一个', 1, '个', '国度', req=False, ctx='这样一个十多亿')
F('十多亿', 10 * YI, '', '人口', ap='more_than')  # number before a noun without classifier
F('十多亿人口', 10 * YI, '', '人口', ap='more_than', req=False)
U('小康社会', 'term', req=False)
F('一件', 1, '件', '有伟大意义的事情', req=False)
U('社会主义现代化', 'term', req=False)  # a policy phrase: undecided

# 同志们！社会主义是人类历史上全新的社会制度，…
socialism('社会主义是人类')
U('资本主义', 'term', req=False)  # standing alone: undecided, like 社会主义
socialism('促使社会主义向着')
U('社会主义事业', 'term', req=False, ctx='社会主义事业欣欣向荣')  # undecided
s(P, '中国', ctx='中国是拥有')
F('十一亿', 11 * YI, '', '人口')
F('十一亿人口', 11 * YI, '', '人口', req=False)
s(DEP, '中国共产党', False, ctx='中国共产党是拥有', **CPC)  # the Party as a whole (guide)
s(P, '中国', False, ctx='中国共产党是拥有')
F('五千万', 5000 * WAN, '', '党员')
F('五千万党员', 5000 * WAN, '', '党员', req=False)
U('有中国特色的社会主义', req=False)  # as the modifier of 事业 (round 2)
s(P, '中国', False, ctx='有中国特色的社会主义')
socialism('世界社会主义事业')

# 我们这次大会的灵魂，就是高举邓小平理论的伟大旗帜。…
U('高举邓小平理论的伟大旗帜', req=False)  # the theme wording (cpc-010): optional
dxp(False, ctx='高举邓小平理论的伟大旗帜')  # modifier of 旗帜: optional
s(DT, '十五大', False)  # an event
F('一条', 1, '条', '光明大道', req=False)
dxp(False, ctx='对邓小平理论的坚定信念')  # 的 + noun: as a modifier (rounds 2, 6)
dxp(ctx='坚持邓小平理论')  # the doctrine itself (cpc-010)
s(DEP, '党中央', ctx='党中央领导集体', **CC)

# 我们这次大会的任务，…
ccs('全面推进建设有中国特色社会主义的伟大事业')
U('团结就是大局，团结就是力量', 'quotation', req=False)
U('团结就是力量', 'quotation', req=False)  # a saying (round 14)
s(DEP, '民主党派', False)  # rounds 3–5
U('中华民族实现全面振兴', req=False)  # a goal designation (中华民族伟大复兴, round 2)
ccs('建设有中国特色社会主义的共同理想')

# 让我们高举邓小平理论伟大旗帜，…
U('高举邓小平理论伟大旗帜', req=False)
dxp(False, ctx='高举邓小平理论伟大旗帜')
s(DEP, '党中央', ctx='团结在党中央周围', **CC)
U('艰苦奋斗', 'term', req=False, ctx='不屈不挠，艰苦奋斗')
ccs('把建设有中国特色社会主义伟大事业')
s(DT, '二十一世纪', False, value='20XX')  # a century (cpc-010)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
