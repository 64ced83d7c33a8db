from _ann import DEP, DT, Ann, P

# Round 42 (annotator r42a, blind): the 2026 government work report of Zhejiang,
# "2026年重点工作", the end of task (七) (agriculture: “三农”, 1530万亩 / 125亿斤,
# “一县一业”, “土特产富” 3500亿元, 15条, “四好农村路” 600公里, 2万宗, “人地钱”; regions:
# 长三角, 杭甬 “双城记”, 温州 “全省第三极”, 浙中, 沪嘉, “发展飞地”, 东西部协作; the sea:
# “蓝色粮仓”“海上花园”, 6%左右), task (八) (livelihood: 100万人以上, “县中振兴”, “医学高峰”,
# “中医药攀登工程”, 15万套（间）; culture: “老屋复兴”, 100个, “浙产好剧”“浙里大戏”“青春戏曲”,
# 良渚 / 之江 / 横店, “大景区+新业态”, 6% / 6% / 10%以上; ecology: “双碳”, 20个 / 150家,
# 1800万千瓦 / 1000万千瓦, 大运河, 中国（温州）) and the first paragraph of task (九)
# (“天罗地网”). Window [19419, 21260) is shorter than 2,400 characters: the whole window,
# between prov2026-018-projects ([17670, 19419)) and prov2026-018 ([21260, 23478)).
# Traditional script: the gold text is OpenCC s2t of the simplified source.
A = Ann('prov2026-018', 19419, 21260, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000; YI = 100000000
MT = 'more_than|at_least'
def opt(t, v, u, subj='', ap='exact', ctx=None):  # an optional FIGURE
    s('FIGURE', t, False, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)
def pl(t, ctx=None):  # a place at the start of a project / facility / event name: optional (prov2026-018-economy)
    s(P, t, False, ctx=ctx)

# 扎实做好“三农”工作。
Q('三农')                                                     # quoted numbered formula, no FIGURE (README round 13)
F('1530万亩', 1530 * WAN, '亩', '粮食播种面积')                 # 确保 outside (guide: verbs stay outside)
F('125亿斤', 125 * YI, '斤', '粮食总产量')                       # as 132.4亿斤 (prov2026-018-wellbeing)
Q('一县一业', 'campaign')                                      # quoted programme; no FIGURE (prov2026-018-culture)
Q('土特产富', 'campaign', req=False)                           # undecided, optional (prov2026-018-wellbeing)
F('3500亿元', 3500 * YI, '元', '“土特产富”全产业链总产值', ap='exact|more_than')   # 达到 outside (guide)
opt('百亿元以上', 100 * YI, '元', '产业链（门槛）', ap=MT)          # a threshold (README round 24: 亿元以上 optional)
F('15条', 15, '条', '百亿元以上产业链', ap='exact|more_than')     # 达到 outside (guide)
Q('四好农村路', 'campaign')                                    # quoted programme (prov2026-021); no FIGURE
F('600公里', 600, '公里', '建设提升“四好农村路”')
F('2万宗', 2 * WAN, '宗', '盘活闲置农房')
Q('人地钱')                                                    # a quoted coded formula (like “一老一小”, round 9)

# 增强区域发展协调性。
U('长三角一体化发展', req=False)                               # a strategy without 战略 (prov2026-018-review: undecided)
pl('长三角', ctx='长三角一体化')                                # a place before a strategy's name (round 7)
s(P, '长三角', ctx='长三角区域')                                # the region named as such (guide: named places)
s(P, '杭甬', False)                                            # joined abbreviations (round 2)
Q('双城记', 'term', req=False)                                 # a quoted metaphor (guide: coinages optional, kind term)
s(P, '温州', ctx='温州“全省')                                   # a named city
Q('全省第三极', 'term', req=False)                              # a quoted coinage (guide)
s(P, '浙中', False)                                            # a region without fixed boundary (round 2; r38d 晋南)
U('高质量发展', req=False, ctx='浙中高质量发展')                 # optional at every occurrence (round 2)
s(P, '沪嘉', False)                                            # joined abbreviations (round 2)
U('高质量发展', req=False, ctx='海岛县高质量发展')
Q('发展飞地', 'term', req=False)                               # quoted coinage (prov2026-018-wellbeing)
U('东西部协作', 'campaign', req=False)                          # unquoted programme name (r38b: optional)
s(P, '东西部', False)                                          # joined regions (r38b)

# 推动海洋经济高质量发展。
U('高质量发展', req=False, ctx='海洋经济高质量发展')
sp = s(P, '国家海洋经济发展示范区', False)                      # a class of zone or Zhejiang's designation: optional as PLACE and DEPARTMENT (round 3 zones; undecided)
s(DEP, '国家海洋经济发展示范区', False, at=sp['start'], kind='zone')
Q('蓝色粮仓', 'campaign', req=False)                           # quoted programme or metaphor: undecided, optional (decided here)
Q('海上花园', 'campaign', req=False)                           # same
s(P, '国家海洋综合试验场', False)                               # a facility (venue): optional (README PLACE)
F('6%左右', 6, '%', '海洋生产总值增长', ap='about')              # 左右 inside (guide); 力争 outside

# （八）着力增强群众获得感幸福感安全感 — 加强民生建设。
F('100万人以上', 100 * WAN, '人', '城镇新增就业', ap=MT)          # 以上 inside (README FIGURE)
opt('100万人', 100 * WAN, '人', '城镇新增就业', ap='exact|at_least', ctx='100万人以上')  # the bare number (r41b)
Q('县中振兴', 'campaign')                                      # quoted name of an action (…行动)
U('早孕关爱行动', 'campaign', req=False)                         # unquoted programme names (round 2): optional
U('孕育和出生缺陷防治能力提升计划', 'campaign', req=False)
U('老年健康服务专项行动', 'campaign', req=False)
U('康复护理扩容提升工程', 'campaign', req=False)
Q('医学高峰', 'campaign')                                      # quoted programme (新一轮“医学高峰”建设); 新一轮: ordinal
U('医疗卫生强基工程', 'campaign', req=False)
s(DT, '新时代', False, ctx='新时代“中医药')                      # a relative time (README DATE)
Q('中医药攀登工程', 'campaign')                                # quoted programme name
U('房地产发展新模式', req=False)                                # policy phrase (earlier gold)
s(DT, '全年', False, value='2026', resolved='2026')             # the plan year (prov2026-018-projects)
opt('15万套（间）', 15 * WAN, '套（间）', '交付保障性租赁住房')     # bracketed second classifier: both forms optional (prov2026-018-wellbeing, round 6)
opt('15万套', 15 * WAN, '套', '交付保障性租赁住房')

# 加强文化建设。
Q('老屋复兴', 'campaign')                                      # quoted programme name
U('文化基因激活工程', 'campaign', req=False)                     # unquoted programme name (round 2)
F('100个', 100, '个', '累计培育标志性项目')
s(DT, '新时代', False, ctx='新时代文艺')
U('新时代文艺精品攀峰行动', 'campaign', req=False)
Q('浙产好剧', 'term', req=False)                                # a quoted brand (prov2026-018-wellbeing: “浙产好戏好剧” optional)
pl('浙', ctx='浙产好剧')                                        # one-character abbreviation (guide)
Q('浙里大戏', 'term', req=False)
pl('浙', ctx='浙里大戏')
Q('青春戏曲', 'term', req=False)
pl('良渚', ctx='良渚文化大走廊')                                # a place at the start of a corridor's name (prov2026-018-review: 良渚 optional)
s(P, '良渚文化大走廊', False)                                   # a corridor read as a zone (r7, undecided)
pl('之江', ctx='之江文化产业带')                                # as 之江文化中心 (prov2026-018-review)
pl('横店', ctx='横店国际')                                      # a place at the start of a centre's name
Q('大景区+新业态', 'campaign')                                  # a quoted model (like “城市大脑+精细服务”)
Q('入浙游', 'campaign', req=False)                             # a quoted product / platform name (r41b “一键游广西”: optional)
pl('浙', ctx='入浙游')
Q('嗨游', 'campaign', req=False)                               # a platform's quoted name (r41b)
F('6%', 6, '%', '文旅产业增加值增长')
F('6%', 6, '%', '旅游综合收入增长', ctx='旅游综合收入增长6%')
F('10%以上', 10, '%', '入境过夜游客人数增长', ap=MT)
opt('10%', 10, '%', '入境过夜游客人数增长', ap='exact|at_least', ctx='10%以上')
# 第十八届省运会: an event with its ordinal, none (round 32)

# 加强生态文明建设。
Q('双碳')                                                      # quoted coded formula (round 2: required)
opt('八大', 8, '', '高耗能行业')                                # a count in a set phrase (like 三大, undecided)
# 新一轮: ordinal; 省级及以上: a level
F('20个', 20, '个', '启动建设省级零碳园区')
F('150家', 150, '家', '启动建设绿色（低碳）工厂')
F('1800万千瓦', 1800 * WAN, '千瓦', '新增电力装机')
F('1000万千瓦', 1000 * WAN, '千瓦', '新增非化石能源装机')
pl('大运河', ctx='大运河生态')                                  # a place at the start of an inspection's name (undecided)
# 第十五届: an ordinal
pl('中国', ctx='中国（温州）国际')                              # places inside an event's name (r41b 中国—东盟视听周)
pl('温州', ctx='温州）国际')
# 世界清洁日全球主场活动: an event, none

# （九）着力促进高质量发展和高水平安全良性互动
U('高质量发展', req=False, ctx='促进高质量发展和高水平')
U('高水平安全', 'term', False)                                  # as earlier gold (optional term)
Q('天罗地网', 'term', req=False)                                # a quoted metaphor naming a system (guide: optional term)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
