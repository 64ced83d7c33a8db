from _ann import CC, DEP, DT, PE, SL, Ann, P, all_occ

# Round 35 (r35b, blind): the 11th Congress report (1977), the close of the international
# part of 形势和任务 and the domestic situation, up to the first of the eight tasks: Mao's
# “深挖洞、广积粮、不称霸” and 人不犯我…, the foreign line (第三世界, 苏美两个超级大国,
# 和平共处五项原则, 苏修), the situation at home (十个月来, 党中央, 抓纲治国, 今年三月 /
# 六月份, 工业学大庆、农业学大寨), the 中央工作会议 and its 八项要求, and task 第一 (揭批“四人帮”,
# 一九七六年十月, 百分之九十五以上, 今年内). cpc-006 [18251, 20569): from 全党全军全国人民
# 一定要牢记 to …分期分批基本查清。 (paragraph ends), between cpc-006-15961-18250 and
# cpc-006-20953-23286; simplified script.
A = Ann('cpc-006', 18251, 20569)
s = A.s
F, U, Qs = A.figure, A.unquoted, A.quoted
R77 = '1977'
def Q(t, kind='quotation', req=False):
    """A quotation printed between marks on its own lines: the trimmed text is the span;
    the text with the line breaks is accepted too (conventions at the end of the README)."""
    sp = s(SL, t, req, kind=kind)
    A.spans.append({'label': SL, 'start': sp['start'] - 1, 'end': sp['end'] + 1,
                    'text': A.p[sp['start'] - 1:sp['end'] + 1], 'required': False, 'attrs': {'kind': kind}})
    assert A.simp[sp['start'] - 1] == '\n' and A.simp[sp['end']] == '\n'
    return sp
def mao(ctx):
    """毛 of 毛主席: required with title 主席, 毛主席 optional (round 8; cpc-006-victory)."""
    sp = s(PE, '毛', ctx=ctx, title='主席')
    s(PE, '毛主席', False, at=sp['start'], title='主席')
def month(t, m, ctx, longer=None):
    """A bare Chinese-numeral month of the report's year: required, --MM with resolved 1977-MM
    (round 4: 今年三月初); the form with 今年 / 份 optional (round 4; round 22 for １０月份)."""
    sp = s(DT, t, ctx=ctx, value=f'--{m}', resolved=f'{R77}-{m}')
    if longer:
        k = sp['start'] - longer.find(t)
        assert A.simp[k:k + len(longer)] == longer
        s(DT, longer, False, at=k, value=f'--{m}', resolved=f'{R77}-{m}')
SUXIU = {'kind': 'term', 'quoted': False}  # 苏修: an unquoted label of a superpower (cpc-006-foreign: optional)

# 全党全军全国人民一定要牢记毛主席关于“深挖洞、广积粮、不称霸”的教导
mao('毛主席关于“')
Q('深挖洞、广积粮、不称霸', 'directive', True)     # Mao's standard directive, a formula: required (README end: formula quotations)
U('人不犯我，我不犯人，人若犯我，我必犯人', 'formula', req=False)   # Mao's principle on its own line, unquoted: undecided
# 帝国主义 / 社会帝国主义 / 超级大国 / 大国主义: common nouns of the time, no label
# 我们要高举毛主席的伟大旗帜 …
mao('毛主席的伟大旗帜')
U('无产阶级国际主义', req=False)                     # undecided (round 29 list)
mao('毛主席的革命外交路线')
U('第三世界', req=False, ctx='第三世界各国')          # cpc-006-foreign: optional, undecided
s(P, '苏美', False, ctx='苏美两个'); s(P, '苏', False, ctx='苏美两个'); s(P, '美', False, ctx='美两个')  # round 2 / cpc-006-foreign
s('FIGURE', '两个', False, value=2, approx='exact', unit='个', subject='超级大国', ctx='两个超级大国')  # anaphoric (r27a)
U('霸权主义', req=False, ctx='霸权主义。')           # cpc-006-foreign: undecided
U('和平共处五项原则')                                 # round 2: required; no FIGURE for 五项
U('马克思列宁主义', req=False, ctx='马克思列宁主义政党')   # a doctrine as modifier: optional (rounds 2, 6, 18)
s(SL, '苏修', False, ctx='苏修叛徒集团', **SUXIU); s(P, '苏', False, ctx='苏修叛徒集团')  # cpc-006-foreign
U('现代修正主义', 'term', req=False)                   # r15c (gwr-063): optional term
# 同志们！当前国内形势大好。党的第十一次路线斗争 … (an ordinal: no FIGURE, cpc-006-victory)
# 在反对“四人帮”这样一场 … (四人帮 at every occurrence below: all_occ)
s(DT, '十个月来', False, ctx='十个月来，全党')             # a relative time (guide)
s('FIGURE', '十个月', False, value=10, approx='exact', unit='个月', subject='', ctx='十个月来，全党')  # a duration: optional (guide)
s(DEP, '党中央', ctx='按照党中央的部署', **CC)          # standing alone (guide)
s('FIGURE', '十个月', False, value=10, approx='exact', unit='个月', subject='激烈斗争', ctx='十个月的激烈')  # duration
# 革命促进了生产 …
month('三月', '03', '今年三月以来', longer='今年三月')
s(DT, '今年', False, at=A.spans[-1]['start'])                  # relative (round 4)
s(DT, '今年三月以来', False, at=A.spans[-1]['start'], value='--03', resolved='1977-03')
month('六月', '06', '六月份，全国', longer='六月份')
U('工业学大庆', 'campaign', ctx='工业学大庆、')           # round 15 (standard campaign name; cpc-006-history)
U('工业学大庆、农业学大寨', 'campaign', req=False)         # the pair read as one twin campaign: undecided, optional (added after the first measurement); each name stays required (round 15)
s(P, '大庆', False, ctx='工业学大庆、')                    # inside the campaign name (cpc-006-history)
U('农业学大寨', 'campaign', ctx='农业学大寨的')           # round 15
s(P, '大寨', False, ctx='农业学大寨的')
U('比、学、赶、帮、超', 'campaign', req=False)            # the emulation formula of the time: undecided
# 省、市、自治区之间: generic levels, no DEPARTMENT
# 在各个文化领域 … 总之 …
s(DT, '十个月来', False, ctx='十个月来国内')
s('FIGURE', '十个月', False, value=10, approx='exact', unit='个月', subject='', ctx='十个月来国内')
s(DEP, '党中央', ctx='党中央作出抓纲治国', **CC)
U('抓纲治国', ctx='抓纲治国的战略决策是')                 # round 18 (cpc-006-building): required
# 在今年三月中央工作会议上，我代表党中央提出达到天下大治的八项要求
month('三月', '03', '今年三月中央', longer='今年三月')
s(DT, '今年', False, at=A.spans[-1]['start'])
s(DT, '今年三月中央工作会议', False, value='1977-03')       # a meeting as a time: optional (round 1 events)
s(DEP, '中央', False, ctx='三月中央工作会议', **CC)          # 中央 in a meeting name: optional (rounds 1, 5, 7)
s(DT, '中央工作会议', False, ctx='中央工作会议上')         # the meeting as an event: optional
s(DEP, '党中央', ctx='我代表党中央', **CC)
U('天下大治', 'term', req=False, ctx='达到天下大治的')       # cpc-006-victory: undecided
F('八项', 8, '项', '要求', ctx='八项要求')                  # a count of points, like 两条 (round 5; cpc-006-foreign)
s(DEP, '中央', False, ctx='中央认为', **CC)                 # 中央 alone: optional (README end)
s('FIGURE', '八条', False, value=8, approx='exact', unit='条', subject='要求', ctx='这八条')  # anaphoric (round 6)
s(DT, '今后一个时期', False, ctx='当前和今后一个时期内，抓纲')   # relative time
s('FIGURE', '一个', False, value=1, approx='exact', unit='个', subject='时期', ctx='今后一个时期内，抓纲')  # like 一个 (cpc-006-foreign)
U('抓纲治国', ctx='抓纲治国的主要')
# 首先，一定要把揭批“四人帮”的伟大斗争进行到底。
s(DT, '今后一个时期', False, ctx='当前和今后一个时期内，揭批')
s('FIGURE', '一个', False, value=1, approx='exact', unit='个', subject='时期', ctx='今后一个时期内，揭批')
s('FIGURE', '两个', False, value=2, approx='exact', unit='个', subject='阶级', ctx='两个阶级')   # the two-line set phrase: undecided
s('FIGURE', '两条', False, value=2, approx='exact', unit='条', subject='道路', ctx='两条道路')
U('人民战争', 'term', req=False, ctx='人民战争。')           # round 16: kind term (optional)
U('科学社会主义', req=False, ctx='科学社会主义理论')         # a doctrine as modifier: optional (round 2)
# 清查同“四人帮” …
U('政策和策略是党的生命', 'directive', req=False)             # Mao's dictum on its own lines, unquoted: undecided
U('扩大教育面，缩小打击面', 'directive', req=False)           # a standard wording of the time, unquoted: undecided
s(DT, '一九七六年十月', value='1976-10')
s(DT, '一九七六年十月中央打招呼会议', False, value='1976-10')  # the meeting as a time: optional
s(DEP, '中央', False, ctx='十月中央打招呼会议', **CC)          # 中央 in a meeting name: optional
F('百分之九十五以上', 95, '%', '干部和群众', ap='more_than|at_least')   # 以上 inside (README end; cpc-006-capitalist-roaders)
s(DEP, '党委', False, ctx='在党委统一领导')                    # a bare generic committee: undecided, like 工会 (README end)
s(DEP, '中央', False, ctx='中央各部门', **CC)                   # 中央各部门: generic; 中央 alone optional
s(DT, '今年内', False, value='1977')                            # relative (round 4)
s(DT, '今年', False, ctx='今年内')
A.cur = 0
all_occ(A, SL, '四人帮', False, kind='term', quoted=True)       # quoted faction label: optional term (README end; cpc-006-victory)
A.review()
A.write()
