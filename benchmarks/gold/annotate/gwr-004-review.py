from _ann import CC, DEP, DT, PE, SL, Ann, P

# Round 21: 2023 State Council government work report (simplified), section 一, the close of
# the review: the government's self-building (全面从严治党, “不忘初心、牢记使命” 主题教育,
# 党史学习教育, 中央八项规定精神, “四风”, “三公”经费), the work style paragraph
# (习近平新时代中国特色社会主义思想), ethnic, religious and overseas-Chinese work, the army
# (人民军队), Hong Kong, Macao and Taiwan (香港特别行政区维护国家安全法, “爱国者治港”,
# “爱国者治澳”, 粤港澳大湾区), diplomacy (习近平主席, the summits: 二十国集团, 亚太经合组织,
# 联合国成立75周年, 上合组织青岛峰会, 金砖国家, “一带一路”国际合作高峰论坛,
# 中非合作论坛北京峰会, 人类命运共同体), the thanks (国务院, 民主党派, 香港特别行政区,
# 澳门特别行政区, 台湾同胞) and the problems (社会主义初级阶段, “一刀切”). Paragraphs
# 12915–14841, after the existing range 2151–3979 and without overlapping it.
A = Ann('gwr-004', 12915, 14841)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
SC = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
INT = {'kind': 'international organisation'}


def u(t, **kw):  # policy phrases and formulas no round has required: optional
    return U(t, req=False, **kw)


def five(ctx):  # 五年来 / 过去五年: a relative time (DATE optional) and a duration (FIGURE optional)
    s('FIGURE', '五年', False, ctx=ctx, value=5, approx='exact', unit='年')


# 五年来，各级政府认真贯彻落实党中央全面从严治党战略部署
s(DT, '五年来', False)
five('五年来')
s(DEP, '党中央', **CC)
U('全面从严治党')
# 扎实开展“不忘初心、牢记使命”主题教育和党史学习教育，弘扬伟大建党精神
Q('不忘初心、牢记使命', 'campaign')
u('主题教育', k='campaign')
u('党史学习教育', k='campaign')             # a campaign name, unquoted: undecided
u('伟大建党精神')                            # a named spirit (undecided, like 金砖精神)
# 严格落实中央八项规定精神，持之以恒纠治“四风”，重点纠治形式主义、官僚主义，“三公”经费大幅压减
U('中央八项规定精神')                        # round 3
s(DEP, '中央', False, ctx='中央八项规定')
u('中央八项规定')
Q('四风')
u('形式主义、官僚主义')
Q('三公')                                    # a quoted coded formula (like “三保”); no FIGURE
# 做好经济社会发展工作 … 五年来，坚持以习近平新时代中国特色社会主义思想为指导
s(DT, '五年来', False, ctx='五年来，坚持')
five('五年来，坚持')
U('习近平新时代中国特色社会主义思想')
s(PE, '习近平', False)
s(P, '中国', False)
u('党的基本理论、基本路线、基本方略')
u('以经济建设为中心')
u('高质量发展')
u('实事求是')                                # round 3: optional
# 各位代表！过去五年，民族、宗教、侨务等工作创新完善。
s(DT, '过去五年', False)
five('过去五年')
u('平等团结互助和谐的社会主义民族关系')
u('宗教中国化')
s(P, '中国', False, ctx='宗教中国化')         # inside the formula
# 坚持党对人民军队的绝对领导
u('党对人民军队的绝对领导')
s(DEP, '人民军队', False)                     # as in gwr-002
u('政治建军、改革强军、科技强军、人才强军、依法治军')
u('科技强军')
# 港澳台工作取得新进展。
s(P, '港澳台', False)                         # joined abbreviations (round 2)
s(P, '香港特别行政区', False, ctx='香港特别行政区维护国家安全法')  # inside the name of a law (round 8)
s(P, '香港', False, ctx='香港特别行政区维护')
Q('爱国者治港'); Q('爱国者治澳')
s(P, '香港', ctx='推动香港进入')
s(P, '粤港澳大湾区')
s(P, '粤港澳', False)
s(P, '港澳', False, ctx='支持港澳')
u('新时代党解决台湾问题的总体方略')
u('新时代', ctx='新时代党解决')
s(DT, '新时代', False, ctx='新时代党解决')
s(P, '台湾', ctx='解决台湾问题')               # a place named in running text
u('两岸关系和平发展')
s(P, '两岸', False, ctx='两岸关系')
# 中国特色大国外交全面推进。习近平主席等党和国家领导人出访多国
u('中国特色大国外交')                          # undecided (round 10)
s(P, '中国', False, ctx='中国特色大国外交')
s(PE, '习近平', title='主席')
# 出席二十国集团领导人峰会、亚太经合组织领导人非正式会议、联合国成立75周年系列高级别会议、
# 东亚合作领导人系列会议、中欧领导人会晤: meetings are not annotated (r7h); the bodies inside optional
s(DEP, '二十国集团', False, **INT)
s(DEP, '亚太经合组织', False, **INT)
s(DEP, '联合国', False, **INT)
s('FIGURE', '75周年', False, value=75, approx='exact', unit='周年')   # anniversary
s(P, '东亚', False)                            # a region without fixed boundary
s(P, '中欧', False, ctx='中欧领导人')           # joined abbreviations
# 成功举办上合组织青岛峰会、金砖国家领导人会晤、全球发展高层对话会、“一带一路”国际合作高峰论坛、
# 中非合作论坛北京峰会
s(DEP, '上合组织', False, **INT)
s(P, '青岛', False)                            # a place inside an event name (rounds 4, 8)
s(DEP, '金砖国家', False, **INT)
Q('一带一路')                                  # required (kind formula, as in 14 of 16 earlier scripts), also inside the forum's name
s(DEP, '中非合作论坛', False, **INT)
s(P, '中非', False)
s(P, '北京', False, ctx='北京峰会')
u('敢于斗争、善于斗争')
u('全球伙伴关系')
u('开放型世界经济')
u('多边主义')
U('人类命运共同体')                             # round 1
s(P, '中国', ctx='中国作为负责任大国')
# 各位代表！这些年我国发展取得的成就，是以习近平同志为核心的党中央坚强领导的结果
s(DT, '这些年', False)
s(SL, '以习近平同志为核心的党中央', False, kind='formula', quoted=False)
s(PE, '习近平', title='同志')
s(DEP, '党中央', **CC)
U('习近平新时代中国特色社会主义思想')
s(PE, '习近平', False)
s(P, '中国', False)
# 我代表国务院，向全国各族人民，向各民主党派、各人民团体和各界人士
s(DEP, '国务院', **SC)
s(DEP, '民主党派', False)                       # round 3
# 向香港特别行政区同胞、澳门特别行政区同胞、台湾同胞和海外侨胞
s(P, '香港特别行政区')
s(P, '香港', False, ctx='香港特别行政区同胞')
s(P, '澳门特别行政区')
s(P, '澳门', False, ctx='澳门特别行政区同胞')
s(P, '台湾', ctx='台湾同胞')                    # round 8
# 向关心和支持中国现代化建设的各国政府、国际组织和各国朋友
s(P, '中国', ctx='中国现代化建设')
# 我国是一个发展中大国，仍处于社会主义初级阶段
s('FIGURE', '一个', False, ctx='一个发展中大国', value=1, approx='exact', unit='个')
u('社会主义初级阶段')
s(DT, '当前', False, ctx='当前发展面临')
u('形式主义、官僚主义', ctx='形式主义、官僚主义现象')
Q('一刀切', 'term', req=False)                  # a quoted coinage (r7 and later: optional)

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
