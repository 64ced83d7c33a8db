from _ann import DEP, DT, PE, SL, Ann, P

A = Ann('xinhua-056', 0, 1728, script='traditional')
s = A.s
U, Q = A.unquoted, A.quoted
INT = {'kind': 'international organisation'}
D0628 = {'value': '--06-28', 'resolved': '2024-06-28'}
FP = '和平共处五项原则'
# 和平共处五项原则 (the principles' fixed name) is required at every occurrence
# except inside the titles of the speech (caption 《…》 and the heading line),
# and at the one place where 和平共处 is the last item of the listed wording
# (…、平等互利、和平共处五项原则): there the list and 五项原则 are the spans.
TITLES = [(58, 86), (111, 170)]
LIST_AT = A.simp.find('平等互利、和平共处五项原则') + len('平等互利、')


def five(req_long=True):
    """The next 和平共处五项原则 and the 五项原则 inside it (optional: a name inside a longer name)."""
    U(FP, req=req_long)
    U('五项原则', req=False)


def anniv():  # 发表70周年: an anniversary, optional
    s('FIGURE', '70周年', False, value=70, approx='exact', unit='周年')


# photo caption
s(DT, '6月28日', **D0628)
s(DT, '6月28日上午', False)
five()
anniv()
s(P, '北京')
s(P, '北京人民大会堂', False)
s(P, '人民大会堂', False)
s(PE, '习近平', title='国家主席')
# 《弘扬和平共处五项原则，携手构建人类命运共同体》: title of the speech, entities inside optional
five(req_long=False)
U('人类命运共同体', req=False)
s(DEP, '新华社', False, kind='media')
s(PE, '张领')
# dateline
s(DEP, '新华社', False, kind='media')
s(P, '北京')
s(DT, '6月28日', **D0628)
# heading: the speech's title (entities optional) and its date
five(req_long=False)
U('人类命运共同体', req=False)
five(req_long=False)
anniv()
s(DT, '2024年6月28日', value='2024-06-28')
s(P, '中华人民共和国', False)
s(PE, '习近平', title='中华人民共和国主席')
# 70年前，…
s(DT, '70年前', False)
s('FIGURE', '70年', False, value=70, approx='exact', unit='年')
five()
five(); anniv()
five()
U('人类命运共同体')
s(DEP, '中国政府', level='central', kind='state', canonical='中华人民共和国政府')  # the government of China (see ROUND4)
s(P, '中国', False)
s(P, '中国', ctx='中国人民')
# 和平共处五项原则的创立 …
five()
s(DT, '第二次世界大战结束后', False)
s(DT, '第二次世界大战', False)
s(DT, '冷战', False)
Q('强权即公理', 'term', req=False)
s(P, '新中国', False)
s(P, '中国', False, ctx='新中国')
U('独立自主', req=False)
s(P, '中国', ctx='中国领导人')
U('互相尊重主权和领土完整、互不侵犯、互不干涉内政、平等互利、和平共处')  # the principles' standard wording
s(SL, FP, False, at=LIST_AT, kind='formula', quoted=False)  # 和平共处 is here the fifth item: the long string is optional
U('五项原则', ctx='和平共处五项原则，并将其')  # required: the name of the listed principles
s(P, '中印', False)
s(P, '中缅', False)
U('五项原则', ctx='将五项原则确立')
# 和平共处五项原则诞生于亚洲 …
five()
s(P, '亚洲')
s(DT, '1955年', value='1955')
s('FIGURE', '20多个', value=20, approx='more_than', unit='个', subject='亚非国家（出席万隆会议）')
s(P, '亚非', False)
s(P, '万隆', False)  # a place at the start of a meeting name
U('五项原则', ctx='在五项原则基础上')
U('十项原则', req=False)  # the Bandung principles' name (undecided, optional); no FIGURE
U('团结、友谊、合作', req=False)
U('万隆精神', req=False)  # a named spirit (undecided, optional)
s(P, '万隆', False)
s(DT, '20世纪60年代', value='196X')
s(DEP, '不结盟运动', False, **INT)
U('五项原则', ctx='将五项原则作为')
s(DT, '1970年', value='1970')
s(DEP, '第二十五届联合国大会', False, **INT)
s(DEP, '联合国大会', False, **INT)
s(DEP, '联合国', False, **INT)
s(DT, '1974年', value='1974')
s(DEP, '第六届特别联大', False, **INT)
s(DEP, '特别联大', False, **INT)
s(DEP, '联大', False, **INT)
U('五项原则', ctx='采纳五项原则')
U('五项原则', ctx='五项原则被相继')
# 70年来 …
s(DT, '70年来', False)
s('FIGURE', '70年', False, value=70, approx='exact', unit='年')
five()
# 第一 …
five()
U('五项原则', ctx='五项原则充分体现')
s(DEP, '联合国', False, ctx='联合国宪章', **INT)
U('联合国宪章宗旨和原则', req=False)
U('五项原则', ctx='五项原则涵盖')
# 第二 …
five()
U('五项原则', ctx='遵循五项原则')
U('五项原则', ctx='五项原则为和平解决')
Q('集团政治', 'term', req=False)
Q('势力范围', 'term', req=False)
# 第三 …
five()
U('五项原则', ctx='五项原则凝结')
U('五项原则', ctx='在五项原则激励')
s(P, '亚非拉', False)
U('独立自主', req=False, ctx='独立自主的发展道路')
U('五项原则', ctx='五项原则还促进')
U('南南合作', 'term', req=False)
# 第四 …
five()
U('五项原则', ctx='五项原则的出发点')
U('反帝、反殖、反霸', req=False)
# 历经70年岁月洗礼 …
s('FIGURE', '70年', False, ctx='历经70年', value=70, approx='exact', unit='年')
five()
five()
five()

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
