from _ann import DEP, DT, PE, SL, Ann, P

# Round 19: the Tianjin 2026 report, "三、2026年重点工作": the heading, the guiding
# paragraph (“十五五”, 习近平新时代中国特色社会主义思想, 党的二十大, 中央经济工作会议,
# 习近平总书记 / 天津, 市委, “十项行动”), the main targets for 2026 (4.5%, 2%,
# 5.5%左右, 28万人, 2%左右), the four “更加注重” (“十项行动”, “三新”, “三量”, 中央巡视),
# task (一) Beijing-Tianjin-Hebei (the three capital circles, 北京, 中关村, 央企 / 京企,
# the quoted “京业津住” patterns and “高铁+” models, station business districts,
# “通武廊”, the joint parks 天津滨海—中关村科技园 / 宝坻京津中关村科技城 /
# 武清京津产业新城 / 宁河京津合作示范区, 雄安新区) and the first three paragraphs of
# task (二) (北京（京津冀）国际科技创新中心, “六链五群”, national centres,
# 全国重点实验室, 天开园, “一核两翼多点”). A fourth range of the article
# (prov2026-006.py, -review.py, -plans.py). Annotated as traditional (OpenCC s2t).
A = Ann('prov2026-006', 7909, 9930, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000
TJ = {'level': 'province', 'kind': 'party', 'canonical': '中共天津市委员会'}
Y26 = {'value': '2026', 'resolved': '2026'}
INST = {'kind': 'institute'}
def plan15(ctx):
    """“十五五”: optional as DATE and as SLOGAN kind period (round 1)."""
    sp = s(DT, '十五五', False, ctx=ctx, value='2026/2030')
    s(SL, '十五五', False, at=sp['start'], kind='period', quoted=True)
def jjj(ctx):
    """京津冀协同发展: an optional strategy phrase (review.py); 京津冀 optional (round 2)."""
    sp = U('京津冀协同发展', req=False, ctx=ctx)
    s(P, '京津冀', False, at=sp['start'])
def capital(ctx):
    """首都 (for Beijing): optional PLACE, undecided (round 14)."""
    s(P, '首都', False, ctx=ctx)
def zone(name, places):
    """A joint science park / new town / demonstration zone: optional as PLACE and
    DEPARTMENT, and so are the places inside it (round 3, science cities and parks)."""
    sp = s(P, name, False)
    s(DEP, name, False, at=sp['start'], kind='zone')
    for p in places:
        i = A.simp.find(p, sp['start'])
        s(P, p, False, at=i)
    A.cur = sp['start']

# 三、2026年重点工作
s(DT, '2026年', value='2026')
# 今年是“十五五”开局起步之年。
s(DT, '今年', False, ctx='今年是', **Y26)
plan15('“十五五”开局起步')
# 以习近平新时代中国特色社会主义思想为指导
U('习近平新时代中国特色社会主义思想')
s(PE, '习近平', False, ctx='习近平新时代')
s(P, '中国', False, ctx='新时代中国特色')
# 深入贯彻党的二十大和二十届历次全会精神
s(DT, '党的二十大', False)
s(DEP, '党的二十大', False)                              # round 14: optional as DATE and DEPARTMENT
s(DT, '二十大', False, ctx='党的二十大')
s(DT, '二十届历次全会', False)
# 认真贯彻中央经济工作会议精神: a meeting; 中央 inside optional
s(DEP, '中央', False, ctx='中央经济工作会议', level='central', kind='party')
# 全面落实习近平总书记视察天津重要讲话精神和对天津工作一系列重要指示要求
s(PE, '习近平', ctx='习近平总书记视察', title='总书记')
s(P, '天津', ctx='视察天津')
s(P, '天津', ctx='对天津工作')
F('一系列', 1, '系列', '重要指示要求', req=False)          # an article (rounds 10, 12)
s(DEP, '市委', ctx='按照市委工作部署', **TJ)
U('高质量发展', req=False, ctx='高质量发展这一首要任务')   # policy phrase: optional at every occurrence
U('新发展理念')
U('新发展格局')
U('稳中求进工作总基调')
U('稳中求进', req=False, ctx='稳中求进工作总基调')
U('统筹发展和安全', req=False)
jjj('以推进京津冀协同发展为战略牵引')
U('高质量发展', req=False, ctx='高质量发展“十项行动”')
Q('十项行动', 'campaign', ctx='高质量发展“十项行动”')     # quoted programme name (review.py); no FIGURE
U('科技创新、产业焕新、城市更新', 'term', req=False)      # the unquoted wording of “三新”: undecided
U('城市更新', 'term', req=False, ctx='城市更新，深化')
U('盘活存量、做优增量、提升质量', 'term', req=False)      # the unquoted wording of “三量”: undecided
U('新质生产力', ctx='发展新质生产力')
U('稳就业、稳企业、稳市场、稳预期', req=False)             # optional (prov2026-009/-010 plans)
U('质的有效提升和量的合理增长', req=False)
plan15('实现“十五五”良好开局')
# 今年经济社会发展主要预期目标是：
s(DT, '今年', False, ctx='今年经济社会', **Y26)
F('4.5%', 4.5, '%', '地区生产总值增长')
F('2%', 2, '%', '一般公共预算收入增长', ctx='收入增长2%')
F('5.5%左右', 5.5, '%', '城镇调查失业率', ap='about')
F('28万人', 28 * WAN, '人', '城镇新增就业')
F('2%左右', 2, '%', '居民消费价格涨幅', ap='about')
# 在实际工作中，我们要更加注重 …
U('稳中求进、提质增效', req=False, ctx='注重稳中求进、提质增效')   # prov2026-009/-010: optional
U('稳中求进', req=False, ctx='稳中求进、提质增效')
U('高质量发展', req=False, ctx='拓展高质量发展动能')             # slip fixed after the first measurement: optional at every occurrence
s(P, '天津', ctx='紧密结合天津实际')
s(DEP, '中央', False, ctx='中央存量政策', level='central')   # 中央 alone (round 1)
jjj('服务京津冀协同发展深化')
U('有效市场和有为政府', 'term', req=False)                 # a policy phrase: undecided
Q('十项行动', 'campaign', ctx='推动“十项行动”')
Q('三新', ctx='“三新”、“三量”工作聚势')                   # quoted coded formulas (review.py)
Q('三量', ctx='“三量”工作聚势')
s(DEP, '中央', False, ctx='中央巡视', level='central')       # 中央 in 中央巡视 optional (round 5)
# （一）持续发挥京津冀协同发展效能
jjj('（一）持续发挥京津冀协同发展效能')
# 对接融入首都产业协同圈。
capital('对接融入首都产业协同圈')
U('首都产业协同圈', 'term', req=False)                     # the three unquoted “circles”: undecided
capital('聚焦首都创新资源')
s(P, '北京', ctx='对接北京重点产业')
s(P, '中关村', False, ctx='中关村等园区')                  # a science park (round 3: optional P and DEP)
s(DEP, '中关村', False, ctx='中关村等园区', kind='zone')
capital('深化首都科技成果')
s(P, '津', False, ctx='在津转化')                          # one-character abbreviation
s(P, '津', False, ctx='在津拓链')
capital('聚焦首都产业配套')
s(DEP, '央企', False, ctx='对接央企疏解')                  # a class of enterprises (round 13)
capital('聚焦首都产业优势')                               # slip fixed after the first measurement
s(DEP, '央企', False, ctx='同央企京企')
s(DEP, '京企', False, ctx='央企京企')                      # Beijing firms: a class, like 央企
s(P, '京', False, ctx='京企联手')
s(P, '天津', ctx='夯实天津服务')
capital('天津服务首都产业')
# 主动融入首都通勤圈。
capital('主动融入首都通勤圈')
U('首都通勤圈', 'term', req=False)
# 聚焦“京业津住”、“津产京才”、“京业展业”: quoted coined patterns of the commute circle: undecided
for t in ('京业津住', '津产京才', '京业展业'):
    sp = Q(t, 'term', req=False, ctx=f'“{t}”')
    for ch in dict.fromkeys(c for c in t if c in '京津'):
        s(P, ch, False, at=A.simp.find(ch, sp['start']))
    A.cur = sp['start']
# 深化“高铁+”、“园区+”、“职住+”、“服务+”协同: quoted “X+” models: “人工智能+” / “体育+”
# are required, “保税+” optional (round 14): undecided, optional
for t in ('高铁+', '园区+', '职住+', '服务+'):
    Q(t, 'term', req=False, ctx=f'“{t}”')
# station business districts: areas of the city (venues / zones, plans.py: 西站南片区)
s(P, '西站同城商务区', False); s(P, '西站', False, ctx='西站同城')
s(P, '南站科技商务区', False); s(P, '南站', False, ctx='南站科技')
s(P, '滨海站', False); s(P, '滨海', False, ctx='滨海站')
Q('于响', 'term', req=False)                               # the quoted name of a district (于家堡 + 响螺湾)
s(P, '于响', False)
s(P, '武清站商务区', False); s(P, '武清站', False, ctx='武清站商务区'); s(P, '武清', False, ctx='武清站商务区')
# 谋划轨道交通向“通武廊”延伸: quoted joined abbreviations of 通州、武清、廊坊: undecided
s(P, '通武廊', False)
Q('通武廊', 'term', req=False)
# 积极融入首都功能圈。
capital('积极融入首都功能圈')
U('首都功能圈', 'term', req=False)
zone('天津滨海—中关村科技园', ['天津', '滨海', '中关村'])
zone('宝坻京津中关村科技城', ['宝坻', '京津', '中关村'])
zone('武清京津产业新城', ['武清', '京津'])
zone('宁河京津合作示范区', ['宁河', '京津'])
U('跨省（市）通办', 'campaign', req=False)                 # “跨省通办” (round 7), unquoted and bracketed here
s(P, '雄安新区')                                           # round 14: required, 雄安 optional
s(P, '雄安', False, ctx='雄安新区')
s(DEP, '雄安新区', False, ctx='雄安新区')                   # the new area's government by metonymy (review.py)
# （二）全面强化科技创新支撑引领
U('新质生产力', ctx='促进新质生产力加快')                  # slip fixed after the first measurement: required at every occurrence (round 1)
# 积极共建北京（京津冀）国际科技创新中心: a named centre: optional (institutes, round 1);
# the city inside a centre's name optional (round 3)
s(DEP, '北京（京津冀）国际科技创新中心', False, **INST)
s(P, '北京', False, ctx='北京（京津冀）国际')
s(P, '京津冀', False, ctx='（京津冀）国际')
s(P, '天津', ctx='聚焦天津所长')
s(P, '津', False, ctx='驻津央院')
Q('握手', 'term', req=False)                               # a quoted metaphor (guide: optional coinage)
Q('六链五群', 'campaign')                                  # quoted coded programme (review.py); no FIGURE
s(DEP, '国家脑机接口技术创新中心', False, **INST)          # national centres (round 13): optional
s(DEP, '国家血液病医学中心', False, **INST)
s(P, '天津', ctx='体现天津价值')
s(DEP, '全国重点实验室', False, ctx='全国重点实验室、科技领军')  # a class of laboratories (round 6)
s(P, '天津', ctx='作出天津创新')
# 增强天开园全域全要素创新引领辐射。
s(P, '天开园', False)                                      # 天开高教科创园 (review.py): optional
s(DEP, '天开园', False, ctx='天开园')
Q('一核两翼多点', 'formula')                                # quoted coded layout formula; no FIGURE
U('选种子、育苗子、培尖子、结果子', 'term', req=False)      # an unquoted set phrase: undecided

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
