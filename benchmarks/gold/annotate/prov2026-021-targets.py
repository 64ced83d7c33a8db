from _ann import CC, DEP, DT, PE, SL, Ann, P

# Round 27 (annotator r27c). 2026 government work report of Hunan, range [8239, 10443):
# section 二 "“十五五”时期主要目标任务" (the goals of the provincial Party committee's
# proposal, “三个高地”, “一带一部”, 二○三五年, “七个更加”, the outline's 5个方面 / 22项
# indicators, 5%—5.5%, the eight breakthroughs 一是…八是 with their quoted formulas
# “三基地一枢纽”, “一核两副三带四区”, “以城带乡”, “两道融合命题”, “五张名片”, “人民至上”,
# “守护好一江碧水”, “双碳”, “一江一湖三山四水”, 67.5%, 80岁以上) and the opening of section
# 三 "关于2026年工作" (2026年 ×2, the general requirements: 党中央, 习近平总书记,
# 中央经济工作会议, the standard formulas). Simplified; it ends where
# prov2026-021-10443-12484 begins.
A = Ann('prov2026-021', 8239, 10443)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
HNPC = {'level': 'province', 'kind': 'party', 'canonical': '中共湖南省委'}
HNGOV = {'level': 'province', 'kind': 'state', 'canonical': '湖南省人民政府'}
MORE = 'more_than|at_least'


def fyp(ctx=None):
    """“十五五”: optional as SLOGAN kind period and as DATE (README, FIVE-YEAR PLANS)."""
    sp = Q('十五五', 'period', req=False, ctx=ctx)
    s(DT, '十五五', False, at=sp['start'], value='2026/2030')


# 二、“十五五”时期主要目标任务
fyp('二、“十五五”')
fyp('“十五五”时期是')
F('五年', 5, '年', '', req=False, ctx='关键五年，也是')        # a duration (README FIGURE: optional)
s(P, '湖南', ctx='湖南锚定')
Q('三高四新')                                               # quoted formula (prov2026-021 earlier golds)
U('中国式现代化', ctx='中国式现代化湖南篇章')              # required as in prov2026-021-review
s(P, '中国', False, ctx='中国式现代化湖南篇章')            # a place inside a formula's name (README PLACE)
s(P, '湖南', ctx='湖南篇章')                                # required as in the earlier Hunan golds
F('五年', 5, '年', '', req=False, ctx='关键五年。')
s(DEP, '省委', ctx='省委《关于', **HNPC)                    # the provincial committee (prov2026-021-tasks)
s(P, '湖南省', False, ctx='制定湖南省国民经济')            # inside a title 《…》: optional (guide, nesting)
U('高质量发展', req=False, ctx='锚定高质量发展')          # a policy phrase (README SLOGAN)
Q('三个高地')
Q('一带一部')                                               # a quoted coded formula, like “三个高地”
s(DT, '二○三五年', value='2035')                           # a year with ○ (README DATE)
Q('七个更加')                                               # a quoted numbered formula; no FIGURE
s(DEP, '省政府', **HNGOV)                                   # like 省政府 in the Shanxi / Liaoning golds
s(P, '湖南省', False, ctx='《湖南省国民经济')              # inside a title: optional
F('5个', 5, '个', '主要指标的方面')                        # a count after a list ending in 等: required (round 2, README l. 4207)
F('22项', 22, '项', '主要指标')
s(DT, '2035年', value='2035', ctx='2035年远景目标')
F('5%', 5, '%', '地区生产总值年均增长（下限）', ap='exact|at_least', ctx='5%—5.5%')   # a range: two spans (README FIGURE)
F('5.5%', 5.5, '%', '地区生产总值年均增长（上限）', ap='exact|less_than', ctx='5%—5.5%')
F('八个', 8, '个', '方面', req=False, ctx='从八个方面')     # the count of the list that follows: optional (round 14, Hunan: 十个方面)

# 一是…
Q('三个高地', ctx='打造“三个高地”')
U('高质量发展', req=False, ctx='推动高质量发展实现')
# 制造强省、质量强省、网络强省 / 教育强省、科技强省、人才强省: generic goals, not annotated
# 全国第一方阵: an ordinal
s(DEP, '国家实验室', False, kind='institute')               # research institutes optional (as in prov2026-021 earlier)
F('前十', 10, '', '区域创新能力全国排名', req=False)        # a rank (guide: ranks optional)
# 二是…
U('扩大内需', req=False, ctx='坚持扩大内需')               # a policy phrase
U('扩大内需战略', req=False)                                # the strategy's name: a second defensible boundary, optional (round 27, after measurement)
U('全国统一大市场', req=False)                              # a policy phrase (README)
# 三是…
Q('一带一部', ctx='发挥“一带一部”')
U('区域协调发展战略', req=False)                            # a strategy name, like 主体功能区战略 in the same list (slip fixed after measurement)
U('主体功能区战略', req=False)                              # as in prov2026-021-opening
s(P, '湖南', ctx='湖南地位')
Q('三基地一枢纽')                                           # a quoted coded formula; no FIGURE
U('中部地区崛起', req=False)                                # round 12
s(P, '中部地区', False, ctx='中部地区崛起')                # a region without fixed boundary
U('长江经济带发展', req=False)
s(P, '长江经济带', ctx='长江经济带发展')                    # required (round 12, decided for this article)
s(P, '长江', False, ctx='长江经济带发展')
Q('一核两副三带四区')                                       # a quoted coded layout formula; no FIGURE
s(P, '长株潭', False, ctx='长株潭都市圈')                   # joined abbreviations of three cities (prov2026-021 earlier)
s(P, '长株潭都市圈', False)                                 # the metropolitan area: undecided, optional (round 27)
# 四是…
Q('以城带乡')                                               # a quoted requirement-formula (kind formula; round 27)
U('新型城镇化', req=False)
F('67.5%', 67.5, '%', '城镇化率')                           # 提升至: the verb outside
U('乡村全面振兴', req=False)
# 五是…
Q('两道融合命题')
s(SL, '新质生产力', False, ctx='文化新质生产力', kind='formula', quoted=False)   # inside 文化新质生产力: undecided, optional (round 27)
U('以文塑旅、以旅彰文', req=False)                          # a set phrase (README: policy phrases optional)
Q('五张名片')                                               # a quoted numbered formula; no FIGURE
s(DT, '新时代', False, ctx='新时代的文化')                 # an era (round 23): optional
# 六是…
Q('人民至上')
U('共同富裕', req=False)                                    # optional (rounds 6, 7)
U('就业优先发展战略', req=False)                            # a policy phrase
U('城乡居民增收计划', 'campaign', req=False)                # unquoted programme name
U('基本公共服务提质工程', 'campaign', req=False)            # unquoted programme name (round 13)
U('高质量发展', req=False, ctx='人口高质量发展')            # optional at every occurrence (round 2; slip fixed after measurement)
F('80岁以上', 80, '岁', '人均预期寿命', ap=MORE)             # 以上 inside (README FIGURE)
F('80岁', 80, '岁', '人均预期寿命', ap='exact|' + MORE, req=False)
# 七是…
Q('守护好一江碧水', 'directive')                            # a quoted requirement
U('美丽湖南', req=False, ctx='美丽湖南建设')                # like 美丽中国 (prov2026-021-ecology)
s(P, '湖南', False, ctx='美丽湖南建设')
Q('双碳')                                                   # a quoted coded formula (round 2)
U('碳达峰', req=False)                                      # optional (earlier rounds)
U('污染防治攻坚', 'campaign', req=False)                    # like 污染防治攻坚战 (optional)
Q('一江一湖三山四水')                                       # a quoted coded formula; no FIGURE
# 八是…
U('平安湖南', ctx='平安湖南建设')                           # the fixed name of a provincial strategy (prov2026-021 earlier)
s(P, '湖南', False, ctx='平安湖南建设')
U('共建共治共享', req=False)                                # a set phrase
U('法治湖南', req=False)                                    # undecided, optional (round 27: less fixed than 平安湖南)
s(P, '湖南', False, ctx='法治湖南')

# 三、关于2026年工作
s(DT, '2026年', value='2026', ctx='关于2026年工作')
s(DT, '2026年', value='2026', ctx='2026年是')
fyp('是“十五五”规划')
U('以习近平同志为核心的党中央', req=False)                 # round 1: optional; parts required (round 6)
s(PE, '习近平', title='同志', ctx='以习近平同志')
s(DEP, '党中央', ctx='核心的党中央', **CC)
s(P, '湖南', ctx='湖南的事')
U('高质量发展', req=False, ctx='坚持高质量发展能快')        # optional at every occurrence (round 2; slip fixed after measurement)
U('中国经济光明论', 'term', req=False)                      # a coined wording: undecided, optional (round 27)
s(P, '中国', False, ctx='中国经济光明论')                  # a place inside a formula's name (README PLACE)
s(DT, '今年', False, value='2026', resolved='2026', ctx='今年工作的总体')
U('习近平新时代中国特色社会主义思想')
s(PE, '习近平', False, ctx='习近平新时代')                  # a name inside an ideology: optional (guide)
s(P, '中国', False, ctx='新时代中国特色')
s(DEP, '党的二十大', False, ctx='党的二十大')              # round 14: optional as DATE and DEPARTMENT
s(DT, '党的二十大', False)
s(DT, '二十大', False, ctx='党的二十大')
s(DT, '二十届历次全会', False)                              # events used as times (README DATE)
s(DEP, '中央', False, ctx='中央经济工作会议', level='central')   # 中央 in 中央经济工作会议 optional (rounds 1, 5, 7)
s(PE, '习近平', title='总书记', ctx='习近平总书记')
s(P, '湖南', ctx='湖南工作的')
U('稳中求进工作总基调')                                     # README SLOGAN: the canonical long form required
U('稳中求进', req=False, ctx='稳中求进工作总基调')
U('新发展理念')
U('新发展格局')
Q('三高四新', ctx='锚定“三高四新”美好蓝图，着力')
U('高质量发展', req=False, ctx='着力推动高质量发展')
U('扩大内需', req=False, ctx='全方位扩大内需')
U('新质生产力', ctx='持续发展新质生产力')
U('统筹发展和安全', req=False)
U('稳就业、稳企业、稳市场、稳预期', req=False)              # optional (README l. 4175)
U('质的有效提升和量的合理增长', req=False)                  # optional (Shanxi)
fyp('实现“十五五”良好')

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
