from functools import partial

from _ann import Ann

# Round 39 (annotator r39d, blind): 1954 report of the Central People's
# Government (State Council) to the 1st NPC, range [8604, 10386) of gwr-071
# (window [8032, 10388)), just before `gwr-071-10388-12526`: the socialist
# transformation of capitalist industry and commerce (過渡時期總任務, 幾年來,
# 一九五三年 / 一九四九年 with 九倍多, 一九五四年 with 兩倍多, 今年上半年, 上海、天津、
# 北京、武漢、廣州、瀋陽、重慶、西安等八個重要城市, 百分之八十左右), the remaking of
# enterprises and men, public finance (五年以來, 三點六倍, 從一九五〇年到一九五四年
# with four 百分之…, 五年來 ×2, 六倍半, 百分之二十五點五 / 百分之四十五點四, 三百二十八萬億元,
# 一九五三和一九五四兩年 with 二百萬億元, 四點九倍, 百分之十一點一 / 百分之十四點七, the
# state organs' share with six more 百分之…), the tasks of financial work
# (「取之於民，用之於民」, 全國人民代表大會, 地方各級人民代表大會) and the opening of
# the part on the people's livelihood (過去幾年來). Chinese numerals only; years in
# 一九五〇 form. Script: the source is already traditional (with its own variant
# forms: 産, 爲, 敎, 衞, 情况); it is annotated as is, `script` left at its default
# (as in gwr-071-shortfalls), so every surface below is written as the source writes it.
A = Ann('gwr-071', 8604, 10386)
s = A.s
F = A.figure
opt_fig = partial(A.figure, req=False)
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'
WAN_YI = 10 ** 12
NPC = {'level': 'central', 'kind': "people's congress", 'canonical': '全國人民代表大會'}


def Y(t, v, ctx=None):
    """A year in Chinese numerals: required (guide; Conventions decided here)."""
    s(DT, t, ctx=ctx, value=v)


def five_years(t, ctx=None):
    """五年以來 / 五年來: relative time, optional (Conventions decided here; gwr-071-6309-8032),
    with 五年 an optional FIGURE (a duration, guide)."""
    sp = s(DT, t, False, ctx=ctx, value='1950/1954', resolved='1954')
    s('FIGURE', '五年', False, at=sp['start'], value=5, approx='exact', unit='年', subject='')


# the transformation of capitalist industry and commerce
A.unquoted('過渡時期總任務', req=False)                         # the constitution's wording (r29a 过渡时期的总任务): optional
sp = s(DT, '幾年來', False, ctx='經過幾年來的工作')             # relative time: optional (Conventions decided here)
s(DT, '幾年', False, at=sp['start'])                              # the bare form: optional too (cpc-006-victory)
# 國家資本主義, 公私合營, 加工、訂貨、包銷、收購: economic forms, no label
Y('一九五三年', '1953', ctx='在一九五三年已經達到')
Y('一九四九年', '1949', ctx='達到一九四九年的九倍多')
F('九倍多', 9, '倍', '公私合營工業的産值（1953比1949）', ap='more_than')   # 多 inside (guide)
Y('一九五四年', '1954', ctx='預計在一九五四年')
Y('一九五三年', '1953', ctx='等於一九五三年的兩倍多')
F('兩倍多', 2, '倍', '公私合營工業的産值（1954預計比1953）', ap='more_than')
sp = s(DT, '今年上半年', False, value='1954-H1', resolved='1954')   # relative time: optional (gwr-071-6309-8032)
s(DT, '上半年', False, at=sp['start'] + 2, value='1954-H1', resolved='1954')
s(DT, '今年', False, at=sp['start'], value='1954', resolved='1954')   # relative time: optional (Conventions decided here)
for city in ('上海', '天津', '北京', '武漢', '廣州', '瀋陽', '重慶', '西安'):
    s(P, city, ctx=city + ('等' if city == '西安' else '、'))   # named cities: required (guide)
opt_fig('八個', 8, '個', '重要城市', ctx='八個重要城市')       # a count closing a list: optional (round 2; round 31)
F('百分之八十左右', 80, '%', '接受國家加工、訂貨、包銷和收購的資本主義工業的産值佔這些城市中資本主義工業總産值的比重', ap='about')   # 左右 inside (guide)
# 糧食、油料、棉布, 代銷店, 經銷店: goods and shop types, no label

# public finance
five_years('五年以來', ctx='五年以來，國家的財政')
Y('一九五四年', '1954', ctx='一九五四年國家預算中的收入')
Y('一九五〇年', '1950', ctx='等於一九五〇年的三點六倍')
F('三點六倍', 3.6, '倍', '國家預算收入（1954比1950）')
Y('一九五〇年', '1950', ctx='從一九五〇年到一九五四年')           # each complete date of a range (guide)
Y('一九五四年', '1954', ctx='到一九五四年，農民')
F('百分之二十九點六', 29.6, '%', '農民所繳納的稅款在財政收入中的比重（1950）')
F('百分之十三點四', 13.4, '%', '農民所繳納的稅款在財政收入中的比重（1954）')
F('百分之三十四點一', 34.1, '%', '國營企業和合作社繳納的稅款和利潤在財政收入中的比重（1950）')
F('百分之六十六點一', 66.1, '%', '國營企業和合作社繳納的稅款和利潤在財政收入中的比重（1954）')
five_years('五年來', ctx='五年來隨着收入')
Y('一九五四年', '1954', ctx='一九五四年預算中經濟建設')
Y('一九五〇年', '1950', ctx='等於一九五〇年的六倍半')
F('六倍半', 6.5, '倍', '經濟建設的支出（1954預算比1950）')     # 半 = 0.5 added to the number (undecided, r39d)
Y('一九五〇年', '1950', ctx='也從一九五〇年的百分之二十五點五')
F('百分之二十五點五', 25.5, '%', '經濟建設費在財政支出中的比重（1950）')
Y('一九五四年', '1954', ctx='增加到一九五四年預算的百分之四十五點四')
F('百分之四十五點四', 45.4, '%', '經濟建設費在財政支出中的比重（1954預算）')
five_years('五年來', ctx='五年來國家財政用於經濟建設')
F('三百二十八萬億元', 328 * WAN_YI, '元', '國家財政用於經濟建設的經費（1950–1954）', ap='exact|more_than')   # after 共達 (guide: 達到 N)
Y('一九五三', '1953', ctx='一九五三和一九五四兩年')              # a year without 年 in an elliptic pair: required (Conventions decided here)
Y('一九五四', '1954', ctx='和一九五四兩年')
opt_fig('兩年', 2, '年', '', ctx='一九五四兩年')                 # a duration / anaphoric count: optional (Conventions decided here)
F('二百萬億元', 200 * WAN_YI, '元', '國家財政用於經濟建設的經費（1953和1954兩年）')
Y('一九五四年', '1954', ctx='一九五四年預算中國家用於文')
Y('一九五〇年', '1950', ctx='等於一九五〇年的四點九倍')
F('四點九倍', 4.9, '倍', '文敎、衞生和社會福利事業的支出（1954預算比1950）')
Y('一九五〇年', '1950', ctx='也從一九五〇年百分之十一點一')
F('百分之十一點一', 11.1, '%', '文敎、衞生和社會福利事業支出在財政支出中的比重（1950）')
Y('一九五四年', '1954', ctx='增加到一九五四年預算的百分之十四點七')
F('百分之十四點七', 14.7, '%', '文敎、衞生和社會福利事業支出在財政支出中的比重（1954預算）')
Y('一九五〇年', '1950', ctx='已從一九五〇年的百分之六十點八')
F('百分之六十點八', 60.8, '%', '國家機構經費在財政支出中的比重（1950）')
Y('一九五四年', '1954', ctx='降低到一九五四年的百分之三十點七')
F('百分之三十點七', 30.7, '%', '國家機構經費在財政支出中的比重（1954）')
F('百分之四十一點五', 41.5, '%', '國防費在財政支出中的比重（1950）')
F('百分之二十一點一', 21.1, '%', '國防費在財政支出中的比重（1954）')
F('百分之十九點三', 19.3, '%', '行政管理費在財政支出中的比重（1950）')
F('百分之九點六', 9.6, '%', '行政管理費在財政支出中的比重（1954）')

# the tasks of financial work
A.quoted('取之於民，用之於民', k='formula')                      # the quoted formula of the people's finances: required (guide: quoted formulas; undecided vs classical sayings, r39d)
s(DEP, '全國人民代表大會', ctx='全國人民代表大會和地方', **NPC)     # the NPC by name: required (round 3)
s(DEP, '人民代表大會', False, ctx='地方各級人民代表大會', level='local', kind="people's congress")   # inside a generic class: optional (round 4, 同级人民代表大会)
# 地方各級人民代表大會 itself: a generic class of organs, no label (r37)
# 各位代表, 政府工作人員: no label

# the people's livelihood
sp = s(DT, '過去幾年來', False)                                   # relative time: optional (Conventions decided here)
s(DT, '過去幾年', False, at=sp['start'])                          # the bare form: optional too (cpc-006-victory)


if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
