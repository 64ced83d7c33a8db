from _ann import DEP, DT, PE, Ann, P

# Round 20: Xi Jinping's written statement on arrival at Vnukovo airport, Moscow,
# 7 May 2025 (news.cn text, paragraphs separated by two em spaces, no line breaks):
# the whole text: the dateline (新华社莫斯科5月7日电), the heading (the statement's
# title with 莫斯科伏努科沃专机机场, 2025年5月7日，莫斯科, 中华人民共和国主席　习近平),
# the invitation of 普京总统 (俄罗斯联邦, 苏联伟大卫国战争胜利80周年), the greetings
# (中国政府, 俄罗斯政府), the relations (新时代中俄战略协作精神), the anniversaries
# (世界反法西斯战争, 联合国 80周年, 联合国安理会), the talks and the “5·9” Victory Day.
# Simplified.
A = Ann('xinhua-019', 0, 668)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
MEDIA = {'kind': 'media'}
INT = {'kind': 'international organisation'}
GOV = {'level': 'central', 'kind': 'state'}
D57 = {'value': '--05-07', 'resolved': '2025-05-07'}

def u(t, **kw):  # policy and diplomatic phrases of earlier rounds: optional
    return U(t, req=False, **kw)

# 新华社莫斯科5月7日电
s(DEP, '新华社', False, **MEDIA)
s(P, '莫斯科', ctx='新华社莫斯科')                                  # the dateline's place
s(DT, '5月7日', ctx='莫斯科5月7日电', **D57)
# 抵达莫斯科伏努科沃专机机场的书面讲话
s(P, '莫斯科伏努科沃专机机场', False)                                # an airport: a venue, optional
s(P, '莫斯科', ctx='莫斯科伏努科沃')                                     # a city before an airport is required (round 3)
s(P, '伏努科沃', False)
# （2025年5月7日，莫斯科）
s(DT, '2025年5月7日', value='2025-05-07')
s(P, '莫斯科', ctx='，莫斯科）')
# 中华人民共和国主席　习近平
s(P, '中华人民共和国', False)                                       # a country in a position title
s(PE, '习近平', title='中华人民共和国主席')
# 很高兴应普京总统邀请，对俄罗斯联邦进行国事访问并出席纪念苏联伟大卫国战争胜利80周年庆典。
s(PE, '普京', title='总统')
s(P, '俄罗斯联邦')
s(DT, '苏联伟大卫国战争', False)                                    # a war used as a time (round 13: 世界反法西斯战争)
s(P, '苏联', False)                                                # at the start of the war's name
s(DT, '伟大卫国战争', False)
s('FIGURE', '80周年', False, value=80, approx='exact', unit='周年')  # anniversary
# 再次来到友好的俄罗斯 … 中国政府和中国人民，向俄罗斯政府和俄罗斯人民
s(P, '俄罗斯', ctx='友好的俄罗斯')
s(DEP, '中国政府', canonical='中华人民共和国政府', **GOV)          # round 4
s(P, '中国', False, ctx='中国政府')
s(P, '中国', ctx='中国人民')                                        # 中国 in 中国人民 (round 3)
s(DEP, '俄罗斯政府', **GOV)                                         # a named state's government (round 6: 美国政府)
s(P, '俄罗斯', False, ctx='俄罗斯政府')
s(P, '俄罗斯', ctx='俄罗斯人民')
# 中国和俄罗斯是搬不走的好邻居 …
s(P, '中国', ctx='中国和俄罗斯')
s(P, '俄罗斯', ctx='和俄罗斯是')
u('永久睦邻友好、全面战略协作、互利合作共赢')
u('新时代中俄战略协作精神')                                          # the designation of a bilateral spirit: undecided
u('新时代', ctx='新时代中俄战略')
s(DT, '新时代', False, ctx='新时代中俄战略')
s(P, '中俄', False, ctx='新时代中俄战略')                            # joined abbreviations (round 2)
s(P, '中俄', False, ctx='中俄关系')
s('FIGURE', '两国', False, ctx='两国人民带来', value=2, approx='exact', unit='国')  # anaphoric
u('平等有序的世界多极化')
u('世界多极化')
# 今年是世界反法西斯战争胜利80周年，也是联合国成立80周年。
s(DT, '今年', False, value='2025', resolved='2025')
s(DT, '世界反法西斯战争', False)
s('FIGURE', '80周年', False, ctx='胜利80周年，也是', value=80, approx='exact', unit='周年')
s(DEP, '联合国', False, ctx='联合国成立', **INT)
s('FIGURE', '80周年', False, ctx='成立80周年', value=80, approx='exact', unit='周年')
u('世界百年变局')                                                   # a variant of 世界百年未有之大变局
s(P, '中俄', False, ctx='中俄两国作为')
s('FIGURE', '两国', False, ctx='中俄两国', value=2, approx='exact', unit='国')
s(DEP, '联合国安理会', False, **INT)                                  # a body of an international organisation
s(DEP, '联合国', False, ctx='联合国安理会', **INT)
s(DT, '二战', False, ctx='二战胜利成果')                              # an event used as a time
u('以联合国为核心的国际体系')
s(DEP, '联合国', False, ctx='以联合国为核心', **INT)
u('以国际法为基础的国际秩序')
u('霸权主义和强权政治')
u('霸权主义')
u('真正的多边主义')
u('多边主义')
U('全球治理体系', 'term', req=False)
# 访问期间，我将同普京总统会晤 …
s(PE, '普京', ctx='普京总统会晤', title='总统')
s(P, '中俄', False, ctx='中俄新时代')
u('中俄新时代全面战略协作伙伴关系')                                   # a bilateral relationship's designation: undecided
u('新时代', ctx='新时代全面战略协作伙伴')
s(DT, '新时代', False, ctx='新时代全面战略协作伙伴')
# 这也是我时隔10年再次出席俄罗斯“5·9”胜利日庆典。
s('FIGURE', '10年', False, value=10, approx='exact', unit='年')       # a duration
s(P, '俄罗斯', ctx='出席俄罗斯')
s(DT, '5·9', False, value='--05-09', resolved='2025-05-09')          # a quoted date code (like “8·20”): undecided
Q('5·9', 'term', req=False)                                          # also optional as a quoted term (like “8·20”)
s(P, '俄罗斯', ctx='和俄罗斯人民一道')
s(DT, '世界反法西斯战争', False, ctx='为世界反法西斯战争')
u('正确二战史观')
s(DT, '二战', False, ctx='正确二战史观')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
