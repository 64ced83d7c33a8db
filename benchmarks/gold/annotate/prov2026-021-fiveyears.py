from _ann import DEP, DT, PE, Ann, P

# 2026 government work report of Hunan, review of the 14th Five-Year Plan: the four
# "这五年" fields (economy, infrastructure networks, agriculture and villages,
# livelihoods / ecology / safety), the two "五年来" paragraphs (the government's
# self-building, other fields of work) and defence. Traditional (OpenCC s2t).
# Cut before "各位代表！".
A = Ann('prov2026-021', 4710, 7028, script='traditional')
s = A.s
U, Q = A.unquoted, A.quoted
YI, WAN = 100000000, 10000
WY = WAN * YI
MASS = {'kind': 'mass organisation'}
PC = {'level': 'province', 'kind': "people's congress", 'canonical': '湖南省人民代表大会'}
PPCC = {'level': 'province', 'kind': 'cppcc', 'canonical': '中国人民政治协商会议湖南省委员会'}

F = A.figure


def zhewunian(ctx):
    """这五年: a relative time and a duration, both optional (prov2026-021-review)."""
    s(DT, '这五年', False, ctx=ctx)
    F('五年', 5, '年', '', req=False, ctx=ctx)


def fyp(name, value):  # a five-year-plan period: optional as SLOGAN kind period and as DATE
    Q(name, 'period', req=False)
    s(DT, name, False, value=value)


# 这五年，综合经济实力不断增强。
zhewunian('这五年，综合')
U('以经济建设为中心', req=False)                      # a standard wording, unquoted: a policy phrase
F('5万亿', 5 * WY, '', '地区生产总值', ap='exact|more_than')   # 迈上…台阶: the verb outside
F('五年', 5, '年', '', req=False, ctx='五年增量')      # a duration
F('超1.36万亿元', 1.36 * WY, '元', '地区生产总值五年增量', ap='more_than')
F('1.36万亿元', 1.36 * WY, '元', '地区生产总值五年增量', ap='exact|more_than', req=False)
F('1.19万美元', 1.19 * WAN, '美元', '人均地区生产总值', ap='exact|more_than')
F('一批', 1, '批', '万亿级、千亿级优势产业', req=False)
F('万亿级', WY, '级', '优势产业', req=False)           # a scale class (round 3)
F('千亿级', 1e11, '级', '优势产业', req=False)
F('超1万亿元', WY, '元', '农产品加工业营收', ap='more_than')
F('1万亿元', WY, '元', '农产品加工业营收', ap='exact|more_than', req=False)
F('1.6万亿元', 1.6 * WY, '元', '工业增加值')         # 提升到: the verb outside
F('3万亿元', 3 * WY, '元', '服务业增加值')
F('11万亿元', 11 * WY, '元', '银行业资产总额', ap='exact|more_than')
F('1.5个百分点', 1.5, '个百分点', '高新技术产业增加值占地区生产总值比重提升')
F('0.5个百分点', 0.5, '个百分点', '高耗能制造业增加值占规模工业增加值比重下降')
F('超1.6万亿元', 1.6 * WY, '元', '地方一般公共预算收入累计', ap='more_than')
F('1.6万亿元', 1.6 * WY, '元', '地方一般公共预算收入累计', ap='exact|more_than', req=False, ctx='超1.6万亿元')
fyp('十三五', '2016/2020')
F('16.3%', 16.3, '%', '地方一般公共预算收入较“十三五”增长')
F('5.9%', 5.9, '%', '规模工业企业利润年均增长')
F('9.9%', 9.9, '%', '服务业企业营收年均增长')
F('800万户', 800 * WAN, '户', '经营主体总量', ap='less_than|about|exact')   # 接近: a verb (round 18)
F('超220万户', 220 * WAN, '户', '企业主体', ap='more_than')
F('220万户', 220 * WAN, '户', '企业主体', ap='exact|more_than', req=False)
s(P, '湘', False, ctx='在湘')                         # a one-character abbreviation alone
F('500强', 500, '强', '世界企业', req=False)           # a rank designation (round 3: ranks optional)
F('212家', 212, '家', '在湘世界500强企业', ap='exact|more_than')
F('162家', 162, '家', '上市公司', ap='exact|more_than')
s(P, '中部', False, ctx='居中部前列')                 # a region without fixed boundary (round 3)
F('9000家', 9000, '家', '外贸实绩企业', ap='exact|more_than')
# 翻番: not a figure (like 翻一番)
F('1.8万家', 1.8 * WAN, '家', '高新技术企业', ap='exact|more_than')

# 这五年，基础设施支撑力更加坚实。
zhewunian('这五年，基础')
F('1523公里', 1523, '公里', '新增高速公路通车里程')
F('8667公里', 8667, '公里', '高速公路总里程', ap='exact|more_than')
# 居全国前列 / 居全国第6 / 居全国第3: ranks, no figure; 全国 no place
F('2501公里', 2501, '公里', '高铁营运里程', ap='exact|more_than')
F('1.2万公里', 1.2 * WAN, '公里', '航道通航总里程', ap='exact|more_than')
F('千吨级', 1000, '吨级', '航道', req=False)          # a class (like 750千伏, 八车道)
F('1276公里', 1276, '公里', '千吨级及以上航道', ap='exact|more_than')
s(P, '长沙', ctx='长沙机场')                          # a city before its airport (round 3)
s(P, '长沙机场', False)                               # the airport: optional
F('3000万人次', 3000 * WAN, '人次', '长沙机场旅客年吞吐量', ap='exact|more_than')
Q('四小时航空经济圈')                                  # a quoted named goal (a coded designation); no FIGURE
Q('平行通达', 'term', req=False)                      # quoted coinages
Q('综合立体', 'term', req=False)
F('1.3万PF', 1.3 * WAN, 'PF', '总算力', ap='exact|more_than')
F('20倍', 20, '倍', '总算力增长')
F('4800PF', 4800, 'PF', '智能算力', ap='exact|more_than')
F('228PF', 228, 'PF', '超算算力', ap='exact|more_than')
# 5G: no figure
F('20.6万个', 20.6 * WAN, '个', '建成5G基站')
F('千兆', 1000, '兆', '光网', req=False)              # a bandwidth class (round 6; undecided)
Q('算力、算法、算据、算网')                            # a quoted formula
U('四算一体', req=False)                               # its unquoted summary
F('4178万千瓦', 4178 * WAN, '千瓦', '新增发电装机')
F('9157万千瓦', 9157 * WAN, '千瓦', '总装机', ap='exact|more_than')
F('4091万千瓦', 4091 * WAN, '千瓦', '新能源装机', ap='exact|more_than')
F('44.7%', 44.7, '%', '新能源装机占比', ap='exact|more_than')
# 第一大电源: an ordinal
Q('硬缺口', 'term', req=False)
Q('紧平衡', 'term', req=False)
Q('无感', 'term', req=False)
s(P, '湖南', ctx='湖南从全国')
Q('四纵三横、一圈两带')                                 # a quoted coded formula; no FIGURE
F('2734.3亿元', 273430000000, '元', '水利建设投资', ap='exact|more_than')
s(P, '涔天河水库', False)                              # a reservoir (round 3)
F('一批', 1, '批', '重大工程', req=False, ctx='一批重大工程')
F('11.2亿立方米', 11.2 * YI, '立方米', '新增供水能力')
F('5477个', 5477, '个', '病险水库除险加固项目')
Q('强功能', 'term', req=False)
Q('优配置', 'term', req=False)

# 这五年，农业农村现代化稳步推进。
zhewunian('这五年，农业')
U('乡村全面振兴', req=False)                           # a policy phrase
F('7100万亩以上', 7100 * WAN, '亩', '粮食播种面积', ap='more_than|at_least')
F('7100万亩', 7100 * WAN, '亩', '粮食播种面积', ap='exact|more_than|at_least', req=False)
F('4397万亩', 4397 * WAN, '亩', '累计建成高标准农田')
F('超600万亩', 600 * WAN, '亩', '镉低积累水稻种植面积', ap='more_than')
F('600万亩', 600 * WAN, '亩', '镉低积累水稻种植面积', ap='exact|more_than', req=False)
# 位居全国第1 / 均居全国第3: ranks
F('4000个', 4000, '个', '认证绿色食品、有机和地理标志农产品总数', ap='exact|more_than')
U('精准扶贫', req=False)                               # a policy phrase (首倡地)
U('脱贫人口持续增收行动', 'campaign', req=False)       # an unquoted action name
F('42.6万人', 42.6 * WAN, '人', '累计帮扶消除返贫致贫风险')
F('7.2%', 7.2, '%', '农村居民收入年均增长')
Q('组组通', 'campaign')                                # the quoted name of a road programme (like “四好农村路”)
F('99.9%', 99.9, '%', '农村供电可靠率', ap='exact|more_than')
F('94.5%', 94.5, '%', '农村自来水普及率', ap='exact|more_than')
F('超1.2万个', 1.2 * WAN, '个', '累计建成美丽乡村', ap='more_than')
F('1.2万个', 1.2 * WAN, '个', '累计建成美丽乡村', ap='exact|more_than', req=False, ctx='超1.2万个')

# 这五年，人民群众获得感持续提高。
zhewunian('这五年，人民')
U('民生为大', req=False)                               # optional (round 5)
F('70%以上', 70, '%', '民生支出占比', ap='more_than|at_least')
F('70%', 70, '%', '民生支出占比', ap='exact|more_than|at_least', req=False)
Q('十大重点民生实事', 'campaign')                      # as in prov2026-021-review; no FIGURE
s(DT, '近五年', False)                                 # a relative time
F('近五年', 5, '年', '', ap='less_than', req=False)    # a duration
F('五年', 5, '年', '', req=False, ctx='近五年')
F('2562亿元', 2562 * YI, '元', '“十大重点民生实事”累计投入资金')
F('48%', 48, '%', '城市低保标准提高')
F('45.5%', 45.5, '%', '农村低保标准提高')
F('101所', 101, '所', '芙蓉学校')
U('芙蓉学校', 'campaign', req=False)                   # the unquoted name of a school programme (undecided)
F('100所', 100, '所', '“徐特立项目”学校')
Q('徐特立项目', 'campaign')                            # the quoted name of a programme
s(PE, '徐特立', False)                                 # a person inside a quoted programme name
# 二甲: a hospital class, no figure
F('79岁', 79, '岁', '人均预期寿命')                    # a life expectancy (round 5)
F('9年', 9, '年', '连续实施污染防治攻坚战“夏季攻势”', req=False)   # a duration
U('污染防治攻坚战', 'campaign', req=False)
Q('夏季攻势', 'campaign')
Q('四水', 'term', req=False)                           # the quoted collective name of the four rivers (undecided)
s(P, '四水', False)
# Ⅱ类: a class, no figure
F('91.3%', 91.3, '%', '空气优良天数比例', ap='exact|more_than')
s(P, '洞庭湖', ctx='洞庭湖总磷')                       # the lake (round 16)
F('11.7%', 11.7, '%', '洞庭湖总磷浓度下降')
F('132万亩', 132 * WAN, '亩', '完成生态保护修复面积')
U('大安全、大应急', req=False)                          # a policy phrase
F('六', 6, '', '基层应急管理能力', req=False, ctx='六大能力')       # a number before 大 + noun (round 3)
F('六大能力', 6, '', '基层应急管理能力', req=False)
F('五级', 5, '级', '应急广播体系', req=False)          # a count of levels (like 三级)
U('平安湖南')                                          # the fixed name of a provincial strategy
s(P, '湖南', False, ctx='平安湖南')

# 五年来，我们持续加强政府自身建设，…
s(DT, '五年来', False, ctx='五年来，我们持续')
F('五年', 5, '年', '', req=False, ctx='五年来，我们持续')
U('法治政府、创新政府、廉洁政府和服务型政府', req=False)   # the whole list: optional (gwr-002; slip fixed after the first measurement)
for w in ('法治政府', '创新政府', '廉洁政府', '服务型政府'):
    U(w, req=False)                                    # policy phrases
Q('稳、进、高、新')                                     # as in prov2026-021-tasks
Q('三大支撑、八项重点', 'campaign')                    # quoted numbered programme names; no FIGURE
Q('发展六仗', 'campaign')
Q('八大行动', 'campaign')
Q('七大攻坚', 'campaign')
Q('湘易办', 'term', req=False)                         # the quoted name of a service platform (a product? undecided)
s(P, '湘', False, ctx='湘易办')
F('3500万', 3500 * WAN, '', '“湘易办”用户', ap='exact|more_than')
F('2000万人次', 2000 * WAN, '人次', '“湘易办”月访问量')
Q('掌上好办', 'term', req=False)                       # the quoted name of an index (undecided)
U('依法行政', req=False)
s(DEP, '人大', False, ctx='人大监督', kind="people's congress")   # bare 人大 / 政协 (round 4)
s(DEP, '政协', False, ctx='政协民主监督', kind='cppcc')
# 纪检监察、司法: kinds of supervision, no organ
s(DEP, '省人大', ctx='省人大代表建议', **PC)           # the organ with its level inside the deputies' title (round 15, Guangxi)
s(DEP, '人大', False, ctx='人大代表建议', kind="people's congress")
F('6148件', 6148, '件', '累计办理省人大代表建议')
s(DEP, '省政协', ctx='省政协提案', **PPCC)             # by analogy with 省人大 (decided here)
s(DEP, '政协', False, ctx='政协提案', kind='cppcc')
F('4408件', 4408, '件', '累计办理省政协提案')
Q('三公')                                               # a quoted coded formula (like “三公两费”)

# 五年来，我们大力推动各项事业发展，…
s(DT, '五年来', False, ctx='五年来，我们大力')
F('五年', 5, '年', '', req=False, ctx='五年来，我们大力')
s(P, '港澳台', False)                                  # joined abbreviations in a field of work
s(P, '港澳', False, ctx='港澳台')
s(DEP, '工会', False, **MASS)                          # in a list of fields of work (r7s; round 15)
s(DEP, '红十字', False, **MASS)
s(DEP, '计生协', canonical='计划生育协会', **MASS)     # a named body, like 科协 in the same list (round 15)
s(DEP, '科协', canonical='科学技术协会', **MASS)

# 我们全力支持国防和军队现代化建设，…
s(DEP, '国防动员委员会', False, kind='state')   # 各级…: a class of organs (undecided)

if __name__ == '__main__':
    import sys
    A.write()
    if '--review' in sys.argv:
        A.review()
