from _ann import DT, PE, Ann, P, all_occ

# Round 33 (annotator r33d), blind: the 1998 State Council government work
# report, part 二 (proposals for 1998), range [11341, 13731): task 第四 opening up
# (对外开放 as 基本国策, 经济特区 / 上海浦东新区, 以质取胜和市场多元化战略, 中西部地区,
# 1 9 9 9 年 and 昆明 with the 世界园艺博览会, foreign exchange), task 第五 science,
# education and culture (7 2 ％, 3 5 0 万青壮年文盲, 九年义务教育, 素质教育,
# 邓小平理论, “扫黄”、“打非”) and task 第六 living standards up to the poverty
# paragraph (社会治安综合治理, 全民健身活动, 送温暖活动, 1 0 0 0 万以上贫困人口).
# Arabic digits printed one by one with spaces, annotated as printed (round 24,
# gwr-045-attainments). Script: simplified.
A = Ann('gwr-045', 11341, 13731)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000
MORE = 'more_than|at_least'
Y98 = {'value': '1998', 'resolved': '1998'}


def opt_fig(t, v, u, subj, ctx=None, ap='exact'):
    s('FIGURE', t, False, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)


def today(ctx):
    """今年: a relative time, optional, with the report's year (conventions; gwr-045-proposals)."""
    s(DT, '今年', False, ctx=ctx, **Y98)


# policy phrase 对外开放 at every occurrence: optional (round 12 / conventions: policy phrases)
all_occ(A, 'SLOGAN', '对外开放', False, kind='term', quoted=False)
A.cur = 0

# 第四，进一步提高对外开放水平 (第四: a list number, no FIGURE)
# 对外开放是我国的一项基本国策。 我国: not a place (guide)
opt_fig('一项', 1, '项', '基本国策', ctx='一项基本国策')       # article (round 10: 一项 optional)
today('今年要因势利导')
# 经济特区: generic (gwr-045-review; conventions)
s(P, '上海浦东新区')                                        # the longest name; new areas required (rounds 11, 14; gwr-045-review)
s(P, '上海', False, ctx='上海浦东新区')                      # a place at the start of a longer place name
s(P, '浦东新区', False, ctx='上海浦东新区')
U('以质取胜', 'term', req=False)                             # optional (as earlier gold of the trade strategy)
U('市场多元化战略', req=False)                               # r16d: optional
s(P, '中西部地区', False)                                    # a region without fixed boundary (round 2 / round 8; gwr-045-proposals)
s(P, '中西部', False, ctx='中西部地区')
s(P, '中西部', False, ctx='向中西部倾斜')
A.date('1 9 9 9 年', '1999')                                  # spaced digits kept (round 24; gwr-045-attainments)
s(P, '昆明')                                                  # a city named as the host: required (guide)
# 世界园艺博览会: an event name, no label (round 11, expos)
today('今年国际收支')
# 国家 (批准): generic, no DEPARTMENT; 境外: no place

# 第五，积极发展科技教育文化事业
# 国家高新技术产业开发区: a class of zones (plural, generic), no label
today('今年，基本普及')
opt_fig('九年', 9, '年', '义务教育', ctx='九年义务教育')     # 九年 in 九年义务教育 optional (round 11)
F('7 2 ％', 72, '%', '基本普及九年义务教育的地区占全国人口')  # 增加到 outside (guide: verbs outside)
F('3 5 0 万', 350 * WAN, '', '再扫除的青壮年文盲')           # number before a noun without classifier (conventions)
opt_fig('3 5 0 万青壮年文盲', 350 * WAN, '青壮年文盲', '再扫除的青壮年文盲')  # the number with the noun: optional (conventions)
U('素质教育', 'term', req=False)                             # policy phrase (as earlier gold)
sp = U('邓小平理论', ctx='用邓小平理论武装')                  # the doctrine itself: 用…武装 (round 6; cpc gold)
s(PE, '邓小平', False, at=sp['start'])                       # a name inside a doctrine name (guide)
opt_fig('一项', 1, '项', '根本性任务', ctx='一项根本性任务')   # article (round 10)
# 社会公德、职业道德和家庭美德, 群众性的精神文明建设活动: none (as earlier gold of the 1990s reports)
Q('扫黄', 'campaign')                                          # quoted campaign (round 11 / round 2)
Q('打非', 'campaign')                                          # its pair, quoted the same way (like 扫黄, round 11)

# 第六，努力改善城乡人民的物质文化生活
# 合作医疗制度 / 初级卫生保健目标: none
U('全民健身活动', 'campaign', req=False)                     # as earlier gold (optional)
U('社会治安综合治理', 'term', req=False)                    # policy phrase (round 12)
# 黄、赌、毒: unquoted single characters, none
opt_fig('一个', 1, '个', '安定的工作、学习和生活环境', ctx='有一个安定')  # article (round 2)
today('是今年各级政府')
opt_fig('一项', 1, '项', '突出任务', ctx='一项突出任务')       # article (round 10)
# 第三产业: an ordinal inside a term, no FIGURE
U('送温暖活动', 'campaign', req=False)                       # an activity name, unquoted (undecided: optional, like 讲文明、树新风)
today('争取今年再有')
F('1 0 0 0 万以上', 1000 * WAN, '', '解决温饱问题的贫困人口', ap=MORE)   # 以上 inside (conventions); no classifier
opt_fig('1 0 0 0 万', 1000 * WAN, '', '解决温饱问题的贫困人口', ap='exact|' + MORE)  # the bare number (as 5 6 ％ in gwr-045-attainments)
opt_fig('1 0 0 0 万以上贫困人口', 1000 * WAN, '贫困人口', '解决温饱问题的贫困人口', ap=MORE)  # with the noun: optional (conventions)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
