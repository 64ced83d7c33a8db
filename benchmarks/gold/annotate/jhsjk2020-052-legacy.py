from _ann import CC, DEP, DT, PE, SL, Ann, P

# Round 22: the close of the speech of October 2020 on the 70th anniversary of the war to
# resist US aggression and aid Korea: the spirit of the war (the four "——无论时代如何发展"
# points: 70年前, the volunteers' heroes 杨根思、黄继光、邱少云, 30多万名 / 近6000个), the
# five "——铭记伟大胜利，推进伟大事业" points (the Party, the people, development, defence,
# peace: “两个一百年”, “五位一体”, “四个全面”, 人类命运共同体, “亲仁善邻”) and the closing
# call. Annotated on the simplified source, written in traditional script. A second range
# of the article (jhsjk2020-052.py: [342, 2345)), from 2345 to the end.
A = Ann('jhsjk2020-052', 2345, 5090, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000
ARMY = {'level': 'central', 'kind': 'state', 'canonical': '中国人民志愿军'}
PLA = {'level': 'central', 'kind': 'state', 'canonical': '中国人民解放军'}
CPC = {'level': 'central', 'kind': 'party', 'canonical': '中国共产党'}


def cpc(ctx):  # 中国共产党: the Party as a whole (guide), the country inside it
    sp = s(DEP, '中国共产党', False, ctx=ctx, **CPC)
    s(P, '中国', False, at=sp['start'])


def seventy_ago(ctx):  # 70年前: a relative time (1950) and a duration, both optional
    s(DT, '70年前', False, ctx=ctx, value='1950', resolved='1950')
    s('FIGURE', '70年', False, ctx=ctx, value=70, approx='exact', unit='年')


# 同志们、朋友们！在波澜壮阔的抗美援朝战争中，英雄的中国人民志愿军始终发扬…
U('祖国和人民利益高于一切', 'term', req=False)
U('爱国主义精神', req=False)                         # the five components of the spirit: undecided
U('革命英雄主义精神', req=False)
U('革命乐观主义精神', req=False)
U('革命忠诚精神', req=False)
U('国际主义精神', req=False)
# ——无论时代如何发展，我们都要砥砺不畏强暴、反抗强权的民族风骨。
seventy_ago('70年前，帝国主义')
s(P, '新中国', False, ctx='新中国的家门口')              # as in jhsjk2020-052
s(P, '中国', False, ctx='中国的家门口')
s(P, '中国', ctx='中国人民深知')                          # the country (round 3)
s(P, '中国', ctx='中国人民不惹事')
# ——无论时代如何发展，我们都要汇聚万众一心、勠力同心的民族力量。
s(P, '中国', ctx='中国人民在爱国主义')
s(P, '中国', ctx='中国人民之中')
Q('现在中国人民已经组织起来了，是惹不得的。如果惹翻了，是不好办的', 'quotation', req=False)
s(P, '中国', False, ctx='现在中国人民')                    # inside a quotation
# ——无论时代如何发展，我们都要锻造舍生忘死、向死而生的民族血性。
s(P, '朝鲜', ctx='在朝鲜战场上')
s(DEP, '志愿军', ctx='志愿军将士面对强大', **ARMY)          # as in jhsjk2020-052
Q('钢少气多', 'term', req=False)                          # quoted set phrases (coinages)
Q('钢多气少', 'term', req=False)
s(DEP, '志愿军', ctx='志愿军将士冒着', **ARMY)
Q('空中拼刺刀', 'term', req=False)                        # quoted coinage
s(PE, '杨根思'); s(PE, '黄继光'); s(PE, '邱少云')
F('30多万名', 30 * WAN, '名', '英雄功臣', ap='more_than')
F('近6000个', 6000, '个', '功臣集体', ap='less_than')
s('FIGURE', '6000个', False, value=6000, approx='exact|less_than', unit='个')
s('FIGURE', '一步', False, ctx='后退一步', value=1, approx='exact', unit='步')   # a set phrase
# ——无论时代如何发展，我们都要激发守正创新、奋勇向前的民族智慧。
s(DEP, '志愿军', ctx='志愿军将士面对陌生', **ARMY)
Q('你打你的，我打我的，你打原子弹，我打手榴弹', 'quotation', req=False)   # a quoted wording of a strategy
s(P, '中国', ctx='中国人民总能')
Q('杀出一条血路', 'term', req=False)                      # a quoted set phrase; no FIGURE inside
# 同志们、朋友们！抗美援朝战争胜利60多年来，…
s(DT, '抗美援朝战争胜利60多年来', False)
s(DT, '60多年来', False)
s('FIGURE', '60多年', False, value=60, approx='more_than', unit='年')      # a duration
cpc('在中国共产党坚强领导下')
s(P, '中国', ctx='中国发生了')
U('中国特色社会主义', req=False, ctx='中国特色社会主义进入了')
s(P, '中国', False, ctx='中国特色社会主义进入了')
s(DT, '新时代', False, ctx='进入了新时代')
U('站起来、富起来到强起来', req=False)                      # a standard wording: undecided
s(DT, '今天', False, ctx='今天，我们正站在', resolved='2020-10-23')
Q('两个一百年')                                           # quoted numbered formula; no FIGURE
U('全面建成小康社会', req=False)                            # a goal (round 6)
U('全面建设社会主义现代化国家', req=False, ctx='全面建设社会主义现代化国家前景')
U('新时代中国特色社会主义', req=False, ctx='新时代中国特色社会主义伟大事业')
s(DT, '新时代', False, ctx='新时代中国特色社会主义伟大事业')
U('中国特色社会主义', req=False, ctx='中国特色社会主义伟大事业')
s(P, '中国', False, ctx='中国特色社会主义伟大事业')
# ——铭记伟大胜利，推进伟大事业，必须坚持中国共产党领导，…
cpc('必须坚持中国共产党领导')
s('FIGURE', '一支', False, ctx='任何一支政治力量', value=1, approx='exact', unit='支')
cpc('像中国共产党这样')
s('FIGURE', '亿万', False, ctx='亿万群众', value=100000000, approx='about', unit='', subject='群众')  # an indefinite multitude (undecided)
U('不忘初心、牢记使命')                                     # required (earlier rounds)
U('党的建设新的伟大工程', req=False)
U('政治领导力、思想引领力、群众组织力、社会号召力', req=False)   # a standard wording: undecided
s(P, '中国', ctx='中国人民最可靠')
# ——铭记伟大胜利，推进伟大事业，必须坚持以人民为中心，…
U('以人民为中心', req=False)                               # alone: optional (round 12)
U('一切为了人民、一切依靠人民', req=False)
cpc('中国共产党的力量')
s(DEP, '人民军队', False, ctx='人民军队的力量', **PLA)       # as in jhsjk2020-052
U('全心全意为人民服务', req=False, ctx='全心全意为人民服务的根本宗旨')   # as the modifier of 宗旨 (round 2)
U('人民至上', req=False)                                   # rounds 6, 14
U('中华民族伟大复兴', req=False, ctx='中华民族伟大复兴的精彩')   # a goal designation (round 2)
# ——铭记伟大胜利，推进伟大事业，必须坚持推进经济社会发展，…
s(DT, '新中国成立70多年来', False)
s(P, '新中国', False, ctx='新中国成立70多年来')
s(P, '中国', False, ctx='中国成立70多年来')
s('FIGURE', '70多年', False, value=70, approx='more_than', unit='年')
s('FIGURE', '几十年', False, value=10, approx='more_than', unit='年')       # vague durations
s('FIGURE', '几百年', False, value=100, approx='more_than', unit='年')
U('新发展阶段', req=False)                                 # round 5
Q('五位一体', 'formula')
Q('四个全面', 'formula')
U('新发展理念')                                            # round 1
U('新发展格局')                                            # round 1
U('更高质量、更有效率、更加公平、更可持续、更为安全的发展', req=False)
# ——铭记伟大胜利，推进伟大事业，必须加快推进国防和军队现代化，…
U('国防和军队现代化', 'term', req=False)
s(DEP, '人民军队', False, ctx='把人民军队全面', **PLA)
U('世界一流军队', req=False)
s('FIGURE', '一支', False, ctx='没有一支强大', value=1, approx='exact', unit='支')
U('中国特色社会主义', ctx='坚持和发展中国特色社会主义')        # as the object of 坚持和发展 (earlier round)
s(P, '中国', False, ctx='中国特色社会主义，必须统筹')
U('统筹发展和安全', 'term', req=False)                      # a policy phrase, optional (round 6); slip fixed after the first measurement
U('新时代党的强军思想', req=False)                          # the earlier name of 习近平强军思想: undecided
s(DT, '新时代', False, ctx='新时代党的强军思想')
U('强军思想', req=False, ctx='党的强军思想')                 # inside the longer name (guide's nesting rule); slip fixed after the first measurement
U('新时代军事战略方针', req=False)
s(DT, '新时代', False, ctx='新时代军事战略方针')
U('党对人民军队的绝对领导', req=False)
s(DEP, '人民军队', False, ctx='人民军队的绝对领导', **PLA)
U('政治建军、改革强军、科技强军、人才强军、依法治军', req=False)   # gwr-004-review: optional
U('科技强军', req=False, ctx='科技强军、人才')                    # round 18
s(DT, '新时代', False, ctx='新时代人民军队')
s(DEP, '人民军队', False, ctx='人民军队使命', **PLA)
U('党在新时代的强军目标', req=False)
s(DT, '新时代', False, ctx='新时代的强军目标')
U('中华民族伟大复兴', req=False, ctx='中华民族伟大复兴提供')
# ——铭记伟大胜利，推进伟大事业，必须维护世界和平和正义，推动构建人类命运共同体。
U('人类命运共同体', ctx='推动构建人类命运共同体。')           # round 1: required
Q('亲仁善邻', 'formula')                                    # a quoted formula (…的理念), like “绿水青山就是金山银山”
s(P, '中国', ctx='中国坚守')
U('和平、发展、公平、正义、民主、自由', req=False)            # round 8
U('全人类共同价值', req=False)                              # round 1: optional
U('共商共建共享的全球治理观')                                # required (round 11 list)
U('全球治理观', req=False)
U('和平发展道路', req=False, ctx='走和平发展道路')
U('人类命运共同体', ctx='推动构建人类命运共同体，就')
# 同志们、朋友们！世界是各国人民的世界，…
U('和平发展、合作共赢', req=False, ctx='和平发展、合作共赢才是')
s('FIGURE', '一条', False, ctx='死路一条', value=1, approx='exact', unit='条')  # an idiom
s(P, '中国', ctx='中国一贯奉行')
s(DEP, '中国军队', False, **PLA)                             # the armed forces by the country's name: undecided
s(P, '中国', False, ctx='中国军队')
s(P, '中国', ctx='中国永远不称霸')
s(P, '中国', ctx='中国人民必将')
# 同志们、朋友们！回望70年前伟大的抗美援朝战争，…
seventy_ago('70年前伟大的')
U('中华民族伟大复兴', req=False, ctx='中华民族伟大复兴的光明')
s(DEP, '党中央', **CC)
U('全面建设社会主义现代化国家新征程', req=False)
U('全面建设社会主义现代化国家', req=False, ctx='全面建设社会主义现代化国家新征程')
U('新征程', 'term', req=False, ctx='国家新征程')
U('中华民族伟大复兴的中国梦', req=False)
U('中华民族伟大复兴', req=False, ctx='中华民族伟大复兴的中国梦')
U('中国梦', req=False)
s(P, '中国', False, ctx='中国梦')

# Repeated names, by position (as jhsjk2020-052).
t = A.simp
i = t.find('中国人民志愿军')
while i >= 0:
    A.s(DEP, '中国人民志愿军', at=i, **ARMY)
    A.s(DEP, '志愿军', False, at=i + 4, **ARMY)      # inside the longer name
    A.s(P, '中国', False, at=i)
    i = t.find('中国人民志愿军', i + 1)
i = t.find('伟大抗美援朝精神')
while i >= 0:  # a named spirit (undecided, like 万隆精神): optional, with and without 伟大
    A.s(SL, '伟大抗美援朝精神', False, at=i, kind='formula', quoted=False)
    A.s(SL, '抗美援朝精神', False, at=i + 2, kind='formula', quoted=False)
    i = t.find('伟大抗美援朝精神', i + 1)
i = t.find('抗美援朝')
while i >= 0:
    A.s(SL, '抗美援朝', False, at=i, kind='campaign', quoted=False)  # inside the war's or the spirit's name (nesting)
    A.s(P, '美', False, at=i + 1); A.s(P, '朝', False, at=i + 3)
    i = t.find('抗美援朝', i + 1)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
