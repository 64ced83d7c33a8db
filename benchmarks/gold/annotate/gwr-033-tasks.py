from _ann import DEP, DT, PE, Ann, P

# Round 18: the 2008 State Council government work report, "二、2008年主要任务": the
# heading, the year's place (党的十七大), the guiding paragraph (中国特色社会主义伟大旗帜,
# 邓小平理论, “三个代表”, 科学发展观, 全面建设小康社会), the targets (8%左右, 4.8%左右,
# 1000万人, 4.5%左右) and their explanation, the principles (稳中求进, 好字优先, 以人为本),
# the nine fields announced, and field (一) up to the monetary paragraph: the deficit and
# bonds (1800亿元, 650亿元, 300亿元, 200亿元, 1521亿元, “三农”), the surplus revenue
# (7239亿元, 4168亿元, 450亿元, 1032亿元) and the tight monetary policy. Simplified.
# A second range of the article (gwr-033.py: [5923, 7853)).
A = Ann('gwr-033', 10285, 12118)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI, WAN = 100000000, 10000
CENTRAL = {'level': 'central', 'kind': 'state'}


def today(ctx):
    """今年: a relative time (round 1), the report's year."""
    s(DT, '今年', False, ctx=ctx, value='2008', resolved='2008')


def lastyear(ctx):
    s(DT, '去年', False, ctx=ctx, value='2007', resolved='2007')


def zy(ctx):
    """中央 alone (中央财政, 中央预算, 中央建设投资): optional (rounds 1, 5, 7)."""
    s(DEP, '中央', False, ctx=ctx, **CENTRAL)


# 二、2008年主要任务
s(DT, '2008年', value='2008')
# 今年是全面贯彻党的十七大精神的第一年 (第一年: an ordinal)
today('今年是全面贯彻')
s(DT, '党的十七大', False); s(DT, '十七大', False)        # an event (round 8)
# 政府工作的基本思路和主要任务是：
U('高举中国特色社会主义伟大旗帜', req=False)              # the theme wording (like 高举邓小平理论伟大旗帜)
U('中国特色社会主义', req=False, ctx='中国特色社会主义伟大旗帜')   # modifier of 旗帜 (round 2)
s(P, '中国', False, ctx='中国特色社会主义伟大旗帜')
U('邓小平理论')                                          # the doctrine meant (以…为指导; round 6)
s(PE, '邓小平', False, ctx='邓小平理论')
U('“三个代表”重要思想', req=False)                        # the whole optional (round 7)
Q('三个代表')                                            # required quoted formula (rounds 7, 8)
U('科学发展观')                                          # fixed designation of a doctrine (undecided by the README: required here)
U('改革开放', 'term', req=False, ctx='推进改革开放和自主创新')   # a policy (round 5)
U('自主创新', 'term', req=False, ctx='改革开放和自主创新')
U('社会主义经济建设、政治建设、文化建设、社会建设', req=False)  # the four fields of building (undecided)
U('全面建设小康社会', req=False)                          # a goal (round 2)
# 今年国民经济和社会发展的预期目标是：
today('今年国民经济')
F('8%左右', 8, '%', '国内生产总值增长（2008年预期目标）', 'about')
F('4.8%左右', 4.8, '%', '居民消费价格总水平涨幅（2008年预期目标）', 'about')
F('1000万人', 1000 * WAN, '人', '城镇新增就业（2008年预期目标）')
F('4.5%左右', 4.5, '%', '城镇登记失业率（2008年预期目标）', 'about')
# 这里要着重说明 …
F('8%左右', 8, '%', '国内生产总值增长（2008年预期目标）', 'about', ctx='提出国内生产总值增长8%左右')
U('又好又快', req=False)                                 # a set wording (undecided)
F('4.8%左右', 4.8, '%', '居民消费价格总水平涨幅（2008年预期目标）', 'about', ctx='控制在4.8%左右，主要')
lastyear('去年价格上涨')
today('今年价格的翘尾')
# 需要把握以下原则：
U('稳中求进', req=False)                                 # the core of the later 稳中求进工作总基调 (optional)
U('好字优先', req=False)                                 # a set wording of the period (undecided)
U('改革开放', 'term', req=False, ctx='坚持改革开放，注重')
U('以人为本', req=False)                                 # optional (earlier rounds)
today('今年经济工作')
# 把防止…过热、防止…通货膨胀作为宏观调控的首要任务 (the "two prevents": undecided, optional)
U('防止经济增长由偏快转为过热、防止价格由结构性上涨演变为明显通货膨胀', 'directive', req=False)
# 今年要着重抓好以下九个方面工作：
today('今年要着重')
F('九个', 9, '个', '方面工作', req=False)                 # a count of the fields that follow (as in gwr-041)
# （一）搞好宏观调控 … (list number)
today('今年要实行')
U('稳健的财政政策', req=False, ctx='今年要实行稳健的财政政策')   # policy names (like 积极的财政政策)
U('从紧的货币政策', req=False, ctx='和从紧的货币政策。')
U('稳健的财政政策', req=False, ctx='继续实行稳健的财政政策')
today('今年，中央财政')
zy('中央财政赤字预算')
F('1800亿元', 1800 * YI, '元', '中央财政赤字预算（2008）')
lastyear('比去年预算赤字')
F('650亿元', 650 * YI, '元', '中央财政赤字比去年预算赤字减少')
F('300亿元', 300 * YI, '元', '拟安排国债投资（2008）')
lastyear('比去年减少200')
F('200亿元', 200 * YI, '元', '国债投资比去年减少')
zy('中央预算内经常性')
zy('中央建设投资总计')
F('1521亿元', 1521 * YI, '元', '中央建设投资总计（2008）')
Q('三农')                                                # quoted numbered formula (like 三服务); no FIGURE
# 合理安排财政超收收入。
lastyear('去年全国财政')
F('7239亿元', 7239 * YI, '元', '全国财政比年度预算超收（2007）')
zy('中央财政超收')
F('4168亿元', 4168 * YI, '元', '中央财政超收（2007）')
# 地方两税返还: 两税 names a category of taxes (VAT and consumption tax): numeral inside a term (undecided, optional)
F('两', 2, '', '税', req=False, ctx='地方两税返还')
s('FIGURE', '两税', False, ctx='两税返还', value=2, approx='exact', unit='税', subject='税')
F('450亿元', 450 * YI, '元', '削减财政赤字')
zy('中央预算稳定调节基金')
s(DEP, '中央预算稳定调节基金', False, level='central', kind='fund')   # a named fund, not an organ (like 全国社会保障基金, round 17)
F('1032亿元', 1032 * YI, '元', '拟增加中央预算稳定调节基金')
# 实行从紧的货币政策 …
U('从紧的货币政策', req=False, ctx='实行从紧的货币政策，主要')
# 一要…二要…三要: list numbers; 人民币 (a currency) in 人民币汇率形成机制: no label
U('有保有压', req=False)                                 # a set wording of credit policy (undecided)
Q('三农', ctx='加大对“三农”')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
