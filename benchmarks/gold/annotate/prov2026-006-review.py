from _ann import CC, DEP, DT, PE, Ann, P

# Round 15: the Tianjin 2026 report's review of the 14th Five-Year Plan: the summary
# paragraph, the six “五年来” fields (Beijing-Tianjin-Hebei, science and industry, reform
# and opening, city governance, livelihoods, safety), the thanks and the problems. A third
# range of the article (prov2026-006.py: [2226, 4298); prov2026-006-plans.py: [12483, 14492)).
A = Ann('prov2026-006', 4697, 6671)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000; YI = 100000000
TJ = {'level': 'province', 'kind': 'party', 'canonical': '中共天津市委员会'}  # a municipality of province level
GOV = {'level': 'province', 'kind': 'state', 'canonical': '天津市人民政府'}
ST = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}


def shiwu(ctx=None):  # “十四五”: a five-year-plan period: optional DATE and SLOGAN (round 1)
    i = A.simp.find(ctx, A.cur) + ctx.index('十四五')
    s(DT, '十四五', False, at=i, value='2021/2025')
    Q('十四五', 'period', req=False, at=i)


def wunianlai(ctx):  # 五年来: a relative time and a duration, both optional
    s(DT, '五年来', False, ctx=ctx)
    s('FIGURE', '五年', False, ctx=ctx, value=5, approx='exact', unit='年')


# 各位代表！“十四五”以来 …
shiwu(ctx='“十四五”以来')
s(DT, '“十四五”以来', False, at=A.cur - 1)                                   # the longer relative form
s(DEP, '市委', ctx='在市委坚强领导下', **TJ)
U('高质量发展', req=False, ctx='高质量发展稳的态势')               # a policy phrase (round 1)
F('4.4%', 4.4, '%', 'GDP年均增长')
F('30%以上', 30, '%', '工业战略性新兴产业占规上工业比重', ap='more_than|at_least')  # 达到 outside
s('FIGURE', '30%', False, value=30, approx='exact|more_than|at_least', unit='%')
F('万亿元', WAN * YI, '元', '服务业增加值', ap='exact|more_than')  # 跨上…台阶: the verb outside
F('5%', 5, '%', '居民人均可支配收入年均增长')

# 五年来，京津冀协同发展动能不断显现。
wunianlai('五年来，京津冀')
U('京津冀协同发展', req=False)                                    # a strategy phrase (prov2026-010)
s(P, '京津冀', False)                                            # joined abbreviations (round 2)
s('FIGURE', '三地', False, value=3, approx='exact', unit='', subject='地')  # anaphoric (round 11)
F('80余家', 80, '家', '央企二三级公司', ap='more_than')
s(DEP, '央企', False, ctx='80余家央企')                          # a class of enterprises (round 13)
F('千余家', 1000, '家', '优质企业', ap='more_than')
Q('六链五群', 'campaign', ctx='融入“六链五群”')                   # quoted coded programme; no FIGURE
s(P, '京津', False, ctx='京津城际')                              # a railway named by abbreviations
F('超50%', 50, '%', '京津城际全天运能提升', ap='more_than')
s('FIGURE', '50%', False, ctx='超50%', value=50, approx='exact|more_than', unit='%')

# 五年来，科技创新和产业创新加快融合。
wunianlai('五年来，科技创新')
s(P, '天开高教科创园', False)                                   # a science park, like a development zone
s(DEP, '天开高教科创园', False)
F('29家', 29, '家', '全国重点实验室')
s(DEP, '全国重点实验室', False, ctx='29家全国重点实验室')         # a class of laboratories (round 6)
F('62家', 62, '家', '驻津大院大所')
s(P, '津', False, ctx='驻津大院')                                # one-character abbreviation
s(DEP, '海光', False, kind='enterprise')                         # an enterprise before a product
s('FIGURE', '一批', False, ctx='一批重大成果', value=1, approx='exact', unit='批')
F('超1.25万家', 12500, '家', '国家科技型中小企业', ap='more_than')
s('FIGURE', '1.25万家', False, value=12500, approx='exact|more_than', unit='家')
F('8个', 8, '个', '产业规模超千亿元的产业')
F('超千亿元', 1000 * YI, '元', '产业规模', ap='more_than')
s('FIGURE', '千亿元', False, ctx='超千亿元', value=1000 * YI, approx='exact|more_than', unit='元')
F('超70%', 70, '%', '服务业对经济增长贡献率', ap='more_than')
s('FIGURE', '70%', False, ctx='超70%', value=70, approx='exact|more_than', unit='%')

# 五年来，全面深化改革开放纵深推进。
wunianlai('五年来，全面深化')
U('全面深化改革开放', req=False)                                  # optional (r7r)
U('改革开放', req=False, ctx='改革开放先行区')
U('改革开放先行区', 'term', req=False)                           # a designation of the city: undecided
s(P, '滨海新区')                                                 # a named district
s(DEP, '滨海新区', False)                                        # the district's government by metonymy
F('百余项', 100, '项', '国家级改革试点任务', ap='more_than')
s(P, '自贸试验区', False, ctx='自贸试验区制度')                   # the zone (prov2026-006.py)
s(DEP, '自贸试验区', False, ctx='自贸试验区制度')
s('FIGURE', '五年', False, ctx='连续五年', value=5, approx='exact', unit='年')  # a duration
s(DEP, '新华', False, ctx='新华·波罗的海')                      # media, inside an index name
s(P, '波罗的海', False)                                          # a place inside the index name
F('11.1%', 11.1, '%', '市属国企利润年均增长')
F('超178万户', 178 * WAN, '户', '民营经营主体', ap='more_than')
s('FIGURE', '178万户', False, value=178 * WAN, approx='exact|more_than', unit='户')
F('88家', 88, '家', '上市公司')                                  # 增至 is a verb
F('263亿美元', 263 * YI, '美元', '实际使用外资')

# 五年来，超大城市治理综合效能持续释放。
wunianlai('五年来，超大城市')
U('人民城市理念', 'term', req=False)                              # policy phrase
U('大城细管、大城智管、大城众管', req=False)                      # the city's unquoted wording: undecided
F('7条', 7, '条', '新建成轨道交通线路')
F('超400公里', 400, '公里', '轨道交通通车里程', ap='more_than')
s('FIGURE', '400公里', False, ctx='超400公里', value=400, approx='exact|more_than', unit='公里')
F('32个', 32, '个', '综合片区类城市更新项目')
s(P, '柳林公园', False)                                          # parks: venues
s(P, '柳林', False)                                              # areas of the city inside the park names:
s(P, '新梅江公园', False)                                        # optional (nesting; slip fixed after the
s(P, '新梅江', False); s(P, '梅江', False)                       # first measurement)
F('13座', 13, '座', '新建提升城市公园')                          # after a list ending in 等
F('275个', 275, '个', '新建提升口袋公园')
F('超200公里', 200, '公里', '新增城市绿道', ap='more_than')
s('FIGURE', '200公里', False, ctx='超200公里', value=200, approx='exact|more_than', unit='公里')
s(DT, '2020年', ctx='较2020年下降', value='2020')
F('25%', 25, '%', 'PM2.5年均浓度较2020年下降')
s('FIGURE', '281天', False, value=281, approx='exact', unit='天', subject='优良天数')  # a count of days (round 4: 129天)
s(DT, '2020年', ctx='比2020年增加', value='2020')
s('FIGURE', '36天', False, value=36, approx='exact', unit='天', subject='优良天数比2020年增加')
F('12条', 12, '条', '入海河流')
U('美丽天津', req=False)                                          # like 美丽山东 (round 13)
s(P, '天津', False, ctx='美丽天津')

# 五年来，民生保障扎实有力。
wunianlai('五年来，民生')
U('民心工程', 'campaign', req=False)                             # unquoted programme (prov2026-006.py)
U('一刻钟便民生活圈', 'term', req=False)                          # unquoted (r7t)
F('232个', 232, '个', '城市一刻钟便民生活圈')
s('FIGURE', '9.56万套（间）', False, value=95600, approx='exact', unit='套（间）', subject='筹建保障性租赁住房')
s('FIGURE', '9.56万套', False, value=95600, approx='exact', unit='套', subject='筹建保障性租赁住房')  # both optional (prov2026-006.py)
F('357家', 357, '家', '养老机构')
F('22.87万个', 228700, '个', '新增中小学学位')
s(DT, '2020年', ctx='较2020年翻两番', value='2020')                # 翻两番: like 翻一番, no figure
F('6639张', 6639, '张', '新增医疗卫生机构床位')
F('82.58岁', 82.58, '岁', '人均预期寿命', ap='exact|more_than')   # 达到 outside
F('800个', 800, '个', '经济薄弱村扶持')
F('100个', 100, '个', '乡村振兴示范村创建')
U('乡村振兴', req=False)                                          # optional by earlier rounds

# 五年来，城市安全稳定基底更加稳固。
wunianlai('五年来，城市安全')
U('统筹发展和安全', req=False)
s(P, '海河', ctx='海河“23·7”')                                  # the river
s(DT, '23·7', False, value='2023-07')                             # a flood named by its date: undecided
Q('23·7', 'term', req=False)
F('29处', 29, '处', '中心城区易积水点位')
F('6562公里', 6562, '公里', '新建改造供热、供排水、燃气老旧管网')
s('FIGURE', '30年以上', False, value=30, approx='more_than|at_least', unit='年', subject='燃气管道')  # an age: duration
U('法治天津')                                                     # like 法治浙江 (round 3)
s(P, '天津', False, ctx='法治天津')
U('平安天津')                                                     # like 平安浙江 / 平安山东
s(P, '天津', False, ctx='平安天津')

# 各位代表！事惟经过，方知艰辛。
shiwu(ctx='“十四五”时期是天津')
s(P, '天津', ctx='是天津爬坡')
s('FIGURE', '五年', False, ctx='积势发展的五年', value=5, approx='exact', unit='年')
s(P, '天津', ctx='是天津新时代')
s('FIGURE', '五年', False, ctx='奋力进取的五年', value=5, approx='exact', unit='年')
s(PE, '习近平', ctx='习近平总书记两次', title='总书记')
F('两次', 2, '次', '亲临天津视察指导')
s(P, '天津', ctx='亲临天津')
s(DEP, '党中央', ctx='党中央、国务院一揽子', **CC)
s(DEP, '国务院', ctx='国务院一揽子', **ST)
s('FIGURE', '一揽子', False, value=1, approx='exact', unit='揽子')  # like 一批 (r7r)
U('高质量发展', req=False, ctx='笃定高质量发展')
Q('十项行动', 'campaign', ctx='深化实化“十项行动”')               # quoted programme names; no FIGURE
Q('三新', ctx='“三新”、“三量”工作，形成'); Q('三量', ctx='“三量”工作，形成')  # quoted coded formulas (round 2)
s(DEP, '市委', ctx='市委团结带领', **TJ)
U('知恩感恩、知重负重、知难克难、知责担责', 'directive', req=False)  # unquoted wording: undecided
U('社会主义现代化大都市', 'term', req=False, ctx='全面建设社会主义现代化大都市')  # a goal designation

# 五年来成就的取得 …
s(DT, '五年来', False, ctx='五年来成就')
s('FIGURE', '五年', False, ctx='五年来成就', value=5, approx='exact', unit='年')
U('以习近平同志为核心的党中央', req=False)
s(PE, '习近平', ctx='以习近平同志', title='同志')
s(DEP, '党中央', ctx='为核心的党中央领航', **CC)
U('习近平新时代中国特色社会主义思想')
s(PE, '习近平', False, ctx='习近平新时代'); s(P, '中国', False, ctx='习近平新时代中国')
s(DEP, '党中央', ctx='是党中央、国务院坚强', **CC)
s(DEP, '国务院', ctx='国务院坚强领导', **ST)
s(DEP, '市委', ctx='是市委带领', **TJ)
s(DEP, '市人大', ctx='市人大及其常委会', level='province', kind="people's congress",
  canonical='天津市人民代表大会')
s(DEP, '常委会', False, ctx='及其常委会', level='province', kind="people's congress")  # round 5
s(DEP, '市政协', level='province', kind='cppcc', canonical='中国人民政治协商会议天津市委员会')
s(DEP, '市人民政府', **GOV)
s(DEP, '人大', False, ctx='全体人大代表', level='province', kind="people's congress")  # round 4
s(DEP, '政协', False, ctx='政协委员', kind='cppcc')                # round 5
s(DEP, '民主党派', False)                                         # round 3
s(DEP, '中央', False, ctx='中央各部门', level='central')          # 中央 alone (round 1)
s(P, '津', False, ctx='驻津解放军')
s(DEP, '解放军', level='central', kind='state', canonical='中国人民解放军')  # armed forces by name (round 2)
s(DEP, '武警部队', level='central', kind='state', canonical='中国人民武装警察部队')
s(P, '天津', ctx='为天津发展')
s(P, '天津', ctx='支持天津发展')
s(P, '港澳台', False)                                             # joined abbreviations

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
