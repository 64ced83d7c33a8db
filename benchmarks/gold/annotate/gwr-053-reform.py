from _ann import DEP, DT, SL, Ann, P

# Round 31 (annotator r31d, blind). 1986 State Council report on the 7th Five-Year Plan
# (gwr-053), range [15660, 18044) of the window [15660, 22253): the heading and opening
# of section 三 “‘七五’时期的经济体制改革” (“七五” ×9, 九十年代, 本世纪末, 下个世纪前五十年,
# 今后五年, 有中国特色的 … 经济体制), the three reform fields （一）–（三） (公有制为主体,
# 两个方面, 自主经营、自负盈亏, 关停并转, 两种价格, 中央、地方 ×2), the paragraph on the
# three fields as one whole (三个方面 ×3, 国家、集体、个人三者) and the paragraph on what the
# “七五” period can achieve (前几年), to the sentence before the first 认识问题 heading.
# No person, no required organ, one required date (九十年代); Chinese numerals only.
# Annotated as traditional: the gold text is OpenCC s2t of the simplified source (same
# length); spans are found on the simplified text and written with the s2t surface.
A = Ann('gwr-053', 15660, 18044, script='traditional')
s = A.s
FIG = 'FIGURE'


def period(ctx):
    """“七五”: optional as DATE and as SLOGAN kind period (Conventions decided here)."""
    sp = s(DT, '七五', False, ctx=ctx, value='1986/1990')
    s(SL, '七五', False, at=sp['start'], kind='period', quoted=True)


def opt(t, n, u, ctx=None, subj=None):
    """An anaphoric, vague or duration count (三个方面, 两种, 五年): optional (Conventions decided here)."""
    kw = {'value': n, 'approx': 'exact', 'unit': u}
    if subj:
        kw['subject'] = subj
    s(FIG, t, False, ctx=ctx, **kw)


def U(t, k='formula', ctx=None):
    """An unquoted standard wording no round has required: optional (README, undecided)."""
    s(SL, t, False, ctx=ctx, kind=k, quoted=False)


# 三、“七五”时期的经济体制改革 (heading; 三 a section number)
period('“七五”时期的经济体制改革')
# 我们要正确地贯彻执行各项建设方针，圆满实现“七五”期间的建设任务 …
period('“七五”期间的建设任务')
A.date('九十年代', '199X')                                   # a bare decade is required (round 16; gwr-053-plan.py)
s(DT, '本世纪末', False, value='2000')                        # optional relative time (gwr-053-consumption.py)
s(DT, '下个世纪前五十年', False, value='2001/2050')           # a relative period (like 下世纪的前十年, r29b): optional
opt('五十年', 50, '年', ctx='前五十年')                        # a duration inside it: optional
s(DT, '今后五年', False)                                      # relative time: optional (gwr-053-consumption.py)
opt('五年', 5, '年', ctx='今后五年')
U('有中国特色的', ctx='有中国特色的、充满')                    # 有中国特色 as a modifier: optional (round 6, README 3440)
s(P, '中国', False, ctx='有中国特色的、充满')                  # inside a modifier formula: optional

# “七五”期间的经济体制改革，概括起来说，主要的内容有以下三个方面。
period('“七五”期间的经济体制改革')
opt('三个', 3, '个', ctx='以下三个方面', subj='方面')          # an announcing count of a list: optional (anaphoric, README)

# （一）进一步增强企业特别是全民所有制大中型企业的活力 …
U('自主经营、自负盈亏', ctx='成为自主经营、自负盈亏')          # standard wording of the time, unquoted (undecided: optional)
U('公有制为主体')                                            # README round 7 (undecided): optional
opt('两个', 2, '个', ctx='两个方面采取', subj='方面')           # 从外部和内部两个方面: anaphoric (like 这两方面)
# 厂长（经理）负责制, 经济责任制: names of systems, none
period('“七五”期未')                                         # 期未 (sic, for 期末)
U('优胜劣汰', 'term', ctx='优胜劣汰的原则')                    # undecided: a principle's wording
U('关停并转', 'term')                                         # undecided (like 关、停、并、转 in gwr-058): optional
U('自愿互利、共同发展')                                       # undecided: a principle's wording

# （二）进一步发展社会主义的商品市场，逐步完善市场体系。
period('“七五”期间，价格改革')
opt('两种', 2, '种', ctx='这两种价格', subj='价格')              # anaphoric (Conventions decided here)
U('稳步前进、放调结合')                                       # undecided: a principle's wording

# （三）国家对企业的管理逐步由直接控制为主转向间接控制为主 …
period('“七五”期间，要逐步完善')
s(DEP, '中央', False, ctx='划分中央、地方', level='central', kind='state')   # 中央 alone optional (rounds 1 and 5)
s(DEP, '中央', False, ctx='明确中央、地方', level='central', kind='state')

# 上述三个方面的改革，是互相联系的有机整体 …
opt('三个', 3, '个', ctx='上述三个方面', subj='方面')
# 第一个 / 第二个 / 第三个方面: ordinals, none
opt('一个', 1, '个', ctx='能有一个既有', subj='外部经济环境')   # 一个 before a description: optional (rounds 1-2)
opt('三个', 3, '个', ctx='这三个方面的改革必须', subj='方面')
opt('三个', 3, '个', ctx='这三个方面的改革，逐步', subj='方面')
opt('三者', 3, '者', ctx='个人三者', subj='国家、集体、个人')    # a count after a closed list (this article, round 2)

# 由于全面改革经济体制的任务十分艰巨和复杂 …
opt('三', 3, '', ctx='上述三方面', subj='方面')               # 三方面: a number before a noun (guide), anaphoric
period('不可能在“七五”期间')
s(DT, '前几年', False)                                        # relative time: optional (README)

# 为了完成“七五”时期经济体制改革的任务 …
period('为了完成“七五”时期')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
