from _ann import DEP, DT, PE, SL, Ann, P

# Round 22: the Liaoning report's review of the five years of the 14th Five-Year Plan
# ("“十四五”时期是…": growth rates, 辽宁实验室, projects, “一圈一带两区”, investment by
# field, environment, livelihoods, “五个一工程”, “保交楼”“保交房”), the thanks to the organs
# and forces, the problems (5项 / 1项 indicators, “三保”), the heading of part two and the
# paragraph on the 15th Five-Year Plan outline. Simplified. A fourth range of the article,
# between the review of 2025 ([3102, 4939)) and the tasks ([13644, ...)).
A = Ann('prov2026-026', 5303, 7270)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000; YI = 100000000
LNPC = {'level': 'province', 'kind': 'party', 'canonical': '中共辽宁省委'}
LNGOV = {'level': 'province', 'kind': 'state', 'canonical': '辽宁省人民政府'}
FYP14 = {'value': '2021/2025'}
FYP13 = {'value': '2016/2020'}


def fyp(code, v, ctx=None, with_period=True):
    """“十四五”时期: optional as DATE (with and without 时期) and as SLOGAN kind period."""
    if with_period:
        s(DT, f'“{code}”时期', False, ctx=ctx, value=v)
    c2 = ctx[ctx.index('“') + 1:] if ctx else None  # the cursor is now on the opening mark
    s(DT, code, False, ctx=c2, value=v)
    s(SL, code, False, ctx=c2, kind='period', quoted=True)


def five_years(ctx):  # 五年来: a relative time and a duration, both optional
    s(DT, '五年来', False, ctx=ctx, value='2021/2025', resolved='2021/2025')
    s('FIGURE', '五年', False, ctx=ctx, value=5, approx='exact', unit='年')


# “十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。
fyp('十四五', '2021/2025')
U('全面建设社会主义现代化国家新征程', req=False)
U('全面建设社会主义现代化国家', req=False)
U('新征程', 'term', req=False, ctx='国家新征程')
s('FIGURE', '五年', False, ctx='第一个五年', value=5, approx='exact', unit='年')   # 第一个: ordinal
# 全省上下深入落实省第十三次党代会部署要求，大力实施全面振兴新突破三年行动，…
s(DT, '省第十三次党代会', False)                        # a congress as a time/actor (like plenary sessions)
s(DEP, '省第十三次党代会', False, level='province', kind='party')
U('全面振兴新突破三年行动', 'campaign', req=False)      # unquoted programme name
s('FIGURE', '三年', False, ctx='三年行动', value=3, approx='exact', unit='年')
F('4.5%', 4.5, '%', '地区生产总值年均增长')
fyp('十三五', '2016/2020', ctx='“十三五”时期1.2')
F('1.2个百分点', 1.2, '个百分点', '地区生产总值年均增速高于“十三五”时期')
U('中国式现代化', req=False, ctx='中国式现代化辽宁实践')   # as a modifier (r7r)
s(P, '中国', False, ctx='中国式现代化辽宁实践')
s(P, '辽宁', ctx='辽宁实践')                             # the text is about the province (r7s)
# 五年来，创新实力日益彰显。
five_years('五年来，创新')
s(DEP, '辽宁实验室', False, kind='research institute')   # research institutes: optional (guide)
s(P, '辽宁', False, ctx='辽宁实验室')
F('7.4%', 7.4, '%', '全社会研发经费年均增长')
# “国和一号”“华龙一号”三代核主泵、歼-35系列新型战机: quoted product names, numerals inside names: none
s(P, '辽', False, ctx='在辽问世')                         # one-character abbreviation (round 1)
F('10.3%', 10.3, '%', '高技术制造业增加值年均增长')
F('4个', 4, '个', '集群（获评国家先进制造业集群）', req=False)  # a count after the closed list (round 2)
# 五年来，改革开放纵深推进。
five_years('五年来，改革')
s(DEP, '鞍本钢', False, kind='enterprise')               # enterprises: optional (guide)
s(DEP, '鞍凌钢', False, kind='enterprise')
F('3500亿元', 3500 * YI, '元', '央地合作完成投资')
s(DEP, '华锦阿美', False, kind='enterprise')
s(DEP, '华晨宝马', False, kind='enterprise')
s(DEP, 'SK海力士', False, kind='enterprise')
fyp('十三五', '2016/2020', ctx='“十三五”时期增长78.9%')
F('78.9%', 78.9, '%', '实际使用外资比“十三五”时期增长')
# 五年来，协调发展步伐稳健。
five_years('五年来，协调')
Q('一圈一带两区', 'formula')                             # quoted coded formula (prov2026-026-review); no FIGURE
s('FIGURE', '一批', False, ctx='一批期盼', value=1, approx='exact', unit='批')
fyp('十三五', '2016/2020', ctx='“十三五”时期增长19.1%')
F('19.1%', 19.1, '%', '高速公路投资比“十三五”时期增长')
F('120%', 120, '%', '水利投资比“十三五”时期增长')
F('41.5%', 41.5, '%', '电网投资比“十三五”时期增长')
F('500亿斤', 500 * YI, '斤', '粮食产量', ap='exact|more_than')   # 跃上…台阶: a verb outside
F('60%', 60, '%', '城乡环卫一体化覆盖率')
F('92%', 92, '%', '农村自来水普及率')
# 五年来，绿色发展底色鲜明。
five_years('五年来，绿色')
U('绿色发展', 'term', req=False)
# PM2.5 is a name (round 4): no FIGURE
F('19%', 19, '%', 'PM2.5浓度下降')
F('6.1个百分点', 6.1, '个百分点', '优良天数比例提高')
F('15.6个百分点', 15.6, '个百分点', '地表水国考断面优良水质比例提高')
F('54.8%', 54.8, '%', '清洁能源装机占比')
F('51.3%', 51.3, '%', '清洁能源发电量占比')
# 五年来，民生保障扎实有力。
five_years('五年来，民生')
F('超过46万人', 46 * WAN, '人', '城镇新增就业人数年均', ap='more_than')   # 超过 inside (guide, round 2)
s('FIGURE', '46万人', False, value=46 * WAN, approx='exact|more_than', unit='人')
F('4.4%', 4.4, '%', '城镇居民人均可支配收入年均增长')
F('6.5%', 6.5, '%', '农村居民人均可支配收入年均增长')
F('79.2%', 79.2, '%', '优质特色高中就读学生占比')
F('13.2个百分点', 13.2, '个百分点', '优质特色高中就读学生占比提高')
s(DEP, '儿童区域医疗中心', False, kind='hospital')       # classes of medical centres (prov2026-026-tasks)
F('932个', 932, '个', '乡镇（街道）养老服务机构')
F('5个', 5, '个', '新增全国文明城市')
F('108个', 108, '个', '新增全国文明村镇')
# 电影《钢铁意志》: title of a work, nothing inside
F('6部', 6, '部', '作品（获“五个一工程”奖）')
s(DEP, '中宣部', level='central', kind='party', canonical='中共中央宣传部')
Q('五个一工程', 'campaign', req=False)                   # the quoted name of a programme inside an award's name: undecided
# 五年来，安全屏障不断巩固。
five_years('五年来，安全')
Q('保交楼', 'campaign')                                  # quoted names of a campaign (…攻坚战)
Q('保交房', 'campaign')
fyp('十三五', '2016/2020', ctx='“十三五”时期下降44.1%')
F('44.1%', 44.1, '%', '生产安全事故起数比“十三五”时期下降')
F('29.7%', 29.7, '%', '生产安全事故死亡人数比“十三五”时期下降')

# 回顾奋斗的历程，…习近平总书记都亲自为我们擘画蓝图、把脉定向。
s(PE, '习近平', ctx='习近平总书记都', title='总书记')
s(P, '辽宁', ctx='辽宁大地')
s('FIGURE', '一处', False, value=1, approx='exact', unit='处')   # 每一处 / 每一点 (like 每一个)
s('FIGURE', '一点', False, ctx='每一点进步', value=1, approx='exact', unit='点')
s(P, '辽宁', ctx='对辽宁的深情')
Q('两个确立'); Q('四个意识'); Q('四个自信'); Q('两个维护')   # quoted numbered formulas; no FIGURE
s(PE, '习近平', ctx='习近平总书记领航', title='总书记')
U('习近平新时代中国特色社会主义思想')
s(PE, '习近平', False, ctx='习近平新时代')
U('新时代中国特色社会主义思想', req=False, ctx='习近平新时代中国特色社会主义思想')
s(DT, '新时代', False, ctx='新时代中国特色社会主义思想')
U('中国特色社会主义', req=False, ctx='中国特色社会主义思想科学')
s(P, '中国', False, ctx='中国特色社会主义思想科学')
s(DEP, '省委', ctx='是省委团结', **LNPC)
s(DEP, '省人大', level='province', kind="people's congress", canonical='辽宁省人民代表大会')
s(DEP, '省政协', level='province', kind='cppcc', canonical='中国人民政治协商会议辽宁省委员会')
s(DEP, '省人民政府', **LNGOV)
s(DEP, '人大', False, ctx='人大代表、', kind="people's congress")   # inside the deputies' title (round 4)
s(DEP, '政协', False, ctx='政协委员，', kind='cppcc')             # round 5
s(DEP, '民主党派', False)                                          # round 3
s(DEP, '工商联', kind='mass organisation', canonical='工商业联合会')  # named body (round 3)
# 各人民团体: generic
s(P, '辽', False, ctx='驻辽中央')
s(DEP, '中央', False, ctx='中央单位', level='central')
s(DEP, '人民解放军', level='central', kind='military', canonical='中国人民解放军')   # round 2
s(DEP, '武警', level='central', kind='military', canonical='中国人民武装警察部队')   # 武警官兵 (decided in an earlier round)
s(DEP, '公安', False, ctx='公安干警', kind='state')                # a branch as a class of personnel: undecided
s(DEP, '消防救援', False, ctx='消防救援指战员', kind='state')      # like 消防救援队伍 (prov2026-012): undecided
s(P, '辽宁', ctx='为辽宁振兴')
s(P, '辽宁', ctx='支持辽宁振兴')
s(P, '港澳台', False)                                              # round 2

# 各位代表，“十四五”时期，…5项预期性指标、1项约束性指标未能如期完成。
fyp('十四五', '2021/2025', ctx='各位代表，“十四五”时期')
F('5项', 5, '项', '预期性指标（未能如期完成）')
F('1项', 1, '项', '约束性指标（未能如期完成）')
Q('三保', 'formula')                                               # round 9

# 二、“十五五”时期目标任务和2026年工作安排 (list number: none)
fyp('十五五', '2026/2030')
s(DT, '2026年', value='2026')
# 党的二十届四中全会对未来五年…
sp = s(DT, '党的二十届四中全会', False)                              # a plenary session (round 2)
s(DEP, '党的二十届四中全会', False, at=sp['start'], kind='party')     # organ in session (r7n)
s(DT, '二十届四中全会', False)
s(DT, '未来五年', False, value='2026/2030', resolved='2026/2030')
s('FIGURE', '五年', False, ctx='未来五年', value=5, approx='exact', unit='年')
s(DEP, '省政府', ctx='省政府全面', **LNGOV)
sp = s(DT, '党的二十届四中全会', False, ctx='党的二十届四中全会精神，按照')
s(DEP, '党的二十届四中全会', False, at=sp['start'], kind='party')
s(DT, '二十届四中全会', False)
s(DT, '省委十次全会', False)                                         # a plenary session
s(DEP, '省委', ctx='省委十次全会', **LNPC)                            # the organ is the span (round 17: 省委十二届十次全会); slip fixed after the first measurement
# 《辽宁省国民经济和社会发展第十五个五年规划纲要（草案）》: title of a work, entities inside optional
s(P, '辽宁省', False, ctx='辽宁省国民经济'); s(P, '辽宁', False, ctx='辽宁省国民经济')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
