from _ann import DEP, DT, PE, SL, Ann, P, all_occ

# Source simplified: annotated as traditional (OpenCC s2t), on the simplified text.
A = Ann('gwr-063', 1281, 3606, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
PLA = {'level': 'central', 'kind': 'state', 'canonical': '中国人民解放军'}

Y = A.date

def zhou(ctx=None):
    """周总理: the surname is the span, the whole optional (conventions)."""
    s(PE, '周', ctx=ctx, title='总理')
    s(PE, '周总理', False, ctx=ctx, title='总理')


def dur(t, n, ctx=None):
    s('FIGURE', t, False, ctx=ctx, value=n, approx='exact', unit='年')  # a duration: optional


# 自力更生 (a policy word of the time, 自力更生方针): optional at every occurrence (undecided)
all_occ(A, SL, '自力更生', False, kind='formula', quoted=False)
A.cur = 0

# 伟大的中国人民
s(P, '中国', ctx='伟大的中国人民')  # 中国 in 中国人民 (round 6)
s(DT, '四年来', False); dur('四年', 4, ctx='四年来')
dur('三年', 3, ctx='三年大发展')

# 在过去几年中
s(DT, '过去几年', False)
U('总路线', req=False)  # short name of the general line (undecided)
U('以农业为基础', req=False)  # part of the standard 以农业为基础、以工业为主导 (undecided)

# 周总理从农业、工业…这四个主要方面
zhou('周总理从农业')
s('FIGURE', '四个', False, value=4, approx='exact', unit='个', subject='主要方面')  # anaphoric count

# 第一，农业
s(DT, '前两年', False); s('FIGURE', '两年', False, ctx='前两年', value=2, approx='exact', unit='年')
s(DT, '今年', False, value='1964', resolved='1964')
s(DT, '第一个五年计划', False, value='1953/1957')  # five-year-plan period (conventions)
s(SL, '第一个五年计划', False, kind='period', quoted=False)
s('FIGURE', '五年', False, ctx='第一个五年计划', value=5, approx='exact', unit='年')
Y('一九五七年', '1957', ctx='即一九五七年')
Y('一九六四年', '1964', ctx='一九六四年，全国拥有')
Y('一九五七年', '1957', ctx='比一九五七年增长四倍')
F('四倍', 4, '倍', '农业用拖拉机台数增长（1964比1957）')
F('十二倍', 12, '倍', '排灌设备的马力增长（1964比1957）')
F('二十二倍', 22, '倍', '农村用电量增长（1964比1957）')
F('两倍以上', 2, '倍', '国家供应的化学肥料增长（1964比1957）', ap='more_than|at_least')

# 第二，工业
Y('一九六四年', '1964', ctx='一九六四年全国工业总产值')
Y('一九六三年', '1963', ctx='比一九六三年增长百分之十五')
F('百分之十五以上', 15, '%', '全国工业总产值增长（1964比1963）', ap='more_than|at_least')
Y('一九五七年', '1957', ctx='比一九五七年有了')
Y('一九六四年', '1964', ctx='一九六四年的产量')
Y('一九六三年', '1963', ctx='比一九六三年增长百分之二十')
F('百分之二十以上', 20, '%', '主要工业产品产量增长（1964比1963）', ap='more_than|at_least')
s(DT, '四年以来', False); dur('四年', 4, ctx='四年以来')
F('两万四千种', 24000, '种', '主要工业产品的品种增加（四年以来）', ap='about|exact')  # 大约 before the verb
Y('一九五八年', '1958', ctx='比一九五八年到')
Y('一九六○年', '1960', ctx='到一九六○年大发展')
F('两倍', 2, '倍', '品种增加比一九五八年到一九六○年大发展时期多')

# 第三，商业
s(DT, '最近几年', False)
Y('一九五七年', '1957', ctx='同一九五七年比较')
Y('一九六四年', '1964', ctx='一九六四年供应的')
F('百分之三十以上', 30, '%', '猪肉、羊肉、蔬菜等副食品供应增长（1964比1957）', ap='more_than|at_least')
F('百分之五十以上', 50, '%', '主要日用品供应增长（1964比1957）', ap='more_than|at_least')

# 第四，文化教育
s(DT, '近几年', False, ctx='近几年，我们根据教育')
U('教育为无产阶级政治服务、教育与生产劳动相结合', req=False)  # the education policy's standard wording (undecided)
U('半工半读、半农半读', 'term', req=False)
s(SL, '爱国卫生运动', kind='campaign', quoted=False)  # a standard campaign name (conventions: 批林批孔)
s('FIGURE', '一批', False, value=1, approx='about', unit='批')  # round 3: optional

# 国防建设
zhou('周总理接着')
s(DT, '近几年', False, ctx='近几年我们的军队')
s(DEP, '中国人民解放军', **PLA)
s(P, '中国', False, ctx='中国人民解放军')  # place at the start of an organ name
U('毛泽东思想', ctx='毛泽东思想红旗')
s(PE, '毛泽东', False, ctx='毛泽东思想红旗')  # a name inside an ideology
# standard campaign names keep 运动 in the span, like 整风运动 and 抗美援朝运动 (rounds 2, 7);
# the ratings inside them are optional, like “五好”园区 (round 3)
s(SL, '四好连队运动', kind='campaign', quoted=False); s(SL, '四好连队', False, kind='term', quoted=False)
s(SL, '五好战士活动', kind='campaign', quoted=False); s(SL, '五好战士', False, kind='term', quoted=False)
s(DEP, '人民解放军', ctx='人民解放军和民兵', **PLA)
s(P, '亚洲')
s(P, '美', False, ctx='美帝国主义')  # one-character abbreviation

# 反华大合唱
zhou('周总理说，大家记得')
s(DT, '前几年', False)
s(P, '中国', ctx='敌视中国人民')
s(P, '中国', ctx='中国的经济')
Q('崩溃了', 'quotation', req=False)
s(SL, '大跃进', False, kind='campaign', quoted=False); s(DT, '大跃进', False)  # round 12
Q('失败了', 'quotation', req=False)
Q('垮台了', 'quotation', req=False)
s(DEP, '人民政府', False, kind='state')  # without level: the central government or generic (undecided)
Q('破产了', 'quotation', req=False)
s(P, '中华人民共和国')

# 自力更生方针的结果
s(DT, '这几年', False, ctx='这几年取得')
zhou('周总理着重')
s(DT, '这几年', False, ctx='这几年所取得')
s('FIGURE', '大批', False, value=1, approx='about', unit='批')  # like 一批 (undecided)

# 大寨、大庆、原子弹
zhou('周总理列举')
s(DEP, '山西省昔阳县大寨大队', False, level='community')  # a production brigade: a collective (undecided)
s(P, '山西省昔阳县')  # a chain of places is one required name, its parts optional (round 2)
s(P, '山西省昔阳县大寨', False)  # the chain to the village, inside the brigade's name
s(P, '山西省', False)
s(P, '昔阳县', False)
s(DEP, '大寨大队', False, level='community')
s(P, '大寨', False)  # the village, at the start of the brigade's name
s(DEP, '大庆油田', False)  # an enterprise (guide: optional)
s(P, '大庆', False)  # a place at the start of an enterprise name
Y('一九六四年十月十六日', '1964-10-16')
s(P, '美国')
s(P, '英国')
s(P, '法国')

# 外债
s(PE, '周恩来', title='总理')
s('FIGURE', '一文钱', False, value=1, approx='exact', unit='文')  # idiom (没有借一文钱): optional
s(P, '苏联')
F('十四亿零六百万新卢布', 1406000000, '新卢布', '欠苏联的各项借款和应付利息')  # 共计: verb outside
F('十三亿八千九百万新卢布', 1389000000, '新卢布', '已经按期偿还的借款和利息')
F('一千七百万新卢布', 17000000, '新卢布', '剩下的尾数')
s(P, '苏', False, ctx='苏方')  # one-character abbreviation
s(DT, '今年', False, ctx='今年对苏', value='1964', resolved='1964')
s(P, '苏', False, ctx='对苏贸易')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
