from functools import partial

from _ann import CC, DEP, DT, PE, SL, Ann

# Round 28 (r28a, blind): 2024 State Council government work report (gwr-002), range
# [4290, 6414): section "二、2024年经济社会发展总体要求和政策取向" from its heading
# (2024年) through the guiding paragraph (中华人民共和国成立75周年, “十四五”,
# 以习近平同志为核心的党中央, 习近平新时代中国特色社会主义思想, 党的二十大, 二十届二中全会,
# 中央经济工作会议, 稳中求进工作总基调, 新发展理念, 新发展格局, 中国式现代化), the
# situation (党中央决策部署), the main targets (5%左右, 1200万人以上, 5.5%左右, 3%左右,
# 1.3万亿斤以上, 2.5%左右), their explanation (5%左右, “十四五”), 稳中求进、以进促稳、先立后破,
# the fiscal policy (3%, 4.06万亿元, 1800亿元, 28.5万亿元, 1.1万亿元, 3.9万亿元, 1000亿元,
# 1万亿元, 中央财政, “三保”), the monetary policy and the consistency of macro policy.
# Script: simplified.
A = Ann('gwr-002', 4290, 6414)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
P = 'PLACE'
WAN = 10000; YI = 100000000; WY = 1000000000000
MT = 'more_than|at_least'
opt_fig = partial(A.figure, req=False)  # an optional FIGURE
Y24 = {'value': '2024', 'resolved': '2024'}
Y23 = {'value': '2023', 'resolved': '2023'}


def today(ctx):
    """今年: a relative time, optional, resolved to 2024 (README DATE; rounds 5, 11)."""
    s(DT, '今年', False, ctx=ctx, **Y24)


def last_year(ctx):
    """上年: optional, resolved to 2023 (README DATE; round 11)."""
    s(DT, '上年', False, ctx=ctx, **Y23)


# heading
A.date('2024年', '2024', ctx='二、2024年经济社会')             # a year in a heading: required (guide)
# guiding paragraph
today('今年是中华人民共和国')
s(P, '中华人民共和国')                                    # the country in running text: required (README PLACE, 中华人民共和国成立74周年)
opt_fig('75周年', 75, '周年', '中华人民共和国成立')          # an anniversary: optional (guide)
s(DT, '十四五', False, ctx='“十四五”规划目标'); s(SL, '十四五', False, kind='period', quoted=True)  # README: optional DATE and period
U('以习近平同志为核心的党中央', req=False)                  # optional (round 1)
s(PE, '习近平', title='同志')                              # as gwr-002-review.py
s(DEP, '党中央', **CC)
U('习近平新时代中国特色社会主义思想')                        # required (README SLOGAN)
s(PE, '习近平', False)                                     # a name inside an ideology (guide)
U('新时代中国特色社会主义思想', req=False)
s(P, '中国', False, ctx='中国特色社会主义思想')               # 中国 in 中国特色(社会主义): optional (round 3)
U('中国特色社会主义', req=False)
s(DEP, '党的二十大', False, kind='party'); s(DT, '党的二十大', False); s(DT, '二十大', False)  # optional (README round 8 / gwr-002-review.py)
s(DT, '二十届二中全会', False)                               # a plenum as a time: optional (README DATE)
s(DEP, '中央', False, ctx='中央经济工作会议', level='central', kind='party')  # 中央 in 中央经济工作会议 optional; the meeting not annotated (r7h, round 17)
U('稳中求进工作总基调')                                    # canonical long form required (README SLOGAN)
U('稳中求进', req=False, ctx='稳中求进工作总基调')             # its core optional
U('新发展理念')                                            # required (README SLOGAN)
U('新发展格局')                                            # required (README SLOGAN)
U('高质量发展', req=False, ctx='着力推动高质量发展')          # optional at every occurrence (README)
U('全面深化改革开放', req=False)                            # optional (r7r)
U('高水平科技自立自强', req=False)                          # a policy phrase (round 5 list)
U('扩大内需', req=False)                                   # optional (round 1)
U('供给侧结构性改革', req=False)                            # optional (round 6)
U('新型城镇化', req=False)                                 # optional by earlier rounds
U('乡村全面振兴', req=False)                               # optional by earlier rounds
U('高质量发展', req=False, ctx='统筹高质量发展和高水平安全')
U('质的有效提升和量的合理增长', req=False)                    # optional (Shanxi, round 17)
U('中国式现代化')                                          # the object of 以: required (round 5)
s(P, '中国', False, ctx='中国式现代化')                      # optional inside (round 3)
U('强国建设、民族复兴', req=False)                          # optional (round 3 list, xinhua-064)
U('民族复兴', req=False, ctx='民族复兴伟业')
# the situation
today('今年我国')
U('底线思维', req=False)                                   # alone here; its triple is optional (undecided: optional)
s(DEP, '党中央', ctx='落实好党中央', **CC)                   # 党中央 standing alone: required (guide)
# the main targets
today('今年发展主要')
F('5%左右', 5, '%', '国内生产总值增长（2024年预期目标）', 'about')
F('1200万人以上', 1200 * WAN, '人', '城镇新增就业（2024年预期目标）', MT)  # 以上 inside (README)
opt_fig('1200万人', 1200 * WAN, '人', '城镇新增就业（2024年预期目标）', ctx='1200万人以上', ap='exact|at_least')  # as gwr-004-macro.py
F('5.5%左右', 5.5, '%', '城镇调查失业率（2024年预期目标）', 'about')
F('3%左右', 3, '%', '居民消费价格涨幅（2024年预期目标）', 'about')
F('1.3万亿斤以上', 13 * 10**11, '斤', '粮食产量（2024年预期目标）', MT)  # as gwr-004.py
opt_fig('1.3万亿斤', 13 * 10**11, '斤', '粮食产量（2024年预期目标）', ctx='1.3万亿斤以上', ap='exact|at_least')
F('2.5%左右', 2.5, '%', '单位国内生产总值能耗降低（2024年预期目标）', 'about')
# their explanation
F('5%左右', 5, '%', '经济增长预期目标', 'about', ctx='目标为5%左右')
s(DT, '十四五', False, ctx='“十四五”规划和'); s(SL, '十四五', False, kind='period', quoted=True)
today('实现今年预期')
# 稳中求进、以进促稳、先立后破
U('稳中求进、以进促稳、先立后破', req=False)                  # optional, undecided (xinhua-064, round 14)
U('稳中求进', req=False, ctx='稳中求进、以进促稳')            # inside it optional
U('高质量发展', req=False, ctx='有悖于高质量发展')
U('积极的财政政策和稳健的货币政策', req=False)               # policy phrases (gwr-004-macro.py)
U('积极的财政政策', req=False, ctx='积极的财政政策和')
U('稳健的货币政策', req=False, ctx='和稳健的货币政策')
# 积极的财政政策要适度加力、提质增效
U('积极的财政政策', req=False, ctx='积极的财政政策要适度')
F('3%', 3, '%', '赤字率（2024年）', ctx='赤字率拟按3%安排')
F('4.06万亿元', 406 * 10**10, '元', '赤字规模（2024年）')
s(DT, '上年年初', False, value='2023-01', resolved='2023-01')  # 年初 and 上年: optional (README DATE)
last_year('上年年初')
F('1800亿元', 1800 * YI, '元', '赤字规模比上年年初预算增加')
today('预计今年财政')
F('28.5万亿元', 285 * 10**11, '元', '一般公共预算支出规模（2024年）')
last_year('比上年增加1.1万亿元')
F('1.1万亿元', 11 * 10**11, '元', '一般公共预算支出比上年增加')
F('3.9万亿元', 39 * 10**11, '元', '地方政府专项债券（2024年拟安排）')
last_year('比上年增加1000亿元')
F('1000亿元', 1000 * YI, '元', '地方政府专项债券比上年增加')
U('强国建设、民族复兴', req=False, ctx='强国建设、民族复兴进程')
U('民族复兴', req=False, ctx='民族复兴进程')
today('从今年开始')
opt_fig('几年', 3, '年', '连续发行超长期特别国债', ap='about')  # a vague duration (guide: durations optional)
today('今年先发行')
F('1万亿元', 1 * WY, '元', '超长期特别国债（2024年先发行）')
s(DEP, '中央', False, ctx='中央财政加大', level='central')   # 中央 in 中央财政: optional (rounds 1 and 5)
Q('三保')                                                  # a quoted coded formula, required (rounds 9, 11, 12); no FIGURE
U('面子工程、形象工程', 'term', req=False)                  # unquoted coinages (undecided: optional)
U('过紧日子', 'term', req=False)                            # optional (as an earlier gwr script)
# 稳健的货币政策要灵活适度、精准有效
U('稳健的货币政策', req=False, ctx='稳健的货币政策要灵活')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
