from _ann import CC, DEP, DT, PE, SL, Ann, P

# Round 7: the five-year review of the Zhejiang report (the passage [21260, 23478) of
# prov2026-018.py is the plans; this one is a second, separate range of the same article).
A = Ann('prov2026-018', 5480, 7483, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
ZPC = {'level': 'province', 'kind': 'party', 'canonical': '中共浙江省委员会'}
WAN = 10000; YI = 100000000; WY = 1000000000000
def shiwu(ctx=None):  # “十四五”: a five-year-plan period (round 1): optional DATE and SLOGAN
    s(DT, '十四五', False, ctx=ctx, value='2021/2025')
    Q('十四五', 'period', req=False)
def wunianlai(ctx=None):
    s(DT, '五年来', False, ctx=ctx)
    s('FIGURE', '五年', False, value=5, approx='exact', unit='年')  # duration

# 各位代表！2025年各项目标任务的圆满完成，标志着“十四五”胜利收官。
s(DT, '2025年', value='2025')
shiwu()
shiwu(ctx='“十四五”的五年')
s('FIGURE', '五年', False, value=5, approx='exact', unit='年')  # duration
s(P, '浙江')
wunianlai()
s('FIGURE', '四件', False, value=4, approx='exact', unit='件', subject='大事')  # count announcing the list (round 3)
# 一是 …
s(PE, '习近平', title='总书记')
s(P, '浙江', ctx='考察浙江')
Q('4+1')  # quoted coded formula (重要要求); no FIGURE
Q('132')  # quoted coded formula (总体工作部署)
Q('两个确立'); Q('两个维护')
# 二是 …
Q('八八战略')
Q('绿水青山就是金山银山')  # quoted formula (理念)
Q('千万工程', 'campaign')
Q('八项工程', 'campaign')  # 文化建设“八项工程”; no FIGURE
s('FIGURE', '20年', False, value=20, approx='exact', unit='年')  # anniversary (提出和实施20年)
s(PE, '习近平', title='总书记')
s(P, '浙江', ctx='留给浙江')
s(PE, '习近平', title='总书记')
# 三是 …
s(DEP, '党中央', **CC)
s(P, '浙江', ctx='赋予浙江')
U('高质量发展建设共同富裕示范区', req=False)
U('高质量发展', req=False)
U('共同富裕示范区')
U('共同富裕', req=False)
s('FIGURE', '一批', False, value=1, approx='exact', unit='批')
# 四是 成功举办杭州第19届亚运会、第4届亚残运会
s(P, '杭州', False)  # a place at the start of an event name (round 4: 北京冬奥会)
s('FIGURE', '一场', False, value=1, approx='exact', unit='场')
Q('中国特色、亚洲风采、精彩纷呈', 'directive')  # the quoted requirement for the Games
s(P, '中国', False); s(P, '亚洲', False)  # inside a quoted slogan
# 五年来，我们有力有效应对世纪疫情冲击、中美贸易摩擦…
wunianlai()
s(P, '中美', False)  # joined abbreviations (round 2)
shiwu()
U('中国式现代化')  # round 5
s(P, '中国', False)
# ——发展质效不断提高 …
F('7万亿', 7 * WY, '', '全省生产总值', ap='exact|more_than')  # 跨越: verb outside, like 突破
F('8万亿', 8 * WY, '', '全省生产总值', ap='exact|more_than')
F('9万亿', 9 * WY, '', '全省生产总值', ap='exact|more_than')
s('FIGURE', '三个', False, value=3, approx='exact', unit='个', subject='大台阶')  # count after a closed list (round 2)
F('5.9%', 5.9, '%', '全省生产总值年均增长')
# 规模稳居全国第4位: a rank, no figure
s(DT, '2020年', value='2020')
F('10.5万元', 10.5 * WAN, '元', '人均地区生产总值（2020年）')
s(DT, '2025年', value='2025')
F('14万元左右', 14 * WAN, '元', '人均地区生产总值（2025年）', ap='about')
F('7248亿元', 7248 * YI, '元', '一般公共预算收入')
F('8865亿元', 8865 * YI, '元', '一般公共预算收入')
# ——创新动能显著增强 …
U('新质生产力')  # round 1
F('2.77%', 2.77, '%', '研发投入强度')
F('3.3%左右', 3.3, '%', '研发投入强度', ap='about')
s(DEP, '国家实验室', False)  # research institutes (round 6)
s(DEP, '国家级制造业创新中心', False)  # a class of centres, like institutes (undecided)
s(DEP, '全国重点实验室', False)  # a class of laboratories (round 6)
F('15家', 15, '家', '全国重点实验室')
F('38家', 38, '家', '全国重点实验室')
s(DEP, '联合国全球地理信息知识与创新中心', False)  # an international organisation's body
s(DEP, '联合国', False)
s(P, '浙江', ctx='落户浙江')
s('FIGURE', '万人', False, value=WAN, approx='exact', unit='人')  # 每万人: the denominator of a rate (undecided)
F('11件', 11, '件', '每万人高价值发明专利拥有量')
F('24件', 24, '件', '每万人高价值发明专利拥有量')
F('4.7万家', 4.7 * WAN, '家', '规上工业企业')
F('6.1万家', 6.1 * WAN, '家', '规上工业企业')
F('2.2万家', 2.2 * WAN, '家', '高新技术企业')
F('4.9万家', 4.9 * WAN, '家', '高新技术企业')
F('518家', 518, '家', '上市公司')
F('731家', 731, '家', '上市公司')
F('8个', 8, '个', '国家先进制造业集群', ap='exact|more_than')  # 达: verb outside (round 3)
# ——改革开放纵深推进 …
s(P, '浙江', ctx='落地浙江')
s(P, '金华（义乌）', False)  # a logistics hub's name: city before a facility (undecided)
s(P, '金华', False); s(P, '义乌', False, ctx='金华（义乌）')
s(P, '中欧', False, ctx='中欧班列')  # joined abbreviations
s(P, '义乌', False, ctx='义乌国际贸易综合改革')  # place at the start of a reform programme's name (round 2)
s(P, '宁波舟山', False)  # at the start of a programme designation (round 5: 上海国际经济中心)
s(P, '宁波', False); s(P, '舟山', False)
# 从全球第11位跃升至第7位: ranks
F('4万亿元', 4 * WY, '元', '出口规模', ap='exact|more_than')  # 突破 outside
F('14%', 14, '%', '出口占全国份额')
F('15.5%', 15.5, '%', '出口占全国份额')
s('FIGURE', '五年', False, value=5, approx='exact', unit='年', ctx='五年累计')  # duration
F('846亿美元', 846 * YI, '美元', '累计使用外资')
s(DEP, '世界互联网大会', False)  # an international organisation / an event
s(P, '乌镇', False)  # inside an event name (世界互联网大会乌镇峰会)
s(P, '中国', False, ctx='中国—中东欧国家博览会')  # inside an event name
s(P, '中东欧', False)  # a region
s(P, '中非', False)  # joined abbreviations
Q('良渚论坛', 'term', req=False)  # a forum's name, like the event brands of round 6
s(P, '良渚', False)
s(P, '中国', False, ctx='中国民营企业')  # inside the name of the rankings
Q('五张榜单', 'term', req=False)  # a quoted designation of rankings (a rating; undecided)
s('FIGURE', '两年', False, value=2, approx='exact', unit='年')  # duration (连续两年)
s(DEP, '全国工商联', level='central', kind='mass organisation', canonical='中华全国工商业联合会')
s(DEP, '工商联', False)
s('FIGURE', '万家', False, value=WAN, approx='exact', unit='家', subject='民企')  # inside a survey's name (undecided)
s(P, '浙江', ctx='营商环境浙江')
# ——共同富裕探路先行 …
F('7万元', 7 * WAN, '元', '全体居民人均可支配收入', ap='exact|more_than')  # 突破 outside
F('超过8万元', 8 * WAN, '元', '城镇居民人均可支配收入', ap='more_than')  # 超过 inside (round 2)
s('FIGURE', '8万元', False, value=8 * WAN, approx='exact|more_than', unit='元')
F('4.5万元', 4.5 * WAN, '元', '农村居民人均可支配收入', ap='exact|more_than')  # 分别超过 … governs it from outside
s('FIGURE', '1.96', False, value=1.96, approx='exact', unit='')  # unitless ratio (收入倍差)
s('FIGURE', '1.81', False, value=1.81, approx='exact', unit='')
F('72%', 72, '%', '常住人口城镇化率')
F('76%左右', 76, '%', '常住人口城镇化率', ap='about')
U('长三角一体化发展', req=False)  # the name of a national strategy without 战略 (undecided)
s(P, '长三角', False)  # a place at the start of a strategy name (round 4: 黄河国家战略)
F('300项', 300, '项', '政务事项（实现“跨省通办”）')
Q('跨省通办', 'campaign')  # quoted name of a reform measure (round 2)
F('113项', 113, '项', '居民服务事项（实现“一卡通用”）')
Q('一卡通用', 'campaign')
s('FIGURE', '三个', False, value=3, approx='exact', unit='个', subject='1小时交通圈', ctx='三个“1小时')  # after a closed list
Q('1小时交通圈', 'term', req=False)  # a quoted planning coinage; no FIGURE inside
s('FIGURE', '84.7', False, value=84.7, approx='exact', unit='')  # a score without unit (undecided)
s('FIGURE', '89.6', False, value=89.6, approx='exact', unit='')
F('80.2岁', 80.2, '岁', '人均预期寿命')  # life expectancy (round 5)
F('82.5岁', 82.5, '岁', '人均预期寿命')
s(P, '良渚古城遗址公园', False); s(P, '良渚', False)  # a venue, the place inside it
s(P, '杭州国家版本馆', False); s(DEP, '杭州国家版本馆', False); s(P, '杭州', False)  # a national archive/museum, a venue
s(P, '之江文化中心', False); s(P, '之江', False)
s(P, '浙东运河文化园', False); s(P, '浙东运河', False); s(P, '浙东', False)
s('FIGURE', '一大批', False, value=1, approx='exact', unit='批')
# archaeological sites and scenic areas named by their county or city: venues (undecided; all optional)
s(P, '余姚井头山', False); s(P, '余姚', False); s(P, '井头山', False)
s(P, '温州朔门古港', False); s(P, '温州', False); s(P, '朔门古港', False)
s(P, '仙居下汤遗址', False); s(P, '仙居', False)
s(P, '台州府城', False); s(P, '台州', False)
s(P, '云和梯田', False); s(P, '云和', False)
s(P, '金华双龙', False); s(P, '金华', False)
# 十大考古新发现 (an award's name) and 5A级 (a rating class): no figure
U('双拥', req=False)  # inside the title 全国双拥模范城 (round 3)
Q('满堂红', 'term', req=False)  # round 4
# ——社会治理更加高效 …
U('平安浙江'); s(P, '浙江', False)
U('法治浙江'); s(P, '浙江', False)
U('新时代', req=False); s(DT, '新时代', False)
Q('枫桥经验'); s(P, '枫桥', False)
F('1655万件', 1655 * WAN, '件', '化解各类矛盾纠纷（累计）')
F('90%以上', 90, '%', '矛盾纠纷（化解在基层）', ap='more_than|at_least')
s('FIGURE', '90%', False, value=90, approx='exact|at_least', unit='%')
U('法治政府建设', req=False)  # policy phrase
wunianlai()
F('35.9%', 35.9, '%', '刑事案件总量下降')
F('49.9%', 49.9, '%', '生产安全事故起数下降')
F('45%', 45, '%', '生产安全事故死亡人数下降')
F('1.8%', 1.8, '%', '道路交通事故起数下降')
F('31.3%', 31.3, '%', '道路交通事故死亡人数下降')
# 各位代表！“十四五”发展成就来之不易。
shiwu()
s(SL, '以习近平同志为核心的党中央', False, kind='formula', quoted=False)
s(PE, '习近平', title='同志')
s(DEP, '党中央', **CC)
U('习近平新时代中国特色社会主义思想')
s(PE, '习近平', False); s(P, '中国', False)
s(DEP, '省委', **ZPC)
s(DEP, '省人民政府', level='province', kind='state', canonical='浙江省人民政府')
s(DEP, '人大', False, ctx='人大代表', level='province', kind="people's congress")  # round 4
s(DEP, '政协', False, ctx='政协委员', kind='cppcc')  # round 5
s(DEP, '民主党派', False)  # round 3
s(DEP, '工商联', level='province', kind='mass organisation')  # round 5
s(DEP, '中央', False, ctx='中央驻浙', level='central')  # 中央 alone (round 1)
s(P, '浙', False, ctx='中央驻浙')  # one-character abbreviation
s(P, '浙', False, ctx='驻浙人民解放军')
s(DEP, '人民解放军', level='central', kind='state', canonical='中国人民解放军')  # round 2
s(DEP, '武警部队', level='central', kind='state', canonical='中国人民武装警察部队')
s(P, '浙江', ctx='支持浙江')
s(P, '港澳', False)  # joined abbreviations
s(P, '台湾')  # 台湾同胞: the text is about the place (like 中国 in 中国人民)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
