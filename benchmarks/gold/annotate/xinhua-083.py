from _ann import DEP, DT, PE, Ann, P

# Xi Jinping's toast at the welcome banquet for the opening of the 31st Summer World
# University Games, Chengdu, 28 Jul 2023 (news.cn text, paragraphs separated by `　　`, no
# line breaks): the whole text. It holds the dateline (新华社成都7月28日电), the heading (the
# speech's title, 2023年7月28日, 成都, 中华人民共和国主席 习近平), the photo caption (7月28日中午,
# 国家主席习近平, 夫人彭丽媛, 四川省成都市金牛宾馆, the photo credit 丁海涛), the salutation
# (艾德代理主席), 中国政府和中国人民, 成都大运会 ×4, the three “——我们要” points (国际大体联 ×2,
# 62年前, 施莱默, the quoted motto of the Games, 全人类共同价值, 人类命运共同体), the classical
# line on 益 (Chengdu), 西南丝绸之路, 2300多年, 中国式现代化 and the toasts.
A = Ann('xinhua-083', 0, 1158)
s = A.s
F = A.figure
U, Q = A.unquoted, A.quoted
MEDIA = {'kind': 'media'}
INT = {'kind': 'international organisation'}
FISU = dict(canonical='国际大学生体育联合会', **INT)
DAY = {'value': '--07-28', 'resolved': '2023-07-28'}

# dateline: 新华社成都7月28日电
s(DEP, '新华社', False, **MEDIA)
s(P, '成都')
s(DT, '7月28日', **DAY)
# heading: the speech's title (entities inside optional, round 4), its date and place, the speaker
U('在成都第三十一届世界大学生夏季运动会开幕式欢迎宴会上的致辞', 'term', req=False)   # a speech title (round 8)
s(P, '成都', False, ctx='在成都第三十一届')          # a city at the start of an event name (round 4)
# 第三十一届: an ordinal; the Games themselves: not annotated
s(DT, '2023年7月28日', value='2023-07-28')
s(P, '成都', ctx='，成都）')
s(P, '中华人民共和国', False)                        # a country in a position title (round 16)
s(PE, '习近平', title='中华人民共和国主席')
# photo caption
s(DT, '7月28日', ctx='7月28日中午', **DAY)
s(DT, '7月28日中午', False, **DAY)                   # the date is the span, the longer form optional (r7i)
s(PE, '习近平', ctx='国家主席习近平', title='国家主席')
s(PE, '彭丽媛')                                      # a named person (夫人: a relation, no title)
s(P, '四川省成都市金牛宾馆', False)                 # a venue with its chain (guide: venues optional)
s(P, '四川省成都市')                                 # an administrative chain: one required name (round 2)
s(P, '四川省', False)
s(P, '成都市', False)
s(P, '金牛宾馆', False)                              # a venue (guide)
s(P, '成都', False, ctx='成都第31届')                # a city at the start of an event name (round 4)
# 第31届: an ordinal
s(PE, '习近平', ctx='这是习近平')
s(DEP, '新华社', False, ctx='新华社记者', **MEDIA)
s(PE, '丁海涛')                                      # photo credit (round 1: required)
# salutation
s(PE, '艾德', title='代理主席')                      # a foreign person with the title (round 10)
# 盛夏时节，很高兴和大家相聚成都 …
s(P, '成都', ctx='相聚成都')
# 第三十一届: an ordinal
s(DEP, '中国政府', level='central', kind='state', canonical='中华人民共和国政府')   # round 4
s(P, '中国', False, ctx='中国政府')
s(P, '中国', ctx='中国人民')                         # round 3
# 成都大运会将于今晚正式开幕。
s(P, '成都', False, ctx='成都大运会将于')            # a city at the start of an event name (round 4)
s(DT, '今晚', False, resolved='2023-07-28')          # a relative time
s(P, '中国', ctx='中国秉持')
U('简约、安全、精彩', req=False)                     # the Games' hosting principle, unquoted (undecided)
s(P, '成都', False, ctx='确保成都大运会')
# 世界大学生运动会自诞生以来 …: the event, not annotated
# ——我们要携手世界青年 …
U('国之交在于民相亲', req=False)                     # a classical saying quoted without marks (undecided)
s(P, '中国', ctx='中国愿同国际大体联')
s(DEP, '国际大体联', False, **FISU)                  # an international organisation (round 1)
s(P, '成都', False, ctx='把成都大运会')
s(P, '中国', False, ctx='中国特色、时代气息')         # 中国 in 中国特色 (round 16 / rounds 5–6: optional)
s(P, '成都', False, ctx='因成都大运会')
# ——我们要弘扬大运会宗旨 …
s(DT, '62年前', False)                               # a relative time (80年前, round 10)
F('62年', 62, '年', '', req=False)                   # a duration
s(DEP, '国际大体联', False, ctx='国际大体联创始人', **FISU)
s(PE, '施莱默', title='国际大体联创始人')            # a foreign person (先生: an honorific)
Q('大运会是友谊的盛会。', 'quotation', req=False)    # quoted words of a person (optional)
Q('大运会是友谊的盛会', 'quotation', req=False)
Q('友谊、博爱、公平、坚毅、正直、协作、奋发')        # the quoted motto of the Games: a fixed formula
U('世界之变、时代之变、历史之变', req=False)         # a standard wording of the period (undecided)
U('以体育促团结', req=False)
# 气候变化、粮食危机、恐怖主义: not annotated
# ——我们要深化交流互鉴 …
U('和而不同', req=False)                             # a classical set phrase
U('和而不同', req=False, ctx='看待和而不同')
U('全人类共同价值', req=False)                       # optional by earlier rounds
U('人类命运共同体')                                  # round 1
# “益，古大都会也。有江山之雄，有文物之盛。”: a classical quotation
Q('益，古大都会也。有江山之雄，有文物之盛。', 'quotation', req=False)
s(P, '益', False, ctx='益，古大都会')                 # the old name of Chengdu (一 character, inside a quotation)
s(P, '成都', ctx='成都是历史文化名城')
s(P, '西南丝绸之路', False)                          # a historical route (古丝绸之路, round 18: optional)
s(P, '西南', False, ctx='西南丝绸之路')
s(P, '丝绸之路', False)
s(P, '成都', ctx='成都是中国最具')
s(P, '中国', ctx='中国最具活力')
F('2300多年', 2300, '年', '建城史', ap='more_than', req=False)   # a duration (the city's age)
s(P, '成都', ctx='成都因海纳百川')
s(P, '成都', ctx='到成都街头')
U('中国式现代化', req=False)                         # the modifier of a noun (…的万千气象): optional (round 2)
s(P, '中国', False, ctx='中国式现代化')
# 现在，我提议 … 干杯！ (本届大运会, 世界各国人民): nothing

if __name__ == '__main__':
    import sys
    A.write()
    if '--review' in sys.argv:
        A.review()
