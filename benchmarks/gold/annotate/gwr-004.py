from _ann import CC, DEP, DT, PE, SL, Ann, P

A = Ann('gwr-004', 2151, 3979, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000; YI = 100000000; WY = 1000000000000
def core(ctx=None):  # 以习近平同志为核心的党中央
    s(SL, '以习近平同志为核心的党中央', False, ctx=ctx, kind='formula', quoted=False)
    s(PE, '习近平', title='同志')
    s(DEP, '党中央', **CC)

# 过去五年极不寻常、极不平凡。
s('FIGURE', '五年', False, value=5, approx='exact', unit='年')  # duration
core()
U('脱贫攻坚战', 'campaign', req=False)  # policy phrase
U('全面建成小康社会', req=False)  # goal designation
U('第一个百年奋斗目标', req=False)  # goal designation; 第一个 is an ordinal
U('第二个百年奋斗目标', req=False)
U('新征程', req=False)
# 各地区各部门: generic
U('习近平新时代中国特色社会主义思想')
s(PE, '习近平', False); s(P, '中国', False)
Q('两个确立'); Q('四个意识'); Q('四个自信'); Q('两个维护')
s(DT, '党的十九大', False); s(DT, '十九大', False)  # events used as times
s(DT, '十九届历次全会', False)
s(DT, '党的二十大', False); s(DT, '二十大', False)
U('稳中求进工作总基调'); U('稳中求进', req=False)
U('新发展理念'); U('新发展格局')
U('高质量发展', req=False)
U('统筹发展和安全', req=False)
# ——经济发展再上新台阶。
F('121万亿元', 121 * WY, '元', '国内生产总值')  # 增加到: verb outside
s('FIGURE', '五年', False, value=5, approx='exact', unit='年', ctx='五年年均')
F('5.2%', 5.2, '%', '国内生产总值年均增长')
s('FIGURE', '十年', False, value=10, approx='exact', unit='年')
F('近70万亿元', 70 * WY, '元', '国内生产总值十年增加', ap='less_than')
F('6.2%', 6.2, '%', '国内生产总值年均增长')
U('高质量发展', req=False, ctx='迈向高质量发展')
F('20.4万亿元', 20.4 * WY, '元', '财政收入')
F('1.3万亿斤以上', 1.3 * WY, '斤', '粮食产量', ap='more_than|at_least')
s('FIGURE', '1.3万亿斤', False, value=1.3 * WY, approx='exact|at_least', unit='斤')
F('40万亿元', 40 * WY, '元', '工业增加值', ap='exact|more_than')  # 突破 outside
F('1270多万人', 1270 * WAN, '人', '城镇新增就业（年均）', ap='more_than')
F('3万亿美元以上', 3 * WY, '美元', '外汇储备', ap='more_than|at_least')
s('FIGURE', '3万亿美元', False, value=3 * WY, approx='exact|at_least', unit='美元')
# ——脱贫攻坚任务胜利完成。
s('FIGURE', '八年', False, value=8, approx='exact', unit='年')  # duration
F('近1亿', 1 * YI, '', '农村贫困人口（实现脱贫）', ap='less_than')
s('FIGURE', '近1亿农村贫困人口', False, value=1 * YI, approx='less_than', unit='农村贫困人口')
F('832个', 832, '个', '贫困县')
F('960多万', 960 * WAN, '', '贫困人口（实现易地搬迁）', ap='more_than')
s('FIGURE', '960多万贫困人口', False, value=960 * WAN, approx='more_than', unit='贫困人口')
# ——科技创新成果丰硕。
s(DEP, '国家实验室', False)  # research institutes (a class of them here)
s(DEP, '全国重点实验室', False)
F('2.1%', 2.1, '%', '全社会研发经费投入强度')
F('2.5%以上', 2.5, '%', '全社会研发经费投入强度', ap='more_than|at_least')
s('FIGURE', '2.5%', False, value=2.5, approx='exact|at_least', unit='%', ctx='2.5%以上')
F('60%以上', 60, '%', '科技进步贡献率', ap='more_than|at_least')
s('FIGURE', '60%', False, value=60, approx='exact|at_least', unit='%', ctx='60%以上')
# ——经济结构进一步优化。
F('10.6%', 10.6, '%', '高技术制造业增加值年均增长')
F('7.9%', 7.9, '%', '装备制造业增加值年均增长')
F('17%以上', 17, '%', '新产业新业态新模式增加值占国内生产总值的比重', ap='more_than|at_least')  # 达到 outside
s('FIGURE', '17%', False, value=17, approx='exact|at_least|more_than', unit='%', ctx='17%以上')
U('区域协调发展战略')  # fixed name of a strategy (like 创新驱动发展战略, round 4)
U('区域重大战略', req=False)
F('60.2%', 60.2, '%', '常住人口城镇化率')
F('65.2%', 65.2, '%', '常住人口城镇化率')
U('乡村振兴战略')  # fixed name of a strategy
U('乡村振兴', req=False)
# ——基础设施更加完善。
s('FIGURE', '一批', False, value=1, approx='exact', unit='批')
F('2.5万公里', 2.5 * WAN, '公里', '高速铁路运营里程')
F('4.2万公里', 4.2 * WAN, '公里', '高速铁路运营里程')
F('13.6万公里', 13.6 * WAN, '公里', '高速公路里程')
F('17.7万公里', 17.7 * WAN, '公里', '高速公路里程')
F('125万公里', 125 * WAN, '公里', '新建改建农村公路')
F('4亿人次', 4 * YI, '人次', '新增机场容量')
F('40%以上', 40, '%', '发电装机容量增长', ap='more_than|at_least')
s('FIGURE', '40%', False, value=40, approx='exact|at_least', unit='%', ctx='40%以上')
s('FIGURE', '千兆', False, value=1000, approx='exact', unit='兆')  # a bandwidth class, like 750千伏
# ——改革开放持续深化。
U('新发展格局', ctx='推动构建新发展格局')
U('供给侧结构性改革', req=False)
U('简政放权、放管结合、优化服务', req=False)  # standard wording, undecided
Q('一带一路')
# 区域全面经济伙伴关系协定（RCEP）: the name of a treaty, no label
F('8.6%', 8.6, '%', '货物进出口总额年均增长')
F('40万亿元', 40 * WY, '元', '货物进出口总额', ap='exact|more_than', ctx='突破40万亿元并')
# ——生态环境明显改善。
F('8.1%', 8.1, '%', '单位国内生产总值能耗下降')
F('14.1%', 14.1, '%', '二氧化碳排放下降')
F('27.5%', 27.5, '%', '地级及以上城市细颗粒物（PM2.5）平均浓度下降')
F('超过五成', 5, '成', '重污染天数下降', ap='more_than')
s('FIGURE', '五成', False, value=5, approx='exact|more_than', unit='成')
F('67.9%', 67.9, '%', '全国地表水优良水体比例')
F('87.9%', 87.9, '%', '全国地表水优良水体比例')
F('5个', 5, '个', '国家公园（首批）')  # 首批: no figure
F('9000多处', 9000, '处', '各级各类自然保护地', ap='more_than')
U('美丽中国', req=False); s(P, '中国', False, ctx='美丽中国')
# ——人民生活水平不断提高。
F('5.1%', 5.1, '%', '全国居民人均可支配收入年均增长')
F('2.1%', 2.1, '%', '居民消费价格年均上涨', ctx='上涨2.1%')
F('13.5年', 13.5, '年', '新增劳动力平均受教育年限')  # a measured quantity (round 5: life expectancy), not a duration
F('14年', 14, '年', '新增劳动力平均受教育年限')
F('1.4亿', 1.4 * YI, '', '基本养老保险参保人数增加')
F('10.5亿人', 10.5 * YI, '人', '基本养老保险覆盖')
F('4200多万套', 4200 * WAN, '套', '改造棚户区住房', ap='more_than')
F('上亿人', 1 * YI, '人', '出棚进楼', ap='about')
# 北京冬奥会、冬残奥会
s(P, '北京', False)  # a place at the start of an event name (round 4)
# 新冠疫情发生三年多来
s(DT, '三年多来', False)
s('FIGURE', '三年多', False, value=3, approx='more_than', unit='年')
core(ctx='以习近平同志为核心的党中央始终')
U('人民至上、生命至上', req=False)  # standard wording, undecided
s('FIGURE', '亿万', False, value=1 * YI, approx='more_than', unit='')  # 亿万人民: a set phrase
U('统筹疫情防控和经济社会发展', req=False, ctx='巩固统筹疫情防控和经济社会发展成果')  # policy phrase (round 1)

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
