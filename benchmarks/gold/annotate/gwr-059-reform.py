from _ann import CC, DEP, DT, Ann

# Round 32 (annotator r32c): the 1980 State Council government work report, part 三
# “采取有力措施，保证1980、1981年计划的完成”, after `gwr-059-7985-10202` (the heading 第三
# and the first paragraphs on metals and materials left out, as they hold no label):
# range [10754, 13066), the close of point 第三 (新型材料, 四化建设), the whole of point
# 第四 on the reform of economic management (enterprise autonomy and 职工代表大会,
# economic unions and “大锅饭”, competition, the banks, the tax reform with 这次人大会议
# and 从1981年开始, market regulation, foreign trade with 明年, economic law) and the
# close of the part (一年多来, 调整、改革、整顿、提高, 党中央, 本世纪末, 1980、1981年).
# Annotated as traditional: the gold text is OpenCC s2t of the simplified source
# (same length); the spans are found on the simplified text.
A = Ann('gwr-059', 10754, 13066, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
NPC = {'level': 'central', 'kind': "people's congress", 'canonical': '全国人民代表大会'}

# 进一步发展新型材料。随着四化建设的进展 …
U('四化', req=False)          # the abbreviation of 四个现代化 (required in round 1 in full): undecided, optional; no FIGURE (numeral in a formula)
# 第四，在试点的基础上，加快经济管理体制改革的进程 … (第四: a list number)
s(DEP, '职工代表大会', False, ctx='要普遍成立职工代表大会')    # generic (round 3)
s(DEP, '职工代表会议', False)                                 # generic, like 职工代表大会 (undecided: optional)
s(DEP, '职工代表大会', False, ctx='职工代表大会或职工代表会议有权')
s(DEP, '职工代表会议', False, ctx='职工代表会议有权')
# 积极组织各种形式的经济联合 … 不能吃“大锅饭”
Q('大锅饭', 'term', req=False)   # a quoted label of the period (吃大锅饭 optional term in gwr-058, round 20)
# 联合委员会 / 最高权力机构: generic, no label
# 在国家计划指导下广泛地开展竞争。在坚持社会主义计划经济的前提下
U('社会主义计划经济', 'term', req=False)   # a policy term of the period (undecided: optional)
# 银行实行独立经营 (银行: generic, no label)
# 逐步改革税制。要根据这次人大会议通过的法律
s(DEP, '人大', ctx='这次人大会议', **NPC)   # the NPC (README: 人大 in 五届人大 required)
A.date('1981年', '1981', ctx='从1981年开始')   # a year (guide)
# 实行国家计划指导下的市场调节 (物资部门, 行政部门: generic)
# 继续改革外贸管理体制 … 明年可以开始试行
s(DT, '明年', False, value='1981', resolved='1981')   # a relative time (as gwr-059-measures)
# 加强经济立法和经济司法 … 按照党的路线、方针、政策 (党 alone: none, as in earlier scripts)
# 以上这些经济改革措施 …
# 各位代表！一年多来
s(DT, '一年多来', False)                            # a relative time (README, round 11)
s('FIGURE', '一年多', False, ctx='一年多来', value=1, approx='more_than', unit='年', subject='执行调整方针的时间')  # a duration inside a relative time (r13d): optional
U('调整、改革、整顿、提高的方针', req=False)        # README (round 20): optional, as in gwr-059
U('调整、改革、整顿、提高', req=False)
s(DEP, '党中央', ctx='在党中央的领导下', **CC)       # required (guide)
s(DT, '本世纪末', False, value='2000')               # a relative time (round 15): optional
U('社会主义现代化', 'term', req=False, ctx='实现我国的社会主义现代化')   # a policy goal (undecided: optional)
U('解放思想，实事求是', 'directive', req=False)      # the 1978 pair of the ideological line (rounds 16, 18: optional)
U('解放思想', 'term', req=False)                      # each half (earlier scripts: 解放思想 optional)
U('实事求是', 'term', req=False)                      # r13d: 实事求是 optional
U('同心同德', 'term', req=False)                     # a set phrase (undecided: optional)
U('奋发图强', 'term', req=False)
# 1980、1981年: an elliptic pair, 1980 without 年 required (README; gwr-059-measures)
A.date('1980', '1980', ctx='完成1980、1981年')
A.date('1981年', '1981', ctx='1981年国民经济计划')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
