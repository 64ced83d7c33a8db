from _ann import DEP, DT, PE, SL, Ann, P

# Shandong 2026 government work report, "三、2026年重点工作": the guiding
# paragraph, the main targets for 2026 and task (一) (consumption, investment,
# railways, roads, airports, waterways, water works, energy). Simplified.
A = Ann('prov2026-009', 8617, 10379)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
SD = {'level': 'province', 'kind': 'party', 'canonical': '中共山东省委员会'}

def period(ctx):
    sp = s(DT, '十五五', False, ctx=ctx)
    s(SL, '十五五', False, at=sp['start'], kind='period', quoted=True)

s(DT, '2026年', value='2026')
s(DT, '今年', False, value='2026', resolved='2026')
period('“十五五”开局')
s(DEP, '省委', False, ctx='省委经济工作会议', **SD)   # organ at the start of a meeting name: undecided
s(DT, '今年', False, ctx='今年政府工作', value='2026', resolved='2026')
U('习近平新时代中国特色社会主义思想')
s(PE, '习近平', False)
s(P, '中国', False)
s(DT, '党的二十大', False); s(DT, '二十大', False)
s(DT, '二十届历次全会', False)
Q('两个确立')
Q('四个意识')
Q('四个自信')
Q('两个维护')
s(PE, '习近平', ctx='习近平总书记视察', title='总书记')
s(P, '山东', ctx='视察山东')
Q('走在前、挑大梁')
U('新发展理念')
U('新发展格局')
U('以经济建设为中心', req=False)
U('高质量发展', req=False)
U('稳中求进工作总基调')
U('稳中求进', req=False)
U('统筹国内国际两个大局', req=False)
U('两个大局', req=False)                    # slip fixed: optional as in the earlier golds
U('统筹发展和安全', req=False)
Q('头号工程', 'campaign')
Q('十大工程', 'campaign')
U('扩大内需', req=False)
U('新质生产力')
U('稳就业、稳企业、稳市场、稳预期', req=False)
U('绿色低碳高质量发展先行区', req=False)
U('高质量发展', req=False)                  # slip fixed: optional at every occurrence (round 2)
s(P, '北方地区', False); s(P, '北方', False)       # region without a fixed boundary
U('质的有效提升和量的合理增长', req=False)
period('确保“十五五”')
# 综合考虑各方面因素 … targets
F('5%以上', 5, '%', '地区生产总值增长', ap='more_than|at_least')
F('2%', 2, '%', '一般公共预算收入增长')
F('5.5%左右', 5.5, '%', '城镇调查失业率', ap='about')
F('110万人以上', 1100000, '人', '城镇新增就业', ap='more_than|at_least')
s(DT, '今年', False, ctx='今年工作', value='2026', resolved='2026')
U('稳中求进、提质增效', req=False)
U('稳中求进', req=False)
F('十个', 10, '个', '方面', req=False)          # count of the list that follows: anaphoric, optional
# （一）奋力推进全方位扩大内需
U('扩大内需', req=False)
U('提振消费专项行动', 'campaign', req=False)
Q('好品山东 商行天下', 'term', req=False)         # a quoted brand: optional
s(P, '山东', False, ctx='好品山东')
U('城乡居民增收计划', 'campaign', req=False)
U('以旧换新', req=False)
s(P, '山东', False, ctx='山东工装')              # a place at the start of a product name
Q('齐鲁服务消费季', 'campaign')
s(P, '齐鲁', False)
F('500场', 500, '场', '“齐鲁服务消费季”活动')
F('100场', 100, '场', '首发首秀首展')
s(P, '济青烟', False)                            # one-character abbreviations
F('3个', 3, '个', '新业态新模式新场景消费试点', req=False)   # after a closed list: anaphoric
Q('山东交旅1号工程', 'campaign')
s(P, '山东', False, ctx='山东交旅')
Q('好运山东', 'campaign', req=False)               # a quoted name of an event series: undecided
s(P, '山东', False, ctx='好运山东')
F('2000个', 2000, '个', '省级重点项目')
F('9800亿元以上', 980000000000, '元', '完成投资', ap='more_than|at_least')
s(DEP, '赛得利纤维', False, kind='enterprise')
s(DEP, '赛得利', False, kind='enterprise')
F('3500多个', 3500, '个', '拟竣工投产项目', ap='more_than')
U('经济大省挑大梁', req=False)              # slip fixed: modifier of a noun (政策), optional (round 3)
Q('两重', 'campaign')
F('2300亿元', 230000000000, '元', '交通投资')
F('2100亿元', 210000000000, '元', '能源投资')
F('900亿元', 90000000000, '元', '水利投资')
# 铁路方面
s(P, '莱临', False); s(P, '德商', False)          # two-character abbreviations in railway names
s(P, '日照'); s(P, '五莲')                        # places joined by 至
s(P, '聊邯长', False)
F('6条', 6, '条', '续建高铁')
s(DT, '今年', False, ctx='今年建成', value='2026', resolved='2026')
s(P, '雄商', False); s(P, '济滨', False)
F('3400公里', 3400, '公里', '高铁里程', ap='exact|more_than')
s(DT, '2027年', value='2027')
s(DT, '2028年', value='2028')
s(P, '津潍', False); s(P, '潍宿', False)
# 公路方面
s(P, '晏城'); s(P, '表白寺')
F('2个', 2, '个', '新开工项目')
s(P, '庆云'); s(P, '章丘')
F('23个', 23, '个', '续建项目')
s(P, '济南', ctx='济南至宁津'); s(P, '宁津')
F('5个', 5, '个', '建成通车项目')
F('9500公里', 9500, '公里', '高速公路里程', ap='exact|more_than')
# 机场方面
s(P, '济南', ctx='济南、青岛'); s(P, '青岛')
s(P, '济南', ctx='济南机场'); s(P, '济南机场', False)   # a city before an airport
s(P, '枣庄'); s(P, '枣庄机场', False)
s(P, '聊城'); s(P, '聊城机场', False)
# 航运方面
s(P, '京杭运河', False)                             # waterways at the start of a project name
s(P, '小清河', False)
s(P, '梁山'); s(P, '梁山港', False)                  # a place before a port (round 4)
s(P, '济宁', False); s(P, '北方', False, ctx='北方内河')   # at the start of a project name
# 水利方面
s(P, '位山灌区', False); s(P, '位山', False)
s(P, '东平湖', False)
s(P, '太平水库', False); s(P, '中皋水库', False)
s(P, '黄山', False, ctx='黄山水利枢纽')
s(P, '双堠水库', False); s(P, '官路水库', False)
# 能源方面
s(P, '海阳', False, ctx='海阳核电三期')
s(P, '沂源', False); s(P, '石桥', False)
s(P, '鲁苏', False)
s(P, '荣成', False); s(P, '石岛湾', False)
s(P, '半岛', False, ctx='半岛北N2')
s(DEP, '大唐', False, kind='enterprise'); s(P, '郓城', False)
s(DEP, '华能', False, kind='enterprise')
s(P, '胶东地区', False); s(P, '胶东', False)
Q('一张网', 'campaign')
s(P, '烟威', False)
s(P, '海阳', False, ctx='海阳辛安'); s(P, '辛安', False)
# （二）奋力推进因地制宜发展新质生产力 (slip fixed: the heading line had been left out)
U('新质生产力', ctx='发展新质生产力。')

if __name__ == '__main__':
    A.write()
