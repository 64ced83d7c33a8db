from _ann import DEP, DT, Ann, P

# Round 29 (annotator r29c, blind). 2008 State Council government work report
# (gwr-033), range [3579, 5923) of the window [0, 5923): the end of field (二) of the
# review of 2003-2007 (financial and fiscal reform: the four state banks' listing,
# 2003年到 2007年, 4.25万亿元 / 87% of transfers, the market system, opening-up with
# the WTO commitments and “走出去”) and field (三), social development: education
# (2.43万亿元, 1.26倍, 1.5亿学生, 2.2万多所 …, 教育部), 人才强国战略, health (6294亿元,
# 7种 → 15种, hospitals, 73岁, 13亿人口), employment (666亿元, 1000多万人) and social
# security (1.95万亿元, 2亿人, 11个省份, 88个城市, 86%, 4140亿元, 3451.9万). Annotated
# as traditional (OpenCC s2t of the simplified source; same length).
A = Ann('gwr-033', 3579, 5923, script='traditional')
s = A.s
F, U, Q, Y = A.figure, A.unquoted, A.quoted, A.date
FIG = 'FIGURE'
YI, WAN = 100000000, 10000
CENTRE = {'level': 'central', 'kind': 'state'}
BANK = {'level': 'central', 'kind': 'enterprise'}


def yrs(n, t, ctx=None):
    """A duration (五年 in 五年累计, 连续三年): optional (round 1; 五年累计 as in gwr-033.py)."""
    s(FIG, t, False, ctx=ctx, value=n, approx='exact', unit='年')


def before5(ctx):
    """比前五年增长: 前五年 and the 五年 inside it optional, as in gwr-033.py (round 5)."""
    s(FIG, '前五年', False, ctx=ctx, value=5, approx='exact', unit='年')
    s(FIG, '五年', False, ctx=ctx[1:], value=5, approx='exact', unit='年')


def centre(ctx):
    """中央 in 中央财政: optional (Conventions decided here, rounds 1 and 5)."""
    s(DEP, '中央', False, ctx=ctx, **CENTRE)


# 大力推进金融、财税体制改革。 (国有商业银行: generic, as in gwr-033.py)
# the four banks: enterprises, optional (guide; Conventions decided here); 中国 at the
# start of a name optional (guide: a place that is the first part of a name)
s(DEP, '中国工商银行', False, canonical='中国工商银行', **BANK); s(P, '中国', False, ctx='中国工商银行')
s(DEP, '中国银行', False, canonical='中国银行', **BANK); s(P, '中国', False, ctx='中国银行')
s(DEP, '中国建设银行', False, canonical='中国建设银行', **BANK); s(P, '中国', False, ctx='中国建设银行')
s(DEP, '交通银行', False, canonical='交通银行', **BANK)
# 2003年到 2007年: a range, each complete date required (guide)
Y('2003年', '2003')
Y('2007年', '2007', ctx='到 2007年')
centre('中央财政对地方')
F('4.25万亿元', 4.25 * WAN * YI, '元', '中央财政对地方的转移支付（2003—2007累计）')
F('87%', 87, '%', '中央财政对地方的转移支付（用于支持中西部地区的份额）')
s(P, '中西部地区', False)   # a region without fixed boundary (round 2 / round 8)
s(P, '中西部', False)
# 加强市场体系建设。 (nothing)
# 坚持扩大对外开放。
s(DEP, '世界贸易组织', False, level='international', kind='international organisation')  # international: optional (Conventions decided here)
Q('走出去')                 # “走出去” strategy: required formula (ROUND28 / README: the opening-up strategy)
# （三）全面加强社会建设，切实保障和改善民生 (list number: nothing)
# 在教育方面。
yrs(5, '五年', ctx='五年累计2.43')
F('2.43万亿元', 2.43 * WAN * YI, '元', '全国财政用于教育支出（五年累计）')
before5('比前五年增长1.26倍')
F('1.26倍', 1.26, '倍', '全国财政用于教育支出增长（比前五年）')   # 1.3倍 (round 5)
F('1.5亿', 1.5 * YI, '', '学生（受益）')    # a number before a noun: unit "" (Conventions decided here)
s(FIG, '1.5亿学生', False, value=1.5 * YI, approx='exact', unit='学生')
F('780万名', 780 * WAN, '名', '家庭经济困难寄宿生（受益）')
s(P, '西部地区', False)     # 西部: a region without fixed boundary (round 2)
# 九年 in 九年义务教育 optional (README: 九年 in 九年义务教育); the programme name
# optional like project names (gwr-033.py) and 九年制义务教育 (gwr-053-plan.py)
U('西部地区基本普及九年义务教育、基本扫除青壮年文盲攻坚计划', 'campaign', req=False)
s(FIG, '九年', False, value=9, approx='exact', unit='年')
s('SLOGAN', '九年义务教育', False, kind='formula', quoted=False)
F('2.2万多所', 2.2 * WAN, '所', '农村中小学（改造危房）', ap='more_than')
F('7000多所', 7000, '所', '寄宿制学校（建设）', ap='more_than')
F('36万所', 36 * WAN, '所', '农村中小学（远程教育覆盖）')
Y('2007年', '2007', ctx='2007年中、高等')
# 分别达到2000万人和861万人: 达到 outside, exact|more_than (guide)
F('2000万人', 2000 * WAN, '人', '中等职业教育在校生（2007）', ap='exact|more_than')
F('861万人', 861 * WAN, '人', '高等职业教育在校生（2007）', ap='exact|more_than')
F('1144万人', 1144 * WAN, '人', '普通高等教育本科生和研究生规模', ap='exact|more_than')
centre('中央财政此项')
Y('2006年', '2006')
F('20.5亿元', 20.5 * YI, '元', '中央财政国家奖学金助学金支出（2006）')
s(DT, '去年', False)        # relative time: optional (Conventions decided here)
F('98亿元', 98 * YI, '元', '中央财政国家奖学金助学金支出（2007）')   # 增加到: a verb outside
# 超过 inside the span (guide), the bare number optional (rounds 1-9)
F('超过20%', 20, '%', '高校资助面', ap='more_than')
s(FIG, '20%', False, ctx='超过20%', value=20, approx='exact|more_than', unit='%')
F('超过90%', 90, '%', '中等职业学校资助面', ap='more_than')
s(FIG, '90%', False, ctx='超过90%', value=90, approx='exact|more_than', unit='%')
Y('2007年', '2007', ctx='2007年开始在教育部')
s(DEP, '教育部', level='central', kind='state', canonical='中华人民共和国教育部')   # a named organ: required (guide)
# 深入实施人才强国战略: the fixed name of a national strategy, like 科教兴国战略 (round 6): required
U('人才强国战略')
# 在卫生方面。
yrs(5, '五年', ctx='五年累计6294')
F('6294亿元', 6294 * YI, '元', '全国财政用于医疗卫生支出（五年累计）')
before5('比前五年增长1.27倍')
F('1.27倍', 1.27, '倍', '全国财政用于医疗卫生支出增长（比前五年）')
F('7种', 7, '种', '国家规划免疫预防的疾病（此前）')
F('15种', 15, '种', '国家规划免疫预防的疾病')
F('1.88万所', 1.88 * WAN, '所', '乡镇卫生院（改造和新建）')
F('786所', 786, '所', '县医院（改造和新建）')
F('285所', 285, '所', '县中医院（改造和新建）')
F('534所', 534, '所', '县妇幼保健院（改造和新建）')
F('1.17万个', 1.17 * WAN, '个', '乡镇卫生院（配备医疗设备）')
F('2.4万多个', 2.4 * WAN, '个', '社区卫生服务机构', ap='more_than')
Y('2005年', '2005', ctx='2005年人均期望寿命')
F('73岁', 73, '岁', '人均期望寿命（2005）', ap='exact|more_than')   # life expectancy required (round 5); 达到 outside
s(FIG, '一个', False, ctx='这样一个有', value=1, approx='exact', unit='个')   # an anaphoric count: optional (gwr-053-plan.py, rounds 1-2)
F('13亿', 13 * YI, '', '人口')      # 13亿城乡居民 → 13亿 (Conventions decided here / round 7)
s(FIG, '13亿人口', False, value=13 * YI, approx='exact', unit='人口')
# 在就业方面。
centre('中央财政安排就业')
yrs(5, '五年', ctx='五年累计666')
F('666亿元', 666 * YI, '元', '中央财政就业补助资金（五年累计）')
F('1000多万人', 1000 * WAN, '人', '城镇新增就业（平均每年）', ap='more_than')
F('800万人', 800 * WAN, '人', '农村劳动力转移就业（平均每年）')
# 在社会保障方面。
yrs(5, '五年', ctx='五年累计1.95')
F('1.95万亿元', 1.95 * WAN * YI, '元', '全国财政用于社会保障支出（五年累计）')
before5('比前五年增长1.41倍')
F('1.41倍', 1.41, '倍', '全国财政用于社会保障支出增长（比前五年）')
Y('2007年', '2007', ctx='2007年参保人数')
F('2亿人', 2 * YI, '人', '城镇职工基本养老保险参保人数（2007）', ap='exact|more_than')   # 突破 outside
Y('2002年', '2002', ctx='比2002年增加5400')
F('5400多万人', 5400 * WAN, '人', '城镇职工基本养老保险参保人数增加（比2002年）', ap='more_than')
F('11个', 11, '个', '省份（做实基本养老保险个人账户试点）')   # 个 is the classifier of 省份
s(DT, '从2005年开始', False)   # 从1953年开始 optional (README)
Y('2005年', '2005', ctx='从2005年开始')
yrs(3, '三年', ctx='连续三年')
centre('中央财政五年累计补助')
yrs(5, '五年', ctx='五年累计补助')
F('3295亿元', 3295 * YI, '元', '中央财政补助养老保险专项资金（五年累计）')
Y('2007年', '2007', ctx='2007年城镇职工基本医疗')
F('1.8亿人', 1.8 * YI, '人', '城镇职工基本医疗保险参保人数（2007）', ap='exact|more_than')
Y('2002年', '2002', ctx='比2002年增加近1倍')
# 近1倍: 一倍 optional (Conventions decided here), with 近 inside
s(FIG, '近1倍', False, value=1, approx='less_than', unit='倍')
s(FIG, '1倍', False, ctx='近1倍', value=1, approx='exact|less_than', unit='倍')
F('88个', 88, '个', '城市（启动城镇居民基本医疗保险试点）')
F('86%', 86, '%', '县（新型农村合作医疗制度覆盖）')
F('7.3亿人', 7.3 * YI, '人', '参合农民', ap='exact|more_than')
# 全国社会保障基金: a named fund, not an organ: optional (round 17)
s(DEP, '全国社会保障基金', False, level='central', kind='state')
F('4140亿元', 4140 * YI, '元', '全国社会保障基金积累')
Y('2002年', '2002', ctx='比2002年增加2898')
F('2898亿元', 2898 * YI, '元', '全国社会保障基金积累增加（比2002年）')
Y('2007年', '2007', ctx='2007年在全国农村')
F('3451.9万', 3451.9 * WAN, '', '农村居民（纳入最低生活保障）')
s(FIG, '3451.9万农村居民', False, value=3451.9 * WAN, approx='exact', unit='农村居民')
s(FIG, '一项', False, ctx='一项根本性', value=1, approx='exact', unit='项')   # anaphoric: optional
centre('中央财政五年支出')
yrs(5, '五年', ctx='五年支出551')
F('551亿元', 551 * YI, '元', '中央财政抗灾救灾支出（五年）')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
