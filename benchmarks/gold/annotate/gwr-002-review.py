from functools import partial

# 2024 State Council government work report, second range: the review of 2023
# (the seven "——" headline paragraphs, 回顾过去一年, 一年来 and the work points
# 一是 and 二是: macro policy, industry, innovation, urbanisation). Annotated
# on the simplified source, written in traditional script (OpenCC s2t).
from _ann import CC, Ann

A = Ann('gwr-002', 314, 2397, script='traditional')
s = A.s
F = A.figure
U = A.unquoted
Q = A.quoted
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'
Y23 = {'value': '2023', 'resolved': '2023'}

opt_fig = partial(A.figure, req=False)  # an optional FIGURE

def batch(ctx):  # 一批 / 一揽子: optional counts (earlier rounds)
    opt_fig(ctx[:2] if ctx.startswith('一批') else ctx[:3], 1, ctx[1] if ctx.startswith('一批') else '揽子', '', ctx=ctx)


# ——经济总体回升向好。
F('超过126万亿元', 126000000000000, '元', '国内生产总值', ap='more_than')
F('5.2%', 5.2, '%', '国内生产总值增长')
F('1244万人', 12440000, '人', '城镇新增就业')
F('5.2%', 5.2, '%', '城镇调查失业率', ctx='平均为5.2%')
F('0.2%', 0.2, '%', '居民消费价格上涨')
# ——现代化产业体系建设取得重要进展。
U('现代化产业体系', req=False)
batch('一批重大产业')
F('超过60%', 60, '%', '新能源汽车产销量占全球比重', ap='more_than')
# ——科技创新实现新的突破。
s(DEP, '国家实验室', False)  # a class of research institutes (round 6)
F('28.6%', 28.6, '%', '技术合同成交额增长')
# ——改革开放向纵深推进。
U('全国统一大市场', req=False)
U('国有企业改革深化提升行动', 'campaign', req=False)
s(P, '自贸试验区', False); s(DEP, '自贸试验区', False)  # a zone: optional as place and as organ
Q('一带一路', 'formula')
# ——安全发展基础巩固夯实。
F('1.39万亿斤', 1390000000000, '斤', '粮食产量')
# ——生态环境质量稳中改善。
U('污染防治攻坚战', 'campaign', req=False)
Q('三北', 'term', req=False)  # “三北”工程: left undecided (optional) in an earlier round
s(DT, '全年', False, ctx='全年新增装机', **Y23)
opt_fig('一半', 0.5, '', '全年新增可再生能源装机占全球的比重', ap='more_than')
# ——民生保障有力有效。
F('6.1%', 6.1, '%', '居民人均可支配收入增长')
F('8.4%', 8.4, '%', '脱贫地区农村居民收入增长')
Q('一老一小', 'formula')  # a quoted coded formula (round 9); no FIGURE
F('6600多万', 66000000, '', '纳税人', ap='more_than')
F('上千万', 10000000, '', '家庭', ap='about')
# 回顾过去一年
s(DT, '过去一年', False, **Y23)
U('保护主义、单边主义', req=False); U('保护主义', req=False); U('单边主义', req=False)
opt_fig('三年', 3, '年', '新冠疫情冲击')  # a duration
s(DT, '全年', False, ctx='全年预期发展目标', **Y23)
U('以习近平同志为核心的党中央', req=False)
s('PERSON', '习近平', title='同志')
s(DEP, '党中央', **CC)
s(P, '中国', ctx='中国人民有勇气')
s(P, '中国', ctx='中国发展必将')
# 一年来
s(DT, '一年来', False, **Y23)
s(DEP, '党的二十大', False, kind='party'); s(DT, '党的二十大', False); s(DT, '二十大', False)
s(DT, '二十届二中全会', False)
s(DEP, '党中央', ctx='按照党中央', **CC)
# 一是
U('稳增长', req=False)
Q('大水漫灌', 'term', req=False)
U('高质量发展', req=False)
s(DT, '全年', False, ctx='全年经济运行', **Y23)
batch('一批阶段性')
batch('一批新政策')
s(DT, '全年', False, ctx='全年新增税费', **Y23)
F('超过2.2万亿元', 2200000000000, '元', '新增税费优惠', ap='more_than')
F('1万亿元', 1000000000000, '元', '增发国债')
F('两次', 2, '次', '降低存款准备金率', ctx='两次降低')
F('两次', 2, '次', '下调政策利率', ctx='两次下调')
U('保交楼', 'term', req=False)
batch('一揽子化解')
# 二是
U('新型工业化', req=False)
U('高质量发展', req=False, ctx='产业链高质量发展')  # every occurrence optional (slip fixed after the first measurement)
F('超过50%', 50, '%', '5G用户普及率', ap='more_than')
U('新型城镇化战略', req=False); U('新型城镇化', req=False)
F('66.2%', 66.2, '%', '常住人口城镇化率')  # 提高到 outside
U('新一轮千亿斤粮食产能提升行动', 'campaign', req=False)
U('千亿斤粮食产能提升行动', 'campaign', req=False)
opt_fig('千亿斤', 100000000000, '斤', '粮食产能提升')  # the numeral of an action's name (undecided)
U('乡村振兴', req=False)
batch('一批新举措')
batch('一批重大项目')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
