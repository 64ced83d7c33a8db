from _ann import DEP, DT, SL, Ann, P

# Round 30 (annotator r30c): 2026 government work report of Xinjiang, "2026年工作安排",
# tasks (七) to (九) with their headings, between `prov2026-013-12415-14447` and
# `prov2026-013-16961-19061`, range [14448, 16337). (七) rural revitalisation and
# southern Xinjiang (“三农”, 乡村振兴战略, “千万工程”, 乌鲁木齐 / 伊宁 / 喀什, 南疆 ×6, “打破常规、
# 特事特办”, 央企), (八) ecology (美丽新疆, 天山北坡, 塔里木河, 叶尔羌河—喀什噶尔河流域, 伊犁河,
# “十五五”, “沙戈荒”, “含绿量”, three development zones, 塔克拉玛干沙漠, 古尔班通古特沙漠, 100万亩 /
# 450万亩 / 350万亩, 伊犁—吐鲁番国家植物园, 114亿立方米以内), (九) livelihoods (自治区最低工资标准,
# 县乡村三级, 新疆中医药大学, 新疆外国语大学, 健康新疆, “好房子”, 十件民生实事, “小家” / “大家”).
# Traditional script (OpenCC s2t of the source).
A = Ann('prov2026-013', 14448, 16337, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
ZONE = {'kind': 'zone'}
ENT = {'kind': 'enterprise'}
UNI = {'kind': 'university'}


def nanjiang(ctx, req=True):
    """南疆: required in this report's golds (rounds 8, 12)."""
    s(P, '南疆', req, ctx=ctx)


# （七）坚持协调发展，促进乡村振兴和南疆高质量发展
U('乡村振兴', req=False, ctx='促进乡村振兴和南疆')              # policy phrase (round 13: 乡村振兴 optional)
nanjiang('南疆高质量发展\n')
U('高质量发展', 'term', req=False, ctx='南疆高质量发展\n')     # policy phrase (conventions decided here)
Q('三农')                                                    # quoted numbered formula, no FIGURE (round 18)
U('乡村全面振兴', req=False)                                  # optional by earlier rounds
U('乡村振兴战略')                                             # fixed name of a strategy (round 6)
U('乡村振兴', req=False, ctx='乡村振兴战略')                  # the shorter name inside (rounds 4, 6)
Q('千万工程', 'campaign')                                     # quoted programme (round 13), no FIGURE
U('不发生规模性返贫致贫', req=False)                           # policy bottom line, unquoted (undecided: optional)
U('宜居宜业和美乡村', req=False)                              # round 13
U('新型城镇化', req=False)                                    # optional by earlier rounds
s(P, '乌鲁木齐')                                              # cities the text is about
s(P, '伊宁')
s(P, '喀什', ctx='喀什等城市')
nanjiang('加快推进南疆发展')
Q('打破常规、特事特办')                                       # a quoted formula naming the state's policy series (guide: quoted → required)
nanjiang('健全支持南疆')
U('高质量发展', 'term', req=False, ctx='南疆高质量发展政策')
U('南疆就业促进工程', 'campaign', req=False)                  # unquoted programme name (round 13)
nanjiang('南疆就业促进工程', req=False)                       # a place at the start of a programme name (guide)
s(DEP, '央企', False, **ENT)                                  # a class of enterprises (round 13)
nanjiang('在南疆投资')
s(P, '南北疆', False)                                         # optional (conventions decided here)
nanjiang('增强南疆内生')
# （八）坚持绿色低碳引领，扎实推进美丽新疆建设
U('美丽新疆', req=False)                                      # like 美丽山东 / 美丽天津 (rounds 13, 4: like 美丽中国)
s(P, '新疆', False, ctx='美丽新疆建设')                       # inside an optional formula
U('污染防治攻坚战', 'campaign', req=False)                    # round 16
s(P, '天山北坡', False)                                       # a region without a fixed boundary (round 8)
s(P, '天山北坡城市群', False)                                 # the city cluster by its longest name: a second defensible boundary (added after the first measurement; undecided)
s(P, '天山', False, ctx='天山北坡')
s(P, '塔里木河干流', False)                                   # the river's stretch: the longer form optional (undecided)
s(P, '塔里木河')                                              # a named natural feature meant as a place (round 8)
s(P, '叶尔羌河—喀什噶尔河流域', False)                        # two rivers joined by —: the whole optional (undecided)
s(P, '叶尔羌河')                                              # elliptic first part: a river, required (like 和康、和安县, round 8)
s(P, '喀什噶尔河流域')                                        # like 塔里木河流域 (round 8)
s(P, '喀什噶尔河', False, ctx='喀什噶尔河流域')              # the name inside (round 8: 塔里木河 optional)
s(P, '伊犁河')                                                # a river by name
U('土壤污染源头防控行动', 'campaign', req=False)              # unquoted campaign names (round 13)
U('固体废物综合治理行动', 'campaign', req=False)
U('碳达峰', req=False, ctx='稳妥推进碳达峰')                  # policy term (round 4 list)
s(DT, '十五五', False)                                        # five-year-plan periods (conventions decided here)
s(SL, '十五五', False, kind='period', quoted=True)
U('碳达峰', req=False, ctx='碳达峰行动方案')
Q('沙戈荒', 'term', req=False)                                # quoted coinage
Q('含绿量', 'term', req=False)                                # round 16 list (“含绿量”)
s(P, '甘泉堡经济技术开发区', False); s(DEP, '甘泉堡经济技术开发区', False, **ZONE)  # zones (round 3)
s(P, '甘泉堡', False, ctx='甘泉堡经济技术开发区')
s(P, '上库高新技术产业开发区', False); s(DEP, '上库高新技术产业开发区', False, **ZONE)
s(P, '上库', False, ctx='上库高新技术产业开发区')
s(P, '石河子经济技术开发区', False); s(DEP, '石河子经济技术开发区', False, **ZONE)
s(P, '石河子', False, ctx='石河子经济技术开发区')            # a place at the start of a zone's name
U('碳达峰', req=False, ctx='国家碳达峰试点')
s(P, '塔克拉玛干沙漠')                                        # round 8
s(P, '塔克拉玛干', False, ctx='塔克拉玛干沙漠')
U('塔克拉玛干沙漠边缘阻击战', 'campaign', req=False)          # unquoted campaign name (like 科尔沁沙地歼灭战, round 11)
s(P, '古尔班通古特沙漠')                                      # a named natural feature (round 8)
s(P, '古尔班通古特', False, ctx='古尔班通古特沙漠')
F('100万亩', 1000000, '亩', '造林')
F('450万亩', 4500000, '亩', '退化草原修复治理')
F('350万亩', 3500000, '亩', '沙化土地治理')
s(P, '伊犁—吐鲁番国家植物园', False)                          # a venue (like 南宁国家植物园, round 23)
s(P, '伊犁', False, ctx='伊犁—吐鲁番国家植物园')              # places at the start of a venue's name
s(P, '吐鲁番', False, ctx='吐鲁番国家植物园')
F('114亿立方米以内', 11400000000, '立方米', '地下水开采量', ap='less_than')   # 以内 inside (conventions decided here)
U('大美新疆', 'term', req=False)                              # an epithet of the region (undecided)
s(P, '新疆', ctx='大美新疆山')                                # the region the text is about
# （九）坚持民生为大，持续增进各族群众福祉
U('稳岗扩容提质行动', 'campaign', req=False)                  # round 16 list
U('以工代赈', 'term', req=False)                              # undecided, optional in earlier rounds
U('城乡居民增收计划', 'campaign', req=False)                  # unquoted programme name
s(DEP, '自治区', False, ctx='自治区最低工资', level='province', kind='state')   # like 自治区优化营商环境条例 (prov2026-013)
U('康复护理扩容提升工程', 'campaign', req=False)
F('三级', 3, '级', '养老服务网络', req=False, ctx='县乡村三级')   # a count after a closed list (optional)
U('高质量发展', 'term', req=False, ctx='教育高质量发展')     # policy phrase (conventions decided here); forgotten in the blind commit
s(DEP, '新疆中医药大学', False, **UNI)                        # universities optional (conventions decided here)
s(P, '新疆', False, ctx='新疆中医药大学')
s(DEP, '新疆外国语大学', False, **UNI)
s(P, '新疆', False, ctx='新疆外国语大学')
U('健康新疆', req=False)                                      # like 健康辽宁 (round 14, undecided)
s(P, '新疆', False, ctx='健康新疆')
U('医疗卫生强基工程', 'campaign', req=False)                  # round 16 list
U('城市更新行动', 'campaign', req=False)
U('房屋品质提升工程', 'campaign', req=False)
U('物业服务质量提升行动', 'campaign', req=False)
Q('好房子', 'term', req=False)                                # quoted coinage (round 23)
F('十件', 10, '件', '民生实事', req=False)                    # the programme's count (prov2026-013-livelihood)
U('十件民生实事', 'campaign', req=False)
Q('小家', 'term', req=False)                                  # quoted metaphors (undecided: term)
s(P, '新疆', ctx='新疆这个')
Q('大家', 'term', req=False)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
