from _ann import CC, DEP, DT, PE, Ann, P

# Round 39 (annotator r39b, blind): the 2026 government work report of Xinjiang, part
# "二、“十五五”时期经济社会发展的主要目标和战略举措", range [8761, 10551): the heading, the
# setting of the plan period (两个大局), the two plan documents in 《》 (the regional Party
# committee's 《建议》 and the government's 《纲要草案》, 自治区人民政府), the guiding thought
# (习近平新时代中国特色社会主义思想, 党中央, “五大战略定位”, 自治区党委, “九个坚持” with its
# list), the nine targets (新发展格局, 南疆, 兵团), the indicators (21个, 13个, 8个) and
# the growth target 5.5%—6%, the 13 fields, and the closing call (新时代党的治疆方略).
# Simplified script (the source as stored). Earlier ranges of the article: prov2026-013.py
# [10551, 12414), prov2026-013-livelihood.py [6736, 8481) and the others of the article.
A = Ann('prov2026-013', 8761, 10551)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
XPC = {'level': 'province', 'kind': 'party', 'canonical': '中共新疆维吾尔自治区委员会'}
XPCC = {'level': 'province', 'kind': 'state', 'canonical': '新疆生产建设兵团'}
XGOV = {'level': 'province', 'kind': 'state', 'canonical': '新疆维吾尔自治区人民政府'}


def plan15(ctx):
    """“十五五”: optional as DATE (2026/2030) and as SLOGAN kind period (Conventions decided here)."""
    sp = s(DT, '十五五', False, ctx=ctx, value='2026/2030')
    s('SLOGAN', '十五五', False, at=sp['start'], kind='period', quoted=True)


def xj(ctx):
    """新疆 where the text is about the region: required (README round 13, r7k; earlier Xinjiang gold)."""
    s(P, '新疆', ctx=ctx)


def five_years(ctx):
    """今后五年: optional relative DATE and the duration 五年 optional (README round 29, r29c)."""
    sp = s(DT, '今后五年', False, ctx=ctx, value='2026/2030', resolved='2026/2030')
    s('FIGURE', '五年', False, at=sp['start'] + 2, value=5, approx='exact', unit='年', subject='今后')


def hqd(ctx):
    """高质量发展: a policy phrase, optional (Conventions decided here)."""
    U('高质量发展', req=False, ctx=ctx)


def zhulao(ctx):
    """铸牢中华民族共同体意识 required, its core optional (Conventions decided here)."""
    sp = U('铸牢中华民族共同体意识', ctx=ctx)
    U('中华民族共同体意识', req=False, at=sp['start'] + 2)


# 二、“十五五”时期经济社会发展的主要目标和战略举措 (二、 a list number: none)
plan15('二、“十五五”')
# “十五五”时期在新疆现代化进程中具有承前启后的重要地位。新疆站在新的起点上
plan15('“十五五”时期在新疆')
xj('在新疆现代化')
xj('新疆站在')
hqd('推动高质量发展、筑牢')
# 筑牢社会稳定和长治久安根基: the core of the Xinjiang goal (社会稳定和长治久安工作总目标), here standing
# alone inside 根基; optional, as the same core in prov2026-013.py (round 39, after the measurement: undecided)
U('社会稳定和长治久安', req=False)
U('两个大局', req=False)                     # optional, undecided (README round 3 list)
s('FIGURE', '两个', False, ctx='两个大局', value=2, approx='exact', unit='个', subject='大局')   # optional (round 16 / r29: 两个 in 两个大局)
U('系统思维、底线思维', req=False)           # a set pair of methods: undecided, optional (底线思维 optional in earlier gold)
U('历史主动精神', 'term', req=False)         # optional term (earlier gold)
xj('确保新疆与全国')
U('社会主义现代化', 'term', req=False, ctx='基本实现社会主义现代化。')   # optional term (earlier gold)

# 根据《中共新疆维吾尔自治区委员会关于制定自治区国民经济和社会发展第十五个五年规划的建议》
# entities inside titles of works are optional (ANNOTATION.md, nesting); numerals inside titles: none
s(DEP, '中共新疆维吾尔自治区委员会', False, **XPC)
s(P, '新疆维吾尔自治区', False, ctx='中共新疆维吾尔自治区委员会')
s(P, '新疆', False, ctx='新疆维吾尔自治区委员会')
s(DEP, '自治区人民政府', **XGOV)            # the regional government: required (earlier Xinjiang gold)
# 《新疆维吾尔自治区国民经济和社会发展第十五个五年规划纲要（草案）》
s(P, '新疆维吾尔自治区', False, ctx='《新疆维吾尔自治区国民经济')
s(P, '新疆', False, ctx='新疆维吾尔自治区国民经济')
# 提交大会审查: 大会 is the session of the congress (a meeting), no DEPARTMENT (round 39)

# 在规划编制过程中 … 聚焦国家所需、新疆所能、群众所盼
U('国家所需、新疆所能、群众所盼', 'term', req=False)   # a set phrase: undecided, optional (round 39)
xj('新疆所能')
plan15('提出“十五五”')
xj('时期新疆经济社会')

# 《纲要草案》坚持以习近平新时代中国特色社会主义思想为指导
U('习近平新时代中国特色社会主义思想')       # required (ANNOTATION.md)
s(PE, '习近平', False, ctx='习近平新时代')    # the name inside the ideology: optional (ANNOTATION.md)
s(P, '中国', False, ctx='中国特色社会主义思想')   # a place inside the formula's name: optional
# 按照习近平总书记关于新疆工作的顶层设计
s(PE, '习近平', ctx='习近平总书记', title='总书记')   # title outside the span (ANNOTATION.md)
xj('关于新疆工作')                           # 新疆 in 关于新疆工作: required (README round 13, r7k)
plan15('把握“十五五”')
xj('时期新疆所处')
s(DEP, '党中央', **CC)                       # 党中央 standing alone: required (ANNOTATION.md)
Q('五大战略定位')                            # required, quoted coded formula (README round 13, r7k)
s(DEP, '自治区党委', ctx='体现了自治区党委', **XPC)   # required (Conventions decided here)
Q('九个坚持')                                # a quoted numbered formula: required, like “五个必须” (prov2026-013.py); no FIGURE inside
# 即坚持党的全面领导、…、坚持有效市场和有为政府相结合: the listed wording of “九个坚持”;
# undecided between the listed wording of a formula (required, like 创新、协调、绿色、开放、共享,
# round 7) and a gloss of principles: optional (round 39)
U('坚持党的全面领导、坚持以铸牢中华民族共同体意识为主线、坚持人民至上、坚持统筹发展和安全、坚持高质量发展、'
  '坚持全面深化改革、坚持把南疆发展摆在突出位置、坚持兵地融合发展、坚持有效市场和有为政府相结合',
  'directive', req=False)
U('党的全面领导', req=False, ctx='坚持党的全面领导')   # optional (earlier gold)
zhulao('坚持以铸牢中华民族共同体意识为主线')
U('人民至上', req=False)                     # optional unquoted wording (README round 13, r7s)
U('统筹发展和安全', req=False)               # optional (earlier gold)
hqd('坚持高质量发展')
U('全面深化改革', 'term', req=False, ctx='坚持全面深化改革')   # optional (earlier gold)
s(P, '南疆', ctx='坚持把南疆')               # a region of Xinjiang the text is about: required (earlier gold)
s(DEP, '兵地', False, ctx='坚持兵地融合')    # 兵团 and 地方 joined: optional (README round 13, r7k)
# 有效市场和有为政府相结合: policy wording, none

# 站在全局、着眼未来，新疆“十五五”发展必须着力推动经济实现质的有效提升和量的合理增长
xj('着眼未来，新疆')
plan15('新疆“十五五”发展')
U('质的有效提升和量的合理增长', req=False)   # optional (earlier gold)
U('共同富裕', req=False, ctx='各族群众共同富裕')   # optional standing alone (README round 18 list)
hqd('高水平安全和高质量发展')
# 《纲要草案》从九个方面明确了今后五年经济社会发展目标，即：
s('FIGURE', '九个', False, ctx='从九个方面', value=9, approx='exact', unit='个', subject='方面')   # the count of the list that follows: optional (round 14; round 27, r27c)
five_years('明确了今后五年')
# 国家安全体系和能力 …, 维护国家地缘安全的战略屏障: policy wording, none
hqd('高质量发展取得')
U('新发展格局')                              # required (Conventions decided here)
U('全面深化改革', 'term', req=False, ctx='进一步全面深化改革')
U('中华民族共同体建设', req=False)           # optional (earlier gold)
U('教育强区、科技强区、人才强区', req=False)   # the 强区 goals: optional (README round 18 list)
U('获得感、幸福感、安全感', req=False)       # optional (earlier gold)
U('美丽新疆', req=False)                     # optional, like 美丽山东 (README round 30, r30c)
s(P, '新疆', False, ctx='美丽新疆')          # inside the optional epithet: optional (README round 30, r30c)
s(P, '西北', False, ctx='国家西北生态')      # a region without fixed boundary: optional (README round 17; earlier gold)
s(P, '南疆', ctx='破解南疆')
s(DEP, '兵团', ctx='兵团特殊作用', **XPCC)   # required (README round 13, r7k)
# 提出五大类21个主要指标，包括13个预期性指标、8个约束性指标
F('五大类', 5, '类', '主要指标的类别', req=False)   # a count of classes named by 大 (like 两大类, r37a): undecided, optional (round 39)
F('21个', 21, '个', '主要指标')
F('13个', 13, '个', '预期性指标', ctx='13个预期性')
F('8个', 8, '个', '约束性指标')
xj('考虑新疆实际')
xj('按照新疆快于')
s(DT, '十六五', False, value='2031/2035')    # like “十五五”: optional as DATE and as SLOGAN kind period
s('SLOGAN', '十六五', False, kind='period', quoted=True)
plan15('建议“十五五”')
F('5.5%', 5.5, '%', '地区生产总值年均增长目标（“十五五”）', 'exact|at_least')   # a range gives two spans (Conventions decided here)
F('6%', 6, '%', '地区生产总值年均增长目标（“十五五”）', 'exact|less_than', ctx='—6%')

# 在“十五五”时期的战略任务和重大举措方面，依据自治区党委《建议》
plan15('在“十五五”时期的战略')
s(DEP, '自治区党委', ctx='依据自治区党委', **XPC)
xj('事关新疆经济')
s('FIGURE', '13个', False, ctx='分13个领域', value=13, approx='exact', unit='个', subject='领域')   # the count before the list of fields: optional (round 14; round 27, r27c)
plan15('细化实化“十五五”')
U('扩大内需', req=False, ctx='科技创新、扩大内需')   # optional (Conventions decided here)
s(P, '南疆', ctx='南疆振兴')                # the region in the name of a field of work: required (round 39)
s(DEP, '兵团', ctx='兵团壮大', **XPCC)
s(DEP, '党中央', ctx='体现党中央', **CC)
xj('符合新疆发展')
plan15('支撑“十五五”')

# 各位代表！今后五年，是我国基本实现社会主义现代化…的关键时期
five_years('今后五年，是')
U('社会主义现代化', 'term', req=False, ctx='我国基本实现社会主义现代化')
xj('是新疆以铸牢')
zhulao('以铸牢中华民族共同体意识为主线、完整')
U('新时代党的治疆方略')                      # required (Conventions decided here)
s(P, '疆', False, ctx='治疆方略')            # one-character abbreviation inside: optional (Conventions decided here)
Q('五大战略定位', ctx='落实“五大战略定位”')
hqd('推动高质量发展的关键五年')
s('FIGURE', '五年', False, ctx='关键五年', value=5, approx='exact', unit='年', subject='关键时期')   # a duration: optional (Conventions decided here)
xj('新疆迎来')
s(DEP, '党中央', ctx='在党中央的坚强领导', **CC)
plan15('“十五五”的规划蓝图')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
