from _ann import CC, DEP, DT, SL, Ann, P

A = Ann('gwr-039', 2249, 4086)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
SC = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
PAP = {'level': 'central', 'kind': 'state', 'canonical': '中国人民武装警察部队'}
YI = 100000000
WAN = 10000


def zhongyang(ctx):
    """中央 alone (中央财政, 中央投资, 中央关于…): optional (rounds 1 and 5)."""
    s(DEP, '中央', False, ctx=ctx, level='central')


# （四）… 我们高度重视解决群众特别是困难群众的生产生活问题
zhongyang('中央关于扩大就业')
zhongyang('中央财政新增')
F('47亿元', 47 * YI, '元', '中央财政新增专项补助资金（就业再就业）')
s(DT, '去年底', False, value='2003-12', resolved='2003-12')
s(DT, '去年', False, value='2003')
F('83%', 83, '%', '全国普通高校毕业生就业率', ap='exact|more_than')
s(DT, '上年', False, ctx='比上年增加60万人', value='2002')
F('60万人', 60 * WAN, '人', '普通高校毕业生就业人数增加')
# 为继续落实“两个确保”和“三条保障线”
Q('两个确保')
Q('三条保障线')
s(DT, '2003年', value='2003')
zhongyang('中央财政支出700亿元')
F('700亿元', 700 * YI, '元', '中央财政支出（两个确保、三条保障线）')
s(DT, '上年', False, ctx='比上年增长19.9%', value='2002')
F('19.9%', 19.9, '%', '中央财政支出增长')
s(DT, '上年', False, ctx='由上年46亿元', value='2002')
F('46亿元', 46 * YI, '元', '城市居民最低生活保障补助资金（上年）')
F('92亿元', 92 * YI, '元', '城市居民最低生活保障补助资金')
F('2235万', 2235 * WAN, '', '得到最低生活保障的城市居民')
F('2235万城市居民', 2235 * WAN, '', '得到最低生活保障的城市居民', req=False)
s(DT, '从2003年起', False)
s(DT, '2003年', value='2003')
zhongyang('中央财政每年')
# 我们进一步加强农村扶贫开发工作
zhongyang('中央财政用于洪涝')
F('80.3亿元', 80.3 * YI, '元', '中央财政救灾救济支出')
s(DT, '上年', False, ctx='比上年增长63.9%', value='2002')
F('63.9%', 63.9, '%', '中央财政救灾救济支出增长')
zhongyang('中央投资')
F('27.9亿元', 27.9 * YI, '元', '用于灾后重建的中央投资')
# （五）推进体制创新，改革开放迈出重要步伐
U('改革开放', req=False)
s(DT, '十届全国人大一次会议', False)
s(DEP, '十届全国人大', False, level='central', kind="people's congress", canonical='全国人民代表大会')
s(DEP, '全国人大', level='central', kind="people's congress", canonical='全国人民代表大会')
s(DEP, '人大', False, ctx='全国人大一次', level='central', kind="people's congress")
s(DEP, '国务院', ctx='国务院机构改革', **SC)
# 国有企业股份制改革继续推进
F('3784亿元', 3784 * YI, '元', '国有及国有控股工业企业实现利润')
s(DT, '上年', False, ctx='比上年增长45.2%', value='2002')
F('45.2%', 45.2, '%', '国有及国有控股工业企业利润增长')
F('8个', 8, '个', '农村信用社改革试点省（市）')
F('8个省（市）', 8, '个', '农村信用社改革试点省（市）', req=False)
# 我们认真履行加入世贸组织的承诺
s(DEP, '世贸组织', False, kind='international organisation', canonical='世界贸易组织')
s(DT, '全年', False, ctx='全年实际利用')
F('535亿美元', 535 * YI, '美元', '实际利用外商直接投资')
s(DT, '年底', False, ctx='年底国家外汇储备', value='2003-12', resolved='2003-12')
F('4033亿美元', 4033 * YI, '美元', '国家外汇储备', ap='exact|more_than')
s(DT, '年初', False, ctx='比年初增加', value='2003-01', resolved='2003-01')
F('1168亿美元', 1168 * YI, '美元', '国家外汇储备增加')
s(DT, '去年', False, ctx='去年，还签署', value='2003')
U('内地与香港、内地与澳门建立更紧密经贸关系的安排', 'campaign', req=False)
s(P, '内地', False, ctx='内地与香港')
s(P, '香港', False, ctx='内地与香港')
s(P, '内地', False, ctx='内地与澳门')
s(P, '澳门', False, ctx='内地与澳门')
s(P, '内地', False, ctx='内地与港澳')
s(P, '港澳', False, ctx='内地与港澳')
# （六）加强法制建设，维护社会稳定
s(DEP, '国务院', ctx='国务院先后提出', **SC)
F('5部', 5, '部', '法律议案')
F('28部', 28, '部', '行政法规')
U('收容遣送', 'term', req=False)
# 加强社会治安综合治理
U('社会治安综合治理', req=False)
U('执法为民、从严治警', req=False)
s(DEP, '武警部队', ctx='公安机关和武警部队', **PAP)
# 过去的一年，各级政府按照党中央的部署
s(DT, '过去的一年', False)
s(DEP, '党中央', ctx='按照党中央的部署', **CC)
s(SL, '“三个代表”重要思想', False, kind='formula', quoted=False)
Q('三个代表')
s(DT, '党的十六大', False); s(DT, '十六大', False)
U('社会主义政治文明', req=False)
# 一年来各方面的显著成就
s(DT, '一年来', False, ctx='一年来各方面')
s(DEP, '党中央', ctx='党中央总揽全局', **CC)
U('党中央总揽全局、正确领导', req=False)
s(DEP, '国务院', ctx='我代表国务院', **SC)
s(DEP, '解放军', ctx='解放军指战员', level='central', kind='state', canonical='中国人民解放军')
s(DEP, '武警部队', ctx='武警部队官兵', **PAP)
s(DEP, '民主党派', False, ctx='各民主党派')
s(P, '香港特别行政区')
s(P, '香港', False)
s(P, '澳门特别行政区')
s(P, '澳门', False)
s(P, '台湾', ctx='台湾同胞')
s(P, '中国', ctx='中国现代化建设')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
