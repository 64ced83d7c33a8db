from functools import partial

# 1954 State Council (Central People's Government) work report: water
# conservancy and the 1954 floods, forestry, handicrafts, transport and posts,
# domestic trade. The source text is itself in traditional script (with some
# variant forms, e.g. 産, 綫); s2t would change it, so the gold points into the
# text as stored ("script": "as-stored": no conversion). The spans are found on
# its t2s form (same length) and written with the stored surface.
import opencc
from _ann import Ann, all_occ

A = Ann('gwr-071', 6309, 8032, script='as-stored')
_simp = opencc.OpenCC('t2s').convert(A.p)
assert len(_simp) == len(A.p)
A.simp = _simp
s = A.s
F = A.figure
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'
CPG = {'level': 'central', 'kind': 'state', 'canonical': '中央人民政府'}

opt_fig = partial(A.figure, req=False)  # an optional FIGURE

Y = A.date


# water conservancy, the 1954 floods
A.unquoted('治淮工程', k='campaign', req=False)
s(P, '淮', False, ctx='治淮工程')
A.unquoted('荆江分洪工程', k='campaign', req=False)
s(P, '荆江', False, ctx='荆江分洪工程')
s(P, '官厅水库', False)
s(P, '官厅', False, ctx='官厅水库')
A.unquoted('独流减河入海工程', k='campaign', req=False)
s(P, '独流减河', False)
s(P, '长江流域')
s(P, '长江', False, ctx='长江流域')
s(P, '淮河流域')
s(P, '淮河', False, ctx='淮河流域')
opt_fig('近百年', 100, '年', '洪水少有的时段', ap='less_than')
s(DT, '近百年', False)
s(DEP, '国民党', False, kind='party')
s(DT, '国民党统治时期', False)
Y('一九三一年', '1931')
s(P, '武汉'); s(P, '南京'); s(P, '蚌埠'); s(P, '天津')
s(P, '苏北平原', False)
s(P, '苏北', False, ctx='苏北平原')
s(P, '淮北平原', False)
s(P, '淮北', False, ctx='淮北平原')
s(P, '荆江大堤', False)
s(P, '荆江', False, ctx='荆江大堤')
opt_fig('十分之一', 0.1, '', '全国农田中被淹的比重', ap='about')
F('一亿六千余万亩', 160000000, '亩', '被淹的农田', ap='more_than')
opt_fig('一半', 0.5, '', '成灾面积缩小')
F('八千余万亩', 80000000, '亩', '成灾的农田', ap='more_than')
F('三千万亩', 30000000, '亩', '短期内尚难排出积水的农田')
s('FIGURE', '一个', False, ctx='有一个时期', value=1, approx='exact', unit='个', subject='时期')
A.unquoted('治标治本结合、防洪排涝并重', k='directive', req=False)
# forestry
A.unquoted('护林造林运动', k='campaign', req=False)
# handicrafts
Y('一九五三年', '1953', ctx='一九五三年底')
s(DT, '一九五三年底', False, value='1953-12')
F('三十万', 300000, '', '手工业者')
opt_fig('三十万手工业者', 300000, '手工业者', '手工业者')
F('四千八百多个', 4800, '个', '生产合作社', ap='more_than')
# transport and posts
s(DT, '过去五年内', False)
opt_fig('五年', 5, '年', '过去', ctx='过去五年内')
Y('一九四九年', '1949')
F('二万一千七百公里', 21700, '公里', '铁路正线通车里程（1949）')
F('二万五千五百公里', 25500, '公里', '铁路正线通车里程（1954预计）', ap='exact|more_than')
s(P, '宝鶏', ctx='宝鶏成都线')
s(P, '成都', ctx='宝鶏成都线')
s(P, '成都', ctx='由成都铺轨')
s(P, '广元')
s(P, '兰州', ctx='兰州新疆线')
s(P, '新疆', ctx='兰州新疆线')
s(P, '武威')
s(P, '怀西堡')
F('十四万多公里', 140000, '公里', '全国公路通车里程', ap='more_than')
s(P, '康藏', False, ctx='康藏公路')
s(P, '北京')
Y('一九五〇年', '1950', ctx='一九五〇年的两倍')
F('两倍以上', 2, '倍', '铁路客货周转量（与1950年比）', ap='more_than|at_least')
# domestic trade
s(DT, '五年以来', False)
opt_fig('五年', 5, '年', '以来', ctx='五年以来')
Y('一九五三年', '1953', ctx='在一九五三年')
F('三百二十五万亿元', 325000000000000, '元', '社会商品零售总额（1953）')
Y('一九五〇年', '1950', ctx='等于一九五〇年的一点八倍')
F('一点八倍', 1.8, '倍', '社会商品零售总额（与1950年比）')
Y('一九五〇年', '1950', ctx='达到一九五〇年的一点八倍')
F('一点八倍', 1.8, '倍', '对外贸易（与1950年比）', ap='exact|more_than', ctx='一点八倍。国营')
s(DEP, '供销合作社', False)
s(DEP, '消费合作社', False)
s(DT, '今年上半年', False, value='1954-H1', resolved='1954')
s(DT, '上半年', False, value='1954-H1', resolved='1954')
F('三万一千余个', 31000, '个', '基层社', ap='more_than')
F('一亿六千五百五十二万余人', 165520000, '人', '社员', ap='more_than')
F('百分之五十左右', 50, '%', '国营和合作社营商业在社会商品零售总额中的比重', ap='about')
F('百分之八十左右', 80, '%', '国营和合作社营商业在批发总额中的比重', ap='about')
s(DEP, '中央人民政府', **CPG)
# every 今年 of the passage is 1954 (relative: optional)
all_occ(A, DT, '今年', False, value='1954', resolved='1954')


def _stored_forms():
    """Units as written in the stored text; subjects and canonical names in traditional script."""
    cc = opencc.OpenCC('s2t')
    for sp in A.spans:
        at = sp.get('attrs', {})
        u = at.get('unit')
        if u:
            j = A.simp[sp['start']:sp['end']].rfind(u)
            if j >= 0:
                at['unit'] = A.p[sp['start'] + j:sp['start'] + j + len(u)]
        for k in ('subject', 'canonical'):
            if isinstance(at.get(k), str):
                at[k] = cc.convert(at[k])


if __name__ == '__main__':
    import sys
    _stored_forms()
    if '--review' in sys.argv:
        A.review()
    A.write()
