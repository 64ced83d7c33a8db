from _ann import DEP, DT, PE, SL, Ann, P

# Round 41 (r41a, blind). Shandong 2026 government work report, range
# [6606, 8616) of the window [6605, 8617): the end of the five-year review
# (the government's self-building: 主题教育, 党史学习教育, 党纪学习教育,
# 中央八项规定精神学习教育, 全面从严治党, 中央巡视, 国务院 督查, 省人大 / 省政协
# supervision and the counts 350件, 4417件, 4245件, 2964件, 972场), the thanks
# paragraph (以习近平同志为核心的党中央, 省委, 省人民政府, 工商联, 人民解放军, 武警,
# 中央驻鲁单位), the difficulties, and part 二 “十五五” (党的二十届四中全会, the
# 建议 and 纲要 titles, “八个显著提升”, “十大工程”, “六个坚持”, “五个必须”,
# 中国式现代化, 总体国家安全观, 平安山东). Traditional (OpenCC s2t of the simplified source).
A = Ann('prov2026-009', 6606, 8616, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
CC = {'level': 'central', 'kind': 'party', 'canonical': '中共中央'}
SD = {'level': 'province', 'kind': 'party', 'canonical': '中共山东省委员会'}            # prov2026-009-plans
SDGOV = {'level': 'province', 'kind': 'state', 'canonical': '山东省人民政府'}
SDNPC = {'level': 'province', 'kind': "people's congress", 'canonical': '山东省人民代表大会'}
SDCPPCC = {'level': 'province', 'kind': 'cppcc', 'canonical': '中国人民政治协商会议山东省委员会'}


def period(ctx):
    """“十五五”: optional as DATE and as SLOGAN kind period (Conventions decided here)."""
    sp = s(DT, '十五五', False, ctx=ctx, value='2026/2030')
    s(SL, '十五五', False, at=sp['start'], kind='period', quoted=True)


def xi_thought(ctx):
    """习近平新时代中国特色社会主义思想: required (guide); the name and 中国 inside optional."""
    sp = U('习近平新时代中国特色社会主义思想', ctx=ctx)
    s(PE, '习近平', False, at=sp['start'])
    s(P, '中国', False, at=sp['start'] + 6)


# 五年来，我们扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育和党史学习教育、党纪学习教育、
# 深入贯彻中央八项规定精神学习教育，政府系统全面从严治党向纵深推进。
s(DT, '五年来', False)                                          # relative time (prov2026-009-fiveyears)
U('学习贯彻习近平新时代中国特色社会主义思想主题教育', 'campaign', req=False)   # gwr-002-reform
xi_thought('学习贯彻习近平新时代中国特色社会主义思想主题教育')     # the thought inside stays required (gwr-002-reform)
U('主题教育', 'campaign', req=False)                            # README SLOGAN: policy phrase, optional
U('党史学习教育', 'campaign', req=False)                        # undecided (gwr-004-review): optional
U('党纪学习教育', 'campaign')                                   # the standard name of the 2024 campaign (round 9)
U('深入贯彻中央八项规定精神学习教育', 'campaign', req=False)    # rounds 4, 12
U('中央八项规定精神学习教育', 'campaign', req=False)            # prov2026-010, prov2026-012-fiveyears
U('中央八项规定精神')                                           # the canonical long form (round 3)
U('中央八项规定', req=False)
s(DEP, '中央', False, ctx='中央八项规定精神', level='central', kind='party')   # 中央 alone optional (README)
U('全面从严治党')                                               # guide: a standard unquoted formula
# 认真做好配合中央巡视、中央生态环保督察、国务院高质量发展综合督查、审计监督等工作。
s(DEP, '中央', False, ctx='中央巡视', level='central', kind='party')     # 中央 in 中央巡视 optional (round 5)
U('中央生态环保督察', 'campaign', req=False)                    # an inspection (prov2026-009-livelihood)
s(DEP, '中央', False, ctx='中央生态环保督察', level='central', kind='party')
s(DEP, '国务院', False, ctx='国务院高质量发展综合督查', level='central', kind='state')  # organ at the start of an inspection's name: undecided (like 省委 in 省委经济工作会议, prov2026-009-plans), optional
U('高质量发展', req=False, ctx='国务院高质量发展')              # policy phrase (round 2)
# 自觉接受省人大及其常委会依法监督、省政协民主监督，
s(DEP, '省人大', **SDNPC)                                       # a named organ (README DEPARTMENT)
s(DEP, '常委会', False, ctx='及其常委会', kind="people's congress")   # generic (round 5; gwr-041)
s(DEP, '省政协', **SDCPPCC)
# 推动出台地方性法规350件，办理省人大代表建议4417件、政协委员提案4245件。
F('350件', 350, '件', '地方性法规')
s(DEP, '省人大', False, ctx='省人大代表建议', **SDNPC)          # inside the deputies' title (round 5)
F('4417件', 4417, '件', '省人大代表建议')
s(DEP, '政协', False, ctx='政协委员提案', kind='cppcc')           # round 5
F('4245件', 4245, '件', '政协委员提案')
# 发布重大行政决策事项2964件，召开省级新闻发布会972场，政务公开工作全国领先。
F('2964件', 2964, '件', '重大行政决策事项')
F('972场', 972, '场', '省级新闻发布会')
# 持续整治形式主义为基层减负 …: 形式主义 alone, no set phrase: none

# 各位代表！这五年，…经济社会发展取得新的突破性进展、历史性成就。
s(DT, '这五年', False)                                          # relative time (README DATE)
F('五年', 5, '年', '', req=False, ctx='这五年')                 # a duration (README FIGURE)
# 成绩来之不易，根本在于以习近平同志为核心的党中央坚强领导，在于习近平新时代中国特色社会主义思想科学指引，
U('以习近平同志为核心的党中央', req=False)                      # round 1: optional; parts required (round 6)
s(PE, '习近平', title='同志', ctx='以习近平同志')
s(DEP, '党中央', ctx='核心的党中央', **CC)
xi_thought('在于习近平新时代中国特色社会主义思想')
# 是省委团结带领全省人民攻坚克难、实干争先的结果，是省人大、省政协和社会各界有效监督、鼎力支持的结果，
s(DEP, '省委', ctx='是省委团结', **SD)
s(DEP, '省人大', ctx='是省人大、省政协', **SDNPC)
s(DEP, '省政协', ctx='省政协和社会各界', **SDCPPCC)
# 是一代又一代山东人接续奋斗、团结拼搏的结果。
s(P, '山东', False, ctx='山东人')                               # a place inside a demonym: undecided, optional
# 在此，我谨代表省人民政府，向全省各族人民，向各位人大代表、政协委员，
s(DEP, '省人民政府', **SDGOV)
s(DEP, '人大', False, ctx='人大代表、政协委员', kind="people's congress")   # round 5
s(DEP, '政协', False, ctx='政协委员，向', kind='cppcc')
# 向各民主党派、工商联、无党派人士、各人民团体和各界人士，向中央驻鲁单位，
s(DEP, '民主党派', False)                                       # rounds 3-5: optional
s(DEP, '工商联', level='province', kind='mass organisation', canonical='山东省工商业联合会')   # a named body (round 3; prov2026-010-blueprint)
s(DEP, '中央', False, ctx='中央驻鲁单位', level='central')        # 中央 alone (round 1)
s(P, '鲁', False, ctx='驻鲁单位')                                # one-character abbreviation (guide)
# 向各位老领导、老同志，向驻鲁人民解放军、武警官兵、公安干警、消防应急救援队伍，
s(P, '鲁', False, ctx='驻鲁人民解放军')
s(DEP, '人民解放军', level='central', kind='state', canonical='中国人民解放军')   # the army by its name (rounds 2, 6)
s(DEP, '武警', level='central', kind='state', canonical='中国人民武装警察部队')   # short name of 武警部队 (cpc-011-record)
s(DEP, '公安', False, ctx='公安干警', kind='state')             # a branch as a class of personnel: undecided (prov2026-010-blueprint)
s(DEP, '消防应急救援队伍', False, kind='state')                 # like 消防救援队伍: a named force or a class (undecided)
# 向所有关心支持山东发展的港澳台同胞、海外侨胞和国际友人，表示衷心感谢，致以崇高敬意！
s(P, '山东', ctx='关心支持山东发展')
s(P, '港澳台', False)                                           # joined abbreviations (round 2)

# 我们也清醒认识到，全省经济社会发展还面临一些困难挑战：…创新引领、新质生产力发展还有差距；…
U('新质生产力', ctx='创新引领、新质生产力')                      # README SLOGAN: required

# 二、“十五五”时期经济社会发展目标任务
period('二、“十五五”')
# “十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期，是加快建设现代化强省的关键五年。
period('“十五五”时期是')
U('社会主义现代化', 'term', req=False, ctx='基本实现社会主义现代化夯实')   # a policy phrase (cpc-010-closing)
F('五年', 5, '年', '', req=False, ctx='关键五年')                # a duration (README FIGURE)
# 按照党的二十届四中全会部署，
s(DT, '党的二十届四中全会', False)                              # an event used as a time (README DATE)
s(DT, '二十届四中全会', False)
# 根据《中共山东省委关于制定山东省国民经济和社会发展第十五个五年规划的建议》，
s(DEP, '中共山东省委', False, **SD)                             # inside a title of a work (guide)
s(P, '山东', False, ctx='中共山东省委')
s(P, '山东省', False, ctx='山东省国民经济和社会发展第十五个五年规划的建议')
s(P, '山东', False, ctx='山东省国民经济和社会发展第十五个五年规划的建议')
# 省政府编制了《山东省国民经济和社会发展第十五个五年规划纲要（草案）》，提请大会审查。
s(DEP, '省政府', **SDGOV)
s(P, '山东省', False, ctx='山东省国民经济和社会发展第十五个五年规划纲要')
s(P, '山东', False, ctx='山东省国民经济和社会发展第十五个五年规划纲要')

# “十五五”时期经济社会发展的主要目标是，…
period('“十五五”时期经济社会发展的主要目标')
U('新发展格局', ctx='融入新发展格局')                            # round 1: required
sp = U('黄河流域生态保护和高质量发展', req=False)               # a national strategy's wording (prov2026-010-blueprint)
s(P, '黄河流域', False, at=sp['start'])
s(P, '黄河', False, at=sp['start'])
U('高质量发展', req=False, at=sp['start'] + 9)
U('走在前', req=False, ctx='上走在前')                          # the first half of 走在前、挑大梁 / 作表率, unquoted: undecided, optional
sp = U('绿色低碳高质量发展先行区', req=False)                    # prov2026-009-plans
U('高质量发展', req=False, at=sp['start'] + 4)
# …推动实现高质量发展水平、…、美丽山东建设成效、…等“八个显著提升”，
U('高质量发展', req=False, ctx='推动实现高质量发展水平')
U('美丽山东', req=False, ctx='美丽山东建设成效')                # like 美丽中国 (round 4; prov2026-009-fiveyears)
s(P, '山东', False, ctx='美丽山东建设成效')
Q('八个显著提升')                                               # a quoted numbered formula; no FIGURE (round 2)
# 北方地区经济重要增长极作用更加彰显。
s(P, '北方地区', False); s(P, '北方', False)                    # a region without a fixed boundary (prov2026-009-plans)
# 我们将聚力实施产业能级跃升、…、乡村振兴齐鲁样板升级、区域协调联动、美丽山东建设、…等“十大工程”，
U('乡村振兴齐鲁样板', req=False)                                # earlier golds
U('乡村振兴', req=False, ctx='乡村振兴齐鲁样板')
s(P, '齐鲁', False, ctx='齐鲁样板')
U('美丽山东', req=False, ctx='美丽山东建设、文化')
s(P, '山东', False, ctx='美丽山东建设、文化')
Q('十大工程', 'campaign')                                       # prov2026-009-plans: required
# 确保基本建成新时代社会主义现代化强省取得决定性进展。 (a goal phrase: none)

# 各位代表！…奋进“十五五”，我们必须深入落实习近平总书记对山东工作的重要指示要求，
period('奋进“十五五”')
s(PE, '习近平', title='总书记', ctx='落实习近平总书记')
s(P, '山东', ctx='对山东工作')
# 自觉领会践行“六个坚持”重大原则和“五个必须”规律性认识，以历史主动精神开创中国式现代化山东实践新局面。
Q('六个坚持')                                                   # quoted numbered formulas; no FIGURE (round 2)
Q('五个必须')
U('中国式现代化', ctx='开创中国式现代化')                       # the object of 开创: required (round 5)
s(P, '中国', False, ctx='中国式现代化山东')                     # optional inside (round 3)
s(P, '山东', ctx='中国式现代化山东实践')                        # the province the text is about, outside the formula's span (README PLACE)
# 要把握好高质量发展这个主题，以新发展理念为引领，推动构建现代化产业体系与教育强省、科技强省、人才强省建设深度融合，
U('高质量发展', req=False, ctx='把握好高质量发展')
U('新发展理念', ctx='以新发展理念')                              # README SLOGAN: required
U('现代化产业体系', req=False)                                  # r7n: optional
U('教育强省', req=False); U('科技强省', req=False); U('人才强省', req=False)   # undecided, optional (earlier golds)
# 新质生产力发展走在全国前列，新旧动能转换、绿色低碳转型塑成显著优势，
U('新质生产力', ctx='新质生产力发展走在全国')
U('新旧动能转换', req=False)                                    # a policy phrase (README SLOGAN)
# 新型工业化、信息化、城镇化、农业现代化取得重大进展，使山东经济更加向新向优、蒸蒸日上、蓬勃发展。
U('新型工业化、信息化、城镇化、农业现代化', req=False)          # the four modernisations' wording: undecided, optional
U('新型工业化', 'term', req=False)                              # undecided, optional (earlier rounds)
s(P, '山东', ctx='使山东经济')
# 要把握好改革开放这个根本动力，…建设好制度型开放示范区，…畅通国内国际双循环，使山东发展更加动能澎湃…
U('改革开放', 'term', req=False, ctx='把握好改革开放')          # a policy phrase (round 6)
U('制度型开放', 'term', req=False, ctx='制度型开放示范区')      # round 12: optional
U('国内国际双循环', 'term', req=False)                          # optional (earlier golds)
U('双循环', 'term', req=False, ctx='国内国际双循环')            # inside it, optional since round 5 (slip fixed after the first measurement)
s(P, '山东', ctx='使山东发展更加动能')
# 要把握好共同富裕这个战略目标，深入践行以人民为中心的发展思想，…打造共同富裕省域范例取得明显成效，使山东更加物阜民丰…
U('共同富裕', 'term', req=False, ctx='把握好共同富裕')           # round 7: optional
U('以人民为中心的发展思想')                                     # required (round 7)
U('以人民为中心', req=False, ctx='以人民为中心的发展思想')       # inside it optional (round 7)
U('共同富裕', 'term', req=False, ctx='打造共同富裕省域范例')
s(P, '山东', ctx='使山东更加物阜')
# 要把握好统筹发展和安全这个重大要求，深入贯彻总体国家安全观，…建设更高水平平安山东，使山东发展更安全…
U('统筹发展和安全', req=False)                                  # prov2026-009-plans: optional
U('总体国家安全观')                                             # round 6: required
U('平安山东')                                                   # like 平安浙江 (round 3; prov2026-009-fiveyears)
s(P, '山东', False, ctx='平安山东')
s(P, '山东', ctx='使山东发展更安全')

# 各位代表！山河抒壮志，齐鲁展宏图。我们坚信，只要我们坚定不移沿着习近平总书记指引的方向，…
s(P, '齐鲁', False, ctx='齐鲁展宏图')                            # the classical name of Shandong used alone: undecided, optional
s(PE, '习近平', title='总书记', ctx='沿着习近平总书记')
# …彰显强省建设新的磅礴气象、谱写齐鲁大地新的壮美篇章！
s(P, '齐鲁大地', False)                                         # the same name with 大地: undecided, optional
s(P, '齐鲁', False, ctx='齐鲁大地')

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
