# Round 42 (annotator r42b, blind), gwr-063: 1964 State Council government work
# report (summary in the third person), range [5608, 7740) (the whole allowed
# window, between gwr-063-3756-5608 and gwr-063-7740-9950): the four points of
# "今后发展国民经济中应当注意的几个问题": 第一 农、轻、重 (社会主义建设总路线,
# 以农业为基础、以工业为主导, 人民公社), 第二 自力更生 (×6) and 国际合作 (“经济互助”,
# 大国沙文主义, 中国人民), 第三 技术革命 (大跃进 ×2, 十五年, 一颗原子弹, 西方 / 东方
# ×2 each, 中国 ×2, 孙中山, 本世纪初期, 几十年, 技术革新和技术革命运动), 第四 集中领导
# and 群众运动 (比学赶帮竞赛, 三结合, 实事求是, 劳逸结合), and 周总理 ×3 on 勤俭建国
# (兴无灭资), 一九六五年 with 增产节约运动, and 有计划、按比例而又高速度.
# Chinese numerals only. Script: traditional (the gold text is OpenCC s2t of the
# simplified source; spans are found on the simplified text, written with the
# s2t surface).
from _ann import DEP, DT, PE, SL, Ann, P, all_occ

A = Ann('gwr-063', 5608, 7740, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
PARTY = {'level': 'central', 'kind': 'party', 'canonical': '中国共产党'}


def opt_fig(t, v, u, subj, ctx=None, ap='exact'):
    s('FIGURE', t, False, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)


def one(ctx, subj, t='一个', u='个'):
    """一个 (一颗) as an indefinite article: optional (round 2; round 8)."""
    opt_fig(t, 1, u, subj, ctx=ctx)


def zhou(ctx):
    """周总理: 周 required with title 总理, the whole optional (conventions; gwr-063-tasks)."""
    s(PE, '周', ctx=ctx, title='总理')
    s(PE, '周总理', False, title='总理')


def leap(ctx):
    """大跃进: optional as SLOGAN campaign and as DATE (round 12, undecided there)."""
    sp = s(SL, '大跃进', False, ctx=ctx, kind='campaign', quoted=False)
    s(DT, '大跃进', False, at=sp['start'])


# 自力更生 (a policy word of the time): optional at every occurrence (round 14; gwr-063-struggle)
all_occ(A, SL, '自力更生', False, kind='formula', quoted=False)
A.cur = 0

# 第一，正确处理农业、轻工业、重工业的关系。
opt_fig('三者', 3, '者', '农业、轻工业、重工业', ctx='这三者的关系')   # anaphoric count after a closed list (round 2: optional)
U('社会主义建设总路线', req=False)                                  # the general line with its qualifier (gwr-063-tasks: optional)
U('总路线', req=False, ctx='社会主义建设总路线')                     # nested, 总路线 alone optional (round 14)
one('一个重要保证', '重要保证')
U('农、轻、重', 'term', req=False)                                   # the order of the sectors (undecided: optional; r27b's replaced choice)
U('以农业为基础、以工业为主导', req=False)                           # the 总方针 wording (round 7 / r35c: optional)
U('以农业为基础', req=False, ctx='以农业为基础、以工业为主导')       # nested (round 14: optional)
# 人民公社: a class of rural organs, no label (r32a)
# 第二，正确处理自力更生同国际合作的关系。 (自力更生 above; 社会主义阵营: none)
Q('经济互助', 'term', req=False)                                     # a quoted coinage (conventions: optional term)
U('大国沙文主义', 'term', req=False)                                 # a political category, like 现代修正主义 (undecided: optional)
one('一个国家只有', '国家')
s(DEP, '党', False, ctx='我们党一贯坚持', **PARTY)                   # the Party as a whole (guide; round 25 / 37: optional)
s(P, '中国', ctx='中国人民不是')                                     # 中国 in 中国人民 (round 6)
one('建立一个独立', '国民经济体系')
# 第三，实行技术革命。
U('技术革命', 'campaign', req=False, ctx='实行技术革命。')           # the programme's name without 运动 (undecided: optional, like 技术革新和技术革命运动, r35c)
one('在一个不太长', '历史时期')
one('成为一个社会主义', '社会主义的现代化的强国')
leap('我们所说的大跃进')
one('从一个一穷二白', '基地')
opt_fig('十五年', 15, '年', '', ctx='经过十五年')                     # a duration (conventions: optional)
one('爆炸了一颗原子弹', '原子弹', t='一颗', u='颗')                  # like 一个 (round 2: optional; r27b's replaced choice)
s(P, '西方', False, ctx='西方人')                                    # regions without a fixed boundary (round 3; round 20)
s(P, '东方', False, ctx='东方病夫')
U('东方病夫', 'term', req=False)                                     # an epithet said 所谓, unquoted (undecided: optional)
s(P, '西方', False, ctx='西方资产阶级')
s(P, '东方', False, ctx='东方无产阶级')
s(P, '中国', ctx='中国大革命家')                                     # the country (round 3)
s(PE, '孙中山', title='先生')                                        # a named person, the honorific in attrs.title (guide)
s(DT, '本世纪初期', False, value='190X')                             # a relative period (round 15: 本世纪末 optional)
s(P, '中国', ctx='中国将要出现')                                     # the country (round 3)
one('出现一个大跃进', '大跃进')
leap('一个大跃进。')                                                 # Sun Yat-sen's reported words, unquoted: optional as above
opt_fig('几十年', 10, '年', '', ctx='几十年的时间', ap='more_than')   # a vague duration (conventions: optional)
U('技术革新和技术革命运动', 'campaign', req=False)                    # r35c: optional
# 第四，实行集中领导同大搞群众运动相结合。
U('集中领导同大搞群众运动相结合', req=False)                         # the heading's principle (undecided: optional)
U('比学赶帮竞赛', 'campaign', req=False)                             # r30b: optional campaign
U('比学赶帮', 'term', req=False, ctx='比学赶帮竞赛')                 # r30b: optional term
U('领导干部、专家、群众三结合', req=False)                           # like 老、中、青三结合 but not named 原则 here (undecided: optional); no FIGURE for 三
U('敢想敢说敢做', 'term', req=False)                                 # a set phrase of the time (undecided: optional)
U('实事求是', req=False, ctx='实事求是的科学态度')                   # part of 实事求是、群众路线、独立自主 (round 3: optional)
U('劳逸结合', req=False)                                             # r35c: optional formula
s(DEP, '党', False, ctx='坚持党的阶级路线', **PARTY)                 # the Party as a whole (guide: optional)
U('一般号召同个别指导结合', req=False)                               # Mao's method of leadership (undecided: optional)
# 周总理还谈到了坚持实行勤俭建国方针的问题。
zhou('周总理还谈到')
U('勤俭建国', req=False, ctx='勤俭建国方针')                         # like 艰苦奋斗、勤俭建国 (r27d: optional formula)
U('兴无灭资', req=False)                                             # short form of 兴无产阶级思想，灭资产阶级思想 (r32d: optional)
zhou('周总理批评')
A.date('一九六五年', '1965', ctx='一九六五年必须')                    # a year (guide)
U('增产节约运动', 'campaign')                                        # standard campaign name (r27d: required)
opt_fig('一元', 1, '元', '建设资金', ctx='每一元建设资金')            # distributive 每一元, not a measured amount (undecided: optional)
zhou('周总理指出')
U('有计划、按比例而又高速度', req=False)                             # the planning principle's wording (undecided: optional)
U('有计划、按比例', req=False, ctx='有计划、按比例而又高速度')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
