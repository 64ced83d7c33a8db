from _ann import Ann, P

# Round 42 (annotator r42a, blind): 2024 State Council government work report
# (gwr-002), range [11049, 12915): section 三's tasks (六) risks (高质量发展 / 高水平安全,
# 房地产发展新模式, 新型城镇化), (七) agriculture (“三农”, 农业强国, “千村示范、万村整治”,
# 三大主粮, 大农业观、大食物观, 东西部协作, 防止返贫就业攻坚行动, 30年, 乡村建设行动) and
# (八) urbanisation (区域协调发展战略、区域重大战略、主体功能区战略, 新型城镇化 ×5,
# “人地钱”, 成渝地区双城经济圈, 城市更新行动, “平急两用”). Window [11049, 12915) is
# shorter than 2,400 characters: the whole window, between gwr-002-demand ([8784, 11049))
# and gwr-002-regions ([12915, 15252)). Almost no figure, organ or person: the passage
# is formulas. Script: simplified.
A = Ann('gwr-002', 11049, 12915)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted


def hq(ctx):
    """高质量发展: a policy phrase, optional at every occurrence (round 2; gwr-002-regions)."""
    U('高质量发展', req=False, ctx=ctx)


def xc(ctx):
    """新型城镇化: optional by earlier rounds (gwr-002-targets)."""
    U('新型城镇化', req=False, ctx=ctx)


def zx(ctx):
    """乡村全面振兴: optional by earlier rounds (gwr-002-targets)."""
    U('乡村全面振兴', req=False, ctx=ctx)


# （六）更好统筹发展和安全 …
U('统筹发展和安全', req=False)                                     # optional (round 6; slip fixed after the first measurement)
hq('以高质量发展促进')
U('高水平安全', 'term', False, ctx='促进高水平安全')               # optional term (earlier gold)
U('高水平安全', 'term', False, ctx='以高水平安全保障')
hq('保障高质量发展')
# 稳妥有序处置风险隐患 — 一揽子化债方案, 一视同仁: no span; 一些地方: no figure
# 健全风险防控长效机制
xc('适应新型城镇化')
U('房地产发展新模式', req=False)                                  # policy phrase (earlier gold)
hq('同高质量发展相适应')
# 加强重点领域安全能力建设 — 国家水网, 大国储备体系: no span

# （七）坚持不懈抓好“三农”工作 …
Q('三农')                                                        # quoted numbered formula, no FIGURE (README round 13)
zx('扎实推进乡村全面振兴')
U('农业强国', 'term', req=False)                                  # policy phrase (README: policy phrases optional), undecided
Q('千村示范、万村整治', 'campaign')                               # quoted programme (…工程; like “千村引领、万村提升”); no FIGURE
zx('推动乡村全面振兴')
# 加强粮食和重要农产品稳产保供 — 全国 not a place
s('FIGURE', '三大', False, value=3, approx='exact', unit='', subject='主粮')  # a count in a set phrase (earlier gold 三大: undecided, optional)
U('农机装备补短板行动', 'campaign', req=False)                     # unquoted programme name (round 2): optional
U('大农业观', req=False)                                          # a …观 concept (r31a 大食物观: undecided, optional)
U('大食物观', req=False)
# 毫不放松巩固拓展脱贫攻坚成果
U('防止返贫就业攻坚行动', 'campaign', req=False)                  # unquoted programme name: optional
U('东西部协作', 'campaign', req=False)                            # unquoted programme name (r38b: optional)
s(P, '东西部', False)                                            # joined regions (r38b)
# 国家乡村振兴重点帮扶县: a class of counties, no span
# 稳步推进农村改革发展 — 第二轮: an ordinal
s('FIGURE', '30年', False, value=30, approx='exact', unit='年', subject='土地承包到期后再延长')  # a duration (guide: optional)
U('乡村建设行动', 'campaign', req=False)                          # optional (README list)
U('宜居宜业和美乡村', req=False)                                   # policy phrase (prov2026-018-wellbeing: optional)

# （八）推动城乡融合和区域协调发展 …
U('区域协调发展战略', req=False)                                   # in this list optional (r27c, against round 6)
U('区域重大战略', req=False)                                       # a class of strategies (round 6: optional)
U('主体功能区战略', req=False)                                     # like 主体功能区规划 (earlier gold)
xc('推进新型城镇化和')
zx('新型城镇化和乡村全面振兴')
hq('高质量发展的区域')
# 积极推进新型城镇化 — 我国: not a place
xc('积极推进新型城镇化')
U('新型城镇化战略', req=False)                                    # as gwr-002-review (optional)
xc('新型城镇化战略行动')
Q('人地钱')                                                       # a quoted coded formula (like “一老一小”, round 9)
xc('成为新型城镇化')
s(P, '成渝地区双城经济圈', False)                                  # like 成渝双城经济圈 (r15b, undecided): optional
s(P, '成渝', False, ctx='成渝地区双城')                             # joined abbreviations (round 2)
U('城市更新行动', 'campaign', req=False)                           # as an earlier script (optional)
U('城市更新', req=False, ctx='城市更新行动')
Q('平急两用')                                                     # a quoted coded formula (“…两用”, like “一老一小”); no FIGURE
xc('新型城镇化要')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
