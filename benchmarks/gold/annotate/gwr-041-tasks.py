from _ann import CC, DEP, DT, PE, SL, Ann, P

# Round 17: the 2002 State Council government work report, the tasks for 2002: the
# general requirements (党中央, 邓小平理论, 党的十五大, 江泽民 and the “七一” speech, the
# fifth and sixth plenums, “三个代表”, 党的十六大), the eight fields announced, and field
# 一 (domestic demand) up to the fiscal paragraph: incomes (“两个确保”, “低保”, 辽宁,
# 中央财政), wages, employment, consumption, the 1500亿元 of long-term construction bonds
# (南水北调, 京津, １９９８年以来) and the fiscal system (“跑、冒、滴、漏”, “一要吃饭、二要建设”,
# 中央和地方, 中西部). Traditional script (OpenCC s2t of the source). A second range of
# the article (gwr-041.py: [146, 2344)).
A = Ann('gwr-041', 2345, 4719, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
INT = {'kind': 'international organisation'}
YI = 100000000
CENTRAL = {'level': 'central', 'kind': 'party'}

# ２００２年是我们党和国家发展史上非常重要的一年。
s(DT, '２００２年', value='2002')
s(DT, '今年', False, ctx='做好今年各项工作', value='2002', resolved='2002')
s(DEP, '世贸组织', False, ctx='我国加入世贸组织，总体', **INT)   # international organisations optional (round 1)
s(DT, '近期', False)                                           # relative time (round 1)
s(DT, '今年', False, ctx='做好今年工作', value='2002', resolved='2002')
U('以江泽民同志为核心的党中央', req=False)                      # as in gwr-041.py
s(PE, '江泽民', title='同志', ctx='以江泽民同志为核心')
s(DEP, '党中央', ctx='为核心的党中央', **CC)
# 根据党中央部署，今年工作的总体要求是：
s(DEP, '党中央', ctx='根据党中央部署', **CC)
s(DT, '今年', False, ctx='今年工作的总体要求', value='2002', resolved='2002')
U('邓小平理论')                                                 # the doctrine meant (round 6)
s(PE, '邓小平', False, ctx='邓小平理论')                         # a name inside a doctrine name
s(DT, '党的十五大', False); s(DT, '十五大', False)                # an event (round 8)
s(PE, '江泽民', title='同志', ctx='江泽民同志“七一”')
s(DT, '七一', False, value='--07-01', resolved='2001-07-01')    # a speech named after its date (round 2)
s(SL, '七一', False, kind='term', quoted=True)
s(DT, '党的十五届五中、六中全会', False)                          # plenary sessions (round 2)
s(DT, '十五届五中、六中全会', False)
s(DT, '十五届五中', False)
s(DT, '六中全会', False, ctx='六中全会精神')
Q('三个代表')                                                   # required quoted formula
U('扩大国内需求的方针', req=False)                               # policy phrases (扩大内需, gwr-041.py)
U('扩大国内需求', req=False, ctx='扩大国内需求的方针')
U('整顿和规范市场经济秩序', req=False, ctx='整顿和规范市场经济秩序，提高')  # as in gwr-041.py
U('勤俭建国', req=False)
s(DT, '党的十六大', False); s(DT, '十六大', False)                # an event used as a time (round 8)
# 按照这个总体要求，今年要着重做好以下八个方面工作。
s(DT, '今年', False, ctx='今年要着重', value='2002', resolved='2002')
F('八个', 8, '个', '方面工作', req=False)                         # a count of the fields that follow (undecided: like anaphoric counts)
# 一、扩大和培育内需，促进经济较快增长
U('扩大国内需求', req=False, ctx='是扩大国内需求，进一步')
U('积极的财政政策', req=False, ctx='继续实施积极的财政政策')     # as in gwr-041.py
U('稳健的货币政策', req=False, ctx='和稳健的货币政策，并保持')
U('扩大国内需求', req=False, ctx='扩大国内需求，首先')
# 二是进一步完善城镇社会保障体系。
Q('两个确保')                                                   # quoted numbered formula (round 7, gwr-039); no FIGURE
U('应保尽保', req=False)                                        # a set phrase of the allowance policy (undecided)
s(DEP, '中央', False, ctx='中央财政预算较大', **CENTRAL)         # 中央 in 中央财政 (round 7)
Q('低保', 'term', req=False)                                    # the quoted short name of the allowance (undecided: term)
s(P, '辽宁', ctx='在辽宁全省')
s(DEP, '全国社会保障基金', False, level='central', kind='fund')   # a named fund, not an organ (undecided)
# 三是继续适当提高机关事业单位职工基本工资 …
s(DEP, '中央', False, ctx='中央财政通过', **CENTRAL)
# 保持国债投资的必要规模 …
s(DT, '今年', False, ctx='今年拟发行', value='2002', resolved='2002')
F('１５００亿元', 1500 * YI, '元', '拟发行长期建设国债')
s(P, '西部', False, ctx='西部开发项目')                          # a region (gwr-041.py: 西部 optional)
U('南水北调', 'campaign', req=False)                            # a project name (西电东送, round 2)
U('京津水资源保护工程', 'campaign', req=False)
s(P, '京津', False)                                             # joined abbreviations (round 14)
s(DT, '１９９８年', value='1998')                                 # the bare year of 1998年以来 (guide)
s(DT, '１９９８年以来', False, value='1998')
s(DT, '今年内', False, value='2002', resolved='2002')
s(DT, '今年', False, ctx='今年内', value='2002', resolved='2002')
U('集中力量办大事', req=False)
U('量力而行', req=False)
# 努力做好财税工作 …
Q('跑、冒、滴、漏', 'term', req=False)                           # a quoted coinage
Q('一要吃饭、二要建设', 'formula')                               # a quoted principle (…的方针); no FIGURE
s(DEP, '中央', False, ctx='规范中央和地方', **CENTRAL)            # 中央 alone (rounds 1, 5)
s(P, '西部', False, ctx='支持西部开发')
s(DT, '今年', False, ctx='从今年开始', value='2002', resolved='2002')
s(DEP, '中央', False, ctx='实行中央和地方按比例', **CENTRAL)
s(DEP, '中央', False, ctx='中央从所得税', **CENTRAL)
s(P, '中西部', False, ctx='中西部地区的一般性')                   # a region (joined; optional)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
