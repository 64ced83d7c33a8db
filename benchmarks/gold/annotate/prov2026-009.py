from _ann import DEP, DT, PE, Ann, P

# Shandong 2026 government work report, review of 2025: fields (四)–(六) and the
# opening of the five-year review ("各位代表！2025年是…"). Traditional script.
A = Ann('prov2026-009', 2577, 4356, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted

# （四）重大战略实施迈出坚实步伐。
U('黄河国家战略', req=False)          # short designation of a national strategy: undecided, optional
s(P, '黄河', False)                    # inside the strategy name
s(P, '黄河', ctx='黄河干流')            # the river itself
s(P, '山东', ctx='山东段')
s(P, '晋冀鲁豫', False)                 # one-character abbreviations
F('50余个', 50, '个', '合作事项', ap='more_than')
s(P, '陇东', False)                     # a region without a fixed boundary: undecided, optional
s(P, '山东', ctx='到山东特高压')         # places joined in a line name
s(P, '鲁豫', False)
U('乡村振兴', req=False)
U('乡村振兴', req=False, ctx='推进乡村振兴经验')
F('2070个', 2070, '个', '片区')
F('1.8万余个', 18000, '个', '行政村', ap='more_than')
Q('吨半粮', 'campaign')
F('20条', 20, '条', '支持乡村富民产业发展措施')
F('2个', 2, '个', '国家现代农业产业园、优势特色产业集群、地理标志保护示范区')
s(P, '中国', False, ctx='中国农民丰收节')  # a place at the start of an event name
Q('齐鲁农云', 'term', req=False)         # a quoted platform brand
s(P, '齐鲁', False, ctx='齐鲁农云')
F('2443个', 2443, '个', '村生活污水治理')
F('97%', 97, '%', '规模化供水率', ap='exact|more_than')
F('2.1万个', 21000, '个', '新改造提升村卫生室')
F('1.1万户', 11000, '户', '改造农村危房')
F('211个', 211, '个', '涉海重点项目')
F('超800亿元', 80000000000, '元', '涉海重点项目完成投资', ap='more_than')
F('7个', 7, '个', '省级现代海洋特色产业集聚区')
s('FIGURE', '万吨级以上', False, value=10000, approx='more_than|at_least', unit='吨级')  # a scale class
s('FIGURE', '万吨级', False, value=10000, approx='exact', unit='吨级')
F('404个', 404, '个', '沿海港口万吨级以上泊位', ap='exact|more_than')
F('20条', 20, '条', '外贸航线')
s(P, '青岛港', False)                   # a port
s(P, '青岛', ctx='青岛港获批')           # a city before a port, like a city before an airport
# （五）绿色低碳转型迈出坚实步伐。
U('碳达峰', req=False)
Q('十大工程', 'campaign')
U('降碳减污扩绿增长', req=False)
s(P, '渤中', False)                      # a sea area at the start of a project name
F('1100万千瓦', 11000000, '千瓦', '新型储能规模', ap='exact|more_than')
F('42个', 42, '个', '源网荷储一体化试点')
s(P, '威海', False)                      # a city at the start of a project name
s(DEP, '魏桥集团', False, kind='enterprise')
s(DEP, '国家电网', False, kind='enterprise')
Q('一企一策', 'term', req=False)         # undecided: a quoted method name, optional
s(DEP, '国家碳计量中心', False, level='central', kind='institute')
s(P, '烟台丁字湾', False)                # a park named by place: undecided, optional
s(P, '烟台', False); s(P, '丁字湾', False)
s(DEP, '垦利经开区', False, level='county', kind='state')
s(P, '垦利经开区', False); s(P, '垦利', False)
F('32.4微克/立方米', 32.4, '微克/立方米', 'PM2.5平均浓度')
F('4.6个百分点', 4.6, '个百分点', '地表水国考断面优良水体比例')
U('美丽中国', req=False)
s(P, '中国', False, ctx='美丽中国')
# （六）民生福祉改善迈出坚实步伐。
F('124.9万人', 1249000, '人', '城镇新增就业')
F('16.4万人', 164000, '人', '以工代赈带动就业')
F('165.3万人', 1653000, '人', '新就业形态人员职业伤害保障试点惠及')
s('FIGURE', '一年', False, value=1, approx='exact', unit='年')   # 学前一年: a duration
F('26个', 26, '个', '学前教育普及普惠县')
F('23个', 23, '个', '义务教育优质均衡县')
F('70.4%', 70.4, '%', '普通高中学位供给率')
F('5.9个百分点', 5.9, '个百分点', '普通高中学位供给率')
Q('新双高', 'campaign')
F('172个', 172, '个', '紧密型县域医共体')
F('1500万次', 15000000, '次', '检查结果互认平台服务群众')
F('34个', 34, '个', '国家级慢性病防控示范区', ap='exact|more_than')
F('65%', 65, '%', '基层医疗机构居民门诊报销比例', ap='exact|more_than')
F('15个百分点', 15, '个百分点', '基层医疗机构居民门诊报销比例')
F('超过92%', 92, '%', '异地就医直接结算率', ap='more_than')
s('FIGURE', '两证', False, value=2, approx='exact', unit='证')  # 两证齐全: a set phrase
F('1125家', 1125, '家', '两证齐全医养结合养老机构')
F('76.4%', 76.4, '%', '护理型床位占比')
F('1.4万张', 14000, '张', '家庭养老床位')
F('1.5万户', 15000, '户', '特殊困难老年人家庭适老化改造')
F('5634万人', 56340000, '人', '长期护理保险覆盖')
U('双拥', req=False)
Q('十一连冠', 'term', req=False)
Q('满堂红', 'term', req=False)
F('1.4万余处', 14000, '处', '新发现文物', ap='more_than')
s(P, '大汶口国家考古遗址公园', False)    # a venue
s(P, '大汶口', False)
s(P, '大明湖', False)                    # the lake naming an archaeological site: undecided, optional
Q('琉光璃彩', 'term', req=False)         # the quoted title of an exhibition
s(P, '淄博', False)                      # a city at the start of an exhibition name
s(DEP, '国家博物馆', False, level='central', kind='museum')
s(P, '国家博物馆', False)
s(P, '鲁', False, ctx='鲁剧')
s(PE, '孔子', False)                     # inside a title of a work
s(P, '台湾', ctx='在台湾')
F('9.5万场', 95000, '场', '群众性体育赛事活动')
s(P, '山东', False, ctx='山东体育代表团')   # a place at the start of a delegation's name
Q('五连冠', 'term', req=False)
F('213个', 213, '个', '省级高品质住宅试点项目')
F('14.1万套', 141000, '套', '城中村改造安置住房')
F('2.5万套', 25000, '套', '保障性租赁住房')
F('13.7万户', 137000, '户', '改造老旧小区')
Q('非直供电小区', 'term', req=False)
F('106万户', 1060000, '户', '“非直供电小区”改造惠及群众')
U('安全生产治本攻坚行动', 'campaign', req=False)
Q('双下降', 'term', req=False)
s('FIGURE', '129天', False, value=129, approx='exact', unit='天', subject='全网用电负荷超1亿千瓦')  # a count of days: undecided, optional
F('超1亿千瓦', 100000000, '千瓦', '全网用电负荷', ap='more_than')
# 各位代表！2025年是“十四五”收官之年。五年来…
s(DT, '2025年', value='2025')
s(DT, '十四五', False, value='2021/2025')
Q('十四五', 'period', req=False)
s(DT, '五年来', False)
s('FIGURE', '五年', False, value=5, approx='exact', unit='年')
U('牢记嘱托、感恩奋进', req=False)
Q('走在前、开新局')
Q('走在前、挑大梁')
Q('三个十大')
Q('十个新优势')
U('一心一意谋发展、一以贯之抓落实', req=False)
U('新征程', req=False)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
