from _ann import DEP, DT, PE, Ann, P

# Round 34 (annotator r34c, blind). 2008 State Council government work report
# (gwr-033), range [19397, 21601) of the window [18935, 22693): the livelihood
# tasks of field (六) from 增加城乡居民收入 (今年1月1日, 连续三年), social security
# (广覆盖、保基本、多层次、可持续, 中央财政 2762亿元 / 458亿元, 全面建设小康社会), housing
# (四项措施, 68亿元 / 17亿元), field (七) culture (马克思主义中国化最新成果,
# 中国特色社会主义共同理想, the 民族精神 / 时代精神 pair, 社会主义荣辱观, the 二为 and
# 双百 wordings, the project names, “扫黄打非”, 全民健身活动) and the Olympics
# paragraph (2008年, 北京, 中国人民). Few figures; mostly formulas.
# Annotated as traditional: the gold is the OpenCC s2t form of the simplified
# source (same length); spans are decided on the simplified text.
A = Ann('gwr-033', 19397, 21601, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
FIG = 'FIGURE'
YI = 100000000
CENTRAL = {'level': 'central', 'kind': 'state'}


def today(ctx):
    """今年: a relative time (round 1), the report's year (as gwr-033-reform)."""
    s(DT, '今年', False, ctx=ctx, value='2008', resolved='2008')


def lastyear(ctx, t='去年'):
    """去年 / 上年: relative time, optional (README conventions: DATE)."""
    s(DT, t, False, ctx=ctx, value='2007', resolved='2007')


def zy(ctx):
    """中央 alone (中央财政): optional (rounds 1, 5, 7; as gwr-033-reform)."""
    s(DEP, '中央', False, ctx=ctx, **CENTRAL)


# 增加城乡居民收入 … 一是 … 五是 (list numbers: none); 国民收入, 农民工: none
today('从今年1月1日起')
s(DT, '今年1月1日', False, value='2008-01-01')                  # the longer form with the relative year (round 11 今年三月初: optional)
s(DT, '1月1日', value='--01-01', resolved='2008-01-01')         # month-day without year, resolved (guide; round 11)
s(FIG, '三年', False, ctx='连续三年', value=3, approx='exact', unit='年')   # a duration (README FIGURE: optional)
# 公务员 / 事业单位 / 最低工资制度 / 带薪年休假制度: generic nouns and system names, none

# 完善社会保障体系
U('广覆盖、保基本、多层次、可持续', 'directive', req=False)       # unquoted set wording of a 方针 (undecided, as round 10 / gwr-033-governance)
# 一要 … 四要: list numbers; 社会保障基金 (generic fund), 省级统筹: none
today('今年中央财政将安排')
zy('中央财政将安排')
F('2762亿元', 2762 * YI, '元', '中央财政社会保障支出（2008）')
lastyear('比上年增加458', '上年')                                 # as gwr-033-reform
F('458亿元', 458 * YI, '元', '中央财政社会保障支出比上年增加')
U('全面建设小康社会', req=False)                                 # a goal (round 2)

# 抓紧建立住房保障体系 … （1）（2）（3）: list numbers; 我国: deictic (round 17)
today('今年要采取四项措施')
s(FIG, '四项', False, value=4, approx='exact', unit='项', subject='措施')   # a count announcing a list (anaphoric counts: optional, README)
today('今年中央用于廉租住房')
zy('中央用于廉租住房')
F('68亿元', 68 * YI, '元', '中央用于廉租住房制度建设的资金（2008）')
lastyear('比去年增加17')
F('17亿元', 17 * YI, '元', '中央廉租住房资金比去年增加')
# 地方各级政府, 住房公积金制度, 房地产企业: generic, none

# （七）深化文化体制改革，推动文化大发展大繁荣 (list number)
U('马克思主义中国化最新成果', req=False)                          # undecided (round 7 list, jhsjk2020-030-points): optional
U('马克思主义中国化', 'term', req=False)                          # a process (README: optional)
U('马克思主义', req=False, ctx='马克思主义中国化最新')            # inside a longer designation: optional (guide nesting)
s(PE, '马克思', False, ctx='马克思主义中国化最新')                # a name inside a doctrine name (guide)
s(P, '中国', False, ctx='中国化最新')                             # inside 马克思主义中国化 (README: optional)
U('中国特色社会主义', req=False, ctx='中国特色社会主义共同理想')  # modifier of 共同理想 (round 2; as cpc-011-culture)
s(P, '中国', False, ctx='中国特色社会主义共同理想')
U('以爱国主义为核心的民族精神', req=False)                        # undecided (jhsjk2020-020, round 32): optional
U('以改革创新为核心的时代精神', req=False)                        # its pair, same reading (round 34: optional)
U('社会主义荣辱观', req=False)                                   # undecided: a concept's designation or a policy phrase (round 34)
U('和谐文化', 'term', req=False)                                  # policy phrase (README: optional)
U('公民道德建设工程', 'campaign', req=False)                      # a programme name (undecided, like the project names of round 2)
# 青少年思想道德建设, 文明创建活动: none (generic)
U('为人民服务、为社会主义服务', req=False)                        # r26c: optional
U('为人民服务', req=False, ctx='为人民服务、为社会主义服务')      # inside it (round 10, as cpc-011-culture)
U('百花齐放、百家争鸣', req=False)                                # r26c: optional as a pair
# 哲学社会科学, 新闻出版、广播影视、文学艺术: none; 公共文化服务体系: none
U('全国文化信息共享', 'campaign', req=False)                      # a project name (round 2: 全国文化信息资源共享工程 optional)
U('广播电视村村通', 'campaign', req=False)                        # a project name (round 2: optional)
U('农家书屋', 'campaign', req=False)                              # a project name, same reading (round 34)
U('农村电影放映工程', 'campaign', req=False)                      # a project name, same reading (round 34)
# 全国爱国主义教育示范基地: a class of sites, none
s(DT, '今明两年', False, value='2008/2009', resolved='2008/2009')  # relative time (README DATE: optional)
Q('扫黄打非', 'campaign')                                         # a quoted campaign name (guide: SLOGAN campaign)
U('全民健身活动', 'campaign', req=False)                          # as earlier gold (gwr-045)

# 2008年奥运会和残奥会即将在北京举办
s(DT, '2008年', value='2008')                                    # a year (guide); 奥运会 / 残奥会: events, none (round 32)
s(P, '北京', ctx='在北京举办')                                    # the host city, named
# 中华儿女: 中华 not annotated (round 7); 我国: deictic
s(P, '中国', ctx='中国人民同世界')                                # 中国 in 中国人民: required (round 5)
s(FIG, '一届', False, value=1, approx='exact', unit='届', subject='体育盛会')   # 一届 before a noun phrase (undecided: optional)

if __name__ == '__main__':
    A.write()
    A.review()
