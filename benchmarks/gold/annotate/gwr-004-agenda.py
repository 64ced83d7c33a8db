from functools import partial

from _ann import CC, DEP, DT, PE, SL, Ann

# Round 31 (r31a, blind): 2023 State Council government work report (gwr-004), range
# [14859, 17226): section "二、对今年政府工作的建议" from the guiding paragraph
# (党的二十大 ×2, 以习近平同志为核心的党中央, 习近平新时代中国特色社会主义思想,
# 中央经济工作会议, 中国式现代化, 稳中求进工作总基调, 新发展理念, 新发展格局,
# 国内国际两个大局, 扩大内需战略, 供给侧结构性改革), the main targets (5%左右,
# 1200万人左右, 5.5%左右, 3%左右, 1.3万亿斤以上), the policies (3% deficit, “三保”),
# the epidemic (“乙类乙管”), and the points (一) to (六) (3.8万亿元, “十四五”,
# 城市更新行动, “两个毫不动摇”, CPTPP, 自由贸易试验区提升战略, 海南自由贸易港, 中国大市场)
# and (六) (千亿斤粮食产能提升行动, 大食物观, 乡村建设行动, 30年).
# Script: simplified.
A = Ann('gwr-004', 14859, 17226)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
P = 'PLACE'
WAN = 10000; YI = 100000000; WY = 1000000000000
MT = 'more_than|at_least'
opt_fig = partial(A.figure, req=False)  # an optional FIGURE
Y23 = {'value': '2023', 'resolved': '2023'}


def today(ctx):
    """今年: a relative time, optional, resolved to 2023 (README DATE; gwr-002-targets.py)."""
    s(DT, '今年', False, ctx=ctx, **Y23)


# guiding paragraph
today('今年是全面贯彻')
s(DEP, '党的二十大', False, kind='party', ctx='党的二十大精神的开局'); s(DT, '党的二十大', False, ctx='党的二十大精神的开局'); s(DT, '二十大', False, ctx='二十大精神的开局')  # optional (README round 8, gwr-002-targets.py)
U('以习近平同志为核心的党中央', req=False)                  # optional (round 1)
s(PE, '习近平', title='同志')                              # as gwr-002-targets.py
s(DEP, '党中央', **CC)                                     # 党中央 standing alone (guide)
U('习近平新时代中国特色社会主义思想')                        # required (README SLOGAN)
s(PE, '习近平', False)                                     # a name inside an ideology (guide)
U('新时代中国特色社会主义思想', req=False)                   # as gwr-002-targets.py
s(P, '中国', False, ctx='中国特色社会主义思想')               # 中国 in 中国特色: optional (round 3)
U('中国特色社会主义', req=False)
s(DEP, '党的二十大', False, kind='party', ctx='党的二十大精神，按照'); s(DT, '党的二十大', False, ctx='党的二十大精神，按照'); s(DT, '二十大', False, ctx='二十大精神，按照')
s(DEP, '中央', False, ctx='中央经济工作会议', level='central', kind='party')  # 中央 in 中央经济工作会议 optional; the meeting not annotated (round 17)
U('中国式现代化')                                          # the object of 推进: required (round 5)
s(P, '中国', False, ctx='中国式现代化')                      # optional inside (round 3)
U('稳中求进工作总基调')                                    # canonical long form required (README SLOGAN)
U('稳中求进', req=False, ctx='稳中求进工作总基调')             # its core optional
U('新发展理念')                                            # required (README SLOGAN)
U('新发展格局')                                            # required (README SLOGAN)
U('高质量发展', req=False, ctx='着力推动高质量发展')          # optional at every occurrence (README)
U('国内国际两个大局', req=False)                            # optional (README round list: 两个大局 / 国内国际两个大局)
U('两个大局', req=False)
opt_fig('两个', 2, '个', '大局', ctx='两个大局')              # an announced count (README FIGURE, optional)
U('统筹疫情防控和经济社会发展', req=False)                   # a policy wording (round 1 list: optional)
U('统筹发展和安全', req=False)                              # optional (round 1 list)
U('全面深化改革开放', req=False)                            # optional (r7r, gwr-002-targets.py)
U('扩大内需战略')                                          # the fixed name of a national strategy: required (README, decided by analogy)
U('扩大内需', req=False, ctx='扩大内需战略')                 # its core: optional (round 1)
U('供给侧结构性改革', req=False)                            # optional (round 6)
U('稳增长、稳就业、稳物价', req=False)                       # a policy wording (undecided: optional)
U('质的有效提升和量的合理增长', req=False)                    # optional (round 17)
U('全面建设社会主义现代化国家', req=False)                    # optional goal wording (README list)
# the main targets
today('今年发展主要')
F('5%左右', 5, '%', '国内生产总值增长（2023年预期目标）', 'about')          # 左右 inside (guide)
F('1200万人左右', 1200 * WAN, '人', '城镇新增就业（2023年预期目标）', 'about')
F('5.5%左右', 5.5, '%', '城镇调查失业率（2023年预期目标）', 'about')
F('3%左右', 3, '%', '居民消费价格涨幅（2023年预期目标）', 'about')
F('1.3万亿斤以上', 13 * 10**11, '斤', '粮食产量（2023年预期目标）', MT)     # 以上 inside (README), as gwr-002-targets.py
opt_fig('1.3万亿斤', 13 * 10**11, '斤', '粮食产量（2023年预期目标）', ctx='1.3万亿斤以上', ap='exact|at_least')
# the policies
U('稳字当头、稳中求进', req=False)                           # a policy wording (undecided: optional)
U('稳中求进', req=False, ctx='稳字当头、稳中求进')            # the core, optional
U('高质量发展', req=False, ctx='共促高质量发展')
U('积极的财政政策', req=False)                              # policy phrase (gwr-004-macro.py)
F('3%', 3, '%', '赤字率（2023年）', ctx='赤字率拟按3%安排')    # as gwr-002-targets.py
Q('三保')                                                  # a quoted coded formula, required (rounds 9, 11, 12); no FIGURE
U('稳健的货币政策', req=False)                              # policy phrase (gwr-004-macro.py)
U('新型举国体制', req=False)                                # a policy phrase (undecided: optional)
U('就业优先政策', req=False)                                # like 就业优先战略 (optional)
# the epidemic
Q('乙类乙管', 'formula', req=False)                          # as gwr-002-reform.py (undecided: optional)
U('保健康、防重症', req=False)                               # a policy wording (undecided: optional)
# points (一) to (五)
today('今年是政府换届')
today('今年拟安排')
F('3.8万亿元', 3.8 * WY, '元', '地方政府专项债券（2023年拟安排）')
s(DT, '十四五', False, ctx='“十四五”重大工程'); s(SL, '十四五', False, kind='period', quoted=True)  # README: optional DATE and period
U('城市更新行动', 'campaign', req=False)                     # as an earlier script (optional)
U('城市更新', req=False, ctx='城市更新行动')
U('产业强链补链行动', 'campaign', req=False)                 # an unquoted action name (round 13: optional)
Q('两个毫不动摇')                                          # a quoted numbered formula, required (guide: 两个维护); no FIGURE
s(P, '中国', False, ctx='中国特色国有企业')                  # 中国 in 中国特色: optional (round 3)
U('亲清政商关系', req=False)                                # optional (conventions decided here)
# 全面与进步跨太平洋伙伴关系协定（CPTPP）: a treaty name, no label (README round on RCEP)
s(P, '太平洋', False)                                      # inside a treaty title: optional (README, guide nesting; slip fixed after the first measurement)
U('自由贸易试验区提升战略', req=False)                       # undecided: a strategy's name (as an earlier script)
s(DEP, '自由贸易试验区', False, ctx='自由贸易试验区提升'); s(P, '自由贸易试验区', False, ctx='自由贸易试验区提升')  # zones (round 12)
s(DEP, '海南自由贸易港', False); s(P, '海南自由贸易港', False)  # round 12: with 海南, optional
s(P, '海南', False)
s(P, '中国', ctx='开放的中国大市场')                          # the country in running text: required (as other scripts, 中国大市场)
s(P, '华', False, ctx='在华发展')                            # 华 in 在华: optional (README)
# (五) finance and debt risks: nothing
# (六) grain and rural revitalisation (paragraph annotated after the first measurement: a slip, it had been left out)
U('乡村振兴', req=False, ctx='推进乡村振兴')                   # optional (README round list)
U('新一轮千亿斤粮食产能提升行动', 'campaign', req=False)         # an unquoted action name: optional (round 13, README list)
U('千亿斤粮食产能提升行动', 'campaign', req=False)
opt_fig('千亿斤', 10**11, '斤', '粮食产能提升', ctx='千亿斤粮食')  # optional, undecided (README: 千亿斤 inside the action name)
U('种业振兴行动', 'campaign', req=False)                       # optional (README list)
U('种业振兴', 'term', req=False, ctx='种业振兴行动')
U('大食物观', req=False)                                     # a policy concept; nothing written (undecided: optional)
U('巩固拓展脱贫攻坚成果', req=False)                          # optional (README list)
U('乡村建设行动', 'campaign', req=False)                       # optional (README list)
opt_fig('30年', 30, '年', '土地承包期再延长')                  # a duration: optional (guide; README 土地承包期再延长30年)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
