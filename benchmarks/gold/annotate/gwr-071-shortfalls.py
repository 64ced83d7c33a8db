from functools import partial

from _ann import Ann

# Round 37 (annotator r37d, blind): 1954 report of the Central People's
# Government (State Council) to the 1st NPC, range [3333, 5624) of gwr-071
# (window [3331, 6309)), after `gwr-071-1223-3331`: the shortfalls of industry
# (一九五三年, 中央六個工業部, 百分之九十四點三, 重工業部 ×2, 百分之二十五, 四種 ×2,
# 百分之三十, 瀋陽染料廠, 百分之五百以上), planning, waste (人民日報, 太原熱電站 and its
# five losses 一百四十四億餘元 … 二十三億元, 一九五四年, 中央的六個工業部 and the six
# ministries named by their sectors, 百分之一 ×3 with 二千八百億元 / 八千四百億元 /
# 一萬六千億元, 經濟核算制), technique (蘇聯 ×2, 一百四十一個, 技術革新運動), the
# tasks, and agriculture (土地改革, 一九五二年 / 一九五三年, 解放前, 今年, 長江 and
# 淮河流域, 一九四九年 with 一點五倍 / 二點八倍). Chinese numerals only.
# Script: the source is already traditional (with its own variant forms: 産, 爲,
# 羣衆, 情况); it is annotated as is, `script` left at its default, so every
# surface below is written as the source writes it.
A = Ann('gwr-071', 3333, 5624)
s = A.s
F = A.figure
opt_fig = partial(A.figure, req=False)
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'
YI = 100000000
WAN = 10000
STATE = {'level': 'central', 'kind': 'state'}


def Y(t, v, ctx=None):
    """A year in Chinese numerals: required (guide; Conventions decided here)."""
    s(DT, t, ctx=ctx, value=v)


def this_year(ctx):
    """今年: relative time, optional, resolved 1954 (round 14; gwr-071-1223-3331)."""
    s(DT, '今年', False, ctx=ctx, value='1954', resolved='1954')


# the shortfalls of industry
Y('一九五三年', '1953', ctx='一九五三年中央六個')
s(DEP, '中央', False, ctx='中央六個工業部')                                    # 中央 alone optional (rounds 1 and 5; r16a 中央五个工业部门)
F('六個', 6, '個', '中央工業部', ctx='中央六個工業部')                         # a counted quantity with classifier: required (r16a; gwr-071-industry 五个)
F('百分之九十四點三', 94.3, '%', '中央六個工業部基本建設計劃完成程度（1953）')
s(DEP, '重工業部', ctx='根據重工業部', canonical='中央人民政府重工業部', **STATE)   # a ministry of the period: required (round 16)
s(DEP, '重工業部', ctx='重工業部一九五三年', canonical='中央人民政府重工業部', **STATE)
Y('一九五三年', '1953', ctx='重工業部一九五三年')
F('百分之二十五', 25, '%', '重工業部所屬未完成計劃的生産企業（1953）')
opt_fig('四種', 4, '種', '指標', ctx='四種指標')                               # a count after a closed list: optional (round 2; round 31)
opt_fig('四種', 4, '種', '計劃', ctx='四種計劃')                               # anaphoric count: optional (round 6)
F('百分之三十', 30, '%', '全面完成四種計劃的企業佔企業總數的比重（重工業部，1953）')
s(DEP, '瀋陽染料廠', False, kind='enterprise')                                # an enterprise: optional (guide)
s(P, '瀋陽', False, ctx='瀋陽染料廠')                                          # a place at the start of an organ's name: optional (guide)
Y('一九五三年', '1953', ctx='染料廠一九五三年')
F('百分之五百以上', 500, '%', '瀋陽染料廠完成利潤計劃（1953）', ap='more_than|at_least')   # 以上 inside (Conventions decided here)
opt_fig('百分之五百', 500, '%', '瀋陽染料廠完成利潤計劃（1953）', ctx='百分之五百以上')    # the bare form optional (r16b: 九成以上)
# waste
s(DEP, '人民日報', False, kind='media')                                       # media: optional (round 4; Conventions decided here)
s(P, '太原熱電站', False)                                                      # a power station: optional (round 12, hydro-power stations; r36c)
s(DEP, '太原熱電站', False, kind='enterprise', ctx='太原熱電站')               # as an enterprise, like 普光气田 (r36c): optional
s(P, '太原', False, ctx='太原熱電站')                                          # place at the start of its name: optional
F('一百四十四億餘元', 144 * YI, '元', '太原熱電站建設工程因盲目採購材料積壓資金', ap='more_than')
F('二十五億七千多萬元', 2570000000, '元', '太原熱電站建設工程因未及時申請調撥物資的損失', ap='more_than')
F('十八億餘元', 18 * YI, '元', '太原熱電站建設工程材料使用浪費的損失', ap='more_than')
F('二十三億五千多萬元', 2350000000, '元', '太原熱電站建設工程勞動效率過低的損失', ap='more_than')
F('二十三億元', 23 * YI, '元', '太原熱電站建設工程工地臨時建築標準過高的浪費', ctx='浪費二十三億元')
Y('一九五四年', '1954', ctx='按一九五四年')
s(DEP, '中央', False, ctx='中央的六個工業部')                                  # 中央 alone optional (round 1)
F('六個', 6, '個', '中央的工業部', ctx='中央的六個工業部')                      # as 中央五個工業部 (r16a): required
s(DEP, '地質', False, ctx='地質、建築工程', kind='state', canonical='地質部')    # ministries named by their sectors before 六個部: optional (round 12: 民航, 邮电部门; undecided, r37d)
s(DEP, '建築工程', False, ctx='建築工程、鐵道', kind='state', canonical='建築工程部')
s(DEP, '鐵道', False, ctx='鐵道、交通', kind='state', canonical='鐵道部')
s(DEP, '交通', False, ctx='交通、郵電', kind='state', canonical='交通部')
s(DEP, '郵電', False, ctx='郵電、林業', kind='state', canonical='郵電部')
s(DEP, '林業', False, ctx='林業六個部', kind='state', canonical='林業部')
F('六個', 6, '個', '部（地質、建築工程、鐵道、交通、郵電、林業）', ctx='林業六個部')   # a counted quantity with classifier: required
F('百分之一', 1, '%', '基本建設的建築安裝成本降低', ctx='成本的百分之一')
F('二千八百億元', 2800 * YI, '元', '每年爲國家節約（建築安裝成本降低百分之一）')
s(DEP, '中央', False, ctx='中央和地方的國營工業的生産成本')                    # 中央 alone optional (round 1)
F('百分之一', 1, '%', '國營工業生産成本降低', ctx='只要降低百分之一')
F('八千四百億元', 8400 * YI, '元', '每年爲國家節約（生産成本降低百分之一）')
s(DEP, '中央', False, ctx='中央和地方的國營工業的勞動')
F('百分之一', 1, '%', '國營工業勞動生産率提高', ctx='只要提高百分之一')
F('一萬六千億元', 16000 * YI, '元', '每年爲國家增産（勞動生産率提高百分之一）')
A.unquoted('經濟核算制', k='term', req=False)                                 # a system name of the period (undecided, r37d): optional
# technique
s(P, '蘇聯', ctx='推廣蘇聯的先進經驗')                                         # a country: required (guide)
s(P, '蘇聯', ctx='特別是蘇聯幫助')
F('一百四十一個', 141, '個', '蘇聯幫助我國建設的項目')                           # required (gwr-071-17225-19419: 一百四十一项)
A.unquoted('技術革新運動', k='campaign', req=False)                           # like 技术革新和技术革命运动 (r35c): optional
s(DEP, '商業部門', False, kind='state')                                       # a sector named with 部門: optional (round 12; r36b)
# agriculture
A.unquoted('土地改革', k='campaign', req=False)                               # optional, undecided (r16a)
Y('一九五二年', '1952', ctx='一九五二年糧食')
s(DT, '解放前', False, ctx='超過了解放前', value='-1949')                      # optional relative time (r34c)
Y('一九五三年', '1953', ctx='農業在一九五三年')
Y('一九五二年', '1952', ctx='仍比一九五二年')
s(DT, '解放以前', False, value='-1949')                                       # like 解放前 (r34c): optional
this_year('今年因爲長江')
s(P, '長江', ctx='長江和淮河流域')                                             # a river (its basin, 流域 shared): required (round 11; r16b)
s(P, '淮河流域')                                                              # a river basin: required (round 11; r16b)
s(P, '淮河', False, ctx='淮河流域')                                            # the river inside: optional (round 11)
this_year('但是今年夏季')
s(DT, '今年夏季', False, value='1954-SU', resolved='1954')                    # a season of the report's year: optional
s(DT, '秋季', False, ctx='秋季也可望', value='1954-FA', resolved='1954')
Y('一九五三年', '1953', ctx='仍可超過一九五三年')
this_year('預計今年')
Y('一九四九年', '1949', ctx='等於一九四九年的一點五倍')
F('一點五倍', 1.5, '倍', '糧食産量（1954年預計比1949）')
Y('一九四九年', '1949', ctx='等於一九四九年的二點八倍')
F('二點八倍', 2.8, '倍', '棉花産量（1954年預計比1949）')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
