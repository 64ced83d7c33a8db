from _ann import DEP, DT, Ann, P

# Liaoning 2026 government work report, review of 2025: the first three fields
# ("一是" domestic demand and investment projects, "二是" industry, "三是" science
# and talent). Traditional script.
A = Ann('prov2026-026', 669, 2554, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
CENTRAL = {'level': 'central', 'kind': 'party', 'canonical': '中共中央'}

# 一是内需潜力有效释放。
U('稳增长', 'term', req=False, ctx='全力以赴稳增长')      # policy phrase
s(DEP, '中央', False, ctx='中央存量政策', **CENTRAL)     # 中央 alone: optional
F('27条', 27, '条', '稳增长惠民生政策举措')              # the count of measures in a package (round 4: 措施20条)
F('12条', 12, '条', '金融支持民营经济发展政策举措')
Q('两重', 'campaign')
Q('两新', 'campaign')
F('311.5亿元', 31150000000, '元', '“两重”“两新”资金')
F('9.5%', 9.5, '%', '“两重”“两新”资金')
s(DEP, '中央', False, ctx='中央预算内投资', **CENTRAL)
F('140.3亿元', 14030000000, '元', '中央预算内投资')
F('14.3%', 14.3, '%', '中央预算内投资')
Q('乐购辽宁', 'campaign')
s(P, '辽宁', False, ctx='乐购辽宁')
F('1.4%', 1.4, '%', '社会消费品零售总额')
F('18.1%', 18.1, '%', '限上单位网上零售额')
s(P, '沈阳', ctx='沈阳、大连入选')
s(P, '大连', ctx='沈阳、大连入选')
Q('辽宁优品', 'campaign')                               # a programme's quoted name (…工程)
s(P, '辽宁', False)
Q('辽宁优品', 'term', req=False, ctx='评定“辽宁优品”')    # the same words as a rating given to products: undecided
s(P, '辽宁', False)
F('27个', 27, '个', '“辽宁优品”')
F('100个', 100, '个', '消费名企名品')
F('675家', 675, '家', '离境退税商店')
F('超千场', 1000, '场', '体育赛事', ap='more_than')
F('近百场', 100, '场', '大型演唱会', ap='less_than')
Q('票根经济', 'term', req=False)                        # a quoted coinage
F('近7倍', 7, '倍', '在线旅游收入', ap='less_than')
Q('九九消费季', 'campaign')                              # a quoted name of an event; 首届 no figure
F('17.6%', 17.6, '%', '全省接待游客人次')
F('16.8%', 16.8, '%', '旅游收入')
Q('抓招商、推项目、促落地', 'campaign')
F('61.2%', 61.2, '%', '航空航天器及设备投资')
F('26.7%', 26.7, '%', '计算机及办公设备投资')
F('15.5%', 15.5, '%', '电子及通信设备投资')
s(DEP, '恒力重工', False, kind='enterprise')             # 二期: phase, no figure
s(DEP, '鼎际得', False, kind='enterprise')
s(DEP, '华锦阿美', False, kind='enterprise')
s(DEP, '中国原子能科学院', False, level='central', kind='institute')
s(P, '中国', False, ctx='中国原子能科学院')
s(P, '葫芦岛', False)                                   # a city inside a project name (…葫芦岛基地)
s(P, '大连金州湾国际机场', False)                         # the airport: optional
s(P, '大连', ctx='大连金州湾国际机场')                     # a city before an airport: required (round 3)
s(P, '金州湾', False)
s(P, '秦沈', False, ctx='秦沈高速一期')                   # two-character road-name abbreviations
s(P, '新阜', False)
s(P, '长海跨海大桥', False)
s(P, '长海', False)
s(P, '秦沈', False, ctx='秦沈高速二期')
s(P, '本庄', False)
s(P, '辽河')                                            # the river itself (辽河干流)
s(P, '沈白', False)
s(P, '京哈', False)
s(P, '本桓宽', False)
s(P, '凌绥', False)
s(P, '台黑', False)
F('4条', 4, '条', '高速', req=False)                     # a count after a closed list: anaphoric
Q('市市通高铁、县县通高速', 'formula')

# 二是产业韧性稳步增强。
U('现代化产业体系', 'term', req=False)
F('31.7%', 31.7, '%', '新能源汽车产量')
F('50%', 50, '%', '化工精细化率')
s(DEP, '鞍钢', False, kind='enterprise')                 # 首套: no figure
F('6家', 6, '家', '组织')
s(P, '中国', False, ctx='中国质量奖')                    # a place at the start of an award name
F('0.6%', 0.6, '%', '规上工业增加值')
F('10家', 10, '家', '卓越级智能工厂')
F('11户', 11, '户', '企业')
s(DEP, '工信部', level='central', kind='state', canonical='工业和信息化部')
F('69.3%', 69.3, '%', '关键工序数控化率', ap='exact|more_than')
F('85.8%', 85.8, '%', '数字化研发设计工具普及率', ap='exact|more_than')
s(P, '鞍山')
s(P, '抚顺')
F('84.8%', 84.8, '%', '船舶行业增加值')
F('17.5%', 17.5, '%', '电子专用材料行业增加值')
F('12.3%', 12.3, '%', '航空航天行业增加值')
U('低空经济', 'term', req=False)
F('34.9%', 34.9, '%', '民用无人机产量')
Q('人工智能+', 'campaign')
F('27.8%', 27.8, '%', '服务机器人产量')
F('超80个', 80, '个', '垂直行业大模型', ap='more_than')
F('26个', 26, '个', '项目')
s(DEP, '东北亚具身智能创新中心', False, kind='institute')
s(P, '东北亚', False)                                   # at the start of a centre's name
s(P, '沈阳', ctx='落户沈阳')
s(P, '大连', ctx='大连获批')
F('16%', 16, '%', '快递业务量')
F('10.7%', 10.7, '%', '电信业务量')
F('19%', 19, '%', '科技推广和应用服务业营业收入')
F('2.1%', 2.1, '%', '金融机构本外币贷款余额')
F('24.6%', 24.6, '%', '政府性融资担保业务')
s(P, '沈阳', False, ctx='沈阳地铁险资项目')              # a city at the start of a project (and enterprise) name
F('20只', 20, '只', '新基金')
F('1.8倍', 1.8, '倍', '科创债融资')
s(DT, '近年', False)
F('41.3%', 41.3, '%', '资本市场融资')
s('FIGURE', '十年', False, value=10, approx='exact', unit='年')  # 十年来: a duration
s(DT, '十年来', False)

# 三是新质生产力加快成长。
U('新质生产力')
U('高水平科技自立自强', 'term', req=False)
s(P, '沈阳浑南科技城', False)                             # a science city: a zone, like a development zone (round 3)
s(DEP, '沈阳浑南科技城', False, kind='state')
s(P, '沈阳浑南', False); s(P, '沈阳', False); s(P, '浑南', False)
F('87个', 87, '个', '项目')
s(P, '大连英歌石科学城', False)
s(DEP, '大连英歌石科学城', False, kind='state')
s(P, '大连', False); s(P, '英歌石', False)
F('300多个', 300, '个', '科研团队', ap='more_than')
s(DEP, '中科院金属研究所', False, level='central', kind='institute')
s(DEP, '中科院', False, level='central', kind='institute')
F('14个', 14, '个', '项目')
s(P, '沈抚科创园', False)
s(DEP, '沈抚科创园', False, kind='state')
s(P, '沈抚', False)
s(DEP, '辽宁实验室', False, kind='institute')
s(P, '辽宁', False, ctx='辽宁实验室')
F('1110人', 1110, '人', '科研人员')
F('88项', 88, '项', '自主科研项目')
F('328项', 328, '项', '科研成果')
s(P, '沈阳', False, ctx='沈阳化工新材料')                # places before platform names (round 2)
s(P, '盘锦', False)
F('2个', 2, '个', '平台', req=False)                     # after a closed list: anaphoric
s(DEP, '国防科技先进技术成果沈阳转化中心', False, kind='institute')
s(P, '沈阳', False, ctx='成果沈阳转化')
s('FIGURE', '五轴', False, value=5, approx='exact', unit='轴')  # a machine class (五轴联动): undecided
F('1700亿元', 170000000000, '元', '技术合同成交额', ap='exact|more_than')
F('13.1%', 13.1, '%', '技术合同成交额')
F('20条', 20, '条', '科技金融政策措施')
F('4911名', 4911, '名', '科技特派员')
F('3061项', 3061, '项', '企业创新需求')
F('7146家', 7146, '家', '雏鹰瞪羚独角兽企业')
F('316家', 316, '家', '国家级专精特新“小巨人”企业')   # “小巨人”: a designation of firms, no SLOGAN
F('41家', 41, '家', '国家级制造业单项冠军企业')
F('7个', 7, '个', '省级卓越工程师学院')
F('5个', 5, '个', '省级市域产教联合体')
F('8个', 8, '个', '行业产教融合共同体')
F('1000项', 1000, '项', '博士科研启动基金项目')
Q('强化人才引领，推动教育科技人才一体赋能产业振兴', 'campaign')
Q('兴辽英才计划', 'campaign')
s(P, '辽', False, ctx='兴辽英才')                         # one-character abbreviation
F('4456人', 4456, '人', '高层次人才')
F('19.3万人', 193000, '人', '专业技术人才')
F('19.6万人', 196000, '人', '技能人才')

if __name__ == '__main__':
    A.write()
