from functools import partial

from _ann import Ann

# Round 41 (annotator r41d, blind): 1954 report of the Central People's
# Government (State Council) to the 1st NPC, range [15064, 17223) of gwr-071
# (window [15063, 17225)), between `gwr-071-12724-15063` and
# `gwr-071-17225-19419`: the shortcomings of the state organs (中國共産黨中央委員會,
# 中央人民政府, 過去五年內, 官僚主義 / 命令主義 / 分散主義, 批評和自我批評, 一九五二年,
# 民主集中制, 羣衆路綫, 請示報告制度), the organs in the period of economic construction
# (形式主義, 全國人民代表大會, 中央和地方國家機關, 幾個重要法律, 中央各部門), democracy
# and dictatorship (人民民主制度, 兩個方面, 鎮壓反革命, 帝國主義), the policy on
# counter-revolutionaries (鎮壓和寬大相結合, 懲辦和改造相結合, 幾年來, 一九五三年底,
# 百分之八十以上), other criminals (社會主義改造), the public-security, procuratorial
# and judicial organs (中華人民共和國憲法), national defence (中華人民共和國, 陸軍 /
# 空軍 / 海軍) and the opening of the part on foreign policy (一個 ×3). Chinese
# numerals only; years in 一九五二 form. Script: the source is already traditional
# (with its own variant forms: 産, 爲, 羣衆, 綫, 汚, 衞, 敎, 情况); it is annotated as
# is, `script` left at its default (as in gwr-071-shortfalls and gwr-071-finance),
# so every surface below is written as the source writes it.
A = Ann('gwr-071', 15064, 17223)
s = A.s
F = A.figure
opt_fig = partial(A.figure, req=False)  # an optional FIGURE
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'
CPG = {'level': 'central', 'kind': 'state', 'canonical': '中央人民政府'}
NPC = {'level': 'central', 'kind': "people's congress", 'canonical': '全國人民代表大會'}
ARM = {'kind': 'armed force', 'level': 'central'}


def term(t, req=False, ctx=None, k='term'):
    """An unquoted wording of the period: optional (see the comment at each call)."""
    s(SL, t, req, ctx=ctx, kind=k, quoted=False)


# 目前我們的國家機關的工作還是有缺點的。
# 中國共産黨中央委員會: the Central Committee by its full name, the longest name (guide);
# 中央委員會 alone is required with canonical 中国共产党中央委员会 (round 8, cpc-011).
sp = s(DEP, '中國共産黨中央委員會', level='central', kind='party', canonical='中国共产党中央委员会')
s(DEP, '中國共産黨', False, at=sp['start'], kind='party')          # the Party as a whole inside the name (guide: optional)
s(P, '中國', False, at=sp['start'])                               # optional in 中国共产党 (round 3)
s(DEP, '中央委員會', False, ctx='中國共産黨中央委員會', level='central', kind='party')   # a name inside a longer name (guide: optional)
s(DEP, '中央人民政府', ctx='中央人民政府在過去', **CPG)             # as gwr-071-organs (required)
s(DT, '過去五年內', False)                                        # relative time (as gwr-071.py: optional)
opt_fig('五年', 5, '年', '', ctx='過去五年內')                     # a duration (guide: optional)
# 官僚主義和命令主義: the styles opposed, like 官僚主义、命令主义 (r35c, `term`) and
# 官僚主义和形式主义 (r32b): optional; 官僚主义 alone optional (round 26 list).
term('官僚主義和命令主義')
term('官僚主義', ctx='官僚主義和命令主義')
term('命令主義', ctx='官僚主義和命令主義')
term('批評和自我批評', k='formula')                                # round 3: optional
term('分散主義', ctx='工作中的分散主義')                            # a style opposed, like 官僚主义 (undecided: optional)
term('集體領導', ctx='集體領導的原則')                              # like 集体领导制 (gwr-071-organs: undecided, optional)
s(DT, '一九五二年', value='1952')                                  # a year in Chinese numerals (required)
term('官僚主義', ctx='浪費和官僚主義現象')                          # the third of the 三反 targets (optional, as above)
# 官僚主義、命令主義和分散主義的現象
term('官僚主義、命令主義和分散主義')                                # the triple, like the pair (undecided: optional)
term('官僚主義', ctx='官僚主義、命令主義和分散主義')
term('命令主義', ctx='命令主義和分散主義')
term('分散主義', ctx='命令主義和分散主義')
opt_fig('一個', 1, '個', '長時期的任務', ctx='一個長時期的任務')     # 一个 as an article (round 29, r29a: optional)
term('民主集中制')                                                # a principle name (round 3: optional)
term('羣衆路綫', k='formula')                                     # round 3: optional
term('官僚主義', ctx='脫離羣衆的官僚主義')                          # optional (as above)
term('請示報告制度')                                              # an unquoted system name, like 市长负责制 (r35d; undecided: optional)
# 在我國進入經濟建設時期以後 …
s(DT, '經濟建設時期', False)                                       # a historical period (round 2: optional)
term('形式主義', ctx='形式主義的一般化的領導')                      # like 形式主义 inside 整治形式主义… (r38b: optional term)
term('官僚主義', ctx='都是官僚主義的表現')
s(DEP, '全國人民代表大會', ctx='全國人民代表大會的這次會議', **NPC)  # the organ by name (required)
s(DEP, '中央', False, ctx='中央和地方國家機關組織', level='central')   # 中央 alone (中央和地方, round 14): optional
opt_fig('幾個', 3, '個', '關於中央和地方國家機關組織的重要法律', ctx='幾個重要法律', ap='about')   # a vague count (like 几个五年计划, gwr-071-industry: optional)
s(DEP, '中央', False, ctx='中央各部門', level='central')           # 中央 in 中央各部门 (round 1, r35b): optional
# 對人民內部實行民主，對人民的敵人實行專政 …
term('對人民內部實行民主，對人民的敵人實行專政', k='formula')        # the wording of 人民民主专政 (itself optional, round 3): undecided, optional
term('人民民主制度')                                              # a system name (round 3: system names optional)
opt_fig('兩個', 2, '個', '方面', ctx='兩個方面')                    # an anaphoric count (round 2: optional)
s(DT, '過去幾年', False)                                          # relative time (guide: optional)
term('鎮壓反革命', k='campaign')                                  # a campaign of the period, like 思想改造运动 (undecided: optional)
term('鎮壓反革命的羣衆運動', k='campaign')                          # the same with its noun (undecided: optional)
term('帝國主義', ctx='帝國主義的包圍')                              # like 社会帝国主义 alone (round 29, r29d, `term`): optional
# 我們國家對於反革命分子的政策是：鎮壓和寬大相結合。
term('鎮壓和寬大相結合', k='formula')                              # the policy's wording of the time (undecided: optional)
term('懲辦和改造相結合', k='formula')                              # … 的方針 (undecided: optional)
term('勞動改造', ctx='在勞動改造的過程中，有重新')                  # a policy wording, optional at every occurrence (undecided; round 2)
sp = s(DT, '幾年來', False)                                       # relative time (round 28: optional)
s('FIGURE', '幾年', False, at=sp['start'], value=3, approx='about', unit='年', subject='')   # 几年 in 几年来 (r30b: optional)
s(DT, '一九五三年', value='1953', ctx='一九五三年底的統計')           # the bare year required (round 10)
s(DT, '一九五三年底', False, value='1953-12')                      # the longer form optional (guide)
F('百分之八十以上', 80, '%', '投入工農業生産的在押罪犯的比例（1953年底）', ap='more_than|at_least')   # 以上 inside (Conventions decided here)
term('勞動改造', ctx='在勞動改造的過程中，許多')
term('勞動改造', ctx='國家對罪犯的勞動改造政策')
# 對我們的社會主義事業和社會安全造成危害的 …
term('社會主義改造', k='campaign', ctx='抗拒和破壞社會主義改造')     # like 生产资料私有制的社会主义改造 (r37a: optional campaign)
# 爲了保衞我們的國家建設事業不受破壞，必須加强國家的公安機關、檢察機關和審判機關 …
# (公安機關 / 檢察機關 / 審判機關: generic organ nouns, round 7: not annotated)
s(P, '中華人民共和國', False, ctx='中華人民共和國憲法')             # inside the name of a law (r34a: optional; the law gets no label)
# 爲了保衞我們的國家建設事業不受破壞，還必須加强國防力量。
s(P, '中華人民共和國', ctx='公開敵視中華人民共和國的國家')          # the running text names the country (round 13: required)
s(DEP, '陸軍', False, ctx='强大的陸軍', **ARM)                     # 陆军 / 空军 / 海军 standing alone (r33c: optional)
s(DEP, '空軍', False, ctx='陸軍、空軍', **ARM)
s(DEP, '海軍', False, ctx='空軍和海軍', **ARM)
# 人人都可以看到 …
opt_fig('一個', 1, '個', '繁榮幸福的社會主義的工業國家', ctx='一個繁榮幸福')   # an article (r29a: optional)
opt_fig('一個', 1, '個', '和平的環境', ctx='一個和平的環境')
opt_fig('一個', 1, '個', '和平的世界', ctx='一個和平的世界')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
