from _ann import DEP, Ann, P

# Round 25: the 2025 review of the Zhejiang report, points (二) to (五): industry,
# domestic demand and investment, opening-up, reform (figures, places in project names,
# quoted programmes); simplified, a separate range before the gold [5480, 7483).
A = Ann('prov2026-018', 1061, 2994)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000; YI = 100000000; WY = 1000000000000
MT = 'more_than|at_least'
def pl(t, ctx=None):  # a place at the start of a project / facility name: optional
    s(P, t, False, ctx=ctx)

# （二）巩固实体经济根基 …
Q('压舱石', 'term', req=False)  # a quoted metaphor
F('6.9%', 6.9, '%', '规上工业增加值增长')
F('45家', 45, '家', '新增制造业单项冠军企业')
F('397家', 397, '家', '新增专精特新“小巨人”企业')  # “小巨人”: an enterprise designation, no SLOGAN
F('149家', 149, '家', '新增重点“小巨人”企业')
F('17个', 17, '个', '重点传统制造业')
F('5.3%', 5.3, '%', '17个重点传统制造业增加值增长')
pl('绍兴', ctx='绍兴黄酒'); pl('金华', ctx='金华火腿'); pl('西湖', ctx='西湖龙井茶')  # places inside product names
s('FIGURE', '3个', False, value=3, approx='exact', unit='个', subject='历史经典产业')  # count after a closed list
F('10%', 10, '%', '战略性新兴产业增加值增长')
F('7.9%', 7.9, '%', '高新技术产业增加值增长')
F('49.8%', 49.8, '%', '新能源汽车产量增长')
F('11.9%', 11.9, '%', '集成电路产量增长')
F('36.4%', 36.4, '%', '工业机器人产量增长')
s(DEP, '海康威视', False, kind='enterprise')  # an enterprise
s(P, '中国', False, ctx='中国质量奖')  # inside an award's name
F('13个', 13, '个', '新培育省级未来产业先导区')
F('5.8%', 5.8, '%', '服务业增加值增长')
F('9.6%', 9.6, '%', '软件和信息技术服务业增加值增长')
F('7.9%', 7.9, '%', '金融业增加值增长', ctx='金融业增加值增长7.9%')
U('平台经济强省建设三年行动', 'campaign', req=False)
s('FIGURE', '三年', False, ctx='三年行动', value=3, approx='exact', unit='年')  # duration in a programme name
F('7%以上', 7, '%', '平台企业营收增长', ap=MT)
s('FIGURE', '7%', False, ctx='7%以上', value=7, approx='exact|at_least', unit='%')
# （三）千方百计扩大内需 …
U('扩大内需', req=False)  # optional by earlier rounds
U('高质量发展', req=False, ctx='高质量发展内生')  # optional at every occurrence (round 2)
F('29项', 29, '项', '促消费政策')
F('4%', 4, '%', '全省社会消费品零售总额增长')
Q('浙BA', 'term', req=False)  # a quoted league brand (undecided)
s(P, '浙', False, ctx='浙BA')
F('1596个', 1596, '个', '“千项万亿”重大项目')
Q('千项万亿', 'campaign')  # the quoted programme (round 24: 千项万亿); no FIGURE inside
F('1.5万亿元', 1.5 * WY, '元', '“千项万亿”重大项目完成投资')
F('125.5%', 125.5, '%', '投资完成率')
pl('温福'); pl('沪杭', ctx='沪杭高铁')  # joined abbreviations in railway names
pl('绍兴', ctx='绍兴中芯'); pl('甬金衢上')
pl('台州', ctx='台州弗迪'); pl('杭衢', ctx='杭衢高铁')
s(DEP, '西湖大学', False, kind='institute', ctx='西湖大学三期'); pl('西湖', ctx='西湖大学三期')
s('FIGURE', '亿元以上', False, value=YI, approx=MT, unit='元')  # a threshold (README, round 24): optional
F('3150个', 3150, '个', '招引落地亿元以上重大产业项目')
F('6.5%', 6.5, '%', '面上产业投资增长')
F('206个', 206, '个', '“两重”项目')
Q('两重')  # a quoted numbered formula; no FIGURE
F('266.5亿元', 266.5 * YI, '元', '消费品以旧换新政策资金')
F('154.1亿元', 154.1 * YI, '元', '设备更新政策资金')
s(DEP, '中央', False, ctx='中央预算内投资', level='central')  # inside the name of a budget
F('237亿元', 237 * YI, '元', '中央预算内投资')
F('889.2亿元', 889.2 * YI, '元', '新型政策性金融工具投放金额')
F('3150亿元', 3150 * YI, '元', '地方政府专项债券额度（用于项目建设）')
Q('自审自发', 'campaign')  # quoted name of a reform measure (round 2: 跨省通办)
F('2146个', 2146, '个', '“自审自发”项目')
Q('8+4')  # a quoted coded formula (经济政策体系); no FIGURE
F('1042.8亿元', 1042.8 * YI, '元', '省级财政资金')
F('1302万吨标准煤', 1302 * WAN, '吨标准煤', '重大项目用能')
F('37.3万亩', 37.3 * WAN, '亩', '供应国有建设用地')
F('29.2万亩', 29.2 * WAN, '亩', '新增用海')
F('13.2万亩', 13.2 * WAN, '亩', '新增用林地')
F('1.91万亿元', 1.91 * WY, '元', '各项贷款新增')
F('1124亿元', 1124 * YI, '元', '制造业中长期贷款新增')
F('5982亿元', 5982 * YI, '元', '无还本续贷新增')
# （四）扩大高水平对外开放 …
U('高水平对外开放', req=False)  # optional by earlier rounds
U('高质量发展', req=False, ctx='外经贸高质量发展。')
s(P, '美国')
s(DEP, '支持外经贸高质量发展指挥部', False, level='province', kind='state')  # an ad hoc command body (undecided)
U('高质量发展', req=False, ctx='外经贸高质量发展指挥部')  # also inside a name (round 2)
F('20条', 20, '条', '举措')
Q('稳拓调优')  # quoted formula (README round 24)
F('7.2%', 7.2, '%', '外贸出口增长')
sp = s(P, '东盟', False); s(DEP, '东盟', False, at=sp['start'], kind='international')  # as a market (round 12)
s(P, '非洲'); s(P, '中东'); s(P, '拉美')
F('115.6亿美元', 115.6 * YI, '美元', '实际使用外资')
F('40.9%', 40.9, '%', '制造业外资占比')
Q('三基地两中心')  # quoted numbered formula; no FIGURE
s(P, '衢州综保区', False); pl('衢州')  # a bonded zone named by its city (undecided)
s(P, '杭州综保区', False); pl('杭州', ctx='杭州综保区')
s(P, '义乌全球数贸中心', False); pl('义乌')
s(DEP, '金砖国家特殊经济区中国合作中心', False)  # a centre (undecided)
s(P, '金砖国家', False); s(P, '中国', False, ctx='中国合作中心')
pl('中欧', ctx='中欧北极'); s(P, '北极', False)
s('FIGURE', '30万吨级', False, value=30 * WAN, approx='exact', unit='吨级')  # a scale class (round 4)
s(P, '条帚门航道', False); s(P, '条帚门', False)
s(P, '宁波舟山港', False); pl('宁波', ctx='宁波舟山港'); pl('舟山', ctx='舟山港')
F('4387万标箱', 4387 * WAN, '标箱', '宁波舟山港集装箱吞吐量')
F('11.6%', 11.6, '%', '宁波舟山港集装箱吞吐量增长')
F('880万吨', 880 * WAN, '吨', '保税燃料油加注')
pl('中欧', ctx='中欧班列'); s(P, '义新欧', False)  # joined abbreviations
F('3005列', 3005, '列', '中欧班列（义新欧）开行')
F('14.7%', 14.7, '%', '中欧班列开行增长')
F('14.2%', 14.2, '%', '全省国际航空旅客吞吐量增长')
F('4.2%', 4.2, '%', '全省国际航空货邮吞吐量增长', ctx='、4.2%')
s(P, '杭州萧山国际机场', False)  # an airport: a venue
s(P, '杭州萧山')  # a chain of places before the airport: one required name, parts optional (rounds 2, 21)
pl('杭州', ctx='杭州萧山'); pl('萧山')
F('5000万人次', 5000 * WAN, '人次', '杭州萧山国际机场旅客吞吐量', ap='exact|more_than')  # 突破 outside
s(P, '嘉兴南湖机场', False); s(P, '嘉兴南湖')  # as 杭州萧山 (rounds 2, 21)
pl('嘉兴'); pl('南湖')
s(P, '丽水机场', False); s(P, '丽水', ctx='丽水机场')  # the bare city before an airport is required (round 20)
# （五）加大改革攻坚力度 …
Q('信用浙江')  # quoted name of a provincial programme (like 法治浙江)
s(P, '浙江', False, ctx='信用浙江')
Q('大综合一体化', 'campaign')  # quoted name of a reform
F('26.8%', 26.8, '%', '全省涉企检查事项精简')
Q('综合查一次', 'campaign')
F('83.1%', 83.1, '%', '“综合查一次”实施率', ap='exact|more_than')  # 达 outside
pl('杭甬温')  # joined abbreviations at the start of a pilot's name (README round 24)
Q('两个健康')  # a quoted numbered formula; no FIGURE
F('99.3%', 99.3, '%', '专项产业基金支持民间投资项目比重')
F('93.8%', 93.8, '%', '新增能耗支持民间投资项目比重')
F('84.6%', 84.6, '%', '新增工业用地支持民间投资项目比重')
F('4.6%', 4.6, '%', '民间项目投资增长', ctx='增长4.6%')
U('国有企业改革攻坚深化提升行动', 'campaign', req=False)
F('15.6%', 15.6, '%', '省属企业研发经费投入增长')
F('超3300亿元', 3300 * YI, '元', '为企业减负', ap='more_than')  # 超 inside (guide)
s('FIGURE', '3300亿元', False, value=3300 * YI, approx='exact|more_than', unit='元')
F('1163.7万户', 1163.7 * WAN, '户', '全省经营主体', ap='exact|more_than')  # 达 outside
F('6.3%', 6.3, '%', '经营主体增长')
F('410.1万户', 410.1 * WAN, '户', '企业')
F('7.7%', 7.7, '%', '企业增长')
Q('基层报表数据只报一次', 'campaign', req=False)  # the quoted name of an application (undecided)
F('35个', 35, '个', '省级重大应用')
F('71个', 71, '个', '“僵尸”应用（关闭压缩）')  # “僵尸”: a scare-quoted word, no SLOGAN
F('17家', 17, '家', '省级部门（首批运维集中管理）')
F('28%', 28, '%', '运维经费下降')
Q('人工智能+政务', 'campaign')  # quoted programme (like “人工智能+”, README)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
