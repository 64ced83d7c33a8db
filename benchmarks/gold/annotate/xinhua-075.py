from _ann import CC, DEP, DT, PE, Ann, P

# Xi Jinping at the reception for the 74th anniversary of the founding of the PRC,
# 28 Sep 2023 (news.cn text, paragraphs separated by `　　`, no line breaks): the whole
# text (1,514 characters, shorter than the usual range): the dateline and heading
# (北京9月28日, 2023年9月28日), the photo caption (9月28日晚, 北京人民大会堂, the leader's
# three titles, the photo credit 刘彬), the greetings on behalf of 党中央 and 国务院
# (中国人民解放军, 武警部队, the SARs, 台湾), the year's work (党的二十大, 成都 / 杭州 games),
# the economic tasks (新发展理念, 新发展格局, “一带一路”), Hong Kong, Macao and Taiwan
# (“一国两制”, “爱国者治港”, “爱国者治澳”, 粤港澳大湾区, 一个中国原则, “九二共识”),
# foreign policy (the three global initiatives, 人类命运共同体) and the toasts.
A = Ann('xinhua-075', 0, 1514)
s = A.s
F = A.figure
U, Q = A.unquoted, A.quoted
MEDIA = {'kind': 'media'}
SC = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
DAY = {'value': '--09-28', 'resolved': '2023-09-28'}


def prc(req, ctx):
    """中华人民共和国 … 成立74周年: the country, and the anniversary (guide: optional)."""
    s(P, '中华人民共和国', req, ctx=ctx)
    F('74周年', 74, '周年', '中华人民共和国成立', req=False)


# The dateline and heading
s(DEP, '新华社', False, **MEDIA)
s(P, '北京')
s(DT, '9月28日', **DAY)
prc(False, '在庆祝中华人民共和国成立74周年招待会上')  # inside the speech's title (round 4)
s(DT, '2023年9月28日', value='2023-09-28')
s(PE, '习近平')
# The photo caption
s(DT, '9月28日', **DAY)
s(DT, '9月28日晚', False, **DAY)  # the date is the span, the longer form optional (r7i)
prc(False, '庆祝中华人民共和国成立74周年招待会在')  # inside the event's name (round 4)
s(P, '北京', ctx='北京人民大会堂')  # a city before its venue (round 4)
s(P, '北京人民大会堂', False)
s(P, '人民大会堂', False)
A.leader()
s(DEP, '新华社', False, ctx='新华社记者', **MEDIA)
s(PE, '刘彬')  # photo credit (round 1: required)
# 今天，我们欢聚一堂，共同庆祝中华人民共和国成立74周年。74年来 …
s(DT, '今天', False, resolved='2023-09-28')
prc(True, '共同庆祝中华人民共和国成立')  # the country (round 6: 中国 as the country)
s(DT, '74年来', False)
F('74年', 74, '年', '', req=False)  # a duration
U('全面小康', 'term', req=False)  # goal designation (round 2)
U('中国式现代化')  # the object of 以 (rounds 5, 10)
s(P, '中国', False, ctx='中国式现代化')
U('强国建设、民族复兴', 'term', req=False)
U('新征程', 'term', req=False)
s(DEP, '中国共产党', False, kind='party')  # the Party as a whole (guide)
s(P, '中国', False, ctx='中国共产党')
s(DEP, '党中央', **CC)
s(DEP, '国务院', **SC)
# 中国人民解放军: the longest name of the armed force (guide: longest name; round 2: the
# armed forces by name are required); 人民解放军 and 中国 inside optional.
s(DEP, '中国人民解放军', level='central', kind='state', canonical='中国人民解放军')
s(P, '中国', False, ctx='中国人民解放军')
s(DEP, '人民解放军', False, level='central', kind='state', canonical='中国人民解放军')
s(DEP, '武警部队', level='central', kind='state', canonical='中国人民武装警察部队')
s(DEP, '民主党派', False)  # generic (round 3)
s(P, '香港特别行政区')  # the whole SAR name (round 2)
s(P, '香港', False)
s(P, '澳门特别行政区')
s(P, '澳门', False)
s(P, '台湾', ctx='台湾同胞')  # round 8
s(P, '中国', ctx='中国现代化建设')  # the country
# 今年是贯彻落实党的二十大精神开局之年 …
s(DT, '今年', False, value='2023', resolved='2023')
s(DEP, '党的二十大', False, kind='party')  # an event (rounds 4, 8: optional as organ and date)
s(DT, '党的二十大', False)
s(DT, '二十大', False)
U('统筹发展和安全', 'term', req=False)  # policy phrase
U('党和国家机构改革', 'campaign', req=False)  # the name of the 2023 reform (undecided)
U('高质量发展', 'term', req=False, ctx='高质量发展扎实推进')  # round 2: optional everywhere
s(P, '成都', False)  # a city before an event (round 4: 杭州 in 杭州第19届亚运会)
s(P, '杭州', False)
# 当前，世界百年变局加速演进 …
U('世界百年变局', req=False)  # a variant of 世界百年未有之大变局 (round 12: optional)
U('百年变局', req=False)
F('百年', 100, '年', '', req=False)
U('高质量发展', 'term', req=False, ctx='推动高质量发展，')
U('新发展理念')  # round 1
U('新发展格局')
s(DT, '全年', False, value='2023', resolved='2023')
U('高水平对外开放', 'term', req=False)  # round 8
U('全面深化改革', 'term', req=False)
U('制度型开放', 'term', req=False)  # round 11
Q('一带一路')
U('高质量发展', 'term', req=False, ctx='高质量发展，畅通')
U('国内国际双循环', 'term', req=False)
U('双循环', 'term', req=False)
U('急难愁盼', 'term', req=False)
U('巩固拓展脱贫攻坚成果', 'term', req=False)  # policy phrase (round 5)
U('乡村振兴', 'term', req=False)
U('共同富裕', 'term', req=False)  # round 7
U('获得感、幸福感、安全感', 'term', req=False)
# Hong Kong, Macao and Taiwan
Q('一国两制')
Q('爱国者治港')
s(P, '港', False, ctx='治港')  # one-character abbreviation (round 1)
Q('爱国者治澳')
s(P, '澳', False, ctx='治澳')
s(P, '香港', ctx='支持香港')
s(P, '澳门', ctx='澳门发展经济')
s(P, '粤港澳大湾区')  # round 5
s(P, '粤港澳', False)
s(P, '香港', ctx='保持香港')
s(P, '澳门', ctx='澳门长期')
U('一个中国原则')
s(P, '中国', False, ctx='一个中国原则')
Q('九二共识')
s(P, '两岸', False, ctx='两岸关系')  # round 10: optional
U('两岸关系和平发展', 'term', req=False)
s(P, '两岸', False, ctx='两岸融合')
s(P, '两岸', False, ctx='两岸同胞')
U('民心所向、时代潮流、历史必然', 'term', req=False)
# foreign policy
U('互利共赢的开放战略', req=False)  # round 8
U('真正的多边主义', req=False)
U('全球发展倡议')  # round 1
U('全球安全倡议')
U('全球文明倡议')
U('人类命运共同体')
U('新征程', 'term', req=False, ctx='新征程上')
U('团结就是力量', 'quotation', req=False)  # a saying and song title, unquoted (undecided)
U('强国建设、民族复兴', 'term', req=False, ctx='强国建设、民族复兴的宏伟目标')
# The toasts
prc(True, '为庆祝中华人民共和国成立')
s(P, '中国', ctx='为中国繁荣富强')
s(P, '中国', ctx='为中国人民')  # 中国 in 中国人民 (round 3)

if __name__ == '__main__':
    A.write()
