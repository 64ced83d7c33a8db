from _ann import DEP, Ann, P

# Central Party School 90th anniversary speech (2023), the end: the rest of section
# four (质量立校 as the school's guiding rule, teaching, research and staff quality,
# 人才强校战略, the 名师工程), Party leadership of the schools (全党办党校, the
# regulation 《中国共产党党校（行政学院）工作条例》, “一把手”, “分内事”, “责任田”) and the
# closing (中央党校90年, 为党育才、为党献策, 民族复兴大业). Simplified script.
# One organ, no person, no calendar date, no required figure.
A = Ann('xinhua-087', 6508, 7478)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
CPS = {'level': 'central', 'kind': 'party', 'canonical': '中共中央党校'}
CPC = {'level': 'central', 'kind': 'party'}

# 质量立校是党校工作的重要遵循，…
U('质量立校')                                   # named 党校工作的重要遵循: required, like 从严治校 named 基本方针 (xinhua-087, round 8)
U('质量兴则党校兴、质量强则党校强', req=False)  # undecided: an unquoted parallel saying
U('质量立校', ctx='要把质量立校作为')           # named 办学治校的生命工程: required, as above
# 各级党校, 党校教育规律, 干部成长规律, 机关党建, 党和国家事业: none
U('人才强校战略', req=False)                    # undecided: a school-level strategy (人才强省: optional)
# 对党校来说，培育人才是关乎全局的重要环节。
F('一批', 1, '批', '高素质党校人才队伍', req=False)   # 一批: optional (round 2)
U('政治强、信念坚、业务精、作风正', req=False)   # undecided: unquoted standard wording of requirements
# 公务员, 普通事业单位: none
U('名师工程', 'campaign', req=False)            # undecided: an unquoted programme name
F('一批', 1, '批', '名师大家', req=False, ctx='一批有影响')   # optional (round 2)
U('高质量发展', req=False)                      # optional at every occurrence (round 2)

# 坚持党对党校工作的全面领导，…
U('全党办党校', req=False)                      # undecided: an unquoted motto (like 为党育才、为党献策, optional)
# 各级党委和政府、相关职能部门: generic
# 《中国共产党党校（行政学院）工作条例》: the title of a regulation, none (数据条例); entities inside optional
s(DEP, '中国共产党', False, **CPC)
s(P, '中国', False, ctx='中国共产党党校')
s(DEP, '行政学院', False, ctx='（行政学院）')    # undecided: generic inside a title
# 党内法规, 各级党委, 党委书记, 第一责任人: none
Q('一把手', 'term', req=False)                  # undecided: a quoted colloquial designation (quoted coinages: optional term)
Q('分内事', 'term', req=False)                  # quoted metaphor (like “净化器”, round 8)
Q('责任田', 'term', req=False)                  # idem
# 党校校长, 党委负责同志: none
U('时间到位、精力到位、工作到位', req=False)    # undecided: unquoted parallel requirement
# 各级党委和政府, 学员选调…: none

# 同志们，中央党校90年的光辉业绩已经载入史册。
s(DEP, '中央党校', **CPS)
F('90年', 90, '年', '中央党校', req=False)      # an anniversary / duration (guide: optional)
# 党校初心: none
U('为党育才、为党献策', req=False)              # unquoted motto (conventions: optional)
U('为党育才', req=False)                        # half of the motto
U('为党献策', req=False)
U('民族复兴大业', 'term', req=False)            # undecided: like 民族复兴
U('民族复兴', 'term', req=False)                # earlier rounds: optional

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
