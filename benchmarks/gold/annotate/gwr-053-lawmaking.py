from _ann import DEP, DT, SL, Ann

# Round 33 (annotator r33c, blind). 1986 State Council report on the 7th Five-Year Plan
# (gwr-053), range [20429, 22253) of the window [18044, 22253): the last three of the six
# 认识问题 of section 三 (the reform's demands on enterprises with 前几年 and 吃“大锅饭”; the
# change of government functions with 马克思主义的基本理论 and 全心全意为人民服务; the legal
# system with 两手, 全国人民代表大会及其常务委员会, 国务院, “七五” ×2, 有法必依，执法必严 and
# 各级人民代表大会及其常务委员会), the closing 总之 sentence, and the heading and first
# paragraph of section 四 “坚持独立自主的和平外交政策” (第七个五年计划), up to the range
# `gwr-053-22253-24512`. Simplified script.
A = Ann('gwr-053', 20429, 22253)
s = A.s
NPC = {'level': 'central', 'kind': "people's congress", 'canonical': '全国人民代表大会'}


def period(ctx):
    """“七五”: optional as DATE and as SLOGAN kind period (Conventions decided here)."""
    sp = s(DT, '七五', False, ctx=ctx, value='1986/1990')
    s(SL, '七五', False, at=sp['start'], kind='period', quoted=True)


def opt(t, n, u, ctx, subj):
    """An anaphoric or vague count (一个, 一批, 一次): optional (rounds 1-2; gwr-053-plan.py)."""
    return s('FIGURE', t, False, ctx=ctx, value=n, approx='exact', unit=u, subject=subj)


def U(t, k='formula', ctx=None, req=False):
    """An unquoted wording: optional unless a convention requires it."""
    return s(SL, t, req, ctx=ctx, kind=k, quoted=False)


# 四、充分认识改革的新形势对企业提出的严格要求 (a section number: none)
s(DT, '前几年', False, ctx='经过前几年的改革')                 # relative time: optional (Conventions decided here)
# 统购包销、统收统支: names of the old system's practices, no label
s(SL, '大锅饭', False, kind='term', quoted=True)               # quoted coinage: optional term (Conventions decided here; r32c)
# 只负盈不负亏, 放权、减税、让利, 质量观念和效益观念: descriptions, no label
# 党和国家, 党的组织, 工人阶级: generic, no label

# 五、充分认识政府机构转变管理职能和改进工作作风的重要性
# 各级政府的经济部门, 综合性经济管理部门, 专业性管理部门: generic organ nouns (guide; round 8)
opt('一次', 1, '次', '一次重大变革', '上层建筑的变革')
U('马克思主义', ctx='学习马克思主义的基本理论')                 # 马克思主义 + 的 + noun: optional (rounds 2 and 6)
# 官僚主义的陋习, 少讲空话，多做实事: no label
U('全心全意为人民服务', ctx='全心全意为人民服务。', req=True)   # the standard wording, not a modifier: required (round 1, README 814)

# 六、充分认识加强法制对于改革的促进作用和保证作用
opt('两手', 2, '手', '要有两手', '手')  # a numeral of the set wording 两手: undecided, optional
U('一手抓建设，一手抓健全社会主义法制', 'directive')          # the 两手 wording of 1986: undecided, optional (like 两手抓、两手都要硬, r26c)
opt('一个', 1, '个', '一个重要目的', '目的')
s(DT, '前几年', False, ctx='前几年，全国人民代表大会')          # relative time: optional
s(DEP, '全国人民代表大会', ctx='全国人民代表大会及其常务委员会', **NPC)   # the named organ: required (rounds 1, 4)
s(DEP, '全国人民代表大会及其常务委员会', False, **NPC)          # the pair as one span: optional (like 同级人民代表大会及其常委会, r32a)
s(DEP, '常务委员会', False, ctx='及其常务委员会已经', level='central', kind="people's congress",
  canonical='全国人民代表大会常务委员会')                       # 常委会 after 及其: optional (r32a: 全国人大 required, 常委会 optional)
opt('一批', 1, '批', '一批重要法律', '重要法律')
s(DEP, '国务院', level='central', kind='state', canonical='国务院')   # required (gwr-053-plan.py)
opt('一批', 1, '批', '一批必要的行政法规', '行政法规')
period('在“七五”期间')
opt('一个', 1, '个', '一个突出问题', '突出问题')
# 各级政府及其工作人员: generic
s(DEP, '各级人民代表大会', False, kind="people's congress")      # generic 各级… (guide) vs the congresses: optional (like 同级人民代表大会, round 5)
s(DEP, '各级人民代表大会及其常务委员会', False, kind="people's congress")
s(DEP, '常务委员会', False, ctx='及其常务委员会的监督', kind="people's congress")
U('有法必依，执法必严', ctx='有法必依，执法必严。')             # half of the 十六字方针: optional (undecided; see note)

# 总之，“七五”期间的改革任务十分繁重。
period('总之，“七五”期间')

# 四、坚持独立自主的和平外交政策 (heading)
U('独立自主的和平外交政策', ctx='坚持独立自主的和平外交政策⏎'.replace('⏎', '\n'))   # institution-like name: optional (round 2)
s(DT, '第七个五年计划', False, value='1986/1990')               # the plan as a period: optional (gwr-053-plan.py)
# 全国人民, 我国: not places
U('独立自主的和平外交政策', ctx='继续坚持独立自主的和平外交政策')
opt('一个', 1, '个', '一个长期的和平国际环境', '和平国际环境')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
