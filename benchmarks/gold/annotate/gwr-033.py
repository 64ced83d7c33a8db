from _ann import DEP, DT, Ann, P

A = Ann('gwr-033', 5923, 7853, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
SC = {'level': 'central', 'kind': 'state', 'canonical': '中华人民共和国国务院'}
YI = 100000000

# 在文化和体育方面。
s('FIGURE', '五年', False, value=5, approx='exact', unit='年')  # duration
F('3104亿元', 3104 * YI, '元', '全国财政用于文化体育事业支出')
s('FIGURE', '前五年', False, value=5, approx='exact', unit='年')
s('FIGURE', '五年', False, value=5, approx='exact', unit='年', ctx='前五年')
F('1.3倍', 1.3, '倍', '全国财政用于文化体育事业支出增长')
s('FIGURE', '两级', False, value=2, approx='exact', unit='级', subject='县乡')  # anaphoric count after 县乡
U('全国文化信息资源共享工程', 'campaign', req=False)  # project names
U('广播电视村村通工程', 'campaign', req=False)
# 在居民收入和消费方面。
F('四次', 4, '次', '提高重点优抚对象的抚恤补助标准')  # a count of times, not an ordinal
# 在社会管理方面。(nothing)
# 历史问题 (nothing: 国有商业银行, 农村信用社 are generic)
# 五年来 …
s(DT, '五年来', False)
s('FIGURE', '五年', False, value=5, approx='exact', unit='年', ctx='五年来')
s(P, '港澳台', False)  # one-character abbreviations joined (round 2)
# 稳步推进社会主义民主法制建设。
U('社会主义民主法制建设', req=False)
# 同级人民代表大会: generic like 同级人大 (round 1): optional with its parts (undecided)
s(DEP, '同级人民代表大会', False, kind="people's congress")
s(DEP, '人民代表大会', False, kind="people's congress")
s(DEP, '常委会', False, kind="people's congress")
s(DEP, '人民政协', level='central', kind='cppcc', canonical='中国人民政治协商会议')
s(DEP, '民主党派', False)  # generic (round 3)
s(DEP, '工商联', level='central', kind='mass organisation', canonical='中华全国工商业联合会')  # like 妇联
s('FIGURE', '五年', False, value=5, approx='exact', unit='年', ctx='五年国务院')
s(DEP, '国务院', **SC)
s(DEP, '全国人大常委会', level='central', kind="people's congress", canonical='全国人民代表大会常务委员会')
s(DEP, '人大常委会', False, level='central', kind="people's congress")
F('39件', 39, '件', '法律议案')
F('137件', 137, '件', '行政法规')
F('15部', 15, '部', '向社会公开征求意见的法律草案和行政法规草案')
# 民族区域自治法, 宗教信仰自由政策, 侨务政策: none
# 全面加强军队现代化建设。
U('中国特色军事变革', req=False)
s(P, '中国', False)
F('20万', 200000, '', '裁减军队员额')
s(DEP, '人民解放军', level='central', kind='state', canonical='中国人民解放军')
s(DEP, '人民武装警察部队', level='central', kind='state', canonical='中国人民武装警察部队')
# 坚持“一国两制”方针 …
Q('一国两制')
# a region inside the name of a law (its Basic Law): optional like entities inside titles of works (undecided)
s(P, '香港特别行政区', False); s(P, '香港', False)
s(P, '澳门特别行政区', False); s(P, '澳门', False)
# 内地与香港、澳门更紧密经贸关系安排: the name of an arrangement (CEPA): places inside optional (undecided)
U('内地与香港、澳门更紧密经贸关系安排', 'campaign', req=False)
s(P, '内地', False)
s(P, '香港', False, ctx='内地与香港'); s(P, '澳门', False, ctx='香港、澳门更紧密')
s(P, '香港', ctx='香港、澳门保持'); s(P, '澳门', ctx='澳门保持')
# 坚决反对和遏制“台独” …
Q('台独', 'term', req=False)
s(P, '台', False)
s(P, '台海', False)  # the Taiwan Strait by its two-character short name (undecided)
# 积极开展对外交往与合作 …
U('全方位外交', req=False)
s(P, '中美', False); s(P, '中俄', False); s(P, '中欧', False); s(P, '中日', False)
# 发展中国家: no PLACE (round 4)
# 五年来，我们始终重视政府自身改革和建设。
s(DT, '五年来', False, ctx='五年来，我们始终')
s('FIGURE', '五年', False, value=5, approx='exact', unit='年', ctx='五年来，我们始终')
U('依法行政', req=False)
s('FIGURE', '三项', False, value=3, approx='exact', unit='项', subject='政府工作的基本准则')  # anaphoric count after the list
U('依法行政', req=False, ctx='全面推进依法行政实施纲要')
s(DEP, '国务院', ctx='国务院各部门', **SC)
F('692项', 692, '项', '取消和调整行政审批项目')
U('反腐败斗争', req=False)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
