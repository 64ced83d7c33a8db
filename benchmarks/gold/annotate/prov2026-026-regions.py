from _ann import DEP, PE, Ann, P

# Round 17: the Liaoning report's 2026 tasks (六) (regions: “一圈一带两区”, 沈阳 / 大连 and
# their roles, 沈阳都市圈, 辽西先导区 / 辽东绿色经济区, urban renewal counts, county
# economy, the marine economy), (七) (agriculture: “千万工程”, farmland and grain counts,
# “10+N”, 铁岭、朝阳, rural works) and (八) (ecology: “双碳”, 辽河 / 渤海, “无废城市”,
# 科尔沁沙地, mines, 辽河口国家公园, clean-energy bases, 赤峰至锦州, 国家碳计量中心（辽宁）).
# Simplified. A fourth range of the article, between [3102, 4939) and [15860, 17835).
A = Ann('prov2026-026', 13644, 15860)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000
MORE = 'more_than|at_least'


def yishang(t, v, u, subj, bare, ctx=None):
    """N以上: the span with 以上 required, the bare number optional (rounds 1, 3)."""
    sp = F(t, v, u, subj, ap=MORE, ctx=ctx)
    A.s('FIGURE', bare, False, at=sp['start'], value=v, approx='exact|' + MORE, unit=u, subject=subj)


# （六）强化统筹协调，促进区域联动发展。
U('双核引领、多点支撑、全域协同', req=False)                      # the province's layout wording (undecided)
U('各展所长、错位发展、各呈精彩', req=False)
# 提升“一圈一带两区”发展效能。
Q('一圈一带两区', 'formula')                                      # quoted coded formula (round 11); no FIGURE
s(P, '沈阳', ctx='支持沈阳、大连')
s(P, '大连', ctx='沈阳、大连做大')
s(P, '东北', False, ctx='东北振兴')                                # a region without fixed boundary (round 2)
U('东北振兴', 'term', req=False)                                  # a regional strategy's wording (undecided, xinhua-065)
Q('跳高队', 'term', req=False)                                    # quoted coinage
s(P, '沈阳', ctx='支持沈阳打造')
s(P, '东北亚', False)                                             # a region, at the start of a designation
Q('一枢纽、四中心', 'formula')                                    # quoted coded formula; no FIGURE
s(P, '大连', ctx='支持大连建设')
Q('三个中心', 'formula')                                          # quoted coded formula; no FIGURE
s(P, '鞍山')
s(P, '营口')
s(P, '辽阳')
s(P, '盘锦', ctx='盘锦等地区')
s(P, '沈大经济走廊', False)                                       # an economic corridor (a zone; undecided)
s(P, '沈大', False)                                               # joined abbreviations (round 2)
U('沈阳都市圈一体化发展工程', 'campaign', req=False)              # unquoted project name
s(P, '沈阳都市圈', False, ctx='沈阳都市圈一体化')                 # at the start of a programme name (guide)
s(P, '沈阳', False, ctx='沈阳都市圈一体化')
s(P, '辽西先导区', False)                                         # a zone: optional as PLACE and DEPARTMENT (round 11)
s(DEP, '辽西先导区', False, kind='zone')
s(P, '辽西', False, ctx='辽西先导区')
s(P, '京津冀', False)                                             # joined abbreviations (round 2)
s(P, '辽东绿色经济区', False)
s(DEP, '辽东绿色经济区', False, kind='zone')
s(P, '辽东', False, ctx='辽东绿色')
# 高质量推进城市更新。
U('城市更新', req=False, ctx='高质量推进城市更新')               # policy phrase (round 10)
U('创新、宜居、美丽、韧性、文明、智慧的现代化人民城市', req=False)  # round 11: optional
U('城市基础设施生命线安全工程', 'campaign', req=False)
F('300个', 300, '个', '改造老旧小区')
F('3500公里', 3500, '公里', '改造老旧管网')
F('5000部', 5000, '部', '更新住宅老旧电梯')
F('3000户', 3000, '户', '改造危旧房')
U('物业服务质量提升行动', 'campaign', req=False)
U('自来水跑冒滴漏专项整治', 'campaign', req=False)
# 发展壮大县域经济。
U('县域主导产业培育行动', 'campaign', req=False)
F('一批', 1, '批', '链主企业和专精特新企业', req=False)          # optional (round 2)
U('专精特新', req=False)                                          # unquoted: undecided (round 8)
F('5个', 5, '个', '特色农业县')
F('5个', 5, '个', '工业强县', ctx='5个工业强县')
F('3个', 3, '个', '文旅强县')
F('2000名', 2000, '名', '选派农村科技特派员')
U('兴边富民行动', 'campaign', req=False)                          # round 11
# 加快建设海洋经济强省。
U('海洋科技创新能力提升行动', 'campaign', req=False)
F('10个', 10, '个', '涉海科技创新平台')
yishang('10%以上', 10, '%', '海洋药物和生物制品、海洋电力、海洋旅游增速', '10%')
s(P, '东北', False, ctx='东北腹地')                               # a region (round 2)
F('20个', 20, '个', '港口重点项目')
U('陆海统筹、向海图强', req=False)
# （七）加快农业农村现代化，扎实推进乡村全面振兴。
U('乡村全面振兴', req=False)
Q('千万工程', 'campaign')                                         # round 8: quoted programme name; no FIGURE
U('农业高质高效、乡村宜居宜业、农民富裕富足', req=False)
# 扛牢粮食安全首要担当。
yishang('5330万亩以上', 5330 * WAN, '亩', '粮食播种面积', '5330万亩')  # 稳定在: a verb
F('443.9万亩', 443.9 * WAN, '亩', '新建改造高标准农田')
U('黑土地保护工程', 'campaign', req=False)
F('900万亩', 900 * WAN, '亩', '黑土地保护工程')
s(P, '盘山')                                                      # a county before its irrigation districts
U('粮食产能提升行动', 'campaign', req=False)
F('20个', 20, '个', '国家级粮食产能提升重点县')
F('19个', 19, '个', '省级粮食产能提升重点县')
# 全链条推进农业产业体系升级。
Q('10+N', 'formula')                                              # quoted coded formula (round 10: “1+10+N”); no FIGURE
s(P, '铁岭')
s(P, '朝阳', ctx='铁岭、朝阳')
F('5万亩', 5 * WAN, '亩', '新建更新设施农业')
U('种质创新工程重大专项', 'campaign', req=False)
U('农村电商高质量发展工程', 'campaign', req=False)
U('高质量发展', 'term', req=False, ctx='电商高质量发展工程')     # optional at every occurrence, also inside a programme name (round 2; slip fixed after the first measurement)
# 拓宽农民增收渠道。 第二轮: ordinal
F('三十年', 30, '年', '土地承包到期后再延长', req=False)          # a duration
F('20个', 20, '个', '现代农事综合服务中心')
F('20个', 20, '个', '新增区域农机服务中心', ctx='新增区域农机服务中心20个')
U('乡村振兴战略')                                                 # required (round 6)
# 加快建设宜居宜业和美乡村。
U('宜居宜业和美乡村', req=False)                                  # round 12: optional
F('200处', 200, '处', '农村集中供水工程')
F('4000公里', 4000, '公里', '建设改造农村公路')
F('5800公里', 5800, '公里', '建设改造农村电网')
F('20个', 20, '个', '省级智慧农场')
U('村庄清洁行动', 'campaign', req=False)
# （八）坚持“双碳”引领，加快绿色低碳转型发展。
Q('双碳')                                                         # quoted coded formula (round 2)
U('习近平生态文明思想')                                           # a thought's fixed designation
s(PE, '习近平', False, ctx='习近平生态文明思想')                  # a name inside an ideology (guide)
U('降碳、减污、扩绿、增长', req=False)
# 持续深入推进污染防治攻坚。
U('污染防治攻坚', 'campaign', req=False)
sp = U('中央生态环境保护督察', 'campaign', req=False)            # an inspection (round 16: 中央生态环保督察)
s(DEP, '中央', False, at=sp['start'], level='central', kind='party')
U('空气质量持续提升行动', 'campaign', req=False)
s(P, '辽河', ctx='深化辽河')
s(P, '渤海')
s(P, '辽宁', ctx='辽宁段')                                        # the province whose section is meant
yishang('90%以上', 90, '%', '近岸海域优良水质比例', '90%')
U('土壤污染源头防控行动', 'campaign', req=False)
s(P, '沈阳', ctx='支持沈阳、大连、盘锦')
s(P, '大连', ctx='大连、盘锦建设')
s(P, '盘锦', ctx='盘锦建设')
Q('无废城市', 'campaign')                                         # quoted programme name (…建设)
# 全面加强生态保护和修复。
U('山水林田湖草沙', req=False)                                    # round 12: optional
s(P, '科尔沁沙地')                                                # the sandland treated (not inside a campaign name)
s(P, '科尔沁', False)
F('290万亩', 290 * WAN, '亩', '科尔沁沙地综合治理')
F('90万亩', 90 * WAN, '亩', '治理小流域', ctx='小流域90万亩')
s(P, '抚顺西露天矿', False)                                        # mines: optional as sites and enterprises
s(DEP, '抚顺西露天矿', False, kind='enterprise')
s(P, '抚顺', False)                                               # a city at the start of a mine's name (undecided)
s(P, '阜新海州露天矿', False)
s(DEP, '阜新海州露天矿', False, kind='enterprise')
s(P, '阜新', False)
s(P, '海州', False)
s(P, '阜新海州', False, at=A.simp.find('阜新海州'))                                          # a city + district chain (round 1) inside the mine's name (slip fixed after the first measurement)
F('超过80%', 80, '%', '绿色矿山占比', ap='more_than')              # 超过 inside (round 2)
s('FIGURE', '80%', False, value=80, approx='exact|more_than', unit='%', ctx='超过80%')
U('河湖长制', 'term', req=False)                                  # institution names (round 3)
U('幸福河湖', 'term', req=False)
sp = s(P, '辽河口国家公园', False)                                # a national park (round 16: undecided)
s(P, '辽河口', False, at=sp['start'])
s(P, '辽河', False, at=sp['start'])
F('110万亩', 110 * WAN, '亩', '营造林')
# 建设清洁能源强省。
s(P, '辽西', False, ctx='辽西风光')                               # a region without fixed boundary (like 东北)
F('四', 4, '', '清洁能源基地', req=False, ctx='四大千万')          # like 五大开发区 (round 3)
F('四大', 4, '大', '清洁能源基地', req=False, ctx='四大千万')
s('FIGURE', '千万千瓦级', False, value=1e7, approx='exact', unit='千瓦级')  # a scale class (百亿级, 750千伏)
s('FIGURE', '千万千瓦', False, value=1e7, approx='exact', unit='千瓦', ctx='千万千瓦级')
yishang('400万千瓦以上', 400 * WAN, '千瓦', '新增风电光伏装机', '400万千瓦')
s(P, '川州', False)                                               # a project's name (二期: no figure)
s('FIGURE', '500千伏', False, value=500, approx='exact', unit='千伏')  # a voltage class (round 2)
s(P, '赤峰')                                                      # places joined by 至 in a pipeline name (round 1)
s(P, '锦州')
s(P, '东北亚', False, ctx='东北亚绿色')                           # at the start of a centre's name
# 加快形成绿色生产生活方式。
U('碳排放总量和强度双控制度', 'term', req=False)
s(P, '沈阳', ctx='推进沈阳、大连国家')
s(P, '大连', ctx='大连国家碳达峰')
U('碳达峰', req=False, ctx='国家碳达峰')                          # optional (earlier rounds)
sp = s(DEP, '国家碳计量中心（辽宁）', False, kind='institute')     # an institute (guide: optional)
s(DEP, '国家碳计量中心', False, at=sp['start'], kind='institute')
s(P, '辽宁', False, ctx='中心（辽宁）')
F('一批', 1, '批', '零碳工厂和零碳园区', req=False, ctx='一批零碳')
F('100家', 100, '家', '新增省级绿色制造单位')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
