from _ann import DEP, DT, SL, Ann, P, all_occ

# Xi Jinping at the opening of the 5th annual meeting of the AIIB Board of
# Governors (video, 28 Jul 2020; jhsjk text, one line, paragraphs separated by
# two em spaces): the whole text: the greeting on behalf of 中国政府 and 中国人民,
# the AIIB's founding (2013年年底, 2016年1月16日), its growth (57个 → 102个
# members on six continents, 近200亿美元), the four proposals (第一 … 第四,
# 共商共建共享原则), the closing, the Xinhua dateline and the People's Daily
# source line. Annotated on the simplified text; written as **traditional**
# (OpenCC s2t).
A = Ann('jhsjk2020-026', 0, 1303, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
AIIB = {'kind': 'international', 'canonical': '亚洲基础设施投资银行'}


def cn(ctx):
    """中国 as the country (rounds 3, 5, 8): required."""
    s(P, '中国', ctx=ctx)


def continent(name):
    """A continent by name: required (round 4: 亚洲)."""
    s(P, name, ctx=name + '、' if name != '大洋洲' else '大洋洲等')


# 尊敬的各位理事，各代表团团长，各位嘉宾 … (titles without names: none)
# 值此亚洲基础设施投资银行第五届理事会年会开幕之际
sp = s(DEP, '亚洲基础设施投资银行', False, ctx='值此亚洲基础设施投资银行', **AIIB)  # international (guide): optional
s(P, '亚洲', False, at=sp['start'])                      # at the start of an organ name (guide)
# 理事会 of the bank, in a meeting name with its term ordinal 第五届: undecided
s(DEP, '理事会', False, ctx='第五届理事会', kind='international')
s(DEP, '中国政府', level='central', kind='state', canonical='中华人民共和国中央人民政府')  # round 4
s(P, '中国', False, ctx='中国政府')
cn('中国人民，并以')                                      # 中国 in 中国人民 (round 3)
# 2013年年底，我代表中国提议筹建亚洲基础设施投资银行，推动亚洲地区基础设施建设和互联互通
A.date('2013年', '2013')                                 # with a modifier the bare year is the span (guide)
s(DT, '2013年年底', False, value='2013')
cn('代表中国提议')
sp = s(DEP, '亚洲基础设施投资银行', False, ctx='筹建亚洲基础设施投资银行', **AIIB)
s(P, '亚洲', False, at=sp['start'])
sp = s(P, '亚洲', ctx='推动亚洲地区')                      # a continent (round 4)
s(P, '亚洲地区', False, at=sp['start'])                # no fixed designation like 台湾地区: undecided
A.date('2016年1月16日', '2016-01-16')
F('4年多', 4, '年', '', ap='more_than', req=False)         # a duration (guide)
s(DT, '4年多来', False)                                   # a relative time
U('国际性、规范性、高标准', req=False)                     # the bank's wording: undecided
F('57个', 57, '个', '创始成员')
s(DT, '今天', False, ctx='发展到今天', resolved='2020-07-28')  # relative (round 13)
for c in ('亚洲', '欧洲', '非洲', '北美洲', '南美洲', '大洋洲'):
    continent(c)
F('六', 6, '', '大洲', req=False)                          # 六大洲: a count or a set name: undecided
F('102个', 102, '个', '成员')
F('近200亿美元', 20000000000, '美元', '基础设施投资', ap='less_than')
U('专业、高效、廉洁', req=False)                           # the bank's wording: undecided
s(DT, '新冠肺炎疫情暴发以来', False)                       # event-anchored (guide)
U('命运共同体', req=False, ctx='风雨同舟的命运共同体')       # r7h (jhsjk2020-012)
U('更加包容的全球治理、更加有效的多边机制、更加积极的区域合作', req=False)  # a wording of speeches: undecided
U('人类命运共同体', ctx='推动构建人类命运共同体')            # round 1
U('命运共同体', req=False, ctx='人类命运共同体的新平台')
# 第一 … 第四: list numbers (none)
U('和平与发展', req=False, ctx='和平与发展仍然')            # jhsjk2020-012
s(P, '亚洲', ctx='亚洲及其他地区')
U('绿色发展', req=False, ctx='推动绿色发展')                # round 15
sp = U('共商共建共享原则')                                 # round 11
U('共商共建共享', req=False, at=sp['start'])
U('开放、包容、普惠、平衡、共赢', req=False)               # round 13
cn('中国始终支持')
U('多边主义', req=False, ctx='支持多边主义')                # round 11 (optional)
U('多边主义', req=False, ctx='践行多边主义')
U('开放、合作、共赢', req=False)                           # like 开放、合作、团结、共赢 (round 13)
cn('中国将继续')
U('不负使命、不负时代、不负众托', req=False)               # a wording of this speech: undecided
s(DEP, '理事会', False, ctx='本届理事会年会', kind='international')
# （新华社北京7月28日电）《 人民日报 》（ 2020年07月29日 02 版）
s(DEP, '新华社', False, kind='media')
s(P, '北京', ctx='新华社北京')                            # dateline (round 4)
A.date('7月28日', '--07-28', resolved='2020-07-28')
s(DEP, '人民日报', False, kind='media')
A.date('2020年07月29日', '2020-07-29')                    # round 4; 02 版 is no figure

# 亚投行 (×17): the bank by its short name, optional at every occurrence
# (an international organisation, guide)
all_occ(A, DEP, '亚投行', False, **AIIB)
all_occ(A, SL, '互联互通', False, kind='formula', quoted=False)   # a policy phrase: optional
all_occ(A, SL, '经济全球化', False, kind='formula', quoted=False)  # r7j: optional at every occurrence

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
