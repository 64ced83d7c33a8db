# Round 30 (annotator r30b), gwr-045: 1998 State Council government work
# report, range [6968, 9280): the heading "二、关于1 9 9 8 年政府工作的建议", the
# year's place (中国共产党第十五次全国代表大会 ×2, 九届全国人大一次会议, 国务院), the
# general requirements (高举邓小平理论伟大旗帜, 依法治国, 反腐败斗争, 建设有中国特色社会主义),
# task 第一 agriculture (4 9 2 5 0 万吨, 4 0 0 万吨, “小而全”, “米袋子” / “菜篮子”,
# 南方 / 北方, 三峡工程, 中西部地区, 3 0 年) and task 第二 state enterprises up to the
# restructuring paragraph (中央, 三年左右, 本世纪末, “抓大放小”, “三个有利于”,
# 国务院, 4 0 0 亿元, “拨改贷”, 5 0 0 亿元). Arabic digits printed one by one with
# spaces, annotated as printed (round 24).
# Script: **traditional** (the gold text is OpenCC s2t of the simplified source,
# same length; spans are found on the simplified form, _ann.py).
from _ann import DEP, DT, PE, Ann, P

A = Ann('gwr-045', 6968, 9280, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI, WAN = 100000000, 10000
SC = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
Y98 = {'value': '1998', 'resolved': '1998'}


def opt_fig(t, v, u, subj, ctx=None, ap='exact'):
    s('FIGURE', t, False, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)


def congress(ctx):
    """中国共产党第十五次全国代表大会: event and organ, all optional (as 十四大 in gwr-045-review)."""
    s(DEP, '中国共产党第十五次全国代表大会', False, ctx=ctx, level='central', kind='party')  # undecided (gwr-045-review)
    s(DT, '中国共产党第十五次全国代表大会', False)                                # an event used as a time (conventions)
    s(DEP, '中国共产党', False, level='central', kind='party')                   # the Party as a whole (guide)
    s(P, '中国', False)                                                          # place at the start of a name (guide)
    s(DT, '第十五次全国代表大会', False)                                         # gwr-045-review
    s(DEP, '全国代表大会', False, level='central', kind='party')                 # gwr-045-review


def today(ctx):
    s(DT, '今年', False, ctx=ctx, **Y98)  # relative time, optional with the report's year (conventions)


# heading and the year's place
A.date('1 9 9 8 年', '1998', ctx='关于1 9 9 8 年政府')  # spaced digits kept (round 24)
A.date('1 9 9 8 年', '1998', ctx='1 9 9 8 年是全面贯彻')
congress('中国共产党第十五次全国代表大会精神的第一年')  # 第一年: an ordinal, no span (guide)
s(DT, '九届全国人大一次会议', False)                      # a session as an event (gwr-048: 八届全国人大一次会议)
s(DEP, '九届全国人大', False, level='central', kind="people's congress", canonical='全国人民代表大会')  # with its term ordinal (guide)
s(DEP, '全国人大', level='central', kind="people's congress", canonical='全国人民代表大会')  # the organ (guide; gwr-048)
s(DEP, '人大', False, ctx='全国人大一次', level='central', kind="people's congress")   # inside the longer name (gwr-048)
s(DEP, '国务院', ctx='国务院经过认真研究', **SC)            # the State Council (guide)
today('今年的政府工作')
# general requirements
today('今年工作的总体要求')
U('高举邓小平理论伟大旗帜', req=False)                    # the theme wording (rounds 2, 6: optional)
U('邓小平理论', req=False, ctx='高举邓小平理论伟大旗帜')   # modifier of 旗帜 (round 6: optional)
s(PE, '邓小平', False)                                        # inside the doctrine name (round 2)
congress('全面贯彻中国共产党第十五次全国代表大会精神，加强')
U('依法治国', 'term', req=False)                          # round 3: optional
U('反腐败斗争', 'term', req=False)                        # policy phrase (as in earlier rounds: optional)
U('精神文明建设', 'term', req=False)                      # policy phrase (like 社会主义精神文明建设, round 12)
U('建设有中国特色社会主义', req=False)                    # modifier of 事业 (round 2 / round 17: optional)
s(P, '中国', False, ctx='建设有中国特色社会主义')         # inside a formula, part of a name (conventions)
today('今年要着重抓好')                                    # slip fixed: this 今年 had been left out
# 第一 agriculture
opt_fig('几年', 3, '年', '连续丰收', ap='about')           # a vague duration (r28a: 连续几年 optional)
today('今年要继续采取')
opt_fig('一个', 1, '个', '好收成', ctx='再有一个好收成')    # 一个 optional (round 2)
F('4 9 2 5 0 万吨', 49250 * WAN, '吨', '粮食总产量（1998目标）')  # 稳定在 outside (guide: verbs outside)
F('4 0 0 万吨', 400 * WAN, '吨', '棉花总产量（1998目标）')
Q('小而全', 'term', req=False)                             # a quoted coinage (conventions: “小而美”)
Q('米袋子', 'term', req=False)                             # like “菜篮子” in …市长负责制 (r14c: optional term)
Q('菜篮子', 'term', req=False)                             # r14c: optional term
today('是今年的一件大事')
opt_fig('一件', 1, '件', '大事', ctx='一件大事')            # 一件 optional (round 12)
s(P, '南方', False)                                        # a region without fixed boundary (like 北方, round 2)
s(P, '北方', False)
s(P, '三峡', False, ctx='三峡工程')                         # a place at the start of a project name (gwr-045-review)
s(P, '中西部地区', False)                                  # a region without fixed boundary (round 2 / round 8)
s(P, '中西部', False, ctx='中西部地区')
opt_fig('3 0 年', 30, '年', '土地承包期再延长')            # a duration (conventions: optional)
# 第二 state enterprises
s(DEP, '中央', False, ctx='中央提出', level='central', kind='party')  # 中央 alone (conventions: optional)
opt_fig('三年左右', 3, '年', '国有大中型亏损企业摆脱困境的时间', ap='about')  # a duration (conventions)
s(DT, '本世纪末', False, value='2000')                     # relative time (round 15)
U('现代企业制度', 'term', req=False, ctx='初步建立起现代企业制度')  # policy phrase (gwr-041: optional)
U('现代企业制度', 'term', req=False, ctx='以建立现代企业制度为方向')
Q('抓大放小')                                              # a quoted policy formula (guide; “拨改投”, round 13, Shanxi)
Q('三个有利于')                                            # quoted numbered formula, no FIGURE (r29b, guide)
U('鼓励兼并、规范破产、下岗分流、减员增效', req=False)    # the standard wording of the reform measures (undecided: optional)
U('再就业工程', 'campaign', req=False)                     # unquoted programme name (conventions: optional)
s(DEP, '国务院', ctx='国务院要加强', **SC)
today('今年核销')
F('4 0 0 亿元', 400 * YI, '元', '核销银行呆帐坏帐准备金的总额（1998）', ap='exact|more_than')  # 增加到 outside (round 21: 提高到)
s(DEP, '中央', False, ctx='中央和地方', level='central')    # 中央 alone (conventions: optional)
Q('拨改贷', 'campaign')                                     # a quoted reform name (like “拨改投”, round 13, Shanxi: required)
today('今年再转')
F('5 0 0 亿元', 500 * YI, '元', '“拨改贷”和基本建设经营性基金转为国家资本金（1998）')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
