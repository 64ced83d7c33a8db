from _ann import DEP, DT, Ann, P

# Guangxi 2026 government work report, "三、2026年重点工作", tasks (一) to (三):
# the intelligent economy, industry, agriculture. Simplified.
A = Ann('prov2026-012', 11483, 13274)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
ENT = {'kind': 'enterprise'}
INST = {'kind': 'institute'}
ZONE = {'kind': 'zone'}
INTL = {'kind': 'international organisation'}
YI, WAN = 100000000, 10000

def asean(ctx):
    """东盟 as a market or region at the start of a name: optional as PLACE and DEPARTMENT."""
    sp = s(P, '东盟', False, ctx=ctx)
    s(DEP, '东盟', False, at=sp['start'], **INTL)

# （一）聚焦聚力发展壮大智能经济。
Q('人工智能+', 'campaign')                      # quoted programme name (round 2)
F('三年', 3, '年', '安排资金期限', req=False)   # a duration
F('450亿元', 450 * YI, '元', '支持以AI为引领的新质生产力发展')
U('新质生产力')
s(P, '南宁', False, ctx='南宁国际通信')          # a city before a telecom gateway bureau (undecided)
s(P, '南A东盟谷', False)                        # a park (a zone, round 3)
asean('南A东盟谷')
asean('东盟语料库')
U('面向东盟人工智能赋能发展科技能力提升行动', 'campaign', req=False)
asean('东盟人工智能赋能')
s(DEP, '广西人工智能学院', False, **INST)       # a college (universities optional)
s(P, '广西', False, ctx='广西人工智能学院')
s(P, '广西', False, ctx='广西—东盟具身')          # at the start of a platform name
asean('东盟具身智能中试训练场')
F('30个', 30, '个', '人工智能标志性产品')
F('80家', 80, '家', '新增自治区级智能工厂和数字化车间')
F('5000台', 5000, '台', '人形机器人产量', ap='exact|more_than')   # 突破 outside
Q('A超', 'term', req=False)                     # a quoted event brand (round 3: “村BA”)
Q('百业千企AI转型联合大赛', 'campaign')           # a quoted activity name; no FIGURE inside
# 首届全国医保影像AI识图大赛: an ordinal and an unquoted contest, none
# （二）全力以赴做好强产业文章。
U('新一轮重点产业链高质量发展行动', 'campaign', req=False)
U('高质量发展', 'term', req=False, ctx='产业链高质量发展行动')   # slip fixed: a policy phrase, optional at every occurrence (round 2)
F('十大', 10, '', '制造业现代化支柱产业', req=False)   # a numbered designation, unquoted (undecided)
Q('五个一')                                      # a quoted coded formula (round 2)
Q('十个一')
s(DEP, '关键金属研究院', False, **INST)
s(DEP, '关键金属实验室', False, **INST)
s(P, '南丹关键金属高质量发展综合试验区', False)   # a zone (round 3), the place inside optional
s(DEP, '南丹关键金属高质量发展综合试验区', False, **ZONE)
s(P, '南丹', False, ctx='南丹关键金属')
U('高质量发展', 'term', req=False, ctx='金属高质量发展综合')   # slip fixed: a policy phrase, optional at every occurrence (round 2)
# cities listed before a base (round 12: cities listed before a class name are required)
s(P, '南宁', ctx='南宁、百色'); s(P, '百色'); s(P, '来宾'); s(P, '梧州')
U('新一轮找矿突破战略行动', 'campaign', req=False)
s(P, '北部湾', False, ctx='北部湾战略矿产')      # at the start of a base's name
s(DEP, '柳工股份', False, **ENT)
s(DEP, '柳工', False, **ENT)
Q('三全', 'campaign')                           # the quoted name of a plan
s(DEP, '玉柴', False, **ENT)
s(P, '北部湾经济区', False)                      # a zone/region, optional (round 3)
s(DEP, '北部湾经济区', False, **ZONE)
s(P, '北部湾', False, ctx='北部湾经济区')
U('交通强国', req=False)                          # a strategy phrase inside a pilot's name
U('科技创新支撑支柱产业高质量发展行动', 'campaign', req=False)
U('高质量发展', 'term', req=False, ctx='支柱产业高质量发展行动')   # slip fixed: a policy phrase, optional at every occurrence (round 2)
F('105项以上', 105, '项', '攻克关键技术', ap='more_than|at_least')
F('40个以上', 40, '个', '新转化项目', ap='more_than|at_least')
F('30家以上', 30, '家', '新增企业技术中心', ap='more_than|at_least')
s(P, '西南', False)                              # a region without fixed boundary
s(P, '北部湾区', False)                          # at the start of an expedition's name (undecided)
s(P, '北部湾', False, ctx='北部湾区')
s(DEP, '广西海洋实验室', False, **INST)
s(P, '广西', False, ctx='广西海洋实验室')
s(DEP, '甘蔗生物育种实验室', False, **INST)
s(DEP, '陆海通道工程全寿命安全实验室', False, **INST)
Q('揭榜挂帅', 'campaign')                        # a quoted mechanism name
Q('一强化、两剥离', 'campaign')                  # a quoted reform name; no FIGURE
Q('标准地+承诺制+全代办', 'campaign')            # a quoted model (round 12 “直播+平台+…”)
F('6%以上', 6, '%', '规上工业增加值增长', ap='more_than|at_least')
Q('多点开花', 'term', req=False)                 # quoted metaphors
Q('整体成势', 'term', req=False)
# （三）持之以恒抓好“三农”工作。
Q('三农')
U('五级书记抓乡村振兴', req=False)               # a standard requirement, unquoted (undecided); no FIGURE
U('乡村振兴', 'term', req=False, ctx='抓乡村振兴')
U('粮食安全', 'term', req=False)
U('种业振兴', 'term', req=False)
F('95万亩', 95 * WAN, '亩', '建设高标准农田')
Q('菜篮子', 'term', req=False)
Q('三品一标')                                    # a quoted coded formula
Q('桂字号', 'term', req=False)                   # a quoted designation of products
s(P, '桂', False, ctx='桂字号')
s(DT, '2026', False, ctx='2026智慧农业', value='2026')   # a year inside an event name (undecided)
s(P, '中德', False)                              # joined abbreviations
Q('国际茶日', 'term', req=False)                 # the quoted name of a commemoration day (undecided)
s(P, '中国', ctx='中国主场活动')                  # the country as host
U('农产品加工业发展三年行动', 'campaign', req=False)
F('三年', 3, '年', '农产品加工业发展行动', req=False, ctx='三年行动')   # duration inside a campaign name
U('脱贫攻坚', 'term', req=False)
s(P, '粤桂', False)                              # joined abbreviations (round 2)
s(P, '东西部', False)
s(DT, '2026年', value='2026')
Q('村BA', 'term', req=False)                     # a quoted event brand (round 3)
Q('村字号', 'term', req=False)

if __name__ == '__main__':
    A.write()
