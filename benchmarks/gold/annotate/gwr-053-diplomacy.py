from _ann import DEP, DT, Ann, P

# Round 27 (annotator r27c). 1986 State Council report on the 7th Five-Year Plan, range
# [22253, 24512): section 四 "坚持独立自主的和平外交政策" from 当前的国际局势 (美苏 ×2, the
# quoted “和平”、“裁军”, 亚洲太平洋地区, 柬埔寨 / 阿富汗 ×2, “热点”, 第三世界, 不结盟运动,
# 欧洲 / 日本 / 大洋洲), the five years' record (“一个国家两种制度”, 英国, 香港, 建国以来) and
# the ten points 第一 to 第十 (中国 ×25, 霸权主义, 中美 / 中美公报, 中苏, 三大障碍, the Five
# Principles, 第三世界 ×5, 南北关系 / 南南合作, 联合国宪章, 联合国组织, 联合国, 中国政府).
# Annotated as traditional (OpenCC s2t of the source). Cut before 所有这些.
A = Ann('gwr-053', 22253, 24512, script='traditional')
s = A.s
FIG = 'FIGURE'
U, Q = A.unquoted, A.quoted
INTL = {'level': 'international', 'kind': 'international organisation'}


def cn(ctx, req=True):
    """中国 as the country (README PLACE; required)."""
    s(P, '中国', req, ctx=ctx)


def opt(t, n, u, ctx=None, subj=None):
    """An anaphoric or vague count: optional (rounds 1-2)."""
    kw = {'value': n, 'approx': 'exact', 'unit': u}
    if subj:
        kw['subject'] = subj
    s(FIG, t, False, ctx=ctx, **kw)


def meisu(ctx):
    """美苏: joined abbreviations optional, and 美 / 苏 inside them (round 19, cpc-006)."""
    sp = s(P, '美苏', False, ctx=ctx)
    s(P, '美', False, at=sp['start'])
    s(P, '苏', False, at=sp['start'] + 1)


# 当前的国际局势…
opt('两个', 2, '个', ctx='来自两个超级大国', subj='超级大国')   # the two superpowers: an anaphoric count (undecided, round 27)
meisu('美苏恢复对话')
meisu('美苏双方')
Q('和平', 'term', req=False)                       # the superpowers' words, quoted (cpc-006: the adversary's quoted banners, optional)
Q('裁军', 'term', req=False)
cn('中国人民对同')
s(P, '亚洲太平洋地区', False)                      # 亚太 optional (round 16); a region
s(P, '亚洲', False, ctx='亚洲太平洋地区')          # inside the longer name: optional
s(P, '太平洋', False, ctx='亚洲太平洋地区')
s(P, '柬埔寨', ctx='特别是柬埔寨')
s(P, '阿富汗', ctx='阿富汗等')
Q('热点', 'term', req=False)                       # a quoted coinage (README SLOGAN: optional, kind term)
s(P, '柬埔寨', ctx='撤出柬埔寨')
s(P, '阿富汗', ctx='和阿富汗')
# 由于超级大国…
cn('包括中国在内')
U('第三世界', req=False, ctx='广大第三世界国家')  # a class of states in the theory, not PLACE (round 19, undecided)
s(DEP, '不结盟运动', False, **INTL)               # international bodies optional (round 1)
s(P, '欧洲', ctx='欧洲和日本')                     # continents required (round 4)
s(P, '日本')
s(P, '大洋洲')
# 在过去的五年中…
s(DT, '过去的五年', False)                         # a relative time: optional (README DATE)
opt('五年', 5, '年', ctx='过去的五年中')            # a duration: optional (README FIGURE)
Q('一个国家两种制度')                              # the quoted formula (like “一国两制”, round 11); no FIGURE
s(P, '英国')
s(P, '香港', ctx='香港问题')                        # the place the question is about
s(DT, '建国以来', False)                           # README DATE: optional
# 我国对外工作的进展…
U('独立自主的和平外交政策', req=False, ctx='奉行的独立自主的和平外交政策')   # institution-like name: optional (round 2)
opt('十个', 10, '个', ctx='以下十个方面', subj='方面')   # the count of the list that follows: optional (round 9)
# 第一、 … 第十、: list numbers, no FIGURE
cn('中国从本国')
U('霸权主义', req=False, ctx='反对霸权主义、维护')   # optional (round 19, undecided)
cn('中国主张')
opt('一两个', 1, '个', ctx='一两个超级大国', subj='超级大国')   # a pair of adjacent numerals: optional (round 16: 两三次)
cn('中国自己')
U('霸权主义', req=False, ctx='形式出现的霸权主义')
cn('中国在任何时候和')
cn('中国判断')
cn('中国决不依附')
cn('中国坚持谋求')
s(P, '中美', False, ctx='中美关系')                 # joined abbreviations optional (round 2)
s(P, '中美', False, ctx='中美公报')                 # a document named without 《》 is not annotated; 中美 optional
s(P, '中苏', False, ctx='中苏关系')
U('三大障碍', req=False)                            # an unquoted numbered designation: undecided, optional (round 27); no FIGURE
cn('中国信守')
U('互相尊重主权和领土完整、互不侵犯、互不干涉内政、平等互利、和平共处')   # the list before 五项原则: required (round 4)
U('和平共处五项原则', req=False)                   # the string running into the name: optional (round 4)
U('五项原则', ctx='和平共处五项原则')              # the name: required (round 4)
cn('中国坚决反对任何')
cn('中国坚决反对一切')
cn('中国属于')
U('第三世界', req=False, ctx='中国属于第三世界')
U('第三世界', req=False, ctx='同第三世界国家的团结')
cn('中国坚决反对帝国主义')
U('帝国主义、殖民主义和种族主义', req=False)       # like 反帝、反殖、反霸 (round 4, undecided)
U('第三世界', req=False, ctx='支持第三世界国家')
cn('中国支持第三世界')
U('第三世界', req=False, ctx='支持第三世界国家发展')
s(P, '南北', False, ctx='南北关系')                 # 南北 (north and south of the world): optional (like 南北疆)
U('南南合作', req=False)                            # optional (round 4)
cn('中国殷切')
U('第三世界', req=False, ctx='希望第三世界国家')
cn('中国反对军备竞赛')
cn('中国在进行第一次')
# 第一次核试验: an ordinal
opt('两个', 2, '个', ctx='两个超级大国应当', subj='超级大国')   # anaphoric, as above
cn('中国还主张')
cn('中国坚持长期')
cn('中国的开放政策')
cn('中国遵循')
s(DEP, '联合国', False, ctx='联合国宪章', **INTL)   # inside the name of a document (联合国宪章): optional
s(DEP, '联合国组织', False, **INTL)                 # international organisations optional (round 1)
s(DEP, '联合国', False, ctx='联合国及其各专门机构', **INTL)
cn('中国广泛参加')
cn('中国重视')
sp = s(DEP, '中国政府', level='central', kind='state', canonical='中华人民共和国国务院')   # required (round 4)
s(P, '中国', False, at=sp['start'])                 # inside 中国政府: optional (round 4)

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
