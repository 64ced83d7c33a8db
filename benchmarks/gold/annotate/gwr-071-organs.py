from functools import partial

# Round 29 (r29a, blind): 1954 State Council (Central People's Government) work
# report (gwr-071), range [12724, 15063), after `gwr-071-10388-12526` (two short
# paragraphs on education and science left between): the minority areas (中央人民政府,
# 三百零九所, 三十八所, 二千七百余人, 一九五三年, 二百五十四万六千余人 and the other school
# counts, 十四万余人, 民族区域自治), the paragraph on the transition's hardships (过渡时期的
# 总任务), the organs of state (中华人民共和国, 中央人民政府, 台湾省, 二十五个省, 内蒙古自治区,
# 西藏地方, 昌都地区, 三个直辖市 and the counts of counties, cities, districts and
# 乡, 六十五个, 今年六月), their principles (旧中国, 民主集中制, 群众路线), the 1953
# elections (一九五三年, 二十一万四千七百九十八个, the voters and deputies, three 百分之…点…)
# and the people's congresses (全国人民代表大会, 人民民主统一战线, 工农联盟).
# Chinese numerals only; years in 一九五三 form.
# Annotated as traditional: the gold text is OpenCC s2t of the stored source
# (itself traditional with variant forms; s2t keeps the length); the spans are
# found on its t2s form and written with the s2t surface (as gwr-071-livelihood.py).
import opencc
from _ann import Ann

A = Ann('gwr-071', 12724, 15063, script='traditional')
_simp = opencc.OpenCC('t2s').convert(A.p)
assert len(_simp) == len(A.p)
A.simp = _simp
s = A.s
F = A.figure
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'
opt_fig = partial(A.figure, req=False)  # an optional FIGURE
Y = A.date
CPG = {'level': 'central', 'kind': 'state', 'canonical': '中央人民政府'}
NPC = {'level': 'central', 'kind': "people's congress", 'canonical': '全国人民代表大会'}

# the minority areas
s(DEP, '中央人民政府', ctx='中央人民政府对少数民族', **CPG)        # as gwr-071.py
s(DT, '过去几年', False, ctx='在过去几年内，经济')              # a relative time (guide: optional)
F('三百零九所', 309, '所', '少数民族地区县卫生院')
F('三十八所', 38, '所', '少数民族医院')
F('二千七百余人', 2700, '人', '各少数民族的高级和中级的卫生干部', ap='more_than')
Y('一九五三年', '1953', ctx='在一九五三年，全国')
F('二百五十四万六千余人', 2546000, '人', '少数民族小学生（1953）', ap='more_than')
F('十六万三千余人', 163000, '人', '少数民族中等学校学生（1953）', ap='more_than')
F('五千五百余人', 5500, '人', '少数民族高等学校学生（1953）', ap='more_than')
F('十四万余人', 140000, '人', '培养出来的少数民族干部', ap='more_than')
A.unquoted('民族区域自治', k='term', req=False)               # a policy wording (gwr-063: optional)
# the hardships of the transition
opt_fig('一个', 1, '个', '落后的农业国', ctx='一个落后的农业国')   # 一个 as an article (as gwr-071-livelihood: optional)
opt_fig('一个', 1, '个', '社会主义的现代化的工业国家', ctx='一个强大的')
opt_fig('一个', 1, '个', '任务', ctx='一个很伟大的任务')
A.unquoted('过渡时期的总任务', req=False)                      # the constitution's wording (undecided: optional)
# the organs of state
s(P, '中华人民共和国', ctx='中华人民共和国成立以后')              # the running text names the country (round 13: required)
s(DT, '中华人民共和国成立以后', False)                          # an event-anchored time (guide: optional)
s(DEP, '中央人民政府', ctx='中央人民政府一面', **CPG)
s(DEP, '中央', False, ctx='中央各部', level='central')         # 中央 alone before a generic noun (round 1, 中央各部门): optional
s(DEP, '中央', False, ctx='中央其他国家机关', level='central')
sp = s(P, '台湾省', ctx='除台湾省')                                 # required (round 20)
s(P, '台湾', False, at=sp['start'])                            # inside 台湾省 optional (round 20)
F('二十五个', 25, '个', '省')                                  # a count with its classifier (guide)
s(P, '内蒙古自治区')                                           # a named region: the longest name (guide)
s(P, '内蒙古', False, ctx='内蒙古自治区')
s(P, '西藏地方')                                               # the 1954 designation of the unit: the longest name (guide); decided here
s(P, '西藏', False, ctx='西藏地方')
s(P, '昌都地区')                                               # the longest name (guide)
s(P, '昌都', False, ctx='昌都地区')
F('三个', 3, '个', '直辖市', ctx='三个直辖市')
F('二千一百一十六个', 2116, '个', '县和相当于县的行政单位')
F('一百六十三个', 163, '个', '市')
F('八百二十一个', 821, '个', '市辖区')
F('二十二万零四百六十六个', 220466, '个', '乡')
F('六十五个', 65, '个', '县级以上的民族自治地方的自治机关')
s(DT, '过去几年', False, ctx='在过去几年的工作中')               # relative (guide: optional)
s(DT, '今年六月', False, value='1954-06', resolved='1954')      # a month of a relative year (undecided: optional)
s(DT, '今年', False, value='1954', resolved='1954', ctx='今年六月')   # a relative time (conventions decided here: 今年 optional; slip fixed after the first measurement)
s(DT, '六月', False, value='--06', resolved='1954-06', ctx='今年六月')
s(DEP, '中央人民政府', ctx='中央人民政府决定撤销', **CPG)
# the principles of the organs
s(P, '旧中国', False)                                          # optional like 新中国 (round 3)
s(P, '中国', False, ctx='旧中国')
A.unquoted('民主集中制', k='term', req=False)                  # a principle name (round 3: optional)
A.unquoted('集体领导制', k='term', req=False)                  # the same (undecided: optional)
A.unquoted('群众路线', req=False, ctx='集体领导制和群众路线')     # round 3: optional
# the 1953 elections
s(DT, '最初几年', False, ctx='建国的最初几年')                   # relative (guide: optional)
Y('一九五三年', '1953', ctx='一九五三年，全国各地')
F('二十一万四千七百九十八个', 214798, '个', '基层选举单位')
F('三亿二千三百八十万九千六百八十四人', 323809684, '人', '登记选民')
F('二亿七千八百零九万三千一百人', 278093100, '人', '参加投票的选民')
F('百分之八十五点八八', 85.88, '%', '参加投票的选民占登记选民总数的比例')
F('五百六十六万九千一百四十四名', 5669144, '名', '选出的基层人民代表大会代表')
F('百分之八十四点零一', 84.01, '%', '妇女参加投票的比例')
F('百分之十七点三一', 17.31, '%', '妇女代表占全体代表的比例')
s(DEP, '共产党', False, ctx='共产党和人民政府的信任', kind='party')   # the Party as a whole (round 3): optional
s(DEP, '人民政府', False, ctx='共产党和人民政府的信任', kind='state')  # 人民政府 alone (round 14): optional
# the people's congresses
s(DEP, '全国人民代表大会', ctx='全国人民代表大会代表。', **NPC)   # an organ inside a position title (guide)
s(DEP, '全国人民代表大会', ctx='全国人民代表大会和地方', **NPC)
A.unquoted('人民民主统一战线', k='term', req=False, ctx='人民民主统一战线的性质')   # round 2: optional
s(DEP, '共产党', False, ctx='工人阶级和共产党的领导', kind='party')
A.unquoted('工农联盟', k='term', req=False, ctx='我国的工农联盟')    # a class-alliance wording (undecided: optional)
A.unquoted('工农联盟', k='term', req=False, ctx='以工农联盟为基础')
A.unquoted('人民民主统一战线', k='term', req=False, ctx='为基础的人民民主统一战线')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
