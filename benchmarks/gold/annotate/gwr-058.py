from functools import partial

from _ann import Ann

# 1981 State Council government work report (delivered 30 Nov 1981), section
# (一) 当前的经济形势: finance and credit balanced (the deficits of 1979–1981),
# prices, agriculture, the 1981 floods, light and heavy industry. Figures in
# full-width digits and Chinese numerals; organs; rivers, dams and railways.
A = Ann('gwr-058', 1041, 2838)
s = A.s
F = A.figure
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'
SC = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
CC = {'level': 'central', 'kind': 'party', 'canonical': '中共中央'}
PLA = {'level': 'central', 'kind': 'state', 'canonical': '中国人民解放军'}

opt_fig = partial(A.figure, req=False)  # an optional FIGURE

# finance and credit
s(DT, '去冬', False, value='1980-W', resolved='1980')
s(DEP, '国务院', **SC)
# slip fixed after the first measurement: this 今年 (optional, like every 今年) was left unmarked
s(DT, '今年', False, ctx='使今年的财政', value='1981', resolved='1981')
s(DT, '１９７９年', value='1979', ctx='财政赤字从１９７９年')
F('一百七十亿元', 17000000000, '元', '财政赤字（1979）')
s(DT, '１９８０年', value='1980')
F('一百二十七亿元', 12700000000, '元', '财政赤字（1980）')
s(DT, '今年', False, ctx='预计降低到今年', value='1981', resolved='1981')
F('二十七亿元', 2700000000, '元', '财政赤字（1981预计）')
opt_fig('一个', 1, '个', '国家', ctx='任何一个国家')
opt_fig('一件', 1, '件', '事情', ctx='一件不容易')
s(DEP, '中共中央', ctx='证明中共中央和国务院', **CC)
s(DEP, '国务院', ctx='中共中央和国务院的决策', **SC)
s(DEP, '中共中央', ctx='代表中共中央和国务院', **CC)
s(DEP, '国务院', ctx='中共中央和国务院，向', **SC)
# prices
s(DT, '今年', False, ctx='上涨幅度今年比去年', value='1981', resolved='1981')
s(DT, '去年', False, ctx='今年比去年低', value='1980', resolved='1980')
# agriculture
s(DT, '今年', False, ctx='尽管今年不少地区', value='1981', resolved='1981')
s(DT, '１９７９年', value='1979', ctx='接近１９７９年的水平')
s(DT, '建国以来', False)
s(DT, '去年', False, ctx='棉花继去年', value='1980', resolved='1980')
opt_fig('三年', 3, '年', '连续大增产的时间', ctx='连续三年')
F('１７％左右', 17, '%', '油料增长', ap='about')
s(DT, '去年', False, ctx='将比去年增长', value='1980', resolved='1980')
F('１０％以上', 10, '%', '糖料产量增长', ap='more_than|at_least')
F('八亿', 800000000, '', '农民', ctx='八亿农民')
opt_fig('八亿农民', 800000000, '农民', '农民')
s(DEP, '中共', False, ctx='中共十一届三中全会', kind='party', canonical='中国共产党')
s(DT, '中共十一届三中全会', False)
s(DT, '中共十一届三中全会以来', False)
s(DT, '十一届三中全会', False)
# the floods
s(DT, '今年', False, ctx='今年我国许多地方', value='1981', resolved='1981')
s(DEP, '解放军', ctx='解放军指战员和广大', **PLA)
s(P, '长江', ctx='长江上游')
s(P, '长江上游', False)
s(P, '黄河', ctx='黄河上游')
s(P, '黄河上游', False)
A.unquoted('葛洲坝水利枢纽工程', k='campaign', req=False)
s(P, '葛洲坝', False)
A.unquoted('龙羊峡水电工程', k='campaign', req=False)
s(P, '龙羊峡', False)
s(P, '刘家峡水电站', False)
s(P, '刘家峡', False)
s(P, '成昆铁路', False)
s(P, '成昆', False)
s(P, '宝成铁路', False)
s(P, '宝成', False)
s(P, '陇海铁路', False)
s(P, '陇海', False)
s(P, '宝天段', False)
s(P, '宝天', False)
s(DEP, '国务院', ctx='我谨代表国务院', **SC)
s(DEP, '人民解放军', ctx='人民解放军指战员和铁路', **PLA)
s(DEP, '解放军', False, ctx='人民解放军指战员和铁路', **PLA)
# light industry
opt_fig('一系列', 1, '系列', '具体措施', ctx='一系列具体措施')
s(DT, '今年', False, ctx='今年轻纺工业', value='1981', resolved='1981')
s(DT, '去年', False, ctx='预计比去年增长１２', value='1980', resolved='1980')
F('１２％', 12, '%', '轻纺工业总产值增长')
opt_fig('百分之几十', 10, '%', '耐用消费品生产增长', ap='more_than')
s(DT, '前几年', False)
# heavy industry
s(DT, '今年', False, ctx='今年的产值预计', value='1981', resolved='1981')
s(DT, '去年', False, ctx='比去年下降', value='1980', resolved='1980')
F('５％左右', 5, '%', '重工业产值下降', ap='about')
opt_fig('一批', 1, '批', '重工业企业', ctx='一批重工业企业停止')
opt_fig('一批', 1, '批', '重工业企业', ctx='相当一批重工业企业')
s(DT, '今年', False, ctx='今年由于大幅度', value='1981', resolved='1981')
opt_fig('一种', 1, '种', '情况', ctx='还有一种情况')
s(DT, '今年下半年以来', False, value='1981-H2', resolved='1981')
# slip fixed after the first measurement: the bare 今年 (optional) was left unmarked
s(DT, '今年', False, ctx='今年下半年以来', value='1981', resolved='1981')
s(DT, '今年下半年', False, value='1981-H2', resolved='1981')
s(DT, '下半年', False, ctx='今年下半年', value='1981-H2', resolved='1981')
s(DT, '第四季度', False, value='1981-Q4', resolved='1981')
s(DT, '近年来', False)
s(DEP, '民航', False, ctx='民航和邮电部门', level='central', kind='state', canonical='中国民用航空局')
s(DEP, '邮电部门', False, level='central', kind='state')

if __name__ == '__main__':
    import sys
    A.write()
    if '--review' in sys.argv:
        A.review()
