from _ann import DEP, DT, PE, SL, Ann, P, all_occ

# Xi Jinping at the general debate of the 75th UN General Assembly, 22 Sep 2020
# (jhsjk text, one line, no paragraph breaks): from the second 主席先生！ (the
# four lessons of the epidemic: community, globalisation, green transition with
# the 2030 / 2060 targets, global governance) through China's pledges (14亿,
# the UN funds and centres, 5000万美元 ×2, 2025年) to the close, the Xinhua
# dateline and the People's Daily source line. Simplified.
A = Ann('jhsjk2020-012', 826, 2726)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
INTL = {'kind': 'international'}

# whole-passage optional spans first
all_occ(A, SL, '经济全球化', False, kind='formula', quoted=False)    # r7j: optional at every occurrence
all_occ(A, SL, '和平发展合作共赢', False, kind='formula', quoted=False)   # r7h: 和平、发展、合作、共赢 optional
A.cur = 0

def cn(ctx):
    """中国 as the country (rounds 3, 5, 8): required."""
    s(P, '中国', ctx=ctx)

def agenda(ctx):
    """《联合国2030年可持续发展议程》: a title; everything inside it optional (guide, round 9)."""
    s(SL, '联合国2030年可持续发展议程', False, ctx=ctx, kind='campaign', quoted=False)
    s(DEP, '联合国', False, **INTL)
    U('2030年可持续发展议程', 'campaign', req=False)
    s(DT, '2030年', False, value='2030')

# 主席先生！人类社会发展史，就是一部不断战胜各种挑战和困难的历史。
F('一部', 1, '部', '历史', req=False)          # an article (round 8)
# 新冠肺炎疫情全球大流行和世界百年未有之大变局相互影响，但和平与发展的时代主题没有变
U('世界百年未有之大变局')                      # the longest form (round 5)
U('百年未有之大变局', req=False)
F('百年', 100, '年', '世界百年未有之大变局', req=False)   # round 12
U('和平与发展', req=False)                      # undecided: the standard 时代主题 wording
# 新冠肺炎疫情不会是人类面临的最后一次危机
F('一次', 1, '次', '危机', req=False)            # an article
# 第一，…我们生活在一个互联互通、休戚与共的地球村里。
F('一个', 1, '个', '地球村', req=False)
# 我们要树立你中有我、我中有你的命运共同体意识 … 树立大家庭和合作共赢理念
U('你中有我、我中有你', req=False)              # undecided: a set wording
U('命运共同体意识', req=False)                  # r7l
U('命运共同体', req=False)                      # r7h
U('合作共赢', req=False, ctx='合作共赢理念')    # r7r
# 第二，…像鸵鸟一样…或像堂吉诃德一样挥舞长矛
s(PE, '堂吉诃德', False)                        # a fictional character (r7f: 悟空, 哪吒)
# 我们要秉持开放包容理念，坚定不移构建开放型世界经济，维护以世界贸易组织为基石的多边贸易体制
U('开放包容', req=False)                        # undecided
U('开放型世界经济', req=False)                  # r7j
U('以世界贸易组织为基石的多边贸易体制', req=False)   # r7j: 以世贸组织为核心的多边贸易体制
s(DEP, '世界贸易组织', False, **INTL)          # an international body (round 1)
U('多边贸易体制', req=False)
U('单边主义', req=False)                        # round 5
U('保护主义', req=False)
# 第三，…人类需要一场自我革命
F('一场', 1, '场', '自我革命', req=False)
U('自我革命', req=False)                        # r7f
# 应对气候变化《巴黎协定》… (a treaty title: no label; the place inside optional)
s(P, '巴黎', False)
# 中国将提高国家自主贡献力度 … 二氧化碳排放力争于2030年前达到峰值，努力争取2060年前实现碳中和。
cn('中国将提高')
s(DT, '2030年前', False, value='2030')
s(DT, '2030年', value='2030')
s(DT, '2060年前', False, value='2060')
s(DT, '2060年', value='2060')
U('碳中和', req=False)                          # like 碳达峰 (round 4)
# 各国要树立创新、协调、绿色、开放、共享的新发展理念
sp = U('创新、协调、绿色、开放、共享')          # the listed wording (round 7)
U('创新、协调、绿色、开放、共享的新发展理念', req=False, at=sp['start'])
U('新发展理念', ctx='共享的新发展理念')        # the formula's name
U('新一轮科技革命和产业变革', req=False)        # r7h
Q('绿色复苏', 'term', req=False)                # a quoted coinage
# 第四，…我们要坚持走多边主义道路，维护以联合国为核心的国际体系。
U('多边主义', req=False)                        # r7h
U('以联合国为核心的国际体系', req=False)        # r7j
s(DEP, '联合国', False, ctx='以联合国为核心', **INTL)
# 全球治理应该秉持共商共建共享原则，推动各国权利平等、机会平等、规则平等
U('共商共建共享原则')                          # r7h: the fixed name of a principle
U('共商共建共享', req=False)
U('权利平等、机会平等、规则平等', req=False)    # undecided
# 主席先生！今年以来，14亿中国人民不畏艰难、上下同心
s(DT, '今年以来', False, value='2020', resolved='2020')
s(DT, '今年', False, value='2020', resolved='2020')
F('14亿', 1400000000, '', '中国人民')           # a number before a noun without classifier (round 1)
F('14亿中国人民', 1400000000, '', '中国人民', req=False)
cn('中国人民不畏')
# 我们有信心如期全面建成小康社会 … 提前10年实现《联合国2030年可持续发展议程》减贫目标。
U('全面建成小康社会', req=False)                # a goal (round 6)
F('10年', 10, '年', '提前实现减贫目标的时间', req=False)   # a duration
agenda('联合国2030年可持续发展议程》减贫')
# 中国是世界上最大的发展中国家，走的是和平发展、开放发展、合作发展、共同发展的道路。
cn('中国是世界上')
U('和平发展、开放发展、合作发展、共同发展', req=False)   # undecided
# … 将逐步形成以国内大循环为主体、国内国际双循环相互促进的新发展格局，为中国经济发展开辟空间
U('以国内大循环为主体、国内国际双循环相互促进的新发展格局', req=False)   # the definition with the name (round 5)
U('以国内大循环为主体', req=False)
U('国内大循环', 'term', req=False)
U('国内国际双循环', 'term', req=False)
U('双循环', 'term', req=False)
U('新发展格局', ctx='相互促进的新发展格局')    # required also inside its definition (round 5)
cn('中国经济发展')
# 中国将继续做世界和平的建设者、全球发展的贡献者、国际秩序的维护者。
cn('中国将继续')
U('世界和平的建设者、全球发展的贡献者、国际秩序的维护者', req=False)   # undecided: standard wording
# 为支持联合国在国际事务中发挥核心作用，我宣布：
s(DEP, '联合国', False, ctx='支持联合国在', **INTL)
# ——中国将向联合国新冠肺炎疫情全球人道主义应对计划再提供5000万美元支持；
cn('中国将向')
U('联合国新冠肺炎疫情全球人道主义应对计划', 'campaign', req=False)   # an unquoted plan name
s(DEP, '联合国', False, ctx='联合国新冠肺炎', **INTL)
F('5000万美元', 50000000, '美元', '向联合国新冠肺炎疫情全球人道主义应对计划提供的支持')
# ——中国将设立规模5000万美元的第三期中国—联合国粮农组织南南合作信托基金；
cn('中国将设立规模')
F('5000万美元', 50000000, '美元', '第三期中国—联合国粮农组织南南合作信托基金规模')
s(DEP, '中国—联合国粮农组织南南合作信托基金', False, kind='fund')   # a fund (r7l: 丝路基金)
s(P, '中国', False, ctx='中国—联合国粮农组织')   # at the start of the fund's name
s(DEP, '联合国粮农组织', False, **INTL)
s(DEP, '联合国', False, ctx='联合国粮农组织', **INTL)
U('南南合作', req=False)                        # round 4
# ——中国—联合国和平与发展基金将在2025年到期后延期5年；
s(DEP, '中国—联合国和平与发展基金', False, kind='fund')
s(P, '中国', False, ctx='中国—联合国和平')
s(DEP, '联合国', False, ctx='联合国和平与发展基金', **INTL)
s(DT, '2025年', value='2025')
F('5年', 5, '年', '基金延期', req=False, ctx='延期5年')   # a duration
# ——中国将设立联合国全球地理信息知识与创新中心和可持续发展大数据国际研究中心，为落实《联合国2030年可持续发展议程》提供新助力。
cn('中国将设立联合国')
s(DEP, '联合国全球地理信息知识与创新中心', False, **INTL)   # round 7: optional
s(DEP, '联合国', False, ctx='联合国全球地理', **INTL)
s(DEP, '可持续发展大数据国际研究中心', False, kind='institute')   # a research centre
agenda('联合国2030年可持续发展议程》提供')
# 让我们团结起来，坚守和平、发展、公平、正义、民主、自由的全人类共同价值，推动构建新型国际关系，推动构建人类命运共同体
U('和平、发展、公平、正义、民主、自由', req=False)   # round 8
U('全人类共同价值', req=False)
U('新型国际关系', req=False)
U('人类命运共同体')
# （新华社北京9月22日电）《 人民日报 》（ 2020年09月23日 03 版）
s(DEP, '新华社', False, kind='media')
s(P, '北京', ctx='新华社北京')
s(DT, '9月22日', value='--09-22', resolved='2020-09-22')
s(DEP, '人民日报', False, kind='media')
s(DT, '2020年09月23日', value='2020-09-23')    # round 4; 03 版 is no figure

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
