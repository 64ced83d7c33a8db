from _ann import DEP, DT, SL, Ann, P

# Xi Jinping at the opening of the 3rd China International Import Expo, 4 Nov 2020
# (jhsjk text, one line): from the second 女士们、先生们、朋友们！ (the opening-up of
# the year) to the end of the speech and its dateline. Annotated on the simplified
# source, written in traditional script (OpenCC s2t).
A = Ann('jhsjk2020-049', 432, 2616, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
INT = {'kind': 'international organisation'}
ZONE = {'kind': 'zone'}
YI, WAN = 100000000, 10000

def cn(ctx):
    s(P, '中国', ctx=ctx)

def zone(text, ctx):
    """a free-trade zone or port: optional as PLACE and DEPARTMENT (round 3)."""
    sp = s(P, text, False, ctx=ctx)
    s(DEP, text, False, at=sp['start'], **ZONE)

s(DT, '今年', False, value='2020', resolved='2020')
cn('今年中国扩大')
# 第二届: an ordinal; the expo's name is not annotated, the 中国 in it optional (round 12)
s(P, '中国', False, ctx='中国国际进口博览会')
cn('中国持续扩大')
s(DT, '一年来', False)                              # relative time
F('一年', 1, '年', '中国商品和服务进口额增速', req=False)   # a duration
cn('中国商品和服务')
F('40条', 40, '条', '全国外商投资准入负面清单（减前）')
F('33条', 33, '条', '全国外商投资准入负面清单（减后）')
zone('自由贸易试验区', '自由贸易试验区由18个')
F('18个', 18, '个', '自由贸易试验区（增前）')
F('21个', 21, '个', '自由贸易试验区（增后）')
zone('海南自由贸易港', '海南自由贸易港建设总体方案')
s(P, '海南', False, ctx='海南自由贸易港建设总体方案')   # inside the zone name (xinhua-000)
s(P, '深圳')                                          # the city a plan is about (undecided: required)
Q('一带一路')
# ——我们要致力于推进合作共赢/合作共担/合作共治的共同开放: point titles (undecided, optional)
U('合作共赢的共同开放', req=False)
U('命运共同体', req=False, ctx='休戚与共的命运共同体')
U('合作共赢理念', 'term', req=False)
U('经济全球化', 'term', req=False)
U('开放、包容、普惠、平衡、共赢', req=False)         # standard wording (undecided, like round 12)
U('合作共担的共同开放', req=False)
U('同舟共济', 'term', req=False)
U('合作共治的共同开放', req=False)
U('经济全球化', 'term', req=False, ctx='面对经济全球化')
U('单边主义', 'term', req=False); U('保护主义', 'term', req=False)
U('共商共建共享的全球治理观')                       # required (round 11 list)
s(DEP, '世界贸易组织', False, ctx='以世界贸易组织', **INT)
U('开放型世界经济', 'term', req=False)
# 刚刚闭幕的中共十九届五中全会
s(DT, '中共十九届五中全会', False); s(DEP, '中共', False, kind='party', level='central')
s(DT, '十九届五中全会', False)
cn('对中国“十四五”')
sp = s(DT, '十四五', False)
s(SL, '十四五', False, at=sp['start'], kind='period', quoted=True)
cn('中国决胜')
U('全面建成小康社会', req=False)
U('脱贫攻坚', 'term', req=False)
s(DT, '明年', False, value='2021', resolved='2021')
U('全面建设社会主义现代化国家', req=False)
cn('中国将进入')
U('新发展阶段', req=False)                          # round 5: optional
U('以国内大循环为主体、国内国际双循环相互促进的新发展格局', req=False)   # the definition (round 5)
U('以国内大循环为主体', req=False)
U('国内大循环', 'term', req=False)
U('国内国际双循环', 'term', req=False)
U('双循环', 'term', req=False)
U('新发展格局')
U('国内国际双循环', 'term', req=False, ctx='开放的国内国际双循环')
U('双循环', 'term', req=False, ctx='双循环，不仅')
cn('中国自身')
cn('中国有14亿')
F('14亿', 14 * YI, '', '人口')                       # a number before a noun (convention)
F('14亿人口', 14 * YI, '人口', '人口', req=False)
F('超过4亿', 4 * YI, '', '中等收入群体', ap='more_than')   # 超过 inside (guide)
F('4亿', 4 * YI, '', '中等收入群体', ap='exact|more_than', req=False)
s(DT, '未来10年', False)
F('10年', 10, '年', '预计期限', req=False)          # 未来10年: a duration
F('超过22万亿美元', 22 * WAN * YI, '美元', '未来10年累计商品进口额', ap='more_than')
F('22万亿美元', 22 * WAN * YI, '美元', '未来10年累计商品进口额', ap='exact|more_than', req=False)
cn('中国制造')                                       # the country's manufacturing
cn('中国广阔')
cn('中国人民经过')
cn('中国经济')
s(DT, '前三季度', False, value='2020-Q1/Q3')        # relative (this year)
F('0.7%', 0.7, '%', '前三季度对外贸易额增长')
F('5.2%', 5.2, '%', '前三季度实际使用外资增长')
cn('中国人民毫无')
s(DT, '10月20日', value='--10-20', resolved='2020-10-20')
F('150个', 150, '个', '获抗疫援助的国家')
F('7个', 7, '个', '获抗疫援助的国际组织')
F('1790多亿只', 1790 * YI, '只', '出口口罩', ap='more_than')
F('17.3亿件', 17.3 * YI, '件', '出口防护服')
F('5.43亿人份', 5.43 * YI, '人份', '出口检测试剂盒')
cn('中国担当')
cn('中国将秉持')
U('开放、合作、团结、共赢', req=False)
cn('让中国市场')
# 第一 … 第四: list numbers, none
s(DT, '过去7年来', False)
F('7年', 7, '年', '中国自由贸易试验区建设', req=False)   # 过去7年来: a duration
cn('中国各自由')
zone('自由贸易试验区', '各自由贸易试验区')
zone('海南自由贸易港', '海南自由贸易港建设顺利')
s(P, '海南', False, ctx='海南自由贸易港建设顺利')
cn('中国将有效')
zone('自由贸易试验区', '自由贸易试验区、自由贸易港')
zone('自由贸易港', '自由贸易港引领')
U('开放型经济新体制', 'term', req=False)
cn('中国将继续通过')
cn('中国商机')
cn('中国将挖掘')
cn('中国将推动')
cn('中国将压缩')
s(P, '中国', False, ctx='中国禁止')                  # inside a title of a work (guide)
cn('中国在疫情后')
cn('中国境内')
s(DT, '今年', False, ctx='今年，中国实施', value='2020', resolved='2020')
cn('中国实施')
cn('中国将继续完善')
cn('中国愿同更多')
# 区域全面经济伙伴关系协定 / 中欧投资协定: treaty names, no label
s(P, '中欧', False)                                  # joined abbreviations (round 2)
s(P, '中日韩', False)
zone('自贸区', '高标准自贸区')                        # a class of zones
cn('中国将积极')
s(DEP, '世界贸易组织', False, ctx='世界贸易组织改革', **INT)
s(DEP, '联合国', False, **INT)
s(DEP, '二十国集团', False, **INT)
s(DEP, '亚太经合组织', False, **INT)
s(DEP, '金砖国家', False, **INT)                      # a grouping of states (round 12: optional, no PLACE)
cn('中国将同')
Q('一带一路', ctx='共建“一带一路”，推动')
U('人类命运共同体')
U('命运共同体', req=False, ctx='人类命运共同体')
s(P, '中国', ctx='中国人常说')                        # 中国 in 中国人 (round 12)
Q('不到长城非好汉', 'quotation', req=False)          # a quoted saying
s(P, '长城', False)                                   # inside a quotation
cn('中国愿同各国')
# （新华社北京11月4日电）《 人民日报 》（ 2020年11月05日 02 版）
s(DEP, '新华社', False, kind='media')
s(P, '北京', ctx='新华社北京')
s(DT, '11月4日', value='--11-04', resolved='2020-11-04')
s(DEP, '人民日报', False, kind='media')
s(DT, '2020年11月05日', value='2020-11-05')

if __name__ == '__main__':
    A.write()
