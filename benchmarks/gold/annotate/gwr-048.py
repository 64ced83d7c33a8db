from functools import partial

from _ann import Ann

# 1994 State Council government work report, "一、１９９３年国内工作的回顾": the
# four reviewed fields (growth, reform and opening, science, education and
# sport, living standards), the thanks and the problems. Full-width digits
# and Chinese-numeral percentages, organs, policy phrases.
A = Ann('gwr-048', 231, 2062)
s = A.s
F = A.figure
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'
GOAL = 'exact|more_than'   # after 突破 / 达到 (the verb stays outside the span)
GOV = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}

opt_fig = partial(A.figure, req=False)  # an optional FIGURE

def prev(ctx, v='1992'):
    s(DT, '上年', False, ctx=ctx, value=v, resolved=v)


# growth
s(DT, '１９９２年', value='1992')
s(DT, '１９９３年', value='1993')
F('３万亿元', 3000000000000, '元', '国内生产总值', ap=GOAL)
prev('比上年增长百分之十三点四')
F('百分之十三点四', 13.4, '%', '国内生产总值增长')
F('百分之四', 4, '%', '农业增加值增长')
F('４５６４亿公斤', 456400000000, '公斤', '粮食总产量')
F('百分之二十一点一', 21.1, '%', '全国工业增加值增长')
F('８８６８万吨', 88680000, '吨', '钢产量', ap=GOAL)
F('百分之十一点六', 11.6, '%', '社会消费品零售总额增长')
F('１４３８万千瓦', 14380000, '千瓦', '新增发电机组容量')
s(P, '京九', False)          # abbreviations in railway names (round 11)
s(P, '南昆', False)
F('５８６万户', 5860000, '户', '全国城乡新增电话')
s(DEP, '中共中央', ctx='中共中央和国务院及时', level='central', kind='party', canonical='中共中央')
s(DEP, '国务院', ctx='国务院及时', **GOV)
s(DT, '今年', False, ctx='为今年经济', value='1994', resolved='1994')
A.unquoted('社会主义市场经济', req=False, ctx='在社会主义市场经济条件下')
# reform and opening
A.unquoted('改革开放', req=False, ctx='改革开放取得新的进展')
A.unquoted('社会主义市场经济体制', req=False, ctx='按照建立社会主义市场经济体制')
A.unquoted('社会主义市场经济', req=False)
A.unquoted('社会主义市场经济体制', req=False, ctx='向建立社会主义市场经济体制迈出')
A.unquoted('社会主义市场经济', req=False)
s(DT, '一年来', False, ctx='一年来，对外开放', value='1993', resolved='1993')
F('２５８亿美元', 25800000000, '美元', '外商直接投资', ap=GOAL)
A.unquoted('改革开放', req=False, ctx='是改革开放以来')
s(DT, '改革开放以来', False)
opt_fig('一年', 1, '年', '外商投资最多的年份', ctx='最多的一年')
F('１９５８亿美元', 195800000000, '美元', '进出口贸易总额', ap=GOAL)
prev('比上年增长百分之十八点二')
F('百分之十八点二', 18.2, '%', '进出口贸易总额增长')
# science, education, sport
F('３万多项', 30000, '项', '重大科技成果', ap='more_than')
opt_fig('一批', 1, '批', '科研成果', ctx='一批科研成果')
s(P, '东亚', False, ctx='首届东亚运动会')   # a region without fixed boundary (round 2)
F('１０３个', 103, '个', '世界冠军')
s('PERSON', '毛泽东', title='主席')
s('FIGURE', '一百周年', False, value=100, approx='exact', unit='周年', subject='毛泽东主席诞辰')
opt_fig('百部', 100, '部', '爱国主义影片')   # undecided: count or the programme's designation
A.unquoted('社会治安综合治理', req=False)
A.unquoted('社会主义精神文明', req=False)
# living standards
s(DT, '去年', False, ctx='去年全国城镇', value='1993', resolved='1993')
prev('比上年增长百分之十点二')
F('百分之十点二', 10.2, '%', '城镇居民人均生活费收入增长')
F('百分之三点二', 3.2, '%', '农村居民人均纯收入增长')
s(DT, '年末', False, ctx='年末存款余额', value='1993', resolved='1993')
F('１４７６４亿元', 1476400000000, '元', '城乡居民储蓄存款年末余额', ap=GOAL)
F('百分之二十八', 28, '%', '城乡居民储蓄存款增长')
s(DT, '全年', False, ctx='全年城镇新建', value='1993', resolved='1993')
F('２．７亿平方米', 270000000, '平方米', '城镇新建住宅')
F('５．７亿平方米', 570000000, '平方米', '农村新建房屋')
# thanks
s(DT, '一年来', False, ctx='一年来，在中国共产党', value='1993', resolved='1993')
s(DEP, '中国共产党', False, level='central', kind='party')
s(P, '中国', False, ctx='中国共产党领导')
s(DT, '八届全国人大一次会议', False)
s(DEP, '八届全国人大', False, level='central', kind="people's congress")
s(DEP, '全国人大', level='central', kind="people's congress", canonical='全国人民代表大会')
s(DEP, '人大', False, ctx='全国人大一次', level='central', kind="people's congress")
s(DT, '１９９３年', value='1993', ctx='确定的１９９３年')
s(DEP, '国务院', ctx='我代表国务院', **GOV)
s(P, '台湾', ctx='台湾同胞')
s(P, '港澳', False, ctx='港澳同胞')
# problems
s(DEP, '党中央', ctx='党中央和国务院对', level='central', kind='party', canonical='中共中央')
s(DEP, '国务院', ctx='国务院对这些', **GOV)

if __name__ == '__main__':
    A.write()
