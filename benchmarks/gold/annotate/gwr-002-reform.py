from functools import partial

# 2024 State Council government work report, third range: the review of 2023,
# work points 三是 to 六是 (reform and opening, environment, livelihoods, the
# government's self-building), the diplomacy paragraph (一年来，中国特色大国外交),
# the thanks (各位代表！ … 表示衷心感谢！) and the problems paragraph, up to the
# heading “二、2024年经济社会发展总体要求和政策取向” (not included). Annotated on
# the simplified source, written in traditional script (OpenCC s2t).
from _ann import CC, Ann

A = Ann('gwr-002', 2397, 4286, script='traditional')
s = A.s
F = A.figure
U = A.unquoted
Q = A.quoted
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'; PE = 'PERSON'
Y23 = {'resolved': '2023'}
opt_fig = partial(A.figure, req=False)  # an optional FIGURE
STATE = {'level': 'central', 'kind': 'state'}
NPCSC = {'level': 'central', 'kind': "people's congress", 'canonical': '全国人民代表大会常务委员会'}

# 三是 深化改革扩大开放
U('全国统一大市场', req=False)
opt_fig('一批', 1, '批', '', ctx='一批妨碍')  # 一批: optional (earlier rounds)
Q('新三样', 'term', req=False)  # a quoted designation of a class of products (round 10)
F('近30%', 30, '%', '“新三样”出口增长', ap='less_than')
Q('一带一路', 'formula')
U('高质量发展', req=False)  # every occurrence optional (earlier rounds; slip fixed after the first measurement)
# 四是 强化生态环境保护治理
U('美丽中国', req=False)
s(P, '中国', False, ctx='美丽中国')
U('蓝天、碧水、净土保卫战', 'campaign', req=False)
U('碳达峰', req=False)
# 五是 着力抓好民生保障
F('超过3300万', 33000000, '', '脱贫人口务工规模', ap='more_than')
Q('双减', 'formula')  # a quoted coded policy formula (like “一老一小”, round 9)
F('1100多万', 11000000, '', '学生', ap='more_than')
Q('乙类乙管', 'formula', req=False)  # a quoted classification of a disease's management (undecided)
s(P, '海河')  # the river (as 海河“23·7”, earlier round)
s(P, '甘肃积石山')  # the place of the earthquake: a province–county chain, longest name (undecided)
s(P, '甘肃', False)
s(P, '积石山', False)
s(P, '成都', False)  # a city at the start of an event name (round 4)
s(P, '杭州', False)
# 六是 全面加强政府建设
U('以习近平同志为核心的党中央', req=False)
s(PE, '习近平', title='同志')
s(DEP, '党中央', **CC)
s(DEP, '党中央', ctx='贯彻党中央', **CC)
U('学习贯彻习近平新时代中国特色社会主义思想主题教育', 'campaign', req=False)
U('习近平新时代中国特色社会主义思想')
s(PE, '习近平', False)
U('新时代中国特色社会主义思想', req=False)
s(P, '中国', False)
U('中国特色社会主义', req=False)
U('主题教育', 'campaign', req=False)
U('法治政府', req=False)
s(DEP, '全国人大常委会', **NPCSC)
s(DEP, '人大常委会', False)
F('10件', 10, '件', '法律议案')
F('25部', 25, '部', '行政法规')
U('提升行政执法质量三年行动', 'campaign', req=False)
opt_fig('三年', 3, '年', '行动')  # a duration inside an action's name (earlier rounds)
s(DEP, '人大', False, ctx='人大代表', kind="people's congress")
s(DEP, '政协', False, ctx='政协委员', kind='state')
U('党风廉政建设', req=False)
U('反腐败斗争', req=False)
U('中央八项规定精神')  # the canonical long form (round 3)
U('中央八项规定', req=False)
s(DEP, '中央', False)
Q('四风', 'formula')  # required (round 5)
U('平安中国')  # like 平安浙江 / 平安天津 (rounds 3, 6), the national form (decided by analogy)
s(P, '中国', False, ctx='平安中国')
# 一年来，中国特色大国外交
s(DT, '一年来', False, **Y23)
U('中国特色大国外交', req=False)
s(P, '中国', False, ctx='中国特色大国外交')
s(PE, '习近平', title='主席')
s(DEP, '金砖国家', False, kind='international organisation')  # an international grouping (round 12)
s(DEP, '亚太经合组织', False, kind='international organisation')
s(P, '亚太', False)
s(P, '东亚', False)  # a region without fixed boundary
s(P, '中国', False, ctx='中国－中亚峰会')  # inside the summit's name (round 14)
s(P, '中亚', False)
Q('一带一路', 'formula')  # inside the forum's name, required (round 14); 第三届 an ordinal
U('人类命运共同体')
U('全球发展倡议'); U('全球安全倡议'); U('全球文明倡议')
s(P, '中国', ctx='中国为促进')
# 各位代表！ 过去一年取得的成绩 …
s(DT, '过去一年', False, **Y23)
s(PE, '习近平', title='总书记')
U('习近平新时代中国特色社会主义思想')
s(PE, '习近平', False)
U('新时代中国特色社会主义思想', req=False)
s(P, '中国', False)
U('中国特色社会主义', req=False)
U('以习近平同志为核心的党中央', req=False)
s(PE, '习近平', title='同志')
s(DEP, '党中央', **CC)
s(DEP, '国务院', canonical='中华人民共和国国务院', **STATE)
s(DEP, '民主党派', False)  # optional (round 3)
s(DEP, '人民团体', False)  # a class of bodies (undecided)
s(P, '香港特别行政区')  # the SAR form: required, 香港 inside optional (round 13)
s(P, '香港', False)
s(P, '澳门特别行政区')
s(P, '澳门', False)
s(P, '台湾')  # 台湾同胞: required (round 8)
s(P, '中国', ctx='中国现代化建设')
# 在肯定成绩的同时 …
U('国内大循环', req=False)
U('形式主义、官僚主义', req=False)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
