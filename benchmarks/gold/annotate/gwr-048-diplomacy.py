from functools import partial

from _ann import DEP, DT, PE, SL, Ann, P

# Round 28 (r28c, blind): 1994 State Council government work report, gwr-048, range
# [13376, 15343): the defence paragraph of section 五 (积极防御的战略, 中国人民解放军,
# 毛泽东军事思想, 邓小平新时期军队建设思想, 江泽民同志's quoted 总要求, 人民武装警察部队),
# section 六 “积极促进祖国和平统一” (“和平统一、一国两制”, 香港 / 澳门, the two Basic Laws,
# 全国人大及其常委会, 中葡 / 中英, １９９４／１９９５年, 香港特别行政区筹委会预备工作委员会 and
# 预委会, 英国, 一个中国的原则, 台湾当局) and section 七 “关于外交工作” to the UN paragraph
# (日本, 俄罗斯, 韩国, 东南亚 / 南亚 / 中亚, 亚洲, 非洲, 拉丁美洲, 欧共体, 中德 / 中法 / 中美,
# 二十一世纪, 联合国安理会, １９９５年, 北京). Traditional script (OpenCC s2t of the source),
# annotated on the simplified text; full-width digits. Cut at paragraph ends (13376: the
# first character of 为了保卫国家安全; 15343: the `\n` before 无论国际风云如何变幻).
A = Ann('gwr-048', 13376, 15343, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
opt_fig = partial(A.figure, req=False)   # an optional FIGURE
ARMY = {'level': 'central', 'kind': 'state', 'canonical': '中国人民解放军'}
PAP = {'level': 'central', 'kind': 'state', 'canonical': '中国人民武装警察部队'}
GOV = {'level': 'central', 'kind': 'state', 'canonical': '中华人民共和国国务院'}
NPC = {'level': 'central', 'kind': "people's congress"}
INT = {'kind': 'international'}


def hk(ctx, req=True):
    s(P, '香港', req, ctx=ctx)


def mo(ctx, req=True):
    s(P, '澳门', req, ctx=ctx)


def cn(ctx, req=True):
    """中国 as the country (中国人民, 中国同…: rounds 3, 10, 12)."""
    s(P, '中国', req, ctx=ctx)


def gov(ctx):
    """中国政府: required (round 2, gwr-047-reunification), 中国 inside optional."""
    sp = s(DEP, '中国政府', ctx=ctx, **GOV)
    s(P, '中国', False, at=sp['start'])


def peace(ctx):
    """和平统一 unquoted: optional (round 18; cpc-010-defence)."""
    U('和平统一', req=False, ctx=ctx)


def zuguo(ctx):
    """祖国统一: optional (r7r, undecided; cpc-010-defence)."""
    U('祖国统一', req=False, ctx=ctx)


def liangan(ctx):
    """两岸: optional (round 10, undecided)."""
    s(P, '两岸', False, ctx=ctx)


def haixia(ctx):
    """海峡两岸 with 两岸 inside: both optional (round 10, undecided)."""
    sp = s(P, '海峡两岸', False, ctx=ctx)
    s(P, '两岸', False, at=sp['start'] + 2)


def taiwan(ctx, req=True):
    """台湾 as the place the text is about (rounds 8 and 10)."""
    s(P, '台湾', req, ctx=ctx)


def joined(t, ctx=None):
    """Joined one-character abbreviations (中葡, 中英, 中朝, 中德, 中法, 中美): optional (round 2)."""
    s(P, t, False, ctx=ctx)


def year(t, ctx, v='1994'):
    """Relative times (新的一年, 去年): optional (README "Conventions decided here")."""
    s(DT, t, False, ctx=ctx, value=v, resolved=v)


# 为了保卫国家安全，必须加强国防现代化建设 …
U('积极防御的战略', req=False)                              # like 积极防御的军事战略方针 (round 18, cpc-010-defence)
s(DEP, '中国人民解放军', **ARMY)                             # the armed force by name (round 2; xinhua-075)
cn('中国人民解放军', False)                                  # at the start of a department name (guide)
s(DEP, '人民解放军', False, ctx='中国人民解放军', **ARMY)    # a name inside a longer name (guide)
sp = U('毛泽东军事思想')                                     # the fixed name of a thought (round 18)
s(PE, '毛泽东', False, at=sp['start'])                       # a name inside a doctrine's name (guide)
sp = U('邓小平新时期军队建设思想')                           # round 18
s(PE, '邓小平', False, at=sp['start'])
s(PE, '江泽民', title='同志')                               # round 15 (title 同志)
Q('政治合格、军事过硬、作风优良、纪律严明、保障有力', 'directive')   # the army's 总要求 (round 18), quoted here
U('有中国特色的精兵之路', req=False)                         # round 18 (cpc-010-defence)
cn('有中国特色的精兵', False)                                # 中国特色 (round 7)
s(DEP, '人民军队', False, ctx='发扬人民军队', **ARMY)         # optional at every occurrence (round 16)
U('拥政爱民、拥军优属', 'campaign', req=False)                # round 10 (…活动), cpc-010-defence
U('拥政爱民', 'campaign', req=False)
U('拥军优属', 'campaign', req=False)                          # r7k
U('军政团结和军民团结', req=False)                            # like 军政、军民团结 (r7k / round 18): optional
s(DEP, '民兵', False, level='central', kind='state')          # round 18: undecided, optional
# 预备役工作, 国防后备力量: no organ named
s(DEP, '人民武装警察部队', **PAP)                             # required (README round 18, like 武警部队 round 2)
s(DEP, '武装警察部队', False, ctx='人民武装警察部队', **PAP)  # inside the longer name
# 公安、安全部门: generic organ nouns (cpc-010-defence): none

# 六、积极促进祖国和平统一 (a heading; 六 a section number)
peace('积极促进祖国和平统一')
year('新的一年', '在新的一年')
sp = Q('和平统一、一国两制')                                  # required (round 10; cpc-010-defence)
U('和平统一', req=False, at=sp['start'])                      # inside a quoted slogan: optional
s(SL, '一国两制', False, at=sp['start'] + 5, kind='formula', quoted=False)
zuguo('推进祖国统一大业')

# 我国恢复对香港和澳门行使主权 …
hk('对香港和澳门')
mo('香港和澳门行使')
gov('中国政府将一如既往')
s(P, '香港特别行政区', False, ctx='香港特别行政区基本法')      # an SAR inside the name of its law (round 5)
hk('香港特别行政区基本法', False)
s(P, '澳门特别行政区', False, ctx='澳门特别行政区基本法')
mo('澳门特别行政区基本法', False)
# 香港特别行政区基本法, 澳门特别行政区基本法: names of laws, no label (gwr-047-reunification)
s(DEP, '全国人大', ctx='全国人大及其常委会', **NPC, canonical='全国人民代表大会')   # the named organ (round 4 / prov2026-006: 市人大 in 市人大及其常委会)
s(DEP, '常委会', False, ctx='及其常委会', **NPC)              # 常委会 in …及其常委会: optional (round 4)
hk('确保香港和澳门')
mo('香港和澳门政权')
joined('中葡')
opt_fig('两', 2, '', '国', ctx='中葡两国')                    # anaphoric count (gwr-047-reunification)
opt_fig('两国', 2, '国', '', ctx='两国在澳门')
mo('在澳门问题')
joined('中英')
opt_fig('两', 2, '', '国', ctx='中英两国')
opt_fig('两国', 2, '国', '', ctx='两国政府代表')
hk('关于香港')
s(DT, '１９９４／１９９５年', False, value='1994/1995')          # the pair as a whole: optional (undecided)
A.date('１９９４', '1994', ctx='１９９４／１９９５年')           # an elliptic pair of years (README: 一九七九和一九八○两年)
A.date('１９９５年', '1995', ctx='１９９５年选举')
s(P, '英', False, ctx='在于英方')                              # one-character abbreviation (gwr-047-reunification)
# 基本法 alone: no label
s(DEP, '全国人大常委会', ctx='全国人大常委会的决定', **NPC, canonical='全国人民代表大会常务委员会')
s(DEP, '香港特别行政区筹委会预备工作委员会', **NPC,
  canonical='全国人民代表大会常务委员会香港特别行政区筹备委员会预备工作委员会')   # the longest name (gwr-047-reunification)
s(DEP, '香港特别行政区筹委会', False, ctx='香港特别行政区筹委会预备', **NPC)   # inside a longer name (guide)
s(P, '香港特别行政区', False, ctx='香港特别行政区筹委会')       # at the start of a department name (guide)
hk('香港特别行政区筹委会', False)
s(DEP, '预委会', **NPC, canonical='全国人民代表大会常务委员会香港特别行政区筹备委员会预备工作委员会')  # its short name (guide: abbreviated names)
hk('团结香港同胞')                                             # round 13
s(P, '香港特别行政区', ctx='筹建香港特别行政区')               # the SAR as the place (gwr-047-reunification)
hk('香港特别行政区及其', False)
# 第一届政府和立法机关: an ordinal and generic organs: none
s(P, '英国')
hk('英国在香港')
gov('中国政府和中国人民都有')
cn('和中国人民都有')                                           # 中国人民 (round 3)
hk('恢复对香港行使')
hk('保持香港的')
hk('希望香港同胞')

# 经过海峡两岸人民的共同努力 …
haixia('经过海峡两岸')
year('去年', '去年两岸', '1993')
liangan('去年两岸')
sp = U('一个中国的原则', req=False)                            # round 10 (undecided), gwr-047-reunification
U('一个中国', req=False, at=sp['start'])
s(P, '中国', False, at=sp['start'] + 2)
haixia('解决海峡两岸')
peace('实现祖国和平统一，是')
cn('全体中国人民')                                             # round 10
# 中华民族: not annotated (round 7)
taiwan('寄希望于台湾当局')
s(DEP, '台湾当局', False)                                      # round 10 (undecided)
taiwan('台湾人民')
taiwan('台湾方面')
liangan('发展两岸关系')
peace('推进祖国和平统一而')

# 七、关于外交工作 (a heading)
U('多极化', 'term', req=False)                                 # gwr-047-reunification (undecided)
U('霸权主义和强权政治', 'term', req=False)                     # round 6 list; gwr-047-reunification
# 国际社会, 世界各国: none

# 在复杂多变的国际形势下 …
U('独立自主的和平外交政策', req=False)                          # round 3: optional

# 我国同周边各国的睦邻友好关系进一步加强 …
joined('中朝')                                                 # round 2 (中朝, 中美)
s(P, '日本'); s(P, '俄罗斯'); s(P, '韩国')
s(P, '东南亚', False)                                          # regions without fixed boundary (round 12: 中亚 optional)
s(P, '南亚', False, ctx='、南亚')                               # slip fixed: it was found inside 东南亚
s(P, '中亚', False)
s(P, '亚洲')                                                   # a continent (round 4)
s(P, '非洲')                                                   # round 12
s(P, '拉丁美洲')                                               # round 12 (拉美), earlier golds
s(P, '南太平洋地区', False)                                    # a region (undecided: optional)
s(P, '太平洋', False, ctx='南太平洋地区')                      # the ocean inside the region's name: optional
# 发展中国家: no place (round 2)

# 中国同西欧国家和欧共体的关系 …
cn('中国同西欧国家和')
s(P, '西欧', False, ctx='西欧国家和欧共体')                    # a region without fixed boundary (earlier golds)
s(DEP, '欧共体', False, **INT)                                 # like 欧盟: optional as DEPARTMENT and PLACE
s(P, '欧共体', False)
joined('中德')
joined('中法')
cn('中国同西欧国家经贸')
s(P, '西欧', False, ctx='西欧国家经贸')

# 中美两国保持正常稳定的关系 …
joined('中美', ctx='中美两国')
opt_fig('两', 2, '', '国', ctx='中美两国')                     # anaphoric (round 2)
opt_fig('两国', 2, '国', '', ctx='两国保持')
s(P, '亚太', False, ctx='亚太地区乃至')                        # optional at every occurrence (undecided, earlier round)
s(P, '亚太地区', False, ctx='亚太地区乃至')                    # the region with 地区: optional too (undecided, like 南太平洋地区; after the first measurement)
joined('中美', ctx='处理中美关系')
s(DT, '二十一世纪', False, value='20XX')                       # a century alone (round 5)
joined('中美', ctx='中美三个联合公报')
opt_fig('三个', 3, '个', '联合公报', ctx='中美三个联合公报')    # undecided: the count inside the documents' standing name
joined('中美', ctx='中美关系就会')

# 中国作为联合国安理会常任理事国 …
cn('中国作为')
s(DEP, '联合国安理会', False, **INT)                            # an international body (README)
s(DEP, '联合国', False, ctx='联合国安理会', **INT)
# 第四届世界妇女大会: a conference, not annotated (gwr-047-reunification); 第四届 an ordinal
A.date('１９９５年', '1995', ctx='１９９５年将在北京')
s(P, '北京', ctx='将在北京召开')
gov('中国政府和人民正在')
cn('中国主张积极')
U('南南合作', req=False)                                        # README (policy phrase list)
U('南北对话', req=False)                                        # like 南南合作
cn('中国主张全面')
# 核武器, 全面禁止核试验条约 (the name of a treaty): none
cn('中国不搞')
cn('中国支持')
s(P, '亚太地区', False, ctx='亚太地区的安全')                    # as above
s(P, '亚太', False, ctx='亚太地区的安全')

if __name__ == '__main__':
    A.write()
