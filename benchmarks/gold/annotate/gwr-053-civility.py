from _ann import DEP, DT, SL, Ann, P

# Round 36 (annotator r36d, blind). 1986 State Council report on the 7th Five-Year Plan
# (gwr-053), range [24513, 26891) of the window [24512, 27637): the last paragraph of the
# foreign-policy section (中国, 十亿多人口, 两条战线) and the closing words 结束语 up to the
# clean-government paragraph: the plan's goals (第七个五年计划, 九十年代, 本世纪末), this
# year's work (今年, “七五” ×2, 一九八五年, 明后年, 国务院, 一九八六年), spiritual
# civilisation (一九八六年, “七五”, “两个文明”, 改革、开放、搞活, 资产阶级自由化, “一切向钱看”,
# 四项基本原则, the 四有 wording), the cultural workers (“七五”, 为人民服务、为社会主义服务,
# 四化, 马克思主义 ×2, 理论联系实际) and the government organs' malpractice (为人民服务,
# 中央领导机关, 社会治安的综合治理). Simplified, as in the source. Cut before 人民解放军指战员….
A = Ann('gwr-053', 24513, 26891)
s = A.s
F = A.figure
FIG = 'FIGURE'


def U(t, k='formula', req=False, ctx=None):
    """An unquoted wording: optional unless a convention requires it."""
    return s(SL, t, req, ctx=ctx, kind=k, quoted=False)


def period(ctx):
    """“七五”: optional as DATE and as SLOGAN kind period (Conventions decided here)."""
    sp = s(DT, '七五', False, ctx=ctx, value='1986/1990')
    s(SL, '七五', False, at=sp['start'], kind='period', quoted=True)


def opt(t, n, u, ctx=None, subj=None):
    """An anaphoric or vague count: optional (rounds 1-2; gwr-053-consumption.py)."""
    kw = {'value': n, 'approx': 'exact', 'unit': u}
    if subj:
        kw['subject'] = subj
    s(FIG, t, False, ctx=ctx, **kw)


# 所有这些，都是我国对外政策的基本原则 … 中国是发展中的社会主义国家，又是有十亿多人口的大国
s(P, '中国', ctx='中国是发展中')                                # the country (guide)
F('十亿多', 1000000000, '', '人口', ap='more_than')             # 十亿多人口 → 十亿多 (Conventions decided here)
s(FIG, '十亿多人口', False, value=1000000000, approx='more_than', unit='人口')   # the whole: optional (same)
opt('两条', 2, '条', ctx='国内和国际两条战线', subj='战线')     # an anaphoric count of the pair just named (r32b): optional
# 中华民族 (×2 in the range): a people, not a place; no label, as in the earlier gwr-053 ranges

# 结束语 / 各位代表！ (a heading and an address: nothing)
# 第七个五年计划的目标是宏伟的 …
sp = s(DT, '第七个五年计划', False, value='1986/1990', ctx='第七个五年计划的目标')   # the plan as a period: optional (gwr-053-plan.py)
s(SL, '第七个五年计划', False, at=sp['start'], kind='period', quoted=False)          # … and as SLOGAN period (gwr-058; r26c)
A.date('九十年代', '199X')                                       # a bare decade is required (round 16; gwr-053-plan.py)
s(DT, '本世纪末', False, value='2000')                           # relative time, value 2000 (gwr-053-consumption.py)

# 今年是实行“七五”计划的头一年 …
s(DT, '今年', False, ctx='今年是实行', value='1986', resolved='1986')   # relative time (Conventions decided here)
period('实行“七五”计划')
s(DT, '今年', False, ctx='做好今年的改革', value='1986', resolved='1986')
period('使“七五”计划')
s(DT, '今年', False, ctx='今年工作的基本', value='1986', resolved='1986')
A.date('一九八五年', '1985')                                     # a year in Chinese numerals (Conventions decided here)
s(DT, '明后年', False)                                           # relative time: optional
s(DEP, '国务院', level='central', kind='state', canonical='国务院')   # required (gwr-053-plan.py)
A.date('一九八六年', '1986', ctx='一九八六年的国民经济')

# 这里需要特别强调指出 … 社会主义精神文明 …
U('社会主义精神文明', 'term', ctx='加强社会主义精神文明的建设')   # a policy phrase (round 12): optional
A.date('一九八六年', '1986', ctx='一九八六年计划的执行')
period('完满实现整个“七五”计划')
s(SL, '两个文明', kind='formula', quoted=True)                   # a quoted numbered formula (guide; like “两个确保”, round 7): required, no FIGURE
U('改革、开放、搞活', 'formula')                                  # the policy wording of the 1980s, unquoted: undecided, optional
U('资产阶级自由化', 'term')                                       # optional (r26c)
s(SL, '一切向钱看', False, kind='term', quoted=True)              # a quoted coinage under criticism (Conventions decided here): optional
U('爱国主义', 'term')                                             # optional (r26a)
U('集体主义', 'term')                                             # like 爱国主义: optional
U('四项基本原则', req=True)                                       # required by earlier rounds (坚持四项基本原则, round 2)
U('有理想、有道德、有纪律、有文化', 'directive')                  # the 四有 wording: optional (r26c)

# 思想文化工作部门 … “七五”期间 …
period('在“七五”期间都将')
U('为人民服务、为社会主义服务', 'directive')                      # optional as a pair (r26c)
U('为人民服务', 'directive', ctx='为人民服务、为社会主义')              # without 全心全意: optional (round 10)
U('四化', 'formula', ctx='献身四化建设')                          # the unquoted 四化 (the four modernizations): optional (r32c)
U('理论联系实际', 'directive')                                    # optional (round 6)
U('马克思主义', ctx='运用马克思主义基本理论')                      # 马克思主义 as a modifier: optional (rounds 2 and 6)
U('马克思主义', req=True, ctx='丰富和发展马克思主义')             # the doctrine itself: required (round 6)
U('社会主义精神文明', 'term', ctx='高度社会主义精神文明')          # a policy phrase: optional

# 加强社会主义精神文明建设，纠正各种不正之风，各级政府机关要作表率 …
U('社会主义精神文明', 'term', ctx='加强社会主义精神文明建设')
# 各级政府机关, 各级领导机关: generic organ nouns (guide), no label
U('为人民服务', 'directive', ctx='努力为人民服务')                 # without 全心全意: optional (round 10)
s(DEP, '中央领导机关', False, level='central')                   # the central organs as a class: undecided, optional
opt('一项', 1, '项', ctx='一项重要的长期任务', subj='任务')      # 一项 before a description: optional (rounds 1-2)
opt('一个', 1, '个', ctx='每一个干部', subj='干部')
U('社会治安的综合治理', 'term')                                    # 社会治安综合治理 with 的: a policy phrase (round 12), optional

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
