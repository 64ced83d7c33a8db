import opencc
from _ann import DEP, DT, PE, Ann, P

# Round 30 (annotator r30d). 1954 State Council (Central People's Government)
# work report, range [17225, 19419): the foreign-policy part, from Mao's
# proclamation of 一九四九年十月一日 (「凡愿遵守平等、互利及互相尊重领土主权…」,
# 二十五个 countries) through the Soviet Union (友好同盟互助条约, 中国长春铁路,
# 中国东北, 一百四十一项), the people's democracies by their state names
# (波兰人民共和国 … 越南民主共和国, 一九五四年七月二十五日, 一九五三年十一月二十三日),
# Indochina, the Five Principles (一九五四年六月, 中印 / 中缅, the 1954 wording and
# 五项原则 ×2), the neighbours and other states (印度尼西亚共和国, 锡兰, 巴基斯坦,
# 阿富汗, 以色列, 尼泊尔, 老挝, 柬埔寨, 日本, 芬兰 … 丹麦, 英国, 挪威, 荷兰, the
# continents) and trade (一九五〇年, 蒋介石) up to the paragraph on the embargo (a
# paragraph end). Chinese numerals only.
# Annotated as traditional: the gold text is OpenCC s2t of the stored source
# (itself traditional with variant forms; s2t keeps the length); the spans are
# found on its t2s form and written with the s2t surface (as gwr-071-livelihood.py).
A = Ann('gwr-071', 17225, 19419, script='traditional')
_simp = opencc.OpenCC('t2s').convert(A.p)
assert len(_simp) == len(A.p)
A.simp = _simp
s = A.s
F = A.figure
Y = A.date
U = A.unquoted
FIG = 'FIGURE'
CPG = {'level': 'central', 'kind': 'state', 'canonical': '中央人民政府'}
INTL = {'level': 'international', 'kind': 'international organisation'}


def opt(t, n, u, ctx=None, subj=''):
    """An optional count: an anaphoric 两国 / 两个 (round 6, r29d)."""
    s(FIG, t, False, ctx=ctx, value=n, approx='exact', unit=u, subject=subj)


def state(full, short):
    """A state by its official long name: required; the short name inside optional
    (longest name, guide; 朝鲜民主主义人民共和国, 南朝鲜 with 朝鲜 inside, r15c)."""
    sp = s(P, full)
    s(P, short, False, at=sp['start'])


# Mao's proclamation
s(P, '中华人民共和国', ctx='还在中华人民共和国成立')           # the running text names the country (round 13)
s(DT, '中华人民共和国成立的第一天', False, value='1949-10-01')   # an event-anchored time (guide: optional)
Y('一九四九年十月一日', '1949-10-01')
s(PE, '毛泽东', title='主席')                                  # the name with its title outside (guide); 毛主席-style (conventions) keeps the name
s('SLOGAN', '凡愿遵守平等、互利及互相尊重领土主权等项原则的任何外国政府，本政府均愿与之建立外交关系。',
  False, kind='quotation', quoted=True)                        # quoted words of a person (conventions: optional, kind quotation)
F('二十五个', 25, '个', '同我国已经建立或正在建立外交关系的国家')
# the Soviet Union
s(P, '苏联', ctx='堡垒苏联')                                     # a country (required)
# 友好同盟互助条约: a treaty named without 《》, not annotated (r29d, cpc-006)
s(P, '苏联', ctx='。苏联根据')
s(P, '中苏', False, ctx='中苏共管')                               # joined abbreviations (round 2)
s(P, '中国长春铁路', False)                                       # a railway's (joint company's) name: undecided, optional
s(P, '中国', False, ctx='中国长春铁路')                           # inside a name (nesting)
s(P, '长春', False, ctx='中国长春铁路')                           # inside a name (nesting)
s(P, '苏联', ctx='和苏联在中国东北')
s(P, '中国东北', False)                                           # round 5: 中国东北 / 东北 optional, 中国 required
s(P, '中国', ctx='中国东北')
s(P, '东北', False, ctx='中国东北')
s(P, '日本', ctx='从日本手中')
s(P, '苏联', ctx='苏联为了')
F('一百四十一项', 141, '项', '苏联援助建设的企业')
s(P, '中苏', False, ctx='中苏两国')
opt('两国', 2, '国', ctx='中苏两国', subj='中苏')                 # anaphoric after a joined pair (round 6, r29d)
s(P, '远东', False, ctx='保障远东')                               # a region without a fixed boundary (like 东南亚, 西欧): undecided, optional
s(P, '中苏', False, ctx='中苏友谊')
# the people's democracies
state('波兰人民共和国', '波兰')
state('捷克斯洛伐克共和国', '捷克斯洛伐克')
state('匈牙利人民共和国', '匈牙利')
state('罗马尼亚人民共和国', '罗马尼亚')
state('保加利亚人民共和国', '保加利亚')
state('阿尔巴尼亚人民共和国', '阿尔巴尼亚')
state('德意志民主共和国', '德意志')
state('蒙古人民共和国', '蒙古')
state('朝鲜民主主义人民共和国', '朝鲜')
state('越南民主共和国', '越南')
Y('一九五四年七月二十五日', '1954-07-25')
state('德意志民主共和国', '德意志')
opt('两国', 2, '国', ctx='两国总理', subj='中德')
s(P, '中德', False)                                               # joined abbreviations (round 2)
opt('两国', 2, '国', ctx='中德两国', subj='中德')
s(P, '中国', ctx='中国人民和朝鲜')                                # 中国 in 中国人民 (round 3)
state('朝鲜民主主义人民共和国', '朝鲜')
s(P, '美国', ctx='反对美国侵略')
s(P, '远东', False, ctx='保衞远东')
Y('一九五三年十一月二十三日', '1953-11-23')
s(P, '中朝', False, ctx='中朝两国缔结')                            # joined abbreviations (round 5)
opt('两国', 2, '国', ctx='中朝两国缔结', subj='中朝')
# 经济及文化合作协定: a document named without 《》, not annotated (r29d)
s(P, '中朝', False, ctx='中朝两国互助')
opt('两国', 2, '国', ctx='中朝两国互助', subj='中朝')
# Indochina
s(P, '越南', ctx='越南人民')                                      # the country (越南人民, like 中国人民)
s(P, '印度支那', ctx='印度支那其他')                              # a required region name (r15c)
s(P, '印度支那', ctx='恢复印度支那和平的协议的达成')
state('越南民主共和国', '越南')
s(P, '中国', ctx='中国人民的充分')
# the Soviet camp
s(DT, '五年来', False)                          # relative time (conventions: optional)
opt('五年', 5, '年', ctx='五年来')                                 # a duration (conventions: optional)
s(P, '苏联', ctx='盟国苏联')
s(P, '苏联', ctx='以苏联为首')
# the Five Principles
s(P, '中华人民共和国', ctx='中华人民共和国一向重视')
s(P, '东南亚', False, ctx='东南亚国家和其他邻国')                  # a region without a fixed boundary (gwr-048, r29d): optional
s(P, '印度', ctx='象印度这样')
s(P, '亚洲', ctx='亚洲大国')                                      # a continent (round 4)
Y('一九五四年六月', '1954-06')
s(P, '中印', False, ctx='中印两国总理')                            # joined abbreviations (round 4)
opt('两国', 2, '国', ctx='中印两国总理', subj='中印')
s(P, '中缅', False, ctx='中缅两国总理')
opt('两国', 2, '国', ctx='中缅两国总理', subj='中缅')
U('互相尊重领土主权、互不侵犯、互不干涉内政、平等互利和和平共处')   # the standard wording of the Five Principles (round 4: required)
s('SLOGAN', '和平共处的五项原则', False, kind='formula', quoted=False)  # the list running into the name (round 4: the joined string optional)
U('五项原则', ctx='和平共处的五项原则应当')                          # the name (round 4: required; no FIGURE inside)
s(P, '中印', False, ctx='中印、中缅')
s(P, '中缅', False, ctx='中印、中缅两国')
opt('两国', 2, '国', ctx='中缅两国之间', subj='中印、中缅')
state('印度尼西亚共和国', '印度尼西亚')
s('SLOGAN', '和平共处的五项原则', False, kind='formula', quoted=False, ctx='上述和平共处的五项原则')
U('和平共处', req=False, ctx='和平共处的五项原则，应当同样')                          # without 五项原则 (round 18 list: optional)
U('五项原则', ctx='五项原则，应当同样')                          # the short form standing after the full wording (round 4: required)
s(P, '锡兰')
s(P, '巴基斯坦')
s(P, '亚洲', ctx='以及亚洲其他')
s(P, '阿富汗')
s(P, '以色列')
s(P, '尼泊尔')
# Geneva and Indochina
s(P, '日内瓦', False, ctx='日内瓦会议关于恢复')                     # a place at the start of a meeting's name (round 4, 万隆会议): optional
s(P, '印度支那', ctx='恢复印度支那和平的协议已经')
s(P, '老挝', ctx='保证了老挝')
s(P, '柬埔寨', ctx='老挝和柬埔寨的独立')
s(P, '老挝', ctx='同时，老挝')
s(P, '柬埔寨', ctx='老挝和柬埔寨又')
opt('两个', 2, '个', ctx='这两个王国', subj='王国')                  # an anaphoric count (conventions: optional)
s(P, '中东', False, ctx='同中东')                                   # optional (round 2; gwr-060-diplomacy)
s(P, '近东', False)                                                 # like 中东: undecided, optional
s(P, '非洲', ctx='非洲国家发展')                                    # a continent (round 4)
# Japan
s(P, '中国', ctx='中国人民深切')
s(P, '日本', ctx='同情日本人民')
s(P, '美国', ctx='在美国军事占领')
s(P, '日本', ctx='防止日本军国主义')
s(P, '日本', ctx='使日本人民')
s(P, '日本', ctx='希望日本能够')
s(P, '中', False, ctx='建立中、日两国')                              # one-character abbreviations (guide): optional
s(P, '日', False, ctx='日两国的正常')
opt('两国', 2, '国', ctx='两国的正常', subj='中日')
opt('两国', 2, '国', ctx='发展两国之间', subj='中日')
s(P, '中', False, ctx='是中、日两国')
s(P, '日', False, ctx='日两国人民')
opt('两国', 2, '国', ctx='两国人民的共同', subj='中日')
s(P, '远东', False, ctx='符合于远东')
s(P, '亚洲', ctx='远东和亚洲')
# the western countries
s(P, '芬兰')
s(P, '瑞典')
s(P, '瑞士')
s(P, '丹麦')
s(P, '中华人民共和国', ctx='承认中华人民共和国')
s(P, '英国', ctx='我国和英国')
s(P, '日内瓦', False, ctx='在日内瓦会议期间')
s(P, '英国', ctx='英国应当')
s(P, '中英', False, ctx='中英的和平')
s(P, '英国', ctx='最近，英国')
s(P, '美国', ctx='英国追随美国参加')
s(P, '东南亚', False, ctx='东南亚军事同盟')
s(P, '美国', ctx='又追随美国')
s(DEP, '联合国', False, ctx='在联合国中', **INTL)                   # international organisations optional (round 1)
s(P, '中英', False, ctx='增进中英关系')
s(P, '挪威')
s(P, '荷兰')
sp = s(DEP, '中华人民共和国政府', ctx='中华人民共和国政府愿意', **CPG)   # the government of a named state (round 4: 中国政府 required)
s(P, '中华人民共和国', False, at=sp['start'])                          # inside the organ's name (nesting)
s(P, '欧洲')                                                          # a continent (round 4)
s(P, '南北美洲', False)                                               # a joined pair, like 南北疆 (conventions): optional
s(P, '北美洲', False, ctx='南北美洲')                                  # the second continent written out inside the joined pair: undecided, optional (after the first measurement)
s(P, '澳洲')                                                          # a continent (round 4, 北美洲 / 大洋洲)
# trade
s(P, '中华人民共和国', ctx='中华人民共和国重视扩大')
s(DT, '五年以来', False)
opt('五年', 5, '年', ctx='五年以来')
Y('一九五〇年', '1950')
s(P, '美国', ctx='因为美国胁迫')
s(P, '中国', ctx='对中国实行')
s(PE, '蒋介石')                                                       # a named person (蒋介石卖国集团 itself is no organ)
s(P, '中国', ctx='在中国东南海面')                                    # the country (round 5)
s(P, '中国', ctx='并不是中国')
s(P, '美国', ctx='执行美国')
s(P, '美国', ctx='反对美国的禁运')

A.write()
if __name__ == '__main__':
    A.review()
