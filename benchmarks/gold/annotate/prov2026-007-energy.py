from _ann import DEP, Ann, P

# Round 34 (annotator r34d, blind). 2026 government work report of Ningxia (prov2026-007),
# range [15150, 17347) of the window [15149, 19439): "三、2026年重点工作", task (一) point 五
# (energy: 能源强区战略, “煤油气硅” / “风光水火” / “制储输用”, 千万吨, 青石峁, 石嘴山矿区,
# 22亿方, 正义关, 1.1亿千瓦, 65%, 南网 720兆瓦, 大唐, 750千伏和330千伏 16个, “以绿制绿”),
# task (二) reform and opening (“六权”, “四水四定”, “五篇大文章”, “高效办成一件事/一类事”
# 70%以上, “11228”, 中国（宁夏）, 西部陆海新通道, 宝中 / 包兰 / 银巴 railways, 河东机场,
# 央地, 港澳台, 欧美日韩, 中亚, 东南亚, 30家左右, 3%以上, “两个毫不动摇”, “法治是最好的营商环境”,
# “内卷式”, 宁夏) and the opening of task (三) ecology up to the end of 一是
# (“生态环境保护治理攻坚年” 九项行动, “依法保护·依法治理”, 黄河流域, 中央生态环境保护督察,
# “四源同治” / “九水共治” / “六废联治”, “黑名单”). Simplified.
A = Ann('prov2026-007', 15150, 17347)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI = 100000000
WAN = 10000
MT = 'more_than|at_least'
ENT = {'kind': 'enterprise'}


def gzl(ctx):
    """高质量发展: a policy phrase, optional at every occurrence (round 2)."""
    U('高质量发展', 'term', req=False, ctx=ctx)


def three_years(name):
    """An unquoted “…三年行动”: optional campaign name, 三年 inside an optional duration (round 1)."""
    sp = U(name, 'campaign', req=False)
    F('三年', 3, '年', name.replace('三年', ''), req=False, ctx=name)
    A.cur = sp['start']


# 五是坚定实施能源强区战略，…
U('能源强区战略', req=False)                        # undecided: a provincial strategy, like 产业兴区战略 (prov2026-007-tasks)
# 能源强区计划: a plan, none
three_years('能源绿色低碳转型三年行动')
Q('煤油气硅', 'term', req=False)                   # a quoted coded set of resources, like “制储输用” (round 2: optional term)
# 多元利用工程: none
F('千万吨', 1000 * WAN, '吨', '新增产能')            # a number without digits (guide: 千亿元)
s(P, '青石峁', False)                               # a place before a gas project: optional (README rounds 2-3; 大吉 in 大吉煤层气田)
s(P, '石嘴山矿区', False)                           # a mining area named by its city: optional whole
s(P, '石嘴山', False, ctx='石嘴山矿区')             # a place before a mining area: optional (README rounds 2-3: places before mines)
F('22亿方', 22 * YI, '方', '天然气产能', 'exact|more_than')   # 达到 outside (guide); 方 like 2000多亿方 (earlier gold)
s(P, '正义关', False)                               # a place before a mine: optional (README rounds 2-3)
s(P, '正义关硅矿', False)                           # the mine: a site, optional
Q('风光水火', 'term', req=False)                   # as “煤油气硅”
# 多能互补工程: none
F('1.1亿千瓦', 110000000, '千瓦', '电力总装机', 'exact|more_than')   # 达到 outside
F('65%', 65, '%', '新能源装机规模占比', 'exact|more_than')          # 突破 outside (guide)
Q('制储输用', 'term', req=False)                   # round 2: a quoted technical coinage, optional
s(DEP, '南网', False, **ENT)                        # an enterprise (China Southern Power Grid): optional (guide)
F('720兆瓦', 720, '兆瓦', '南网储能电站')            # the capacity of one named station: required
s(DEP, '大唐', False, **ENT)                        # an enterprise (earlier gold: 大唐 optional)
# 翻番: not a figure (like 翻一番, earlier gold)
s('FIGURE', '750千伏', False, value=750, approx='exact', unit='千伏', subject='电网工程')   # a voltage class (earlier gold): optional
s('FIGURE', '330千伏', False, value=330, approx='exact', unit='千伏', subject='电网工程')
F('16个', 16, '个', '新建750千伏和330千伏电网工程')   # the count: required (earlier gold: 22个)
Q('以绿制绿', 'formula')                           # a quoted policy formula: required (guide: quoted formulas)

# （二）着力完善市场经济体制，在全面深化改革开放上开新局。 (以改革促发展、以开放促合作: none)
# 一是全面增强改革创造力。
gzl('健全高质量发展体制机制')
U('全国统一大市场', 'term', req=False)             # Conventions decided here: optional
# 开发区: generic, none
Q('六权')                                          # a quoted numbered formula (guide: 两个维护); no FIGURE
Q('四水四定')                                      # as in this article's earlier gold
U('国资监管能力提升年行动', 'campaign', req=False)   # an unquoted action name: optional (earlier gold)
Q('五篇大文章')                                    # quoted numbered formula (earlier gold); no FIGURE
# 第二轮: an ordinal; 整省试点: none
Q('高效办成一件事', 'campaign')                    # quoted programme name (earlier gold); no FIGURE
Q('高效办成一类事', 'campaign')                    # its quoted variant: required likewise
F('70%以上', 70, '%', '掌上可办覆盖度', MT)          # 以上 inside (Conventions decided here), 达到 outside
# 零基预算, 公立医院, 住房公积金: none

# 二是全面增强开放竞争力。
sp = U('高水平对外开放', 'term', req=False)         # policy phrases (round 11)
U('对外开放', 'term', req=False, at=sp['start'] + 3)
# 开放型经济, 开放型省区: none (earlier gold)
Q('11228')                                         # a coded formula naming a system (earlier gold of this article)
s(P, '中国', False, ctx='中国（宁夏）')             # places at the start of a platform's name: optional (guide)
s(P, '宁夏', False, ctx='（宁夏）')
# 国际葡萄酒文化旅游博览会, 世界葡萄酒大会: events, no label (round 11, expos)
U('西部陆海新通道', 'campaign', req=False)          # round 10: optional
s(P, '西部', False, ctx='西部陆海新通道')           # inside it: optional (README)
s(P, '宝中', False, ctx='宝中铁路')                 # joined abbreviations in railway names (earlier gold)
s(P, '包兰', False, ctx='包兰铁路')
s(P, '银巴', False, ctx='银巴铁路')
s(P, '河东', False, ctx='河东机场')                 # the airport's own name, not a city: optional (README: 武宿机场 and 武宿)
s(P, '河东机场', False)                             # an airport: a venue, optional
s(P, '西部', False, ctx='辐射西部')                 # a region without fixed boundary (round 2: 东西部 optional)
# 全国, 全球: not places
s(DEP, '央地', False)                               # like 兵地 (earlier gold: optional)
s(P, '东西部', False)                               # round 2: optional
s(P, '港澳台', False)                               # joined abbreviations (round 2)
s(P, '欧美', False)                                 # joined one-character abbreviations (earlier gold)
s(P, '日', False, ctx='欧美日韩')                   # one-character abbreviations used alone (guide)
s(P, '韩', False, ctx='日韩等')
s(P, '中亚', False)                                 # regions without fixed boundary (round 8 / 12)
s(P, '东南亚', False)
F('30家左右', 30, '家', '新增外资外贸企业', 'about')   # 左右 inside (guide)
F('3%以上', 3, '%', '进出口总额增长', MT)

# 三是全面增强环境吸引力。
Q('两个毫不动摇')                                  # quoted numbered formula (earlier gold)
U('营商环境提升行动', 'campaign', req=False)        # an unquoted action name: optional
three_years('优质企业培育三年行动')
# 企业家精神: none
Q('法治是最好的营商环境', 'directive')              # a quoted principle (…理念): required (guide: directive)
# 自治区民营经济促进条例: the title of a regulation, none
Q('内卷式', 'term', req=False)                      # a quoted coinage (earlier gold)
s(P, '宁夏', ctx='让企业在宁夏')                    # the province itself

# （三）着力加强生态保护治理，在全面促进绿色低碳发展上开新局。
Q('生态环境保护治理攻坚年', 'campaign')            # a quoted campaign (earlier gold: “稳增长促发展攻坚年”)
F('九项', 9, '项', '“生态环境保护治理攻坚年”行动')   # a count of actions, outside the quote: required
Q('依法保护·依法治理', 'campaign')                 # the quoted theme of an activity (guide: 喜迎二十大、奋进共富路)
# 第四届: an ordinal
s(P, '黄河流域', False)                             # a place inside an event's name: optional (rounds 4, 8)
sp = U('中央生态环境保护督察', 'campaign', req=False)   # an inspection (earlier gold: 中央生态环保督察 optional)
s(DEP, '中央', False, at=sp['start'], level='central')   # 中央 alone (round 1)
# 先行区: none

# 一是深入系统打好蓝天碧水净土保卫战。 (the 保卫战 and the …行动: unnamed, none)
Q('四源同治')                                      # quoted numbered formulas (guide; like “四水四定”)
Q('九水共治')
Q('六废联治')
Q('黑名单', 'term', req=False)                      # undecided: a quoted common noun, scare-quoted (round 34)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
