from _ann import DEP, Ann, P

# 2026 government work report of Ningxia, "三、2026年重点工作", task (一) “五大战略” /
# “五个新突破”: the heading and its first four points (domestic demand: consumption,
# tourism, investment; industry; science and innovation; the digital economy), from
# （一）着力贯彻新发展理念 to the end of 四是…造福千家万户. Simplified. No calendar date.
A = Ann('prov2026-007', 13014, 15149)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI = 100000000
ENT = {'kind': 'enterprise'}
INST = {'kind': 'institute'}
ZONE = {'kind': 'zone'}


def gzl(ctx):
    """高质量发展: a policy phrase, optional at every occurrence (round 2)."""
    U('高质量发展', 'term', req=False, ctx=ctx)


def three_years(name):
    """An unquoted “…三年行动”: optional campaign name, 三年 inside an optional duration (round 1)."""
    sp = U(name, 'campaign', req=False)
    F('三年', 3, '年', name.replace('三年', ''), req=False, ctx=name)
    A.cur = sp['start']


# （一）着力贯彻新发展理念，在全面推动经济提质增效上开新局。
U('新发展理念')                                          # fixed name (round 1)
Q('五大战略')                                            # quoted numbered formulas; no FIGURE inside
Q('五个新突破')

# 一是坚定实施扩大内需战略，…
sp = U('扩大内需战略')                                   # a national strategy's fixed name, like 乡村振兴战略 (round 6): decided by analogy
U('扩大内需', 'term', req=False, at=sp['start'])          # the policy phrase inside (round 1)
U('扩大内需', 'term', req=False, ctx='坚持把扩大内需')
Q('两重', 'campaign')                                    # quoted policy names (round 5)
Q('两新', 'campaign')
U('提振消费专项行动', 'campaign', req=False)             # earlier rounds: optional
Q('有钱消费、有意消费、有地消费、有闲消费', 'directive')   # a quoted target wording: required (round 3)
Q('以旧换新', 'campaign')                                # quoted (round 2)
U('服务消费提质惠民行动', 'campaign', req=False)         # unquoted action name: optional
U('冰雪经济', 'term', req=False)                         # undecided: policy terms, like 低空经济 (round 5)
U('首店经济', 'term', req=False)
U('银发经济', 'term', req=False)
Q('中华美食荟', 'campaign')                              # a quoted activity name (…等活动)
F('240小时', 240, '小时', '过境免签政策', req=False)      # a duration naming a policy class: optional
Q('六要素')                                              # a quoted numbered formula (round 2: “三新”)
F('10%以上', 10, '%', '游客人次、旅游花费增长', 'more_than|at_least')
F('1900多个', 1900, '个', '重大项目', 'more_than')
F('2500亿元以上', 2500 * YI, '元', '完成投资', 'more_than|at_least')
Q('硬投资', 'term', req=False)                           # quoted coinages (earlier round)
Q('软建设', 'term', req=False)
s(DEP, '中央', False, ctx='用好中央资金', level='central')   # 中央 alone (round 1)
three_years('招商引资提质增效三年行动')

# 二是坚定实施产业兴区战略，…
U('产业兴区战略', req=False)                             # undecided: a provincial strategy, one of the quoted “五大战略”, unquoted
three_years('产业兴区三年行动')
gzl('重点产业链高质量发展')
Q('五大行动', 'campaign')                                # a quoted programme name; no FIGURE
U('产业创新工程', 'campaign', req=False)
U('服务业扩能提质行动', 'campaign', req=False)
s(P, '银川陆港', False); s(DEP, '银川陆港', False, **ZONE)   # a logistics park: optional as PLACE and DEPARTMENT (round 3)
s(P, '银川', False, ctx='银川陆港')                      # at the start of the park's name
F('5个', 5, '个', '物流园区')                            # a count after a list ending in 等: required (round 2)

# 三是坚定实施创新驱动战略，…
U('创新驱动战略', req=False)                             # undecided: short of the fixed 创新驱动发展战略 (round 4)
U('新质生产力', ctx='培育新质生产力')                    # fixed name (round 1)
gzl('引领高质量发展')
U('新质生产力', ctx='因地制宜发展新质生产力')
Q('关键变量', 'term', req=False)                         # quoted coinages
gzl('转化为高质量发展')
Q('最大增量', 'term', req=False)
Q('宁科贷', 'term', req=False)                           # undecided: quoted names of loan products, like the fund name “金芙蓉” (round 3)
s(P, '宁', False, ctx='宁科贷')                          # one-character abbreviation
Q('人才贷', 'term', req=False)
F('10%左右', 10, '%', '全社会研发经费投入增长', 'about')
s(DEP, '教育部宁夏高等研究院', False, **INST)            # an institute (guide)
s(DEP, '教育部', False, ctx='教育部宁夏高等研究院', level='central', kind='state')   # inside a longer name: optional
s(P, '宁夏', False, ctx='教育部宁夏高等研究院')
# 国家级中试平台; 自治区各类实验室 (a level, not the organ, round 8): none
F('20家', 20, '家', '新建科技创新平台')
F('300家', 300, '家', '新培育科技型、高成长创新型、新型工业化示范型企业')
Q('产业出题、科技答题', 'directive')                    # a quoted requirement: required
F('一批', 1, '批', '标志性、首创性、引领性技术成果', req=False)   # 一批: optional (round 2)
F('500项以上', 500, '项', '转化成果', 'more_than|at_least')
U('教育科技人才一体化发展', req=False)                   # undecided: a policy phrase
F('一批', 1, '批', '科技领军人才、卓越工程师、工匠人才、高技能人才、实用人才', req=False)
U('才聚宁夏、智汇宁夏', req=False)                       # undecided: an unquoted talent slogan (quoted “智汇潇湘·才聚湖南” was required)
s(P, '宁夏', False, ctx='才聚宁夏'); s(P, '宁夏', False, ctx='智汇宁夏')   # inside the unquoted slogan (like 美丽宁夏)
s(P, '宁夏', ctx='让各类人才在宁夏')                    # the province itself

# 四是坚定实施数字宁夏战略，…
sp = U('数字宁夏战略', req=False)                        # undecided: a provincial strategy
U('数字宁夏', req=False, at=sp['start'])
s(P, '宁夏', False, at=sp['start'] + 2)
F('8%以上', 8, '%', '数字产业总产值增长', 'more_than|at_least')
U('数字基础设施提升行动', 'campaign', req=False)
# 国家重要算力保障基地和调度交易中心, 超大规模智算中心, 数据中心, 灾备中心: classes, none
U('算电协同工程', 'campaign', req=False)
Q('宽带升级', 'campaign')                                # quoted names of a 专项行动: required (round 2)
Q('信号升格', 'campaign')
# 5G: a name, no FIGURE
F('千兆', 1000, '兆', '光网', req=False)                  # a bandwidth class (round 6)
U('数字产业化能级提升行动', 'campaign', req=False)
s(DEP, '科大讯飞', False, **ENT)                         # an enterprise (guide)
Q('聚储通算用', 'term', req=False)                       # a quoted technical coinage, like “制储输用” (round 2)
U('产业数字化赋能行动', 'campaign', req=False)
U('智能制造工程', 'campaign', req=False)
U('工业互联网创新发展工程', 'campaign', req=False)
Q('人工智能＋', 'campaign')                              # quoted programme name (round 2; full-width plus)
s(P, '人工智能创新应用先导区', False); s(DEP, '人工智能创新应用先导区', False, **ZONE)   # a zone class (r7s)
# 千行百业、千家万户: idioms, no FIGURE

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
