from _ann import DEP, DT, PE, SL, Ann, P

# Round 26: the 2026 government work report of Liaoning, [7430, 9653): the main
# indicators of the 15th Five-Year Plan outline (6项 … 526亿斤左右, 28项 / 19项 / 9项),
# the 18 fields and “五个必须”, the guiding paragraph for 2026 (“十五五” ×2, 习近平新时代
# 中国特色社会主义思想, 党的二十大, 中央经济工作会议, 省委十三届十次全会, “五大安全”,
# 新发展理念, 新发展格局, 稳中求进工作总基调, 新质生产力, 中国式现代化辽宁篇章), the 2026
# targets (4.5%左右, 2.5%左右, 45万人以上, 5.5%左右, 2%左右) and their explanation, the
# conditions (党中央 ×2), the heading of task (一), the policy paragraph and the
# consumption paragraph (“乐购辽宁” 4000场以上, “十五冬”, “人工智能+消费”, 1000家,
# “放心消费在辽宁”, 30个“辽宁优品”, “辽品出辽”“辽品出海”). Simplified. Blind.
# A sixth range of the article, between [5303, 7270) and [13644, ...).
A = Ann('prov2026-026', 7430, 9653)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000; YI = 100000000
LNPC = {'level': 'province', 'kind': 'party', 'canonical': '中共辽宁省委'}
CCP = {'level': 'central', 'kind': 'party', 'canonical': '中共中央'}
Y26 = {'value': '2026', 'resolved': '2026'}


def fyp(ctx):
    """“十五五”: optional as DATE and as SLOGAN kind period (README, conventions decided here)."""
    sp = s(DT, '十五五', False, ctx=ctx, value='2026/2030')
    s(SL, '十五五', False, at=sp['start'], kind='period', quoted=True)


def zy(ctx):
    """中央 alone (中央宏观政策, 中央经济工作会议, 中央预算内投资): optional (rounds 1, 5)."""
    s(DEP, '中央', False, ctx=ctx, level='central')


# 《纲要（草案）》明确了经济社会发展主要指标：(title of a work: nothing inside)
F('6项', 6, '项', '经济发展指标')                                   # counts with classifier (guide)
F('5%左右', 5, '%', '地区生产总值年均增长（“十五五”）', ap='about')    # 左右 inside (guide)
F('5项', 5, '项', '创新驱动指标')
F('8%以上', 8, '%', '全社会研发经费投入年均增长（“十五五”）', ap='more_than|at_least')  # 以上 inside (README)
F('8项', 8, '项', '民生福祉指标')
F('5.5%左右', 5.5, '%', '城镇调查失业率（“十五五”）', ap='about')
F('7项', 7, '项', '绿色低碳指标')
F('21%', 21, '%', '非化石能源占能源消费总量比重（“十五五”）')
F('2项', 2, '项', '安全保障指标')
F('526亿斤左右', 526 * YI, '斤', '粮食综合生产能力（“十五五”）', ap='about')   # 亿 a multiplier (guide)
F('28项', 28, '项', '指标（共计）')
F('19项', 19, '项', '预期性指标')
F('9项', 9, '项', '约束性指标', ctx='约束性指标9项')
# 为实现上述指标，《纲要（草案）》安排了18个领域的重点任务。
F('18个', 18, '个', '领域的重点任务')
s(PE, '习近平', ctx='习近平总书记对辽宁', title='总书记')              # title outside (guide)
s(P, '辽宁', ctx='对辽宁振兴')                                       # the text is about the province (r7s)
Q('五个必须')                                                        # a quoted numbered formula (round 2); no FIGURE
s(DEP, '省委', ctx='省委新部署', **LNPC)                             # named body (conventions decided here)
s(DT, '2035年', value='2035', ctx='为2035年')
# 今年是“十五五”开局之年
s(DT, '今年', False, ctx='今年是“十五五”', **Y26)                     # relative time (README)
fyp('“十五五”开局之年')
s(DT, '今年', False, ctx='今年政府工作', **Y26)
U('习近平新时代中国特色社会主义思想')                                  # ANNOTATION.md
s(PE, '习近平', False, ctx='习近平新时代')                            # name inside an ideology: optional (guide)
U('新时代中国特色社会主义思想', req=False, ctx='习近平新时代中国特色社会主义思想')  # prov2026-026-fiveyears.py
s(P, '中国', False, ctx='新时代中国特色')                            # a place inside a formula's name: optional (guide's nesting rule, README round 3); slip fixed after the first measurement
s(DT, '党的二十大', False); s(DT, '二十大', False, ctx='二十大和')      # event used as a time (README)
s(DT, '二十届历次全会', False)                                         # plenary sessions: optional (round 2, line 281)
zy('中央经济工作会议')                                                 # a meeting; 中央 inside optional (prov2026-006-tasks.py)
s(PE, '习近平', ctx='习近平总书记对辽宁振兴发展的重要讲话和重要指示精神，按照', title='总书记')
s(P, '辽宁', ctx='对辽宁振兴发展的重要讲话和重要指示精神，按照')
s(DT, '省委十三届十次全会', False)                                     # a plenary session as a time (prov2026-026-fiveyears.py)
s(DEP, '省委', ctx='省委十三届', **LNPC)                               # the organ is the span (round 17)
s(DEP, '省委', False, ctx='省委经济工作会议', **LNPC)                   # organ at the start of a meeting name: optional (round 9/10, line 1567)
Q('五大安全')                                                        # quoted numbered formula (round 2); no FIGURE
U('新发展理念')                                                      # conventions decided here
U('新发展格局')
U('高质量发展', req=False, ctx='着力推动高质量发展')                   # policy phrase (conventions decided here)
U('稳中求进工作总基调')                                              # canonical long form required
U('稳中求进', req=False, ctx='稳中求进工作总基调')                     # its core optional
U('统筹发展和安全', req=False)                                       # prov2026-006-tasks.py
zy('中央宏观政策，增强')
U('扩大内需', req=False, ctx='持续扩大内需')                          # policy phrase (conventions decided here)
U('新质生产力', ctx='因地制宜发展新质生产力')                          # conventions decided here
U('全国统一大市场', req=False)                                       # policy phrase
U('稳就业、稳企业、稳市场、稳预期', req=False)                         # optional (prov2026-006-tasks.py)
U('质的有效提升和量的合理增长', req=False)
fyp('实现“十五五”良好开局')
U('东北全面振兴', 'term', req=False, ctx='新时代东北全面振兴')      # optional, undecided (round 15 list)
s(P, '东北', False, ctx='东北全面振兴')                          # a region without fixed boundary (round 2)
U('中国式现代化', req=False, ctx='中国式现代化辽宁篇章')                 # as a modifier (r7r, prov2026-026-fiveyears.py)
s(P, '中国', False, ctx='中国式现代化辽宁篇章')
s(P, '辽宁', ctx='辽宁篇章')                                          # about the province (r7s)
# 全省经济社会发展的主要预期目标是：
F('4.5%左右', 4.5, '%', '地区生产总值增长（2026年预期目标）', ap='about')
F('2.5%左右', 2.5, '%', '一般公共预算收入增长（2026年预期目标）', ap='about')
F('45万人以上', 45 * WAN, '人', '城镇新增就业（2026年预期目标）', ap='more_than|at_least')
F('5.5%左右', 5.5, '%', '城镇调查失业率（2026年预期目标）', ap='about')
F('2%左右', 2, '%', '居民消费价格涨幅（2026年预期目标）', ap='about')
# 确定4.5%左右的增长目标 …
F('4.5%左右', 4.5, '%', '地区生产总值增长目标（2026年）', ap='about')
s(DEP, '党中央', ctx='贯彻落实党中央', **CCP)                         # 党中央 standing alone (guide)
s(DT, '2035年', value='2035', ctx='我省2035年')                      # 2035年远景目标: the year is the span
fyp('“十五五”规划目标')
F('45万人以上', 45 * WAN, '人', '城镇新增就业目标（2026年）', ap='more_than|at_least')
# 完成今年发展目标 …
s(DT, '今年', False, ctx='完成今年发展', **Y26)
s(PE, '习近平', ctx='习近平总书记的领航', title='总书记')
s(DEP, '党中央', ctx='有党中央的坚强', **CCP)
s(DEP, '党中央', ctx='党中央继续实施', **CCP)
U('新质生产力', ctx='我省新质生产力')
s(DT, '今年', False, ctx='今年，新材料', **Y26)
# 有效发挥政策集成效应。深入落实中央宏观政策，…中央预算内投资…
zy('中央宏观政策，力争')
zy('中央预算内投资')
# 持续开展提振消费专项行动。
U('提振消费专项行动', 'campaign', req=False)                        # unquoted programme name: optional (prov2026-026-fiveyears.py)
F('4%左右', 4, '%', '社会消费品零售总额增长（2026年）', ap='about')
U('以旧换新', 'campaign', req=False, ctx='消费品以旧换新政策')          # unquoted policy phrase: optional (conventions decided here)
Q('乐购辽宁', 'campaign')                                             # quoted name of an activity (…活动; guide, round 2)
s(P, '辽宁', False, ctx='乐购辽宁')                                   # entity inside a quoted slogan (guide)
F('4000场以上', 4000, '场', '“乐购辽宁”活动', ap='more_than|at_least')
U('服务消费提质惠民行动', 'campaign', req=False)                     # unquoted programme name: optional
s(P, '东北', False, ctx='东北地区城市足球联赛')                        # region without fixed boundary (round 2)
s(P, '东北地区', False, ctx='东北地区城市足球联赛')
Q('三大球', 'term', req=False)                                        # quoted designation of three sports: coinage (undecided, round 26)
Q('十五冬', 'term', req=False)                                        # an event's quoted short name (round 9/10, line 2258)
F('10%', 10, '%', '接待游客人次增长（2026年）')
Q('人工智能+消费', 'campaign')                                       # quoted “X+” programme (like “人工智能+”, r7q)
F('1000家', 1000, '家', '离境退税店', ap='exact|more_than')                               # 达到: verb outside (guide)
U('消费环境提升工程', 'campaign', req=False)                         # unquoted programme name: optional
Q('放心消费在辽宁', 'term', req=False)                                 # a province's quoted brand (…品牌): optional (line 1570)
s(P, '辽宁', False, ctx='放心消费在辽宁')
F('30个', 30, '个', '“辽宁优品”')
Q('辽宁优品', 'term', req=False)                                      # quoted products: optional term (round 5)
s(P, '辽宁', False, ctx='辽宁优品')
Q('辽品出辽', 'term', req=False)                                      # quoted coinages (undecided, round 26)
Q('辽品出海', 'term', req=False)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
