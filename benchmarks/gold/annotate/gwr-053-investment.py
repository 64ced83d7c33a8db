from _ann import DEP, DT, SL, Ann, P

# Round 38 (annotator r38b, blind). 1986 State Council report on the 7th Five-Year Plan
# (gwr-053), range [8977, 11023) of the window [8607, 11023): the four directions of the
# investment structure in the “七五” period (一、 to 四、: energy and transport, non-productive
# building, technical renovation, the regions 东部 / 中部 / 西部地带), the building projects
# (“七五”期间, 从“七五”计划开始, 几年), the reform of investment management (中央、地方和企业,
# 一系列的改革) and the first two paragraphs of section 三 on science and technology
# (“七五”计划, 两头 / 一头, 一支 科技攻关队伍, 世界 ×2, 一个五年计划, 专利法, the 军用和民用相结合
# 的方针). Traditional script (OpenCC s2t of the source). Cut after the end of the window,
# at the paragraph end before gwr-053-11023-13187.json; the window's first paragraph
# (当前，不但投资规模偏大…) is left out to stay under 2,400 characters.
A = Ann('gwr-053', 8977, 11023, script='traditional')
s = A.s
F = A.figure
FIG = 'FIGURE'


def period(ctx):
    """“七五”: optional as DATE and as SLOGAN kind period (Conventions decided here)."""
    sp = s(DT, '七五', False, ctx=ctx, value='1986/1990')
    s(SL, '七五', False, at=sp['start'], kind='period', quoted=True)


def opt(t, n, u, ctx=None, subj=None, ap='exact'):
    """An anaphoric or vague count, an article (一个, 一系列, 一支): optional (rounds 1-2; gwr-053-plan.py)."""
    kw = {'value': n, 'approx': ap, 'unit': u}
    if subj:
        kw['subject'] = subj
    s(FIG, t, False, ctx=ctx, **kw)


# 一、继续增加能源、交通、通信和原材料等基础设施和基础工业的投资 … (list numbers: nothing)
# 二、适当控制非生产性建设投资的增长 …
opt('一个', 1, '个', ctx='有一个恰当的比例', subj='恰当的比例')   # an article (round 2: 一个 optional)
# 三、把更多的资金用于现有企业的技术改造 … (nothing)
# 四、在投资的地区分布上，要根据东部、中部和西部地带的经济发展情况 …
s(P, '东部', False, ctx='东部、中部和西部地带')        # regions without fixed boundary (round 2; 东部地区 round 16): optional
s(P, '中部', False, ctx='中部和西部地带')               # 中部地区 optional (round 22)
s(P, '西部地带', False, ctx='西部地带的经济')           # like 西部地区: optional
s(P, '西部', False, ctx='西部地带的经济')
s(P, '东部地带', False, ctx='使东部地带')
s(P, '东部', False, ctx='东部地带的发展')
s(P, '中部地带', False, ctx='中部地带以及')
s(P, '中部', False, ctx='中部地带以及')
s(P, '西部地带', False, ctx='西部地带的开发')
s(P, '西部', False, ctx='西部地带的开发')

# 控制固定资产投资规模 … “七五”期间，必须改变 …
period('“七五”期间，必须改变')
period('从“七五”计划开始')
opt('几年', 3, '年', ctx='经过几年的努力', subj='努力', ap='about')   # a vague duration (guide: durations optional; value 3 as earlier scripts)

# 为了控制投资规模和调整投资结构 … 正确划分中央、地方和企业的投资范围
s(DEP, '中央', False, ctx='划分中央、地方', level='central', kind='state')   # 中央 in 中央、地方 optional, kind state (r31d)
opt('一系列', 1, '系列', ctx='一系列的改革', subj='改革')       # an article (rounds 10, 12)
opt('一个', 1, '个', ctx='会有一个大的改观', subj='大的改观')
opt('一个', 1, '个', ctx='会有一个明显的进步', subj='明显的进步')

# 三、坚持把科技进步和智力开发放在重要的战略地位 … (heading; list number: nothing)
# “七五”计划的一个鲜明特点 …
period('“七五”计划的一个鲜明')
opt('一个', 1, '个', ctx='一个鲜明特点', subj='鲜明特点')
opt('两头', 2, '头', ctx='抓好两头', subj='头')                  # a count of the two ends named next (anaphoric counts optional, round 2)
opt('一头', 1, '头', ctx='一头是大力', subj='头')                # the first of the two ends: optional, like 两头
# 乡镇企业, 广大企业: classes of enterprises, no label
opt('一个', 1, '个', ctx='的一个重要途径', subj='重要途径')
# 另一头: no numeral counted (另一): nothing
opt('一支', 1, '支', ctx='一支有较高水平', subj='科技攻关队伍')   # 一支 …队伍: optional (round 2, like 一个)
s(P, '世界', False, ctx='世界高技术')                           # 世界: optional place (earlier scripts)
# 电子信息技术、生物技术、航天技术 …: fields, no label; 祖国: not a place name

# 我国经济建设中所面临的许多重大问题 … (我国: not a place, r14c)
s(P, '世界', False, ctx='世界新技术革命')
# 越来越多的国家, 发达国家 (×2): classes of countries, no label
opt('一个', 1, '个', ctx='不是一个五年计划', subj='五年计划')   # an article-like count (round 12)
opt('五年', 5, '年', ctx='一个五年计划', subj='五年计划')       # a duration inside a generic plan noun: optional (durations, Conventions decided here)
opt('一种', 1, '种', ctx='都有一种加快', subj='紧迫感')          # an article (round 2)
opt('一个', 1, '个', ctx='提出一个明确', subj='明确的要求')
# 科研部门和高等院校的科研机构: generic organ nouns, no label (guide)
# 专利法: the title of a law without 《》, not annotated (r14c)
s(SL, '军用和民用相结合', False, kind='formula', quoted=False)   # the 1980s wording of 军民结合 (军民结合、平战结合 optional, r27a): undecided, optional

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
