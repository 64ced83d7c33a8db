# Round 41 (annotator r41c), blind: the 1998 State Council government work
# report, part 二 (proposals for 1998), range [9591, 11338), between
# gwr-045-proposals ([6968, 9280)) and gwr-045-openness ([11341, 13731)): the
# end of task 第二 on state enterprises (leading groups, the other reforms:
# 非公有制经济, social security, circulation, 代理制) and task 第三 macro-control
# whole: the targets for 1998 (今年, 8 ％, 3 ％以内, 稳中求进, 高增长、低通胀),
# investment (1 0 ％, 中西部地区), 适度从紧的财政政策 (依法治税, the three taxes,
# 乱摊派、乱收费、乱罚款, 量入为出, 粮食风险基金, 勤俭建国、勤俭办一切事业) and
# 适度从紧的货币政策 (中国人民银行, the commercial banks, 城乡信用合作社, 去年以来,
# 东南亚 and the financial crisis, 人民币汇率). Arabic digits printed one by one
# with spaces, annotated as printed (round 24; gwr-045-attainments).
# Script: **traditional** (the gold text is OpenCC s2t of the simplified source,
# same length; spans are found on the simplified form, _ann.py).
from _ann import DEP, DT, Ann, P

A = Ann('gwr-045', 9591, 11338, script='traditional')
s = A.s
F, U = A.figure, A.unquoted
CB = {'level': 'central', 'kind': 'state', 'canonical': '中国人民银行'}
Y98 = {'value': '1998', 'resolved': '1998'}
LESS = 'less_than'


def opt_fig(t, v, u, subj, ctx=None, ap='exact'):
    s('FIGURE', t, False, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)


def today(ctx):
    """今年: a relative time, optional, with the report's year (conventions; gwr-045-proposals)."""
    s(DT, '今年', False, ctx=ctx, **Y98)


# 加强领导班子建设和企业经营管理。 (许多 / 各级政府: generic, nothing)
# 积极推进其他各项改革。
# 所有制结构, 国有经济, 集体经济, 非公有制经济: none (cpc-010-ownership, cpc-011-record)
# 职工基本养老保险、医疗保险、失业保险, 社会保障制度: none (gwr-048-culture)
# 走私贩私, 假冒伪劣, 代理制, 国有资产管理体制: none (generic nouns)

# 第三，继续加强和改善宏观调控 (第三: a list number; 宏观调控: none, gwr-002-industry)
today('今年国民经济宏观调控')
F('8 ％', 8, '%', '经济增长速度（1998目标）')                   # a target rate (guide)
F('3 ％以内', 3, '%', '商品零售价格涨幅（1998目标）', ap=LESS)    # 以内 inside, like 以下 (conventions)
opt_fig('3 ％', 3, '%', '商品零售价格涨幅（1998目标）', ap='exact|' + LESS)  # the bare number (as 5 6 ％ of 5 6 ％以上, gwr-045-attainments)
U('稳中求进', req=False)                                      # the core of 稳中求进工作总基调 (conventions: optional)
U('高增长、低通胀', 'term', req=False)                       # quoted it is an optional term (r15a); unquoted here the same
opt_fig('一个', 1, '个', '重要条件', ctx='一个重要条件')      # article 一个 (round 2): optional
today('今年全社会固定资产投资')
F('1 0 ％', 10, '%', '全社会固定资产投资增长（1998预定）', ap='exact|at_least')  # 或者更多一些 outside (undecided: at_least accepted)
# 农林水利, 能源、交通、通信、环保: none
s(P, '中西部地区', False)                                    # a region without fixed boundary (round 2 / round 8; gwr-045-proposals)
s(P, '中西部', False, ctx='中西部地区')
# 住房体制改革, 住房商品化, 新的经济增长点, 投融资体制改革, 项目资本金制度: none (policy nouns)
U('适度从紧的财政政策', 'term', req=False)                    # a policy name (round 17: 稳健的财政政策 / 从紧的货币政策 optional)
U('依法治税', 'term', req=False)                              # like 依法治国 (round 3: optional)
# 所得税, 消费税, 遗产税, 会计制度, 审计监督: none
U('乱摊派、乱收费、乱罚款', 'term', req=False)               # a standard wording of banned practices (undecided: optional)
U('量入为出', req=False)                                      # 量入为出的方针 (undecided: optional, like 勤俭办社…的方针, r33a)
s(DEP, '粮食风险基金', False, level='central', kind='fund')  # a fund (gwr-048-growth: optional)
# 再就业和解困资金: generic
U('勤俭建国、勤俭办一切事业', req=False)                    # …的方针, like 勤俭办社、勤俭办一切事业 (gwr-065-mechanisation, r33a): optional
U('适度从紧的货币政策', 'term', req=False, ctx='继续实行适度从紧的货币政策')  # a policy name (round 17): optional
# 国有大中型企业, 国有小企业: generic
today('今年金融体制改革')
s(DEP, '中国人民银行', **CB)                                 # the central bank by name: required (r35d)
s(P, '中国', False, ctx='中国人民银行')                      # inside 中国人民银行 (r35d): optional
s(DEP, '人民银行', False, ctx='中国人民银行', **CB)           # inside 中国人民银行 (r35d): optional
# 国有商业银行 (r29c: generic), 区域性商业银行, 城市商业银行: generic, none
s(DEP, '城乡信用合作社', False, kind='enterprise')          # like 农村信用社 (r14a, round 23: optional, undecided)
# 证券监管体系, 金融法规, 金融机构: none
s(DT, '去年以来', False, value='1997', resolved='1997')      # relative time (r14a: optional)
s(DT, '去年', False, ctx='去年以来', value='1997', resolved='1997')  # inside it (r14a: optional)
s(P, '东南亚', False)                                        # a region without fixed boundary (round 12; gwr-045-lessons)
# 许多国家, 我国 (guide: not a place), 人民币汇率 (a currency): none

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
