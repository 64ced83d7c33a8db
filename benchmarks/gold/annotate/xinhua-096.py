from _ann import DEP, DT, PE, SL, Ann, P, all_occ

# Xi Jinping's keynote at the first China-Arab States Summit, Riyadh, 9 Dec 2022
# (news.cn text, paragraphs separated by `　　`, no line breaks): the whole text. It
# holds the dateline (利雅得12月9日), the heading (the speech's title, 2022年12月9日,
# 利雅得, 中华人民共和国主席 习近平), the photo caption (当地时间12月9日, 沙特, 利雅得,
# 阿卜杜勒阿齐兹国王国际会议中心, 国家主席习近平, 新华社发), the three features of
# the China-Arab friendship spirit with the trade and investment figures (17项,
# 1000亿美元, 3000亿美元, 2.6倍, 230亿美元, 200余个, 近20亿), the four “——我们要”
# points (“一带一路”, 全球发展倡议, 全球安全倡议, 中东, “伊斯兰恐惧症”), the
# “八大共同行动” in 8个领域, the Palestine paragraph (“两国方案”, “土地换和平”, 1967年,
# 东耶路撒冷, 巴勒斯坦国, 联合国, the UNRWA), the 20th Congress paragraph (中国式现代化,
# 人类命运共同体, 和平共处五项原则) and the close. Traditional script (OpenCC s2t).
A = Ann('xinhua-096', 0, 2313, script='traditional')
s = A.s
F = A.figure
U, Q = A.unquoted, A.quoted
t = A.simp
MEDIA = {'kind': 'media'}
INT = {'kind': 'international organisation'}
D1209 = {'value': '--12-09', 'resolved': '2022-12-09'}

# Occurrence-wide optional spans (xinhua-058, round 11):
all_occ(A, P, '中阿', False)                      # joined one-character abbreviations (round 2)
for side, one in (('中方', '中'), ('阿方', '阿'), ('巴方', '巴'), ('沙方', '沙')):
    i = t.find(side)
    while i >= 0:                                  # 中 in 中方 …: one-character abbreviations (guide)
        s(P, one, False, at=i)
        i = t.find(side, i + 1)
all_occ(A, P, '阿拉伯', False)                    # the Arab world by its people's name (undecided, round 11)
all_occ(A, P, '中东', False)                      # a region without fixed boundary (round 8)
all_occ(A, SL, '中阿命运共同体', False, kind='formula', quoted=False)   # undecided (round 11)
all_occ(A, SL, '中阿友好精神', False, kind='formula', quoted=False)     # a named spirit (undecided, round 11)
all_occ(A, DT, '新时代', False)
all_occ(A, SL, '新时代', False, kind='term', quoted=False)
for w in ('守望相助', '平等互利', '包容互鉴'):     # the three features standing alone (undecided)
    all_occ(A, SL, w, False, kind='formula', quoted=False)
A.cur = 0

# dateline: 新华社利雅得12月9日电
s(DEP, '新华社', False, **MEDIA)
s(P, '利雅得')
s(DT, '12月9日', **D1209)
# heading: the speech's title (entities inside optional, round 4), its date and place, the speaker
s(P, '中国', False, ctx='首届中国－阿拉伯')       # a place at the start of an event name (round 4)
s(DT, '2022年12月9日', value='2022-12-09')
s(P, '利雅得', ctx='，利雅得）')
s(P, '中华人民共和国', False)                     # a country in a position title (round 16)
s(PE, '习近平', title='中华人民共和国主席')
# photo caption: 当地时间12月9日下午 (round 12: the bare date required, with 下午 optional)
s(DT, '12月9日', ctx='当地时间12月9日', **D1209)
s(DT, '12月9日下午', False)
s(P, '中国', False, ctx='首届中国－阿拉伯国家峰会在')
s(P, '沙特')                                      # 沙特首都利雅得: the country and its capital, apart
s(P, '利雅得', ctx='首都利雅得')
s(P, '阿卜杜勒阿齐兹国王国际会议中心', False)     # a venue
s(PE, '阿卜杜勒阿齐兹', False)                    # a person's name inside a venue's name
s(PE, '习近平', ctx='国家主席习近平', title='国家主席')
# 《弘扬中阿友好精神　携手构建面向新时代的中阿命运共同体》: a title (entities inside optional)
s(DEP, '新华社', False, ctx='新华社发', **MEDIA)   # the photo credit of the agency
# 感谢沙方 … 首届中阿峰会 … 一座里程碑
s('FIGURE', '一座', False, value=1, approx='exact', unit='座', subject='里程碑')
# 中国和阿拉伯国家友好交往源远流长
s(P, '中国', ctx='中国和阿拉伯国家友好')
s(P, '丝绸古道', False)                           # a literary name of the old route (round 11)
U('经济全球化', req=False)
Q('守望相助、平等互利、包容互鉴')                  # the quoted wording of the friendship spirit
U('全面合作、共同发展、面向未来的战略伙伴关系', req=False)
U('南南合作', 'term', req=False, ctx='树立南南合作')    # round 4: optional
s(DEP, '中阿合作论坛', False, **INT)
F('17项', 17, '项', '中阿合作论坛框架内合作机制')
s(DT, '10年来', False)
s('FIGURE', '10年', False, value=10, approx='exact', unit='年', subject='')   # a duration
F('1000亿美元', 1000 * 10**8, '美元', '中阿贸易额增长')
F('超过3000亿美元', 3000 * 10**8, '美元', '中阿贸易总额', ap='more_than')
F('3000亿美元', 3000 * 10**8, '美元', '中阿贸易总额', ap='exact|more_than', req=False)
s(P, '中国', ctx='中国对阿拉伯')
F('2.6倍', 2.6, '倍', '中国对阿拉伯国家直接投资增长')     # unit 倍 (round 5)
F('230亿美元', 230 * 10**8, '美元', '中国对阿拉伯国家直接投资存量', ap='exact|more_than')   # 达 outside
Q('一带一路', ctx='共建“一带一路”实施')
F('200余个', 200, '个', '共建“一带一路”项目', ap='more_than')
F('近20亿', 20 * 10**8, '', '双方人民', ap='less_than')    # a number before a noun: the number alone
F('近20亿人民', 20 * 10**8, '', '双方人民', ap='less_than', req=False)
Q('重和平、尚和谐、讲信义、求真知')                # the quoted essence of civilisations
Q('文明冲突', 'term', req=False)                  # the quoted name of a theory (a coinage)
# 当前，世界进入新的动荡变革期，中东地区…
s(P, '中东地区', False)                           # 中东 optional (no fixed boundary), so the longer form too
# ——我们要坚持独立自主…
U('不干涉内政原则', req=False)
U('真正的多边主义', req=False)                    # optional by earlier rounds
Q('一带一路', ctx='高质量共建“一带一路”')
U('全球发展倡议')                                 # round 1
U('南南合作', 'term', req=False, ctx='带动南南合作')
U('共同、综合、合作、可持续', req=False)          # the wording of the security concept (undecided)
U('全球安全倡议')                                 # round 1
s(P, '中国', ctx='贡献中国智慧')                  # the country meant (中国奇迹, round 11)
Q('伊斯兰恐惧症', 'term', req=False)              # a quoted term (Islamophobia)
U('和平、发展、公平、正义、民主、自由', req=False)  # the wording of 全人类共同价值 (round 8)
U('全人类共同价值', req=False)                    # round 1: optional
# 《中阿全面合作规划纲要》 (×2): a document's title (entities inside optional)
s(DT, '未来3到5年', False)
s('FIGURE', '3', False, ctx='3到5年', value=3, approx='exact|at_least', unit='年', subject='')   # durations
s('FIGURE', '5年', False, ctx='3到5年', value=5, approx='exact|less_than', unit='年', subject='')
Q('八大共同行动', 'campaign')                     # the quoted name of a programme of actions (round 11); no FIGURE
F('8个', 8, '个', '“八大共同行动”涵盖领域')         # a count after a list ending in 等 (round 2)
Q('八大共同行动', 'campaign', ctx='通报了“八大共同行动”')
# 巴勒斯坦问题 …
s(P, '巴勒斯坦', ctx='巴勒斯坦问题攸关')
s(P, '巴勒斯坦', ctx='巴勒斯坦人民遭遇')
Q('两国方案')                                     # a quoted formula; 两国 no FIGURE (round 11)
Q('土地换和平')                                   # a quoted principle
s(P, '巴勒斯坦', ctx='对巴勒斯坦人道')
s(P, '巴勒斯坦', ctx='促进巴勒斯坦问题')
s(P, '巴勒斯坦', ctx='推动巴勒斯坦内部')
s(DT, '1967年', value='1967')
s(P, '东耶路撒冷')                                # longest name (round 11), 耶路撒冷 optional
s(P, '耶路撒冷', False)
s(P, '巴勒斯坦国')
s(P, '巴勒斯坦', False, ctx='巴勒斯坦国')
s(P, '巴勒斯坦', ctx='支持巴勒斯坦成为')
s(DEP, '联合国', False, ctx='联合国正式会员国', **INT)
s(DEP, '联合国近东巴勒斯坦难民救济和工程处', False, canonical='联合国近东巴勒斯坦难民救济和工程处', **INT)
s(DEP, '联合国', False, ctx='联合国近东', **INT)
s(P, '近东', False)
s(P, '巴勒斯坦', False, ctx='近东巴勒斯坦难民')   # inside an organisation's name
# 最近，中国共产党成功召开第二十次全国代表大会 …
s(DEP, '中国共产党', False, kind='party')        # the Party as a whole (guide)
s(P, '中国', False, ctx='中国共产党成功')
s(DT, '第二十次全国代表大会', False)              # an event used as a time
s(DEP, '全国代表大会', False, ctx='第二十次全国代表大会')
U('中国式现代化')                                 # 以中国式现代化全面推进…: required (round 8)
s(P, '中国', False, ctx='中国式现代化')
U('中华民族伟大复兴', req=False)
s(P, '中国', ctx='绘就中国未来')
U('人类命运共同体')                               # round 1
U('独立自主的和平外交政策', req=False)            # an institution name (round 3)
U('和平共处五项原则')                              # round 4: required
U('全球伙伴关系', req=False)
U('互利共赢的开放战略', req=False)
U('高水平对外开放', req=False)
Q('一带一路', ctx='推动共建“一带一路”高质量')
U('高质量发展', req=False, ctx='”高质量发展')
s(P, '中国', ctx='以中国新发展')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
