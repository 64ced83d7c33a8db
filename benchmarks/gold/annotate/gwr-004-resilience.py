# Round 40 (annotator r40d, blind), gwr-004: 2023 State Council government work
# report, range [135, 2142) of the window [0, 2151): section 一, the review of the
# past year, from 2022年是党和国家历史上极为重要的一年 to the paragraph on 中央经济工作会议
# and 十三届全国人大五次会议 (the title lines, dateline, 国务院总理 李克强, the opening
# 各位代表 boilerplate and the closing 各位代表！ left out). It covers 2022年 ×2,
# 党的二十大, 以习近平同志为核心的党中央, 疫情要防住、经济要稳住、发展要安全, the year's
# figures (3%, 1206万人, 5.5%, 2%, 7.7%, 2.8%, 1.37万亿斤, 74亿斤), relief for
# firms (超过2.4万亿元, 超过1万亿元, 7500多亿元), demand (“十四五”, 7400亿元,
# 9.4% / 9.1%, 5.1%, 93.4%), jobs (超过3200万人, 以工代赈), prices (40多年来, 三批)
# and livelihoods (1000多万, 约6700万人). Arabic numerals. Simplified script (as the source).
from _ann import CC, DEP, DT, PE, SL, Ann

A = Ann('gwr-004', 135, 2142)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000
YI = 100000000
Y22 = {'value': '2022', 'resolved': '2022'}
CEN = {'level': 'central', 'kind': 'party'}
NPC = {'level': 'central', 'kind': "people's congress", 'canonical': '全国人民代表大会'}


def last_year(ctx):
    """去年: a relative time (README DATE: optional), resolved to 2022."""
    s(DT, '去年', False, ctx=ctx, **Y22)


def whole_year(ctx):
    """全年: the year reported on (README DATE: relative times optional), resolved to 2022 (as gwr-004 Y23 for 2023)."""
    s(DT, '全年', False, ctx=ctx, **Y22)


def zhongyang(ctx):
    """中央 in 中央财政 / 中央对地方 / 中央经济工作会议: optional (rounds 1 and 5; README: 中央 alone optional)."""
    s(DEP, '中央', False, ctx=ctx, **CEN)


# 2022年是党和国家历史上极为重要的一年。党的二十大胜利召开，…
A.date('2022年', '2022', ctx='2022年是党和国家')                  # a year (guide)
s(DEP, '党的二十大', False, kind='party')                          # optional (README round 8; gwr-004-agenda)
s(DT, '党的二十大', False)                                         # an event used as a time (README DATE: optional)
s(DT, '二十大', False, ctx='党的二十大胜利')
U('全面建设社会主义现代化国家', req=False)                           # a goal wording (README list; gwr-004 earlier rounds: optional)
sp = s(SL, '以习近平同志为核心的党中央', False, kind='formula', quoted=False)  # as gwr-004.py core(): optional
s(PE, '习近平', at=sp['start'] + 1, title='同志')                   # the person (guide), title outside
s(DEP, '党中央', at=sp['start'] + 10, **CC)                         # 党中央 standing alone (guide)
U('疫情要防住、经济要稳住、发展要安全', 'directive')                   # the standard wording of the central requirement (README: like 坚定信心、同舟共济、科学防治、精准施策, required; decided here)
# 过去一年，我国经济发展遇到疫情等国内外多重超预期因素冲击。…
s(DT, '过去一年', False, **Y22)                                    # README DATE: relative times optional
s(DEP, '党中央', ctx='在党中央坚强领导下', **CC)                     # 党中央 standing alone (guide)
U('统筹疫情防控和经济社会发展', req=False)                           # a policy wording (round 1 list: optional)
s(DT, '近年', False, ctx='动用近年储备')                             # relative time (README DATE: optional)
U('供给侧结构性改革', req=False)                                     # policy phrase (round 6: optional)
U('稳经济一揽子政策', 'campaign', req=False)                         # a named policy package, unquoted (undecided: optional, decided here)
U('稳住经济大盘', 'term', req=False, ctx='部署稳住经济大盘')           # a policy phrase (README: optional; undecided)
U('稳增长稳就业稳物价', req=False)                                   # like 稳增长、稳就业、稳物价 (undecided: optional, earlier gold)
whole_year('全年国内生产总值')
F('3%', 3, '%', '国内生产总值增长（2022年）')
F('1206万人', 1206 * WAN, '人', '城镇新增就业（2022年）')
s(DT, '年末', False, **Y22)                                        # 年末 optional (rounds 1 and 10)
F('5.5%', 5.5, '%', '年末城镇调查失业率')                             # 降到: verb outside (guide)
F('2%', 2, '%', '居民消费价格上涨')
F('7.7%', 7.7, '%', '货物进出口总额增长')
F('2.8%', 2.8, '%', '财政赤字率')                                    # 控制在: verb outside
zhongyang('中央财政收支')
F('1.37万亿斤', 137 * 10 ** 10, '斤', '粮食产量（2022年）')
F('74亿斤', 74 * YI, '斤', '粮食增产')
s(DT, '全年', False, ctx='基本完成全年发展', **Y22)
# 针对企业生产经营困难加剧，加大纾困支持力度。…
whole_year('全年增值税')
F('超过2.4万亿元', 24 * 10 ** 11, '元', '增值税留抵退税（2022年）', ap='more_than')  # 超过 inside (guide)
F('超过1万亿元', 10 ** 12, '元', '新增减税降费（2022年）', ap='more_than')
F('7500多亿元', 7500 * YI, '元', '缓税缓费（2022年）', ap='more_than')     # 多 inside (guide)
zhongyang('中央对地方转移支付')
# 针对有效需求不足的突出矛盾，…
last_year('去年终端消费')
sp = s(DT, '十四五', False, ctx='“十四五”规划')                            # README: five-year-plan periods optional as DATE
s(SL, '十四五', False, at=sp['start'], kind='period', quoted=True)  # and as SLOGAN kind period
s('FIGURE', '两期', False, value=2, approx='exact', unit='期', subject='政策性开发性金融工具投放')  # 分两期: a count of instalments (undecided: optional, like 分13个领域, rounds 14 / 27)
F('7400亿元', 7400 * YI, '元', '政策性开发性金融工具')
whole_year('全年基础设施')
F('9.4%', 9.4, '%', '基础设施投资增长（2022年）')                     # 分别: each its own span (guide)
F('9.1%', 9.1, '%', '制造业投资增长（2022年）')
F('5.1%', 5.1, '%', '固定资产投资增长（2022年）')
F('93.4%', 93.4, '%', '新能源汽车销量增长（2022年）')
U('保交楼稳民生', 'term', req=False)                                  # a policy phrase, unquoted (undecided: optional)
U('保交楼', 'term', req=False)                                        # as U('保交楼', 'term', req=False) in earlier gold
# 针对就业压力凸显，强化稳岗扩就业政策支持。…
last_year('去年城镇调查失业率')
U('以工代赈', 'term', req=False)                                      # an established programme name, unquoted (earlier gold: optional)
F('超过3200万人', 3200 * WAN, '人', '脱贫人口务工规模（2022年）', ap='more_than')  # 超过 inside (guide)
# 针对全球通胀高企带来的影响，…
last_year('去年全球通胀')
s(DT, '40多年来', False)                                              # relative time (README DATE: optional)
s('FIGURE', '40多年', False, value=40, approx='more_than', unit='年', subject='')  # a duration (README: optional)
s('FIGURE', '三批', False, value=3, approx='exact', unit='批', subject='向种粮农民发放农资补贴')  # 分三批, like 分两期 (undecided: optional)
# 针对部分群众生活困难增多，强化基本民生保障。…
U('低保', 'term', req=False)                                          # the short name of the allowance (undecided in round 17: optional term)
F('1000多万', 1000 * WAN, '', '失业人员（获发失业保险待遇）', ap='more_than')  # number before a noun: the number alone (README FIGURE)
s('FIGURE', '1000多万失业人员', False, value=1000 * WAN, approx='more_than', unit='', subject='失业人员')  # the number with the noun optional (README: 46万群众)
F('约6700万人', 6700 * WAN, '人', '发放价格补贴受益的低收入群众', ap='about')  # 约 inside (guide)
A.date('2022年', '2022', ctx='2022年国家助学贷款')                    # a year (guide)
# 与此同时，我们全面落实中央经济工作会议部署，按照十三届全国人大五次会议…
zhongyang('中央经济工作会议')                                         # the meeting itself not annotated (r7h, round 17)
sp = s(DT, '十三届全国人大五次会议', False, value='2022-03', resolved='2022-03')  # a session as a time (round 10)
s(DEP, '十三届全国人大', False, at=sp['start'], **NPC)                                 # with its term ordinal (guide): optional
s(DEP, '全国人大', at=sp['start'] + 3, **NPC)                # the organ (guide; round 10: required)

if __name__ == '__main__':
    A.write()
