from functools import partial

from _ann import CC, DEP, PE, Ann

# Round 37 (annotator r37a), blind: the 1981 State Council government work report
# (gwr-058), source range [20726, 22719): the end of section 八 on the reform of
# the economic system (plan and market: 陈云同志 with his quoted words of
# １９５６年, the 四种类型 of management, 两大类 / 两类; the economic levers; 稳妥
# steps) and the first half of section “九、提高全体劳动者的科学文化水平，大力组织
# 科研攻关” (四个现代化; the education policy, 又红又专; 叶圣陶代表 and his article
# 《我呼吁》; 中国历史和地理; 中共中央和国务院《关于加强职工教育工作的决定》;
# peasants' education). Full-width digits in the one year; otherwise Chinese numerals.
# Script: **traditional** (the gold text is OpenCC s2t of the simplified source,
# same length; spans are found on the simplified form, _ann.py).
A = Ann('gwr-058', 20726, 22719, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
P = 'PLACE'
opt_fig = partial(A.figure, req=False)  # an optional FIGURE
SC = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}

# plan and market
U('计划经济', 'term', req=False, ctx='处理计划经济和市场调节')       # optional, undecided (r34a: 计划经济)
# 市场调节: a policy word, no label (earlier gold: 国家计划指导下的市场调节, none)
s(PE, '陈云', title='同志', ctx='陈云同志在')                       # a named person, title 同志 (guide; round 2: 毛泽东 title 同志)
A.date('１９５６年', '1956')                                         # a year in full-width digits (guide DATE; round 15: １９９８年)
U('生产资料私有制的社会主义改造', 'campaign', req=False)           # a historical campaign used as a time anchor (undecided: optional, like 思想改造运动, round 25)
_q = '计划生产是工农业生产的主体，按照市场变化而在国家计划许可范围内的自由生产是计划生产的补充。'
Q(_q, 'quotation', req=False)                                        # a person's quoted words: optional, with and without the final 。 (conventions)
Q(_q[:-1], 'quotation', req=False)
s(PE, '陈云', title='同志', ctx='陈云同志这个意见')                 # required at every occurrence (guide)
opt_fig('四种', 4, '种', '类型', ctx='四种类型')                     # a cataphoric count before 一是…二是 (r14a: 四件事：一是… optional)
# 一是 / 二是: list numbers (guide: not figures)
opt_fig('两大类', 2, '大类', '产品和企业', ctx='两大类之间')         # an anaphoric count of the two just named (conventions: 这两个时期 optional)
opt_fig('两类', 2, '类', '产品和企业', ctx='还有两类产品')           # a cataphoric count (r14d: 两类, 两部分人 optional)
opt_fig('一类', 1, '类', '产品和企业', ctx='一类是大部分')           # the first of the pair, 一类…另一类 (undecided: list word or count; r33d 一类 optional)
# 前一大类 / 后一大类: ordinal reference (guide: ordinals are not figures)
U('资本主义', 'term', req=False, ctx='资本主义那样')                 # standing alone (round 3 list: 资本主义 optional)
U('管而不死，活而不乱', 'directive', req=False)                     # a set requirement of the period, unquoted (undecided: optional)
# economic levers: 价格、税收、信贷; 工商行政、统计、财政、银行等机构: generic (guide: 各部门), no label
# 九、… (九: a section number)
U('四个现代化', ctx='四个现代化就无法实现')                           # required at every free occurrence (round 1; r15b; r16c)
# education policy
_edu = '使受教育者在德育、智育、体育几方面都得到发展，成为有社会主义觉悟的有文化的劳动者'
U(_edu, req=False)                                                   # the 1957 education 方针, unquoted: optional, left open (r28b; r34d)
U(_edu[:_edu.index('，')], req=False)                              # its first clause alone (undecided: optional)
U('又红又专', req=False)                                             # a maxim, optional (cpc-006 round: like 德才兼备)
U('脑力劳动与体力劳动相结合', 'directive', req=False)             # a principle of the education policy, unquoted (undecided: optional)
s(PE, '叶圣陶', title='代表')                                       # a named person (a deputy), title 代表 (guide)
# 《我呼吁》: the title of a work, printed on a line of its own: no label (guide; round 21)
s(P, '中国', ctx='中国历史和地理')                                   # required in 中国历史 (round 8; round 10 list)
# 爱国主义教育: none (earlier gold: 爱国主义精神 none)
s(DEP, '中共中央', ctx='中共中央和国务院', **CC)                     # required (guide)
s(DEP, '国务院', ctx='中共中央和国务院', **SC)                       # required (gwr-002; round 15)
# 《关于加强职工教育工作的决定》: title of a document, no label (guide)
# 各级政府: generic (guide), no label; 农民夜校、冬学: classes of school, none

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
