from _ann import DEP, DT, Ann, P

# Round 27 (r27a), blind: the 1998 State Council government work report, part 一
# (the five years 1993–1997), range [2363, 4542), right after `gwr-045-371-2362`:
# science, education and culture (2 2 ．4 万件 patents, 6 5 ％ / 6 ％ / 5 6 ％以上,
# 6 8 7 万人 / 1 7 ．5 万人 graduates, 8 5 ％以上 coverage, 邓小平理论, the moral
# formulas), democracy and the legal system (同级人民代表大会, 民主党派, 国务院 with
# 6 6 个 / 1 9 7 个, “严打”), defence (《国防法》, 中国人民解放军 and 武装警察部队) and
# living standards (1 9 9 7 年, incomes 5 1 6 0 元 / 2 0 9 0 元, 1 0 ．0 6 ‰,
# 7 0 ．8 岁, 淮河流域, 3 0 0 多个城市, 3 0 0 0 万贫困人口). Digits are spaced in the
# source (1 9 9 7 年, 2 2 ．4 万件); spans keep the spaces (round 24, gwr-045-review).
# Simplified.
A = Ann('gwr-045', 2363, 4542)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN, YI = 10000, 100000000
MORE = 'more_than|at_least'
SC = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}


def opt_fig(t, v, u, subj, ctx=None, ap='exact'):
    s('FIGURE', t, False, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)


def five(ctx, rel='五年来'):
    """五年来 / 五年共 / 五年中: relative time and duration, both optional (conventions; gwr-045-review)."""
    if rel:
        s(DT, rel, False, ctx=ctx)
    opt_fig('五年', 5, '年', '', ctx=ctx)


# 科技教育文化事业在改革中前进，社会主义精神文明建设取得新的成绩。
U('社会主义精神文明建设', 'term', req=False)              # policy phrase (round 12: 社会主义精神文明 optional)
five('五年来取得一大批')
opt_fig('一大批', 1, '批', '重要科技成果', ctx='一大批重要科技成果')  # 一批 / 一大批 optional (round 3)
# 我国: not a place (guide)
F('2 2 ．4 万件', 22.4 * WAN, '件', '授予专利权')          # decimal around a full-width point (round 24)
opt_fig('一批', 1, '批', '重大和关键技术问题', ctx='一批重大和关键技术')
opt_fig('一批', 1, '批', '高新技术和高新技术产品', ctx='一批我国权利人')
F('6 5 ％', 65, '%', '基本普及九年义务教育的地区占全国人口')
opt_fig('九年', 9, '年', '义务教育', ctx='九年义务教育')   # 九年 in 九年义务教育 optional (round 11)
F('6 ％', 6, '%', '青壮年文盲率', ctx='下降到6 ％')        # 下降到 outside
F('5 6 ％以上', 56, '%', '中等职业学校在校生占高中阶段教育总人数', ap=MORE)  # 以上 inside (conventions)
opt_fig('5 6 ％', 56, '%', '中等职业学校在校生占高中阶段教育总人数', ap='exact|' + MORE)  # the bare number (undecided: optional)
opt_fig('数以亿计', YI, '', '城乡劳动者', ap='about')     # a vague magnitude idiom (undecided: optional)
five('五年共培养', rel=None)                               # duration (conventions)
F('6 8 7 万人', 687 * WAN, '人', '本科和专科毕业生（五年）')
F('1 7 ．5 万人', 17.5 * WAN, '人', '研究生（五年）')
opt_fig('一批', 1, '批', '优秀作品', ctx='一批思想性')
F('8 5 ％以上', 85, '%', '广播和电视的人口覆盖率', ap=MORE, ctx='8 5 ％以上。哲学')
opt_fig('8 5 ％', 85, '%', '广播和电视的人口覆盖率', ap='exact|' + MORE, ctx='8 5 ％以上。哲学')
s(P, '中国', ctx='中国运动员')                              # the country (guide)
U('邓小平理论', ctx='深入学习邓小平理论')                  # the doctrine itself (round 6: 学好邓小平理论)
s('PERSON', '邓小平', False)     # inside the doctrine name (round 6)
U('建设有中国特色社会主义', req=False)                     # as a modifier (round 17: optional outside the doctrine's name)
s(P, '中国', False, ctx='建设有中国特色社会主义')          # inside a formula, part of a name (conventions)
U('以为人民服务为核心、集体主义为原则', 'formula', req=False)  # the moral-education wording (undecided: optional)
U('为人民服务', req=False, ctx='以为人民服务为核心')       # without 全心全意 (round 11: optional)
U('爱国主义、集体主义、社会主义', req=False)               # the 弘扬 triple (undecided, like 爱国主义, r26c)
U('讲文明、树新风', 'campaign', req=False)                  # an activity name without 活动 quoted (undecided: optional)

# 社会主义民主和法制建设得到加强 …
U('社会主义民主和法制建设', 'term', req=False)            # policy phrase (round 5: 社会主义民主法制建设)
s(DEP, '同级人民代表大会', False, kind="people's congress")  # generic (round 5)
s(DEP, '人民代表大会', False, ctx='同级人民代表大会', kind="people's congress")
s(DEP, '常委会', False, ctx='及其常委会的监督', kind="people's congress")
s(DEP, '民主党派', False, kind='party')                      # optional (round 3)
s(DT, '五年来', False, ctx='五年来，国务院')
opt_fig('五年', 5, '年', '', ctx='五年来，国务院')
s(DEP, '国务院', ctx='国务院提出法律草案', **SC)
F('6 6 个', 66, '个', '国务院提出的法律草案')
F('1 9 7 个', 197, '个', '国务院制定的行政法规')
U('公务员制度', 'term', req=False)                          # a system's name (undecided: optional)
U('社会治安综合治理', 'term', req=False)                    # policy phrase (round 12)
Q('严打', 'campaign')                                        # quoted campaign name (round 2: “严打” required)
opt_fig('一批', 1, '批', '腐败分子', ctx='一批腐败分子')
# 我国: not a place

# 国防和军队现代化建设迈出新的步伐。
U('国防和军队现代化', 'term', req=False)                    # optional (round 18)
# 第一部: an ordinal, no FIGURE (guide); 国防法 in 《》: a title of work, no span of its own
s(DT, '新时期', False, ctx='新时期军事战略方针')             # a period word (undecided: optional)
U('新时期军事战略方针', req=False)                          # like 新时代军事战略方针 (round 9): optional
U('有中国特色的精兵之路', req=False)                         # round 18 (中国特色的精兵之路) / r16: optional
s(P, '中国', False, ctx='有中国特色的精兵之路')
U('科技强军', req=False)                                     # 科技强军 without 战略 optional (round 18)
opt_fig('一批', 1, '批', '重要成果', ctx='一批重要成果')
U('军民结合、平战结合', req=False)                           # the defence industry's wording (undecided, like 三军一体、军民兼容、平战结合, round 18)
U('拥军优属、拥政爱民', 'campaign', req=False)               # optional (rounds 10, 12, 18)
U('军民共建', 'campaign', req=False)                         # activity name (undecided: optional)
U('军政、军民团结', req=False)                               # like 军政军民团结 (round 18): optional
s(DEP, '中国人民解放军', level='central', kind='state', canonical='中国人民解放军')  # the longest name (guide; 人民解放军 required, round 2)
s(P, '中国', False, ctx='中国人民解放军')                    # a place at the start of an organ name (guide)
s(DEP, '人民解放军', False, ctx='中国人民解放军', level='central', kind='state', canonical='中国人民解放军')
s(DEP, '武装警察部队', level='central', kind='state', canonical='中国人民武装警察部队')  # round 18

# 城乡居民收入显著增加，生活水平进一步提高。
A.date('1 9 9 7 年', '1997')                                  # spaced digits kept (round 24)
F('5 1 6 0 元', 5160, '元', '城镇居民人均可支配收入（1997）')   # 达到 outside
s(DT, '五年来', False, ctx='五年来年均实际增长6')
opt_fig('五年', 5, '年', '', ctx='五年来年均实际增长6')
F('6 ％', 6, '%', '城镇居民人均可支配收入年均实际增长', ctx='增长6 ％')
F('2 0 9 0 元', 2090, '元', '农村居民人均纯收入（1997）')
F('5 ．4 ％', 5.4, '%', '农村居民人均纯收入年均实际增长')
F('1 0 ．3 ％', 10.3, '%', '社会消费品零售总额年均实际增长')
F('8 5 ％以上', 85, '%', '家庭电视机普及率', ap=MORE, ctx='8 5 ％以上。城镇')
opt_fig('8 5 ％', 85, '%', '家庭电视机普及率', ap='exact|' + MORE, ctx='8 5 ％以上。城镇')
F('8 ．7 平方米', 8.7, '平方米', '城镇人均居住面积')
F('2 2 平方米', 22, '平方米', '农村人均居住面积')
F('4 6 2 8 0 亿元', 46280 * YI, '元', '城乡居民储蓄存款余额')
s(DT, '五年来', False, ctx='五年来城镇新增就业')
opt_fig('五年', 5, '年', '', ctx='五年来城镇新增就业')
F('3 5 5 5 万人', 3555 * WAN, '人', '城镇新增就业（五年）')
opt_fig('五天', 5, '天', '每周工作', ctx='每周五天工作制')    # like 五天半 in 每周五天半工作制 (round 11): optional
F('1 0 ．0 6 ‰', 10.06, '‰', '人口自然增长率')              # per-mille: unit ‰ (undecided case, by analogy with %)
F('7 0 ．8 岁', 70.8, '岁', '平均期望寿命')
s(P, '淮河流域')                                              # river basin required (round 11)
s(P, '淮河', False, ctx='淮河流域')
F('3 0 0 多个', 300, '个', '建立居民最低生活保障制度的城市', ap='more_than')
s(DT, '五年中', False)
opt_fig('五年', 5, '年', '', ctx='五年中')
F('3 0 0 0 万', 3000 * WAN, '', '解决了温饱问题的贫困人口')      # number before a noun without classifier (conventions)
opt_fig('3 0 0 0 万贫困人口', 3000 * WAN, '贫困人口', '解决了温饱问题的贫困人口')  # the number with the noun: optional

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
