from _ann import DEP, DT, PE, SL, Ann, P, all_occ

# Round 18: Xi Jinping's keynote at the first China-GCC Summit, Riyadh, 9 Dec 2022 (news.cn
# text, paragraphs separated by `　　`, no line breaks): the whole text. It holds the dateline
# (新华社利雅得12月9日电), the heading (the speech's title, 2022年12月9日, 利雅得, 中华人民共和国主席
# 习近平), the photo caption (当地时间12月9日下午, the summit's name, 利雅得, 阿卜杜勒阿齐兹国王国际
# 会议中心, 国家主席习近平, 新华社发), the salutation (纳伊夫秘书长), the thanks to 沙特阿拉伯王国,
# the history (近两千年, “东方智慧”, 古丝绸之路, 1981年, 40余年来), the four 归根于, the four
# “——做…的伙伴” points (不干涉内政原则, 全球发展倡议, 联合国2030年可持续发展议程, 全球安全倡议)
# and the five fields of cooperation for 未来3到5年 with their figures (上海石油天然气交易中心,
# 300名, 一批, 10个, 一系列, 中国空间站, 嫦娥 / 天问, 300所, 300个, 3000个 “汉语桥” places).
# The GCC (海合会, 海湾阿拉伯国家合作委员会) is an international organisation (optional, round 1);
# 中海 is a joined abbreviation (optional, round 2, like 中阿).
A = Ann('xinhua-097', 0, 1943)
s = A.s
F = A.figure
U, Q = A.unquoted, A.quoted
t = A.simp
MEDIA = {'kind': 'media'}
INT = {'kind': 'international organisation'}
GCC = dict(canonical='海湾阿拉伯国家合作委员会', **INT)
D1209 = {'value': '--12-09', 'resolved': '2022-12-09'}

# Occurrence-wide optional spans:
all_occ(A, P, '中海', False)                       # joined one-character abbreviations (round 2: 中阿)
for side, one in (('中方', '中'), ('海方', '海')):
    i = t.find(side)
    while i >= 0:                                   # one-character abbreviations used alone (guide)
        s(P, one, False, at=i)
        i = t.find(side, i + 1)
all_occ(A, DEP, '海合会', False, **GCC)            # an international organisation (round 1), ×16
all_occ(A, DEP, '海湾阿拉伯国家合作委员会', False, **GCC)
all_occ(A, P, '海湾', False)                       # the Gulf as a region (undecided; 中东 optional, round 8)
i = t.find('海湾阿拉伯国家')
while i >= 0:                                       # 阿拉伯 inside the organisation's name (xinhua-096)
    s(P, '阿拉伯', False, at=i + 2)
    i = t.find('海湾阿拉伯国家', i + 1)
all_occ(A, SL, '民心相通', False, kind='formula', quoted=False)   # one of the five links: undecided
A.cur = 0

# dateline: 新华社利雅得12月9日电
s(DEP, '新华社', False, **MEDIA)
s(P, '利雅得')
s(DT, '12月9日', **D1209)
# heading: the speech's title (entities inside optional, round 4), its date and place, the speaker
U('继往开来，携手奋进 共同开创中海关系美好未来', 'term', req=False)   # a speech title (round 8)
s(P, '中国', False, ctx='在中国－海湾')             # a place at the start of a meeting's name (round 2)
s(DT, '2022年12月9日', value='2022-12-09')
s(P, '利雅得', ctx='，利雅得）')
s(P, '中华人民共和国', False)                      # a country in a position title (round 16)
s(PE, '习近平', title='中华人民共和国主席')
# photo caption: 当地时间12月9日下午 (round 12: the bare date required, with 下午 optional)
s(DT, '12月9日', ctx='当地时间12月9日', **D1209)
s(DT, '12月9日下午', False)
s(P, '中国', False, ctx='首届中国－海湾')           # inside the summit's name
s(P, '利雅得', ctx='在利雅得阿卜杜勒')
s(P, '阿卜杜勒阿齐兹国王国际会议中心', False)      # a venue (round 15)
s(PE, '阿卜杜勒阿齐兹', False)                     # a person's name inside a venue's name
s(PE, '习近平', ctx='国家主席习近平', title='国家主席')
# 《继往开来，携手奋进　共同开创中海关系美好未来》: a title (entities inside optional)
s(DEP, '新华社', False, ctx='新华社发', **MEDIA)   # the photo credit of the agency
# salutation: 尊敬的各位同事，纳伊夫秘书长：
s(PE, '纳伊夫', title='秘书长')                    # a foreign person with the title (round 10)

# 首先，我谨对沙特阿拉伯王国为举办首届中国－海湾阿拉伯国家合作委员会峰会 …
s(P, '沙特阿拉伯王国')                             # the country's full name: the longest name
s(P, '沙特阿拉伯', False)
s(P, '沙特', False, ctx='沙特阿拉伯王国')
s(P, '中国', False, ctx='举办首届中国－海湾')       # inside the summit's name

# 中国同海合会国家有近两千年友好交往历史。
s(P, '中国', ctx='中国同海合会国家有')
F('近两千年', 2000, '年', '友好交往历史', ap='less_than', req=False)   # a duration (optional)
U('重和平、尚和谐、求真知', req=False)     # unquoted three-part variant of the quoted formula of xinhua-096
Q('东方智慧', 'term', req=False)                  # a quoted designation (a coinage)
s(P, '古丝绸之路', False)                         # a literary name of the old route (round 11: 丝绸古道)
s(P, '丝绸之路', False)
s(DT, '1981年', value='1981')
s(P, '中国', ctx='中国即同海合会')
s(DT, '40余年来', False)                          # relative time (10年来, xinhua-096)
F('40余年', 40, '年', '', ap='more_than', req=False)   # a duration
U('合作共赢', req=False)                          # optional by earlier rounds

# 中海关系之所以实现跨越式发展 …
s(P, '中国', ctx='中国和海合会国家始终')
U('大小国家一律平等', req=False)                   # a standard wording of the diplomacy: undecided
U('多边主义', req=False, ctx='坚定维护多边主义')   # optional by earlier rounds
s(P, '中国', ctx='中国拥有广阔')
U('同舟共济', 'term', req=False)                   # undecided
U('守望相助', req=False)                           # a feature of the friendship spirit alone (xinhua-096)

# 面对百年变局 …
U('百年变局', req=False)                           # optional (round 12)
s(P, '中东', False, ctx='中东海湾')                # a region without fixed boundary (round 8)

# ——做共促团结的伙伴 …
U('不干涉内政原则', req=False)                    # optional (xinhua-096)
U('真正的多边主义', req=False)
U('多边主义', req=False, ctx='真正的多边主义')
# ——做共谋发展的伙伴 …
U('全球发展倡议')                                 # round 1
U('联合国2030年可持续发展议程', 'campaign', req=False)   # optional (round 12)
s(DEP, '联合国', False, **INT)
U('2030年可持续发展议程', 'campaign', req=False)
s(DT, '2030年', False, value='2030')              # a year inside a programme's name (round 9)
# ——做共筑安全的伙伴 …
s(P, '中国', ctx='中国将继续坚定支持')
U('全球安全倡议')                                 # round 1
# ——做共兴文明的伙伴 … (东方文明, 人类文明: not annotated)

# 未来3到5年，中国愿同海合会国家在以下重点合作领域作出努力：
s(DT, '未来3到5年', False)
s('FIGURE', '3', False, ctx='3到5年', value=3, approx='exact|at_least', unit='', subject='')   # durations
s('FIGURE', '5年', False, ctx='3到5年', value=5, approx='exact|less_than', unit='年', subject='')
s(P, '中国', ctx='中国愿同海合会国家在以下')
# 第一，构建能源立体合作新格局。
s(P, '中国', ctx='中国将继续从')
s(DEP, '上海石油天然气交易中心', False, kind='enterprise')   # an exchange (enterprises optional, guide)
s(P, '上海', False, ctx='上海石油')                          # a place at the start of an organ's name
s(DEP, '中海核安保示范中心', False, **INT)          # a planned centre (round 12: optional)
F('300名', 300, '名', '和平利用核能与核技术人才')
# 第二，推动金融投资合作新进展。
s(P, '中国', ctx='中国愿同海合会国家开展金融')
s(P, '中国', ctx='进入中国资本市场')              # the country (like 中国人民, round 3)
s(DEP, '共同投资联合会', False, **INT)            # a body to be set up jointly (planned bodies: optional)
U('多边央行数字货币桥项目', 'campaign', req=False)  # an unquoted project name (round 13)
# 第三，拓展创新科技合作新领域。
s(P, '中国', ctx='中国愿同海合会国家共建大数据')
s('FIGURE', '一批', False, value=1, approx='exact', unit='批')   # round 2
F('10个', 10, '个', '数字经济项目')
s(DEP, '中海气象科技合作机制', False, **INT)        # a planned mechanism (round 12: optional)
# 第四，实现航天太空合作新突破。
s(P, '中国', ctx='中国愿同海合会国家在遥感')
s('FIGURE', '一系列', False, value=1, approx='exact', unit='系列')   # an article (round 10)
s(P, '中国', False, ctx='中国空间站')              # the start of the station's name: undecided
s(P, '中国', ctx='中国航天员联合')                # the country (like 中国人民, round 3)
s(P, '中国', False, ctx='中国嫦娥')                # before mission names: undecided
s(DEP, '中海联合月球和深空探测中心', False, **INT)   # a planned centre
# 第五，打造语言文化合作新亮点。
s(P, '中国', ctx='中国将同300所')
F('300所', 300, '所', '海合会国家大中小学')
F('300个', 300, '个', '中文智慧教室')
F('3000个', 3000, '个', '“汉语桥”夏（冬）令营名额')
Q('汉语桥', 'campaign', req=False)                # a programme's quoted name or a brand: undecided

# 中国和海合会国家各自肩负 …
s(P, '中国', ctx='中国和海合会国家各自')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
