from _ann import DEP, DT, PE, SL, Ann, P, all_occ

# Round 24: Shandong 2026 government work report, "三、2026年重点工作", tasks (七)
# to (九): ecology (“双碳”, 碳达峰, 17个领域, “两高”, 20家, 1.5亿千瓦, 万华, 10个,
# 外电入鲁, 中央生态环保督察, 70%以上, 30个以上, 大运河, 25条, 30%、50%, 16处,
# “一市一品牌”, 黄河口国家公园, 长岛国家公园, 美丽山东), culture (“两创” ×2,
# 社会主义核心价值观, 沂蒙精神, 国际孔子文化节, 尼山世界文明论坛, 黄河、大运河、齐长城,
# “齐鲁文艺高峰计划”, “好戏山东”, “科技强文”, “人工智能+文化”, “新龙头景区”,
# 崆峒胜境, “跟着诸子研学游”, 第26届省运会, 齐鲁) and livelihood (20项, “数智就业”,
# “创业齐鲁”, “技兴齐鲁 乐业山东” 40万人次, “双一流”, 空天信息大学, “双高计划”,
# “伙伴计划”, 4万人以上, “开门办院”, “好房子”, “以旧换新”, 18万套以上, 9个, 13个,
# 青岛“中国康湾”, 威海, 150家 / 100家 / 3000张, 两证 50家, “心头事”).
# Traditional (OpenCC s2t of the simplified source).
A = Ann('prov2026-009', 14904, 17121, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI, WAN = 100000000, 10000
MT = 'more_than|at_least'
EM = 'exact|more_than'                                   # after 达到 (guide)


def zone(t, **kw):
    """A zone: optional as PLACE and as DEPARTMENT (rounds 3 and 13)."""
    sp = s(P, t, False, **kw)
    s(DEP, t, False, at=sp['start'], kind='zone')


# （七）奋力推进美丽中国先行区建设
U('美丽中国先行区', req=False)
U('美丽中国', req=False)
s(P, '中国', False, ctx='美丽中国先行区')
Q('双碳')                                                # quoted coded formula (round 2)
U('碳达峰', req=False, ctx='稳步推进碳达峰')
U('碳排放双控', 'term', req=False)
U('碳达峰', req=False, ctx='国家碳达峰试点')
F('17个', 17, '个', '碳达峰工作领域')
U('碳达峰', req=False, ctx='领域碳达峰工作')
Q('两高', 'term', req=False)                             # “两高”行业: a quoted designation of a class of industries (undecided)
F('20家', 20, '家', '省级以上零碳园区')
F('1.5亿千瓦', 1.5 * YI, '千瓦', '非化石能源装机', ap=EM)
s(DEP, '万华', False, kind='enterprise')                # an enterprise at the start of a project name
F('10个', 10, '个', '绿电产业园')
U('源网荷储一体化', 'term', req=False)
s(P, '鲁', False, ctx='外电入鲁')                        # one-character abbreviation
sp = U('中央生态环保督察', 'campaign', req=False)        # an inspection (prov2026-021-ecology: undecided)
s(DEP, '中央', False, at=sp['start'], level='central', kind='party')
F('70%以上', 70, '%', '水泥、焦化行业完成超低排放改造的产能', ap=MT)
F('30个以上', 30, '个', '传统产业集群大气污染综合治理', ap=MT)
s(P, '大运河', ctx='加强大运河')                          # a named canal (round 6: rivers)
F('25条', 25, '条', '重点河湖生态流量达标')
F('30%', 30, '%', '美丽河湖建成率', ap=EM, ctx='30%、50%')
F('50%', 50, '%', '美丽海湾建成率', ap=EM)
F('16处', 16, '处', '大宗工业固废回填试点')
Q('一市一品牌')                                         # quoted coded formula (like “一市一策”); no FIGURE
F('30%', 30, '%', '美丽乡村整县建成比例', ap=EM, ctx='比例达到30%')
s(P, '黄河口国家公园', False)                            # national parks optional (rounds 6, 16)
s(P, '黄河口', False, ctx='黄河口国家公园'); s(P, '黄河', False, ctx='黄河口国家公园')
s(P, '长岛国家公园', False)
s(P, '长岛', False, ctx='长岛国家公园')
# 国际零碳岛: a designation, none; 自然保护地: generic
U('人与自然和谐共生', req=False)
U('美丽山东', req=False)
s(P, '山东', False, ctx='美丽山东')

# （八）奋力推进文化强省建设
U('文化强省', req=False, ctx='推进文化强省建设')
Q('两创', ctx='深化文化“两创”')                         # coded formula (prov2026-009-fiveyears)
U('新时代', req=False, ctx='新时代的文化使命')
U('社会主义核心价值观')                                  # required unquoted (round 13)
U('红色基因传承工程', 'campaign', req=False)
U('沂蒙精神', req=False)                                 # the name of a revolutionary spirit (undecided)
s(P, '沂蒙', False, ctx='沂蒙精神')
U('网络正能量行动计划', 'campaign', req=False)
# 国际孔子文化节, 尼山世界文明论坛: events, none (prov2026-009-fiveyears)
s(PE, '孔子', False, ctx='国际孔子文化节')               # inside an event name
s(P, '尼山', False, ctx='尼山世界文明论坛')              # a place at the start of an event name
s(P, '尼山文化片区', False)                              # a cultural area (undecided)
s(P, '尼山', False, ctx='尼山文化片区')
Q('两创', ctx='国家级文化“两创”')
# 考古遗址公园: generic
s(P, '黄河', ctx='实施黄河、')                           # rivers (round 6)
s(P, '大运河', ctx='黄河、大运河')
s(P, '齐长城', False)                                    # an ancient wall (a monument, like venues): undecided
s(P, '齐鲁', False, ctx='齐鲁文化基因')                  # a literary name of the province (like 三湘, 八桂)
Q('齐鲁文艺高峰计划', 'campaign')                        # quoted programme name
s(P, '齐鲁', False, ctx='齐鲁文艺高峰')
U('新大众文艺工程', 'campaign', req=False)
Q('好戏山东', 'term', req=False)                         # a quoted brand (round 9)
s(P, '山东', False, ctx='好戏山东')
s(P, '齐', False, ctx='齐风鲁韵'); s(P, '鲁', False, ctx='鲁韵')   # one-character abbreviations
U('公共文化服务提质增效行动', 'campaign', req=False)
# 全国: no place
Q('科技强文', 'campaign')                                # quoted programme name (…计划)
Q('人工智能+文化', 'campaign')                           # quoted programme name (…行动)
s(P, '齐鲁', False, ctx='齐鲁文化大模型')
s(DEP, '山东文化数据中心', False, kind='institute')        # a data centre (facility): undecided
s(P, '山东', False, ctx='山东文化数据中心')
# 国际短视频大赛, 网络视听大会: events, none
Q('新龙头景区', 'term', req=False)                       # a quoted designation of a class of scenic areas (undecided)
s(P, '崆峒胜境', False)                                  # a scenic project (round 7: scenic areas optional)
s(P, '崆峒', False, ctx='崆峒胜境')                      # slip fixed: parts of a scenic area's name optional too (round 7)
U('研学旅游提升计划', 'campaign', req=False)
Q('跟着诸子研学游', 'term', req=False)                   # a quoted brand (round 9)
# 第26届省运会: ordinal and event, none; 冬奥会, 亚运会: events, none
s(P, '齐鲁', False, ctx='齐鲁人文沃土')
U('现代化强省', req=False)

# （九）奋力推进保障和改善民生
U('尽力而为、量力而行', req=False)
F('20项', 20, '项', '重点民生实事')
Q('数智就业', 'term', req=False)                         # quoted designation inside a facility name (…服务区): undecided
U('以工代赈', 'term', req=False)
Q('创业齐鲁', 'campaign')                                # quoted campaign name (…行动)
s(P, '齐鲁', False, ctx='创业齐鲁')
Q('技兴齐鲁 乐业山东', 'campaign')                       # quoted training programme name (…培训)
s(P, '齐鲁', False, ctx='技兴齐鲁'); s(P, '山东', False, ctx='乐业山东')
s(DT, '全年', False, ctx='全年培训', value='2026', resolved='2026')
F('40万人次', 40 * WAN, '人次', '“技兴齐鲁 乐业山东”培训')
U('寄宿制学校建设提升工程', 'campaign', req=False)
Q('双一流')                                              # required coded formula (round 14)
s(DEP, '空天信息大学', False, kind='university')          # universities optional
F('一批', 1, '批', '升格的职业技术大学', ap='about', req=False)
Q('双高计划', 'campaign')                                # quoted programme name
Q('伙伴计划', 'campaign')                                # quoted programme name
F('4万人以上', 4 * WAN, '人', '康复救助残疾儿童', ap=MT)
Q('开门办院', 'term', req=False)                         # a quoted method name (…模式): undecided
U('房地产发展新模式', 'term', req=False)
U('因城施策', 'term', req=False)
Q('好房子', 'term', req=False)                           # a quoted coinage
Q('以旧换新', 'campaign')                                # quoted (round 2)
F('18万套以上', 18 * WAN, '套', '城中村、棚户区改造安置房交付', ap=MT)
# 国家医学中心: a class, none
F('9个', 9, '个', '国家区域医疗中心项目')
F('13个', 13, '个', '新创建国家临床重点专科')
zone('国家中医药综合改革示范区')
s(P, '青岛', ctx='支持青岛')
Q('中国康湾', 'term', req=False)                         # a quoted coinage/brand for a city's role
s(P, '中国', False, ctx='中国康湾')
s(P, '威海', ctx='威海创建')
zone('国际康养旅游试验区')
F('150家', 150, '家', '新增社区嵌入式养老服务机构')
F('100家', 100, '家', '培育镇街区域养老服务中心')
F('3000张', 3000, '张', '新增认知障碍照护床位')
s('FIGURE', '两证', False, value=2, approx='exact', unit='证')   # 两证齐全: a set phrase (prov2026-009)
F('50家', 50, '家', '新增两证齐全医养结合机构')
Q('心头事', 'term', req=False)                           # a quoted coinage
# 高质量发展: a policy phrase, optional at every occurrence (round 2), also inside names
all_occ(A, SL, '高质量发展', False, kind='formula', quoted=False)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
