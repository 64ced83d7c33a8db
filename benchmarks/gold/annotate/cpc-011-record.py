from _ann import CC, DEP, DT, PE, SL, Ann, P

# Round 27 (annotator r27b). 16th CPC National Congress report (2002), range
# [705, 3067) of the window [0, 4828): section 一, the record of 1997–2002 from
# “国民经济持续快速健康发展” to the thanks of the Central Committee: the economy
# (扩大内需, 亚洲金融危机, 西部大开发, “九五” / “十五”), reform (世贸组织), defence
# (人民解放军 / 武警 / 民兵), “八七”扶贫攻坚计划, reunification (澳门 / 香港 and their
# basic laws, “一国两制”, 海峡两岸, “台独”), Party building (“三个代表” ×2, “三讲”), 十五大
# ×3, the shortcomings, the thirteen years since 一九八九年十三届四中全会 (二十世纪八十年代末
# 九十年代初, 东欧 / 苏联, 党中央, 邓小平 ×2, 十四大, 二十一世纪), the record of the
# thirteen years (二００一年, 九万五千九百三十三亿元, 一九八九年, 近两倍, 百分之九点三,
# 第六位) and the thanks (中共中央, 香港特别行政区 / 澳门特别行政区 / 台湾, 中国).
# Traditional script: the gold text is OpenCC s2t of the simplified source.
# (Replaces the blind gold cpc-011-449-2524 of commit 24cea9b: a count of labels per
# character after that commit showed the range ending at the thanks to be denser; the
# spans of the overlap were kept as decided blind.)
A = Ann('cpc-011', 705, 3067, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
CPC = {'level': 'central', 'kind': 'party'}
PLA = {'level': 'central', 'kind': 'state', 'canonical': '中国人民解放军'}
PAP = {'level': 'central', 'kind': 'state', 'canonical': '中国人民武装警察部队'}


def dxp(req, ctx):
    """邓小平理论: the doctrine required, optional as the modifier of 旗帜 / 的+noun (rounds 2, 6); the person inside optional."""
    sp = U('邓小平理论', req=req, ctx=ctx)
    s(PE, '邓小平', False, at=sp['start'])


def banner(ctx):
    """高举邓小平理论伟大旗帜: the theme wording optional (round 6), the doctrine inside a modifier."""
    U('高举邓小平理论伟大旗帜', req=False, ctx=ctx)
    dxp(False, ctx)


def cssz(ctx, tail):
    """中国特色社会主义 + noun: optional as a modifier (round 2), with 中国 inside optional."""
    sp = U('中国特色社会主义' + tail, req=False, ctx=ctx)
    if tail:
        U('中国特色社会主义', req=False, at=sp['start'])
    s(P, '中国', False, at=sp['start'])


def congress15(ctx, actor=False):
    """十五大: an event as a time (cpc-011-goals), and as DEPARTMENT where it acts (cpc-010-review): optional."""
    s(DT, '十五大', False, ctx=ctx)
    if actor:
        s(DEP, '十五大', False, ctx=ctx, **CPC)


def sme(ctx):
    """社会主义市场经济体制 with 社会主义市场经济 inside: optional terms (round 6, cpc-010-review)."""
    sp = U('社会主义市场经济体制', 'term', req=False, ctx=ctx)
    U('社会主义市场经济', 'term', req=False, at=sp['start'])


def sandai(ctx, whole, k='formula'):
    """“三个代表”…: the quoted 三个代表 required, the whole optional (round 7)."""
    sp = s(SL, whole, False, ctx=ctx, kind=k, quoted=False)
    Q('三个代表', at=sp['start'] + 1)


# 国民经济持续快速健康发展。实施扩大内需的方针，…
U('扩大内需', req=False)                                       # a policy phrase (conventions)
U('积极的财政政策', 'term', req=False)                         # a policy name (earlier rounds: optional)
U('稳健的货币政策', 'term', req=False)                         # idem
s(P, '亚洲', False, ctx='亚洲金融危机')                        # a place at the start of an event name: optional (decided here)
F('一大批', 1, '批', '基础设施工程', req=False)                # like 一批 (round 2): optional
U('西部大开发', 'campaign')                                    # the strategy's fixed name (gwr-041)
s(P, '西部', False, ctx='西部大开发')
sp = s(DT, '九五', False, value='1996/2000', ctx='“九五”计划胜利')   # five-year-plan periods: optional
Q('九五', 'period', req=False, at=sp['start'])
sp = s(DT, '十五', False, value='2001/2005', ctx='“十五”计划开局')
Q('十五', 'period', req=False, at=sp['start'])

# 改革开放取得丰硕成果。社会主义市场经济体制初步建立。…
U('改革开放', 'term', req=False, ctx='改革开放取得丰硕成果')   # policy phrase (cpc-010-review)
sme('社会主义市场经济体制初步建立')
# 公有制经济, 非公有制经济, 宏观调控体系, 政府机构, 开放型经济: none
s(DEP, '世贸组织', False, kind='international organisation', canonical='世界贸易组织')   # international organisation (conventions)

# 社会主义民主政治和精神文明建设成效显著。…
U('爱国统一战线', 'term', req=False)                          # optional (cpc-010, cpc-011)
# 社会治安综合治理, 计划生育: none

# 国防和军队建设迈出新步伐。…
s(DEP, '人民解放军', **PLA)                                    # the army by its name (round 6: required)
U('革命化现代化正规化', req=False)                             # standard wording (cpc-011-defence: undecided)
# 军队: generic
s(DEP, '武警', **PAP)                                          # short name of 武警部队 (required as 武警部队 in earlier rounds)
s(DEP, '民兵', False, level='central', kind='state')          # round 18: undecided

# 人民生活总体上达到小康水平。… “八七”扶贫攻坚计划基本完成。
s(SL, '“八七”扶贫攻坚计划', False, kind='campaign', quoted=False)   # like “三步走”战略 (round 7): the whole optional
Q('八七', 'campaign')                                          # the quoted numbered programme name: required; no FIGURE inside

# 祖国统一大业取得新进展。我国政府恢复对澳门行使主权。…
s(DEP, '我国政府', False, level='central', kind='state')       # cpc-010-review: undecided
s(P, '澳门', ctx='恢复对澳门')
Q('一国两制', ctx='贯彻“一国两制”')                            # quoted: required (round 1)
s(P, '香港特别行政区', False, ctx='香港特别行政区基本法')      # inside the name of its law (round 5)
s(P, '香港', False, ctx='香港特别行政区基本法')
s(P, '澳门特别行政区', False, ctx='澳门特别行政区基本法')
s(P, '澳门', False, ctx='澳门特别行政区基本法')
s(P, '香港', ctx='香港和澳门社会')
s(P, '澳门', ctx='香港和澳门社会')
s(P, '海峡两岸', False)                                        # round 10, undecided
s(P, '两岸', False, ctx='海峡两岸')
Q('台独', 'term', req=False)                                   # round 1
s(P, '台', False, ctx='台独')                                  # one-character abbreviation (conventions)

# 对外工作开创新局面。…: none

# 党的建设全面加强。全党对邓小平理论的学习不断深入。…
dxp(False, '对邓小平理论的学习')                               # 的 + noun (rounds 2, 6): optional
sandai('深刻阐述了“三个代表”重要思想', '“三个代表”重要思想')
s(SL, '“三讲”集中教育', False, kind='campaign', quoted=False)  # like “三个代表”重要思想: the whole optional
Q('三讲', 'campaign')                                          # the quoted campaign name: required
sandai('“三个代表”学习教育活动', '“三个代表”学习教育活动', k='campaign')
U('廉政建设和反腐败斗争', 'term', req=False)                   # like 党风廉政建设和反腐败斗争 (cpc-010-review)

# 实践证明，十五大和十五大以来中央作出的各项重大决策是正确的，…
congress15('实践证明，十五大')
s(DT, '十五大以来', False, ctx='十五大以来中央')
congress15('十五大以来中央')
s(DEP, '中央', False, ctx='以来中央作出', **CC)               # 中央 alone: optional

# 必须清醒地看到，…
U('形式主义、官僚主义', req=False)                             # earlier rounds: optional

# 五年来的成就，是在改革开放特别是一九八九年十三届四中全会以来的实践基础上取得的。…
s(DT, '五年来', False, ctx='五年来的成就')
F('五年', 5, '年', '', req=False, ctx='五年来的成就')
U('改革开放', 'term', req=False, ctx='改革开放特别是')
s(DT, '一九八九年', value='1989')
s(DT, '十三届四中全会以来', False)                             # an event used as a time (conventions)
s(DT, '十三届四中全会', False)
s(DT, '十三年来', False, ctx='这十三年来')                     # relative time
F('十三年', 13, '年', '', req=False, ctx='十三年来，国际')         # a duration
U('改革开放', 'term', req=False, ctx='我国改革开放和现代化')
s(DT, '二十世纪', False, value='19XX', ctx='二十世纪八十年代末')   # a century alone (conventions)
s(DT, '二十世纪八十年代末', False)                             # the decade with its modifier: optional (cpc-010-review)
s(DT, '二十世纪八十年代', value='198X')                        # the bare decade: required
s(DT, '八十年代', False, value='198X', ctx='二十世纪八十年代末')   # without the century: undecided, optional
s(DT, '九十年代初', False)
s(DT, '九十年代', value='199X', ctx='九十年代初')
s(P, '东欧', False)                                            # a region (round 24: optional)
s(P, '苏联')                                                   # a state (earlier rounds: required)
s(DEP, '党中央', ctx='党中央紧紧依靠', **CC)                   # 党中央 standing alone (guide)
s(DT, '十一届三中全会以来', False)                             # an event used as a time (round 1)
s(DT, '十一届三中全会', False)
cssz('捍卫了中国特色社会主义伟大事业', '伟大事业')             # modifier of 事业 (round 2)
s(PE, '邓小平', ctx='邓小平同志南方谈话')                      # the person who spoke: required (cpc-010-review)
s(DT, '邓小平同志南方谈话以后', False)                         # an event used as a time
U('南方谈话', 'term', req=False)                               # the name of a talk (cpc-010-review: undecided)
s(DT, '十四大', False, ctx='十四大确立')
s(DEP, '十四大', False, ctx='十四大确立', **CPC)               # the congress as actor (cpc-010-review)
sme('十四大确立社会主义市场经济体制')
U('改革开放', 'term', req=False, ctx='改革开放和现代化建设进入')
s(DEP, '中国共产党', False, ctx='中国共产党人', **CPC)         # in 中国共产党人 (round 9)
s(P, '中国', False, ctx='中国共产党人')
U('马克思主义', req=False, ctx='马克思主义发展作出')            # modifier of 发展 (rounds 2, 6, 7)
U('与时俱进', 'term', req=False)                               # part of the ideological line (undecided: optional)
sme('向社会主义市场经济体制的转变')
U('改革开放', 'term', req=False, ctx='实现了改革开放新的')
s(PE, '邓小平', ctx='邓小平同志逝世后')                         # required
s(DT, '邓小平同志逝世后', False)                               # an event used as a time
banner('高举邓小平理论伟大旗帜，开拓')
cssz('把中国特色社会主义事业全面', '事业')                     # modifier of 事业
s(DT, '二十一世纪', False, value='20XX', ctx='推向二十一世纪')   # a century alone (conventions)

# 十三年来，我们思想统一，… 二００一年，我国国内生产总值达到九万五千九百三十三亿元，…
s(DT, '十三年来', False, ctx='十三年来，我们思想统一')          # relative time
F('十三年', 13, '年', '', req=False, ctx='十三年来，我们思想统一')   # a duration (conventions)
s(DT, '二００一年', value='2001')                             # a year in Chinese numerals (round 3)
F('九万五千九百三十三亿元', 9593300000000, '元', '国内生产总值（2001）', ap='exact|more_than')   # 达到 N: exact|more_than (guide)
s(DT, '一九八九年', value='1989', ctx='比一九八九年增长')
F('近两倍', 2, '倍', '国内生产总值增长（2001比1989）', ap='less_than')   # 近 inside (guide)
F('百分之九点三', 9.3, '%', '国内生产总值年均增长（1989–2001）')
# 第六位: a rank (guide: ordinals are no figures)
s(DT, '这十三年', False, ctx='这十三年是我国')                  # relative time
F('十三年', 13, '年', '', req=False, ctx='这十三年是我国')
U('中华民族伟大复兴', req=False)                               # a goal designation (round 2): optional

# 回首这十三年，…
s(DT, '这十三年', False, ctx='回首这十三年')
F('十三年', 13, '年', '', req=False, ctx='十三年，我们走过')
# 一系列, 一次又一次: none
U('改革开放', 'term', req=False, ctx='改革开放和现代化建设的航船')
U('党的基本理论、基本路线和基本纲领', req=False)               # the standard triad (as 党的基本理论和基本路线, cpc-010-review): undecided

# 在这里，我代表中共中央，向全国各族人民，向各民主党派、各人民团体和各界爱国人士，…
s(DEP, '中共中央', **CC)                                       # the Central Committee: required
s(DEP, '民主党派', False, ctx='各民主党派')                    # round 3: optional
s(P, '香港特别行政区', ctx='香港特别行政区同胞')               # the region (gwr: 向香港特别行政区同胞…): required
s(P, '香港', False, ctx='香港特别行政区同胞')
s(P, '澳门特别行政区', ctx='澳门特别行政区同胞')
s(P, '澳门', False, ctx='澳门特别行政区同胞')
s(P, '台湾', ctx='台湾同胞')                                   # rounds 8 and 10
s(P, '中国', ctx='中国现代化建设')                             # the country: required

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
