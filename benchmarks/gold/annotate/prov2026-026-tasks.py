from _ann import DEP, DT, Ann, P

# Round 14: the Liaoning report's 2026 tasks (九) (livelihoods: employment, education,
# health, “一老一小”, social security, culture: “书香辽宁”, 牛河梁, 大连、朝阳), the 20
# livelihood projects, (十) (safety: finance, debt, “三保”, housing, “木改钢”, fire
# stations, “枫桥经验”, “平安护航”) and the defence and mass-organisation paragraph
# (援藏援疆, 工会、共青团、妇联、残联、科协). Simplified. A third range of the article.
A = Ann('prov2026-026', 15860, 17835)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000
MASS = {'level': 'province', 'kind': 'mass organisation'}

# （九）加强民生建设，持续提高人民生活品质。
U('人民至上', req=False)
U('尽力而为、量力而行', req=False)
U('共同富裕', req=False)
# 促进高质量充分就业。
U('稳岗扩容提质行动', 'campaign', req=False)
U('技能辽宁行动', 'campaign', req=False)                 # unquoted campaign name
s(P, '辽宁', False, ctx='技能辽宁')
F('23万人次', 23 * WAN, '人次', '职业技能培训')
U('城乡居民增收计划', 'campaign', req=False)
s('FIGURE', '一份', False, value=1, approx='exact', unit='份')
s('FIGURE', '一个', False, ctx='一个家庭', value=1, approx='exact', unit='个')
s('FIGURE', '一批', False, value=1, approx='exact', unit='批')
# 办好人民满意教育。
U('新时代立德树人工程', 'campaign', req=False)
U('新时代', req=False)
U('基础教育扩优提质行动', 'campaign', req=False)
U('农村学前教育补短板工程', 'campaign', req=False)
F('95%', 95, '%', '优质公办幼儿园覆盖乡镇')
# 加快建设健康辽宁。
U('健康辽宁', req=False)                                  # a provincial strategy's name like 健康中国: undecided
s(P, '辽宁', False, ctx='健康辽宁')
s(DEP, '国家医学中心', False, kind='hospital')             # classes of medical centres
s(DEP, '国家儿童医学中心', False, kind='hospital')
F('2个', 2, '个', '国家级区域医疗中心')
F('22个', 22, '个', '省级区域医疗中心')
U('中医药振兴发展重大工程', 'campaign', req=False)
# 强化“一老一小”服务。
Q('一老一小')
F('20个以上', 20, '个', '改造提升公办养老机构', ap='more_than|at_least')
F('80个', 80, '个', '全国示范性老年友好型社区')
# 提升社会保障水平。
U('全民参保计划', 'campaign', req=False)
s('FIGURE', '一批', False, ctx='一批可感', value=1, approx='exact', unit='批')
U('劳有所获、业有所成、心有所悦', req=False)
# 全面提升文化影响力。
U('社会主义核心价值观')                                      # required unquoted (round 13)
Q('书香辽宁', 'campaign')                                    # quoted programme name
s(P, '辽宁', False, ctx='书香辽宁')
Q('辽宁阅读', 'term', req=False)                             # quoted names of service platforms
s(P, '辽宁', False, ctx='辽宁阅读')
Q('万卷府抵', 'term', req=False)
s(P, '牛河梁红山文化遗址', False)                             # an archaeological site: optional with its parts
s(P, '牛河梁', False)
s(P, '红山', False, ctx='红山文化')
s(P, '大连', ctx='大连、朝阳')
s(P, '朝阳', ctx='朝阳创建')
U('文化原创力培育工程', 'campaign', req=False)
s(P, '辽宁', ctx='辽宁故事')                                  # the province as such
# 各位代表！今年 …
s(DT, '今年', False, ctx='今年，我们', value='2026', resolved='2026')
F('20件', 20, '件', '民生实事')
# （十）坚持底线思维，筑牢安全发展防线。
U('总体国家安全观')                                          # round 6
U('平安辽宁')                                                # like 平安浙江 / 平安山东
s(P, '辽宁', False, ctx='平安辽宁')
# 防范化解政府债务风险。
Q('三保')
U('过紧日子', req=False)
# 着力稳定房地产市场。
U('房地产发展新模式', req=False)
Q('好房子', 'term', req=False)
Q('白名单', 'term', req=False)
# 全面提升本质安全水平。
U('安全生产治本攻坚三年行动', 'campaign', req=False)
s('FIGURE', '三年', False, value=3, approx='exact', unit='年')
Q('木改钢', 'campaign')
s('FIGURE', '3件', False, value=3, approx='exact', unit='件', subject='事')   # a count after a closed list: anaphoric
U('消防装备提升工程', 'campaign', req=False)
F('200个', 200, '个', '新增城市小型站')
Q('一队一站')                                                # quoted coded formula
# 夯实社会治理根基。
U('新时代', req=False, ctx='新时代“枫桥')
Q('枫桥经验'); s(P, '枫桥', False)
Q('平安护航', 'campaign')
# 支持国防和军队现代化建设 …
U('双拥', req=False)
s(P, '藏', False, ctx='援藏')
s(P, '疆', False, ctx='援疆')
s(DEP, '红十字', False, ctx='红十字等工作', **MASS)           # a field of work here, not the listed body
s(DEP, '工会', False, ctx='工会、共青团')                     # generic (round 9)
s(DEP, '共青团', canonical='中国共产主义青年团', **MASS)
s(DEP, '妇联', canonical='妇女联合会', **MASS)
s(DEP, '残联', canonical='残疾人联合会', **MASS)
s(DEP, '科协', canonical='科学技术协会', **MASS)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
