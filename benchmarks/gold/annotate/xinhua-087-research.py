from _ann import CC, CMC, DEP, DT, PE, SL, TITLE, Ann, P, all_occ

# Central Party School 90th anniversary speech, third part: the school as a
# think tank (theory research, policy research, the 2019 Inner Mongolia photo
# caption, field research, the ideological front) and the opening of section
# four (strict governance of the school, 从严治校、质量立校). Traditional script.
A = Ann('xinhua-087', 4403, 6508, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
CPS = {'level': 'central', 'kind': 'party', 'canonical': '中共中央党校'}
CCD = {'level': 'central', 'kind': 'party', 'canonical': '中共中央'}

# whole-passage optional spans first
all_occ(A, SL, '高质量发展', False, kind='formula', quoted=False)   # policy phrase: optional everywhere (round 2)
A.cur = 0

# 各级党校特别是中央党校要加大理论研究力度，落实“两个结合”、“六个必须坚持”要求 …
s(DEP, '中央党校', **CPS)
Q('两个结合')                                  # round 7
Q('六个必须坚持')                              # quoted numbered formula (round 3: “五个必须坚持”); no FIGURE
U('新时代中国特色社会主义思想')                # round 2: required at every occurrence
s(P, '中国', False, ctx='新时代中国特色社会主义思想')   # inside the thought's name
# 要组织力量深入研究经济建设、政治建设、文化建设、社会建设、生态文明建设和党的建设中 …
U('经济建设、政治建设、文化建设、社会建设、生态文明建设', req=False)   # the five fields listed (undecided)
U('生态文明建设', req=False)                    # policy phrase (r7r)
U('党的建设', req=False)                        # round 9
U('世界百年未有之大变局')                      # the longest form (round 5)
U('百年未有之大变局', req=False)
F('百年', 100, '年', '世界百年未有之大变局', req=False)   # round 12: optional
U('国内国际两个大局', req=False)
U('两个大局', req=False)                        # round 5
F('两个', 2, '个', '大局', req=False)            # anaphoric count
U('中国式现代化')                              # object of 深化和拓展 (round 5)
s(P, '中国', False, ctx='中国式现代化')
U('新发展格局')
U('全过程人民民主')                            # round 9
U('共同富裕', req=False)
U('科技自立自强', req=False)                    # policy phrase (round 5: 高水平科技自立自强)
U('中华优秀传统文化', 'term', req=False)        # round 7
U('创造性转化创新性发展', req=False)            # round 8: 创造性转化、创新性发展 optional
U('国家安全体系和能力现代化', req=False)        # policy phrase
U('全面从严治党', ctx='坚定不移全面从严治党')   # object of the verb: required (guide)
U('人类命运共同体')
# 为我们党不断深化对共产党执政规律、社会主义建设规律、人类社会发展规律的认识
U('共产党执政规律、社会主义建设规律、人类社会发展规律', req=False)   # undecided: the three laws' standard wording
s(DEP, '共产党', False, ctx='共产党执政规律')   # the Party as a whole (round 3)
U('社会主义', req=False, ctx='社会主义建设规律')   # modifier (rounds 2, 7)
# 不断谱写马克思主义中国化时代化新篇章
U('马克思主义中国化时代化', req=False)          # round 3
U('马克思主义', req=False, ctx='马克思主义中国化时代化')
s(PE, '马克思', False, ctx='马克思主义中国化时代化')
s(P, '中国', False, ctx='中国化时代化')
# 加强重大现实问题研究是党校为党献策的重要内容。
U('为党献策', req=False)                        # half of the motto (round 2)
# 上接天线、下铺地线，围绕党的二十大提出的重大战略和党中央重大决策部署
U('上接天线、下铺地线', 'term', req=False)      # undecided: an unquoted metaphor
s(DEP, '党的二十大', False, level='central', kind='party')   # r7n: optional as DEPARTMENT and DATE
s(DT, '党的二十大', False)
s(DT, '二十大', False)
s(DEP, '党中央', ctx='党中央重大决策部署', **CCD)
U('急难愁盼', req=False)                        # r7n
# 努力做到研究“见底”
Q('见底', 'term', req=False)                    # a quoted coinage (round 9: “对标”, “扫描”)

# photo caption: 2019年7月15日至16日 … 习近平在内蒙古考察 …
s(DT, '2019年7月15日至16日', False, value='2019-07-15/2019-07-16')
s(DT, '2019年7月15日', value='2019-07-15')
s(DT, '16日', False, ctx='至16日', value='---16', resolved='2019-07-16')
s(DEP, '中共中央', **CC)
s(DEP, '中央军委', **CMC)
s(PE, '习近平', title=TITLE)
s(P, '内蒙古')
s(SL, '“不忘初心、牢记使命”主题教育', False, kind='campaign', quoted=True)   # the campaign name around the quoted formula (round 2)
Q('不忘初心、牢记使命', 'campaign')            # jhsjk2020-030
U('主题教育', 'campaign', req=False)            # round 2
s(DT, '15日下午', False, value='---15', resolved='2019-07-15')
s(DT, '15日', False, value='---15', resolved='2019-07-15')   # a day alone
s(PE, '习近平', ctx='习近平在赤峰市')
s(P, '赤峰市喀喇沁旗河南街道马鞍山村')          # a chain to the village is one name (round 9)
s(DEP, '赤峰市喀喇沁旗河南街道', False, level='township', kind='state')   # undecided: the subdistrict as an organ
s(P, '赤峰市喀喇沁旗河南街道', False)
s(P, '赤峰市喀喇沁旗', False)
s(P, '赤峰市', False)
s(P, '赤峰', False)
s(P, '喀喇沁旗', False)
s(P, '喀喇沁', False)
s(P, '河南街道', False)
s(DEP, '河南街道', False, level='township', kind='state')
s(P, '河南', False, ctx='河南街道')              # inside the chain
s(P, '马鞍山村', False)
s(P, '马鞍山', False, ctx='马鞍山村')
s(PE, '张国利', title='村民')
s(DEP, '新华社', False, kind='media')
s(PE, '谢环驰')                                 # photo credit (round 1)

# 调查研究是做好决策咨询的基础。党校教研人员要走出教室“小课堂”，走进社会“大课堂” …
Q('小课堂', 'term', req=False)
Q('大课堂', 'term', req=False)
# 党校系统有一支高素质教研队伍，有大批具有丰富实践经验的学员 …
F('一支', 1, '支', '高素质教研队伍', req=False)     # an article (round 6)
F('大批', 1, '批', '具有丰富实践经验的学员', ap='about', req=False)   # r7q
Q('金点子', 'term', req=False)
Q('好方子', 'term', req=False)
# 这块重要阵地必须掌握在忠于党、忠于马克思主义的人手里
U('马克思主义', req=False, ctx='忠于马克思主义的人')    # object inside a relative clause (round 7)
# 当好党的创新理论的积极宣讲者、马克思主义在意识形态领域指导地位的坚定维护者 …
U('党的创新理论', req=False, ctx='当好党的创新理论')    # jhsjk2020-030-points: optional
U('马克思主义', req=False, ctx='马克思主义在意识形态领域')   # undecided: the doctrine, inside a noun phrase with 的

# 四、坚守党校初心，就必须始终坚持从严治校、质量立校
# 从严治校 is named 党校办学的基本方针 in the text: its fixed wording is required,
# decided by analogy with 党校姓党 (round 2) and the named 方针 / 原则 (round 6, cpc-011).
U('从严治校、质量立校', ctx='坚持从严治校、质量立校')
U('从严治校', req=False)
U('质量立校', req=False)
U('从严治校、质量立校', ctx='党校在从严治校、质量立校上')
U('从严治校', req=False)
U('质量立校', req=False)
U('牢记初心、践行使命', req=False)              # undecided: a variant of 不忘初心、牢记使命
# 从严治校是党校办学的基本方针，是全面从严治党要求在党校工作中的具体体现。
U('从严治校', ctx='从严治校是党校办学')
U('全面从严治党', req=False, ctx='全面从严治党要求')   # modifier of 要求 (round 2's rule)
s(DT, '这些年来', False)
U('从严治校', ctx='从严治校严出了标准')
# 不正之风“净化器”、党性锻炼“大熔炉”、全面从严治党“风向标”
Q('净化器', 'term', req=False)
Q('大熔炉', 'term', req=False)                  # xinhua-087-training
U('全面从严治党', req=False, ctx='全面从严治党“风向标”')   # modifier of the quoted metaphor
Q('风向标', 'term', req=False)
U('从严治校', ctx='从严治校永远在路上')
# 要坚持严以治校、严以治教、严以治学，把从严治校的要求贯彻到 …
U('严以治校、严以治教、严以治学', req=False)    # undecided: unquoted wording
U('从严治校', req=False, ctx='把从严治校的要求')   # modifier with 的 (round 2)
F('两个', 2, '个', '主体', req=False, ctx='两个主体')   # a count after a closed list (教师和学员; round 2)
U('学高为师，身正为范', 'term', req=False)       # a classical set phrase (round 7)
s(DEP, '中央党校', ctx='中央党校历史上', **CPS)
s(DEP, '共产党', False, ctx='共产党人')          # the Party as a whole (round 9: 中国共产党人)
U('政治纪律和政治规矩', req=False)              # policy phrase (undecided)
U('潜心治学、虔诚问道、悉心育人', req=False)
U('敢抓敢管、严抓严管', req=False)
U('学习之风、朴素之风、清朗之风', req=False)
s(DT, '疫情封闭管理期间', False)                 # an event-anchored time

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
