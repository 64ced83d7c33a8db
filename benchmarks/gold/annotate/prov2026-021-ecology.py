from _ann import DEP, PE, Ann, P

# 2026 government work report of Hunan, "三、关于2026年工作": field (七) (ecology:
# pollution control, ecosystem protection, the “双碳” transition) and field (八)
# (livelihood: employment, education, health, social security) with their closing
# sentences. Simplified. Cut after "…更温情的民生画卷。", before (九).
A = Ann('prov2026-021', 16239, 18367)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000
MORE = 'more_than|at_least'


def yishang(t, v, u, subj, bare, ctx=None):
    """N以上: the span with 以上 required, the bare number optional (rounds 1, 3)."""
    sp = F(t, v, u, subj, ap=MORE, ctx=ctx)
    A.s('FIGURE', bare, False, at=sp['start'], value=v, approx='exact|' + MORE, unit=u, subject=subj)


# （七）着力加强生态文明建设。协同推进降碳、减污、扩绿、增长，深入打好蓝天、碧水、净土保卫战，加快建设美丽湖南。
U('生态文明建设', req=False, ctx='着力加强生态文明建设')        # policy phrase (r7r)
U('降碳、减污、扩绿、增长', req=False)                            # like 降碳减污扩绿增长 (optional)
U('蓝天、碧水、净土保卫战', 'campaign', req=False)                # undecided: unquoted campaign wording
sp = U('美丽湖南', req=False, ctx='加快建设美丽湖南')             # like 美丽中国 / 美丽山东 (optional)
s(P, '湖南', False, at=sp['start'] + 2)

# 深入推进污染防治攻坚。
Q('夏季攻势', 'campaign')                                         # the quoted name of a campaign
sp = U('中央生态环保督察', 'campaign', req=False)                 # undecided: an inspection (activity), not an organ
s(DEP, '中央', False, at=sp['start'], level='central', kind='party')   # 中央 alone (round 1)
s(P, '长江经济带', ctx='长江经济带警示片')                        # required (round 12, decided for this article)
s(P, '长江', False, ctx='长江经济带警示片')
Q('三大结构两大难题')                                             # required coded formula (round 12); no FIGURE
U('污染防治攻坚战', 'campaign', req=False)                        # optional (Shandong round)
# PM2.5 is a name, no FIGURE
F('33微克/立方米左右', 33, '微克/立方米', 'PM2.5浓度', ap='about')
s(P, '洞庭湖', ctx='推进洞庭湖总磷')                              # the lake itself
yishang('90%以上', 90, '%', '全省优良水体比例', '90%', ctx='比例达到90%以上')
Q('锰三角', 'term', req=False)                                    # a quoted region name (round 12: optional)
s(P, '锰三角', False)

# 加强生态系统保护修复。
U('河湖长制、林长制、田长制', 'term', req=False)                  # institution names (round 3 rule: optional)
U('长江大保护三年行动', 'campaign', req=False)                    # unquoted campaign name (undecided)
U('长江大保护', 'campaign', req=False)
s(P, '长江', False, ctx='长江大保护三年行动')                     # inside a campaign name
F('三年', 3, '年', '长江大保护行动', req=False)                   # a duration inside a campaign name
s(P, '长江', ctx='持续实施长江“十年禁渔”')                        # the river where the ban applies (undecided: marked required, see report)
Q('十年禁渔', 'campaign')                                         # quoted programme name; 十年 no FIGURE
Q('千年鸟道', 'term', req=False)                                  # undecided: the quoted name of a migration corridor
s(P, '千年鸟道', False)
sp = s(P, '南山国家公园', False)                                  # undecided: a national park (parks optional)
s(P, '南山', False, at=sp['start'])
s(P, '洞庭湖', ctx='提升洞庭湖湿地')                              # the lake
s(P, '洞庭湖湿地', False)

# 加快“双碳”引领绿色转型。
Q('双碳', ctx='加快“双碳”引领')                                  # a quoted coded formula (round 2)
U('碳达峰', req=False, ctx='扎实推进碳达峰')                      # optional (earlier rounds)
Q('十大行动', 'campaign')                                         # like 碳达峰“十大工程” (Shandong)
F('一批', 1, '批', '零碳工厂和园区', req=False)                   # optional (round 2)
Q('双碳', ctx='国家“双碳”考核')
U('全面节约战略')                                                 # the fixed name of a national strategy (扩大内需战略, r8a): by analogy
U('新型能源体系', req=False)                                      # policy phrases
U('新型电力系统', req=False)
sp = U('疆电入湘', 'campaign', req=False)                         # a project name (宁电入湘, round 3)
s(P, '疆', False, at=sp['start'])
s(P, '湘', False, at=sp['start'] + 3)
for x in ('湘粤', '湘黔'):                                        # abbreviations in grid-link names (round 3)
    sp = s(P, x, False)
    s(P, x[0], False, at=sp['start'])
    s(P, x[1], False, at=sp['start'] + 1)
U('美丽湖南建设全民行动', 'campaign', req=False)                  # unquoted campaign name
sp = U('美丽湖南', req=False, ctx='美丽湖南建设全民行动')
s(P, '湖南', False, at=sp['start'] + 2)
s(P, '三湘', False, ctx='让三湘生态')                              # a literary name of the province (like 八桂): undecided

# （八）持续发展社会民生事业。
U('以人民为中心的发展思想')                                       # required (decided in an earlier round)
U('以人民为中心', req=False)
Q('十大重点民生实事', 'campaign')                                 # required (round 12); no FIGURE
U('高质量充分就业', req=False)                                    # policy phrase
U('稳岗扩容提质行动', 'campaign', req=False)                      # unquoted campaign name
Q('智汇潇湘·才聚湖南', 'campaign')                                # required (round 12)
s(P, '潇湘', False)
s(P, '湖南', False, ctx='才聚湖南')
Q('七个一', 'campaign')                                           # a quoted numbered policy name; no FIGURE
Q('四个友好', 'campaign')                                         # the quoted name of an action
Q('技兴三湘', 'campaign')                                         # the quoted name of a training programme
s(P, '三湘', False, ctx='技兴三湘')
F('100万人次', 100 * WAN, '人次', '“技兴三湘”职业技能培训')
Q('家门口', 'term', req=False)                                    # quoted coinage
Q('15分钟', 'term', req=False)                                    # quoted coinage (undecided)
F('15分钟', 15, '分钟', '就业服务圈', req=False)                  # a duration inside quotes (undecided)
Q('爱心驿站', 'term', req=False)                                  # undecided: a quoted name of a kind of station
F('1000家', 1000, '家', '新建“爱心驿站”')

# 办好人民满意的教育。
F('8万个', 8 * WAN, '个', '扩充优质普通高中公办学位')
F('1000所', 1000, '所', '提质升级中小学校食堂')
sp = s(P, '大湘西地区', False)                                    # a region of the province (undecided, like 湘西)
s(P, '大湘西', False, at=sp['start'])
s(P, '湘西', False, at=sp['start'] + 1)                          # a name inside a longer name (like 中国 in 新中国; slip fixed after the first measurement)
Q('双一流', 'campaign')                                           # a quoted coded programme name
Q('双高计划', 'campaign')                                         # quoted programme name (like “新双高”)
Q('双师型', 'term', req=False)                                    # undecided: a quoted type designation

# 大力发展医疗健康事业。
sp = s(DEP, '中南大学国家医学中心', False, kind='institute')      # a national medical centre (optional class)
s(DEP, '中南大学', False, at=sp['start'], kind='university')     # universities optional
s(DEP, '国家医学中心', False, at=sp['start'] + 4)
F('20个', 20, '个', '县域医疗次中心')
Q('顶天立地', 'term', req=False)                                  # undecided: a quoted coinage
yishang('2000万人以上', 2000 * WAN, '人', '家庭医生签约服务', '2000万人')
U('医疗卫生强基工程', 'campaign', req=False)                      # unquoted programme name
Q('县管乡用、乡聘村用', 'campaign')                               # quoted name of a reform measure (round 2)
F('5000人', 5000, '人', '培训乡村医生')
Q('减盐减油', 'campaign')                                         # the quoted name of an action
U('爱国卫生运动', 'campaign')                                     # a standard campaign name (required, earlier round)
s(P, '湖湘', False, ctx='湖湘道地')                               # the cultural name of the province (undecided)
sp = s(DEP, '仲景行医堂', False, kind='enterprise')               # a chain of clinics (hospitals, enterprises optional)
s(PE, '仲景', False, at=sp['start'])                              # a historical name inside a brand
sp = s(P, '国家中医药综合改革示范区', False)                      # a zone class (optional as PLACE and DEPARTMENT)
s(DEP, '国家中医药综合改革示范区', False, at=sp['start'])

# 健全社会保障体系。
Q('零自付', 'term', req=False)                                    # optional (round 3)
F('100个', 100, '个', '省级职工子女托育托管服务点')
F('一批', 1, '批', '老年认知障碍照护友好社区和“时光守护”床位', req=False, ctx='一批老年')
Q('时光守护', 'term', req=False)                                  # undecided: a quoted brand of care beds
F('两项', 2, '项', '残疾人补贴', req=False)                       # 残疾人两项补贴: a fixed designation, anaphoric count (optional)

# 感念万家灯火情…: 万家灯火 an idiom (no FIGURE)
s(P, '三湘', False, ctx='守护好三湘灯火')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
