from _ann import CC, DEP, DT, PE, SL, Ann, P

# 15th CPC National Congress report (1997): the defence paragraph (同志们！在讲了
# 经济、政治和文化任务之后 … 国家安全等部门的建设, no heading of its own) and
# section 八 “推进祖国和平统一”, whole with its heading: the army's guiding
# thoughts and 总要求, 人民解放军, the cut of 五十万 after 一百万 in the 八十年代,
# the armed police; Hong Kong's return, Macao in 一九九九年, the Taiwan policy
# (“和平统一、一国两制”, 八项主张, 一个中国的原则, the quoted proposal of talks).
# Simplified script. Cut at paragraph ends (20951: first character after the
# blank lines; 22935: the `\n` before 九).
A = Ann('cpc-010', 20951, 22935)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
ARMY = {'level': 'central', 'kind': 'state', 'canonical': '中国人民解放军'}
PAP = {'level': 'central', 'kind': 'state', 'canonical': '中国人民武装警察部队'}


def taiwan(ctx, req=True):
    """台湾 as the place the text is about (台湾问题, 台湾同胞: rounds 8 and 10)."""
    s(P, '台湾', req, ctx=ctx)


def liangan(ctx):
    """两岸 (the two sides of the Strait): optional (round 10, undecided)."""
    s(P, '两岸', False, ctx=ctx)


def haixia(ctx):
    """海峡两岸 with 两岸 inside: both optional (round 10, undecided)."""
    s(P, '海峡两岸', False, ctx=ctx)
    s(P, '两岸', False, ctx=ctx)


def peace(ctx):
    """和平统一 unquoted: half of the quoted formula, a policy phrase: optional (round 18)."""
    U('和平统一', req=False, ctx=ctx)


def zuguo(ctx):
    """祖国统一: optional (r7r, undecided)."""
    U('祖国统一', req=False, ctx=ctx)


def yiguo(ctx):
    """“一国两制” quoted: required (round 1)."""
    Q('一国两制', ctx=ctx)


def hk(ctx, req=True):
    s(P, '香港', req, ctx=ctx)


def mo(ctx, req=True):
    s(P, '澳门', req, ctx=ctx)


def cn(ctx, req=True):
    """中国 as the country (中国人民, 全体中国人: rounds 3, 10, 12)."""
    s(P, '中国', req, ctx=ctx)


def yizhong(ctx):
    """一个中国的原则: the formula 一个中国原则 with 的, optional (round 10,
    undecided), with 一个中国 and 中国 inside optional."""
    sp = U('一个中国的原则', req=False, ctx=ctx)
    U('一个中国', req=False, at=sp['start'])
    s(P, '中国', False, at=sp['start'] + 2)


def heping_yiguo(ctx):
    """“和平统一、一国两制”: required; the 一国两制 inside optional (round 10)."""
    sp = Q('和平统一、一国两制', ctx=ctx)
    U('和平统一', req=False, at=sp['start'])   # inside a quoted slogan: optional
    s(SL, '一国两制', False, at=sp['start'] + 5, kind='formula', quoted=False)


# 同志们！… 国防和军队建设 (×2, a field: none) … 国家安全 (a field: none)
sp = U('邓小平新时期军队建设思想')                        # the fixed name of a thought (round 18)
s(PE, '邓小平', False, at=sp['start'])
sp = U('毛泽东军事思想')                                 # the fixed name of a thought (round 18)
s(PE, '毛泽东', False, at=sp['start'])
s(DEP, '我军', False, ctx='是我军建设', **ARMY)            # deictic (round 17/18): undecided
# the standard wording of the army's 总要求 (round 18)
U('政治合格、军事过硬、作风优良、纪律严明、保障有力', 'directive')
s(DEP, '人民解放军', **ARMY)                              # the armed force by name (round 2)
U('革命化、现代化、正规化', req=False)                    # standard wording, not named here (round 18: undecided)
F('一个', 1, '个', '新水平', req=False)                   # an article (round 12)
s(DEP, '我军', False, ctx='我军在七十年', **ARMY)
F('七十年', 70, '年', '光辉历程', req=False)              # a duration (guide)
# 党的坚强领导 / 党的绝对领导 (the Party: none; the phrase undecided, round 18)
U('党的绝对领导', req=False)
s(DEP, '党中央', ctx='同党中央保持', **CC)                # 党中央 standing alone (guide)
s(DEP, '党中央', ctx='听从党中央', **CC)
s(DEP, '人民军队', False, ctx='坚持人民军队', **ARMY)      # optional at every occurrence (round 16)
U('积极防御的军事战略方针', req=False)                    # round 18
U('有中国特色的精兵之路', req=False)                      # policy phrase (round 18: undecided)
cn('有中国特色的精兵', False)                              # 中国特色 (round 7)
U('从严治军', req=False)                                 # round 18
s(DEP, '我军', False, ctx='发扬我军', **ARMY)
U('精神文明建设', req=False)                              # a policy field: undecided
# 在八十年代裁减军队员额一百万的基础上，我国将在今后三年内再裁减军队员额五十万。
A.date('八十年代', '198X')                                # a decade (guide; round 16)
F('一百万', 1000000, '', '裁减军队员额')                   # round 10 (五十万), round 5 (20万)
s(DT, '今后三年内', False)                                # a relative time (guide)
F('三年', 3, '年', '', req=False)                 # a duration (guide)
F('五十万', 500000, '', '裁减军队员额')                    # round 10
U('科技强军', req=False)                                 # round 18 (the form without 战略)
U('社会主义市场经济体制', req=False)                      # a policy phrase
U('勤俭建军', req=False)                                 # round 18
# 各级党组织、政府 (generic organ nouns: none)
U('拥政爱民、拥军优属', 'campaign', req=False)            # round 10 (拥军优属、拥政爱民: undecided)
U('拥政爱民', 'campaign', req=False)
U('拥军优属', 'campaign', req=False)                      # r7k
U('军政、军民团结', req=False)                            # r7k / round 18 (军政军民团结)
s(DEP, '民兵', False, level='central', kind='state')     # round 18: undecided
s(DEP, '预备役部队', False, level='central', kind='state')  # round 18: undecided
s(DEP, '中国人民武装警察部队', **PAP)                      # the armed force by name (rounds 2, 5, 18)
cn('中国人民武装警察部队', False)                          # at the start of a department name (guide)
s(DEP, '人民武装警察部队', False, ctx='中国人民武装警察部队', **PAP)  # a name inside a longer name (guide)
s(DEP, '武装警察部队', False, ctx='武装警察部队', **PAP)
# 公安、国家安全等部门: generic organ nouns (公安机关 not annotated): none

# 八、推进祖国和平统一 (a heading inside the report: round 7; 八 a section number)
peace('推进祖国和平统一')
cn('海内外全体中国人')                                    # 全体中国人 (round 10)
s(DEP, '中国共产党', False, ctx='中国共产党人')            # in 中国共产党人 (round 9)
cn('中国共产党人', False)
peace('完成祖国和平统一大业')
s(PE, '邓小平', ctx='邓小平“一国两制”')                   # the person named as author
yiguo('邓小平“一国两制”的科学构想')
peace('推动了祖国和平统一')

# 香港回归祖国 …
hk('香港回归祖国')
yiguo('标志着“一国两制”构想')
cn('标志着中国人民')
zuguo('完成祖国统一大业')
hk('香港回归后')
s(DT, '香港回归后', False)                                # an event used as a time (round 10: undecided)
yiguo('“一国两制”、“港人治港”')
Q('港人治港', ctx='“港人治港”')                          # quoted formula (gwr-002)
s(P, '港', False, ctx='港人治港')                          # one-character abbreviation (round 2)
s(P, '港', False, ctx='人治港')
U('高度自治', req=False)                                  # gwr-002 / round 18
s(DEP, '香港特别行政区政府', level='province', kind='state', canonical='香港特别行政区政府')
s(P, '香港特别行政区', False, ctx='香港特别行政区政府')    # at the start of a department name (guide)
hk('香港特别行政区政府', False)
hk('香港同胞')                                           # round 13
s(P, '香港特别行政区', False, ctx='香港特别行政区基本法')  # inside the name of its law (round 5)
hk('香港特别行政区基本法', False)
hk('治理好香港')

# 澳门将于一九九九年回到祖国怀抱 … (中华民族: not annotated, round 7)
mo('澳门将于')
A.date('一九九九年', '1999')
mo('澳门回归的')
mo('澳门完全可以')

# “一国两制”构想是邓小平理论的重要组成部分 …
yiguo('“一国两制”构想是')
sp = U('邓小平理论', ctx='邓小平理论的重要组成部分')        # the doctrine meant (round 6)
s(PE, '邓小平', False, at=sp['start'])
zuguo('在祖国统一的前提下')
taiwan('在台湾、香港')
hk('台湾、香港、澳门保持')
mo('澳门保持')
zuguo('实现祖国统一、维护')
taiwan('考虑台湾、香港')
hk('香港、澳门的历史')
mo('澳门的历史')
peace('推进祖国和平统一大业')
yiguo('实行“一国两制”')
zuguo('有利于祖国统一和民族')

# 在“和平统一、一国两制”的基本方针 …
heping_yiguo('在“和平统一、一国两制”')
haixia('海峡两岸关系有了')
hk('香港顺利回归')
taiwan('解决台湾问题创造')
taiwan('台湾岛内')
s(P, '台湾岛', False, ctx='台湾岛内')                     # the island by name: undecided
peace('阻碍着和平统一')
taiwan('包括台湾同胞')
cn('在内的中国人民')

# 要坚持“和平统一、一国两制”的基本方针 …
heping_yiguo('要坚持“和平统一、一国两制”')
liangan('发展两岸关系、推进')
peace('推进祖国和平统一进程')
U('八项主张', req=False, ctx='进程的八项主张')            # round 10 (undecided)
F('八项', 8, '项', '主张', req=False)
yizhong('要坚持一个中国的原则')
Q('台独', 'term', req=False, ctx='反对“台独”，反对')      # round 1
s(P, '台', False, ctx='台独”，反对制造')
Q('两个中国', 'term', req=False)                          # round 10
cn('两个中国', False)
Q('一中一台', 'term', req=False)
# 中 and 台 in 一中一台: one-character abbreviations inside a quoted term: optional
s(P, '中', False, ctx='一中一台')
s(P, '台', False, ctx='中一台')
taiwan('改变台湾是中国')
cn('台湾是中国一部分')
taiwan('针对台湾同胞')
cn('干涉中国统一')
Q('台湾独立', 'term', req=False, ctx='搞“台湾独立”')      # round 10
taiwan('台湾独立', False)
liangan('发展两岸经济')
liangan('实现两岸直接')
U('通邮、通航、通商', req=False)                          # round 10 (undecided)
liangan('加强两岸人员')
taiwan('传统的台湾同胞')
Q('台独', 'term', req=False, ctx='坚持“台独”立场')
s(P, '台', False, ctx='台独”立场')
taiwan('欢迎台湾各党派')
liangan('有关两岸关系与')
peace('两岸关系与和平统一')

# 我们再次郑重呼吁：作为第一步 (an ordinal: none)，海峡两岸可先就“…”进行谈判
haixia('海峡两岸可先')
# the quoted proposal of talks: a quoted requirement (directive) or a quotation
# of the 1995 proposal (optional `quotation`)? Undecided: optional.
Q('在一个中国的原则下，正式结束两岸敌对状态', 'directive', req=False)
yizhong('在一个中国的原则下')
liangan('正式结束两岸敌对')
cn('维护中国的主权')
liangan('今后两岸关系')
taiwan('希望台湾当局')
s(DEP, '台湾当局', False)                                 # round 10 (undecided)
U('一个中国', req=False, ctx='在一个中国的前提下')         # round 18
cn('一个中国的前提下', False)
zuguo('有利于祖国统一的意见')
zuguo('祖国统一的问题')
liangan('由两岸中国人')
cn('两岸中国人自己')                                      # 中国人 (round 12)

# 台湾的前途系于祖国统一 …
taiwan('台湾的前途')
zuguo('系于祖国统一')
taiwan('最终解决台湾问题')
haixia('海峡两岸全体中国人')
cn('两岸全体中国人')
# 中华儿女, 中华民族: 中华 not annotated (round 7)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
