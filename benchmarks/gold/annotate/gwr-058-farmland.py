from functools import partial

from _ann import DEP, DT, Ann, P

# Round 37 (annotator r37c, blind): the 1981 State Council government work report, point 一
# of the ten principles (依靠政策和科学，加快农业的发展), from the paragraph on the whole
# land (三亿多农村劳动力, 决不放松粮食生产，积极开展多种经营, 农林牧副渔) through the
# farmland paragraph (黄、淮、海地区, 南方, 二十多年来), water, forests (黄河、长江, 国务院's
# 《关于开展全民义务植树运动的决议》), the rural economy (几亿农民), agricultural science
# (建国以来, 几十倍、几百倍) to the paragraph on rural cadres, before the heading of point
# 二. Range [8222, 10402) of the window [8220, 11541), after gwr-058-5820-8220 and before
# gwr-058-11541-13415. Simplified.
A = Ann('gwr-058', 8222, 10402)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
opt_fig = partial(A.figure, req=False)
GOV = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}

# 发展农村经济，首先要合理利用现有的耕地 …
F('三亿多', 300000000, '', '农村劳动力', ap='more_than')           # number before a noun without classifier (Conventions decided here)
opt_fig('三亿多农村劳动力', 300000000, '', '农村劳动力', ap='more_than')  # the number with the noun: optional
U('决不放松粮食生产，积极开展多种经营', 'directive', req=False)    # the stated 方针, a policy wording: undecided, optional
# 棉油麻丝茶糖菜烟果药杂: a list of crops, none; 商品粮生产基地, 国营农场, 农垦事业: generic, none
# 取之不尽、用之不竭: an idiom, none
U('解放思想，实事求是', req=False)                               # joined with a comma; 解放思想、实事求是 is optional inside a longer formula (round 11 row): undecided, optional
U('实事求是', req=False, ctx='实事求是，依靠群众')                # a part of Mao Zedong Thought's living soul: optional (round 2)
U('人尽其才，地尽其利，物尽其用', 'term', req=False)              # a classical set phrase: undecided, optional
U('农林牧副渔', 'term', req=False, ctx='就能使农林牧副渔')         # the sectors' set phrase, like 农、轻、重 and 农、林、牧、副、渔 (r35c): optional

# 我国人口多，耕地少 …
U('十分珍惜每寸土地，合理利用每寸土地', 'directive', req=False)   # declared 国策, unquoted: undecided, optional
# 全国的和省、县的 …社、队的: generic levels, none
s(P, '黄、淮、海地区', False)                                      # a region named by its rivers: undecided, optional
s(P, '黄', False, ctx='黄、淮')                                  # one-character abbreviations (黄河, 淮河, 海河) used alone: optional (guide)
s(P, '淮', False, ctx='淮、海')
s(P, '海', False, ctx='海地区')
s(P, '南方', False, ctx='南方的红壤土')                           # a region without a fixed boundary: optional (round 2; gwr-045-proposals)
s(DT, '二十多年来', False)                                       # relative time: optional
opt_fig('二十多年', 20, '年', '', ap='more_than')                 # a duration (guide)

# 水是一种极为重要的资源 …: 全国, 国土: none
# 我国森林面积小 …
# 生产队、生产大队或公社: generic organ classes (round 32), none
s(P, '黄河', ctx='在黄河、长江')                                  # rivers by name: required (round 11)
s(P, '长江', ctx='黄河、长江和其他')
s(DEP, '国务院', ctx='国务院已经拟定', **GOV)                     # required (round 1)
# 《关于开展全民义务植树运动的决议》: a title of a document, no label (round 21); the campaign inside it optional (nesting, guide)
U('全民义务植树运动', 'campaign', req=False)
# 提请大会审定: 大会 generic, none

# 在发展包括农林牧副渔在内的整个农业经济的同时 …
U('农林牧副渔', 'term', req=False, ctx='包括农林牧副渔在内')
# 一是 … 二是: list numbers, none
opt_fig('几亿', 100000000, '', '农民', ap='more_than', ctx='几亿农民的劳动')   # 几亿 in 几亿农民: optional (r35c)
U('社会主义新农村', req=False)                                    # a policy phrase: optional (Conventions decided here)

# 我国农业要走出一条 …
s(DT, '建国以来', False, ctx='建国以来，在农业')                  # relative time: optional (Conventions decided here)
opt_fig('几十倍', 10, '倍', '良种培育和推广的经济效益相对全部研究经费', ap='more_than')   # vague multiples: optional like 几十万 (r16c) / 几十亿 (round 10)
opt_fig('几百倍', 100, '倍', '良种培育和推广的经济效益相对全部研究经费', ap='more_than')

# 发展农业靠政策、靠科学 …
U('发展农业靠政策、靠科学', req=False)                            # a variant of the point's heading (依靠政策和科学), unquoted: undecided, optional
# 第一线: an ordinal, none; 全国人民: none

if __name__ == '__main__':
    import sys
    A.write()
    if '--review' in sys.argv:
        A.review()
