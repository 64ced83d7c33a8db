from _ann import DEP, DT, PE, Ann, P

# Round 29 (annotator r29d). 1979 State Council government work report, range
# [23460, 25595): section 四 "反对霸权主义、维护世界和平" from its first paragraph
# (揭批林彪、“四人帮”运动, 毛泽东同志 / 周恩来同志, 五届人大一次会议) through the year's
# visits (一年多来, 五大洲, 五十多个 / 三十多个 countries), the regions and continents
# (亚洲 / 非洲 / 拉丁美洲 / 北美 / 大洋洲, 东南亚 / 南亚 / 西欧), Japan and the US
# (去年八月, 今年一月一日, 二十多年, 中日 / 中美), the superpowers (社会帝国主义 ×3,
# “印支联邦”, “亚安体系”, 印度支那, 越南 / 老挝 / 柬埔寨), the struggles of the third world
# (不结盟运动, 非洲 ×3, 阿拉伯 / 巴勒斯坦 / 以色列, 民主柬埔寨) up to the Five Principles
# and 永远不称霸 (a paragraph end). Annotated as traditional (OpenCC s2t of the source).
A = Ann('gwr-060', 23460, 25595, script='traditional')
s = A.s
FIG = 'FIGURE'
U, Q = A.unquoted, A.quoted
NPC = {'level': 'central', 'kind': "people's congress", 'canonical': '全国人民代表大会'}
INTL = {'level': 'international', 'kind': 'international organisation'}


def opt(t, n, u, ctx=None, subj=None, ap='exact'):
    """An optional count: a duration, an anaphoric 两国 / 两个 (README FIGURE; round 6)."""
    kw = {'value': n, 'approx': ap, 'unit': u}
    if subj:
        kw['subject'] = subj
    s(FIG, t, False, ctx=ctx, **kw)


def hegemonism(ctx):
    U('霸权主义', req=False, ctx=ctx)   # optional (round 19, undecided; gwr-053-diplomacy)


# 随着揭批林彪、“四人帮”运动的不断深入 …
U('揭批林彪、“四人帮”运动', 'campaign', req=False)   # a historical campaign, unquoted as a whole: undecided, optional (like 社教运动)
s(PE, '林彪')                                        # cpc-006 / gwr-060: required
Q('四人帮', 'term', req=False)                       # round 1: a quoted faction label, optional
s(PE, '毛泽东', title='同志')
s(PE, '周恩来', title='同志')
s(DT, '五届人大一次会议', False)                     # a session used as a time (round 1; 从…以来)
s(DEP, '五届人大', False, **NPC)                     # the ordinal form optional (Conventions decided here)
s(DEP, '人大', ctx='五届人大一次', **NPC)            # 人大 required (Conventions decided here)
U('反对霸权主义、维护世界和平', req=False)          # the section's watchword, unquoted: undecided, optional
hegemonism('反对霸权主义、维护世界和平')
# 一年多来，我国领导人访问了五大洲的五十多个国家 …
s(DT, '一年多来', False)                              # a relative time (round 4: 一年多来 optional)
opt('一年多', 1, '年', ctx='一年多来', ap='more_than')   # a duration (README FIGURE)
opt('五', 5, '', ctx='五大洲', subj='大洲')           # like 六 in 六大洲 (optional, undecided)
s(FIG, '五十多个', value=50, approx='more_than', unit='个', subject='国家（我国领导人访问）')
s(FIG, '三十多个', value=30, approx='more_than', unit='个', subject='国家（领导人来访）')
# 我国同社会主义国家的团结 …
s(P, '亚洲', ctx='亚洲、非洲')                       # continents required (round 4)
s(P, '非洲', ctx='亚洲、非洲')
s(P, '拉丁美洲')                                      # round 4 / gwr-048: required
U('第三世界', req=False, ctx='第三世界国家的友谊')   # a class of states (round 19, undecided)
s(P, '东南亚', False, ctx='同东南亚和南亚')          # regions without a fixed boundary: optional (gwr-048)
s(P, '南亚', False, ctx='和南亚许多')
s(P, '西欧', False, ctx='同西欧、北美')              # optional (round 4: regions)
s(P, '北美', ctx='西欧、北美')                        # required as the continent (r15c)
s(P, '大洋洲')                                        # round 4
# 我国同日本和美国的关系 …
s(P, '日本', ctx='同日本和美国')
s(P, '美国', ctx='日本和美国')
s(DT, '去年八月', False)                              # the longer form optional (README DATE)
s(DT, '去年', False, ctx='去年八月', value='1978', resolved='1978')   # relative: optional
s(DT, '八月', ctx='去年八月', value='--08', resolved='1978-08')      # the bare month required (round 4/12: 去年十月)
s(P, '中国', ctx='中国和日本')                        # the country (round 4)
s(P, '日本', ctx='中国和日本')
s(P, '中日', False, ctx='中日两国')                   # joined abbreviations optional (round 2)
opt('两国', 2, '', ctx='中日两国', subj='中日')         # anaphoric (round 6: 两国 in 中美两国)
opt('两国', 2, '', ctx='为两国的友好', subj='中日')
s(P, '中国', ctx='中国和美国')
s(P, '美国', ctx='中国和美国')
opt('二十多年', 20, '年', ap='more_than')             # a duration (README FIGURE)
s(DT, '今年一月一日', False, value='1979-01-01')      # the longer form optional
s(DT, '今年', False, ctx='今年一月一日', value='1979', resolved='1979')
s(DT, '一月一日', ctx='今年一月一日', value='--01-01', resolved='1979-01-01')   # month-day with the year fixed
opt('两国', 2, '', ctx='使两国关系', subj='中美')
s(P, '中日', False, ctx='中日和平友好条约')           # a document named without 《》 is not annotated (cpc-006); 中日 optional
s(P, '中美', False, ctx='中美建交公报')
hegemonism('反对霸权主义的内容')
# 我国对外工作的开展 …
U('帝国主义、殖民主义、霸权主义', req=False, ctx='反对帝国主义、殖民主义、霸权主义、维护独立')   # like 帝国主义、殖民主义和种族主义 (optional)
hegemonism('殖民主义、霸权主义、维护独立')
# 一年多的国际形势 …
opt('一年多', 1, '年', ctx='一年多的国际形势', ap='more_than')   # a duration
opt('两个', 2, '个', ctx='两个超级大国', subj='超级大国')       # anaphoric (round 27, gwr-053)
U('社会帝国主义', 'term', req=False, ctx='社会帝国主义在这一时期')   # unquoted label of a superpower (cpc-006: optional)
s(P, '欧洲', ctx='它在欧洲')                          # continents required (round 4)
s(P, '西欧', False, ctx='对西欧国家')
s(P, '非洲', ctx='在非洲、中东')
s(P, '中东', False, ctx='非洲、中东')                 # optional (round 2)
s(P, '海湾', False, ctx='中东、海湾')                 # a region without a fixed boundary, like 中东 (optional)
s(P, '南亚', False, ctx='海湾和南亚')
s(P, '欧洲', ctx='窒息欧洲')
s(P, '亚洲太平洋地区', False)                         # optional (round 16, gwr-053)
s(P, '亚洲', False, ctx='亚洲太平洋地区')
s(P, '太平洋', False, ctx='亚洲太平洋地区')
s(P, '越南', ctx='介入越南当局')
s(P, '老挝')
s(P, '柬埔寨', ctx='侵略柬埔寨')
Q('印支联邦', 'term', req=False)                      # the adversary's quoted banner (cpc-006: optional)
s(P, '印度支那', ctx='以印度支那为基地')              # a required region name (round 23)
Q('亚安体系', 'term', req=False)
hegemonism('大小霸权主义在印度支那地区')
s(P, '印度支那', ctx='在印度支那地区')
U('社会帝国主义', 'term', req=False, ctx='而社会帝国主义争霸')
U('社会帝国主义', 'term', req=False, ctx='社会帝国主义是当前')
# 在动荡不定的世界局势中 …
U('第三世界', req=False, ctx='首先是第三世界各国')
U('帝国主义、殖民主义、霸权主义', req=False, ctx='反对帝国主义、殖民主义、霸权主义、争取')
hegemonism('殖民主义、霸权主义、争取')
s(DEP, '不结盟运动', False, ctx='不结盟运动作为', **INTL)   # international bodies optional (round 1)
U('反帝、反殖、反霸', req=False)                      # round 4: optional
s(P, '非洲', ctx='非洲人民坚决')
s(P, '非洲', ctx='主张非洲事务')
s(P, '非洲', ctx='由非洲人')
s(P, '南部非洲', False)                               # part of a continent, like 欧洲东部 (optional, continent inside required)
s(P, '非洲', ctx='南部非洲')
U('帝国主义、殖民主义、种族主义', req=False)          # like 帝国主义、殖民主义和种族主义 (optional)
s(P, '阿拉伯', False, ctx='阿拉伯各国和巴勒斯坦')     # optional at every occurrence (xinhua-096, undecided)
s(P, '巴勒斯坦', ctx='阿拉伯各国和巴勒斯坦')
s(P, '中东', False, ctx='解决中东问题')
s(P, '以色列', ctx='对以色列')
s(P, '民主柬埔寨', False)                             # the state's name then, or 柬埔寨 with a modifier: nothing written, both optional (round 29)
s(P, '柬埔寨', False, ctx='民主柬埔寨')               # optional likewise (round 29, undecided)
hegemonism('地区霸权主义的侵略')
s(P, '越南', ctx='给越南侵略军')
hegemonism('面对霸权主义')
s(P, '西欧', False, ctx='西欧和日本都')
s(P, '日本', ctx='西欧和日本都')
s(P, '西欧', False, ctx='西欧国家之间')
hegemonism('同霸权主义进行')
hegemonism('遏制霸权主义')
# 维护世界和平，反对侵略战争 … (限制战略武器谈判: the name of talks, not annotated)
# 我国一贯奉行和平外交政策 …
U('和平外交政策', req=False, ctx='奉行和平外交政策')   # institution-like names optional (round 2: 独立自主的和平外交政策)
U('无产阶级国际主义', 'term', req=False)              # undecided: a doctrine's name, optional
U('反帝反殖反霸', req=False)                          # the same formula without 、 (round 4: optional)
s(PE, '毛泽东', title='同志', ctx='遵循毛泽东同志')
U('三个世界', req=False, ctx='关于三个世界的论断')    # round 18: optional, no FIGURE
U('第三世界', req=False, ctx='同第三世界各国')
hegemonism('反对霸权主义的侵略政策')
U('互相尊重主权和领土完整、互不侵犯、与不干涉内政、平等互利、和平共处')   # the list before 五项原则: required (round 4)
U('和平共处五项原则', req=False)                      # the string running into the name: optional (round 4)
U('五项原则', ctx='和平共处五项原则')                 # the name: required (round 4)
U('永远不称霸', req=False)                            # optional (永远不称霸、永远不搞扩张, optional list)

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
