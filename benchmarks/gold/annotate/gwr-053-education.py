from _ann import CC, DEP, DT, SL, Ann

# Round 34 (annotator r34d, blind). 1986 State Council report on the 7th Five-Year Plan
# (gwr-053), range [11023, 13187) of the window [8607, 13617): the end of section 三
# (education: 四化, 九年制义务教育, 五年内 一千一百六十六亿元 and 百分之七十二 over “六五”,
# the quality of schooling, 德育、智育、体育、美育, the teachers, 中共中央's two decisions,
# “七五”) and section 四 up to the import paragraph (foreign trade: “六五” and “七五”,
# 前几年, 对外开放, the export strategy 一是…四是, 经济特区, imports). Annotated as
# traditional (OpenCC s2t of the source), on the simplified text.
A = Ann('gwr-053', 11023, 13187, script='traditional')
s = A.s
F = A.figure
U = A.unquoted
FIG = 'FIGURE'
YI = 100000000


def period(t='七五', ctx=None):
    """“七五” / “六五”: optional as DATE and as SLOGAN kind period (Conventions decided here)."""
    sp = s(DT, t, False, ctx=ctx); s(SL, t, False, at=sp['start'], kind='period')


def opt(t, n, u, ctx=None, subj=None):
    """An anaphoric or vague count (一支, 一项): optional (rounds 1-2; gwr-053-plan.py)."""
    kw = {'value': n, 'approx': 'exact', 'unit': u}
    if subj:
        kw['subject'] = subj
    s(FIG, t, False, ctx=ctx, **kw)


# 科技进步以至整个四化建设 …
U('四化', req=False)                                   # abbreviation of 四个现代化: optional (earlier gwr-053 gold); no FIGURE
# 九年制义务教育: the duration optional, the phrase an optional policy phrase (gwr-053-plan.py)
s(FIG, '九年', False, ctx='九年制义务教育', value=9, approx='exact', unit='年')
U('九年制义务教育', req=False)
s(DT, '五年内', False)                                 # relative time (gwr-053-reform: 五年内 optional)
s(FIG, '五年', False, ctx='五年内', value=5, approx='exact', unit='年')   # a duration (Conventions decided here)
# 国家财政: generic, none
F('一千一百六十六亿元', 1166 * YI, '元', '国家财政用于教育的事业费（“七五”五年内）')
period('六五', ctx='比“六五”期间')
F('百分之七十二', 72, '%', '国家财政用于教育的事业费增长（比“六五”期间）')
# 各级地方政府: generic (earlier gold), none

# 各级各类教育的发展 …
U('四化', req=False, ctx='适应四化建设')
s(DT, '近几年', False)                                 # relative time (Conventions decided here)
# 中等专业学校, 高等专科院校: classes, none
U('德育、智育、体育、美育全面发展', 'formula', req=False)   # undecided: an unquoted educational principle, without 的方针 (round 34)
opt('一支', 1, '支', ctx='建设一支', subj='教师队伍')     # like 一支 / 一批 (earlier gold): optional
U('尊师重教', 'term', req=False)                       # undecided: a set phrase (round 34)
# 各级政府和有关部门: generic, none

# 为了促进科学事业和教育事业的蓬勃发展 …
s(DEP, '中共中央', **CC)                               # a named central organ: required (guide)
opt('两个', 2, '个', ctx='两个决定', subj='决定')        # undecided: the two decisions just named (round 34)
period(ctx='争取在“七五”期间')

# 四、以增强出口创汇能力为中心 … (section number: nothing)
period('六五', ctx='我国“六五”期间')
U('对外开放', 'term', req=False, ctx='实行对外开放中')   # a policy phrase (earlier gold: optional)
s(DT, '前几年', False, ctx='前几年在对外')               # relative time (Conventions decided here)
# 开放政策: none (earlier gold)
period(ctx='“七五”期间，必须以更大')

# 努力增加出口 … (我国: not a place, guide)
# 要扩大外贸出口 … 一是 / 二是 / 三是 / 四是: list numbers, nothing
opt('一项', 1, '项', ctx='一项具有长远意义', subj='战略措施')   # anaphoric (gwr-053-consumption: 一项)
# 外贸部门, 经济特区, 沿海开放城市, 开放地带: generic (gwr-025-tasks: 经济特区), none
# 认真总结前几年的经验 …
s(DT, '前几年', False, ctx='认真总结前几年')
U('对外开放', 'term', req=False, ctx='坚持实行对外开放')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
