from functools import partial

from _ann import DEP, DT, SL, Ann, P, all_occ

# Round 36 (annotator r36a, blind): the 15th CPC National Congress report (1997),
# section 五, from the regional paragraph of point (五) to the end of the section:
# the regions (东部地区 ×2, 中西部地区 ×4 / 中西部, “大而全”、“小而全”), point (六)
# 科教兴国战略 and 可持续发展战略 ×2 (科学技术是第一生产力, 有所为、有所不为, 产学研,
# 计划生育), point (七) opening up (对外开放 ×5, 一项基本国策, 全方位、多层次、宽领域,
# 以质取胜和市场多元化战略, 国内国外两个市场、两种资源, 独立自主、自力更生,
# 经济特区, 上海浦东新区), point (八) living standards (小康, 本世纪末, 扶贫攻坚) and
# the closing paragraph (社会主义市场经济体制). Range [14341, 16313) of the window
# [12425, 16313): 14341 is the first character after the `\n` that ends the
# industry paragraph (…第三产业加快发展。), 16313 follows the blank lines that end
# the section, just before cpc-010-16313-18672. Simplified. Few figures: the
# passage is a programme without numbers; the organs are none, the labels are
# places, strategies and a date.
A = Ann('cpc-010', 14341, 16313)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
opt_fig = partial(A.figure, req=False)
all_occ(A, P, '东部地区', False)                                  # a region without fixed boundary: optional (round 2)
all_occ(A, P, '中西部地区', False)                                # optional (rounds 2, 8; gwr-045-openness)
all_occ(A, P, '中西部', False)                                    # optional, also inside 中西部地区 (round 8; gwr-045-openness)
all_occ(A, SL, '对外开放', False, kind='term', quoted=False)      # a policy phrase, optional at every occurrence (gwr-045-openness)
A.cur = 0
# 促进地区经济合理布局和协调发展。东部地区要…在推进改革开放中…
U('改革开放', 'term', req=False)                                  # optional at every occurrence (rounds 5, 11)
# 少数民族地区, 各地, 老工业基地, 中心城市: none
Q('大而全', 'term', req=False)                                     # quoted coinages: optional, kind term (Conventions decided here)
Q('小而全', 'term', req=False)
# （六）实施科教兴国战略和可持续发展战略。
sp = U('科教兴国战略')                                             # a fixed national strategy: required (round 6; gwr-041)
U('科教兴国', req=False, at=sp['start'])                          # the short name inside: optional (gwr-041)
sp = U('可持续发展战略', ctx='和可持续发展战略')                   # required (round 6)
U('可持续发展', req=False, at=sp['start'])
# 科学技术是第一生产力，科技进步是经济发展的决定性因素。
U('科学技术是第一生产力', req=False)                              # Deng Xiaoping's thesis, unquoted: undecided, optional (round 36); no FIGURE in it
U('有所为、有所不为', 'term', req=False)                           # a policy wording: optional (Conventions decided here: policy phrases), undecided
# 我国是发展中国家: no place (README)
U('产学研结合', 'term', req=False)                                 # optional (README, round 33 list)
opt_fig('一整套', 1, '套', '激励机制')                            # optional (round 2)
# 我国是人口众多、资源相对不足的国家，在现代化建设中必须实施可持续发展战略。
sp = U('可持续发展战略', ctx='必须实施可持续发展战略')
U('可持续发展', req=False, at=sp['start'])
U('计划生育', 'term', req=False)                                   # optional, kind term (r27d)
# 保护环境的基本国策: like 节约资源和保护环境基本国策 (round 13 list): the designation is not a slogan here, none
# （七）努力提高对外开放水平。对外开放是一项长期的基本国策。
opt_fig('一项', 1, '项', '基本国策', ctx='一项长期的基本国策')      # article count (round 10; gwr-045-openness)
U('全方位、多层次、宽领域', req=False)                              # like 全方位、多层次、多元化 (round 24 list): optional, undecided
U('以质取胜', 'term', req=False)                                   # optional (r27d; gwr-045-openness)
U('市场多元化战略', req=False)                                     # optional (r16d; round 25)
# 国民待遇, 外商投资企业: none
U('国内国外两个市场、两种资源', req=False)                          # optional, kind formula (r27d); numerals in a formula: no FIGURE
U('独立自主、自力更生', req=False)                                  # like 自力更生、艰苦奋斗 (r27d): optional, undecided
U('自力更生', req=False, ctx='独立自主、自力更生')                  # optional (round 14)
# 进一步办好经济特区、上海浦东新区。
s(P, '经济特区', False)                                           # zones: optional as PLACE and DEPARTMENT (rounds 3, 31)
s(DEP, '经济特区', False)
s(P, '上海浦东新区')                                               # the longest name: required (rounds 11, 14; gwr-045-openness)
s(P, '上海', False, ctx='上海浦东新区')                             # a place at the start of a longer place name: optional
s(P, '浦东新区', False, ctx='上海浦东新区')
# 全国: none
# （八）不断改善人民生活。… 使全国人民过上小康生活
U('小康', 'term', req=False, ctx='小康生活')                       # a goal: optional (README, round 9 list)
U('扶贫攻坚', 'term', req=False)                                   # a policy phrase, like 脱贫攻坚战 (round 2): optional, undecided
s(DT, '本世纪末', False, value='2000')                            # relative/historical time: optional (round 9)
# 同志们！… 在我国成功地建立起社会主义市场经济体制，实现国民经济持续快速健康发展。
sp = U('社会主义市场经济体制', 'term', req=False)                  # optional at every occurrence (round 11; cpc-010-ownership)
U('社会主义市场经济', 'term', req=False, at=sp['start'])
if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
