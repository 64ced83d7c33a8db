from _ann import DEP, DT, SL, Ann, P

# Xi Jinping at the 70th anniversary of the Five Principles of Peaceful Coexistence
# (2024-06-28), from the fourth “——我们要汇聚共筑繁荣的动力” point to the end:
# three quoted proverbs (中国, 拉美, 阿拉伯), “一带一路”, the three global initiatives,
# 共商共建共享的全球治理观, 联合国, “全球南方” ×10 (optional, round 12) with the pledges
# (未来5年, 1000个 “和平共处五项原则卓越奖学金” 名额, 10万个, named funds, 1000万美元,
# 世界贸易组织, “中国项目”, a title in 《》, 2030年, 超过8万亿美元), 中国宪法, 中国式现代化,
# the hot spots (乌克兰危机, 巴以冲突, 朝鲜半岛, 伊朗, 缅甸, 阿富汗), the diplomatic
# wordings (亲诚惠容, 与邻为善、以邻为伴, 真实亲诚, 正确义利观), 14亿多中国人民,
# the closing quotation, 100年前, 70周年, 人类命运共同体. Simplified.
A = Ann('xinhua-056', 3343, 5600)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
INT = {'kind': 'international organisation'}
FP = '和平共处五项原则'


def five():
    """和平共处五项原则: the principles' fixed name (required, as in xinhua-056-0-1728); 五项原则 inside optional."""
    U(FP)
    U('五项原则', req=False)


def zhongfang(ctx):
    """中方: 中 optional (a one-character abbreviation, round 12); 中方 itself not annotated."""
    s(P, '中', False, ctx=ctx)


def quote2(t):
    """A quotation ending in 。 inside the marks: optional with and without the stop."""
    Q(t, 'quotation', req=False)
    Q(t[:-1], 'quotation', req=False)


# ——我们要汇聚共筑繁荣的动力。
s(P, '中国', ctx='中国有句古语')
quote2('仁者爱人，智者利人。')
s(P, '拉美')                                              # required (round 12)
Q('唯有益天下，方可惠本国', 'quotation', req=False)
s(P, '阿拉伯', False)                                     # 阿拉伯谚语: optional (round 12)
quote2('人心齐，火苗密；人心散，火不燃。')
U('经济全球化', 'term', req=False)                         # a policy phrase (round 1: optional)
U('普惠包容的经济全球化', req=False)                       # optional by earlier rounds
U('经济全球化', 'term', req=False, ctx='普惠包容的经济全球化')
Q('一带一路')
U('全球发展倡议')                                         # the initiative's fixed name: required
Q('地球村', 'term', req=False)                             # a quoted coinage
# ——我们要秉持公道正义的理念。
U('强权政治', 'term', req=False)                           # undecided
s(DEP, '联合国', False, ctx='联合国权威', **INT)
s(DEP, '联合国', False, ctx='联合国宪章', **INT)
U('联合国宪章宗旨和原则', req=False)                       # as in xinhua-056-0-1728
U('共商共建共享的全球治理观')                              # required (conventions)
U('真正的多边主义', req=False)                             # optional by earlier rounds
U('多边主义', 'term', req=False)
Q('胳膊粗', 'term', req=False)                             # a quoted coinage
# ——我们要展现开放包容的胸襟。
F('一条', 1, '条', '命运与共的大船', req=False)             # 同一条…大船: optional (round 2)
U('美美与共、交流互鉴', req=False)                         # a set phrase (undecided)
zhongfang('中方提出全球文明倡议')
U('全球文明倡议')
# 70年历史发展反复证明 …
F('70年', 70, '年', '历史发展', req=False)                  # a duration
# every “全球南方” of the passage: optional as SLOGAN (term) and as PLACE (round 12)
for sp in [x for x in range(len(A.simp)) if A.simp.startswith('“全球南方”', x)]:
    A.s(SL, '全球南方', False, at=sp + 1, kind='term', quoted=True)
    A.s(P, '全球南方', False, at=sp + 1)
A.cur = A.simp.find('人类命运共同体的前列')
U('人类命运共同体')
U('南南合作', 'term', req=False, ctx='深化南南合作')          # round 4: optional
U('南北对话', 'term', req=False)                            # undecided, like 南南合作
# 为更好支持“全球南方”合作，中方将设立“全球南方”研究中心 …
zhongfang('中方将设立')
s(DEP, '“全球南方”研究中心', False)                         # a research centre (round 12): optional
s(DEP, '全球南方”研究中心', False)
s(DEP, '研究中心', False, ctx='”研究中心')
s(DT, '未来5年', False)                                    # a relative time
F('5年', 5, '年', '', req=False, ctx='未来5年')               # a duration
F('1000个', 1000, '个', '“和平共处五项原则卓越奖学金”名额', ctx='提供1000个')
Q('和平共处五项原则卓越奖学金', 'campaign')                  # the quoted name of a programme (round 2)
U(FP, req=False)                                           # inside a quoted name: optional
U('五项原则', req=False)
F('10万个', 100000, '个', '研修培训名额')
U('“全球南方”青年领军者计划', 'campaign', req=False)         # an unquoted programme name with a quoted part (undecided)
U('全球南方”青年领军者计划', 'campaign', req=False)
U('青年领军者计划', 'campaign', req=False)
zhongfang('中方将继续')
s(DEP, '中国－联合国和平与发展基金', False)                  # a named fund (round 16): optional
s(P, '中国', False, ctx='中国－联合国和平')
s(DEP, '联合国', False, ctx='联合国和平与发展基金', **INT)
s(DEP, '全球发展和南南合作基金', False)
U('南南合作', 'term', req=False, ctx='全球发展和南南合作基金')
s(DEP, '气候变化南南合作基金', False)
U('南南合作', 'term', req=False, ctx='气候变化南南合作基金')
s(DEP, '落实全球发展倡议三方合作示范中心', False)             # a planned centre (round 12: optional)
s(DEP, '全球发展倡议三方合作示范中心', False)
U('全球发展倡议', req=False, ctx='全球发展倡议三方')     # inside a centre's name: optional (nesting; undecided)
zhongfang('中方将在')
s(DEP, '国际农业发展基金', False, **INT)                     # an international organisation (IFAD)
s(DEP, '南南及三方合作基金', False)
F('1000万美元', 10000000, '美元', '等值人民币捐款')
zhongfang('中方愿同')
s(DEP, '世界贸易组织', False, **INT)
U('促贸援助倡议', 'term', req=False)                        # the WTO's Aid for Trade (undecided)
Q('中国项目', 'campaign')                                   # the quoted name of a programme (round 2)
s(P, '中国', False, ctx='中国项目')                         # inside a quoted name
U('数字经济和绿色发展国际经贸合作框架倡议', 'term', req=False)   # a title in 《》 (undecided)
s(DT, '2030年', value='2030')
s(P, '中国', ctx='中国自发展中国家')
F('超过8万亿美元', 8000000000000, '美元', '中国自发展中国家累计进口额', ap='more_than')
F('8万亿美元', 8000000000000, '美元', '中国自发展中国家累计进口额', req=False)
# 和平共处五项原则早已载入中国宪法 …
five()
s(P, '中国', ctx='中国宪法')
s(P, '中国', ctx='中国独立自主')
U('独立自主和平外交政策', req=False)                         # round 3: optional
U('独立自主', req=False)
s(P, '中国', ctx='中国正在')
U('中国式现代化')                                          # 以中国式现代化全面推进… (round 5): required
s(P, '中国', False, ctx='中国式现代化')
U('强国建设、民族复兴', req=False)                           # optional by earlier rounds
U('新征程', 'term', req=False)
s(P, '中国', ctx='中国将继续')
five()
U('人类命运共同体')
# 中国走和平发展道路的决心不会改变。
s(P, '中国', ctx='中国走和平')
U('和平发展道路', req=False)
U('和平发展', 'term', req=False, ctx='走和平发展的人间正道')
s(P, '中国', ctx='中国是世界上')
s(P, '中国', ctx='中国特色的热点')                          # the country (not inside a formula)
s(P, '乌克兰')                                             # a country in a crisis name: required (README)
s(P, '巴以', False)                                        # joined abbreviations (round 12)
s(P, '朝鲜半岛')
s(P, '朝鲜', False)
s(P, '伊朗')
s(P, '缅甸')
s(P, '阿富汗')
s(P, '中国', ctx='中国力量')
F('一分', 1, '分', '中国力量每增长', req=False)              # an idiom-like measure (undecided)
F('一分', 1, '分', '世界和平希望增多', req=False, ctx='增多一分')
# 中国同各国友好合作的决心不会改变。
s(P, '中国', ctx='中国同各国')
s(P, '中国', ctx='中国促进大国')
U('和平共处、总体稳定、均衡发展的大国关系格局', req=False)   # a standard wording (undecided)
U('和平共处', 'term', req=False, ctx='和平共处、总体稳定')
s(P, '中国', ctx='中国坚持亲诚惠容')
U('亲诚惠容理念', req=False)                                # the neighbourhood-diplomacy formula (undecided)
U('亲诚惠容', req=False)
U('与邻为善、以邻为伴', req=False)                           # undecided
s(P, '中国', ctx='中国秉持')
U('真实亲诚理念', req=False)                                # undecided
U('真实亲诚', req=False)
U('正确义利观', req=False)                                  # undecided
s(P, '中国', ctx='中国践行')
U('真正的多边主义', req=False)
U('多边主义', 'term', req=False)
# 中国促进世界共同发展的决心不会改变。
s(P, '中国', ctx='中国促进世界')
s(P, '中国', ctx='中国经济')
U('高质量发展', 'term', req=False)                           # policy phrase (optional)
F('14亿多', 1400000000, '', '中国人民', ap='more_than')     # a number before a noun without classifier
F('14亿多中国人民', 1400000000, '', '中国人民', ap='more_than', req=False)
s(P, '中国', ctx='多中国人民')                               # 中国 in 中国人民: required (rounds 6/8)
F('一个', 1, '个', '巨大市场', req=False, ctx='形成一个')     # optional (round 2)
s(P, '中国', ctx='中国开放的大门')
U('全面深化改革', 'term', req=False)                         # optional by earlier rounds
U('制度型开放', 'term', req=False)
U('市场化、法治化、国际化', req=False)                        # undecided
Q('小院高墙', 'term', req=False)
Q('脱钩断链', 'term', req=False)
# the closing quotation (Li Dazhao's words, unnamed) …
quote2('历史的道路，不全是坦平的，有时走到艰难险阻的境界，这是全靠雄健的精神才能够冲过去的。')
s(P, '中国', ctx='中国革命先驱')
s(DT, '100年前', False)                                     # relative time
F('100年', 100, '年', '', req=False, ctx='100年前')           # a duration
five()
s('FIGURE', '70周年', False, value=70, approx='exact', unit='周年')   # an anniversary
U('人类命运共同体')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
