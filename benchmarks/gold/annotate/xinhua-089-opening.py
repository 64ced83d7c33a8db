from _ann import CC, DEP, DT, PE, SL, Ann, P

# Xi Jinping at the CPC and World Political Parties High-level Dialogue, 15 Mar 2023
# (news.cn text, paragraphs separated by `　　`): the whole text before the first
# 女士们、先生们、朋友们！ — the dateline (北京3月15日), the heading (the speech's title, the
# meeting, 2023年3月15日，北京, the byline with the two titles), the photo caption (北京, the
# meeting, 《携手同行现代化之路》, the photo credit 黄敬文), the quoted theme of the
# dialogue, and the five “——我们要…” points on modernization.
A = Ann('xinhua-089', 0, 1607)
s = A.s
F = A.figure
MEDIA = {'kind': 'media'}
CPC = {'level': 'central', 'kind': 'party'}
DAY = {'value': '--03-15', 'resolved': '2023-03-15'}


def u(t, req=False, k='formula', **kw):
    return s(SL, t, req, kind=k, quoted=False, **kw)


def q(t, req=True, k='formula', **kw):
    return s(SL, t, req, kind=k, quoted=True, **kw)


def cpc(ctx=None):
    """中国共产党 at the start of the meeting's name: the Party as a whole, optional; 中国 inside optional."""
    s(DEP, '中国共产党', False, ctx=ctx, **CPC)
    s(P, '中国', False)


# dateline and heading
s(DEP, '新华社', False, **MEDIA)
s(P, '北京')
s(DT, '3月15日', **DAY)
u('携手同行现代化之路', k='term')                 # the speech's title (round 8: optional)
cpc()                                            # the meeting's name itself is not annotated (forums, round 10)
s(DT, '2023年3月15日', value='2023-03-15')
s(P, '北京')
s(DEP, '中共中央', **CC)                          # organ inside a position title: required
s(P, '中华人民共和国', False)                     # country in a position title: optional
s(PE, '习近平', title='中共中央总书记、中华人民共和国主席')
# photo caption
s(DT, '3月15日', **DAY)
s(DEP, '中共中央', **CC)
s(PE, '习近平', title='中共中央总书记、国家主席')
s(P, '北京')
cpc()
u('携手同行现代化之路', ctx='《携手同行现代化之路》', k='term')   # inside 《…》: optional
s(DEP, '新华社', False, **MEDIA)
s(PE, '黄敬文', title='记者')                     # photo credit: required
# opening
q('现代化道路：政党的责任', False, k='term')      # the quoted theme of the dialogue (undecided: optional)
u('冷战思维')                                      # round 12: optional; no DATE (not a time here)
# the questions
u('共同富裕', k='term')                            # round 6: optional
u('人与自然和谐共生', k='term')
u('合作共赢', k='term')
u('现代化之问', k='term')                          # a coinage (like 窑洞之问): optional
# point 1
u('人民至上', k='term')                            # optional (rounds 6, 14)
u('以人民为中心', k='term')                        # alone: optional (round 12)
u('物质富裕、政治清明、精神富足、社会安定、生态宜人')   # standard wording, unquoted (undecided: optional)
# point 2
q('专利品', False, k='term')                       # quoted metaphors: optional
q('单选题', False, k='term')
q('复制粘贴', False, k='term')
s('FIGURE', '一个', False, ctx='一个国家走向', value=1, approx='exact', unit='个', subject='国家')  # 一个 (round 3: optional)
# point 3
u('守正创新', k='term')
u('全球治理体系改革和建设', k='term')
u('权利公平、机会公平、规则公平')
# point 4
u('立己达人', k='term')
s('FIGURE', '一个', False, ctx='一个一荣俱荣', value=1, approx='exact', unit='个', subject='命运共同体')
u('命运共同体')                                    # round 10: the speech's 命运共同体 forms optional
u('团结合作、共同发展')
u('共建共享共赢', k='term')
u('共享机遇、共创未来')
q('蛋糕', False, k='term')                          # a quoted metaphor: optional
# “特权” is a scare-quoted single word: not annotated
# point 5
u('历史主动精神', k='term')
u('自胜者强', k='term')                            # a classical set phrase: optional (round 6)
u('踔厉奋发，勇毅笃行')                              # like 踔厉奋发、勇毅前行 (rounds 9, 10): optional

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
