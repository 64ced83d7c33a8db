from _ann import DEP, DT, PE, Ann, P

# 2026 government work report of Ningxia, review of 2025: field 五 (“八项民生工程”: jobs,
# education, health, culture and sport, social security), the government's own building
# (the deputies' suggestions, the rule of law) and the opening of the five years' review
# (过去五年 … “两区”建设和“四项重点任务”), from 五是倾力推进“八项民生工程” to the end of
# 美丽新宁夏建设取得了突破性进展. Traditional script (OpenCC s2t of the source), annotated
# on the simplified text.
A = Ann('prov2026-007', 5304, 7017, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI = 100000000
WAN = 10000
HOSP = {'kind': 'hospital'}
UNI = {'kind': 'university'}
SC = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
CC = {'level': 'central', 'kind': 'party', 'canonical': '中共中央'}
Y25 = {'value': '2025', 'resolved': '2025'}


def gzl(ctx):
    """高质量发展: a policy phrase, optional at every occurrence (round 2)."""
    U('高质量发展', 'term', req=False, ctx=ctx)


# 五是倾力推进“八项民生工程”，…
Q('八项民生工程', 'campaign')                              # a quoted programme name; no FIGURE inside
sp = U('以人民为中心的发展思想')                           # required (earlier rounds)
U('以人民为中心', req=False, at=sp['start'])               # round 5
F('1300多亿元', 1300 * YI, '元', '民生保障和改善资金', 'more_than')
F('40件', 40, '件', '民生实事')

# 就业增收稳定向好
Q('稳内拓外', 'campaign')                                  # a quoted action name (…行动)
Q('六预一保')                                              # a quoted coded set of measures; no FIGURE
Q('技能照亮前程', 'campaign')                              # quoted action names (…等行动)
Q('技能宁夏', 'campaign')
s(P, '宁夏', False, ctx='技能宁夏')                        # inside a quoted programme name
Q('以工助农', 'campaign')
F('8.55万人', 8.55 * WAN, '人', '新增城镇就业')
F('86万人', 86 * WAN, '人', '农村劳动力转移就业')
F('6.2万名', 6.2 * WAN, '名', '农民工（解决拖欠工资问题）')

# 教育发展持续加力 (全区教育大会: a meeting; 教育强区: none)
F('8700多个', 8700, '个', '新增高中学位', 'more_than')
# 翻了一番: an idiom, no FIGURE (guide)
F('超过76%', 76, '%', '普通高中升学率', 'more_than')
F('76%', 76, '%', '普通高中升学率', 'exact|more_than', req=False)
F('一年', 1, '年', '学前免费教育', req=False, ctx='学前一年')   # a duration
F('近10万', 10 * WAN, '', '儿童', 'less_than')            # number before a noun (guide: 46萬群眾)
s('FIGURE', '近10万儿童', False, value=10 * WAN, approx='less_than', unit='儿童', subject='儿童')
F('23.6万', 23.6 * WAN, '', '婴幼儿')
s('FIGURE', '23.6万婴幼儿', False, value=23.6 * WAN, approx='exact', unit='婴幼儿', subject='婴幼儿')
s(DEP, '固原农林职业技术学院', False, **UNI)              # universities: optional (round 9)
s(P, '固原', False, ctx='固原农林')                        # at the start of a name
s(DEP, '宁夏职业技术大学', False, **UNI)
s(P, '宁夏', False, ctx='宁夏职业技术大学')
s(DEP, '宁夏工商职业技术大学', False, **UNI)
s(P, '宁夏', False, ctx='宁夏工商职业技术大学')
Q('零的突破', 'term', req=False)                          # a quoted coinage

# 医疗服务不断改善
Q('五大中心')                                              # a quoted numbered formula (like “六要素”); no FIGURE
s(DEP, '北大第一医院宁夏妇儿医院', False, **HOSP)          # hospitals: optional as organ and place
s(P, '北大第一医院宁夏妇儿医院', False)
s(P, '北大第一医院宁夏妇儿医院综合楼', False)               # a building
s(DEP, '北大第一医院', False, **HOSP)
s(DEP, '北大', False, **UNI)
s(P, '宁夏', False, ctx='宁夏妇儿医院')
s(DEP, '宁夏妇儿医院', False, **HOSP)
s(DEP, '宁夏盲人按摩医院', False, **HOSP)
s(P, '宁夏盲人按摩医院', False)
s(P, '宁夏', False, ctx='宁夏盲人按摩医院')
s(DEP, '自治区精神卫生中心', False, level='province', **HOSP)
# HPV: a name, no FIGURE
Q('两癌', 'term', req=False)                              # a quoted abbreviation
F('50余万人次', 50 * WAN, '人次', '适龄女孩HPV疫苗接种、妇女“两癌”筛查', 'more_than')
Q('无自付', 'term', req=False)                            # a quoted coinage
# 全国医保影像云试点: a pilot, none; 国家标准: none
Q('健康中国行动', 'campaign')                             # a quoted national programme name
s(P, '中国', False, ctx='健康中国行动')
s(P, '西部', False, ctx='居西部第一')                     # a region without fixed boundary (round 3); 第一 a rank

# 文体事业蓬勃发展
F('175个', 175, '个', '新型公共文化空间')
Q('送戏下乡', 'campaign')                                 # quoted activity names (…等文化惠民活动)
Q('四季村晚', 'campaign')
# 《岩话》: a title of a work, none
Q('荷花奖', 'term', req=False)                            # an award's quoted name (round 12 slip fix)
s(PE, '杨春华', title='人民警察英雄')
s(PE, '贾建东', title='最美退役军人')
s(PE, '李佳婷', title='见义勇为少年')
s(P, '贺兰山全民（冰雪）健身中心', False)                   # a venue
s(P, '贺兰山', False, ctx='贺兰山全民')                   # at the start of a venue's name
F('100多项', 100, '项', '国际性和全国性赛事', 'more_than')
# 首届: an ordinal, none
Q('县BA', 'term', req=False)                              # undecided: the quoted name of a competition
s(P, '黄', False, ctx='沿黄省区')                         # one-character abbreviation of 黄河
# 全运会、残特奥会: events, none; 我区: not a place
s(PE, '何杰', title='运动员')
s(P, '宁夏', ctx='充分展示了宁夏')

# 社会保障加大投入
F('183元', 183, '元', '最低工资标准每月提高')
F('25元', 25, '元', '城乡居民基础养老金每月提高')
F('50元', 50, '元', '低保标准每月提高')
F('65元', 65, '元', '特困供养生活费标准每月提高')
F('165元', 165, '元', '失业保险金标准每月提高')
F('100元', 100, '元', '急难型临时救助最低标准提高')
F('150元', 150, '元', '支出型临时救助最低标准提高')
F('700元', 700, '元', '城乡居民基本医保人均补助标准', 'exact|more_than')   # 提高到: a verb
F('2900元', 2900, '元', '殡葬基本服务费（原平均）')
F('1000元左右', 1000, '元', '殡葬基本服务费', 'about')
s(DEP, '国务院', **SC)
gzl('推动高质量发展综合督查')
F('5项', 5, '项', '指标')                                  # 居全国前列: a rank, none
s(DT, '2025年', value='2025')
F('一年', 1, '年', '', req=False, ctx='最大的一年')        # undecided: 一年 as "the year"

# 一年来，我们持续加强政府自身建设，…
s(DT, '一年来', False, **Y25)
U('深入贯彻中央八项规定精神学习教育', 'campaign', req=False)   # rounds 4, 12
U('中央八项规定精神')
U('中央八项规定', req=False)
s(DEP, '中央', False, ctx='中央八项规定精神', level='central', kind='party')
Q('三公')                                                  # a quoted coded formula; no FIGURE
s(DEP, '人大', False, ctx='人大及其常委会', kind="people's congress")   # bare 人大 (round 4)
s(DEP, '政协', False, ctx='政协民主监督', kind='cppcc')
s(DEP, '自治区人大常委会', level='province', kind="people's congress",
  canonical='宁夏回族自治区人民代表大会常务委员会')
s(DEP, '自治区人大', False, ctx='自治区人大常委会', level='province', kind="people's congress")
F('18件', 18, '件', '提请审议的地方性法规')
s(DEP, '人大', False, ctx='人大代表建议', kind="people's congress")
F('395件', 395, '件', '人大代表建议')
s(DEP, '政协', False, ctx='政协委员提案', kind='cppcc')       # round 5
F('495件', 495, '件', '政协委员提案')
F('100%', 100, '%', '办复率', 'exact|more_than')           # 达: a verb
s(DEP, '自治区人大', ctx='自治区人大稳增长', level='province', kind="people's congress")
s(DEP, '政协', False, ctx='政协“金点子”', kind='cppcc')       # 自治区政协 by ellipsis: undecided, optional
Q('金点子', 'term', req=False)
F('108项', 108, '项', '调研成果和“金点子”成果')
F('一批', 1, '批', '民主党派、各界人士意见建议', req=False)   # 一批: optional (round 2)
F('三级', 3, '级', '区市县政府', req=False, ctx='区市县三级')  # a count after a closed list
F('10项', 10, '项', '法治政府建设主要指标')
s(P, '西部', False, ctx='居西部首位')

# 过去五年，…
s(DT, '过去五年', False, value='2021/2025', resolved='2021/2025')
U('以习近平同志为核心的党中央', req=False)
s(PE, '习近平', title='同志')
s(DEP, '党中央', **CC)
U('脱贫攻坚战', req=False)                                # round 6
U('全面建成小康社会', req=False)
U('新征程', 'term', req=False, ctx='现代化新征程')          # round 2
Q('十四五', 'period', req=False)
s(DT, '十四五', False, value='2021/2025')
s(PE, '习近平', title='总书记', ctx='习近平总书记再次')
s(P, '宁夏', ctx='亲临宁夏')
s(P, '宁夏', ctx='明确了宁夏')
sp = U('黄河流域生态保护和高质量发展先行区', req=False)       # a designation of the region: undecided
U('黄河流域生态保护和高质量发展', req=False, at=sp['start'])   # a national strategy's wording
s(P, '黄河', False, at=sp['start'])
s(P, '黄河流域', False, at=sp['start'])
gzl('生态保护和高质量发展先行区')
sp = U('铸牢中华民族共同体意识示范区', req=False)
U('铸牢中华民族共同体意识', req=False, at=sp['start'])        # the modifier of a pilot's name (optional)
Q('两区')                                                  # quoted numbered formulas; no FIGURE
Q('四项重点任务')
sp = U('美丽新宁夏', req=False)
s(P, '宁夏', False, at=sp['start'] + 3)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
