from _ann import DEP, DT, Ann, P

# Round 38 (annotator r38a, blind): the 2026 government work report of Zhejiang,
# the review of 2025, points (六) to (十): urban-rural integration (87条 development
# axes, old estates, lifts, pipes, “千万工程”, “土特产富”, grain 1584.6万亩 / 132.4亿斤,
# “1+3”, 永嘉县 / 苍南县 / 江山市, “多规合一”, “一张图”, the 长三角 demonstration zone),
# culture (sites, 75名, 超4亿美元, 4家 / 30强, 9.2% / 10.2% / 24.9%, 273场 / 370场,
# 2415个, 超10万场次, works in 《》, 浙江代表团), the green transition (PM2.5 25微克/立方米,
# 98.7%, 1.36万种, 杭州 / 温州, “绿保稳”, nuclear and LNG projects, 3000万千瓦 / 2000万千瓦,
# 5分/千瓦时), livelihood (employment, 1190元, “一老一小”, 2025年, 26.4亿元, 4.76个,
# “一县一案”, “三医协同”, 世界卫生组织, 616.2万名 / 69.1亿元) and safety and the rule of
# law (平安浙江 / 法治浙江, 0.83%, 9件, 省人大 915件, 省政协 667件, “枫桥经验”, 11.2%,
# 16% / 36%). Window [2994, 5480), range [2995, 5180): the five points, the densest
# stretch (about 90 figures); the two paragraphs after (lists of fields, work style) are thinner.
# Traditional script: the gold text is OpenCC s2t of the simplified source.
A = Ann('prov2026-018', 2995, 5180, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000; YI = 100000000
MT = 'more_than|at_least'
def opt(t, v, u, subj='', ap='exact', ctx=None):  # an optional FIGURE
    s('FIGURE', t, False, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)
def pl(t, ctx=None):  # a place at the start of a project / site / facility name: optional (guide; prov2026-018-economy)
    s(P, t, False, ctx=ctx)

# （六）加快城乡区域一体融合发展 …
F('87条', 87, '条', '“县城—中心镇—重点村”发展轴')
Q('县城—中心镇—重点村', 'term', req=False)                   # quoted name of a development axis (prov2026-018-culture: undecided, optional)
F('1.35万人', 1.35 * WAN, '人', '异地搬迁')
F('63%', 63, '%', '县城常住人口占县域比重')                   # 提升至 outside (guide: verbs stay outside)
F('196个', 196, '个', '开工改造城镇老旧小区')
F('6万户', 6 * WAN, '户', '开工改造城中村')
F('1.8万台', 1.8 * WAN, '台', '更新住宅老旧电梯')
F('3200公里', 3200, '公里', '建设改造地下管网')
F('3696亿元', 3696 * YI, '元', '城市更新项目投资')
opt('15.6万套（间）', 15.6 * WAN, '套（间）', '筹集建设保障性租赁住房')   # bracketed second classifier: both forms optional (round 6; 9.56万套（间）)
opt('15.6万套', 15.6 * WAN, '套', '筹集建设保障性租赁住房')
s(DT, '新时代', False, ctx='新时代“千万工程”')                # a relative time (README DATE: optional)
Q('千万工程', 'campaign')                                     # quoted programme (prov2026-018-culture); no FIGURE
Q('土特产富', 'campaign', req=False)                         # quoted programme slogan (“土特产” optional term earlier): undecided, optional
F('3420亿元', 3420 * YI, '元', '“土特产富”全产业链总产值', ap='exact|more_than')   # 达 outside (guide)
opt('50万元以上', 50 * WAN, '元', '村集体经济经营性收入（门槛）', ap=MT)  # a threshold (README round 24: 亿元以上 optional)
opt('50万元', 50 * WAN, '元', '村集体经济经营性收入（门槛）', ap=MT)
F('68%', 68, '%', '村集体经济经营性收入50万元以上的行政村占比', ap='exact|more_than')
F('73%', 73, '%', '和美乡村覆盖率', ap='exact|more_than')     # 和美乡村: a policy phrase, not a span (宜居宜业和美乡村 optional)
Q('多田套合', 'campaign')                                     # quoted programme (新增“多田套合”面积, earlier gold)
F('180万亩', 180 * WAN, '亩', '新增“多田套合”面积')
F('1584.6万亩', 1584.6 * WAN, '亩', '粮食播种面积')
F('132.4亿斤', 132.4 * YI, '斤', '粮食总产量')
Q('十连丰', 'term', req=False)                               # like “二十连丰” (optional term, no FIGURE)
F('242万', 242 * WAN, '', '偏远农村居民（喝上干净水）')         # number before a noun (guide: unit "")
opt('242万偏远农村居民', 242 * WAN, '', '偏远农村居民')          # the number with the noun: optional (Conventions decided here)
U('高质量发展', req=False, ctx='海岛县高质量发展')              # optional at every occurrence (round 2)
Q('1+3')                                                     # quoted coded formula (like “8+4”, “1+4”); no FIGURE
s(P, '永嘉县'); s(P, '苍南县'); s(P, '江山市')
U('山海协作', 'campaign', req=False, ctx='山海协作双向')         # as prov2026-018-culture (optional)
Q('发展飞地', 'term', req=False)                              # quoted coinage (like “飞地园区”): optional term
Q('多规合一')                                                 # quoted coded formula of planning reform (undecided kind; required as a quoted formula, guide)
Q('一张图', 'campaign')                                        # quoted reform name (“一张图”, earlier gold); no FIGURE
sp = s(P, '长三角生态绿色一体化发展示范区', False)              # a demonstration zone: optional as PLACE and DEPARTMENT (round 3 zones; slip fixed after the first measurement)
s(DEP, '长三角生态绿色一体化发展示范区', False, at=sp['start'], kind='zone')
pl('长三角', ctx='长三角生态')
s(P, '方厅水院', False)                                        # a landmark project (venue): optional

# （七）繁荣发展文化事业文化产业 …
s(P, '浦江上山遗址', False)                                    # an archaeological site: a venue (仙居下汤遗址)
pl('浦江', ctx='浦江上山'); pl('上山', ctx='上山遗址')
pl('绍兴', ctx='绍兴越国'); s(P, '越国', False)                 # a place before a site's name; a historical state
pl('德清', ctx='德清淡水')                                      # a place at the start of a heritage system's name
# 第6个: an ordinal (guide)
F('75名', 75, '名', '新增国家级非遗代表性传承人')
pl('浙江', ctx='浙江重要文化基因图谱')                          # a place at the start of a work's name
Q('新三样', 'term', req=False)                                 # round 10 (prov2026-018-culture)
F('超4亿美元', 4 * YI, '美元', '微短剧平台海外内购收入', ap='more_than')   # 超 inside (guide)
opt('4亿美元', 4 * YI, '美元', '微短剧平台海外内购收入', ap='exact|more_than')
F('4家', 4, '家', '浙企（上榜全国文化企业30强）')
s(P, '浙', False, ctx='浙企')                                  # a one-character abbreviation (guide)
opt('30强', 30, '强', '全国文化企业')                           # a rank (guide: ranks optional)
F('9.2%', 9.2, '%', '全域旅游人数增长')
F('10.2%', 10.2, '%', '旅游综合收入增长')
F('24.9%', 24.9, '%', '入境过夜游客人数增长')
F('273场', 273, '场', '全省举办大型营业性演出')
F('370场', 370, '场', '全省举办国际级和全国赛事')
Q('15分钟品质文化生活圈', 'campaign', req=False)                 # quoted programme name (like “15分钟” term, undecided): optional
opt('15分钟', 15, '分钟', '品质文化生活圈', ctx='15分钟品质')        # a duration inside quotes (undecided, earlier gold)
F('2415个', 2415, '个', '新建“15分钟品质文化生活圈”')
F('超10万场次', 10 * WAN, '场次', '举办各类基层文化活动', ap='more_than')
opt('10万场次', 10 * WAN, '场次', '举办各类基层文化活动', ap='exact|more_than')
# 《我的大观园》《三打白骨精》《藏海传》《盛夏芬德拉》: titles of works, no spans (三 inside a title: no FIGURE)
Q('浙产好戏好剧', 'term', req=False)                           # a quoted brand (undecided: optional)
s(P, '浙', False, ctx='浙产好戏')
Q('文艺赋美', 'campaign')                                      # “文艺赋美”项目 (prov2026-018-culture)
U('高质量发展', req=False, ctx='体育事业高质量发展')
s(P, '浙江', ctx='浙江代表团')                                  # the province a delegation comes from: the place is meant (decided here)
# 全国第十五届运动会, 第十二届残运会: events with ordinals (no FIGURE)
s(DEP, '浙江广厦篮球俱乐部', False, kind='enterprise')           # a club: an enterprise (guide: optional)
pl('浙江', ctx='浙江广厦')
# 首个CBA总冠军: an ordinal

# （八）全力推进绿色低碳发展 …
U('美丽浙江', req=False)                                       # like 美丽山东 (round 13; prov2026-018-culture)
s(P, '浙江', False, ctx='美丽浙江')
sp = U('中央生态环保督察', 'campaign', req=False)              # an inspection (prov2026-021: undecided, optional)
s(DEP, '中央', False, at=sp['start'], level='central')          # 中央 alone (round 1)
s(P, '长江经济带', ctx='长江经济带警示片')                      # required (round 12, prov2026-021)
s(P, '长江', False, ctx='长江经济带警示片')
# PM2.5: a name, no FIGURE
F('25微克/立方米', 25, '微克/立方米', '设区城市PM2.5年平均浓度')   # 降至 outside
# Ⅰ—Ⅲ类: grades (ordinals, no FIGURE)
F('98.7%', 98.7, '%', '地表水国控断面Ⅰ—Ⅲ类水质比例', ap='exact|more_than')
U('山水林田湖草一体化保护和系统治理工程', 'campaign', req=False)   # an unquoted project name (round 2): optional
F('1.36万种', 1.36 * WAN, '种', '记录生物物种')
# 第五届世界生物圈保护区大会: an event with an ordinal
s(P, '杭州', ctx='杭州、温州双获'); s(P, '温州', ctx='温州双获')
# “国际湿地城市”: an honorary title (guide: not a SLOGAN)
Q('绿保稳')                                                   # a quoted coded formula (like “稳拓调优”)
pl('三门', ctx='三门核电')                                     # a place at the start of a project name (海阳核电三期)
pl('三澳', ctx='三澳核电')
s(DEP, '中石化', False, kind='enterprise')                      # an enterprise (guide)
s(P, '六横LNG接收站', False); pl('六横')                         # a facility (venue) and the island before it
pl('甘', ctx='甘电入浙'); pl('浙', ctx='入浙')                  # one-character abbreviations (guide)
s(P, '金七门', False)                                           # a place at the start of a project name
pl('浙江', ctx='浙江（华东）'); pl('华东', ctx='（华东）深远海')
F('3000万千瓦', 3000 * WAN, '千瓦', '新增电力装机')
F('2000万千瓦', 2000 * WAN, '千瓦', '新增可再生能源装机')
F('5分/千瓦时', 5, '分/千瓦时', '全省工商业平均电价下降')

# （九）持续增进民生福祉 …
U('共同富裕', req=False)                                       # optional (prov2026-018-culture)
F('115.8万人', 115.8 * WAN, '人', '城镇新增就业')
F('4.6%', 4.6, '%', '城镇调查失业率')
F('近300万人', 300 * WAN, '人', '新就业群体', ap='less_than')
s(P, '浙', False, ctx='在浙就业')                               # 在浙 (guide: one-character abbreviation optional)
F('2300万人', 2300 * WAN, '人', '在浙就业省外劳动力')
F('1190元', 1190, '元', '低保最低月标准')                        # 提高到 outside
Q('一老一小')                                                 # quoted coded formula (round 9); no FIGURE
F('1596个', 1596, '个', '建成养老服务机构')
F('23.1万张', 23.1 * WAN, '张', '养老服务机构床位')
F('1.18万个', 1.18 * WAN, '个', '建成老年助餐点')
F('1561万人', 1561 * WAN, '人', '新增长护险参保人数')
F('93%', 93, '%', '长护险参保率', ap='exact|more_than')
A.date('2025年', '2025')
s(DEP, '中央', False, ctx='中央及省级', level='central')          # 中央 alone (round 1): optional
F('26.4亿元', 26.4 * YI, '元', '下达中央及省级育儿补贴资金')
opt('3岁以下', 3, '岁', '婴幼儿', ap='less_than')                # an age threshold (like 亿元以上, round 24): optional
F('4.76个', 4.76, '个', '每千人口3岁以下婴幼儿托位数', ap='exact|more_than')
Q('一县一案', 'campaign')                                       # like “一县一业” (prov2026-018-culture); no FIGURE
F('18个', 18, '个', '新增全国学前教育普及普惠县')
F('27个', 27, '个', '新增全国义务教育优质均衡发展县')
Q('三医协同')                                                 # a quoted numbered formula; no FIGURE
# 三级公立医院: a grade (ordinal)
Q('国考', 'term', req=False)                                   # a quoted abbreviation of an assessment: coinage, optional
Q('固定+流动', 'campaign')                                      # a quoted model (like “文化+科技”)
s(DEP, '世界卫生组织', False, kind='international', canonical='世界卫生组织')   # international organisation (round 1)
F('616.2万名', 616.2 * WAN, '名', '职工医保个人账户家庭共济惠及近亲属')
F('69.1亿元', 69.1 * YI, '元', '职工医保个人账户家庭共济金额')

# （十）切实筑牢安全防线 …
U('平安浙江')                                                 # round 3
s(P, '浙江', False, ctx='平安浙江')
U('法治浙江')                                                 # round 3
s(P, '浙江', False, ctx='法治浙江')
U('安全生产治本攻坚三年行动', 'campaign', req=False)              # a campaign name (Conventions decided here: durations inside)
opt('三年', 3, '年', '行动', ctx='三年行动')                     # a duration inside a campaign name (Conventions decided here)
Q('零伤亡', 'term', req=False)                                  # a quoted coined goal (Conventions decided here: coinages optional)
F('0.83%', 0.83, '%', '全省不良贷款率')
s(DEP, '中央', False, ctx='中央法治督察', level='central')         # 中央 inside the name of an inspection: optional
U('中央法治督察', 'campaign', req=False)                          # like 中央生态环保督察 (undecided: optional)
s(P, '浙江省', False, ctx='《浙江省海洋')                        # inside a title of a work (guide: optional)
U('高质量发展', req=False, ctx='海洋经济高质量发展促进条例')       # inside a title (guide: optional)
F('9件', 9, '件', '地方性法规（提请人大审议通过）')
s(DEP, '人大', level='province', kind="people's congress", canonical='浙江省人民代表大会')  # the organ meant (五届人大: 人大 required)
s(DEP, '省人大', level='province', kind="people's congress", canonical='浙江省人民代表大会')  # round 15 (省人大代表建议)
F('915件', 915, '件', '办理省人大代表建议')
s(DEP, '省政协', level='province', kind='cppcc', canonical='中国人民政治协商会议浙江省委员会')   # by analogy with 省人大 (earlier gold)
F('667件', 667, '件', '办理省政协提案')
s(DT, '新时代', False, ctx='新时代“枫桥')
Q('枫桥经验')                                                  # required (earlier gold)
s(P, '枫桥', False, ctx='枫桥经验')
F('11.2%', 11.2, '%', '全省刑事立案数下降')
F('16%', 16, '%', '电信网络诈骗案件受理数下降')
F('36%', 36, '%', '电信网络诈骗案损数下降')
s(DT, '近三年来', False)                                         # a relative time
opt('三年', 3, '年', '', ctx='近三年来')                          # a duration (guide)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
