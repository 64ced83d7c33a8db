from _ann import DEP, DT, PE, Ann, P

# Round 38 (annotator r38a, blind): the 1998 State Council government work report,
# the end of the review: Hong Kong's return (香港 ×9, 邓小平 “一国两制”, 澳门, 台湾,
# 八个多月, “一国两制”、“港人治港”, 香港特别行政区基本法 / 政府, 中央政府, 东南亚,
# 全国人大代表), the thanks (以江泽民同志为核心的党中央, 国务院, 人民解放军, 中国),
# the problems, and the five lessons of the five years (解放思想、实事求是, 社会主义初级阶段,
# 改革开放, “三个有利于”, 稳中求进, 社会主义市场经济, 科教兴国战略, 可持续发展战略,
# 两手抓、两手都要硬) with the closing sentence (邓小平理论, 中国共产党, 以经济建设为中心,
# 四项基本原则, 有中国特色社会主义道路). Window [4542, 6968), range [4565, 6964): 2,399
# characters from the Hong Kong paragraph to the basic experience, the whole window but its
# heading line (香港顺利回归祖国…) and the trailing blank lines; the slogans and organs
# sit at both ends, so the range keeps both. Simplified script.
A = Ann('gwr-045', 4565, 6964)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
NPC = {'level': 'central', 'kind': "people's congress", 'canonical': '全国人民代表大会'}
SC = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
HKG = {'level': 'province', 'kind': 'state', 'canonical': '香港特别行政区政府'}
def hk(ctx):  # 香港 as the place (rounds 2, 5: required)
    s(P, '香港', ctx=ctx)
def opt(t, v, u, subj='', ap='exact', ctx=None):  # an optional FIGURE
    s('FIGURE', t, False, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)
def wunian(ctx, dt):  # 过去五年 / 五年来: optional DATE (relative time) and optional duration 五年
    s(DT, dt, False, ctx=ctx)
    opt('五年', 5, '年', '', ctx=ctx)

# 香港回归祖国是中华民族的盛事 …
hk('香港回归祖国是')
opt('百年', 100, '年', '', ctx='百年耻辱')                     # a duration in a set phrase (earlier gold)
hk('香港实现平稳过渡')
s(PE, '邓小平', ctx='邓小平“一国两制”')                        # the person named
Q('一国两制', ctx='“一国两制”构想')                             # quoted formula (gwr-002)
s(P, '澳门', ctx='澳门回归')
s(P, '台湾', ctx='台湾问题')                                   # the text is about it (Conventions decided here)
hk('香港回归八个多月')
opt('八个多月', 8, '个月', '香港回归以来', ap='more_than')        # a duration (guide: optional)
Q('一国两制', ctx='“一国两制”、')
Q('港人治港')                                                  # quoted formula (gwr-002)
s(P, '港', False, ctx='港人治港'); s(P, '港', False, ctx='人治港')   # one-character abbreviations (round 2)
U('高度自治', req=False)                                        # gwr-002 / round 18: optional
s(P, '香港特别行政区', False, ctx='香港特别行政区基本法')         # inside the name of its law (round 5)
s(P, '香港', False, ctx='香港特别行政区基本法')                   # inside the name of its law (round 5; slip fixed after the first measurement)
# 香港特别行政区基本法: a law's name, no SLOGAN; the whole optional as a PLACE? no: nothing written, left out
hk('香港社会稳定')
s(DEP, '中央政府', False, **SC)                                  # optional, level central (round 29)
s(DEP, '香港特别行政区政府', **HKG)                               # earlier gold: required
s(P, '香港特别行政区', False, ctx='香港特别行政区政府')            # at the start of a department name (guide)
s(P, '香港', False, ctx='香港特别行政区政府')                     # nested in a longer name (guide; slip fixed after the first measurement)
hk('支持香港为应对')
s(P, '东南亚', False)                                            # a region without fixed boundary (round 12); before an event's name
s(P, '香港特别行政区', ctx='香港特别行政区作为')                  # the region itself: required
s(P, '香港', False, ctx='香港特别行政区作为')                     # nested in a longer name (guide; slip fixed after the first measurement)
s(DEP, '全国人大', ctx='全国人大代表', **NPC)                       # the organ inside a title (guide: 中共中央总书记 → 中共中央)
hk('香港回归祖国以来')

# 各位代表！过去五年所取得的一切成就 …
wunian('过去五年所取得', '过去五年')
U('以江泽民同志为核心的党中央', req=False)                          # as in gwr-041.py
s(PE, '江泽民', title='同志', ctx='以江泽民同志为核心')              # as in gwr-041.py
s(DEP, '党中央', level='central', kind='party', canonical='中共中央', ctx='为核心的党中央')   # 党中央 standing alone counts (guide)
s(DEP, '国务院', **SC)
s(DEP, '人民解放军', level='central', kind='army')                   # the army by its name (round 6: required)
s(P, '中国', ctx='中国现代化事业')

# 我们清醒地看到 … (no span: 我国 is not a place; generic nouns)
# 各位代表！回顾过去五年的政府工作 …
wunian('过去五年的政府工作', '过去五年')
U('解放思想、实事求是', req=False)                                  # the 1978 pair (round 16: optional)
U('改革开放', 'term', req=False, ctx='改革开放和现代化建设')            # optional at every occurrence (rounds 5, 11)
U('社会主义初级阶段', 'term', req=False)                             # rounds 6, 7, 14: optional
# 第二 … 三者之间的关系
U('改革、发展、稳定', req=False, ctx='处理改革、发展、稳定三者')       # as earlier gold (optional)
opt('三者', 3, '者', '改革、发展、稳定')                             # anaphoric count (Conventions decided here)
Q('三个有利于')                                                   # quoted numbered formula; no FIGURE
s(P, '中国', ctx='解决中国所有问题')
U('稳中求进', req=False, ctx='实现稳中求进')                         # the core alone: optional (Conventions decided here)
# 第三 …
s(DT, '几年来', False)                                            # a relative time
U('社会主义市场经济', 'term', req=False, ctx='发展社会主义市场经济')    # round 6: optional
U('社会主义市场经济', 'term', req=False, ctx='社会主义市场经济条件下')
U('计划经济', 'term', req=False, ctx='计划经济体制下')               # a term (undecided: optional, earlier gold)
# 第四 …
U('科教兴国战略')                                                 # a fixed national strategy (round 6; gwr-041)
U('可持续发展战略')                                               # round 6
# 第五 …
U('两手抓、两手都要硬', 'directive', req=False, ctx='坚持两手抓、两手都要硬的方针')   # undecided: optional (earlier gold)
U('社会主义精神文明建设', 'term', req=False)                          # earlier gold: optional
U('精神文明建设', 'term', req=False, ctx='社会主义精神文明建设')
U('精神文明建设', 'term', req=False, ctx='时候，精神文明建设')
U('精神文明建设', 'term', req=False, ctx='要把精神文明建设')
U('改革开放', 'term', req=False, ctx='一手抓改革开放')                 # optional at every occurrence (rounds 5, 11)
U('两手抓、两手都要硬', 'directive', req=False, ctx='坚持两手抓、两手都要硬，才能')
# 五年来的基本经验 …
wunian('五年来的基本经验', '五年来')
U('高举邓小平理论伟大旗帜', req=False)                              # the theme wording: undecided (earlier gold)
sp = U('邓小平理论', req=False, ctx='高举邓小平理论')                # the doctrine as the modifier of 旗帜 (round 2): optional
s(PE, '邓小平', False, at=sp['start'])                             # a name inside an ideology (guide)
s(DEP, '中国共产党', False, level='central', kind='party')           # the Party as a whole (guide)
s(P, '中国', False, ctx='中国共产党在')
U('社会主义初级阶段', 'term', req=False, ctx='在社会主义初级阶段的基本路线')
U('以经济建设为中心', req=False)                                     # earlier rounds: optional
U('四项基本原则')                                                  # a fixed name (round 2); no FIGURE
U('改革开放', 'term', req=False, ctx='坚持改革开放')                  # optional at every occurrence (rounds 5, 11)
U('有中国特色社会主义道路', req=False)                               # a standard wording, as a modifier (undecided, earlier gold)
U('有中国特色社会主义', req=False, ctx='有中国特色社会主义道路')
s(P, '中国', False, ctx='有中国特色社会主义道路')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
