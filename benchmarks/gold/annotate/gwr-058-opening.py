from functools import partial

from _ann import DEP, DT, Ann

# Round 31 (r31a, blind): 1981 State Council government work report (gwr-058), source
# range [17784, 19887): the end of section 六 on finance (抚顺市 and its 三十条 措施, the
# quoted idioms “天公地道”, “山重水复”, “柳暗花明”) and the whole of section
# “七、坚持对外开放政策，增强我国自力更生的能力”: trade with 一百七十四个 countries, the
# two resources / markets / skills, exports, imports of technology, foreign capital, the
# special economic zones (广东的深圳、珠海、汕头 and 福建的厦门), the coastal cities
# (上海、天津、广州、大连、青岛、福州、厦门) and 四个现代化 / 中国. Chinese numerals only.
# Annotated as traditional: the gold is the OpenCC s2t form of the simplified source
# (same length, _ann.py); spans are found on the simplified source.
A = Ann('gwr-058', 17784, 19887, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
P = 'PLACE'
opt_fig = partial(A.figure, req=False)  # an optional FIGURE

# end of section 六: 增产节支
s(P, '抚顺市', ctx='抚顺市是以重工业')                          # a named city (guide PLACE)
s(DT, '今年', False, ctx='今年由于调整', value='1981', resolved='1981')  # a relative time: optional (README DATE; slip fixed after the first measurement)
Q('天公地道', 'term', req=False)                               # a quoted idiom: optional term (README round list: quoted idioms “一发中的” …)
s(P, '抚顺市', ctx='抚顺市财政经济部门')                        # 财政经济部门 is a generic organ noun (guide): the city stands alone, required
F('三十条', 30, '条', '减产不减收的措施')                        # a count of measures (guide FIGURE)
s(P, '抚顺', ctx='象抚顺的同志')                                # the city without 市: a named place, required
Q('山重水复', 'term', req=False)                               # quoted idioms: optional term (as above)
Q('柳暗花明', 'term', req=False)
# 七、坚持对外开放政策，增强我国自力更生的能力 (我国: not a place, guide)
U('对外开放政策', req=False, ctx='坚持对外开放政策')             # a policy phrase in the heading (optional, as below)
U('自力更生', req=False, ctx='增强我国自力更生的能力')           # optional at every occurrence (round 14)
F('一百七十四个', 174, '个', '同我国发展经济贸易往来的国家和地区')   # required count (guide FIGURE)
U('自力更生', req=False, ctx='增强我们自力更生的能力')
U('对外开放政策', req=False, ctx='实行对外开放政策')             # a policy phrase (README list: 对外开放的基本国策 optional)
opt_fig('两种', 2, '种', '资源', ctx='两种资源')                 # announced counts: optional (README FIGURE, 两个大局)
opt_fig('两个', 2, '个', '市场', ctx='两个市场')
opt_fig('两套', 2, '套', '本领', ctx='两套本领')
# imports of technology
s(DT, '几年来', False)                                         # a relative time: optional (README DATE, 几年来)
opt_fig('几年', 3, '年', '', ap='about', ctx='几年来')           # a vague duration: optional (guide)
# foreign capital
s(DT, '近期', False, ctx='近期内')                              # relative time (round 1): optional
# 我国是社会主义的主权国家
U('平等互利原则', req=False)                                    # a principle's name (undecided: optional)
U('平等互利', req=False, ctx='平等互利原则')
s(P, '广东', ctx='广东的深圳')                                  # named places (guide)
s(P, '深圳')
s(P, '珠海')
s(P, '汕头')
s(P, '福建', ctx='福建的厦门')
s(P, '厦门', ctx='福建的厦门')
s(P, '经济特区', False, ctx='经济特区，这方面'); s(DEP, '经济特区', False, ctx='经济特区，这方面')  # zones (round 12; 经济特区 generic, gwr-025): optional
# the coastal cities
s(P, '上海', ctx='上海、天津、广州')                             # each city of the list required (guide)
for city in ('天津', '广州', '大连', '青岛', '福州', '厦门'):
    s(P, city)                                                 # found in order after 上海
# 实行对外开放的政策
U('对外开放的政策', req=False, ctx='实行对外开放的政策')          # a policy phrase (optional, as above)
U('四个现代化')                                                # required at each free occurrence (round 25, gwr-058-outlook.py); no FIGURE
s(P, '中国', ctx='中国这个市场')                                # the country in running text: required

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
