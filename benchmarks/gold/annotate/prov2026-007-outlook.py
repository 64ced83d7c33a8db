from _ann import DEP, DT, PE, SL, Ann, P

# Round 31 (annotator r31d, blind). 2026 government work report of Ningxia (prov2026-007),
# range [10618, 13014) of the window [9386, 13014): the ten tasks of the “十五五” period
# from 三是 to 十是 (10%左右, 新质生产力, “一带一路”, “11228”, “一河三山”, 黄河干流宁夏段,
# 黄河“几字弯”, “四水四定”, 贺兰山 / 六盘山国家公园, 美丽宁夏, “一带三区”,
# “一主一带（群）一副一极”, 宁东“二次创业”, 71%以上, the project list with 黑山峡 / 银太 /
# “三北” / “一干两支” / “五大抽水蓄能” / “六个现代化灌区” / 毛乌素沙地, 总体国家安全观,
# “1351”, 长城、长征、黄河国家文化公园, 社会主义核心价值观, “八项民生工程”, 11.7年), the
# heading “三、2026年重点工作” (2026年 ×2, 中国共产党 105周年, “十五五”), the guiding
# paragraph (the thought, 习近平总书记考察宁夏, 党的二十大, 二十届历次全会, 中央经济工作会议,
# 自治区党委, 新发展理念 / 格局, 稳中求进工作总基调, 铸牢中华民族共同体意识, 先行区,
# “四稳”, “五大战略”, “五个新突破”, “六个开新局”) and the targets for 2026 (左右 / 以上,
# a 分别 list) to the end of the window. Simplified, as in the source.
A = Ann('prov2026-007', 10618, 13014)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
MT = 'more_than|at_least'


def opt(t, v, u, subj='', ctx=None, ap='exact'):
    """An optional FIGURE (durations, anniversaries, the number inside N以上)."""
    return A.figure(t, v, u, subj, ap=ap, req=False, ctx=ctx)


def pl(t, ctx=None):
    """A place at the start of a project / park name: optional (round 25; prov2026-007-fiveyears.py)."""
    s(P, t, False, ctx=ctx)


def gzl(ctx):
    """高质量发展: optional at every occurrence (round 2)."""
    U('高质量发展', 'term', req=False, ctx=ctx)


def plan15(ctx):
    """“十五五”: optional as DATE and as SLOGAN kind period (Conventions decided here)."""
    sp = s(DT, '十五五', False, ctx=ctx, value='2026/2030')
    s(SL, '十五五', False, at=sp['start'], kind='period', quoted=True)


def over(t, v, subj, ctx=None):
    """N%以上: 以上 inside (Conventions decided here), the bare number optional (prov2026-007-fiveyears.py)."""
    sp = F(t, v, '%', subj, MT, ctx=ctx)
    opt(t.replace('以上', ''), v, '%', subj, at_ctx(sp), ap='exact|at_least')


def at_ctx(sp):
    A.cur = sp['start']
    return sp['text']


# 三是科技创新能力显著提升 … 教育强区、科技强区、人才强区 (no span, as 教育强区 in this article's gold)
s(P, '宁夏', ctx='引擎强劲的现代化宁夏')                     # the region itself (like 现代化新疆, prov2026-013; slip fixed after the first measurement)
F('10%左右', 10, '%', '全社会研发经费投入年均增长', 'about')   # 左右 inside (guide)
U('新质生产力')                                            # fixed name (Conventions decided here)

# 四是改革开放动能显著提升 …
s(P, '宁夏', ctx='活力充沛的现代化宁夏')                     # the region itself (like 现代化新疆, prov2026-013; slip fixed after the first measurement)
U('全国统一大市场', req=False)                              # a policy phrase (Conventions decided here)
Q('一带一路')                                              # quoted formula, required (round 8)
s(P, '内陆开放型经济试验区', False); s(DEP, '内陆开放型经济试验区', False, kind='zone')   # a zone (round 3: optional)
Q('11228')                                                 # a coded formula naming a system (like “1351”, this article)

# 五是生态环境质量显著提升 …
s(P, '宁夏', ctx='山川秀美的现代化宁夏')                     # the region itself (like 现代化新疆, prov2026-013; slip fixed after the first measurement)
sp = U('山水林田湖草沙一体化保护和系统治理', req=False)       # r29a: optional
U('山水林田湖草沙', req=False, at=sp['start'])               # round 12: optional
U('蓝天、碧水、净土保卫战', 'campaign', req=False)          # undecided: unquoted campaign wording (earlier gold)
Q('一河三山')                                              # as in this article's earlier gold
s(P, '黄河', ctx='黄河干流宁夏段')                         # the river itself (prov2026-007-fiveyears.py)
s(P, '宁夏', ctx='宁夏段水质')
# Ⅱ类: a class, none
s(P, '黄河', False, ctx='黄河“几字弯”')                     # at the start of a campaign's name (earlier gold)
Q('几字弯', 'term', req=False)                              # the bend's quoted name inside a campaign name (earlier gold)
Q('四水四定')                                              # as in this article's earlier gold
U('碳达峰', req=False)                                     # a policy phrase (earlier gold)
pl('贺兰山', ctx='贺兰山、六盘山国家公园')                  # 贺兰山[国家公园], elided: at the start of a park's name (undecided)
pl('六盘山', ctx='六盘山国家公园')
s(P, '六盘山国家公园', False)                               # a park (venues optional, guide)
U('美丽宁夏', req=False)                                   # earlier gold: optional
s(P, '宁夏', False, ctx='美丽宁夏')                         # inside it (like 中国 in 美丽中国)
s(P, '塞上江南', False)                                    # a literary name of the region (undecided: optional)

# 六是城乡融合成效显著提升 …
s(P, '宁夏', ctx='区域协调的现代化宁夏')                     # the region itself (like 现代化新疆, prov2026-013; slip fixed after the first measurement)
Q('一带三区')                                              # quoted coded layout formulas: required (round 2)
Q('一主一带（群）一副一极')
pl('宁东', ctx='宁东“二次创业”')                            # optional, like 宁东 in 宁东基地 (README)
Q('二次创业', 'campaign', req=False)                        # undecided: a quoted coinage or a campaign name
over('71%以上', 71, '城镇化率')
gzl('区域联动的高质量发展')                                 # slip fixed after the first measurement (round 2)
# 山川共济、城乡融合、区域联动: none

# 七是基础设施保障显著提升 …
s(P, '宁夏', ctx='支撑有力的现代化宁夏')                     # the region itself (like 现代化新疆, prov2026-013; slip fixed after the first measurement)
pl('黄河', ctx='黄河黑山峡'); pl('黑山峡')                    # at the start of a project's name
pl('银太')                                                 # joined abbreviation in a railway's name (fiveyears: 银昆)
pl('贺兰山', ctx='贺兰山生态保护绿色发展工程')
Q('三北', 'term', req=False)                               # README round 10 (undecided): optional, kind term
# 六期: an ordinal, none
pl('宁夏', ctx='宁夏建设工程')
Q('一干两支')                                              # quoted coded names: required (round 2)
Q('五大抽水蓄能', 'campaign')
Q('六个现代化灌区', 'campaign')
pl('宁夏', ctx='宁夏算力枢纽')
pl('毛乌素沙地')                                           # at the start of a project's name
s(P, '毛乌素', False, ctx='毛乌素沙地风电')                  # earlier gold: optional

# 八是总体安全水平显著提升 …
s(P, '宁夏', ctx='平安和谐的现代化宁夏')                     # the region itself (like 现代化新疆, prov2026-013; slip fixed after the first measurement)
U('总体国家安全观')                                        # round 6
U('统筹发展和安全', req=False, ctx='有力有效统筹发展和安全')   # a policy phrase, optional (round 6; slip fixed after the first measurement)
U('新安全格局', req=False)                                 # undecided: a policy phrase
Q('1351')                                                  # a coded formula naming a system (this article)

# 九是社会文明程度显著提升 …
s(P, '宁夏', ctx='文化繁荣的现代化宁夏')                     # the region itself (like 现代化新疆, prov2026-013; slip fixed after the first measurement)
U('文化强区战略', req=False)                                # undecided: a provincial strategy (文化强省 optional, prov2026-009)
pl('长城', ctx='长城、长征')                                 # 长城[国家文化公园], elided (undecided)
pl('黄河', ctx='黄河国家文化公园')                           # at the start of a park's name
s(P, '黄河国家文化公园', False)                              # a park (venues optional)
U('社会主义核心价值观')                                     # required unquoted (round 13)

# 十是人民生活品质显著提升 …
s(P, '宁夏', ctx='共同富裕的现代化宁夏')                     # the region itself (like 现代化新疆, prov2026-013; slip fixed after the first measurement)
Q('八项民生工程', 'campaign')                               # as in this article's earlier gold
opt('五年', 5, '年', ctx='增收五年计划')                     # a duration inside a plan's name (Conventions decided here)
F('11.7年', 11.7, '年', '人均受教育年限')                    # README round 5: years of schooling required, unit 年

# 三、2026年重点工作
A.date('2026年', '2026', ctx='三、2026年重点')              # the heading's year
A.date('2026年', '2026', ctx='2026年是中国共产党')
s(DEP, '中国共产党', False, kind='party')
s(P, '中国', False, ctx='中国共产党')                        # inside the Party's name (guide; slip fixed after the first measurement)                   # the Party as a whole (guide: optional)
opt('105周年', 105, '周年', '中国共产党成立')                # anniversaries: optional (guide)
plan15('“十五五”规划实施')
# 第一年: an ordinal, none

# 政府工作总体要求是：…
U('习近平新时代中国特色社会主义思想')
s(PE, '习近平', False, ctx='习近平新时代')
s(P, '中国', False, ctx='习近平新时代中国')                 # inside the thought's name (guide; slip fixed after the first measurement)                   # a name inside a thought's name (guide)
s(PE, '习近平', ctx='习近平总书记考察', title='总书记')
s(P, '宁夏', ctx='考察宁夏')                                # like 视察天津 (prov2026-006-tasks.py)
s(DEP, '党的二十大', False, kind='party'); s(DT, '党的二十大', False); s(DT, '二十大', False, ctx='党的二十大')  # round 14
s(DT, '二十届历次全会', False)                              # README round 1: optional
s(DEP, '中央', False, ctx='中央经济工作会议', level='central', kind='party')   # the meeting none; 中央 optional (round 17)
s(DEP, '自治区党委', level='province', kind='party', canonical='中共宁夏回族自治区委员会')   # Conventions decided here
U('新发展理念')
U('新发展格局')
sp = U('稳中求进工作总基调')
U('稳中求进', req=False, at=sp['start'])                      # the core optional (Conventions decided here)
gzl('推动高质量发展')
sp = U('铸牢中华民族共同体意识')                             # the long form required (Conventions decided here)
U('中华民族共同体意识', req=False, at=sp['start'] + 2)
sp = U('黄河流域生态保护和高质量发展先行区', req=False)        # a designation of the region: undecided (prov2026-007-livelihood.py)
U('黄河流域生态保护和高质量发展', req=False, at=sp['start'])
s(P, '黄河', False, at=sp['start'])
s(P, '黄河流域', False, at=sp['start'])
gzl('生态保护和高质量发展先行区')
U('统筹发展和安全', req=False, ctx='更好统筹发展和安全')    # optional (round 6; slip fixed after the first measurement)
Q('四稳')                                                  # quoted numbered formulas; no FIGURE inside
Q('五大战略')
Q('五个新突破')
Q('六个开新局')
plan15('完成“十五五”规划')

# 经济主要预期目标是：…
F('5%左右', 5, '%', '地区生产总值增长', 'about', ctx='地区生产总值增长5%左右')
F('5%左右', 5, '%', '一产增加值增长', 'about', ctx='分别增长5%左右')     # 分别 list: one span each (guide)
over('5%以上', 5, '二产增加值增长', ctx='、5%以上、')
F('5%左右', 5, '%', '三产增加值增长', 'about', ctx='、5%左右。')
F('6%左右', 6, '%', '规模以上工业增加值增长', 'about')         # 规模以上: a class, none
F('5%左右', 5, '%', '固定资产投资增长', 'about', ctx='固定资产投资增长5%左右')
F('3%左右', 3, '%', '社会消费品零售总额增长', 'about')
F('3%左右', 3, '%', '地方一般公共预算收入增长', 'about', ctx='收入增长3%左右')
over('5%以上', 5, '全体居民人均可支配收入增长', ctx='可支配收入增长5%以上')
F('5.5%左右', 5.5, '%', '城镇调查失业率', 'about')
F('2%左右', 2, '%', '居民消费价格涨幅', 'about')

# 确定上述目标 …
opt('五年', 5, '年', ctx='五年规划等')
U('质的有效提升和量的合理增长', req=False)                   # optional (Shanxi, round 17; slip fixed after the first measurement)                        # 五年规划: a duration in a plan's name (optional)
s(P, '宁夏', ctx='体现宁夏')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
