from _ann import CC, DEP, DT, PE, SL, Ann, P

# Xi Jinping at the New Year tea party of the CPPCC National Committee, 31 Dec 2025
# (news.cn text, paragraphs separated by `　　`, no line breaks): the whole text (1,230
# characters, shorter than the usual range), annotated as traditional script (OpenCC s2t):
# the dateline and heading (北京12月31日, 2025年12月31日), the photo caption (全国政协, 北京,
# the leader's three titles, the photo credit 燕雁), the greetings on behalf of 中共中央,
# 国务院 and 中央军委 (民主党派, 工商联, 香港 / 澳门 / 台湾同胞), the review of 2025 (5%左右,
# 140万亿元左右, 新质生产力, 中共二十届四中全会, “十五五”, 中央八项规定精神, the 80th anniversary,
# 台湾光复纪念日, 西藏自治区 / 新疆维吾尔自治区 anniversaries, 粤港澳 games, 全球治理倡议,
# “十四五”), 人民政协's work, the tasks for 2026 (新发展理念, 新发展格局, 稳中求进工作总基调)
# and the closing appeal.
A = Ann('xinhua-001', 0, 1230, script='traditional')
s = A.s
F = A.figure
U, Q = A.unquoted, A.quoted
MEDIA = {'kind': 'media'}
SC = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
CPPCC = {'level': 'central', 'kind': 'cppcc', 'canonical': '中国人民政治协商会议全国委员会'}
ZX = {'level': 'central', 'kind': 'cppcc', 'canonical': '中国人民政治协商会议'}
DAY = {'value': '--12-31', 'resolved': '2025-12-31'}
NEWYEAR = {'value': '--01-01', 'resolved': '2026-01-01'}


def period(ctx, v):
    """“十四五” / “十五五”: optional as DATE and as SLOGAN kind period (rounds 1, 6, 12)."""
    x = ctx[1:4]
    sp = s(DT, x, False, ctx=ctx, value=v)
    s(SL, x, False, at=sp['start'], kind='period', quoted=True)


# The dateline and heading
s(DEP, '新华社', False, **MEDIA)
s(P, '北京')
s(DT, '12月31日', **DAY)
s(DEP, '全国政协', False, **CPPCC)  # inside the speech's title (round 4)
s(DT, '新年', False, **NEWYEAR)  # a festival name inside an event name (round 12: optional)
s(DT, '2025年12月31日', value='2025-12-31')
s(PE, '习近平')
# The photo caption
s(DT, '12月31日', **DAY)
s(DEP, '全国政协', **CPPCC)  # the body that holds the tea party
s(P, '北京')
s(DT, '新年', False, **NEWYEAR)
A.leader()
s(DEP, '新华社', False, ctx='新华社记者', **MEDIA)
s(PE, '燕雁')  # photo credit (round 1: required)
s(DT, '新的一年', False, resolved='2026')  # relative (round 1)
# 我代表中共中央、国务院和中央军委 …
s(DEP, '中共中央', ctx='我代表中共中央', **CC)
s(DEP, '国务院', **SC)
s(DEP, '中央军委', ctx='和中央军委', level='central', kind='state', canonical='中央军事委员会')
s(DEP, '民主党派', False)  # generic (round 3)
s(DEP, '工商联', level='central', kind='mass organisation', canonical='中华全国工商业联合会')  # gwr-033
s(P, '香港', ctx='香港同胞')  # like 台湾 in 台湾同胞 (round 8): the full name of the region
s(P, '澳门', ctx='澳门同胞')
s(P, '台湾', ctx='台湾同胞')
s(P, '中国', ctx='中国现代化建设')  # the country
# The review of 2025
s(DT, '2025年', value='2025')
F('5%左右', 5, '%', '我国经济增速（2025年预计）', ap='about')  # 预计达到 outside
F('5%', 5, '%', '我国经济增速（2025年预计）', ap='exact|about', req=False)
F('140万亿元左右', 140e12, '元', '我国经济总量（2025年预计）', ap='about')
F('140万亿元', 140e12, '元', '我国经济总量（2025年预计）', ap='exact|about', req=False)
U('新质生产力')  # round 1
U('改革开放', 'term', req=False)  # rounds 2-6
s(DT, '一年来', False, value='2025', resolved='2025')
s(DT, '中共二十届四中全会', False)  # a plenary session (round 2)
s(DEP, '中共', False, kind='party')
s(DT, '二十届四中全会', False)
period('“十五五”规划建议', '2026/2030')
U('深入贯彻中央八项规定精神学习教育', 'campaign', req=False)  # rounds 4, 12
U('中央八项规定精神')
U('中央八项规定', req=False)
s(DEP, '中央', False, ctx='中央八项规定精神', level='central', kind='party')
U('驰而不息正风肃纪反腐', 'term', req=False)  # policy wording (undecided)
s(DT, '中国人民抗日战争暨世界反法西斯战争', False)  # events (round 10)
s(P, '中国', False, ctx='中国人民抗日战争')  # inside the war's name (round 10)
s(DT, '中国人民抗日战争', False)
F('80周年', 80, '周年', '', req=False)  # an anniversary (guide)
s(DT, '台湾光复纪念日', False, value='--10-25')  # round 12
s(P, '台湾', False, ctx='台湾光复纪念日')
U('铭记历史、缅怀先烈、珍爱和平、开创未来', req=False)  # round 12
s(P, '西藏自治区')  # the region by its full name
s(P, '西藏', False)
F('60周年', 60, '周年', '', req=False)
s(P, '新疆维吾尔自治区')
s(P, '新疆', False)
F('70周年', 70, '周年', '', req=False)
U('中华民族共同体建设', req=False)  # prov2026-013
U('中华民族共同体', req=False)  # round 10
s(P, '粤港澳', False)  # joined abbreviations (round 2)
F('三地', 3, '地', '粤港澳', req=False)  # a count after a closed list (round 12)
s(P, '港澳', False, ctx='支持港澳')
U('全球治理倡议')  # round 12
# 历经5年的艰苦奋斗，“十四五”圆满收官。
F('5年', 5, '年', '', req=False)  # a duration
period('“十四五”圆满', '2021/2025')
U('中国式现代化', ctx='中国式现代化迈出')  # the subject (round 5)
s(P, '中国', False, ctx='中国式现代化迈出')
U('强国建设、实现民族复兴', 'term', req=False)  # undecided: the goal pair with 实现 inside
U('民族复兴', 'term', req=False)
# 人民政协 …
s(DT, '一年来', False, ctx='一年来，人民政协', value='2025', resolved='2025')
s(DEP, '人民政协', ctx='一年来，人民政协', **ZX)  # round 3
s(DEP, '中共中央', ctx='贯彻落实中共中央', **CC)
U('全面深化改革', 'term', req=False)
U('高质量发展', 'term', req=False)  # round 2: optional everywhere
# 2026年是“十五五”开局之年 …
s(DT, '2026年', value='2026')
period('“十五五”开局', '2026/2030')
s(DEP, '中共中央', ctx='中共中央已经', **CC)
s(DT, '全年', False, value='2026', resolved='2026')
U('新发展理念')
U('新发展格局')
U('高质量发展', 'term', req=False, ctx='推动高质量发展，坚持')
U('稳中求进工作总基调')  # round 1: the canonical long form required
U('稳中求进', req=False)
U('质的有效提升和量的合理增长', req=False)  # a standard wording, optional (prov2026-009, prov2026-013)
period('“十五五”良好', '2026/2030')
s(DEP, '人民政协', ctx='人民政协要', **ZX)
period('“十五五”规划制定', '2026/2030')
U('中国式现代化', ctx='推进中国式现代化广泛')  # the object of 推进 (round 5)
s(P, '中国', False)
U('中国式现代化', req=False, ctx='中国式现代化建设新局面')  # the modifier of a noun (round 5)
s(P, '中国', False, ctx='中国式现代化建设新局面')

if __name__ == '__main__':
    A.write()
