from _ann import DEP, DT, PE, Ann, P

# Round 29 (annotator r29b), blind. 15th CPC National Congress report (1997),
# source range [10194, 12425): the last paragraph of section 四 (the basic programme,
# 邓小平理论, 党的基本路线), the heading and opening of section 五 “经济体制改革和经济
# 发展战略” (下世纪的前十年, “九五”计划, 二零一零年, 下世纪中叶, 两大课题) and its points
# (一) the ownership structure (公有制为主体、多种所有制经济共同发展, “三个有利于”,
# 十一届三中全会以来, 股份制, 资本主义 / 社会主义) and (二) the reform of state enterprises
# up to 全心全意依靠工人阶级 (“产权清晰、权责明确、政企分开、管理科学”, 抓好大的，放活小的).
# Traditional script (OpenCC s2t of the simplified source). Cut at paragraph ends:
# 10194 is the first character after the blank lines that follow cpc-010-8338-10192;
# 12425 follows the `\n` after “…全心全意依靠工人阶级的方针。”.
A = Ann('cpc-010', 10194, 12425, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
CPC = {'level': 'central', 'kind': 'party'}


def ccs(ctx):
    """建设有中国特色社会主义 as a modifier: optional with its parts (round 14; cpc-010-closing)."""
    sp = U('建设有中国特色社会主义', req=False, ctx=ctx)
    U('有中国特色社会主义', req=False, at=sp['start'] + 2)
    U('中国特色社会主义', req=False, at=sp['start'] + 3)
    s(P, '中国', False, at=sp['start'] + 3)                      # a place inside a formula (round 5)


def stage(ctx):
    """社会主义初级阶段: optional at every occurrence (rounds 6, 7, 14; cpc-010-stage)."""
    U('社会主义初级阶段', 'term', req=False, ctx=ctx)


def sme(ctx, tizhi=True):
    """社会主义市场经济(体制): optional terms (round 6; cpc-010-review)."""
    if tizhi:
        sp = U('社会主义市场经济体制', 'term', req=False, ctx=ctx)
        U('社会主义市场经济', 'term', req=False, at=sp['start'])
    else:
        U('社会主义市场经济', 'term', req=False, ctx=ctx)


def socialism(ctx):
    """社会主义 standing alone: optional (round 6, undecided; cpc-010-closing)."""
    U('社会主义', 'term', req=False, ctx=ctx)


# 上述建设有中国特色社会主义的经济、政治、文化的基本目标和基本政策，…构成党在社会主义初级阶段的基本纲领。
ccs('上述建设有中国特色社会主义的经济')
U('党在社会主义初级阶段的基本纲领', req=False)               # like 党在社会主义初级阶段的基本路线 (cpc-010-stage): optional
stage('党在社会主义初级阶段的基本纲领')
# 这个纲领，是邓小平理论的重要内容，是党的基本路线在…的展开，是这些年来最主要经验的总结。
sp = U('邓小平理论', ctx='是邓小平理论的重要内容')           # the doctrine meant (round 6; cpc-010-defence: 的重要组成部分)
s(PE, '邓小平', False, at=sp['start'])                        # a person inside a doctrine name (guide)
U('党的基本路线', req=False)                                  # optional (round 5; cpc-010-review)
s(DT, '这些年来', False)                                      # a relative time (round 17, README l. 3937)

# 五、经济体制改革和经济发展战略 (a heading; 五 a section number: none)
# 从现在起到下世纪的前十年，是我国实现第二步战略目标、向第三步战略目标迈进的关键时期。
s(DT, '下世纪的前十年', False, value='2001/2010')             # relative (1997): like 前十年 / 本世纪中叶 (round 21)
s(DT, '下世纪', False, value='20XX')                          # a century named relatively: optional
s(DT, '前十年', False, value='2001/2010')                     # round 21: optional
F('前十年', 10, '年', '', req=False)                           # a duration (README: 前五年)
F('十年', 10, '年', '', req=False, ctx='前十年')
# 第二步 / 第三步战略目标: ordinals (guide): none
# 努力实现“九五”计划和二零一零年远景目标，为下世纪中叶基本实现现代化打下坚实基础。
sp = s(DT, '九五', False, value='1996/2000')                  # a five-year-plan period (README conventions)
Q('九五', 'period', req=False, at=sp['start'])
s(DT, '二零一零年', value='2010')                              # a year in Chinese numerals (round 3; cpc-010-closing)
s(DT, '下世纪中叶', False, value='205X')                      # like 本世纪中叶 (rounds 5, 21): optional
s(DT, '下世纪', False, ctx='下世纪中叶', value='20XX')
# 建立比较完善的社会主义市场经济体制，保持国民经济持续快速健康发展，是必须解决好的两大课题。
sme('建立比较完善的社会主义市场经济体制')
F('两大', 2, '', '课题', req=False)                            # an anaphoric count after a closed list (round 3: 两大主题)
F('两大课题', 2, '', '课题', req=False)
# 要坚持社会主义市场经济的改革方向，…
sme('要坚持社会主义市场经济的改革方向', tizhi=False)
F('一条', 1, '条', '路子', req=False, ctx='走出一条')         # the article count (round 2)

# （一）调整和完善所有制结构。公有制为主体、多种所有制经济共同发展，是我国社会主义初级阶段的一项基本经济制度。
U('公有制为主体、多种所有制经济共同发展', req=False)        # a system's wording (round 14; cpc-010-stage): optional
stage('我国社会主义初级阶段的一项')
F('一项', 1, '项', '基本经济制度', req=False)                  # the article count (round 2)
# 第一，我国是社会主义国家，…第二，我国处在社会主义初级阶段，…第三，一切符合“三个有利于”的…
# 第一 / 第二 / 第三: list numbers (guide); 社会主义国家, 社会主义经济制度: none
stage('我国处在社会主义初级阶段')
Q('三个有利于')                                               # a quoted numbered formula (kind formula); no FIGURE (guide)
socialism('为社会主义服务')

# 十一届三中全会以来，我们党…制定以公有制为主体、多种经济成分共同发展的方针，…
s(DT, '十一届三中全会以来', False)                             # an event used as a time (round 1; cpc-010-review)
s(DT, '十一届三中全会', False)
s(DEP, '十一届三中全会', False, **CPC)                         # a plenary session: optional DEP and DATE (round 15)
U('以公有制为主体、多种经济成分共同发展', req=False)          # the system's wording (cpc-010-review: undecided)

# 要全面认识公有制经济的含义。… (公有制经济, 国有经济, 集体经济, 全国: none)
# 集体所有制经济是…共同致富原则 (none) …
# 公有制实现形式可以而且应当多样化。…股份制是现代企业的一种资本组织形式，…资本主义可以用，社会主义也可以用。
F('一种', 1, '种', '资本组织形式', req=False)                  # the article count (round 2)
U('资本主义', 'term', req=False, ctx='资本主义可以用')          # standing alone (round 15; cpc-010-stage): optional
socialism('社会主义也可以用')
# 非公有制经济是我国社会主义市场经济的重要组成部分。…
sme('我国社会主义市场经济的重要组成部分', tizhi=False)

# （二）加快推进国有企业改革。… 对建立社会主义市场经济体制和巩固社会主义制度，…
sme('对建立社会主义市场经济体制')
# 建立现代企业制度是国有企业改革的方向。要按照“产权清晰、权责明确、政企分开、管理科学”的要求，…
U('现代企业制度', 'term', req=False, ctx='建立现代企业制度是')  # a policy phrase (README SLOGAN: optional)
Q('产权清晰、权责明确、政企分开、管理科学', 'directive')      # a quoted requirement (…的要求): required (guide)
U('政企分开', req=False, ctx='推动政企分开')                   # an unquoted part of the quoted requirement (undecided: optional)
# 把国有企业改革同改组、改造、加强管理结合起来。要着眼于搞好整个国有经济，抓好大的，放活小的，…
U('抓好大的，放活小的', req=False)                             # the standard wording of 抓大放小 (undecided: optional)
# 跨地区、跨行业、跨所有制和跨国经营, 股份合作制, 企业党组织 (generic): none
U('全心全意依靠工人阶级', req=False)                           # round 9: undecided, optional

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
