from _ann import DEP, Ann, P

# Guangxi 2026 government work report, "三、2026年重点工作", tasks (八) to (十):
# county economies and cities (“城市引领升级、县域承载配套、城乡协同发力”,
# “市场+保障”, “好房子”, “创先争优”三年行动, 走在前、作示范), green development
# (漓江, 九洲江, 西南岩溶国家公园, 南宁国家植物园, 400万亩以上) and the livelihood
# list (“头等大事”, “暖心民政”三年行动 and ten 惠民工程 with their funds, 8万户以上,
# quoted models and programmes, 教育部广西高等研究院). Simplified.
# Cut at paragraph ends (15252: （八）; 17371: after the `\n` closing （十）).
A = Ann('prov2026-012', 15252, 17371)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
INST = {'kind': 'institute'}
YI, WAN = 100000000, 10000


def three_years(ctx, subj):
    """三年 in “…”三年行动: a duration inside a campaign name, optional (round 1)."""
    F('三年', 3, '年', subj, req=False, ctx=ctx)


def fund(t, v, proj):
    """筹措N亿元实施…惠民工程: the sum required, the unquoted project name optional (gwr-025)."""
    F(t, v, '元', proj)
    U(proj, 'campaign', req=False)


# （八）协同推进县域经济发展和城市工作。 (list numbers none)
Q('城市引领升级、县域承载配套、城乡协同发力')        # a quoted formula (…格局)
U('人民城市', 'term', req=False)                    # 现代化人民城市: a policy phrase (undecided)
Q('市场+保障', 'campaign')                          # a quoted model (round 12 “直播+平台+…”)
Q('好房子', 'term', req=False)                      # a quoted coinage (like “口袋公园”)
U('物业服务质量提升行动', 'campaign', req=False)      # unquoted 行动 name
U('城市生命线安全工程', 'campaign', req=False)
Q('创先争优', 'campaign')                            # the quoted name of a three-year campaign
three_years('三年行动，分类', '县域经济“创先争优”行动')
# 一二三产融合发展: numerals in a term, none
U('走在前、作示范', req=False)                        # an unquoted variant of 走在前、作表率 (undecided)
# （九）坚定不移推进绿色低碳发展。
U('降碳减污扩绿增长', req=False)                      # an unquoted standard formula (undecided)
s(P, '漓江')                                         # rivers (round 4)
s(P, '九洲江')
s(P, '西南岩溶国家公园', False)                       # a park (prov2026-012-review)
s(P, '西南', False, ctx='西南岩溶')
s(P, '南宁国家植物园', False)                         # a venue
s(P, '南宁', False, ctx='南宁国家植物园')              # at the start of a venue's name
F('400万亩以上', 400 * WAN, '亩', '植树造林', ap='more_than|at_least')
# （十）全心全意办好民生“头等大事”。
Q('头等大事', 'term', req=False)                      # a quoted metaphor
Q('暖心民政', 'campaign')                            # the quoted name of a three-year campaign
three_years('三年行动，筹措', '“暖心民政”行动')
F('890.59亿元', 890.59 * YI, '元', '十大为民办实事工程项目')
F('十大', 10, '', '为民办实事工程项目', req=False)     # a numbered designation (prov2026-012-tasks: 十大)
fund('7亿元', 7 * YI, '就业惠民工程')
s(P, '广西', ctx='友好型广西建设')                    # the region as the place built
fund('280.44亿元', 280.44 * YI, '社保惠民工程')
Q('线上网络化+线下网格化', 'campaign')                 # a quoted management model
Q('村级养老服务站+养老协管员', 'campaign')             # a quoted reform model
Q('一卡通', 'campaign', req=False)                   # a quoted service designation (undecided); no FIGURE
fund('310.33亿元', 310.33 * YI, '健康惠民工程')
Q('儿科和精神卫生服务年', 'campaign')                 # a quoted campaign (…行动)
U('爱国卫生运动', 'campaign')                         # a standard campaign name (gwr-063)
fund('133.25亿元', 133.25 * YI, '科教惠民工程')
U('筑基村小、赋能镇中、振兴县中', req=False)            # an unquoted programme formula (undecided)
Q('攀高峰、强特色', 'campaign')                       # a quoted programme (…工程)
s(DEP, '教育部广西高等研究院', False, **INST)          # an institute (prov2026-007-tasks)
s(DEP, '教育部', False, ctx='教育部广西高等研究院', level='central', kind='state')   # inside a longer name
s(P, '广西', False, ctx='教育部广西高等研究院')
U('铸牢中华民族共同体意识', req=False)                # the modifier of a pilot's name (prov2026-012-fiveyears)
U('中华民族共同体意识', req=False)
U('新时代立德树人工程', 'campaign', req=False)
U('立德树人', 'term', req=False)
fund('8.26亿元', 8.26 * YI, '安居惠民工程')
F('8万户以上', 8 * WAN, '户', '实现安居梦的群众', ap='more_than|at_least')
fund('111.74亿元', 111.74 * YI, '助农惠民工程')
fund('12.42亿元', 12.42 * YI, '生态惠民工程')
fund('17.53亿元', 17.53 * YI, '水利惠民工程')
fund('2.29亿元', 2.29 * YI, '文体惠民工程')
Q('新时代、新广西、新人物、新故事', 'campaign')         # a quoted programme (…文艺创作工程)
s(P, '广西', False, ctx='新广西')                     # inside a quoted slogan (guide)
fund('7.33亿元', 7.33 * YI, '交通惠民工程')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
