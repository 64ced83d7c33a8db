from functools import partial

from _ann import Ann

# 1995 State Council government work report, "一、1994年国内工作的回顾": the
# summary, reform, growth (full-width digits, Chinese-numeral percentages),
# science and education, living standards, and the opening of the problems.
A = Ann('gwr-047', 55, 1856)
s = A.s
F = A.figure
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'

opt_fig = partial(A.figure, req=False)  # an optional FIGURE

s(DT, '１９９４年', value='1994')
s(DT, '过去的一年', False, value='1994', resolved='1994')
A.quoted('抓住机遇，深化改革，扩大开放，促进发展，保持稳定', k='directive')
A.unquoted('建设有中国特色社会主义', req=False)
A.unquoted('有中国特色社会主义', req=False)
s(P, '中国', False, ctx='有中国特色')
# reform
A.unquoted('社会主义市场经济体制', req=False)
A.unquoted('社会主义市场经济', req=False)
A.unquoted('分税制', req=False)
s(DEP, '中央银行', False, level='central', kind='state', canonical='中国人民银行')
# growth
F('４３８００亿元', 4380000000000, '元', '国内生产总值', ap='exact|more_than')
s(DT, '上年', False, value='1993', resolved='1993', ctx='比上年增长百分之十一点八')
F('百分之十一点八', 11.8, '%', '国内生产总值增长')
F('百分之三点五', 3.5, '%', '农业增加值增长')
F('４４４５亿公斤', 444500000000, '公斤', '粮食总产量')
s(DT, '上年', False, value='1993', resolved='1993', ctx='比上年减产')
F('１２０亿公斤', 12000000000, '公斤', '粮食减产')
F('百分之十八', 18, '%', '全国工业增加值增长')
F('百分之六', 6, '%', '交通运输业增加值增长')
s(DT, '上年', False, value='1993', resolved='1993', ctx='由上年的')
F('百分之五十八点六', 58.6, '%', '固定资产投资增长幅度（上年）')
F('百分之二十七点八', 27.8, '%', '固定资产投资增长幅度')
A.quoted('三北', k='term', req=False)
opt_fig('一年', 1, '年', '提前建成', ctx='提前一年')
s(P, '京九', False, ctx='京九铁路')
s(P, '长江三峡', False)
s(P, '长江', False, ctx='长江三峡')
s(P, '三峡', False, ctx='长江三峡')
s(P, '黄河', False, ctx='黄河小浪底')
s(P, '小浪底', False)
s(P, '甘肃', False)
A.quoted('引大（大通河）入秦（秦王川）', k='campaign')
s(P, '大通河', False)
s(P, '秦王川', False)
s(DT, '全年', False, value='1994', resolved='1994', ctx='全年新增')
F('１５００多万千瓦', 15000000, '千瓦', '新增大中型发电机组容量', ap='more_than')
F('３３００多公里', 3300, '公里', '铁路新线和复线', ap='more_than')
F('１９００公里', 1900, '公里', '高等级公路')
F('近２６００万吨', 26000000, '吨', '港口吞吐能力', ap='less_than')
F('近１９００万门', 19000000, '门', '电话交换机', ap='less_than')
F('百分之七点八', 7.8, '%', '社会商品零售总额增长')
s(DT, '全年', False, value='1994', resolved='1994', ctx='全年进出口')
F('２３６７亿美元', 236700000000, '美元', '进出口总额')
F('百分之二十点九', 20.9, '%', '进出口总额增长')
F('５１６亿美元', 51600000000, '美元', '国家外汇储备', ap='exact|more_than')
F('１．４倍', 1.4, '倍', '国家外汇储备增长')
F('３３０多亿美元', 33000000000, '美元', '外商直接投资实际金额', ap='more_than')
# science, education
F('２６０００多项', 26000, '项', '重要科技成果', ap='more_than')
opt_fig('九年', 9, '年', '义务教育')
A.quoted('扫黄', k='campaign')
# living standards
F('１２２０元', 1220, '元', '农村居民人均纯收入', ap='exact|more_than')
s(DT, '上年', False, value='1993', resolved='1993', ctx='比上年增长百分之五')
F('百分之五', 5, '%', '农村居民人均纯收入增长')
F('３１７９元', 3179, '元', '城镇居民人均生活费收入', ap='exact|more_than')
F('百分之八以上', 8, '%', '城镇居民人均生活费收入增长', ap='more_than|at_least')
F('６３００多亿元', 630000000000, '元', '居民储蓄存款新增', ap='more_than')
s(DT, '全年', False, value='1994', resolved='1994', ctx='全年城镇')
F('２亿平方米', 200000000, '平方米', '城镇新建住宅')
F('５．８亿平方米', 580000000, '平方米', '农村新建住房')
opt_fig('五天半', 5.5, '天', '每周工作时间')
# problems
s(DT, '去年', False, value='1994', resolved='1994', ctx='去年我在')
s(DT, '全年', False, value='1994', resolved='1994', ctx='全年商品零售')
F('百分之十以内', 10, '%', '全年商品零售物价上涨幅度（目标）', ap='less_than')
F('百分之二十一点七', 21.7, '%', '商品零售物价涨幅', ap='exact|more_than')
F('十三个百分点左右', 13, '个百分点', '食品价格上涨的因素', ap='about')

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
