from _ann import DEP, DT, Ann, P

# 2026 government work report of Ningxia, review of 2025: the end of field 二
# (poverty-alleviation links, towns and cities), field 三 (“一河三山”: ecology,
# pollution, green development) and field 四 (“六个严防”: production safety, risks,
# social stability), from 有效衔接全面发力 to the end of 社会安定局面持续巩固.
A = Ann('prov2026-007', 3472, 5304)
s = A.s
F = A.figure
U, Q = A.unquoted, A.quoted
ZONE = {'kind': 'zone'}

# 有效衔接全面发力
Q('1+1+10')  # a coded package of policies (like “1+10+N”, round 10)
Q('县县优秀、项项优秀', 'directive')  # a quoted target
U('巩固脱贫攻坚成果', 'formula', req=False)
s(P, '闽', False, ctx='闽宁协作'); s(P, '宁', False, ctx='闽宁协作')  # joined abbreviations
s(DEP, '中央', False, ctx='中央单位定点')  # 中央单位: generic
s(P, '闽宁镇', False)  # a town at the start of a meeting's name (rounds 4, 8)
U('高质量发展', req=False, ctx='闽宁镇高质量发展')
# “好” (a scare-quoted single-word rating): not annotated (guide)
F('300多个', 300, '个', '和美乡村样板村', 'more_than')
F('84个', 84, '个', '全国文明村镇', 'exact|more_than')  # 达到 outside
s(P, '宁', False, ctx='在宁召开')  # one-character abbreviation alone
# 城镇建设扎实推进
s(DEP, '中央', False, ctx='中央城市工作会议')  # 中央 inside a meeting name (r7h)
U('城市更新行动', 'campaign', req=False)
U('城市更新', 'formula', req=False)
F('6100套', 6100, '套', '城中村改造')
Q('四类管线', 'term', req=False)  # undecided: a quoted category of pipelines named for a renovation task
Q('一刻钟便民生活圈', 'campaign')  # a quoted programme name (…试点)
Q('19条', 'campaign')  # a package of measures by its quoted count (“40条”, “13条政策”): no FIGURE
# 三是
Q('一河三山')
U('美丽宁夏', req=False)
s(P, '宁夏', False, ctx='美丽宁夏')  # inside the unquoted 美丽宁夏 (like 中国 in 美丽中国)
U('生态优先、绿色发展', req=False)
U('减污、降碳、扩绿、增长', req=False)  # like 降碳减污扩绿增长 (round 4)
# 生态保护修复巩固提升
s(P, '黄河', False, ctx='黄河“几字弯”')  # at the start of a campaign's name
Q('几字弯', 'term', req=False)  # undecided: the bend's quoted name, inside a campaign name
s(P, '腾格里沙漠')  # a named natural feature (round 8)
s(P, '腾格里', False)
s(P, '毛乌素沙地')
s(P, '毛乌素', False)
# 第31个 is an ordinal: no FIGURE
s(DT, '世界防治荒漠化与干旱日', False, value='--06-17', resolved='2025-06-17')  # a commemoration day
s(DEP, '博鳌亚洲论坛', False, kind='international')
s(P, '博鳌', False); s(P, '亚洲', False, ctx='博鳌亚洲论坛')
F('3项', 3, '项', '经验')
s(DEP, '联合国', False, kind='international')
Q('行政执法协调监督+检察公益诉讼', 'campaign')  # a quoted model (round 2: “城市大脑+精细服务”)
s(P, '宁夏', ctx='宁夏成为全球')
Q('加油站', 'term', req=False)  # a quoted metaphor
# 环境污染治理纵深推进
F('超过88%', 88, '%', '空气质量优良天数比例', 'more_than')
F('88%', 88, '%', '空气质量优良天数比例', 'exact|more_than', req=False)
F('25.9微克/立方米', 25.9, '微克/立方米', 'PM_2.5浓度')  # PM_2.5 is a name: no FIGURE
s(P, '清水河'); s(P, '苦水河'); s(P, '沙湖')  # a river, a river, a lake meant as themselves
F('150多个', 150, '个', '综合治理工程', 'more_than')
F('22条', 22, '条', '重点入黄排水沟')
s(P, '黄', False, ctx='入黄排水沟')  # one-character abbreviation of 黄河
F('100%', 100, '%', '重点入黄排水沟整治率', 'exact|more_than')  # 达 outside
F('60%以上', 60, '%', '城市生活垃圾和建筑垃圾利用率', 'more_than|at_least')
F('100%', 100, '%', '危险废物安全处置率、受污染耕地安全利用率', 'exact|more_than')
s(P, '宁东基地', False); s(DEP, '宁东基地', False, **ZONE)  # an energy base (a zone, round 3)
s(P, '宁东', False)
F('4个', 4, '个', '单位')
# 首届 is an ordinal: no FIGURE
Q('中国节水奖', 'term', req=False)  # undecided: the quoted name of an award received
s(P, '中国', False, ctx='中国节水奖')
# 绿色低碳发展取得实效
U('美丽中国', req=False)
s(P, '中国', False, ctx='美丽中国先行区')
F('5个', 5, '个', '国家生态文明建设示范区')
Q('两山')  # coded formula (round 10)
s(P, '贺兰山', False)  # at the start of a project's name
F('58个', 58, '个', '酒庄')
s(P, '银川', False, ctx='银川苏银产业园')  # parks and zones with the places inside: optional (round 11)
s(P, '银川苏银产业园', False); s(DEP, '银川苏银产业园', False, **ZONE)
s(P, '苏银产业园', False); s(DEP, '苏银产业园', False, **ZONE)
s(P, '苏', False, ctx='苏银产业园'); s(P, '银', False, ctx='银产业园')
s(P, '中卫', False, ctx='中卫工业园')
s(P, '中卫工业园', False); s(DEP, '中卫工业园', False, **ZONE)
s(P, '石嘴山', False, ctx='石嘴山高新区')
s(P, '石嘴山高新区', False); s(DEP, '石嘴山高新区', False, **ZONE)
s(P, '吴忠', False, ctx='吴忠金积工业园')
s(P, '吴忠金积工业园', False); s(DEP, '吴忠金积工业园', False, **ZONE)
s(P, '金积', False)
s(P, '金积工业园', False); s(DEP, '金积工业园', False, **ZONE)
s(P, '固原', ctx='固原入选')  # the city itself is the subject
F('17.3%', 17.3, '%', '全区能耗强度累计下降')
# 四是
Q('六个严防')
U('统筹发展和安全', 'directive', req=False)  # a policy phrase, optional (round 6); slip fixed after the first measurement
# 安全生产形势持续好转
U('安全生产治本攻坚三年行动', 'campaign', req=False)
F('三年', 3, '年', '行动', req=False)  # a duration inside a campaign name (round 1)
F('100多亿元', 10000000000, '元', '安全生产资金', 'more_than')
Q('一件事', 'campaign', req=False)  # undecided (round 10)
F('11.5%', 11.5, '%', '事故起数下降')
F('18.7%', 18.7, '%', '死亡人数下降')
F('90%', 90, '%', '化工园区', ctx='90%的化工园区')
F('90%', 90, '%', '煤矿', ctx='90%的煤矿')
# 二级以上: a grade (not a FIGURE)
Q('1351')  # a coded formula naming a system
F('1800余户', 1800, '户', '地质灾害避险搬迁安置', 'more_than')
s(P, '汝箕沟', False)  # at the start of a project's name
F('36起', 36, '起', '成功避险避灾案例')
s(DEP, '应急管理部', level='central', kind='state', canonical='中华人民共和国应急管理部')
# 重点风险防控持续加强
s(DT, '近几年', False)
U('一手抓发展、一手防风险', 'directive', req=False)
Q('六个明显下降')
s(DEP, '金融监管总局', level='central', kind='state', canonical='国家金融监督管理总局')
F('10亿多元', 1000000000, '元', '挽回非法集资损失', 'more_than')
F('10.5万人', 105000, '人', '保交房任务涉及人数')
Q('三保')  # round 11
s(DEP, '自治区', False, ctx='自治区对市县')  # the region's government, unnamed
s(DT, '近年', False, ctx='近年最高')
# 社会安定局面持续巩固
U('铸牢中华民族共同体意识')
U('中华民族共同体意识', req=False)
Q('围绕主线办实事', 'campaign')
F('680多件', 680, '件', '“围绕主线办实事”', 'more_than')
F('97.5%', 97.5, '%', '信访积案化解率', 'exact|more_than')
F('14.7%', 14.7, '%', '刑事案件下降')
F('100%', 100, '%', '现行命案破案率', 'exact|more_than')
F('200多场', 200, '场', '重要活动', 'more_than')
F('5年', 5, '年', '连续未发生重大食品药品安全事故', req=False)  # a duration
U('双拥', req=False, ctx='全国双拥模范城')  # unquoted (round 9)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
