from _ann import DT, PE, Ann

# Round 30 (annotator r30d, blind): 2024 State Council government work report
# (gwr-002), range [12915, 15252): section 三's tasks from 提高区域协调发展水平 to
# 丰富人民群众精神文化生活 (a paragraph end). The regions (新发展格局, 西部大开发,
# 东北全面振兴, 中部地区, 东部地区, 东北 / 中西部地区, 京津冀, 长三角, 粤港澳大湾区,
# 雄安新区, 长江经济带, 黄河流域, 革命老区, 兴边富民行动), (九) ecology
# (绿水青山就是金山银山, 美丽中国, “三北”, 长江十年禁渔, 全面节约战略,
# “碳达峰十大行动”), (十) livelihood (以人民为中心的发展思想, 超过1170万人, 30元,
# 健康中国行动, 爱国卫生运动, 20元) and culture (习近平文化思想, 社会主义核心价值观,
# 第四次全国文物普查, 2024年). No organ and no person but the one inside the
# thought's name. Script: simplified.
A = Ann('gwr-002', 12915, 15252)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
P = 'PLACE'
WAN = 10000
Y24 = {'value': '2024', 'resolved': '2024'}


def hq(ctx):
    """高质量发展: a policy phrase, optional at every occurrence (README; gwr-002-targets)."""
    U('高质量发展', req=False, ctx=ctx)


# 提高区域协调发展水平
U('新发展格局')                                                    # required (README SLOGAN)
U('西部大开发', 'campaign')                                        # the strategy's fixed name (gwr-041)
s(P, '西部', False, ctx='西部大开发')                               # inside the name (nesting)
U('东北全面振兴', 'term', req=False)                                # a regional strategy's wording (undecided, as before)
s(P, '东北', False, ctx='东北全面振兴')                             # a region without fixed boundary (round 2)
s(P, '中部地区', False)                                            # optional (rounds 2, 17)
s(P, '东部地区', False)                                            # optional (round 8)
s(P, '东北', False, ctx='提升东北和')
s(P, '中西部地区', False)                                          # optional (round 8)
s(P, '京津冀', False)                                              # joined abbreviations (rounds 2, 14)
s(P, '长三角')                                                     # standing alone: required (rounds 13, 14)
s(P, '粤港澳大湾区')                                                # required (conventions: agglomeration with defined membership)
s(P, '粤港澳', False, ctx='粤港澳大湾区')
hq('高质量发展动力源')
s(P, '雄安新区')                                                    # round 14: required, 雄安 optional
s(P, '雄安', False, ctx='雄安新区')
U('长江经济带高质量发展', req=False)                                 # round 23 (r15b): optional, with 长江经济带 before it optional
s(P, '长江经济带', False, ctx='长江经济带高质量')
s(P, '长江', False, ctx='长江经济带高质量')                          # a river inside the region's name (nesting)
hq('长江经济带高质量发展')
U('黄河流域生态保护和高质量发展', req=False)                         # a national strategy's wording (optional, earlier gold)
s(P, '黄河流域')                                                    # a place the text is about (conventions: 台湾 in …方略)
s(P, '黄河', False, ctx='黄河流域')                                  # inside the basin's name (nesting)
hq('生态保护和高质量发展')
s(P, '革命老区', False)                                             # a class of regions (undecided, as before)
U('兴边富民行动', 'campaign', req=False)                             # unquoted (round 26 list): optional
U('海洋强国', req=False)                                            # a policy phrase (conventions): optional
# （九）生态文明
U('绿水青山就是金山银山')                                            # unquoted standard wording of a 理念 (r29a): required
U('降碳、减污、扩绿、增长', req=False)                               # optional (round 4)
U('人与自然和谐共生', req=False)                                      # a policy phrase (undecided: optional)
U('美丽中国', req=False, ctx='美丽中国。')                           # optional (round 4)
s(P, '中国', False, ctx='美丽中国。')                                # inside it (round 5)
U('空气质量持续改善行动计划', 'campaign', req=False)                  # an unquoted programme name (round 13): optional
U('山水林田湖草沙一体化保护和系统治理', req=False)                   # r29a: optional
U('山水林田湖草沙', req=False)                                       # round 12: optional
Q('三北', 'term', req=False)                                         # “三北”工程: undecided since round 11
s('FIGURE', '三大', False, value=3, approx='exact', unit='', subject='标志性战役')  # a count inside a campaign's wording: undecided, optional
U('长江十年禁渔', 'campaign', req=False)                             # an unquoted programme name (undecided): optional
s(P, '长江', ctx='长江十年禁渔')                                     # the river the text is about (conventions: place in an unquoted formula)
s('FIGURE', '十年', False, value=10, approx='exact', unit='年', subject='禁渔')  # a duration (guide: optional)
U('全面节约战略')                                                   # the fixed name of a national strategy (earlier gold)
U('美丽中国', req=False, ctx='美丽中国先行区')
s(P, '中国', False, ctx='美丽中国先行区')
U('碳达峰碳中和', req=False)                                         # a policy phrase (earlier gold)
Q('碳达峰十大行动', 'campaign')                                      # a quoted national programme name (rounds 9, 11: quoted coded formulas required; no FIGURE)
# （十）民生
U('以人民为中心的发展思想')                                          # required (round 7)
U('以人民为中心', req=False, ctx='以人民为中心的发展思想')            # inside it optional (round 7)
U('保基本、兜底线', req=False)                                       # a policy wording (undecided, like 保基本、兜底线、促公平)
U('共同富裕', 'term', req=False)                                     # round 7: optional
U('获得感、幸福感、安全感', req=False)                               # rounds 11, 13
s(DT, '今年', False, ctx='预计今年高校', **Y24)                      # relative time, resolved (README DATE)
F('超过1170万人', 1170 * WAN, '人', '高校毕业生（2024年预计）', 'more_than')  # 超过 inside the span (guide)
F('30元', 30, '元', '居民医保人均财政补助标准提高')
U('健康中国行动', 'campaign', req=False)                              # unquoted action name (round 13)
U('健康中国', req=False, ctx='健康中国行动')                          # nesting (round 14)
s(P, '中国', False, ctx='健康中国行动')                               # inside the name (round 22)
U('爱国卫生运动', 'campaign')                                        # a standard campaign name (round 14)
U('积极应对人口老龄化国家战略', req=False)                            # a strategy's wording (undecided: optional)
F('20元', 20, '元', '城乡居民基础养老金月最低标准提高')
U('银发经济', 'term', req=False)                                     # as earlier gold
# 丰富人民群众精神文化生活
U('习近平文化思想')                                                  # the fixed name of a thought (conventions: like 习近平强军思想)
s(PE, '习近平', False, ctx='习近平文化思想')                          # a name inside an ideology (guide)
U('社会主义核心价值观')                                              # required unquoted (round 13)
U('国家文化数字化战略', req=False)                                   # a strategy's wording (undecided: optional)
U('全民阅读活动', 'campaign', req=False)                             # an unquoted activity name (round 13): optional
U('文化惠民工程', 'campaign', req=False)                             # as earlier gold
U('第四次全国文物普查', 'campaign', req=False)                       # as earlier gold; 第四次 an ordinal, no FIGURE / DATE
A.date('2024年', '2024')                                             # a year (guide)
U('全民健身活动', 'campaign', req=False)                             # as earlier gold

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
