from _ann import DEP, DT, PE, Ann, P

# Round 26 (r26b, blind): 2026 government work report of Ningxia (prov2026-007), range
# [7018, 9386): the five years' review (这五年…), from the economy (“1+1+9”, 5000亿元,
# 年均增长 figures, 万千瓦 / 万吨 capacities, 中兰高铁 and other projects, “宁夏二十一景”,
# 倍, 宁东 / 中卫, “十三五”, “六特”, “双中心”, 国家发展改革委) through national unity
# (自治区党委, “五个纳入”, “十个到位”, 习近平总书记, “黄河水甜、共产党亲、总书记好”), the
# environment (“1+4”, “四水四定”, “一河三山”, 黄河干流宁夏段, 贺兰山, 六盘山“山水工程”,
# 固原) to livelihood (“八项民生工程”, 6200多亿元, 万元 incomes, counts of schools and
# beds, 18℃→20℃, 闽宁协作, 闽宁镇, 中国). Traditional script (OpenCC s2t of the source),
# annotated on the simplified text.
A = Ann('prov2026-007', 7018, 9386, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000; YI = 100000000
MT = 'more_than|at_least'
EM = 'exact|more_than'
FIVE = {'value': '2021/2025', 'resolved': '2021/2025'}


def opt(t, v, u, subj='', ctx=None, ap='exact'):
    """An optional FIGURE (durations, counts after a closed list, scale classes)."""
    return A.figure(t, v, u, subj, ap=ap, req=False, ctx=ctx)


def pl(t, ctx=None):
    """A place at the start of a project / facility name, or a joined abbreviation: optional (round 25)."""
    s(P, t, False, ctx=ctx)


def gzl(ctx):
    """高质量发展: optional at every occurrence (round 2)."""
    U('高质量发展', 'term', req=False, ctx=ctx)


def sfd(ctx):
    """乡村振兴: optional (README)."""
    U('乡村振兴', req=False, ctx=ctx)


# 这五年，我区经济繁荣的基础更加坚实。
s(DT, '这五年', False, **FIVE)                               # a relative period (as 过去五年 in this article)
opt('五年', 5, '年', ctx='这五年，我区经济')                  # a duration inside 这五年 (README)
opt('五市', 5, '市', '', ctx='横盖五市')                     # undecided: a count in a set phrase
opt('五级', 5, '级', '', ctx='纵贯五级')                     # a count of levels (like 三级, this article)
Q('1+1+9')                                                  # a coded package (like “1+1+10”, this article)
gzl('高质量发展目标政策体系')
opt('5年', 5, '年', ctx='连续5年')                          # durations: optional (guide)
U('抓发展攻坚行动', 'campaign', req=False)                   # an unquoted action name (undecided)
opt('3年', 3, '年', ctx='连续3年召开')
gzl('民营经济高质量发展')                                     # a meeting's name: no span for the meeting
F('5000亿元', 5000 * YI, '元', '地区生产总值', EM)          # 跨越: a verb outside
F('5.7%', 5.7, '%', '地区生产总值年均增长')
F('5.6万元', 5.6 * WAN, '元', '人均地区生产总值（原）')
F('7.8万元', 7.8 * WAN, '元', '人均地区生产总值')
F('超过1万美元', 1 * WAN, '美元', '人均地区生产总值', 'more_than')
F('5.4%', 5.4, '%', '人均地区生产总值年均增长')
F('500亿元', 500 * YI, '元', '地方一般公共预算收入', EM)    # 突破 outside (guide)
F('5.2%', 5.2, '%', '地方一般公共预算收入年均增长')
U('扩大内需战略')                                            # a national strategy's fixed name (round 15)
U('扩大内需', req=False, ctx='扩大内需战略')                  # inside it: optional (round 1)
F('6.3%', 6.3, '%', '固定资产投资年均增长')
opt('4年', 4, '年', ctx='连续4年居全国前十')                 # 前十: a rank, none
F('1000万千瓦', 1000 * WAN, '千瓦', '国家光伏大基地')          # a capacity
s(DEP, '蒙牛乳业', False, kind='enterprise')                 # an enterprise (guide)
Q('灯塔工厂', 'term', req=False)                             # a quoted designation (undecided)
s(DEP, '赛迈科', False, kind='enterprise')
opt('300万吨级', 300 * WAN, '吨级', 'CCUS碳捕集利用项目')      # a scale class (round 4)
opt('100兆瓦级', 100, '兆瓦级', '地下压缩空气储能项目')
F('100吉瓦时', 100, '吉瓦时', '锂电池储能项目')                # a capacity
pl('中兰', ctx='中兰高铁'); pl('乌玛'); pl('银昆')           # joined abbreviations in road names
pl('宁夏', ctx='宁夏段和')                                   # a section name (undecided)
pl('黑山峡'); pl('黄河', ctx='黄河特大桥')                    # at the start of a bridge's name
Q('宁夏二十一景', 'campaign')                                # a quoted programme name; no FIGURE inside
s(P, '宁夏', False, ctx='宁夏二十一景')
# 5A级: a class, none
F('2.5倍', 2.5, '倍', '游客人次增长')                         # round 5
F('3倍', 3, '倍', '旅游花费增长', ctx='、3倍')
F('超过4000万吨', 4000 * WAN, '吨', '煤化工总产能', 'more_than')
F('460万吨', 460 * WAN, '吨', '煤制油年产量', EM)
# 全国第一 / 全国前列: ranks, none
s(P, '宁东', False)                                          # optional, like 宁东 in 宁东基地 (README)
s(P, '中卫', ctx='中卫精细')
F('9000万千瓦', 9000 * WAN, '千瓦', '电力总装机', EM)
F('63%', 63, '%', '新能源装机占比', EM)                      # 达: a verb (guide)
Q('十三五', 'period', req=False)
s(DT, '十三五', False, value='2016/2020')                     # relative / plan periods: optional (guide)
# 翻了一番: an idiom (guide)
F('超过760万千瓦', 760 * WAN, '千瓦', '新型储能', 'more_than')
F('近3万吨', 3 * WAN, '吨', '绿氢产能', 'less_than')
U('新一轮找矿行动', 'campaign', req=False)
F('360多亿吨', 360 * YI, '吨', '累计查明煤炭资源量', 'more_than')
F('2000多亿方', 2000 * YI, '方', '累计查明煤层气资源量', 'more_than')
F('1.4亿吨', 1.4 * YI, '吨', '煤炭产能', EM)
F('105个', 105, '个', '全国名特优新农产品')
Q('六特')                                                    # a quoted numbered formula; no FIGURE
Q('双中心')
F('3倍以上', 3, '倍', '数字经济营业收入、智算规模增长', MT)
opt('3倍', 3, '倍', '数字经济营业收入、智算规模增长', ctx='3倍以上', ap='exact|at_least')
# 全国首个: an ordinal, none
Q('互联网＋教育', 'campaign')                                 # quoted names of national pilots
Q('互联网＋医疗健康', 'campaign')
F('11%以上', 11, '%', '全社会研发经费投入年均增长', MT)
opt('11%', 11, '%', '全社会研发经费投入年均增长', ctx='11%以上', ap='exact|at_least')
# 3D, 国家科技进步奖一等奖, 首届: none
Q('国家卓越工程师团队', 'term', req=False)                   # a quoted honour (round 12: award names optional)
gzl('高质量发展综合指数')                                       # slip fixed after the first measurement (round 2)
F('6个', 6, '个', '先行区建设经验（方面）')
F('16条', 16, '条', '先行区建设经验')
s(DEP, '国家发展改革委', level='central', kind='state', canonical='国家发展和改革委员会')

# 这五年，我区民族团结的局面更加稳固。
s(DT, '这五年', False, ctx='这五年，我区民族', **FIVE)
opt('五年', 5, '年', ctx='这五年，我区民族')
U('新时代党的民族工作大政方针', req=False)                   # undecided (between 新时代党的治疆方略, required, and
                                                             # 新时代党的组织路线, optional): made optional after the first measurement
s(DT, '新时代', False)                                       # optional (README)
s(DEP, '自治区党委', level='province', kind='party', canonical='中共宁夏回族自治区委员会')
s(DEP, '政府', False, ctx='政府制定', level='province', kind='state')   # 自治区政府 by ellipsis: undecided
sp = U('铸牢中华民族共同体意识示范区', req=False)            # as in this article's earlier gold
U('铸牢中华民族共同体意识', req=False, at=sp['start'])
Q('五个纳入')                                                # quoted numbered formulas; no FIGURE
Q('十个到位')
Q('全国民族团结进步示范', 'campaign')                        # the quoted name of a 创建 programme
opt('两级', 2, '级', '市县', ctx='市县两级')                  # a count after a closed list (this article)
s(DEP, '人大常委会', False, ctx='提请人大常委会', kind="people's congress")  # 自治区 by ellipsis (round 4: bare 人大 optional)
# 自治区促进民族团结进步工作条例, 自治区宗教事务条例: titles of regulations, none
s(PE, '习近平', title='总书记')
Q('银川多民族社区居民亲如一家', 'quotation', req=False)      # a quoted statement (guide: quotation optional)
s(P, '银川', False)                                           # inside a quotation
Q('黄河水甜、共产党亲、总书记好')                            # a set phrase in quotes (formula)
s(P, '黄河', False, ctx='黄河水甜')
s(DEP, '共产党', False, ctx='共产党亲', kind='party')         # the Party as a whole, inside a slogan

# 这五年，我区环境优美的底色更加亮丽。
s(DT, '这五年', False, ctx='这五年，我区环境', **FIVE)
opt('五年', 5, '年', ctx='这五年，我区环境')
Q('1+4')                                                    # a coded set of documents
opt('3年', 3, '年', ctx='连续3年开展')
U('黄河流域生态保护主题宣传实践月活动', 'campaign', req=False)
pl('黄河流域', ctx='黄河流域生态保护主题'); pl('黄河', ctx='黄河流域生态保护主题')
Q('四水四定')
Q('十个全国第一')                                            # a quoted numbered formula; no FIGURE
F('1000多万亩', 1000 * WAN, '亩', '林草生态治理', 'more_than')
s(DEP, '中央', False, ctx='中央污染防治', level='central')      # rounds 1 and 5
Q('一河三山')
s(P, '黄河', ctx='黄河干流')
s(P, '宁夏', ctx='宁夏段水质')
opt('9年', 9, '年', ctx='连续9年')
pl('贺兰山东麓'); pl('贺兰山', ctx='贺兰山东麓')              # at the start of a project's name
s(P, '六盘山')                                                # the place of a quoted project
Q('山水工程', 'campaign')
pl('罗山')
s(P, '贺兰山', ctx='贺兰山生态保护修复经验')
s(DEP, '世界自然保护联盟', False, kind='international')       # an international organisation (guide)
s(P, '固原', ctx='固原实现')
Q('最不适宜人类居住的地区', 'quotation', req=False)
Q('自然城市', 'term', req=False)                             # a quoted designation
s(P, '宁夏', ctx='成为宁夏')

# 这五年，我区人民富裕的保障更加有力。
s(DT, '这五年', False, ctx='这五年，我区人民', **FIVE)
opt('五年', 5, '年', ctx='这五年，我区人民')
Q('八项民生工程', 'campaign')                                 # as in this article's earlier gold
Q('十小便民工程', 'campaign')
Q('十件群众急难愁盼事项', 'campaign')
F('75%以上', 75, '%', '用于民生的财力', MT)
opt('75%', 75, '%', '用于民生的财力', ctx='75%以上', ap='exact|at_least')
opt('5年', 5, '年', ctx='5年累计')
F('6200多亿元', 6200 * YI, '元', '民生累计投入', 'more_than')
F('超过41万人', 41 * WAN, '人', '城镇新增就业', 'more_than')
F('2.57万元', 2.57 * WAN, '元', '全体居民人均可支配收入（原）')
F('3.52万元', 3.52 * WAN, '元', '全体居民人均可支配收入')
F('6.5%', 6.5, '%', '全体居民人均可支配收入年均增长')
opt('4年', 4, '年', ctx='连续4年居全国前六')
F('366所', 366, '所', '新改扩建学校')
F('16万多个', 16 * WAN, '个', '新增教育学位', 'more_than')
Q('五个全覆盖')
F('3400多张', 3400, '张', '新增医疗床位', 'more_than')
F('3800多个', 3800, '个', '体育场地', 'more_than')
F('14.6%', 14.6, '%', '社保参保人数增长')
F('100%', 100, '%', '特困人员集中供养率、养老设施配建率', EM)
Q('五个一工程', 'campaign', req=False)                        # inside an award's name: optional (r13c)
F('20项', 20, '项', '大奖')
Q('西海固文学', 'term', req=False)                            # a quoted name of a literary phenomenon (undecided)
s(P, '西海固', False)
F('23万多户', 23 * WAN, '户', '改造老旧小区、抗震宜居农房', 'more_than')
F('100多万', 100 * WAN, '', '群众', 'more_than')             # a number before a noun (guide)
opt('一批', 1, '批', '小公园、小市场', ctx='一批小公园')       # round 2
Q('十小项目', 'campaign')
F('7万多个', 7 * WAN, '个', '新增免费停车位', 'more_than')
Q('办证难', 'term', req=False)                                # quoted coinages
F('24万多户', 24 * WAN, '户', '不动产登记问题', 'more_than')
Q('屋子冷', 'term', req=False)
F('18℃', 18, '℃', '城市居民起居室供热标准（原）')
F('20℃', 20, '℃', '城市居民起居室供热标准')
sfd('乡村振兴实效')
sfd('同乡村振兴有效衔接')
opt('五年', 5, '年', ctx='五年过渡期')
pl('闽宁', ctx='闽宁协作取得')                                # joined abbreviations (闽 + 宁)
pl('闽宁', ctx='闽宁产业园')
F('12个', 12, '个', '闽宁产业园')
sfd('乡村振兴示范村')
F('148个', 148, '个', '乡村振兴示范村')
opt('百万', 100 * WAN, '', '移民', ctx='百万移民')           # undecided: a round number naming a group
F('8.8%', 8.8, '%', '百万移民收入年均增长')
s(P, '闽宁镇')
Q('全国脱贫攻坚楷模', 'term', req=False)                       # an honorary title (guide: not a SLOGAN; optional)
# 《山海情》: a title of a work, none
s(P, '中国', ctx='中国脱贫攻坚故事')
pl('闽宁', ctx='闽宁协作故事')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
