# Round 32 (annotator r32d), gwr-002: 2024 State Council government work
# report, range [8784, 11049): tasks (三) domestic demand (扩大内需战略,
# 供给侧结构性改革, 国货“潮品”, 以旧换新, “消费促进年”, “放心消费行动”; investment:
# “十四五”, 今年, 中央预算内投资 7000亿元), (四) reform (社会主义市场经济体制,
# “两个毫不动摇”, 中国特色现代企业制度, 国有企业改革深化提升行动, 全国统一大市场 ×2)
# and (五) opening-up (国内国际两个市场两种资源, the expos, “投资中国”, 来华,
# 自贸试验区提升战略, 自贸试验区, 海南自由贸易港, “一带一路” ×2 and 八项行动, “小而美”,
# 西部陆海新通道, 中国－东盟自贸区3.0版, two treaty titles, 世贸组织).
# Arabic numerals. Script: simplified (as the source).
from _ann import DEP, DT, SL, Ann, P, all_occ

A = Ann('gwr-002', 8784, 11049)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
Y24 = {'value': '2024', 'resolved': '2024'}
INT = {'kind': 'international organisation'}

# (三) domestic demand
U('扩大内需战略')                                         # fixed name of a national strategy (round 15): required
U('扩大内需', req=False, ctx='扩大内需战略')               # inside it (round 1 / round 15): optional
U('供给侧结构性改革', req=False)                           # policy phrase (README round lists): optional
Q('潮品', 'term', req=False)                               # quoted coinage (conventions: optional term)
U('以旧换新', 'term', req=False)                           # policy phrase (conventions "decided here"): optional
Q('消费促进年', 'campaign')                                # quoted name of an activity (…活动; guide: campaign)
Q('放心消费行动', 'campaign')                              # quoted name of a campaign (guide)
U('标准提升行动', 'campaign', req=False)                   # unquoted programme name (README r-Guangxi list: undecided, optional)
# investment
s(DT, '十四五', False, ctx='“十四五”规划'); s(SL, '十四五', False, kind='period', quoted=True)  # README: optional DATE and period
s(DT, '今年', False, ctx='今年中央预算内', **Y24)          # relative time, resolved (README DATE)
s(DEP, '中央', False, ctx='中央预算内投资')                # 中央 alone (中央预算内投资): optional (round 1)
F('7000亿元', 700000000000, '元', '中央预算内投资（2024）')  # 拟安排: verb outside (guide)
U('政府和社会资本合作新机制', req=False)                   # a mechanism's name (undecided: optional)
# (四) reform
U('社会主义市场经济体制', req=False, ctx='高水平社会主义市场经济体制。')  # policy phrase (README optional lists)
Q('两个毫不动摇')                                           # quoted numbered formula (guide; gwr-002 earlier ranges)
s(P, '中国', False, ctx='中国特色现代企业制度')             # 中国 in 中国特色…: optional (round 3)
U('国有企业改革深化提升行动', 'campaign', req=False)       # like 国企改革深化提升行动 (README: undecided, optional)
U('降低物流成本行动', 'campaign', req=False)               # unquoted programme name (undecided: optional)
U('全国统一大市场', req=False, ctx='加快全国统一大市场')   # conventions "decided here": optional
U('全国统一大市场', req=False, ctx='制定全国统一大市场')
U('社会主义市场经济体制', req=False, ctx='高水平社会主义市场经济体制改革先行区')  # inside a zone's name (optional)
# (五) opening-up
U('制度型开放', req=False, ctx='稳步扩大制度型开放')       # README optional list
U('国内国际两个市场两种资源', req=False)                   # README: optional; numerals inside a set phrase are no figures
# 进博会、广交会、服贸会、数贸会、消博会: expos are not annotated (round 12)
Q('投资中国', 'term', req=False)                           # a quoted brand (…品牌; README: optional term)
s(P, '中国', False, ctx='投资中国”品牌')                      # inside a quoted slogan (guide): optional
s(P, '华', False, ctx='来华工作')                          # one-character abbreviation (README: 华 in 来华)
U('自贸试验区提升战略', req=False)                         # README: optional
s(P, '自贸试验区', False, ctx='自贸试验区提升战略'); s(DEP, '自贸试验区', False, ctx='自贸试验区提升战略')  # a zone (round 12)
s(P, '自贸试验区', False, ctx='自贸试验区、海南'); s(DEP, '自贸试验区', False, ctx='自贸试验区、海南')
s(P, '海南自由贸易港', False); s(DEP, '海南自由贸易港', False)  # round 12: zone with 海南, optional
s(P, '海南', False, ctx='海南自由贸易港')                  # place inside a zone's name (round 12): optional
Q('一带一路', ctx='推动高质量共建“一带一路”走深走实')     # quoted formula: required (gwr-002 earlier ranges)
Q('一带一路', ctx='支持高质量共建“一带一路”八项行动')
F('八项', 8, '项', '支持高质量共建“一带一路”的行动', req=False)  # a named set of eight actions or a count (undecided: optional)
Q('小而美', 'term', req=False)                             # quoted coinage (conventions: “小而美” optional term)
U('西部陆海新通道', 'campaign', req=False)                 # README (Guangxi round): undecided, optional
s(P, '西部', False, ctx='西部陆海新通道')                  # README: 西部 in 西部陆海新通道 optional
s(P, '中国－东盟自贸区', False); s(DEP, '中国－东盟自贸区', False)  # a free trade area: a zone (gwr-041: optional)
s(P, '中国', False, ctx='中国－东盟自贸区')                # names at the start of a zone's name: optional (round 12)
s(P, '东盟', False, ctx='东盟自贸区3.0'); s(DEP, '东盟', False, ctx='东盟自贸区3.0', **INT)  # international organisation (round 11)
F('3.0', 3.0, '', '中国－东盟自贸区谈判的版本', req=False)        # a version number (undecided: optional)
F('3.0版', 3.0, '版', '中国－东盟自贸区谈判的版本', req=False)
s(P, '太平洋', False, ctx='跨太平洋伙伴关系协定')          # inside a treaty title (README: optional)
s(DEP, '世贸组织', False, **INT)                           # international organisation (README): optional
U('开放型世界经济', req=False)                             # README optional list

all_occ(A, SL, '高质量发展', False, kind='formula', quoted=False)  # policy phrase (conventions "decided here": optional; slip fixed after the measurement)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
