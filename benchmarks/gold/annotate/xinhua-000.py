from _ann import DEP, DT, PE, SL, Ann, P

# Xi Jinping's New Year address for 2026, 31 Dec 2025 (news.cn text, paragraphs separated
# by two spaces, no line breaks): the whole text: the photo caption (国家主席习近平,
# 中央广播电视总台, 二〇二六年, 新华社 photo credit 燕雁), the dateline (北京12月31日), the review of
# 2025 and of the 14th Five-Year Plan (140万亿元, the 80th anniversary, 台湾光复纪念日,
# innovation, culture, 西藏 / 新疆, 300元, 上合组织天津峰会, 海南自贸港, “三大倡议”,
# 全球治理倡议, “一国两制”, 中央八项规定精神, 延安“窑洞之问”), 2026 and the “十五五”, and the wishes.
A = Ann('xinhua-000', 0, 1541)
s = A.s
F = A.figure
t = A.simp
MEDIA = {'kind': 'media'}
NEWYEAR = {'value': '--01-01', 'resolved': '2026-01-01'}


def period(x, v):
    """“十四五” / “十五五”: optional as DATE and as SLOGAN kind period (rounds 1 and 6)."""
    s(DT, x, False, value=v)
    s(SL, x, False, kind='period', quoted=True)


for k in (0, 1):  # the caption, then the dateline paragraph, say the same
    s(DT, '新年前夕', False, value='--12-31', resolved='2025-12-31')
    s(DT, '新年', False, **NEWYEAR)  # a festival name (undecided: optional)
    s(PE, '习近平', title='国家主席')
    s(DEP, '中央广播电视总台', False, canonical='中央广播电视总台', **MEDIA)  # media (round 3: optional)
    s(DT, '二〇二六年', value='2026')  # the year of the address: a calendar year
    s(DT, '新年', False, ctx='新年贺词', **NEWYEAR)
    if k == 0:
        s(DEP, '新华社', False, **MEDIA)
        s(PE, '燕雁')  # the photo credit (round 1: required)
        s(DEP, '新华社', False, **MEDIA)
        s(P, '北京')
        s(DT, '12月31日', value='--12-31', resolved='2025-12-31')
s(DT, '新年', False, ctx='在新年到来之际', **NEWYEAR)
s(P, '北京')
s(DT, '2025年', value='2025')
period('十四五', '2021/2025')
s(DT, '5年来', False)
F('5年', 5, '年', '', req=False)  # a duration
s(SL, '踔厉奋发、勇毅前行', False, kind='formula', quoted=False)  # round 10: optional
s(SL, '中国式现代化新征程', False, kind='formula', quoted=False)
s(SL, '中国式现代化', False, kind='formula', quoted=False)  # the modifier of 新征程 (round 7): optional
s(P, '中国', False)
s(SL, '新征程', False, kind='term', quoted=False)
s(DT, '今年', False, value='2025', resolved='2025')
F('140万亿元', 140e12, '元', '我国经济总量（2025年预计）', ap='exact|more_than')  # 达到 outside
s(SL, '绿水青山', False, kind='formula', quoted=False)  # the first half of the formula, unquoted (undecided)
s(SL, '获得感幸福感安全感', False, kind='term', quoted=False)
F('5年', 5, '年', '', req=False, ctx='5年历程')
s(P, '中国', ctx='欣欣向荣的中国')
F('一位', 1, '位', '奋斗者', req=False)
s(DT, '这一年', False, value='2025', resolved='2025')
s(P, '中国', False, ctx='中国人民抗日战争')  # inside the war's name (round 10: optional)
F('80周年', 80, '周年', '', req=False)  # an anniversary (guide: optional)
# 设立台湾光复纪念日: 台湾 at the start of a commemoration day's name (undecided: round 10
# requires the SAR glued to 回归, round 4 makes a place at the start of an event name optional).
s(DT, '台湾光复纪念日', False, value='--10-25')
s(P, '台湾', False)
s(SL, '铭记历史、缅怀先烈、珍爱和平、开创未来', False, kind='formula', quoted=False)  # undecided
s(SL, '中华民族伟大复兴', False, kind='formula', quoted=False)  # a goal designation (round 2)
s(SL, '高质量发展', False, kind='term', quoted=False)  # round 2: optional at every occurrence
s(SL, '追星', False, kind='term', quoted=True)  # a quoted coinage
s(P, '雅下', False)  # an abbreviation at the start of a project name (rounds 2-3)
s(SL, '功夫模式', False, kind='term', quoted=True)
s(SL, '新质生产力', kind='formula', quoted=False)  # round 1: required
s(PE, '悟空', False)  # fictional characters (undecided; round 10: 悟空 in “悟空热” optional)
s(PE, '哪吒', False)
s(SL, '顶流审美', False, kind='term', quoted=True)
s(SL, '城超', False, kind='term', quoted=True)  # quoted event brands (round 3: “村BA”)
s(SL, '村超', False, kind='term', quoted=True)
s(P, '西藏')
s(P, '新疆')
s(P, '雪域高原', False)  # a poetic name of Tibet (like 三晋, 九州)
s(P, '天山南北', False)  # a poetic name of Xinjiang (like 白山黑水)
s(P, '天山', False)
s(DT, '过去一年', False, value='2025', resolved='2025')
F('一年', 1, '年', '', req=False, ctx='过去一年')
F('300元', 300, '元', '育儿家庭每月（多了的）补贴')
s(P, '中国', ctx='中国这个')
s(DEP, '上合组织', False, canonical='上海合作组织', kind='international organisation')  # round 6: optional
s(P, '天津', False)  # a place inside an event name (rounds 4 and 8)
s(P, '海南自贸港', False)  # a zone: optional as PLACE and DEPARTMENT, with the place inside (round 3)
s(DEP, '海南自贸港', False, kind='zone')
s(P, '海南', False)
F('一轮', 1, '轮', '国家自主贡献', req=False)
s(SL, '三大倡议', kind='formula', quoted=True)  # a quoted numbered formula (round 2); no FIGURE
s(SL, '全球治理倡议', kind='formula', quoted=False)  # the fixed name of an initiative (round 1: 全球发展倡议)
s(P, '中国', ctx='中国始终')
s(SL, '人类命运共同体', kind='formula', quoted=False)
s(P, '粤港澳', False)  # joined one-character abbreviations (round 2)
F('三地', 3, '地', '粤港澳', req=False)  # a count after a closed list (round 2)
s(SL, '一国两制', kind='formula', quoted=True)
s(P, '港澳', False)
s(P, '两岸', False)  # round 10: optional (undecided)
# 深入贯彻中央八项规定精神学习教育: the campaign name optional, its formula required (rounds 3-5)
s(SL, '深入贯彻中央八项规定精神学习教育', False, kind='campaign', quoted=False)
s(SL, '中央八项规定精神', kind='formula', quoted=False)
s(SL, '中央八项规定', False, kind='formula', quoted=False)
s(DEP, '中央', False, ctx='中央八项规定精神', level='central', kind='party')
s(SL, '从严管党治党', False, kind='formula', quoted=False)  # a variant of 全面从严治党 (undecided)
s(SL, '自我革命', False, kind='term', quoted=False)  # round 2: 党的自我革命 optional
s(SL, '初心使命', False, kind='term', quoted=False)
s(SL, '持之以恒、久久为功', False, kind='term', quoted=False)
# 延安“窑洞之问”: the quoted name of the 1945 question on the historical cycle (undecided:
# a formula of Party building, or the quoted name of a historical dialogue); 延安 before it,
# like 延安 in 延安时期, optional (undecided).
s(P, '延安', False)
s(SL, '窑洞之问', False, kind='formula', quoted=True)
s(DT, '2026年', value='2026')
period('十五五', '2026/2030')
s(SL, '高质量发展', False, kind='term', quoted=False)
s(SL, '全面深化改革开放', False, kind='term', quoted=False)
s(SL, '全体人民共同富裕', False, kind='term', quoted=False)
s(SL, '共同富裕', False, kind='term', quoted=False)  # round 7: optional
s(P, '中国', ctx='中国奇迹')  # the country (round 3: 中国道路, 中国精神)
s(DT, '新年', False, ctx='新年的旭日', **NEWYEAR)
s(P, '神州', False)  # a historical name of China (round 7: 九州)

if __name__ == '__main__':
    A.write()
