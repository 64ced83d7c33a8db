from _ann import DEP, DT, Ann, P

# Round 35 (r35d): the 1994 State Council government work report, section 三
# "加快建立社会主义市场经济体制" from its heading to the organs-of-government paragraph,
# range [6186, 8526): the fiscal and tax reform (分税制, 中央 ×n optional, 两个积极性),
# the budget and bonds (中央财政), the banking reform (中央银行, 人民银行, 国家开发银行,
# 中国进出口银行, 中国农业发展银行), “三角债”, the exchange-rate unification
# (中国人民银行), enterprise reform (现代企业制度, 《公司法》), prices (十几年来,
# 百分之十以内, 市长负责制, “菜篮子”工程) and the organs (国务院 ×2, 八届全国人大一次会议,
# 国家行政学院). Simplified, full-width digits (none in this range). A fifth range of
# the article, between gwr-048-2499-4737 and gwr-048-11307-13376, overlapping neither.
A = Ann('gwr-048', 6186, 8526)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
GOV = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
CENTRAL = {'level': 'central', 'kind': 'state'}
BANK = {'level': 'central', 'kind': 'enterprise'}


def this_year(ctx):
    s(DT, '今年', False, ctx=ctx, value='1994', resolved='1994')   # relative time (round 1)


def zy(ctx):
    """中央 alone (中央与地方, 中央财政, 中央税收): optional (rounds 1, 5; r29d)."""
    s(DEP, '中央', False, ctx=ctx, **CENTRAL)


def bank(name):
    """A state bank: optional as an enterprise (guide; r14a), 中国 at its start optional."""
    s(DEP, name, False, **BANK)
    if name.startswith('中国'):
        s(P, '中国', False, ctx=name)


def smej(ctx, t='社会主义市场经济体制'):
    U(t, 'term', req=False, ctx=ctx)       # optional at every occurrence (round 11)


# 三、加快建立社会主义市场经济体制 (list number 三: no label)
smej('加快建立社会主义市场经济体制')
s(DT, '党的十四届三中全会', False)          # an event used as a time (round 8; 党的十六大 in gwr-041)
s(DT, '十四届三中全会', False)
smej('建立社会主义市场经济体制的总体蓝图')
this_year('今年要把重点突破')
# 认真实施财税改革方案，理顺中央与地方、国家与企业的分配关系。
zy('理顺中央与地方')
this_year('今年财税体制改革')
zy('划分中央与地方事权')
U('分税制', 'term', req=False)              # an unquoted system name (undecided: optional)
zy('划分中央和地方财政收入')
zy('建立中央税收')
# 增值税 / 流转税 / 内资企业所得税 / 个人所得税: tax names, no label
zy('增加中央财力')
zy('发挥中央和地方两个积极性')
F('两个', 2, '个', '积极性', req=False, ctx='两个积极性')   # a count after the list (r29d: optional)
# 目前国家财政比较困难 … 需要有一个过程
F('一个', 1, '个', '过程', req=False, ctx='有一个过程')        # 一个 as "a" (optional, like gwr-071)
this_year('今年由于国家内外债')
zy('中央财政仍有')
# 财税部门: generic (guide); 地方财政预算: generic
zy('中央财政收支差额')
# 国债 / 银行 / 全国人民: no label (全国 is not a place)
# 稳步进行金融体制改革，顺利实现汇率并轨。
U('社会主义市场经济', 'term', req=False, ctx='随着社会主义市场经济的发展')   # round 11
s(DEP, '中央银行', False, canonical='中国人民银行', **CENTRAL)   # the central bank as an institution (r7f: optional)
s(DEP, '人民银行', canonical='中国人民银行', **CENTRAL)         # a named state organ, short form
# 政策性银行 / 商业性银行: generic
bank('国家开发银行')
bank('中国进出口银行')
bank('中国农业发展银行')
# 国有专业银行 / 国有商业银行: generic (r29c)
# 我国经济处于快速增长时期 … 近两年货币、信贷总量增加很多
s(DT, '近两年', False)                      # a relative time (round 17: 近两年 optional)
F('两年', 2, '年', '', req=False, ctx='近两年')   # a duration (guide: optional)
this_year('今年要努力保持')
Q('三角债', 'term', req=False)             # a quoted coinage (Conventions decided here: optional term)
Q('三角债 ', 'term', req=False)            # the marks' content with the source's space (accepted too)
# 实现人民币牌价与外汇调剂市场价并轨 (人民币: a currency, no label)
s(DEP, '中国人民银行', level='central', kind='state', canonical='中国人民银行')   # named state organ
s(P, '中国', False, ctx='中国人民银行')     # a place at the start of a department name (guide)
s(DEP, '人民银行', False, ctx='中国人民银行', canonical='中国人民银行', **CENTRAL)  # nested (guide)
# 转换国有企业经营机制，探索建立现代企业制度的有效途径。
U('现代企业制度', 'term', req=False, ctx='探索建立现代企业制度')   # policy phrase (r29b: optional)
U('产权清晰、责权明确、政企分开、管理科学', req=False)             # the standard wording of 现代企业制度 (undecided: optional)
U('政企分开', 'term', req=False, ctx='产权清晰、责权明确、政企分开')  # inside the wording (r29b: optional)
U('现代企业制度', 'term', req=False, ctx='管理科学的现代企业制度')
this_year('今年国家将组织')
# 《公司法》: the title of a law; nothing inside it to label
U('现代企业制度', 'term', req=False, ctx='进行建立现代企业制度的试点')
# 面上的企业改革 …; 国有资产: generic
# 进一步理顺价格关系，发展和培育市场体系。
s(DT, '十几年来', False)                    # a relative time (round 17, like 四年来)
F('十几年', 10, '年', '', 'more_than', req=False)   # a duration (guide: optional)
this_year('今年要适当调整')
s(DT, '全年', False, ctx='全年零售物价', value='1994', resolved='1994')   # relative (round 10)
F('百分之十以内', 10, '%', '全年零售物价上涨幅度（控制目标）', 'less_than')   # 以内 inside (Conventions decided here)
U('市长负责制', 'term', req=False)          # an unquoted system name, like 分税制 (undecided: optional)
Q('菜篮子', 'term', req=False)             # like “菜篮子”市长负责制 (r14c) and “米袋子” (r30b): optional term
# 进一步深化流通体制改革 …: no labels
# 继续搞好机构改革，切实转变政府职能。
s(DT, '一年来', False, value='1993', resolved='1993')   # relative (round 10)
s(DEP, '国务院', **GOV, ctx='一年来，国务院')            # required (gwr-033, gwr-058)
s(DEP, '八届全国人大', False, level='central', kind="people's congress", canonical='第八届全国人民代表大会')  # ordinal form (round 10)
s(DT, '八届全国人大一次会议', False, value='1993-03', resolved='1993-03')   # the session as a time (round 10)
s(DEP, '全国人大', level='central', kind="people's congress", canonical='全国人民代表大会')   # required (round 10)
s(DEP, '人大', False, ctx='全国人大一次会议', level='central', kind="people's congress")   # round 10: optional
this_year('今年要基本完成')
# 省级政府 / 市县级政府 / 各级政府: generic
U('政企分开', 'term', req=False, ctx='要坚持政企分开')  # unquoted repeat (r29b: optional)
# 行业协会、商会等市场中介组织: generic
s(DEP, '国务院', **GOV, ctx='国务院决定成立')
s(DEP, '国家行政学院', level='central', kind='state')   # a named state body (guide: 中央党校（国家行政学院）)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
