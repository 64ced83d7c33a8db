# Round 40 (annotator r40d, blind), gwr-063: 1964 State Council government work
# report (summary in the third person), range [13879, 15984) (the allowed window
# [13876, 15984) from the first heading after its blank lines): the heading and
# section on revolutionising the organs and cadres (周恩来总理, 周总理 ×4, 解放军 ×2
# with the quoted “四个第一” and “三八作风”, 大庆, 大寨, 马克思列宁主义, 毛泽东思想 ×3,
# 群众路线, 百分之九十五以上), and the opening of part three on the international
# situation (周恩来总理, 五年多来 ×2, “东风压倒西风”, 美帝国主义 ×9, 美国 ×8, the
# presidents 艾森豪威尔 / 肯尼迪 / 约翰逊, 南越 / 老挝 / 刚果, 十亿以上, the continents
# 亚洲 / 非洲 / 拉丁美洲 ×3, 古巴, 西欧 / 北美 / 大洋洲, 美法). Chinese numerals only.
# Script: traditional (the gold text is OpenCC s2t of the simplified source;
# spans are found on the simplified text, written with the s2t surface).
from _ann import DEP, DT, PE, Ann, P

A = Ann('gwr-063', 13879, 15984, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
PLA = {'level': 'central', 'kind': 'state', 'canonical': '中国人民解放军'}
PRES = '美国总统'


def zhou(ctx):
    """周总理: 周 required with title 总理, the whole optional (README: Conventions decided here, PERSON)."""
    s(PE, '周', ctx=ctx, title='总理')
    s(PE, '周总理', False, title='总理')


def mlism(ctx):
    """马克思列宁主义 as a modifier or as what is learnt: optional (gwr-063-struggle; gwr-063-culture, r28b); names inside optional (guide)."""
    sp = U('马克思列宁主义', req=False, ctx=ctx)
    s(PE, '马克思', False, at=sp['start'])
    s(PE, '列宁', False, at=sp['start'] + 3)


def mzt(ctx):
    """毛泽东思想: the doctrine's fixed designation, required (README: Conventions decided here; gwr-063.py, gwr-063-culture); 毛泽东 inside optional."""
    sp = U('毛泽东思想', ctx=ctx)
    s(PE, '毛泽东', False, at=sp['start'])


def usimp(ctx):
    """美帝国主义: optional kind term, 美 inside an optional one-character abbreviation (gwr-063-foreign)."""
    sp = U('美帝国主义', 'term', req=False, ctx=ctx)
    s(P, '美', False, at=sp['start'])


def continents(ctx):
    """亚洲、非洲和拉丁美洲: continents in a list are required (README round 4)."""
    sp = s(P, '亚洲', ctx=ctx)
    s(P, '非洲', at=sp['start'] + 3)
    s(P, '拉丁美洲', at=sp['start'] + 6)


# heading: 各级领导机关必须革命化，各级干部必须革命化
U('各级领导机关必须革命化，各级干部必须革命化', 'directive', req=False)  # the section's requirement as a heading (undecided: optional, decided here)
# 周恩来总理谈到各级机关和干部革命化问题的时候说，…
s(PE, '周恩来', ctx='周恩来总理谈到', title='总理')               # full name with title: the name (guide; gwr-063-struggle)
# 周总理说，我们各级机关和人员必须精干，…
zhou('周总理说，我们各级机关')
U('群众路线', req=False)                                          # round 3: optional (gwr-063-struggle)
# 我们各项工作中，都必须政治挂帅，学习解放军的“四个第一”、“三八作风”。
U('政治挂帅', 'term', req=False)                                  # a wording of the period, unquoted (undecided: optional term, decided here)
s(DEP, '解放军', ctx='学习解放军的', **PLA)                        # the army by name (README: armed forces by name required)
Q('四个第一')                                                     # quoted numbered formula (guide), no FIGURE
Q('三八作风')                                                     # quoted formula (guide), no FIGURE
s(DEP, '解放军', ctx='学习解放军、大庆', **PLA)
s(P, '大庆', ctx='解放军、大庆、大寨')                              # the oil field / city itself as the model (cpc-006: 大庆 required outside the campaign name)
s(P, '大寨', ctx='大庆、大寨的')                                   # the village itself (as 在大寨大讲)
# 周总理强调说，…学习马克思列宁主义，学习毛泽东思想。用毛泽东思想…
zhou('周总理强调说，在社会主义')
mlism('努力学习马克思列宁主义')
mzt('学习毛泽东思想。')
mzt('用毛泽东思想把')
U('修正主义', 'term', req=False, ctx='修正主义和教条主义')          # standing alone (gwr-063-culture: optional term)
U('教条主义', 'term', req=False)                                  # like 修正主义 beside it (undecided: optional term, decided here)
# 周总理说，我们各级领导机关，高举毛泽东思想的革命红旗，…
zhou('周总理说，我们各级领导机关')
mzt('高举毛泽东思想的革命红旗')                                      # like 毛泽东思想红旗 (gwr-063.py: required)
F('百分之九十五以上', 95, '%', '人民群众占人口的比重', ap='more_than|at_least')  # 以上 inside (README FIGURE; gwr-063-struggle)
U('资本主义', 'term', req=False, ctx='防止资本主义复辟')            # 资本主义 in …复辟: optional term (r37a; gwr-063-culture)
U('共产主义', 'term', req=False, ctx='向共产主义过渡')              # standing alone: optional (README 共产主义 and 社会主义)

# 国际形势和我国对外工作
s(PE, '周恩来', ctx='周恩来总理报告的第三部分', title='总理')
zhou('周总理指出，过去五年多来')
s(DT, '过去五年多来', False)                                       # a relative time (README DATE: optional)
s(DT, '五年多来', False, ctx='过去五年多来')                       # as gwr-063-foreign
s('FIGURE', '五年多', False, ctx='五年多来，以马克', value=5, approx='more_than', unit='年', subject='')  # a duration (README: optional)
mlism('以马克思列宁主义力量为核心')
s(P, '美国', ctx='以美国为首的帝国主义、各国反动派和现代修正主义')  # the country (gwr-063-foreign: 以美国为首 required)
U('现代修正主义', 'term', req=False, ctx='现代修正主义，进行')     # optional term (gwr-063-foreign)
U('总路线', req=False, ctx='对外政策的总路线')                       # 总路线 alone (README list; gwr-063-struggle: optional)
zhou('周总理说，当前的国际形势')
Q('东风压倒西风')                                                 # a quoted fixed formula of the period (guide: formula; decided here)

# heading: 全世界人民反对美帝国主义的斗争从胜利走向更大的胜利。以美国为首的…
usimp('全世界人民反对美帝国主义的斗争从胜利走向更大的胜利。以美国')
s(P, '美国', ctx='以美国为首的帝国主义和各国反动派陷于空前困难的境地\n')
# 周总理指出，美帝国主义一贯推行侵略政策…
zhou('周总理指出，美帝国主义一贯')
usimp('美帝国主义一贯推行')
s(DT, '五年多以来', False)                                         # a relative time (README DATE: optional)
s('FIGURE', '五年多', False, ctx='五年多以来', value=5, approx='more_than', unit='年', subject='')  # a duration (README: optional)
s(P, '美国', False, ctx='美国总统艾森豪威尔')                        # a country in a position title (README PLACE: optional)
s(PE, '艾森豪威尔', title=PRES)                                    # named people (guide), title outside
s(PE, '肯尼迪', title=PRES)
s(PE, '约翰逊', title=PRES)
s(P, '美国', ctx='美国把扩军备战')
s(P, '南越')                                                      # South Vietnam, a place named (like 南朝鲜, gwr-063-foreign)
s(P, '越', False, ctx='南越')                                      # one-character abbreviation inside (like 朝鲜 in 南朝鲜: optional)
s(P, '老挝', ctx='老挝、刚果等地')
s(P, '刚果', ctx='刚果等地')
U('特种战争', 'term', req=False)                                   # 所谓特种战争: a coined term of the adversary (undecided: optional term)
continents('亚洲、非洲和拉丁美洲积极推行')
U('新殖民主义', 'term', req=False)                                 # like 现代修正主义 (undecided: optional term)
usimp('美帝国主义作尽了坏事')
usimp('指向美帝国主义')
# 周总理指出，在反对美帝国主义及其走狗的伟大斗争中，…
zhou('周总理指出，在反对美帝国主义')
usimp('反对美帝国主义及其走狗的伟大斗争')
F('十亿以上', 1000000000, '', '社会主义阵营各国人民', ap='more_than|at_least')  # number before a noun: the number with 以上 (README FIGURE: 十亿多人口 → 十亿多)
mlism('坚持马克思列宁主义的无产阶级政党')
continents('亚洲、非洲和拉丁美洲成为')
s(P, '亚洲', ctx='亚洲的民族民主革命')
s(P, '非洲', ctx='整个非洲')
s(P, '古巴')
s(P, '拉丁美洲', ctx='拉丁美洲的民族民主革命运动')
s(P, '西欧', False, ctx='在西欧、北美')                            # a region without fixed boundary (README round 4: optional)
s(P, '北美', ctx='西欧、北美和大洋洲')                              # the continent (README round 4: required)
s(P, '大洋洲', ctx='北美和大洋洲')                                  # continent (round 4)
usimp('全世界人民反对美帝国主义侵略政策')
# 周总理说，全世界人民革命斗争的蓬勃发展，…
zhou('周总理说，全世界人民革命斗争')
s(P, '美国', ctx='以美国为首的帝国主义和各国反动派陷于空前困难的境地。')
s(P, '美法', False)                                                # joined abbreviations (round 2, like 中印)
s(P, '美国', ctx='在美国发生')
s('FIGURE', '一次', False, ctx='一次新的经济危机', value=1, approx='exact', unit='次', subject='经济危机')  # 一次 as an article (round 2: like 一个, optional)
s(P, '美国', ctx='头子的美国')
usimp('不管美帝国主义')

# heading: 全世界各大洲的人民联合起来，…挫败美帝国主义的…: the call itself not annotated (decided here)
usimp('挫败美帝国主义的侵略政策和战争政策，保卫住世界和平\n')
# 周总理强调指出，社会主义各国人民联合起来，亚洲、非洲和拉丁美洲各国人民联合起来，…
zhou('周总理强调指出，社会主义各国')
continents('亚洲、非洲和拉丁美洲各国人民联合起来')
s(P, '美国', ctx='受到美国侵略')
usimp('挫败美帝国主义的侵略政策和战争政策，保卫住世界和平。')

if __name__ == '__main__':
    A.write()
