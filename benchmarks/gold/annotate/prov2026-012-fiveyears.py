from _ann import CC, DEP, DT, PE, SL, Ann, P

# 2026 government work report of Guangxi: the close of the review of 2025 (the other fields of work,
# national defence, the government's self-building, the thanks to organs and forces, the problems)
# and the review of the five years of the 14th Five-Year Plan (figure-dense).
# Annotated on the simplified source, written in traditional script.
A = Ann('prov2026-012', 5554, 7705, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
GXPC = {'level': 'province', 'kind': 'party', 'canonical': '中共广西壮族自治区委员会'}
GXPCC = {'level': 'province', 'kind': "people's congress", 'canonical': '广西壮族自治区人民代表大会'}
SC = {'level': 'central', 'kind': 'state', 'canonical': '中华人民共和国国务院'}
MASS = {'kind': 'mass organisation'}
INTL = {'level': 'international', 'kind': 'international organisation'}
YI, WAN = 100000000, 10000
Y25 = {'value': '2025', 'resolved': '2025'}


def core():  # 以习近平同志为核心的党中央
    U('以习近平同志为核心的党中央', req=False)
    s(PE, '习近平', title='同志')
    s(DEP, '党中央', **CC)


# 一年来，外事、侨务、海关、…等工作取得新进展。 (a list of fields of work)
s(DT, '一年来', False, **Y25)
F('一年', 1, '年', '', req=False, ctx='一年来')
s(DEP, '海关', False, kind='state')  # the customs as a field of work (undecided; the listed 工会 / 红十字会 are optional)
s(DEP, '科协', canonical='科学技术协会', **MASS)  # named mass organisations (round 5, r7s, prov2026-026)
s(DEP, '工会', False, **MASS)  # generic (round 9)
s(DEP, '共青团', canonical='中国共产主义青年团', **MASS)
s(DEP, '红十字', False, **MASS)  # a field of work (prov2026-026)
# 铸牢中华民族共同体意识 as the modifier of a pilot's name (round 2 modifier rule): optional, its core too
U('铸牢中华民族共同体意识', req=False)
U('中华民族共同体意识', req=False)
U('新时代兴边富民行动', 'campaign', req=False)
U('新时代', 'term', req=False, ctx='新时代兴边富民行动')
s(DT, '新时代', False, ctx='新时代兴边富民行动')
U('兴边富民行动', 'campaign', req=False)  # an unquoted campaign name (round 2)
U('民族团结进步', 'term', req=False)  # a policy phrase
U('国防和军队现代化', 'term', req=False)  # a policy phrase
U('赤诚拥军、戍边卫国', 'term', req=False)  # undecided

# 一年来，在自治区党委的强力带领下，…
s(DT, '一年来', False, ctx='一年来，在自治区党委', **Y25)
F('一年', 1, '年', '', req=False, ctx='一年来，在自治区党委')
s(DEP, '自治区党委', ctx='在自治区党委的强力', **GXPC)
U('动起来、统起来、严起来、比起来', req=False)  # an unquoted wording (undecided)
U('思想之变、格局之变、思路之变、作风之变', 'term', req=False)  # undecided
Q('五大优势')  # a quoted numbered formula; no FIGURE
U('党风廉政建设', req=False)  # prov2026-012
U('反腐败斗争', req=False)
U('深入贯彻中央八项规定精神学习教育', 'campaign', req=False)  # rounds 4, 12
U('中央八项规定精神学习教育', 'campaign', req=False)
U('中央八项规定精神')  # required (round 3)
U('中央八项规定', req=False)
s(DEP, '中央', False, ctx='中央八项规定精神', level='central', kind='party')
U('学习教育', 'campaign', req=False)
U('形式主义官僚主义', req=False)  # like 形式主义、官僚主义 (prov2026-012)
s(DEP, '自治区人大常委会', level='province', kind="people's congress",
  canonical='广西壮族自治区人民代表大会常务委员会')
s(DEP, '人大常委会', False, ctx='自治区人大常委会', kind="people's congress")  # inside (round 6)
F('5件', 5, '件', '提请自治区人大常委会审议的地方性法规草案')
s(P, '北海', ctx='北海、崇左'); s(P, '崇左')
U('法治政府', req=False, ctx='全国法治政府建设示范市')  # a policy phrase (prov2026-012)
Q('三公两费')  # a quoted coded formula (round 2); no FIGURE
# 第五次经济普查: an ordinal, no FIGURE, no DATE
s(DEP, '人大', False, ctx='人大及其常委会', kind="people's congress")  # round 4, prov2026-012
s(DEP, '常委会', False, ctx='人大及其常委会', kind="people's congress")
s(DEP, '人民政协', kind='cppcc', canonical='中国人民政治协商会议')  # round 1
# 自治区人大 inside the deputies' title: the named organ with its level (guide: an organ inside a
# position title counts; round 4's bare 人大 in 人大代表 is optional as generic). Decided here.
s(DEP, '自治区人大', ctx='自治区人大代表建议', **GXPCC)
s(DEP, '人大', False, ctx='人大代表建议', kind="people's congress")
s(DEP, '政协', False, ctx='政协委员提案', kind='cppcc')  # round 5
s(DEP, '国务院', ctx='国务院推动', **SC)
U('高质量发展', req=False, ctx='国务院推动高质量发展')

# 各位代表！过去一年全区上下砥砺奋进、…
s(DT, '过去一年', False, **Y25)
F('一年', 1, '年', '', req=False, ctx='过去一年')
s(P, '广西', ctx='广西正迎来')
U('高质量发展', req=False, ctx='高质量发展其时已至')
U('其时已至、其势渐成、其兴可待', 'term', req=False)  # undecided
core()
U('习近平新时代中国特色社会主义思想')
s(PE, '习近平', False, ctx='习近平新时代')
U('新时代中国特色社会主义思想', req=False, ctx='习近平新时代中国特色社会主义思想')  # inside the full name
s(DT, '新时代', False, ctx='新时代中国特色社会主义思想科学指引')
U('中国特色社会主义', req=False, ctx='中国特色社会主义思想科学指引')
s(P, '中国', False, ctx='中国特色社会主义思想科学指引')
s(DEP, '自治区党委', ctx='是自治区党委团结', **GXPC)
s(DEP, '自治区人大', ctx='是自治区人大、政协', **GXPCC)
s(DEP, '人大', False, ctx='人大、政协和社会', kind="people's congress")
s(DEP, '政协', False, ctx='政协和社会各界', kind='cppcc')  # 自治区政协 by ellipsis: undecided
s(DEP, '自治区人民政府', level='province', kind='state', canonical='广西壮族自治区人民政府')  # r5
s(DEP, '民主党派', False)  # round 3
# 各人民团体: generic
s(P, '桂', False, ctx='驻桂')  # a one-character abbreviation (round 1)
s(DEP, '人民解放军', level='central', kind='military', canonical='中国人民解放军')  # round 2
s(DEP, '武警部队', level='central', kind='military', canonical='中国人民武装警察部队')
s(DEP, '消防救援队伍', False, kind='state')  # a named force or a class (undecided)
s(P, '广西', ctx='关心支持广西发展')
s(P, '港澳台', False)  # round 2

# 我们也清醒看到，…
Q('负重起势', 'term', req=False)  # a quoted coinage (round 2)
U('新征程', 'term', req=False)  # like 新时代新征程 (round 2)

# 二、“十四五”时期发展成就和“十五五”时期主要目标任务 (list number none)
s(DT, '“十四五”时期', False, value='2021/2025')
s(DT, '十四五', False, value='2021/2025'); s(SL, '十四五', False, kind='period', quoted=True)
s(DT, '“十五五”时期', False, value='2026/2030')
s(DT, '十五五', False, value='2026/2030'); s(SL, '十五五', False, kind='period', quoted=True)

# 过去五年，我们牢记习近平总书记殷切嘱托，…
s(DT, '过去五年', False, value='2021/2025', resolved='2021/2025')
F('五年', 5, '年', '', req=False, ctx='过去五年')  # a duration
s(PE, '习近平', ctx='习近平总书记', title='总书记')
U('高质量发展', req=False, ctx='民族地区高质量发展')
U('新发展格局', ctx='融入新发展格局')  # required (round 1)
U('绿色发展', 'term', req=False)
F('一系列', 1, '系列', '重大风险挑战', req=False)  # like 一批 (round 2)
U('高质量发展', req=False, ctx='高质量发展综合绩效')
Q('含金量', 'term', req=False); Q('含新量', 'term', req=False); Q('含绿量', 'term', req=False)
F('4.8%', 4.8, '%', '地区生产总值年均增长')
s(DT, '2025年', value='2025', ctx='2025年总量')
s(DT, '2020年', value='2020', ctx='比2020年增加超7400')
F('超7400亿元', 7400 * YI, '元', '地区生产总值2025年比2020年增加', ap='more_than')
F('7400亿元', 7400 * YI, '元', '地区生产总值2025年比2020年增加', ap='exact|more_than', req=False)
F('9千亿元', 9000 * YI, '元', '一般公共预算收入累计', ap='exact|more_than')  # 突破: a verb
F('3万亿元', 3 * WAN * YI, '元', '一般公共预算支出累计', ap='exact|more_than')
F('超8千亿元', 8000 * YI, '元', '全部工业增加值', ap='more_than')
F('8千亿元', 8000 * YI, '元', '全部工业增加值', ap='exact|more_than', req=False)
s(DT, '2020年', value='2020', ctx='比2020年增加五成')
F('五成以上', 5, '成', '全部工业增加值比2020年增加', ap='more_than|at_least')
F('五成', 5, '成', '全部工业增加值比2020年增加', ap='exact|more_than', req=False)
F('超4千亿元', 4000 * YI, '元', '有色金属产业年产值', ap='more_than')
F('4千亿元', 4000 * YI, '元', '有色金属产业年产值', ap='exact|more_than', req=False)
F('超3千亿元', 3000 * YI, '元', '钢铁、食品加工产业年产值', ap='more_than')
F('3千亿元', 3000 * YI, '元', '钢铁、食品加工产业年产值', ap='exact|more_than', req=False)
F('超2千亿元', 2000 * YI, '元', '造纸与木材加工、石化化工、电力、机械产业年产值', ap='more_than')
F('2千亿元', 2000 * YI, '元', '造纸与木材加工、石化化工、电力、机械产业年产值', ap='exact|more_than', req=False)
F('超千亿元', 1000 * YI, '元', '汽车、建材、电子信息产业年产值', ap='more_than')
F('千亿元', 1000 * YI, '元', '汽车、建材、电子信息产业年产值', ap='exact|more_than', req=False)
F('万亿元', WAN * YI, '元', '林草产业总产值', ap='exact|more_than')  # 率先突破: a verb
# a count after the closed list it sums up (round 2): optional
F('6个', 6, '个', '千亿级特色农业产业', req=False)
F('千亿级', 1000 * YI, '级', '特色农业产业', req=False)  # a scale class (round 3)
s(DT, '2020年', value='2020', ctx='比2020年增长58.1%')
F('58.1%', 58.1, '%', '有效发明专利比2020年增长')
# 全国第四, 全国第七: ranks, none
F('1万公里', WAN, '公里', '高速公路通车里程', ap='exact|more_than')
U('市市通高铁、县县通高速、乡乡基本通三级以上公路', req=False)  # unquoted here (quoted elsewhere): undecided
s(P, '八桂', False, ctx='现代化八桂水网')  # a literary name of Guangxi (like 神州, 九州): optional
F('1亿千瓦', YI, '千瓦', '发电装机容量', ap='exact|more_than')
# 5G, 千兆光网: technology names, none
F('五年', 5, '年', '', req=False, ctx='五年提高3.89')  # a duration
F('3.89个百分点', 3.89, '个百分点', '常住人口城镇化率五年提高')
F('超500亿元', 500 * YI, '元', '县域经济总量', ap='more_than')
F('500亿元', 500 * YI, '元', '县域经济总量', ap='exact|more_than', req=False)
F('12个', 12, '个', '经济总量超500亿元的县域', ap='exact')
F('2.42', 2.42, '', '城乡居民收入倍差', req=False)  # unitless ratios (guide)
F('2.12', 2.12, '', '城乡居民收入倍差', req=False)
U('国内国际双循环', 'term', req=False)
U('双循环', 'term', req=False)  # inside the longer phrase (round 5, jhsjk2020-022); fixed after the first measurement
s(P, '粤港澳大湾区')  # required (r7r)
U('西部陆海新通道', 'campaign', req=False)  # prov2026-012-review
s(P, '西部', False, ctx='西部陆海新通道')
Q('一带一路')
sp = s(DEP, '东盟', False, ctx='与东盟的全方位', **INTL); s(P, '东盟', False, at=sp['start'])  # round 1 / prov2026-012
Q('绿水青山就是金山银山')  # a quoted formula (…理念)
Q('生态优势金不换', 'directive')  # a quoted instruction (…金字招牌)
F('八成左右', 8, '成', '民生支出占财政支出的比重', ap='about')
U('脱贫攻坚', req=False)
U('法治广西'); s(P, '广西', False, ctx='法治广西')  # like 法治浙江 (round 3)
U('平安广西'); s(P, '广西', False, ctx='平安广西')
s(P, '八桂', False, ctx='八桂各族儿女')
U('中国式现代化', req=False, ctx='中国式现代化广西篇章')  # as a modifier (r7r)
s(P, '中国', False, ctx='中国式现代化广西篇章')
s(P, '广西', ctx='广西篇章')  # the text is about the region (r7s: 辽宁故事)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
