from _ann import DEP, DT, PE, Ann, P

# Round 41 (r41a, blind). The 2004 State Council government work report, range
# [7, 2222) of the window [0, 2249) (各位代表： left out as opening furniture):
# the opening sentence (国务院, 全国政协), "一、一年来工作回顾" with the year's
# results (中国共产党, 邓小平理论, “三个代表”, 党的十六大; 9.1%, 11.67万亿元, 1000美元,
# 2.17万亿元, 2787亿元, 37.1%, 8512亿美元, 859万人, 440万人, 9%, 4.3%), work
# (一) SARS (党中央, 国务院, 《中华人民共和国传染病防治法》, 防治非典指挥部), (二)
# macro-control (扩大内需方针, “三农”, 三峡, 西气东输, 青藏铁路, 西电东送, 南水北调,
# 西部大开发, 东北地区) and (三) social undertakings (中央财政 855亿元 / 12.4% /
# 163亿元 / 近两倍, 三级, 国务院, 中西部). Simplified.
A = Ann('gwr-039', 7, 2222)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI, WAN = 100000000, 10000
EM = 'exact|more_than'                                          # after 达到 / 达 / 突破 (guide)
GOV = {'level': 'central', 'kind': 'state', 'canonical': '中华人民共和国国务院'}   # gwr-039 golds
CCP = {'level': 'central', 'kind': 'party', 'canonical': '中共中央'}
CENTRAL = {'level': 'central', 'kind': 'state'}


def zhongyang(ctx):
    """中央 alone (中央财政, 中央与地方): optional (rounds 1 and 5; gwr-039-employment)."""
    s(DEP, '中央', False, ctx=ctx, **CENTRAL)


# 本届政府履行职责已经一年。现在，我代表国务院，向大会作政府工作报告，…并请全国政协各位委员提出意见。
F('一年', 1, '年', '', req=False, ctx='已经一年')                # a duration (README FIGURE)
s(DEP, '国务院', ctx='我代表国务院', **GOV)                       # named organ (gwr-039, round 5)
s(DEP, '全国政协', level='central', kind='cppcc', canonical='中国人民政治协商会议全国委员会')   # named organ (earlier golds)

# 一、一年来工作回顾
s(DT, '一年来', False, ctx='一、一年来')                         # relative time (README DATE)
# 过去的一年，是我国发展进程中重要而非同寻常的一年，是改革开放和社会主义现代化建设取得显著成就的一年。
s(DT, '过去的一年', False, value='2003', resolved='2003')        # relative time (README DATE)
U('改革开放', 'term', req=False, ctx='是改革开放和')              # a policy phrase (round 6)
# …在中国共产党领导下，各级政府和全国各族人民一道，以邓小平理论和“三个代表”重要思想为指导，
s(DEP, '中国共产党', False, level='central', kind='party')       # the Party as a whole (guide: optional)
s(P, '中国', False, ctx='中国共产党')                            # a place at the start of an organ name (guide)
U('邓小平理论')                                                 # the doctrine meant (以…为指导; gwr-039 golds)
s(PE, '邓小平', False, ctx='邓小平理论')
U('“三个代表”重要思想', req=False)                              # the whole optional (round 7)
Q('三个代表')
# 贯彻落实党的十六大精神，…在全面建设小康社会的道路上迈出重要步伐。
s(DEP, '党的十六大', False)                                     # round 14: optional as DATE and DEPARTMENT
s(DT, '党的十六大', False)
s(DT, '十六大', False, ctx='党的十六大')
U('全面建设小康社会', req=False)                                 # a goal (round 3)
# ———经济快速发展。国内生产总值比上年增长9.1%，达到11.67万亿元；
F('9.1%', 9.1, '%', '国内生产总值增长')
F('11.67万亿元', 11.67e12, '元', '国内生产总值', ap=EM)
# 按现行汇率计算，人均国内生产总值突破1000美元，跨上一个重要台阶。
F('1000美元', 1000, '美元', '人均国内生产总值', ap=EM)
# ———国家财力明显增强。全国财政收入达到2.17万亿元，比上年增加2787亿元。
F('2.17万亿元', 2.17e12, '元', '全国财政收入', ap=EM)
F('2787亿元', 2787 * YI, '元', '全国财政收入增加')
# ———对外贸易大幅增长。进出口总额比上年增长37.1%，达到8512亿美元，由上年居世界第五位上升到第四位。
F('37.1%', 37.1, '%', '进出口总额增长')
F('8512亿美元', 8512 * YI, '美元', '进出口总额', ap=EM)
# 第五位 / 第四位: ranks (guide: ordinals are not figures)
# ———就业超过预期目标。城镇新增就业859万人，下岗失业人员再就业440万人。
F('859万人', 859 * WAN, '人', '城镇新增就业')
F('440万人', 440 * WAN, '人', '下岗失业人员再就业')
# ———居民收入增加。城镇居民人均可支配收入实际增长9%，农民人均纯收入实际增长4.3%。
F('9%', 9, '%', '城镇居民人均可支配收入实际增长')
F('4.3%', 4.3, '%', '农民人均纯收入实际增长')
# ———首次载人航天飞行获得圆满成功。 (首次: an ordinal, none)
# 一年来，我们主要做了以下六方面工作：
s(DT, '一年来', False, ctx='一年来，我们主要')
F('六方面', 6, '方面', '工作', req=False)                        # the count of the list that follows (round 14): optional

# （一）采取果断措施，集中力量抗击非典
# 去年春天，我国遭遇了一场非典疫情重大灾害。党中央、国务院把人民群众的身体健康和生命安全放在第一位，
s(DT, '去年', False, value='2003', resolved='2003')              # relative time (README DATE)
s(DEP, '党中央', ctx='党中央、国务院', **CCP)                    # standing alone (guide)
s(DEP, '国务院', ctx='党中央、国务院', **GOV)
# 贯彻《中华人民共和国传染病防治法》，制定《突发公共卫生事件应急条例》，…
s(P, '中华人民共和国', False, ctx='中华人民共和国传染病防治法')   # inside a title of a work (guide)
# 国务院和地方政府成立防治非典指挥部，统一调度人力物力财力，…
s(DEP, '国务院', ctx='国务院和地方政府', **GOV)
s(DEP, '防治非典指挥部', False, kind='state')                   # an ad-hoc headquarters of 国务院 and local governments: named body or class, undecided, optional
# 在抗击非典斗争的艰难时刻，…中华民族经受住了严峻的考验。 (no span)

# （二）适时适度调控，促进经济平稳快速发展
# 我们坚持扩大内需方针，继续实施积极的财政政策和稳健的货币政策，…
U('扩大内需方针', req=False)                                    # policy phrase (round 1; gwr-039 golds)
U('扩大内需', req=False, ctx='扩大内需方针')
U('积极的财政政策和稳健的货币政策', req=False)                  # policy phrases (gwr-004-macro.py)
U('积极的财政政策', 'term', req=False, ctx='积极的财政政策和')
U('稳健的货币政策', 'term', req=False)
# 在非典肆虐的情况下，我们坚持一手抓防治非典不放松，一手抓经济建设不动摇。
U('一手抓防治非典不放松，一手抓经济建设不动摇', 'directive', req=False)   # like 一手抓繁荣，一手抓管理 (README: optional directive)
# 我们加大“三农”工作力度，…
Q('三农')                                                       # a quoted numbered formula, no FIGURE (round 13)
# 三峡水利枢纽二期工程胜利完成，三期工程拉开序幕；
s(P, '三峡水利枢纽', False)                                      # a project / facility (like 三峡工程, round 12): optional
s(P, '三峡', False, ctx='三峡水利枢纽')                          # the place at its start: optional (round 12)
# 二期 / 三期: phase numbers (round 3): none
# 西气东输东段工程成功贯通；青藏铁路正线铺轨顺利推进；西电东送规模扩大；南水北调工程东、中线开工建设。
U('西气东输', 'campaign', req=False)                             # project names: optional (round 12)
U('青藏铁路', 'campaign', req=False)                             # gwr-041-opening.py
s(P, '青藏铁路', False)                                         # a railway by name (gwr-041-opening.py)
s(P, '青藏', False, ctx='青藏铁路')                              # joined abbreviations at the start of a name (guide)
U('西电东送', 'campaign', req=False)
U('南水北调工程', 'campaign', req=False)                         # round 12
U('南水北调', 'campaign', req=False)
# 西部大开发继续推进，东北地区等老工业基地振兴战略开始实施。
U('西部大开发', 'campaign')                                      # the strategy's fixed name (gwr-041)
s(P, '西部', False, ctx='西部大开发')
U('东北地区等老工业基地振兴', req=False)                         # the strategy's wording, undecided (earlier golds)
s(P, '东北地区', False)                                          # a region without fixed boundary (round 2; gwr-039-agriculture)
s(P, '东北', False, ctx='东北地区')

# （三）注重统筹兼顾，加快社会事业发展
# …中央财政全年用于教育、卫生、科技、文化、体育事业的支出达855亿元，比上年增长12.4%；
zhongyang('中央财政全年')
F('855亿元', 855 * YI, '元', '中央财政用于教育、卫生、科技、文化、体育事业的支出', ap=EM)
F('12.4%', 12.4, '%', '中央财政社会事业支出增长')
# 支持社会事业发展的国债投资达163亿元，增长近两倍。
F('163亿元', 163 * YI, '元', '支持社会事业发展的国债投资', ap=EM)
F('近两倍', 2, '倍', '支持社会事业发展的国债投资增长', ap='less_than')   # 近 inside (guide)
# …重点抓了省、市（地）、县三级疾病预防控制网络建设。
F('三级', 3, '级', '疾病预防控制网络', req=False)                 # tiers of a network: undecided, optional (gwr-045 golds)
# 采取中央与地方共建办法，加强农村卫生医疗机构建设。
zhongyang('中央与地方共建')
# 国务院作出《关于进一步加强农村教育工作的决定》。
s(DEP, '国务院', ctx='国务院作出', **GOV)
# 中央财政和国债资金加大了对农村教育的支持力度，主要用于补助中西部农村教师工资发放、…
zhongyang('中央财政和国债')
s(P, '中西部', False)                                           # optional (rounds 2, 8)
# 一年来，我国基础研究、战略高技术研究和高新技术产业化取得重要进展。
s(DT, '一年来', False, ctx='一年来，我国基础')
# 国务院着手编制国家中长期科学和技术发展规划，…
s(DEP, '国务院', ctx='国务院着手', **GOV)
# 积极推进文化体制改革和文化事业发展。… 人口和计划生育工作进一步加强。… (no span)

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
