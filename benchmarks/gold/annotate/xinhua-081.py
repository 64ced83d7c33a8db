from _ann import DEP, DT, PE, SL, Ann, P, all_occ

# Xi Jinping's speech at the 15th BRICS summit, Johannesburg, 23 Aug 2023 (news.cn text,
# paragraphs separated by `　　`, no line breaks): the whole text: the photo caption (当地时间8月23日,
# 约翰内斯堡杉藤会议中心, the five leaders with their titles, 新华社 photo credit 李学仁), the
# dateline and heading (2023年8月23日), the salutation, the review of BRICS cooperation, the
# four “——我们要…” points (不足3%, the quoted platforms and mechanisms, “脱钩断链”, 乌克兰危机,
# the quoted coinages, 联合国 / 世贸组织 / 新开发银行) and the close (非洲大陆, two sayings).
A = Ann('xinhua-081', 0, 2303, script='traditional')
s = A.s
F = A.figure
t = A.simp
INT = {'kind': 'international organisation'}
MEDIA = {'kind': 'media'}
DAY = {'value': '--08-23', 'resolved': '2023-08-23'}

# BRICS (金砖国家, and 金砖 alone as the modifier of 合作 / 精神 / 大家庭 / 伙伴 …): a grouping of
# states, an international body (guide: optional), at every occurrence. 中 in 中方: optional
# (one-character abbreviation used alone, round 2).
all_occ(A, DEP, '金砖国家', False, **INT)
all_occ(A, DEP, '金砖', False, **INT)
i = t.find('中方')
while i >= 0:
    s(P, '中', False, at=i)
    i = t.find('中方', i + 1)
A.cur = 0

# The photo caption
s(DT, '8月23日', **DAY)
s(DT, '8月23日上午', False)
s(P, '约翰内斯堡杉藤会议中心', False)  # a venue (round 1: optional)
s(P, '约翰内斯堡')  # the city at the start of the venue name: named city, required (round 3: airports)
s(P, '杉藤会议中心', False)
s(P, '南非', False)  # a country in a position title (round 1: optional)
s(PE, '拉马福萨', title='总统')
s(P, '中国', False, ctx='中国国家主席')  # a country in a position title
s(PE, '习近平', title='国家主席')
s(P, '巴西', False)
s(PE, '卢拉', title='总统')
s(P, '印度', False)
s(PE, '莫迪', title='总理')
s(P, '俄罗斯', False)
s(PE, '普京', title='总统')
s(PE, '习近平')
s(SL, '团结协作谋发展　勇于担当促和平', False, kind='term', quoted=True)  # the speech title (round 8: optional)
s(DEP, '新华社', False, **MEDIA)
s(PE, '李学仁')  # the photo credit (round 1: required)
# The dateline and heading
s(DEP, '新华社', False, **MEDIA)
s(P, '约翰内斯堡')
s(DT, '8月23日', **DAY)
s(SL, '团结协作谋发展　勇于担当促和平', False, kind='term', quoted=False)
s(DT, '2023年8月23日', value='2023-08-23')
s(P, '约翰内斯堡')
s(P, '中华人民共和国', False)
s(PE, '习近平', title='中华人民共和国主席')
# The salutation
s(PE, '拉马福萨', title='总统')
s(PE, '卢拉', title='总统')
s(PE, '普京', title='总统')
s(PE, '莫迪', title='总理')
s(P, '约翰内斯堡')
s(P, '非洲')  # a continent (round 4)
s(PE, '拉马福萨', title='总统')
s(DEP, '南非政府', level='central', kind='state')  # the government of a named state (rounds 4, 6)
s(P, '南非', False)
s(SL, '新的动荡变革期', False, kind='term', quoted=False)
s(SL, '大调整、大分化、大重组', False, kind='formula', quoted=False)  # undecided: a wording, no fixed designation
s(SL, '开放包容、合作共赢的金砖精神', False, kind='formula', quoted=False)
s(SL, '开放包容、合作共赢', False, kind='formula', quoted=False)
s(SL, '金砖精神', False, kind='formula', quoted=False)  # a named spirit (round 4: 万隆精神, optional)
F('五', 5, '', '国（金砖国家）', req=False)  # anaphoric count (round 2): the five BRICS states
s('FIGURE', '五国', False, value=5, approx='exact', unit='国')
s(SL, '独立自主外交政策', False, kind='formula', quoted=False)
s(SL, '高质量伙伴关系', False, kind='formula', quoted=False)
# —— 1: economy and finance
# “专利”: a scare-quoted single word, not annotated (guide).
s(DT, '今年', False, resolved='2023')
F('不足3%', 3, '%', '今年世界经济增长（国际机构预测）', ap='less_than')  # 不足 like 不到 (guide)
s('FIGURE', '3%', False, value=3, approx='exact|less_than', unit='%')
s(SL, '可持续发展目标', False, kind='formula', quoted=False)
s(SL, '脱钩断链', False, kind='term', quoted=True)  # a quoted coinage (round 1)
s(P, '中国', ctx='中国将设立')
# Quoted names of planned platforms and mechanisms: like the quoted centre name in xinhua-058
# (optional DEPARTMENT, optional SLOGAN kind term), the places inside optional.
s(SL, '中国－金砖国家新时代科创孵化园', False, kind='term', quoted=True)
s(DEP, '中国－金砖国家新时代科创孵化园', False, **INT)
s(P, '中国', False, ctx='中国－金砖')
s(DEP, '金砖国家遥感卫星星座合作机制', False, **INT)
s(SL, '金砖国家全球遥感卫星数据与应用合作平台', False, kind='term', quoted=True)
s(DEP, '金砖国家全球遥感卫星数据与应用合作平台', False, **INT)
s(SL, '金砖国家可持续产业交流合作机制', False, kind='term', quoted=True)
s(DEP, '金砖国家可持续产业交流合作机制', False, **INT)
s(DEP, '联合国', False, ctx='联合国2030年', **INT)
s(SL, '联合国2030年可持续发展议程', False, kind='campaign', quoted=False)
s(SL, '2030年可持续发展议程', False, kind='campaign', quoted=False)
s(DT, '2030年', False, value='2030')  # a year inside a programme name (round 9: optional)
# —— 2: politics and security
s(SL, '利莫大于治，害莫大于乱。', False, kind='quotation', quoted=True)
s(SL, '利莫大于治，害莫大于乱', False, kind='quotation', quoted=True)
s(SL, '冷战思维', False, kind='formula', quoted=False)  # xinhua-014
s(P, '乌克兰')  # the country named in the crisis's name (round 10: 朝鲜内战, 朝鲜战场 required)
s(SL, '拱火浇油', False, kind='term', quoted=True)
s(SL, '金砖国家战略伙伴关系', False, kind='formula', quoted=False)
# 金砖国家外长会晤, 安全事务高级代表会议: meetings, not annotated (r7h: forums and conferences).
s(DEP, '人工智能研究组', False, **INT)  # a BRICS working body (international bodies optional)
# —— 3: people-to-people exchange
s(SL, '和平共处、和合共生', False, kind='formula', quoted=False)
# 金砖国家治国理政研讨会、人文交流论坛、女性创新大赛: events and forums, not annotated.
s(DEP, '职业教育联盟', False, **INT)  # a BRICS alliance: international body, optional
# —— 4: global governance
s(SL, '联合国宪章宗旨和原则', False, kind='formula', quoted=False)  # round 4: optional
s(DEP, '联合国', False, ctx='联合国宪章', **INT)
s(SL, '家法帮规', False, kind='term', quoted=True)
s(SL, '真正的多边主义', False, kind='formula', quoted=False)  # xinhua-014
s(SL, '以联合国为核心的国际体系', False, kind='formula', quoted=False)  # xinhua-014
s(DEP, '联合国', False, ctx='以联合国为核心', **INT)
s(SL, '以世贸组织为核心的多边贸易体制', False, kind='formula', quoted=False)
s(DEP, '世贸组织', False, **INT)
s(SL, '小圈子', False, kind='term', quoted=True)
s(SL, '小集团', False, kind='term', quoted=True)
s(DEP, '新开发银行', False, **INT)  # the BRICS bank (like 上海合作组织开发银行, xinhua-014)
s(SL, '开放包容、合作共赢的金砖精神', False, kind='formula', quoted=False)
s(SL, '开放包容、合作共赢', False, kind='formula', quoted=False)
s(SL, '金砖精神', False, kind='formula', quoted=False)
# The close
s(P, '非洲大陆')  # the longest name (xinhua-014: 亚欧大陆 required)
s(P, '非洲', False)
s(P, '非洲', ctx='非洲有句谚语')
s(SL, '独行快，众行远。', False, kind='quotation', quoted=True)
s(SL, '独行快，众行远', False, kind='quotation', quoted=True)
s(SL, '乌班图精神', False, kind='formula', quoted=False)  # a named spirit (undecided, like 万隆精神)
s(SL, '我们在故我在', False, kind='quotation', quoted=True)
s(SL, '和合共生、天下大同', False, kind='formula', quoted=False)
s(DT, '千百年来', False)
s(SL, '人类命运共同体', kind='formula', quoted=False)  # round 1: required
s(SL, '人类命运共同体理念', False, kind='formula', quoted=False)

if __name__ == '__main__':
    import sys
    A.write()
    if '--review' in sys.argv:
        A.review()
