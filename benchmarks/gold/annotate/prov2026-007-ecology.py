from _ann import DEP, DT, Ann, P

# Round 39 (annotator r39c, blind): 2026 government work report of Ningxia
# (prov2026-007), range [17347, 19439) = the whole window: task (三) points 二 and 三
# (黄河“几字弯”攻坚战 85%以上, “三北”, 宁夏, 毛乌素, 宁夏南部, 中国-中亚荒漠化防治中心,
# “四个中心、六个基地”, 30%以上, 3年内; 碳达峰碳中和, “十五五”, “两高”), task (四) regional
# and urban-rural development (“一张图” / “一盘棋” / “一体化”, “六大提升”, 69.5%以上,
# “四类管线” 2000公里以上, 五市, 76亿斤以上, 70万亩, 青铜峡 / 沙坡头 / 红寺堡, 第四次全国农业普查,
# 闽宁协作, “千万工程”, 四类村庄, 300个) and task (五) security (总体国家安全观, 安全生产治本攻坚三年行动,
# “一件事”, “三圈三网”, “枫桥经验”, 工会 / 共青团 / 妇联, 宁夏革命军事馆, 建军百年, 宁夏).
# Simplified. No calendar date.
A = Ann('prov2026-007', 17347, 19439)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI = 100000000
WAN = 10000
MT = 'more_than|at_least'
REG = {'level': 'province', 'kind': 'mass organisation'}


def three_years(name):
    """An unquoted “…三年行动”: optional campaign name, 三年 inside an optional duration (README)."""
    sp = U(name, 'campaign', req=False)
    F('三年', 3, '年', name.replace('三年', ''), req=False, ctx=name)
    A.cur = sp['start']


# 二是持续加力打好黄河“几字弯”攻坚战。
s(P, '黄河', False, ctx='黄河“几字弯”')                     # at the start of a campaign's name (round 12)
Q('几字弯', 'term', req=False)                              # the bend's quoted nickname (round 12: optional term)
Q('三北', 'term', req=False)                                # “三北”工程: undecided since round 11 (round 16 list)
s(P, '宁夏', ctx='赋予宁夏')                                  # the province itself
s(P, '毛乌素', ctx='毛乌素沙化土地')                          # the sandland treated, like 科尔沁沙地 (round 17)
s(P, '毛乌素沙化土地', False)                                # the place described, not its fixed name (undecided)
s(P, '宁夏南部', False)                                      # a part of the region (undecided: optional whole)
s(P, '宁夏', ctx='宁夏南部')                                  # the province whose part is meant
s(P, '黄河', False, ctx='黄河“几字弯”攻坚战完成')
Q('几字弯', 'term', req=False, ctx='“几字弯”攻坚战完成')
F('85%以上', 85, '%', '黄河“几字弯”攻坚战完成规划任务', MT)     # 以上 inside (README)
s(DEP, '中国-中亚荒漠化防治中心', False, kind='institute')     # an international centre (round 8: 中国—中亚减贫合作中心 optional)
s(P, '中国', False, ctx='中国-中亚')                           # at the start of its name (guide)
s(P, '中亚', False, ctx='中亚荒漠化')                          # a region without fixed boundary (round 8 / 12); inside a name
Q('四个中心、六个基地')                                       # quoted numbered formula (guide); no FIGURE
U('草原湿地系统保护修复行动', 'campaign', req=False)           # unquoted action names: optional (round 13)
# 三维体系: a term, none
U('河湖生态保护修复行动', 'campaign', req=False)
F('30%以上', 30, '%', '美丽河湖建成率', MT)                     # 达到 outside (guide)
U('矿山生态修复治理行动', 'campaign', req=False)
s(DT, '3年内', False, value='2026/2028', resolved='2026/2028')  # relative time (README: 今后三年内)
F('3年', 3, '年', '全部废弃矿山复绿焕新', req=False)          # duration (guide)

# 三是积极稳妥打好碳达峰碳中和整体战。
U('碳达峰碳中和', req=False)                                  # a policy phrase (earlier gold, round 4: 碳达峰)
U('碳达峰', req=False, ctx='碳达峰碳中和')                     # optional (round 4), also nested
U('碳中和', req=False, ctx='碳中和整体战')                     # like 碳达峰 (round 16 list)
sp = s(DT, '十五五', False, value='2026/2030')                 # five-year-plan period: optional (README)
s('SLOGAN', '十五五', False, at=sp['start'], kind='period', quoted=True)
U('碳达峰', req=False, ctx='碳达峰实施方案')                   # optional (round 4)
Q('两高', 'term', req=False)                                  # “两高”项目: a quoted class of industries (earlier gold, undecided)

# （四）着力加快区域协调发展，… 一是提升区域发展一体化水平。
Q('一张图', 'term', req=False)                                # undecided: a quoted metaphor of one triplet (see note)
Q('一盘棋', 'term', req=False)
Q('一体化', 'term', req=False)
# 革命老区, 老工业基地, 农垦场区: generic, none

# 二是提升城乡发展融合化水平。
U('新型城镇化', req=False, ctx='加快推进新型城镇化')            # optional (round 16)
U('以人为本的新型城镇化战略五年行动计划', 'campaign', req=False)  # an unquoted plan name (round 13)
U('以人为本', req=False, ctx='以人为本的新型')                  # inside a plan's name (guide: nesting); optional like gwr-033-tasks.py
U('新型城镇化战略', req=False)                                 # 新型城镇化(战略): optional (round 16)
U('新型城镇化', req=False, ctx='新型城镇化战略五年')
F('五年', 5, '年', '新型城镇化战略行动计划', req=False)        # duration inside a campaign name (README)
Q('六大提升', 'campaign')                                      # quoted programme name (round 2, round 16 list); no FIGURE
F('69.5%以上', 69.5, '%', '城镇化率', MT)                       # 提升至 outside
Q('四类管线', 'term', req=False)                               # round 12: optional term, undecided
F('2000公里以上', 2000, '公里', '更新“四类管线”', MT)
F('五市', 5, '市', '热电联产供热重点项目', req=False)           # an anaphoric count of the region's cities (README; earlier gold 五市 optional)

# 三是提升农业农村现代化水平。
F('76亿斤以上', 76 * YI, '斤', '粮食总产量', MT)
F('70万亩', 70 * WAN, '亩', '新建改造提升高标准农田')
s(P, '青铜峡')                                               # a place before its irrigation district, like 盘山 (round 17)
s(P, '沙坡头')
s(P, '红寺堡')
s(P, '红寺堡灌区', False)                                     # an irrigation district (round 9: optional)
U('第四次全国农业普查', 'campaign', req=False)                 # optional (round 13); 第四次 an ordinal
U('巩固拓展脱贫攻坚成果', req=False, ctx='持续巩固拓展脱贫攻坚成果')   # optional (README list, earlier gold)
U('闽宁协作深化拓展活动', 'campaign', req=False)              # an unquoted activity name: optional (round 13)
s(P, '闽宁', False)                                          # joined abbreviations: optional (round 25; earlier gold of this article)
Q('千万工程', 'campaign')                                      # quoted programme (earlier rounds); no FIGURE
F('四类', 4, '类', '村庄', req=False)                          # a count of categories (undecided: optional)
U('厕所革命', 'campaign', req=False)                           # a campaign phrase (undecided)
F('300个', 300, '个', '各级样板村')

# （五）着力落实总体国家安全观，…
U('总体国家安全观')                                            # round 6
U('高质量发展', 'term', req=False, ctx='坚持高质量发展')         # policy phrase (round 2)
# 一是筑牢经济安全防线。 (农商行: an enterprise class, none)
U('高质量发展', 'term', req=False, ctx='同高质量发展')
# 二是筑牢生产安全防线。
three_years('安全生产治本攻坚三年行动')                           # README: 三年 inside optional
Q('一件事', 'campaign', req=False)                             # a quoted measure designation (earlier gold of this article: undecided)
# 三是筑牢公共安全防线。
Q('三圈三网')                                                  # a quoted coded formula (round 3; like “11228” in this article)
s(DT, '新时代', False, ctx='新时代“枫桥')                      # an era (round 23, earlier gold): optional
Q('枫桥经验')                                                  # required (earlier gold)
s(P, '枫桥', False)                                           # inside a quoted slogan (guide)
s(DEP, '工会', False, **REG)                                   # generic (README)
s(DEP, '共青团', canonical='中国共产主义青年团', **REG)          # named body (README)
s(DEP, '妇联', canonical='妇女联合会', **REG)
s(DEP, '宁夏革命军事馆', False, kind='museum')                   # a museum (guide): optional
s(P, '宁夏革命军事馆', False)                                  # a venue (README): optional
s(P, '宁夏', False, ctx='宁夏革命军事馆')                       # at the start of a venue's name
U('建军百年奋斗目标', req=False)                                # like 建军一百年奋斗目标 (round 2): optional
s(DT, '建军百年', False, value='2027')                          # an event-anchored time (guide): optional
F('百年', 100, '年', '建军', req=False)                         # anniversary (README: 建军一百年)
s(P, '宁夏', ctx='宁夏力量')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
