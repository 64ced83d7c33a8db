from _ann import DEP, DT, Ann, P

# Round 29 (annotator r29d). 16th CPC National Congress report (2002), section 四
# "经济建设和经济体制改革", range [11432, 13528): tasks (三) to (五) — the western
# development (西部大开发 / 西部大开发战略, 十年内, 西部地区 ×2, 西部开发 ×2), the regions
# (中部地区, 东部地区, 经济特区, 上海浦东新区, 东北地区, 东、中、西部), the basic economic
# system (公有制为主体、多种所有制经济共同发展, 第一 to 第三, 共同富裕, 社会主义市场经济), the
# reform of state-asset management (中央和地方两个积极性, 中央政府 ×4, 省、市（地）两级,
# 政企分开), state enterprises, the non-public sector, the market system and the
# macro-control paragraph (a paragraph end, before task (六)). Simplified.
A = Ann('cpc-011', 11432, 13528)
s = A.s
FIG = 'FIGURE'
U, Q = A.unquoted, A.quoted
CG = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}

# （三）积极推进西部大开发 … ((三) a list number: no FIGURE)
U('西部大开发', 'campaign')                                  # the strategy's fixed name (r13a, gwr-041)
s(P, '西部', False, ctx='西部大开发，')                      # 西部 in 西部大开发 (round 22): optional
U('西部大开发战略', 'campaign')                              # with 战略: required (r15d)
U('西部大开发', 'campaign', req=False, ctx='西部大开发战略')  # the shorter name inside it (r15d)
s(P, '西部', False, ctx='西部大开发战略')
s(DT, '十年内', False)                                       # a relative time (README DATE): optional
s(FIG, '十年', False, ctx='十年内', value=10, approx='exact', unit='年')   # a duration (README FIGURE)
s(P, '西部地区', False, ctx='对西部地区的支持')             # regions without a fixed boundary (r15d)
s(P, '西部', False, ctx='西部开发资金')                     # 西部 in 西部开发 (like 西部大开发, round 22)
U('西部开发', 'campaign', req=False, ctx='西部开发资金')     # a short variant of the strategy's name: undecided, optional
U('西部开发', 'campaign', req=False, ctx='参与西部开发')
s(P, '西部', False, ctx='西部开发。')
s(P, '西部地区', False, ctx='西部地区要进一步')
# 中部地区要加大结构调整力度 …
s(P, '中部地区', False)                                      # optional (rounds 2, 17)
s(P, '东部地区', False)
# 经济特区: generic (gwr-025-tasks)
s(P, '上海浦东新区')                                         # the longest name; new areas required (rounds 11, 14; gwr-025-tasks)
s(P, '上海', False, ctx='上海浦东新区')
s(P, '浦东新区', False)
s(P, '浦东', False, ctx='浦东新区')
s(P, '东北地区', False)                                      # optional (round 6: 东北; gwr-025-tasks)
# 革命老区, 少数民族地区, 粮食主产区: generic
s(P, '东', False, ctx='加强东、中、西部')                    # one-character parts optional (r15d)
s(P, '中', False, ctx='东、中、西部')
s(P, '西部', False, ctx='西部经济交流')                   # 西部 (r15d: like 西部地区, optional)
# （四）坚持和完善基本经济制度 …
U('公有制为主体、多种所有制经济共同发展', req=False)         # a system's wording (round 3): optional
# 第一，第二，第三: list numbers
U('共同富裕', 'term', req=False)                             # round 7: optional
U('社会主义市场经济', 'term', req=False)                     # rounds 5-6: optional
U('社会主义现代化建设', req=False)                           # a policy phrase: optional (gwr-060-modernization)
# 继续调整国有经济的布局和结构 …
s(DEP, '中央', False, ctx='中央和地方两个', level='central', kind='state')   # 中央 alone optional (Conventions decided here)
s(FIG, '两个', False, ctx='两个积极性', value=2, approx='exact', unit='个', subject='积极性')   # a count after a closed list (援受双方两个积极性, optional)
for c in ('建立中央政府', '由中央政府', '中央政府和省'):
    s(DEP, '中央政府', False, ctx=c, **CG)                    # undecided: a designation of the State Council, optional
s(FIG, '两级', False, value=2, approx='exact', unit='级', subject='地方政府（省、市（地））')   # an anaphoric count (县乡两级, optional)
U('政企分开', 'term', req=False)                             # cpc-010: optional
# 国有企业 … 股份制, 混合所有制经济, 现代企业制度: not annotated
# （五）健全现代市场体系 … (五) a list number

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
