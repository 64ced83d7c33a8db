from _ann import CC, DEP, DT, SL, Ann, P, all_occ

# Round 42 (annotator r42d), blind: Xi Jinping at the Politburo Standing Committee
# meeting on the epidemic, 3 Feb 2020 (published 2020-02-16; jhsjk text, one line,
# paragraphs separated by `　　`), range [4525, 6463): the whole window, part 四
# "关于保持经济平稳运行" to the end of the text, after `jhsjk2020-007-2428-4525`:
# the year's targets (今年, 党中央 ×2, 决胜全面建成小康社会、决战脱贫攻坚), 春节, 中国,
# “六稳”, the four points (复工复产, 援企稳岗, 中央预算内投资, 脱贫攻坚战, 乡村振兴战略,
# 5G, “野味产业”, the laws without 《》), and the closing paragraph on 形式主义、官僚主义
# ×3 with the local offices 市县卫健局、应急局、政府办、县委办、妇联、教育局、农业农村局
# and the article-like counts 一份或几份, 一个文件、一个部门, 一个口罩, 一瓶消毒水.
# No FIGURE is required. Script: **traditional** (OpenCC s2t of the simplified
# source, same length; spans found on the simplified form, _ann.py).
A = Ann('jhsjk2020-007', 4525, 6463, script='traditional')
s = A.s
U, Q = A.unquoted, A.quoted
FIG = 'FIGURE'
LOC = {'level': 'county', 'kind': 'state'}


def opt_fig(t, v, u, subj, ctx=None):
    """An article-like or emphatic count of one (rounds 9, 10: 一个, 一份 optional)."""
    s(FIG, t, False, ctx=ctx, value=v, approx='exact', unit=u, subject=subj)


# at every occurrence in the range
all_occ(A, SL, '形式主义、官僚主义', False, kind='term', quoted=False)  # optional term (round 30; gwr-047 gold)
all_occ(A, SL, '复工复产', False, kind='term', quoted=False)      # a policy phrase of 2020 (undecided: optional, conventions' policy phrases)
A.cur = 0

# 四、关于保持经济平稳运行 (四: a section number); 目前: deictic, none
s(DT, '今年', False, value='2020', resolved='2020')                # relative time (guide; round 16: 今年 resolved 2020)
s(DEP, '党中央', **CC)                                             # standing alone: required (guide)
s(DEP, '党中央', **CC)
# 疫情特别严重的地区, 其他地区: not places
U('决胜全面建成小康社会、决战脱贫攻坚', req=False)                 # unquoted standard wording (undecided; like 决胜全面小康、决战脱贫攻坚 in jhsjk2020-007-order)
U('全面建成小康社会', 'term', req=False)                           # optional (conventions, round 1)
U('脱贫攻坚', 'term', req=False, ctx='决战脱贫攻坚')               # optional (jhsjk2020-007-order)
# 缓一缓、等一等: plain wording, none
s(DT, '春节', False, ctx='春节期间', value='lunar --01-01', resolved='2020-01-25')  # optional (round 14: 春节 optional, lunar value)
# 中小企业, 稳就业: plain wording, none
s(P, '中国', ctx='中国是个大国')                                    # required (guide)
Q('六稳')                                                          # a quoted numbered formula: required, no FIGURE (round 2; like “三同步” in jhsjk2020-007-order)
# 第一 … 第四, 首先, 最后: list numbers, none
U('援企稳岗', 'term', req=False)                                   # a policy phrase (undecided: optional)
s(DT, '春节', False, ctx='春节后', value='lunar --01-01', resolved='2020-01-25')
s(DT, '春节后', False)                                             # event-anchored time (guide: optional)
s(DEP, '中央', False, ctx='中央预算内投资', level='central', kind='state')  # 中央 alone (中央预算内投资): optional (round 1)
U('脱贫攻坚战', 'term', req=False)                                 # optional (conventions, round 1)
U('乡村振兴战略')                                                  # the fixed name of a national strategy: required (round 6)
# 5G ×2: not a figure (round 5)
# 我国 (我国治理体系): not a place (guide)
opt_fig('一次', 1, '次', '大考', ctx='一次大考')                   # article-like count (round 10: 一种, 一个, 一系列 optional)
Q('野味产业', 'term', req=False)                                   # a quoted coinage: optional term (guide; conventions)
# 有关部门: generic, none; 传染病防治法, 野生动物保护法, 生物安全法: laws without 《》, no label (r14c)
# 基层干部, 乡镇: generic, none
# 有的地方市县卫健局、应急局、政府办、县委办、妇联、教育局、农业农村局: the offices of some
# (unnamed) counties and cities. 妇联 is a named body, required without a place
# (conventions, DEPARTMENT); the others are offices that every county has, between a
# named body without prefix (自治区党委, 妇联) and a generic organ noun (公安机关, round 7):
# undecided, optional.
s(DEP, '卫健局', False, **LOC)
s(DEP, '应急局', False, **LOC)
s(DEP, '政府办', False, **LOC)
s(DEP, '县委办', False, level='county', kind='party')
s(DEP, '县委', False, ctx='县委办', level='county', kind='party')  # a name inside a longer name: optional (guide, nesting) (slip fixed after the first measurement)
s(DEP, '妇联', level='county', kind='mass organisation')           # required (conventions: 妇联)
s(DEP, '教育局', False, **LOC)
s(DEP, '农业农村局', False, **LOC)
opt_fig('一份', 1, '份', '表格', ctx='一份或几份')                 # article-like (round 2: 一份 optional)
opt_fig('几份', None, '份', '表格', ctx='一份或几份')              # a vague count beside it (undecided: optional)
opt_fig('一个', 1, '个', '文件', ctx='一个文件')                   # emphatic 没有一个…: article-like (round 10)
opt_fig('一个', 1, '个', '部门', ctx='一个部门')
opt_fig('一个', 1, '个', '口罩', ctx='一个口罩')                   # 哪怕一个口罩: emphatic count of one (undecided: optional)
opt_fig('一瓶', 1, '瓶', '消毒水', ctx='一瓶消毒水')
# 一问三不知, 兵临城下: idioms, none; 第一线: an ordinal, none

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
