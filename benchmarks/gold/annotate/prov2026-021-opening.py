from _ann import DEP, DT, Ann, P

# 2026 government work report of Hunan, "三、关于2026年工作", between
# `prov2026-021-10443-12484` and `prov2026-021-16239-18367` (the paragraphs between
# left out): field (四) from foreign trade on (湘欧 / 湘非, “跨境贸易+海外仓”, “六外联动”,
# “一带一路”, 欧盟, 东亚, the business environment with its quoted actions), field (五)
# (regions: national strategies, 粤港澳大湾区, 长三角, 海南自贸港, cities, urbanisation,
# counties) and field (六) (rural revitalisation: “五千工程”, the sown area, the
# farmland, the programmes, “和美湘村”) with its closing sentences. Annotated as
# traditional (OpenCC s2t of the source). Cut after "…美好家园。", before (七).
A = Ann('prov2026-021', 14029, 16239, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000
MORE = 'more_than|at_least'
INTL = {'level': 'international', 'kind': 'international organisation'}


def yishang(t, v, u, subj, bare, ctx=None):
    """N以上: the span with 以上 required, the bare number optional (rounds 1, 3)."""
    sp = F(t, v, u, subj, ap=MORE, ctx=ctx)
    s('FIGURE', bare, False, at=sp['start'], value=v, approx='exact|' + MORE, unit=u, subject=subj)


def yipi(ctx, subj):
    s('FIGURE', '一批', False, ctx=ctx, value=1, approx='exact', unit='批', subject=subj)  # optional (round 2)


# 推动外贸外资稳量提质。
U('因地制宜', 'term', req=False)                      # round 23: optional wording
s(P, '湘欧', False)                                   # one-character abbreviations joined (undecided)
s(P, '湘非', False)
Q('跨境贸易+海外仓', 'campaign')                      # a quoted model (like “信用+执法”)
Q('六外联动')                                         # a quoted coded formula, no FIGURE
Q('一带一路')                                         # required (round 14)
U('产业出海先锋行动', 'campaign', req=False)          # unquoted programme with 行动 (round 23)
s(P, '湘', False, ctx='湘企')                         # one-character abbreviation alone
s(P, '湘', False, ctx='湘商')
s(P, '中国', False, ctx='中国侨商投资大会')           # at the start of an event's name
s(DEP, '欧盟', False, **INTL)                         # an international organisation (round 11: 东盟)
s(P, '欧盟', False)
s(P, '东亚', False)                                   # a region without fixed boundary
yipi('引进一批', '标志性外资项目')

# 推动营商环境持续优化。
Q('企业服务年', 'campaign')
Q('走找想促', 'campaign')                             # quoted action names (…等行动)
Q('送解优', 'campaign')
Q('法治护航', 'campaign')
Q('高效办成一件事', 'campaign')                       # no FIGURE
Q('湘易办', 'term', req=False)                        # a service platform (undecided, as before)
s(P, '湘', False, ctx='湘易办')
U('服务型政府', req=False)
Q('三化')                                             # a quoted coded formula, no FIGURE
Q('投资湖南', 'term', req=False)                      # a quoted regional brand (round 23: “品味新疆”)
s(P, '湖南', False, ctx='投资湖南')

# 改革开放，是突破现实困难的必由之路。…关键一招…一盘棋: none

# （五）强化区域协调联动发展。
s(DT, '新时代', False, ctx='落实新时代')              # an era (round 23): optional
U('中部地区崛起', req=False)                          # round 12
s(P, '中部地区', False)                               # a region without fixed boundary
U('长江经济带发展', req=False)
s(P, '长江经济带')                                    # the region itself (as in 推动长江经济带发展)
s(P, '长江', False, ctx='长江经济带发展')
s(P, '长江中游城市群', False)                         # an agglomeration with defined membership (undecided)
s(P, '长江', False, ctx='长江中游')
s(P, '粤港澳大湾区')
s(P, '长三角')                                        # standing alone (rounds 13, 14)
s(P, '海南自贸港', False)                             # a zone (round 3)
s(DEP, '海南自贸港', False)
s(P, '海南', False, ctx='海南自贸港')
s(P, '湘琼', False)                                   # abbreviations at the start of a park's name
s(P, '湘西北地区', False)                             # a region of the province (undecided, like 湘西)
s(P, '湘西北', False)
s(P, '成渝双城经济圈', False)                         # an economic circle (undecided)
s(P, '成渝', False)
s(P, '湘鄂渝黔毗邻地区', False)                       # abbreviations joined (undecided)
s(P, '湘鄂渝黔', False)
s(P, '湘赣边', False)                                 # the border region (undecided)
# 统筹推动区域共进。
s(P, '长株潭', False)                                 # joined abbreviations of three cities (as in -tasks)
s(P, '绿心中央公园', False)                           # a park (a venue)
s(P, '长沙')
s(P, '奥体中心', False)                               # a venue
s(P, '岳阳')
s(P, '衡阳')
s(DT, '新时代', False, ctx='落实新时代洞庭湖')       # an era: optional
s(P, '洞庭湖', False)                                 # inside the plan's name
s(P, '湘南', False)                                   # regions of the province (undecided)
s(P, '湘西', False, ctx='湘南湘西')
sp = s(P, '大湘西', False)
s(P, '湘西', False, at=sp['start'] + 1)                # inside the longer name (guide: nesting; slip fixed after the first measurement)
U('主体功能区战略', req=False)                        # like 主体功能区规划
# 加快推进新型城镇化。
U('潜力地区城镇化水平提升行动', 'campaign', req=False)
yishang('0.9个百分点以上', 0.9, '个百分点', '全省城镇化率提高', '0.9个百分点')
U('城市更新行动', 'campaign', req=False)
# 大力发展县域经济。
yipi('培育一批工业大县', '工业大县、农业强县、旅游名县')
U('因地制宜', 'term', req=False, ctx='因地制宜做大')
Q('一主一特')                                         # a quoted coded formula, no FIGURE
yipi('打造一批', '重点中心镇和特色产业强镇')

# （六）扎实促进乡村全面振兴。
Q('五千工程', 'campaign')                             # no FIGURE
Q('三农')                                             # round 18
F('7150万亩左右', 7150 * WAN, '亩', '粮食播种面积', ap='about')   # 稳定在 outside
yishang('400万亩以上', 400 * WAN, '亩', '推广种植镉低积累水稻', '400万亩')
yishang('300万亩以上', 300 * WAN, '亩', '新建和改造提升高标准农田', '300万亩')
U('粮食单产提升工程', 'campaign', req=False)           # unquoted programme names (round 13)
U('优质湘猪工程', 'campaign', req=False)
s(P, '湘', False, ctx='湘猪')
U('油料产能提升工程', 'campaign', req=False)
U('种业振兴行动', 'campaign', req=False)
# 第四次全国农业普查: an ordinal, no FIGURE
# 加快发展乡村特色产业。
s('FIGURE', '千亿', False, value=1e11, approx='exact', unit='', subject='优势特色产业')  # a scale class (round 3: 千亿级)
yipi('建设一批', '现代农业产业园、农业产业强镇')
yishang('1600个以上', 1600, '个', '新增流动供销乡村服务网点', '1600个')
yipi('培育一批国家', '国家林下经济示范基地')
Q('洞庭香+', 'term', req=False)                      # a quoted agricultural brand (round 23: regional brands)
s(P, '洞庭', False, ctx='洞庭香')
Q('湘字号', 'term', req=False)                        # a quoted designation of products
s(P, '湘', False, ctx='湘字号')
Q('出湘出海', 'directive')                            # a quoted goal (undecided kind)
s(P, '湘', False, ctx='出湘')
# 全力推动农民稳定增收。 “边” ×4: scare-quoted single words, none
Q('四个高于')                                         # a quoted numbered formula, no FIGURE
U('乡村振兴战略')                                     # the fixed name of a strategy (round 6)
# 深入推进“和美湘村”建设。
Q('和美湘村', 'campaign')
s(P, '湘', False, ctx='和美湘村')
yishang('90%以上', 90, '%', '农村卫生厕所普及率', '90%')
F('95%', 95, '%', '农村自来水普及率')                 # 提高到 outside
Q('四好农村路', 'campaign')                           # no FIGURE
F('220个', 220, '个', '新建省级美丽乡村')
U('文明乡风建设工程', 'campaign', req=False)
# 中国要强农业必须强，…: the country, required (round 23: 中国 inside 为中国人民谋幸福…)
U('中国要强农业必须强，中国要美农村必须美，中国要富农民必须富', 'quotation', req=False)
s(P, '中国', ctx='中国要强')
s(P, '中国', ctx='中国要美')
s(P, '中国', ctx='中国要富')

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
