from _ann import CC, DEP, DT, Ann, P

# Round 40 (annotator r40a, blind). 2026 government work report of Guangxi (prov2026-012),
# range [409, 2718) of the window [0, 2718): the six "——" summary paragraphs of the review of
# 2025 (growth, revenue, new productive forces, infrastructure, opening-up, livelihood) and the
# work fields （一）–（三） (policies, artificial intelligence, industrial chains), up to the
# existing gold `prov2026-012-2718-4589`. Figure-dense (percentages, 亿元, counts with 超 / 近 / 多 /
# 上万 / 突破), railways named by 至 (崇左至凭祥, 黄桶至百色, 合浦至湛江, 南宁至贵港), the
# central ministries (国家发展改革委, 科技部, 工信部, 国务院), 自治区党委 / 自治区国资委 and the
# quoted programme names (“两重”, “两新”, “人工智能+”, “双百双新”, “千企技改”, “尖锋”, “暖心民政”).
# Annotated on the simplified source, written in traditional script (OpenCC s2t, same length).
A = Ann('prov2026-012', 409, 2718, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
GXPC = {'level': 'province', 'kind': 'party', 'canonical': '中共广西壮族自治区委员会'}
SC = {'level': 'central', 'kind': 'state', 'canonical': '中华人民共和国国务院'}
ENT = {'kind': 'enterprise'}
INST = {'kind': 'institute'}
INTL = {'kind': 'international organisation'}
YI, WAN = 100000000, 10000
MT = 'exact|more_than'  # 突破 / 达到 N: a verb outside the span (guide)


def asean(ctx):
    """东盟: optional as PLACE and as DEPARTMENT (round 11, prov2026-012-review.py)."""
    sp = s(P, '东盟', False, ctx=ctx)
    s(DEP, '东盟', False, at=sp['start'], **INTL)


# ——经济增长稳中有进。
F('5.1%', 5.1, '%', '全区地区生产总值增长')
s(DT, '上年同期', False, value='2024', resolved='2024')  # a relative time (README): optional
# 一、二、三产业: ordinals of the sectors, none (r39c)
F('4.2%', 4.2, '%', '第一产业增加值增长')  # 分别 list: each its own span (guide)
F('5%', 5, '%', '第二产业增加值增长')
F('5.4%', 5.4, '%', '第三产业增加值增长')
F('7.7%', 7.7, '%', '规上工业增加值增长')
F('1.8个百分点', 1.8, '个百分点', '规上工业增加值增长高于全国')  # round 3
F('280.9亿斤', 280.9 * YI, '斤', '粮食产量')
F('8.4%', 8.4, '%', '外贸进出口增长')
F('8000亿元', 8000 * YI, '元', '外贸进出口总额', ap=MT)  # 突破 outside (guide)
s(P, '西部', False, ctx='排西部第二')  # a region without a fixed boundary (prov2026-012-review.py); 第二 a rank
# ——质量效益稳步提高。
F('4.6%', 4.6, '%', '一般公共预算收入增长')
F('1900亿元', 1900 * YI, '元', '一般公共预算收入总量', ap=MT)  # 首次突破: a verb
F('3.9%', 3.9, '%', '税收增长')
F('7.3%', 7.3, '%', '工业税收增长')
F('6.9%', 6.9, '%', '规上民营工业企业利润增长')
F('12.9%', 12.9, '%', '规上服务业企业利润增长')
s(DEP, '自治区国资委', level='province', kind='state',
  canonical='广西壮族自治区人民政府国有资产监督管理委员会')  # named body (README DEPARTMENT; review.py 国资委)
s(DEP, '国资委', False, ctx='自治区国资委', level='province', kind='state')  # inside the longer name (guide)
F('35.4%', 35.4, '%', '自治区国资委监管企业利润增长')
F('5.4%', 5.4, '%', '居民人均可支配收入实际增长', ctx='实际增长5.4%')
F('6.3%', 6.3, '%', '农村居民收入增长')  # 全国第五: a rank, none
F('4.4%', 4.4, '%', '城镇居民收入增长')
F('7个', 7, '个', '断面水环境质量进入全国前十的设区市')  # 前十: a rank, none
s(P, '柳州')
F('六年', 6, '年', '柳州连续保持第一', req=False)  # 连续六年: a duration (rounds 7, 8; review.py)
# ——新质生产力加快发展。
U('新质生产力')  # required unquoted (README, Conventions decided here)
F('890亿元', 890 * YI, '元', '工业领域人工智能核心产业产值', ap=MT)  # 突破 outside
F('23.7%', 23.7, '%', '规上高技术制造业增加值增长')
F('16.5%', 16.5, '%', '规上装备制造业增加值增长')
F('54.5%', 54.5, '%', '汽车用锂电池产量增长')
F('43.1%', 43.1, '%', '太阳能电池产量增长')
F('86.3%', 86.3, '%', '工业机器人产量增长')
F('超50%', 50, '%', '新产业、新产品对工业增长贡献', ap='more_than')  # 超 inside (round 3)
F('50%', 50, '%', '新产业、新产品对工业增长贡献', ap=MT, req=False)  # as review.py
F('10.9%', 10.9, '%', '规上高技术服务业企业营业收入增长')
s(P, '广西', ctx='广西首颗')  # 首颗: an ordinal, none
s(P, '酒泉')
s(DEP, '玉柴', False, **ENT)  # an enterprise (guide; prov2026 玉柴 optional)
F('20项', 20, '项', '填补国内空白的科技创新成果')
# ——基础设施不断完善。
s(P, '平陆运河')  # a canal itself, like a river (round 4; review.py 漓江)
s(P, '南宁', ctx='南宁吴圩机场')  # the bare city before an airport (round 20)
s(P, '南宁吴圩机场', False)  # an airport: a venue (README)
s(P, '吴圩机场', False)
s(P, '吴圩', False)  # the airport's own name (README: 武宿机场 and 武宿)
s(P, '崇左', ctx='崇左至凭祥'); s(P, '凭祥')  # places joined by 至 in a railway name (README PLACE)
F('81公里', 81, '公里', '新增高铁运营里程')
s(P, '苍梧'); s(P, '昭平')
F('10个', 10, '个', '通了新的高速公路的县区')  # after a list ending in 等 (round 2)
F('590公里', 590, '公里', '新增高速公路里程')
# 首座: an ordinal, none
s(P, '驮英水库', False)  # a reservoir: optional, with its name (undecided; as 梅山水库 / 梅山 elsewhere)
s(P, '驮英', False)
s(P, '黄桶', ctx='黄桶至百色'); s(P, '百色', ctx='百色铁路')  # 至 (README PLACE)
s(P, '合浦', ctx='合浦至湛江'); s(P, '湛江')
# 环北部湾广西水资源配置工程: places at the start / inside a programme name, optional (guide)
s(P, '北部湾', False, ctx='环北部湾广西'); s(P, '广西', False, ctx='北部湾广西水资源')
s(P, '南宁', ctx='南宁至贵港'); s(P, '贵港')  # 至 (README PLACE); 一级航道: a class, none
s(P, '黔桂', False)  # joined one-character abbreviations (round 2); 二线 an ordinal (README)
s(P, '防城港', ctx='防城港30万')  # a city before its port channel (round 4; review.py 防城港)
F('30万吨级', 30 * WAN, '吨', '进港航道等级', req=False)  # a scale class (round 4; review.py 20万吨级)
# 一期: an ordinal, none
s(P, '龙滩水电站', False)  # a power station: a venue (undecided)
s(P, '龙滩', False, ctx='龙滩水电站')
F('1000吨级', 1000, '吨', '龙滩水电站通航设施等级', req=False)  # a scale class (round 4)
s(P, '邕北灌区', False)  # an irrigation district (round 9, r39c): optional
s(P, '邕北', False)  # undecided: 邕 a one-character abbreviation of 南宁 joined with 北
# ——开放合作深化拓展。
s(DEP, '中国—东盟国家人工智能应用合作中心', False, **INST)  # a centre (r39c, round 8): optional
s(P, '中国', False, ctx='中国—东盟国家人工智能应用')  # inside the centre's name (guide)
asean('东盟国家人工智能应用')
s(DEP, '中国—东盟人工智能创新合作中心', False, **INST)
s(P, '中国', False, ctx='中国—东盟人工智能创新')
asean('东盟人工智能创新')
s(DEP, '国家发展改革委', level='central', kind='state', canonical='国家发展和改革委员会')  # (Ningxia gold)
s(DEP, '科技部', level='central', kind='state', canonical='科学技术部')  # a named ministry (guide)
# 等部委: generic
Q('北上广研发+广西集成+东盟应用')  # a quoted coded development path (round 3 “1+2”): required
s(P, '北上广', False, ctx='北上广研发')  # joined abbreviations (round 2), inside a slogan (guide)
s(P, '广西', False, ctx='广西集成')  # inside a quoted slogan (guide)
asean('东盟应用')
s(P, '广西', ctx='广西崭新名片')
s(P, '西南', False, ctx='西南及北部湾')  # a region without a fixed boundary (review.py 西南)
s(P, '北部湾区', False)  # undecided: the gulf area as a survey region
s(P, '北部湾', ctx='北部湾区综合')  # the gulf (review.py)
s(P, '北部湾港', False)  # the port (review.py)
s(P, '北部湾', ctx='北部湾港通达')  # the gulf before its port (review.py)
F('100多个', 100, '个', '北部湾港通达的国家及地区', ap='more_than')  # 多 inside (guide)
F('200多个', 200, '个', '北部湾港通达的港口', ap='more_than')
F('百条', 100, '条', '集装箱航线', ap=MT)  # 突破 outside; a number without digits (guide)
F('万列', WAN, '列', '海铁联运班列', ap=MT)
F('千万标箱', 1000 * WAN, '标箱', '集装箱吞吐量', ap=MT)  # 历史性突破 outside
asean('东盟进出口')
F('8%', 8, '%', '对东盟进出口增长')
s(P, '西部', False, ctx='西部和边境省区第一')  # as above; 第一 a rank
# ——人民生活持续改善。
Q('暖心民政', 'campaign')  # a quoted campaign name (…三年行动) (guide)
F('三年', 3, '年', '“暖心民政”行动', req=False, ctx='三年行动')  # a duration inside a campaign name (README)
F('140亿元以上', 140 * YI, '元', '每年安排', ap='more_than|at_least')  # 以上 inside (README)
F('140亿元', 140 * YI, '元', '每年安排', ap=MT, req=False)  # the bare number (as with 超, review.py)
F('42.3万人', 42.3 * WAN, '人', '城镇新增就业')
s(DT, '年末', False, value='2025', resolved='2025')  # a relative time (README): optional
s(DT, '上半年', False, value='2025', resolved='2025')  # a relative time (README): optional
F('5.5%', 5.5, '%', '上半年城镇调查失业率')
F('5.3%', 5.3, '%', '年末城镇调查失业率')  # 降到: a verb
F('154万户', 154 * WAN, '户', '惠及家庭（育儿补贴政策）')
Q('九连A', 'term', req=False)  # a quoted coinage like “六连增” (review.py): optional; no FIGURE
Q('六连A', 'term', req=False)
s(DEP, '国务院', ctx='获国务院通报', **SC)
# 一年来，我们贯彻党中央、国务院决策部署，按照自治区党委部署要求，…
s(DT, '一年来', False, value='2025', resolved='2025')  # relative time (prov2026-012.py)
F('一年', 1, '年', '', req=False, ctx='一年来')
s(DEP, '党中央', ctx='贯彻党中央', **CC)  # 党中央 standing alone (guide)
s(DEP, '国务院', ctx='国务院决策部署', **SC)
s(DEP, '自治区党委', ctx='按照自治区党委', **GXPC)  # README DEPARTMENT
# （一）不折不扣推动政策落地见效，巩固经济回升向好基础。 (list numbers none)
Q('两重', 'campaign')  # quoted policy names (round 5)
Q('两新', 'campaign')
F('近100条', 100, '条', '稳增长措施', ap='less_than')  # 近 inside (guide)
s(DEP, '中央', False, ctx='中央各类建设', level='central')  # 中央 alone (README): optional
F('超900亿元', 900 * YI, '元', '争取中央各类建设发展资金', ap='more_than')
F('900亿元', 900 * YI, '元', '争取中央各类建设发展资金', ap=MT, req=False)
s(DEP, '中央', False, ctx='中央转移支付', level='central')
F('4113.7亿元', 4113.7 * YI, '元', '争取中央转移支付资金')
F('5.6%', 5.6, '%', '中央转移支付资金同口径增长')
F('75亿元', 75 * YI, '元', '专门安排财政资金（加快项目落地建设）')
F('390个', 390, '个', '自治区重大项目开工')
F('437个', 437, '个', '自治区重大项目竣工')
F('117个', 117, '个', '推进设备更新项目')
U('以旧换新', 'term', req=False)  # a policy phrase (README): optional
F('529亿元', 529 * YI, '元', '消费品以旧换新拉动商品销售额')
F('12.5%', 12.5, '%', '旅游收入增长')
F('25%', 25, '%', '接待旅居养老人次增长')
F('超300亿元', 300 * YI, '元', '支持科技创新和制造业发展的减税降费及退税', ap='more_than')
F('300亿元', 300 * YI, '元', '支持科技创新和制造业发展的减税降费及退税', ap=MT, req=False)
F('4.2%', 4.2, '%', '实有经营主体增长', ctx='实有经营主体增长4.2%')
# （二）争创人工智能发展优势，激活创新动能。
s(DEP, '自治区党委', ctx='自治区党委、政府主要', **GXPC)
s(DEP, '政府', False, ctx='党委、政府主要', level='province', kind='state')  # 自治区政府 by ellipsis (prov2026-012.py: undecided)
Q('人工智能+', 'campaign')  # a quoted programme name (round 3)
s(DEP, '广西数据集团', False, **ENT)  # an enterprise (guide)
s(P, '广西', False, ctx='广西数据集团')  # a place at the start of a name (guide)
F('90天', 90, '天', '建成“南A中心”', req=False)  # a duration (guide)
Q('南A中心', 'term', req=False)  # the quoted name of a computing centre: undecided, optional
F('一批', 1, '批', '引进的北上广头部企业', req=False)  # 一批 (round 2)
s(P, '北上广', False, ctx='北上广头部')  # joined abbreviations (round 2)
F('208个', 208, '个', '新签约人工智能产业项目')
s(P, '南宁', False, ctx='南宁国际通信')  # a place at the start of a facility's name (guide)
s(DEP, '南宁国际通信业务出入口局', False, kind='state')  # a telecom facility / bureau: undecided
s(DEP, '广西人工智能学院', False, kind='university')  # universities (README)
s(P, '广西', False, ctx='广西人工智能学院')
F('16家', 16, '家', '建设的创新平台')
# 第22届东博会、峰会: an ordinal and events not used as times, no span (r39a 第１２届亚运会)
Q('AI唱主角、企业当主体', 'directive')  # a quoted requirement (guide)
Q('A超', 'term', req=False)  # the quoted name of a league: undecided, optional
F('上万支', WAN, '支', '“A超”联赛国内外参赛队伍', ap='about')  # 上N (guide)
asean('东盟语料库')  # inside the name of a corpus
F('8个', 8, '个', '开展大模型研发合作的东盟国家')
asean('东盟国家开展')
s(P, '越南', ctx='与越南合作'); s(P, '越南', ctx='在越南竣工')  # 首个: an ordinal
s(DEP, '上汽通用五菱', False, **ENT)  # an enterprise (guide); 首批 none
s(DEP, '工信部', level='central', kind='state', canonical='工业和信息化部')
F('4家', 4, '家', '新增工信部卓越级智能工厂')
F('12家', 12, '家', '新培育智能制造标杆企业')
F('39家', 39, '家', '新培育智能工厂')
asean('东盟欢迎')  # 国家肯定、东盟欢迎、市场认可
# 我区: not a place (guide 我省)
# （三）着力补链强链延链，壮大产业实力。
U('高质量发展', req=False, ctx='产业链高质量发展行动')  # a policy phrase (README SLOGAN): optional (fix after measurement)
F('22项', 22, '项', '推进的重大标志性工程')
Q('双百双新', 'campaign')  # a quoted programme name (round 2); no FIGURE
F('634个', 634, '个', '“双百双新”项目')
Q('千企技改', 'campaign')  # no FIGURE (numerals in slogans)
F('1026个', 1026, '个', '“千企技改”项目')
F('11.7%', 11.7, '%', '招商引资落地项目投资完成额增长')
F('超70%', 70, '%', '招商引资落地项目中制造业占比', ap='more_than')
F('70%', 70, '%', '招商引资落地项目中制造业占比', ap=MT, req=False)
s(P, '南丹关键金属高质量发展综合试验区', False)  # a zone (round 3), as in the earlier gold
s(P, '南丹', False, ctx='南丹关键金属')  # the place inside, optional (earlier gold)
U('高质量发展', req=False, ctx='关键金属高质量发展综合')  # a policy phrase inside a zone name (README): optional (fix)
s(DEP, '广西关键金属产业发展集团', False, **ENT)
s(P, '广西', False, ctx='广西关键金属产业')
F('超10亿元', 10 * YI, '元', '投资门槛（重大项目）', ap='more_than', req=False)  # a threshold (round 24, r39a)
F('10亿元', 10 * YI, '元', '投资门槛（重大项目）', ap=MT, req=False)
F('14个', 14, '个', '引进投资超10亿元重大项目')
F('16.9%', 16.9, '%', '有色金属产业产值增长')
s(DEP, '柳工', False, **ENT)  # an enterprise (earlier gold)
# 全球单机容量最大: none
s(DEP, '中石油', False, canonical='中国石油天然气集团有限公司', **ENT)  # an enterprise (guide)
Q('尖锋', 'campaign')  # 科技“尖锋”行动: a quoted programme name (guide)
F('82个', 82, '个', '实施科技“尖锋”行动重大项目')
F('102项', 102, '项', '突破重大技术')
F('一批', 1, '批', '实现首产首用的智能产品', req=False, ctx='一批智能产品')  # round 2
U('专精特新', req=False)  # unquoted: undecided (round 8); “小巨人” a designation of firms, none (guide)
F('7家', 7, '家', '新增国家级专精特新“小巨人”企业')
F('9家', 9, '家', '新增重点“小巨人”企业')
F('2家', 2, '家', '新增单项冠军企业')
# “瞪羚”企业: a quoted designation of enterprises, no SLOGAN (guide, like “小巨人”)
F('87家', 87, '家', '新增“瞪羚”企业')
F('35.1%', 35.1, '%', '工业对经济增长贡献率')
Q('压舱石', 'term', req=False)  # a quoted metaphor (earlier gold)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
