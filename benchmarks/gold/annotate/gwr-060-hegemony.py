from _ann import DEP, DT, Ann, P

# Round 35 (annotator r35a, blind). 1979 State Council government work report
# (gwr-060), range [25597, 27844): the rest of section 四 "反对霸权主义、维护世界和平"
# after gwr-060-diplomacy, from 朝鲜的和平统一 to 实现国防现代化 (a paragraph end):
# Korea (朝鲜, 远东, 朝鲜民主主义人民共和国, 四点 proposals, 中国政府), Indochina
# (印度支那, 越南当局, 柬埔寨, 东南亚国家联盟 with the quoted “和平、自由、中立区”), the
# Middle East (阿拉伯, 巴勒斯坦, 以色列政府, 中东), southern Africa (南非, 罗得西亚,
# 阿扎尼亚, 纳米比亚, 津巴布韦), 第三世界 and 不结盟运动 ×3, Viet Nam (中越, 八项原则建议,
# 三十年, 亚洲 / 太平洋), the US (中美建交, 美国方面, 台湾), the Soviet Union (苏联 ×5,
# 中苏友好同盟互助条约 on its own lines, 苏联政府 ×2), and defence (一寸 ×2, 人民解放军).
# Annotated as traditional (OpenCC s2t of the simplified source).
A = Ann('gwr-060', 25597, 27844, script='traditional')
s = A.s
FIG = 'FIGURE'
U, Q = A.unquoted, A.quoted
INTL = {'level': 'international', 'kind': 'international organisation'}
ST = {'level': 'central', 'kind': 'state'}
PLA = {'level': 'central', 'kind': 'state', 'canonical': '中国人民解放军'}


def opt(t, n, u, ctx=None, subj=None, ap='exact'):
    """An optional count: a duration, an anaphoric 两国, an article (README FIGURE; round 6; r7q)."""
    kw = {'value': n, 'approx': ap, 'unit': u}
    if subj:
        kw['subject'] = subj
    s(FIG, t, False, ctx=ctx, **kw)


def hegemonism(ctx):
    U('霸权主义', req=False, ctx=ctx)   # optional (round 19, undecided; gwr-060-diplomacy)


def cn(ctx):
    s(P, '中国', ctx=ctx)                # the country (rounds 3, 10, 12: 中国人民, 中国人)


def gov(name, ctx):
    """The government of a named state: required, the country inside optional (rounds 4, 6)."""
    s(DEP, name + '政府', ctx=ctx, canonical=name + '政府', **ST)
    s(P, name, False)                    # found from the name's start


def vn_auth(ctx):
    """越南当局: optional as DEPARTMENT like 台湾当局 (round 10); 越南 required (gwr-060-diplomacy: 介入越南当局)."""
    s(DEP, '越南当局', False, ctx=ctx, **ST)
    s(P, '越南')                         # found from the name's start


def joined(ab, ctx):
    """中越 / 中美 / 中苏: joined abbreviations optional (round 2); 中 alone not annotated."""
    s(P, ab, False, ctx=ctx)
    s(P, ab[1], False)                   # 越 / 美 / 苏 inside: optional (one-character abbreviation)


def sea(ctx):
    s(P, '东南亚', False, ctx=ctx)       # a region without fixed boundary (gwr-048; gwr-060-diplomacy)


def arab(ctx):
    s(P, '阿拉伯', False, ctx=ctx)       # optional at every occurrence (xinhua-096, undecided; gwr-060-diplomacy)


# 朝鲜的和平统一对远东的和平具有重大的意义 …
s(P, '朝鲜', ctx='朝鲜的和平统一')                    # a named country (guide)
s(P, '远东', False)                                   # without fixed bounds (Conventions decided here: like 美西方)
s(P, '朝鲜民主主义人民共和国')                        # the longest name (r15c)
s(P, '朝鲜', False, ctx='朝鲜民主主义人民共和国')     # inside it: optional (r15c)
s(FIG, '四点', value=4, approx='exact', unit='点', subject='新的建议（朝鲜提出）')   # a plain count (guide)
gov('中国', '中国政府和中国人民坚决')                 # 中国政府 required (round 4)
cn('中国人民坚决支持朝鲜')
s(P, '朝鲜', ctx='朝鲜人民这一')
# 大小霸权主义在印度支那的侵略扩张 …
hegemonism('大小霸权主义在印度支那')
s(P, '印度支那', ctx='在印度支那的侵略')              # a required region name (round 23)
sea('东南亚各国的安全')
vn_auth('要求越南当局')
s(P, '柬埔寨', ctx='从柬埔寨撤出')
s(P, '柬埔寨', ctx='支持柬埔寨人民')
s(DEP, '东南亚国家联盟', False, **INTL)                # international organisations optional (Conventions decided here)
sea('东南亚国家联盟')
Q('和平、自由、中立区')                               # a quoted formula of a named plan; not an adversary's banner (cf. “印支联邦”)
# 我们始终不渝地支持阿拉伯各国人民和巴勒斯坦人民 …
arab('阿拉伯各国人民')
s(P, '巴勒斯坦', ctx='巴勒斯坦人民的正义')
arab('侵略阿拉伯国家土地')
s(P, '巴勒斯坦', ctx='巴勒斯坦民族神圣')
gov('以色列', '以色列政府')
s(P, '以色列', ctx='纵容以色列')
arab('阿拉伯国家之间')
s(P, '以色列', ctx='反对以色列阻挠')
s(P, '中东', False, ctx='中东问题全面')               # optional (round 2)
arab('阿拉伯被占领土')
s(P, '巴勒斯坦', ctx='巴勒斯坦民族权利')
s(P, '中东', False, ctx='中东问题才能')
arab('阿拉伯人民团结')
arab('阿拉伯世界')
# 我们坚决反对南非和罗得西亚的殖民主义和种族主义统治 …
s(P, '南非')                                          # a country (gwr-063-foreign)
s(P, '罗得西亚')                                      # the state's name then
U('殖民主义和种族主义', req=False)                    # like 帝国主义、殖民主义和种族主义 (round 4, optional)
s(P, '阿扎尼亚')                                      # a named country (the liberation movements' name for South Africa)
s(P, '纳米比亚')
s(P, '津巴布韦')                                      # gwr-063-foreign
# 第三世界国家强烈要求 …
U('第三世界', req=False, ctx='第三世界国家强烈')      # a class of states (round 19, undecided)
U('新的国际经济秩序', 'term', req=False)              # a policy phrase (Conventions decided here): optional
U('第三世界', req=False, ctx='其他第三世界国家')
# 我们高度评价不结盟运动 …
s(DEP, '不结盟运动', False, ctx='评价不结盟运动', **INTL)   # international bodies optional (round 1)
opt('一个', 1, '个', ctx='一个超级大国', subj='超级大国')   # an article (r7q; README rounds 13–20 lists): optional
s(DEP, '不结盟运动', False, ctx='破坏不结盟运动', **INTL)
s(DEP, '不结盟运动', False, ctx='不结盟运动将维护', **INTL)
# 我们认为，在平等互利的基础上 … (平等互利: one of the Five Principles, unquoted alone: not annotated)
# 中国和越南过去同受帝国主义、殖民主义的奴役和欺凌 …
cn('中国和越南过去')
s(P, '越南', ctx='中国和越南过去')
opt('两国', 2, '', ctx='两国人民在长期', subj='中越')   # anaphoric (round 6: 两国 in 中美两国)
gov('中国', '中国政府和人民一贯')
s(P, '越南', ctx='同越南人民')
vn_auth('越南当局竟然')
U('社会帝国主义', 'term', req=False)                  # unquoted label of a superpower (cpc-006: optional)
s(P, '印度支那', ctx='向印度支那和东南亚')
sea('印度支那和东南亚地区')
hegemonism('推行霸权主义')
opt('两国', 2, '', ctx='两国之间的问题', subj='中越')
opt('八项', 8, '项', ctx='八项原则建议。', subj='原则建议')   # a count that names the proposals (like 八项主张, no FIGURE): undecided, optional
hegemonism('霸权主义是破坏')
joined('中越', '破坏中越关系')
s(P, '印度支那', ctx='恶化印度支那')
sea('印度支那和东南亚局势')
joined('中越', '恢复中越正常')
vn_auth('越南当局对邻近')
hegemonism('贪得无厌的霸权主义')
cn('是中国人民所不能')
sea('也是东南亚国家')
s(P, '亚洲', ctx='亚洲、太平洋')                      # continents required (round 4)
s(P, '太平洋', ctx='亚洲、太平洋许多')                # a named ocean standing alone (round 22: named natural features)
joined('中越', '而要中越关系')
cn('要中国为越南')
vn_auth('为越南当局的霸权')
hegemonism('当局的霸权主义效劳')
cn('中国人民要建设')
s(P, '越南', ctx='越南人民经历')
opt('三十年', 30, '年', ctx='三十年的战争', subj='战争')   # a duration (guide: optional)
vn_auth('奉告越南当局')
joined('中越', '以中越两国')
opt('两国', 2, '', ctx='两国人民长远', subj='中越')
sea('以东南亚各国')
cn('考虑中国方面')
opt('八项', 8, '项', ctx='中国方面的八项原则', subj='原则建议')   # anaphoric (round 6): optional
# 中美建交使两国关系展现了新的前景 …
joined('中美', '中美建交使')
opt('两国', 2, '', ctx='使两国关系展现', subj='中美')
opt('两国', 2, '', ctx='两国在各个领域', subj='中美')
s(P, '美国', ctx='美国方面能够')                      # 美国方面: the country (方面 not an organ)
joined('中美', '中美建交协议')                        # an agreement named without 《》: not annotated (cpc-006); 中美 optional
opt('两国', 2, '', ctx='两国正常关系', subj='中美')
s(P, '台湾', ctx='领土台湾')                          # the place the text is about (rounds 8, 10)
opt('两国', 2, '', ctx='保证两国关系', subj='中美')
opt('两国', 2, '', ctx='两国人民所希望', subj='中美')
# 中国和苏联曾经是友好邻邦 …
cn('中国和苏联曾经')
s(P, '苏联', ctx='中国和苏联曾经')
cn('中国人民对苏联')
s(P, '苏联', ctx='对苏联人民')
joined('中苏', '中苏关系的恶化')
cn('中国边境今天')
s(DT, '今天', False, ctx='边境今天处在')              # a relative time (Conventions decided here): optional
s(P, '苏联', ctx='苏联领导人完全')                    # 苏联领导人: persons unnamed, no organ (cf. 苏联领导集团 optional); the country required
opt('两国', 2, '', ctx='使两国被破坏', subj='中苏')
joined('中苏', '中苏友好同盟互助条约')                # a treaty named without 《》: not annotated (cpc-006); 中苏 optional
opt('两国', 2, '', ctx='解决两国间', subj='中苏')
opt('两国', 2, '', ctx='改善两国关系', subj='中苏')
gov('苏联', '苏联政府现在')
hegemonism('把反对霸权主义的原则')
hegemonism('反对霸权主义有它')
hegemonism('是否反对霸权主义')
gov('中国', '中国政府过去')
joined('中苏', '中苏谈判')
gov('苏联', '苏联政府的立场')
# 我们的社会主义现代化建设需要一个长期的和平国际环境 …
opt('一个', 1, '个', ctx='需要一个长期', subj='和平国际环境')   # an article (r7q): optional
opt('一寸', 1, '寸', ctx='别人的一寸土地', subj='土地')     # an idiom-like measure (undecided, like 一分 in r13b): optional
opt('一寸', 1, '寸', ctx='我们的一寸土地', subj='土地')
s(DEP, '人民解放军', **PLA)                            # the armed forces by name (round 2)
U('国防现代化', 'term', req=False, ctx='实现国防现代化')   # one of the four modernizations named alone (undecided): optional

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
