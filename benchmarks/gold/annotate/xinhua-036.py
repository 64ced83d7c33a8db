from _ann import DEP, DT, PE, SL, Ann, P

# Xi Jinping at the first session of the 19th G20 summit, on hunger and poverty,
# Rio de Janeiro, 18 Nov 2024 (news.cn text, paragraphs separated by `  `): the
# speech from 很高兴来到里约热内卢 to the closing 谢谢大家 (the photo caption, the
# dateline and the title lines left out). Annotated as traditional (OpenCC s2t).
A = Ann('xinhua-036', 231, 2257, script='traditional')
s = A.s
F = A.figure
U, Q = A.unquoted, A.quoted
INTL = {'kind': 'international'}
G20 = {'kind': 'international', 'canonical': '二十国集团'}
GOV_CN = {'level': 'central', 'kind': 'state', 'canonical': '中华人民共和国国务院'}


def g20(ctx):
    s(DEP, '二十国集团', False, ctx=ctx, **G20)  # an international organisation (round 1)


s(P, '里约热内卢', ctx='来到里约热内卢')
g20('出席二十国集团')
s(PE, '卢拉', title='总统', ctx='感谢卢拉总统')
s(DEP, '巴西政府', kind='state')  # the government of a named state (rounds 4, 6)
s(P, '巴西', False, ctx='巴西政府')
s(P, '中国', False, ctx='中国代表团')  # at the start of a delegation (round 4)
# 当今世界百年变局加速演进
U('百年变局', req=False)  # r7f
F('百年', 100, '年', '变局', req=False)
s(SL, '不畏浮云遮望眼', False, kind='quotation', quoted=False)  # a line of a poem
U('命运共同体意识', req=False)  # undecided (a variant of 人类命运共同体)
# 我曾在二十国集团领导人峰会上提出
g20('我曾在二十国集团')
U('更加包容、更加普惠、更有韧性的全球发展', req=False)
s(P, '中国', ctx='中国主办')
g20('主办二十国集团')
s(P, '杭州', False, ctx='杭州峰会')  # a place inside an event's name (rounds 4, 8)
# 首次: no FIGURE
g20('《二十国集团落实')  # entities inside titles of works optional (guide)
U('2030年可持续发展议程', req=False, ctx='落实2030年可持续发展议程')
s(DT, '2030年', False, ctx='2030年可持续发展议程行动')
g20('《二十国集团支持')
s(P, '非洲', False, ctx='支持非洲和最不发达')
s(P, '里约热内卢', False, ctx='这次里约热内卢峰会')
Q('构建公正的世界和可持续的星球')  # the summit's quoted theme
Q('消除饥饿贫困')  # the summit's quoted first topic
# “抗击饥饿与贫困全球联盟”: the quoted name of an international alliance, DEPARTMENT
# optional, no SLOGAN (r7h: “上海合作组织—阿富汗联络组”)
s(DEP, '抗击饥饿与贫困全球联盟', False, **INTL)
s(P, '杭州', ctx='从杭州到')
s(P, '里约热内卢', ctx='到里约热内卢')
F('一个', 1, '个', '目标', req=False, ctx='同一个目标')
U('建设一个共同发展的公正世界', req=False, ctx='即建设一个共同发展的公正世界')
F('一个', 1, '个', '公正世界', req=False, ctx='建设一个共同发展')
# 为了建设这样的世界 (four points)
Q('小院高墙', 'term', req=False)  # a quoted coinage
U('生态文明', req=False)
U('人与自然和谐共生', req=False)
U('普惠包容的经济全球化', req=False)  # r7f
U('多边主义', req=False)  # r7h
U('以联合国为核心的国际体系', req=False)
s(DEP, '联合国', False, ctx='以联合国为核心', **INTL)
# the second and third items of the same triple, optional like the first (slip fixed after the first measurement)
U('以国际法为基础的国际秩序', req=False)
U('以联合国宪章宗旨和原则为基础的国际关系基本准则', req=False)
U('联合国宪章宗旨和原则', req=False, ctx='以联合国宪章宗旨和原则为基础')  # round 4
s(DEP, '联合国', False, ctx='联合国宪章', **INTL)
# 中国发展是全球共同发展的重要组成部分
s(P, '中国', ctx='中国发展是')
s(P, '中国', ctx='中国已经实现')
F('8亿', 800000000, '', '贫困人口')  # a number before a noun without classifier (round 1)
F('8亿贫困人口', 800000000, '贫困人口', '贫困人口', req=False)
s(DEP, '联合国', False, ctx='联合国2030年', **INTL)
U('2030年可持续发展议程', req=False, ctx='联合国2030年可持续发展议程')
s(DT, '2030年', False, ctx='2030年可持续发展议程的减贫')  # inside the agenda's name (round 9)
# 这些成就不是天上掉下来的
s(DEP, '中国政府', **GOV_CN)  # round 4
s(P, '中国', False, ctx='中国政府')
s(P, '中国', ctx='中国人民勠力')  # 中国 in 中国人民 (round 3)
s(P, '中国', ctx='中国始终坚持以人民')
U('以人民为中心', req=False)  # undecided (round 5)
Q('决不能落下一个贫困地区、一个贫困群众', 'directive')  # a quoted pledge; its numerals no FIGURE
U('精准扶贫', req=False)  # undecided: the name of the poverty strategy, unquoted
U('因村、因户、因人施策', req=False)
Q('造血', 'term', req=False)
U('共同富裕', req=False)  # r7f
Q('结对子', 'term', req=False)
s(P, '中国', ctx='在中国的村')
s(DEP, '中央', False, ctx='省、中央工作')  # 中央 alone (round 1)
F('一个', 1, '个', '重要内容', req=False, ctx='的一个重要内容')  # articles (r7f)
F('一件', 1, '件', '大事', req=False, ctx='一件大事')
# 中国脱贫历程表明
s(P, '中国', ctx='中国脱贫历程')
U('滴水穿石、一张蓝图绘到底', req=False)  # an idiom and a set phrase; 一张 no FIGURE
s(P, '中国', ctx='中国可以成功')
s(P, '中国', ctx='这是中国成功')
U('脱贫攻坚战', req=False)  # round 6
# 中国始终是“全球南方”的一员
s(P, '中国', ctx='中国始终是“全球南方”')
Q('全球南方', 'term', req=False)  # undecided: a quoted designation of a group of countries
s(P, '全球南方', False)
s(P, '中国', ctx='中国不追求')
# 一枝独秀, 百花齐放: idioms, no FIGURE
s(P, '中国', ctx='宣布中国支持')
U('中国支持全球发展的八项行动', 'campaign', req=False)
F('八项', 8, '项', '行动', req=False)  # a count of the list that follows (round 9)
# 第一 … 第八: list numbers
Q('一带一路')
F('7000亿元人民币', 700000000000, '元人民币', '融资窗口')
F('7000亿元', 700000000000, '元', '融资窗口', req=False)
s(DEP, '丝路基金', False, kind='enterprise')  # a fund (like an enterprise)
F('800亿元人民币', 80000000000, '元人民币', '丝路基金新增资金')
F('800亿元', 80000000000, '元', '丝路基金新增资金', req=False)
U('绿色丝绸之路', req=False)
U('数字丝绸之路', req=False)
U('全球发展倡议')  # round 1
F('1100多个', 1100, '个', '发展项目', 'more_than')
s(DEP, '“全球南方”研究中心', False, kind='institute')  # a research centre (like institutes)
Q('全球南方', 'term', req=False)
s(P, '全球南方', False)
s(DEP, '研究中心', False, ctx='”研究中心')
F('200亿美元', 20000000000, '美元', '资金窗口')
s(P, '非洲', ctx='支持非洲发展')
s(DT, '今年9月', False, value='2024-09')
s(DT, '今年', False, resolved='2024')
s(DT, '9月', value='--09', resolved='2024-09')
s(DEP, '中非合作论坛', False, **INTL)
s(P, '中', False, ctx='中非合作论坛'); s(P, '非', False, ctx='非合作论坛')
s(P, '北京', False, ctx='北京峰会')  # a place inside an event's name (round 4)
s(DT, '未来3年', False)
F('3年', 3, '年', '十大伙伴行动', req=False)  # a duration
s(P, '非洲', ctx='同非洲携手')
U('十大伙伴行动', 'campaign', req=False)  # unquoted here
F('十大', 10, '', '伙伴行动', req=False)  # like 五大 in 五大开发区 (r7h)
F('3600亿元人民币', 360000000000, '元人民币', '资金支持额度')
F('3600亿元', 360000000000, '元', '资金支持额度', req=False)
# 第四
s(P, '中', False, ctx='中方决定')
s(DEP, '抗击饥饿与贫困全球联盟', False, ctx='“抗击饥饿与贫困全球联盟”，支持', **INTL)
s(DEP, '二十国集团发展部长会', False, **INTL)
g20('二十国集团发展部长会')
# 国际粮食减损大会: a conference, not annotated (r7h)
# 第五
s(P, '中国', ctx='中国同巴西')
s(P, '巴西', ctx='同巴西')
s(P, '南非')
s(DEP, '非盟', False, kind='international', canonical='非洲联盟')
Q('开放科学国际合作倡议')  # a quoted initiative (like “全球数据安全倡议”)
Q('全球南方', 'term', req=False, ctx='更多惠及“全球南方”')
s(P, '全球南方', False)
# 第六
g20('支持二十国集团开展')
Q('全球南方', 'term', req=False, ctx='造福“全球南方”')
s(P, '全球南方', False)
s(P, '北京', ctx='设在北京')
s(DEP, '二十国集团创业研究中心', False, **INTL)
g20('二十国集团创业研究中心')
# 第七
g20('落实二十国集团')
Q('反腐败行动计划', 'campaign')  # a quoted programme
# 第八
s(P, '中国', ctx='中国将完善')
U('高水平对外开放', req=False)
s(P, '中', False, ctx='中方已经宣布')
s(P, '中国', ctx='同中国建交')
F('100%', 100, '%', '税目产品零关税待遇')
s(DT, '2030年', value='2030', ctx='到2030年')
s(P, '中国', ctx='中国自发展中国家')
F('超过8万亿美元', 8000000000000, '美元', '自发展中国家累计进口额', 'more_than')
F('8万亿美元', 8000000000000, '美元', '自发展中国家累计进口额', 'exact|more_than', req=False)
# 各位同事！
s(P, '中国', ctx='中国人常说')  # 中国 in 全体中国人 (round 10)
s(SL, '千里之行，始于足下', False, kind='quotation', quoted=False)
F('千里', 1000, '里', '之行', req=False)  # inside a saying (万里 in 绵延万里, round 1)
s(P, '中', False, ctx='中方愿同')
U('建设一个共同发展的公正世界', req=False, ctx='建设一个共同发展的公正世界，让贫困')
F('一个', 1, '个', '公正世界', req=False, ctx='建设一个共同发展的公正世界，让贫困')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
