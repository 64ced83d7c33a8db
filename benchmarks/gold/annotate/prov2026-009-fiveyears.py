from _ann import DEP, DT, PE, Ann, P

# Shandong 2026 government work report, the review of the five years of the
# 14th Five-Year Plan: the fields 科技创新, 美丽山东, 基础设施, 城乡区域协调,
# 文化, 人民生活 and the paragraph on the other fields of work. Figure-dense
# (由…增至… pairs, 倍, 个百分点), quoted coded formulas, places, metropolitan
# areas. Traditional (OpenCC s2t of the simplified source).
A = Ann('prov2026-009', 4901, 6605, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
EM = 'exact|more_than'   # after 达到 / 达 / 突破

# ——科技创新能力实现新跃升
F('2个', 2, '个', '大科学装置')
F('8家', 8, '家', '国家技术创新中心、新兴产业创新中心、制造业创新中心', ap=EM)
Q('1313')                                   # quoted coded formula (实验室体系)
Q('2+N')                                    # quoted coded formula (人才集聚雁阵格局)
F('11.5%', 11.5, '%', '全社会研发投入年均增长')
F('1个百分点', 1, '个百分点', '高于全国')
F('5年', 5, '年', '', req=False)             # duration
F('2万多家', 20000, '家', '高新技术企业', ap='more_than')
F('26.2万件', 262000, '件', '发明专利授权量')
F('10个', 10, '个', 'Ⅰ类新药')
# ——美丽山东建设实现新跃升
U('美丽山东', req=False)                    # like 美丽中国 (round 4): optional
s(P, '山东', False, ctx='美丽山东建设')
F('1.39亿千瓦', 139000000, '千瓦', '非化石能源发电装机', ap=EM)
F('31%', 31, '%', '非化石能源发电装机占比')
F('54%', 54, '%', '非化石能源发电装机占比')
F('20.5%', 20.5, '%', '碳排放强度下降')
F('万元', 10000, '元', '', req=False)        # the denominator of a rate (万元生产总值用水量)
F('22%', 22, '%', '万元生产总值用水量下降')
F('77.8%', 77.8, '%', '空气优良天数比例', ap=EM)
U('山水林田湖草沙', req=False)
F('16.4万亩', 164000, '亩', '治理废弃矿山')
F('401万亩', 4010000, '亩', '小流域面积')
F('61%', 61, '%', '城市污水处理厂')
F('90余万亩', 900000, '亩', '修复湿地', ap='more_than')
F('88万亩', 880000, '亩', '造林')
s(DEP, '中央', False, ctx='中央污染防治')     # inside a campaign name
U('污染防治攻坚战', 'campaign', req=False)
F('36个', 36, '个', '国家生态文明建设示范区')
Q('两山')                                   # coded formula (round 10)
F('14个', 14, '个', '“两山”实践创新基地')
F('7个', 7, '个', '美丽河湖')
F('16个', 16, '个', '美丽海湾')
s(P, '黄河口')
s(P, '黄河', False, ctx='黄河口')
Q('鸟浪', 'term', req=False)
# ——基础设施建设实现新跃升
U('交通强国', req=False)
F('2110公里', 2110, '公里', '高铁里程')
F('3055公里', 3055, '公里', '高铁里程')
F('7473公里', 7473, '公里', '高速公路')
F('9310公里', 9310, '公里', '高速公路')
F('八车道', 8, '车道', '', req=False)         # a class, like 750千伏
F('11个', 11, '个', '通用机场')
F('25个', 25, '个', '通用机场', ap=EM)
F('超过21亿吨', 2100000000, '吨', '沿海港口货物吞吐量', ap='more_than')
F('21亿吨', 2100000000, '吨', '沿海港口货物吞吐量', req=False)
s(P, '京杭运河')
s(P, '小清河')
Q('河海直达', 'term', req=False)
F('5年', 5, '年', '', req=False, ctx='5年增长1.6倍')
F('1.6倍', 1.6, '倍', '内河港口吞吐量')
s(P, '老岚水库', False)                       # reservoirs optional (round 3)
F('58座', 58, '座', '水源型水库')
F('9.5亿立方米', 950000000, '立方米', '新增供水能力')
F('4.3倍', 4.3, '倍', '5G基站')
F('3.5倍', 3.5, '倍', '算力规模')
F('超过50%', 50, '%', '智能算力占比', ap='more_than')
F('50%', 50, '%', '智能算力占比', req=False, ctx='超过50%')
# ——城乡区域协调发展实现新跃升
Q('两圈联动、三核引领、陆海统筹、全面发力')
s(P, '山东半岛城市群')                        # a region with a defined membership (like 沈阳都市圈)
s(P, '山东半岛', False)
s(P, '山东', False, ctx='山东半岛城市群')
s(P, '济南', ctx='济南、青岛都市圈')           # 济南(都市圈), the shared head elided
s(P, '青岛都市圈')                            # like 沈阳都市圈 (round 11)
s(P, '青岛', False, ctx='青岛都市圈')
s(P, '济青', False)                           # joined abbreviations in a railway name
Q('聊热入济', 'campaign')                      # quoted name of a programme
s(P, '聊', False, ctx='聊热入济'); s(P, '济', False, ctx='入济')
U('突破菏泽鲁西崛起', 'formula', req=False)      # strategy name, undecided
s(P, '菏泽', False)
s(P, '鲁西', False)
s(P, '沂蒙革命老区')
s(P, '沂蒙', False, ctx='沂蒙革命老区')
F('千亿', 100000000000, '', '县', req=False)   # a scale class (千亿县)
F('超过30个', 30, '个', '千亿县', ap='more_than')
F('30个', 30, '个', '千亿县', req=False, ctx='超过30个')
F('67.5%', 67.5, '%', '常住人口城镇化率', ap=EM)
F('5年', 5, '年', '', req=False, ctx='5年提高')
F('4.5个百分点', 4.5, '个百分点', '常住人口城镇化率提高')
F('2.12', 2.12, '', '城乡收入比', req=False)   # unitless ratio
F('4.2万公里', 42000, '公里', '新改建农村公路')
U('新型城镇化', req=False)
U('乡村全面振兴', req=False)
# ——文化繁荣发展实现新跃升
U('社会主义核心价值观')
F('13部', 13, '部', '作品')
Q('五个一工程', 'term', req=False)           # slip fixed: “…”奖, an award's name (round 12, “中国节水奖”); no FIGURE
Q('两创')                                   # coded formula
s(P, '齐鲁', False, ctx='《齐鲁文库》')          # inside a title of works
Q('海岱考古', 'term', req=False)               # a quoted brand
s(P, '海岱', False)
s(PE, '孔子', False, ctx='国际孔子文化节')       # inside an event name
s(P, '尼山', False, ctx='尼山世界文明论坛')      # a place at the start of an event name
Q('好客山东 好品山东', 'term', req=False)        # a quoted brand (round 13 passage of 2026 plans)
s(P, '山东', False, ctx='好客山东')
s(P, '山东', False, ctx='好品山东”')
# ——人民生活水平实现新跃升
F('20项', 20, '项', '重点民生实事')
F('万亿元', 1e12, '元', '财政民生支出', ap=EM)
F('80%左右', 80, '%', '财政民生支出占比', ap='about')
F('34.3%', 34.3, '%', '居民人均可支配收入增长')
F('2552万辆', 25520000, '辆', '汽车保有量')
F('3230万辆', 32300000, '辆', '汽车保有量')
F('45万辆', 450000, '辆', '新能源汽车')
F('356万辆', 3560000, '辆', '新能源汽车')
F('293家', 293, '家', '国家一级图书馆、博物馆、文化馆', ap=EM)
F('142万个', 1420000, '个', '中小学学位')
s(DEP, '康复大学', False, kind='university')   # universities optional
F('14所', 14, '所', '高校')
F('6.2个百分点', 6.2, '个百分点', '高等教育毛入学率提升')
F('千人', 1000, '人', '', req=False, ctx='千人口')   # the denominator of a rate
F('6.4张', 6.4, '张', '千人口床位数')
F('7.6张', 7.6, '张', '千人口床位数')
F('80.5岁', 80.5, '岁', '人均预期寿命')   # slip fixed: a life expectancy is required (round 5)
U('统筹做好疫情防控和经济社会发展', req=False)
U('平安山东')                                # like 平安浙江 / 法治浙江 (round 3)
s(P, '山东', False, ctx='平安山东')
U('法治山东')
s(P, '山东', False, ctx='法治山东')
# 五年来 …
s(DT, '五年来', False)
U('双拥', req=False)
s(P, '台港澳', False)                          # one-character abbreviations
s(DEP, '工会', False, ctx='工会、青少年')        # generic mass organisations
s(DEP, '红十字会', False)

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
