from _ann import CC, DEP, DT, PB, PE, SL, Ann, P, all_occ

# Xi Jinping meeting the press with the Standing Committee of the 20th Politburo,
# 23 Oct 2022 (news.cn text, paragraphs separated by `　　`): the whole text, from the
# heading line (the speech's title, its date, the speaker) through the introduction
# of the six other standing members, two photo captions (中共中央 / 中共中央政治局 in
# the titles, the seven members, 北京人民大会堂, two photo credits), the four
# “——新征程上” points and the closing thanks.
A = Ann('xinhua-103', 0, 1980)
s = A.s
F = A.figure
U, Q = A.unquoted, A.quoted
t = A.simp
D1023 = {'value': '2022-10-23'}
MEDIA = {'kind': 'media'}
SEVEN = ('李强', '赵乐际', '王沪宁', '蔡奇', '丁薛祥', '李希')


def pb_title(ctx):
    """中共中央政治局常委 before names: 中共中央政治局 required, the title form and 中共中央 optional (round 2)."""
    s(DEP, '中共中央政治局常委', False, ctx=ctx)
    s(DEP, '中共中央政治局', ctx=ctx, **PB)
    s(DEP, '中共中央', False, ctx=ctx, **CC)


def congress20(ctx):
    """中共二十大 (an event): optional as DEPARTMENT and DATE, 中共 (the Party) optional."""
    s(DEP, '中共二十大', False, ctx=ctx)
    s(DEP, '中共', False)
    s(DT, '中共二十大', False)
    s(DT, '二十大', False)


def caption(credit, again=False):
    s(DT, '2022年10月23日', **D1023)
    s(DT, '中国共产党第二十届中央委员会第一次全体会议', False)  # a plenary session (round 2)
    s(DEP, '中国共产党第二十届中央委员会', False)  # an organ inside a meeting name (round 9, undecided)
    s(DEP, '中国共产党', False, kind='party')
    s(DEP, '中央委员会', False)
    s(DEP, '中共中央', ctx='的中共中央总书记', **CC)  # the organ inside a position title
    s(PE, '习近平', title='中共中央总书记', ctx='中共中央总书记习近平')
    pb_title('中共中央政治局常委李强')
    for n in SEVEN:
        s(PE, n, title='中共中央政治局常委')
    s(P, '北京', ctx='北京人民大会堂')
    s(P, '北京人民大会堂', False)
    s(P, '人民大会堂', False)
    congress20('采访中共二十大')
    if again:  # the second mention in a caption is required, without title (round 8)
        s(PE, '习近平', ctx='这是习近平向')
    s(DEP, '新华社', False, ctx='新华社记者', **MEDIA)
    s(PE, credit)


# heading line: entities inside the speech's title optional (round 4), its date required
s(DEP, '二十届中央政治局常委', False, ctx='在二十届中央政治局常委同')
s(DEP, '中央政治局常委', False)
s(DEP, '中央政治局', False)
s(DT, '2022年10月23日', **D1023)
s(PE, '习近平', ctx='）习近平女士们')
# 昨天，中国共产党第二十次全国代表大会已经胜利闭幕了 (as in xinhua-089)
s(DT, '昨天', False, resolved='2022-10-22')
s(DEP, '中国共产党第二十次全国代表大会', False, kind='party')
s(DT, '中国共产党第二十次全国代表大会', False)
s(DEP, '中国共产党', False, kind='party')
s(DT, '第二十次全国代表大会', False)
s(DEP, '全国代表大会', False, kind='party')
F('一次', 1, '次', '大会', req=False)  # an article (like 一个)
U('高举旗帜、凝聚力量、团结奋进', 'directive', req=False)  # the congress's theme words (undecided)
congress20('国际社会对中共二十大')
s(DEP, '中共中央', ctx='我谨代表中共中央', **CC)
# 中共二十届一中全会 … 中共中央总书记 … 6位常委同事
s(DT, '中共二十届一中全会', False)
s(DEP, '中共', False)
s(DT, '二十届一中全会', False)
s(DEP, '中央', False, ctx='新一届中央领导机构')
s(DEP, '中共中央', ctx='中共中央总书记。', **CC)
F('6位', 6, '位', '其他常委同事', req=False)  # a count of the list that follows (round 9)
for n in SEVEN:
    s(PE, n, title='同志')
# 赵乐际同志、王沪宁同志是十九届中央政治局常委，其他同志都是十九届中央政治局委员
s(PE, '赵乐际', title='同志')
s(PE, '王沪宁', title='同志')
for w in ('十九届中央政治局常委', '十九届中央政治局委员'):
    s(DEP, '十九届中央政治局', False, ctx=w)  # the organ with its term ordinal: the bare organ is the span
    s(DEP, '中央政治局', ctx=w, **PB)  # the organ inside a position title
    if w.endswith('常委'):
        s(DEP, '中央政治局常委', False)
s(DEP, '中共中央', ctx='新一届中共中央领导成员', **CC)
# first caption
caption('庞兴雷', again=True)
# 全面建成小康社会 … 第二个百年奋斗目标 … 以中国式现代化全面推进中华民族伟大复兴
U('全面建成小康社会', req=False)
U('第一个百年奋斗目标', req=False)
U('全面建设社会主义现代化国家新征程', req=False)
U('全面建设社会主义现代化国家', req=False)
U('第二个百年奋斗目标', req=False)
U('中国式现代化', ctx='以中国式现代化全面')  # the object of 以 (xinhua-089)
U('中华民族伟大复兴', req=False, ctx='全面推进中华民族伟大复兴')
# ——新征程上 …
U('全面建设社会主义现代化国家', req=False, ctx='全面建设社会主义现代化国家寄托')
U('中国式现代化', ctx='中国式现代化是中国共产党')  # the subject
F('一项', 1, '项', '事业', req=False)
U('马克思主义中国化时代化', req=False)  # a standard wording, unquoted (undecided)
U('马克思主义', req=False, ctx='马克思主义中国化时代化')  # here the modifier (round 2)
U('新时代中国特色社会主义', req=False)
U('中国特色社会主义', req=False, ctx='新时代中国特色社会主义新篇章')  # a modifier (round 2)
U('中华民族伟大复兴的中国梦', req=False)  # undecided
U('中华民族伟大复兴', req=False, ctx='中华民族伟大复兴的中国梦')
U('中国梦', req=False)
# second caption
caption('申宏')
# ——新征程上，我们要始终坚持一切为了人民、一切依靠人民 …
U('一切为了人民、一切依靠人民', 'directive', req=False)  # a standard wording (undecided)
# ——新征程上，我们要始终推进党的自我革命 …
U('党的自我革命', req=False)
F('一个', 1, '个', '党', req=False, ctx='一个饱经沧桑')
F('一个', 1, '个', '党', req=False, ctx='一个铸就辉煌')
F('百年', 100, '年', '', req=False, ctx='百年栉风沐雨')  # a duration
F('10年', 10, '年', '新时代革命性锻造', req=False)  # a duration
U('全面从严治党')
U('百年大党', req=False)
F('百年', 100, '年', '', req=False, ctx='百年大党')
# ——新征程上，我们要始终弘扬全人类共同价值 …
U('全人类共同价值', req=False, ctx='弘扬全人类共同价值。')
U('和平、发展、公平、正义、民主、自由', req=False)
U('全人类共同价值', req=False, ctx='自由的全人类共同价值')
U('人类命运共同体')
# 中国发展离不开世界 … 改革开放40多年 … 两大奇迹
U('改革开放', 'term', req=False, ctx='经过改革开放40多年')
s(DT, '改革开放', False, ctx='改革开放40多年')
F('40多年', 40, '年', '改革开放', ap='more_than', req=False)  # a duration
F('两大奇迹', 2, '', '奇迹', req=False)  # a count after a closed list (round 3: 两大主题)
F('两', 2, '', '奇迹', req=False, ctx='两大奇迹')
U('改革开放', 'term', req=False, ctx='全面深化改革开放')
U('高质量发展', 'term', req=False)
U('踔厉奋发、勇毅前行', 'directive', req=False)  # undecided
s(DT, '几天来', False)
# 新征程 (optional, round 2) and 新时代 (optional, rounds 4 and 6) at every occurrence
all_occ(A, SL, '新征程', False, kind='term', quoted=False)
all_occ(A, DT, '新时代', False)
# 中国共产党 (the Party as a whole, optional) where not annotated above
for i in [j for j in range(len(t)) if t.startswith('中国共产党', j)]:
    if not any(x['start'] == i and x['label'] == DEP for x in A.spans):
        A.s(DEP, '中国共产党', False, at=i, kind='party')
# 中国 as the country is required (中国人民, 中国经济, 中国声音, 注视中国 …); inside
# 中国共产党, 中国式现代化, 马克思主义中国化, 中国特色社会主义 and 中国梦 optional (nesting)
OPT_IN = ('中国共产党', '中国式现代化', '中国化', '中国特色社会主义', '中国梦')
i = t.find('中国')
while i >= 0:
    s(P, '中国', not any(t.startswith(x, i) for x in OPT_IN), at=i)
    i = t.find('中国', i + 1)

if __name__ == '__main__':
    A.write()
    if '--review' in __import__('sys').argv:
        A.review()
