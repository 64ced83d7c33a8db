from _ann import CC, DEP, DT, PE, SL, Ann, P

# Round 29 (annotator r29b), blind. 2026 government work report of Shanxi, range
# [4862, 7214): the end of part 一 (the thanks: 党中央, 省委, 省人民政府, 人大代表 /
# 政协委员, 民主党派, 工商联, 驻晋部队; the five 必须坚持 lessons: 习近平总书记,
# 稳中求进工作总基调, 新发展理念, 正确政绩观, 钉钉子精神; the shortcomings) and
# part 二 “‘十五五’时期总体要求和目标任务” up to target (三): the guiding paragraph
# (马克思列宁主义 … 科学发展观, 党的二十大, 省委十二届十次、十一次全会, 中部地区,
# 黄河流域, “五位一体” / “四个全面”, 全面从严治党, 新质生产力), 6个 / 8个 方面,
# “一带一路”, 黄河中游 / 华北地区, and targets (一)–(三) (雄忻高铁, 武宿机场, 1亿千瓦,
# 2030年 ×3, 300亿立方米, 千亿级, 5%、8%以上, “特”“优”, 3050万亩, 305亿斤, 6.5%,
# “百亿工程”, 2—4家, 20家, 10%以上, 600亿元, “1+N”). Simplified. Cut at paragraph
# ends: 4862 follows prov2026-010-3076-4862; 7214 follows the `\n` after target (三),
# before “（四）进一步全面深化改革取得新突破”.
A = Ann('prov2026-010', 4862, 7214)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI, WAN = 100000000, 10000
SXPC = {'level': 'province', 'kind': 'party', 'canonical': '中共山西省委员会'}
SXGOV = {'level': 'province', 'kind': 'state', 'canonical': '山西省人民政府'}
MORE = 'more_than|at_least'
REACH = 'exact|more_than'                       # 达到 N: the verb outside (guide)


def sx(ctx, req=True):
    """山西 as the province the text is about (earlier Shanxi golds): required."""
    s(P, '山西', req, ctx=ctx)


def plan15(ctx):
    """“十五五”: optional as DATE and as SLOGAN kind period (rounds 1, 6, 12; README)."""
    sp = s(DT, '十五五', False, ctx=ctx, value='2026/2030')
    s(SL, '十五五', False, at=sp['start'], kind='period', quoted=True)


def xi_thought(ctx):
    """习近平新时代中国特色社会主义思想: required (guide); the name and 中国 inside optional."""
    sp = U('习近平新时代中国特色社会主义思想', ctx=ctx)
    s(PE, '习近平', False, at=sp['start'])
    s(P, '中国', False, at=sp['start'] + 6)


def doctrine(name, person, ctx=None):
    """A doctrine in the guiding list: required (rounds 3, 6, 9); the person inside optional."""
    sp = U(name, ctx=ctx)
    s(PE, person, False, at=sp['start'])
    return sp


def wen(ctx):
    """稳中求进工作总基调: required, 稳中求进 inside optional (README SLOGAN)."""
    sp = U('稳中求进工作总基调', ctx=ctx)
    U('稳中求进', req=False, at=sp['start'])


def gzl(ctx):
    """高质量发展: a policy phrase, optional at every occurrence (round 2; README)."""
    U('高质量发展', req=False, ctx=ctx)


# 各位代表！过去五年成绩的取得，根本在于以习近平同志为核心的党中央领航掌舵，…
F('五年', 5, '年', '', req=False, ctx='过去五年成绩')            # a duration (README FIGURE)
U('以习近平同志为核心的党中央', req=False)                      # round 1: optional; parts required (round 6)
s(PE, '习近平', title='同志', ctx='以习近平同志')
s(DEP, '党中央', ctx='核心的党中央', **CC)
xi_thought('在于习近平新时代中国特色社会主义思想')
s(DEP, '省委', ctx='是省委坚强领导', **SXPC)                    # the provincial committee (earlier Shanxi golds)
# 在此，我代表省人民政府，向全省人民，向人大代表、政协委员，向各民主党派、工商联、无党派人士和各人民团体，
s(DEP, '省人民政府', **SXGOV)
s(DEP, '人大', False, ctx='人大代表、', kind="people's congress")   # inside the deputies' title (round 5)
s(DEP, '政协', False, ctx='政协委员，', kind='cppcc')              # round 5
s(DEP, '民主党派', False)                                       # rounds 3–5: optional
s(DEP, '工商联', level='province', kind='mass organisation', canonical='山西省工商业联合会')   # a named body (round 3)
# 各人民团体: generic (none); 无党派人士: none
# 向驻晋部队、公安干警和驻晋单位，向关心支持山西现代化建设的各界人士，…
s(DEP, '驻晋部队', False, kind='state')                         # like 驻疆部队 (undecided, optional)
s(P, '晋', False, ctx='驻晋部队')                               # a one-character abbreviation (guide)
s(P, '晋', False, ctx='驻晋单位')
sx('关心支持山西现代化')

# 回顾过去五年发展历程，…必须坚持党的全面领导，坚定沿着习近平总书记指引的转型发展科学路径勇毅前行，…
F('五年', 5, '年', '', req=False, ctx='过去五年发展历程')
U('党的全面领导', req=False)                                    # optional (earlier rounds)
s(PE, '习近平', title='总书记', ctx='沿着习近平总书记')
U('一张蓝图绘到底', req=False)                                  # an unquoted set phrase (optional, earlier rounds); 一张: no FIGURE
# 必须坚持人民至上，让发展成果更有“温度”，让民生福祉更有“质感”。
U('人民至上', req=False)                                        # rounds 6, 14: optional
# “温度”, “质感”: scare-quoted single words (README): not annotated
wen('必须坚持稳中求进工作总基调')
U('新发展理念', ctx='完整准确全面贯彻新发展理念，以高质量')     # README SLOGAN: required
gzl('以高质量发展为首要任务')
U('质的有效提升和量的合理增长', req=False, ctx='推动经济实现质的有效提升和量的合理增长。必须坚持改革')   # optional (Shanxi, prov2026-021)
U('改革开放', 'term', req=False, ctx='必须坚持改革开放')        # a policy phrase (round 6)
U('守正创新', 'term', req=False)                                # round 17: optional term
U('正确政绩观', req=False)                                      # optional (earlier rounds)
U('钉钉子精神', req=False)                                      # optional (earlier rounds)

# 在肯定成绩的同时，…我省发展不平衡不充分问题…，办好山西的事情。
U('新旧动能转换', req=False)                                    # a policy phrase (README SLOGAN): optional
sx('办好山西的事情')

# 二、“十五五”时期总体要求和目标任务
plan15('二、“十五五”')
# “十五五”时期是我国基本实现社会主义现代化夯实基础、全面发力的关键时期，…
plan15('“十五五”时期是')
U('社会主义现代化', 'term', req=False, ctx='基本实现社会主义现代化夯实')   # a policy phrase (cpc-010-closing)
gzl('我省推动高质量发展')
# 总体要求是：坚持马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观，
sp = doctrine('马克思列宁主义', '马克思')                       # the doctrines of the guiding list (rounds 3, 6, 9)
s(PE, '列宁', False, at=sp['start'] + 3)
doctrine('毛泽东思想', '毛泽东')
doctrine('邓小平理论', '邓小平')
sp = s(SL, '“三个代表”重要思想', False, kind='formula', quoted=False)   # the whole optional (round 7)
Q('三个代表', at=sp['start'] + 1)                               # the quoted 三个代表 required (round 7)
U('科学发展观')                                                 # round 18: required
xi_thought('全面贯彻习近平新时代中国特色社会主义思想')
# 深入贯彻党的二十大和二十届历次全会精神，
s(DEP, '党的二十大', False)                                     # round 14: optional as DATE and DEPARTMENT
s(DT, '党的二十大', False)
s(DT, '二十大', False, ctx='党的二十大')
s(DT, '二十届历次全会', False)                                  # events used as times (README DATE)
# 认真贯彻习近平总书记对山西工作的重要讲话重要指示精神，
s(PE, '习近平', title='总书记', ctx='认真贯彻习近平总书记')
sx('对山西工作')
# 按照省委十二届十次、十一次全会部署，
s(DEP, '省委', ctx='省委十二届', **SXPC)                         # the organ with its term ordinal: 省委 is the span (prov2026-010-plans)
# 全面落实党中央关于促进中部地区加快崛起、推动黄河流域生态保护和高质量发展等战略部署，
s(DEP, '党中央', ctx='全面落实党中央', **CC)
U('中部地区加快崛起', req=False)                                # like 中部地区崛起 (round 12): optional
s(P, '中部地区', False, ctx='中部地区加快崛起')                 # a region without fixed boundary (round 2)
sp = U('黄河流域生态保护和高质量发展', req=False)               # a national strategy's wording (earlier golds): optional
s(P, '黄河流域', False, at=sp['start'])                         # inside the strategy's wording (as there)
s(P, '黄河', False, at=sp['start'])
U('高质量发展', req=False, at=sp['start'] + 9)                  # inside it (round 2)
# 坚定扛牢建设国家资源型经济转型综合配套改革试验区、深化能源革命、打造内陆地区对外开放新高地等重大使命任务，
s(P, '国家资源型经济转型综合配套改革试验区', False)            # a zone (like 山西转型综改示范区, prov2026-010-industry): undecided, optional
U('能源革命', req=False, ctx='深化能源革命、打造')               # a policy phrase (undecided, optional)
# 统筹推进“五位一体”总体布局，协调推进“四个全面”战略布局，
Q('五位一体')                                                   # quoted numbered formulas; no FIGURE (round 2 / jhsjk2020-052)
Q('四个全面')
U('新发展理念', ctx='完整准确全面贯彻新发展理念，主动')
U('新发展格局', ctx='融入新发展格局，坚持')                     # round 1: required
wen('坚持稳中求进工作总基调，坚持以经济')
U('以经济建设为中心', req=False)                                # earlier rounds: optional
gzl('以推动高质量发展为主题')
U('全面从严治党', ctx='以全面从严治党为根本保障')               # the principle itself, not a modifier (round 2 rule): required
U('新质生产力', ctx='因地制宜发展新质生产力')                    # conventions decided here: required
U('质的有效提升和量的合理增长', req=False, ctx='推动经济实现质的有效提升和量的合理增长，推动人')
U('人的全面发展', 'term', req=False)                            # a policy phrase (undecided, optional)
U('全体人民共同富裕', req=False)                                # optional (earlier rounds)
U('共同富裕', 'term', req=False, ctx='全体人民共同富裕')        # round 7: optional
U('社会主义现代化', 'term', req=False, ctx='确保基本实现社会主义现代化')

# 未来五年，牢牢把握党中央对山西的战略定位和赋予的重大使命任务，锚定省委确定的…
F('五年', 5, '年', '', req=False, ctx='未来五年')                # a duration (README: 未来3年)
s(DEP, '党中央', ctx='把握党中央对山西', **CC)
sx('党中央对山西')
s(DEP, '省委', ctx='锚定省委确定', **SXPC)
# …、“一带一路”大商圈重要节点和综合交通枢纽、黄河中游和华北地区生态屏障6个方面重点方向，
Q('一带一路')                                                   # a quoted formula (round 8): required
s(P, '黄河中游', False)                                         # a stretch of the river as a region (undecided, optional)
s(P, '黄河', False, ctx='黄河中游')
s(P, '华北地区', False)                                         # a region without fixed boundary (rounds 2, 17)
s(P, '华北', False, ctx='华北地区')
F('6个', 6, '个', '重点方向（方面）')                            # a count after the list it sums up (round 2): required
# 努力实现以下8个方面主要目标。
F('8个', 8, '个', '主要目标（方面）', req=False)                 # the count of the list that follows (round 14): optional

# （一）高质量发展取得显著成效。坚持扩大内需战略基点，…
gzl('（一）高质量发展')
U('扩大内需', req=False, ctx='坚持扩大内需战略基点')             # a policy phrase (README)
U('扩大内需战略', req=False, ctx='扩大内需战略基点')         # the same phrase in ROUND27-r27c: a second defensible boundary, optional (slip fixed after the first measurement)
U('投资于物和投资于人', req=False)                              # a policy phrase (README SLOGAN): optional
# 建成雄忻高铁、武宿机场三期改扩建、骨干水网等重点项目，
s(P, '雄忻', False)                                              # abbreviations in a railway name (round 3; prov2026-010-plans)
s(P, '武宿机场', False)                                          # an airport (a venue)
s(P, '武宿', False)                                              # as in prov2026-010-plans
# 三期: a phase number (round 3): none
U('新质生产力', ctx='发展新质生产力、服务')
U('新发展格局', ctx='融入新发展格局、推动')
U('现代化经济体系', req=False)                                   # a goal designation (undecided, earlier rounds)

# （二）资源型经济转型取得重大进展。…能源强省和文旅强省 (generic goals: none)，体现山西特点、…
sx('体现山西特点')
U('现代化产业体系', req=False, ctx='比较优势的现代化产业体系')   # a policy phrase (r7n)
U('能源革命', req=False, ctx='深化能源革命，细化')
# 发挥煤电兜底保障和系统调节作用，力争新增可再生能源装机1亿千瓦，非常规天然气产量2030年达到300亿立方米，打造千亿级产业链。
F('1亿千瓦', 1 * YI, '千瓦', '新增可再生能源装机')
s(DT, '2030年', value='2030', ctx='产量2030年')
F('300亿立方米', 300 * YI, '立方米', '非常规天然气产量（2030）', ap=REACH)
s('FIGURE', '千亿级', False, value=1e11, approx='exact', unit='级', subject='产业链')   # a scale class (round 3): optional
U('新型工业化', 'term', req=False)                               # a policy phrase (undecided, optional)
# 推动制造业、数字经济核心产业增加值年均分别增长5%、8%以上。
F('5%', 5, '%', '制造业增加值年均增长', ctx='增长5%、')
F('8%以上', 8, '%', '数字经济核心产业增加值年均增长', ap=MORE)   # 以上 inside (README FIGURE)
F('8%', 8, '%', '数字经济核心产业增加值年均增长', ap='exact|' + MORE, req=False, ctx='8%以上')
U('新一轮找矿突破战略行动', 'campaign', req=False)               # as in earlier golds: optional
# 实施农业“特”“优”战略，
Q('特', 'term', req=False, ctx='“特”“优”')                      # single quoted characters naming a strategy (undecided: optional)
Q('优', 'term', req=False, ctx='“优”战略')
F('3050万亩', 3050 * WAN, '亩', '高标准农田', ap=REACH)
s(DT, '2030年', value='2030', ctx='生产能力2030年')
F('305亿斤', 305 * YI, '斤', '粮食综合生产能力（2030）', ap=REACH)
U('文旅产业融合发展行动', 'campaign', req=False)                 # an unquoted programme name: optional
F('6.5%', 6.5, '%', '文旅产业增加值年均增长')

# （三）创新体系整体效能全面提升。深入实施科教兴省、人才强省、创新驱动发展战略，…
U('科教兴省', req=False)                                         # like 科教兴农 (undecided, optional)
U('人才强省', req=False)                                         # as 科教兴省 (undecided, optional)
U('创新驱动发展战略')                                           # the fixed name of a national strategy (round 4)
# 实施新一轮高等教育“百亿工程”，推动高等教育高质量发展，…
Q('百亿工程', 'campaign')                                       # a quoted programme name; no FIGURE (guide)
gzl('高等教育高质量发展')
# 力争国家级实验室再增加2—4家、省实验室达到20家，研发经费投入年均增长10%以上，技术合同成交额2030年达到600亿元。
F('2—4家', 2, '家', '国家级实验室增加', req=False)               # a range of counts: the range and both numbers optional (round 22)
F('2', 2, '', '国家级实验室增加', req=False, ctx='2—4家')
F('4家', 4, '家', '国家级实验室增加', req=False, ctx='2—4家')
F('20家', 20, '家', '省实验室', ap=REACH)
F('10%以上', 10, '%', '研发经费投入年均增长', ap=MORE)
F('10%', 10, '%', '研发经费投入年均增长', ap='exact|' + MORE, req=False, ctx='10%以上')
s(DT, '2030年', value='2030', ctx='成交额2030年')
F('600亿元', 600 * YI, '元', '技术合同成交额（2030）', ap=REACH)
# 健全“1+N”人才政策体系，建设具有山西特色的人才中心和创新高地。
Q('1+N')                                                         # a quoted coded formula; no FIGURE (round 2)
sx('具有山西特色')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
