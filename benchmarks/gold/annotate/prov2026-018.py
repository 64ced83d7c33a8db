from _ann import CC, DEP, DT, PE, Ann, P

A = Ann('prov2026-018', 21260, 23478, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
ZPC = {'level': 'province', 'kind': 'party', 'canonical': '中共浙江省委员会'}
def ages(ctx):  # 0—6岁: an age range (see ROUND3-r6gD.md): optional
    s('FIGURE', '0—6岁', False, ctx=ctx, value=6, approx='less_than', unit='岁')
    s('FIGURE', '0', False, value=0, approx='exact', unit='')
    s('FIGURE', '6岁', False, value=6, approx='exact|less_than', unit='岁')

# 加强和创新社会治理。
U('新时代', req=False)
Q('枫桥经验'); s(P, '枫桥', False)
Q('141')
s(DEP, '县级社会治理中心（综治中心）', False, level='county', kind='state')
s(DEP, '县级社会治理中心', False, level='county', kind='state')
s(DEP, '综治中心', False, level='county', kind='state')
Q('民呼我为')
Q('立改废', 'term', req=False)
U('依法行政', req=False)
U('严格规范公正文明执法', req=False)
U('法治浙江建设20年主题活动', 'campaign', req=False)
U('法治浙江')  # the fixed name of a provincial strategy
s(P, '浙江', False)
s('FIGURE', '20年', False, value=20, approx='exact', unit='年')  # an anniversary / duration
# 狠抓平安建设。
U('安全生产治本攻坚三年行动', 'campaign', req=False)
s('FIGURE', '三年', False, value=3, approx='exact', unit='年')
U('新时代', req=False, ctx='新时代双拥')
U('双拥', req=False)
# 各位代表！今年 …
s(DT, '今年', False)
U('尽力而为、量力而行', req=False)
s('FIGURE', '十方面', False, value=10, approx='exact', unit='方面', subject='民生实事')  # the count of the list that follows
# 1. 医疗卫生
F('30万以上', 300000, '', '参保孕产妇', ap='more_than|at_least')
s('FIGURE', '30万以上参保孕产妇', False, value=300000, approx='more_than|at_least', unit='')
Q('零自付', 'term', req=False)
U('名中医惠老医养健体服务活动', 'campaign', req=False)
F('1000场', 1000, '场', '名中医惠老医养健体服务活动')
F('23万人以上', 230000, '人', '长护险待遇享受人数', ap='more_than|at_least')
ages('0—6岁儿童省域内')
# 2. 养老帮困
Q('双持证', 'term', req=False)
F('1万人', 10000, '人', '新增养老护理、应急救护“双持证”护理员')
s('FIGURE', '70周岁以上', False, value=70, approx='more_than|at_least', unit='周岁')  # an age threshold
F('5000例', 5000, '例', '为残疾人适配智能仿生上下肢等科技辅具服务')
F('3万个', 30000, '个', '新增老年大学（学校）学位')
F('100门', 100, '门', '老年教育课程')
# 3. 关爱儿童
ages('0—6岁儿童免费')
F('1万名', 10000, '名', '困境、留守儿童')
# 4. 就业创业
F('1000名', 1000, '名', '乡村运营人才')
F('万名', 10000, '名', '青年')
F('80万', 800000, '', '重点群体')
s('FIGURE', '80万重点群体', False, value=800000, approx='exact', unit='')
Q('岗位需求+技能培训+技能评价+就业服务', 'term', req=False)
F('5万人次', 50000, '人次', '职业技能培训')
F('2000人', 2000, '人', '心智障碍及重度残疾人帮扶性就业')
F('300个', 300, '个', '体彩公益助残点')
F('5万个', 50000, '个', '就业岗位')
F('1万人', 10000, '人', '就业帮扶')
# 5. 城乡宜居
F('700公里', 700, '公里', '全域幸福河湖建设')
F('800公里', 800, '公里', '农村供水管网')
# 6. 教育助学
F('1万户次', 10000, '户次', '公益家庭教育指导服务')
Q('幸福家长', 'campaign')
F('1万期', 10000, '期', '“幸福家长”亲子关系成长课堂')
F('100支', 100, '支', '青少年心理关爱应急专家团队')
F('1000场', 1000, '场', '青少年心理健康辅导专场')
# 7. 文化体育
Q('全民艺术学堂', 'campaign')
F('300个', 300, '个', '公益性艺术培训“全民艺术学堂”')
F('1000场', 1000, '场', '品质戏曲')
F('1万个', 10000, '个', '体育场地设施')
Q('村BA', 'term', req=False)
F('1万场', 10000, '场', '全民健身赛事活动')
# 8. 交通出行
F('1万个', 10000, '个', '乡村公共停车位')
F('1000所', 1000, '所', '学校')
Q('固定班次+预约响应', 'term', req=False)
F('220条', 220, '条', '山区城乡公交线路、城际巴士线路、客货邮融合线路')
# 9. 便民服务
F('1000家', 1000, '家', '户外劳动者服务站点')
F('5000场次', 5000, '场次', '专项公益服务活动')
F('1000个', 1000, '个', '民生服务综合体')
# 10. 除险保安
F('145公里', 145, '公里', '低标堤防除险加固和标准海塘')
F('778个', 778, '个', '基层应急消防保障点')
# （十）着力加强政府自身建设
Q('两个确立'); Q('两个维护')
U('习近平新时代中国特色社会主义思想')
s(PE, '习近平', False); s(P, '中国', False)
U('政治判断力、政治领悟力、政治执行力', req=False)
s(PE, '习近平', title='同志')
s(DEP, '党中央', **CC)
Q('总书记有号令、党中央有部署，浙江见行动见实效', 'directive')
s(DEP, '党中央', False, **CC); s(P, '浙江', False)
s('FIGURE', '二字', False, value=2, approx='exact', unit='字')  # “人民”二字: the count of the quoted word
U('想人民之所想、行人民之所嘱', req=False)
Q('群众的小事', 'term', req=False); Q('心头大事', 'term', req=False)
U('共同富裕', req=False)
U('正确政绩观', req=False)
Q('功成不必在我，功成必定有我', 'directive')
U('实事求是、因地制宜', req=False)
Q('拍脑袋', 'term', req=False)
Q('没有走在前列就是风险、就是失职', 'directive')
Q('做示范', 'term', req=False); Q('钉钉子', 'term', req=False); Q('跟我上', 'term', req=False)
U('说了就干、定了就办、办就办好', req=False)
# 切实提升行政效能 / 落实全面从严治党主体责任
U('全面从严治党')
U('党的全面领导', req=False)
U('中央八项规定精神'); U('中央八项规定', req=False)
s(DEP, '中央', False, level='central', kind='party')
U('形式主义、官僚主义', req=False)
U('过紧日子', req=False)
U('厉行节约反对浪费', req=False)
U('风清气正', req=False)
# 各位代表！…
U('新征程', req=False)
s(PE, '习近平', title='同志')
s(DEP, '党中央', **CC)
s(DEP, '省委', **ZPC)
Q('八八战略')
U('干在实处、走在前列、勇立潮头', 'directive')
U('高质量发展建设共同富裕示范区', req=False)
U('高质量发展', req=False)
U('共同富裕示范区')
U('共同富裕', req=False)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
