from _ann import CC, CMC, DEP, DT, PE, SL, TITLE, Ann, P, all_occ

A = Ann('jhsjk2020-030', 3941, 5862)
s = A.s
U, Q = A.unquoted, A.quoted
# whole-passage optional spans, then the reading order
all_occ(A, SL, '马克思主义', False, kind='formula', quoted=False)  # as modifier (政党, 科学理论, 基本原理, 中国化)
all_occ(A, PE, '马克思', False)  # inside the doctrine name
all_occ(A, DT, '新时代', False)
all_occ(A, SL, '新时代', False, kind='period', quoted=False)
all_occ(A, SL, '党的创新理论', False, kind='formula', quoted=False)
all_occ(A, SL, '思想建党、理论强党', False, kind='formula', quoted=False)  # undecided: standard wording, unquoted
A.cur = 0
# photo caption (a range: the complete first date required, the day alone and the whole optional)
s(DT, '2019年9月16日至18日', False, value='2019-09-16/2019-09-18')
s(DT, '2019年9月16日', value='2019-09-16')
s(DT, '18日', False, value='---18', resolved='2019-09-18')
s(DEP, '中共中央', **CC)
s(DEP, '中央军委', **CMC)
s(PE, '习近平', title=TITLE)
s(P, '河南')
s(DT, '16日', False, value='---16', resolved='2019-09-16')
s(DT, '16日下午', False, value='---16', resolved='2019-09-16')
s(PE, '习近平')
s(P, '信阳市新县田铺乡田铺大塆')  # a chain of places is one name; its parts are optional
s(P, '信阳市新县', False)
s(P, '信阳市', False)
s(P, '信阳', False)
s(P, '新县', False)
s(P, '田铺乡', False)
s(P, '田铺', False, ctx='田铺乡')
s(P, '田铺大塆', False)
s(P, '田铺', False, ctx='田铺大塆')
# “老家寒舍”民宿店: the quoted name of a business, no SLOGAN; as a venue/enterprise optional
s(P, '老家寒舍', False)
s(DEP, '老家寒舍', False, kind='enterprise')
s(DEP, '新华社', False, kind='media')
s(PE, '谢环驰')
# 第一
U('不忘初心、牢记使命', 'campaign', ctx='第一，不忘初心、牢记使命')
U('党的建设', req=False)
s('FIGURE', '一个', False, ctx='一个人也好', value=1, approx='exact', unit='个', subject='人')
s('FIGURE', '一个', False, ctx='一个政党也好', value=1, approx='exact', unit='个', subject='政党')
s(P, '石库门', False)
s(P, '天安门', False)
s(P, '兴业路', False)
s(P, '复兴路', False)
s('FIGURE', '近百年', False, value=100, approx='less_than', unit='年', subject='我们党所付出的努力')  # a duration
s(DT, '近百年来', False)
s('FIGURE', '一个', False, ctx='一个忘记来路', value=1, approx='exact', unit='个', subject='民族')
s('FIGURE', '一个', False, ctx='一个忘记初心', value=1, approx='exact', unit='个', subject='政党')
U('思想不纯、政治不纯、组织不纯、作风不纯', req=False)
U('不忘初心、牢记使命', 'campaign', ctx='不忘初心、牢记使命不是一阵子')
s(DEP, '党中央', **CC)
Q('对标', 'term', req=False)
Q('扫描', 'term', req=False)
Q('透视', 'term', req=False)
Q('对照', 'term', req=False)
U('初心如磐、使命在肩', req=False)
# 第二
U('不忘初心、牢记使命', 'campaign', ctx='第二，不忘初心、牢记使命')
U('马克思主义中国化最新成果', req=False)  # undecided: an unquoted designation of the current theory
s(P, '中国', False, ctx='马克思主义中国化')
s(PE, '毛泽东', title='同志')
Q('掌握思想教育，是团结全党进行伟大政治斗争的中心环节。', 'quotation', req=False)
Q('掌握思想教育，是团结全党进行伟大政治斗争的中心环节', 'quotation', req=False)
U('真学真懂真信真用', req=False)
s(DEP, '中国共产党', False, kind='party')
s(P, '中国', False, ctx='中国共产党人')
Q('不知有汉，无论魏晋', 'quotation', req=False)
s(P, '桃花源', False)
U('党史、新中国史、改革开放史、社会主义发展史', req=False)
s(P, '新中国', False)
s(P, '中国', False, ctx='新中国史')
U('伟大斗争', req=False)
U('伟大工程', req=False)
U('伟大事业', req=False)
U('伟大梦想', req=False)
U('学懂弄通做实', req=False)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
