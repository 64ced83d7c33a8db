from _ann import CC, DEP, DT, PE, Ann, P

# Round 42 (annotator r42c, blind). 2023 State Council government work report (gwr-004),
# range [17227, 18831) of the window [17226, 19081): points (七) and (八) of section 二
# (蓝天、碧水、净土保卫战, 中西部地区, 积极应对人口老龄化国家战略, 总体国家安全观, 平安中国),
# the government's own building, and the closing paragraphs: nationalities and religion
# (铸牢中华民族共同体意识, 宗教中国化), defence (习近平强军思想, 建军一百年奋斗目标, “双拥”),
# Hong Kong and Macao (“一国两制”, “港人治港”, “澳人治澳”, “爱国者治港”, “爱国者治澳”,
# 香港, 澳门), Taiwan (新时代党解决台湾问题的总体方略, 一个中国原则, “九二共识”, 两岸,
# 台湾同胞), foreign policy (和平共处五项原则, 中国, 全球发展倡议, 全球安全倡议,
# 人类命运共同体) and the close (以习近平同志为核心的党中央, 习近平新时代中国特色社会主义思想,
# 党的二十大). The report text of the window ends at 18,831; the Wikisource licence lines
# after it are left out, so the range is 1,604 characters, below 1,700 (the whole text of a
# short window). Script: simplified.
A = Ann('gwr-004', 17227, 18831)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted


def abbr(ch, ctx):
    """A one-character abbreviation used alone: optional (Conventions decided here: 港 / 澳)."""
    s(P, ch, False, ctx=ctx)


def twosides(ctx):
    """两岸: optional (round 10, undecided; cpc-010-defence.py)."""
    s(P, '两岸', False, ctx=ctx)


# （七）推动发展方式绿色转型 …
U('重要生态系统保护和修复重大工程', 'campaign', req=False)        # a project name (Conventions decided here, 天然林保护工程): optional
U('新型能源体系', 'term', req=False)                              # a policy phrase: optional (README SLOGAN)
U('蓝天、碧水、净土保卫战', 'campaign', req=False)                # as gwr-002-reform.py: optional

# （八）保障基本民生和发展社会事业 …
U('高质量教育体系', 'term', req=False)                            # a policy phrase: optional
s(P, '中西部地区', False)                                          # a region without fixed boundary (round 8): optional
s(P, '中西部', False, ctx='中西部地区')                            # inside it: optional (round 8; cpc-010-regions.py)
U('体教融合', 'term', req=False)                                  # a policy phrase: undecided, optional
U('中医药振兴发展重大工程', 'campaign', req=False)                # a project name: optional (README, project names)
U('积极应对人口老龄化国家战略', req=False)                         # r30d: optional
U('总体国家安全观')                                               # required (round 6 … README: decided there)
U('平安中国')                                                     # like 平安浙江; national form required (gwr-002-reform.py)
s(P, '中国', False, ctx='平安中国')                                # inside the formula: optional

# 进一步加强政府自身建设 …
U('法治政府、创新政府、廉洁政府和服务型政府', req=False)           # the list as a whole: optional (gwr-002.py; prov2026-021)
U('大兴调查研究之风', 'directive', req=False)                      # a 2023 policy wording: undecided, optional
# 各位代表！: a salutation, nothing

# 我们要以铸牢中华民族共同体意识为主线 …
U('铸牢中华民族共同体意识')                                        # canonical long form required (Conventions decided here)
U('中华民族共同体意识', req=False)                                  # its core: optional
U('民族区域自治制度', req=False)                                    # a system name (round 3): optional
U('我国宗教中国化方向', req=False)                                  # the full wording (坚持我国宗教中国化方向): added after the first
#   measurement as the second defensible reading, undecided (nothing written on 我国 … 方向), not as a slip
U('宗教中国化', req=False, ctx='我国宗教中国化方向')                  # optional (gwr-002.py; round 21 list of standard wordings)
s(P, '中国', False, ctx='宗教中国化')
# 中华儿女: 中华 not annotated (round 7); 海内外 not a place

# 我们要深入贯彻习近平强军思想 …
U('习近平强军思想')                                                 # required (Conventions decided here)
s(PE, '习近平', False, ctx='习近平强军思想')                         # a name inside an ideology (guide): optional
U('新时代军事战略方针', req=False)                                   # optional (gwr-002.py)
U('建军一百年奋斗目标', req=False)                                   # a goal designation: optional (round 1; README)
F('一百年', 100, '年', '建军', req=False, ctx='建军一百年')          # an anniversary: optional (Conventions decided here)
U('边斗争、边备战、边建设', 'directive', req=False)                  # a policy wording: undecided, optional
# 各级政府: generic (round 9)
Q('双拥', 'campaign')                                               # quoted, required (gwr-002.py)

# 我们要全面准确、坚定不移贯彻“一国两制”…
Q('一国两制')                                                       # quoted formulas, required (gwr-002.py)
Q('港人治港'); abbr('港', '港人治港'); abbr('港', '人治港')
Q('澳人治澳'); abbr('澳', '澳人治澳'); abbr('澳', '人治澳')
U('高度自治', req=False)                                            # optional (gwr-002.py)
U('依法治港治澳', req=False)
abbr('港', '治港治澳'); abbr('澳', '治澳，维护')
# 宪法和基本法, 特别行政区宪制秩序: no name of a region, not annotated
Q('爱国者治港'); abbr('港', '治港”')
Q('爱国者治澳'); abbr('澳', '治澳”')
s(P, '港澳', False, ctx='支持港澳')                                 # joined abbreviations: optional (gwr-039, round 2)
s(P, '香港')                                                        # named places in running text (guide)
s(P, '澳门')

# 我们要坚持贯彻新时代党解决台湾问题的总体方略 …
U('新时代党解决台湾问题的总体方略')                                   # required (Conventions decided here)
s(P, '台湾', ctx='解决台湾问题')                                     # required when the text is about it (Conventions decided here)
U('一个中国原则')                                                    # required (Conventions decided here)
s(P, '中国', False, ctx='一个中国原则')                               # part of the formula's name: optional
Q('九二共识')                                                        # required (gwr-002.py)
# 反“独”促统: “独” is a scare-quoted single word, not annotated (Conventions decided here)
U('反“独”促统', 'term', req=False)                                   # a set phrase with marks inside: undecided, optional
U('两岸关系和平发展', req=False)                                     # optional, undecided (round 19 list)
twosides('两岸关系和平发展')
U('祖国和平统一', req=False)                                         # a policy phrase: optional (r7r, cpc-010-defence.py)
U('和平统一', req=False, ctx='祖国和平统一')                          # round 18: optional
twosides('两岸同胞')
twosides('两岸经济')
s(P, '台湾', ctx='台湾同胞')                                         # 台湾 in 台湾同胞: required (round 6)
twosides('两岸共同')
# 中华文化, 复兴伟业: not annotated (round 7)

# 我们要坚定奉行独立自主的和平外交政策 …
U('独立自主的和平外交政策', req=False)                               # optional (gwr-002.py)
U('和平发展道路', req=False)                                         # a policy phrase: optional
U('和平共处五项原则')                                                # required (round 2; cpc-006-situation.py); no FIGURE for 五项
U('互利共赢的开放战略', req=False)                                   # a policy phrase: optional
s(P, '中国', ctx='中国愿同')                                         # the country (guide)
U('全球发展倡议'); U('全球安全倡议')                                  # required (Conventions decided here)
U('全人类共同价值', req=False)                                       # optional (Conventions decided here)
U('人类命运共同体')                                                  # required (Conventions decided here)

# 奋斗铸就辉煌，实干赢得未来 …
U('奋斗铸就辉煌，实干赢得未来', 'directive', req=False)              # an unquoted motto: optional (README, 为党育才、为党献策)
U('以习近平同志为核心的党中央', req=False)                           # optional (round 1; gwr-002.py)
s(PE, '习近平', title='同志', ctx='以习近平同志为核心')               # required (gwr-002.py)
s(DEP, '党中央', ctx='党中央周围', **CC)                              # 党中央 standing alone (guide)
U('中国特色社会主义伟大旗帜', req=False)                              # a policy phrase: optional
U('中国特色社会主义', req=False, ctx='中国特色社会主义伟大旗帜')
s(P, '中国', False, ctx='中国特色社会主义伟大旗帜')                    # 中国 in 中国特色: optional (round 3)
U('习近平新时代中国特色社会主义思想')                                 # required (README SLOGAN)
s(PE, '习近平', False, ctx='习近平新时代')                            # a name inside an ideology (guide)
U('新时代中国特色社会主义思想', req=False)                            # as gwr-004-agenda.py
U('中国特色社会主义', req=False, ctx='新时代中国特色社会主义思想')
s(P, '中国', False, ctx='中国特色社会主义思想')
s(DEP, '党的二十大', False, kind='party'); s(DT, '党的二十大', False); s(DT, '二十大', False, ctx='党的二十大')  # optional (gwr-004-agenda.py)
U('全面建设社会主义现代化国家', req=False)                            # a goal designation: optional (README)
U('中华民族伟大复兴', req=False)                                      # a goal designation: optional (README)
U('富强民主文明和谐美丽的社会主义现代化强国', req=False)              # a goal designation: optional (README)
U('社会主义现代化强国', req=False, ctx='美丽的社会主义现代化强国')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
