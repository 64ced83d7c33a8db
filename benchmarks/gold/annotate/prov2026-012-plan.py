from _ann import DEP, DT, SL, Ann, P, all_occ

# The 15th five-year plan outline and its first five strategic tasks (AI, industry,
# reform and opening, demand, regional layout). Simplified.
A = Ann('prov2026-012', 7705, 10029)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
GXPC = {'level': 'province', 'kind': 'party', 'canonical': '中共广西壮族自治区委员会'}
INTL = {'level': 'international', 'kind': 'international organisation'}
ZONE = {'kind': 'zone'}

# 高质量发展: a policy phrase, optional at every occurrence (round 2)
all_occ(A, SL, '高质量发展', False, kind='formula', quoted=False)
A.cur = 0


def asean(ctx):
    """东盟 as a market or region: optional as PLACE and DEPARTMENT (prov2026-012)."""
    sp = s(P, '东盟', False, ctx=ctx)
    s(DEP, '东盟', False, at=sp['start'], **INTL)


# the title of the Party committee's proposal: everything inside 《》 optional (guide)
s(DEP, '中国共产党广西壮族自治区委员会', False, **GXPC)
s(P, '中国', False, ctx='中国共产党广西')
s(P, '广西壮族自治区', False)
s(P, '广西', False, ctx='广西壮族自治区委员会')
s(DT, '第十五个五年规划', False, value='2026/2030')
s(SL, '第十五个五年规划', False, kind='period', quoted=False)
s('FIGURE', '五年', False, ctx='第十五个五年规划', value=5, approx='exact', unit='年')
s(DT, '十五五', False, value='2026/2030')  # five-year-plan period (conventions)
s(SL, '十五五', False, kind='period', quoted=True)
s(DEP, '自治区党委', **GXPC)
F('25项', 25, '项', '主要指标')
F('5项', 5, '项', '指标（经济发展方面）', ctx='提出5项指标')
F('5%左右', 5, '%', '地区生产总值年均增长', ap='about')
s(DT, '2035年', value='2035')
s(DT, '2020年', value='2020')
s(DT, '今后五年', False)
s('FIGURE', '五年', False, ctx='今后五年', value=5, approx='exact', unit='年')  # duration
s('FIGURE', '八个', False, value=8, approx='exact', unit='个', subject='方面')  # a count announcing a list (round 3)

# (一) AI
U('新质生产力')  # round 1
s(P, '广西', ctx='创新型广西')  # the region as the place built
asean('面向东盟的')
s(DEP, '中国—东盟国家人工智能应用合作中心', False, kind='institute')  # a centre, like institutes
s(P, '中国', False, ctx='中国—东盟国家人工智能')
asean('东盟国家人工智能')
Q('一中心多园区', 'campaign')  # a quoted programme model (round 2), no FIGURE
s(P, '科创广西先行试验区', False); s(DEP, '科创广西先行试验区', False, **ZONE)  # a zone (round 3)
s(P, '广西', False, ctx='科创广西先行')
s(DEP, '自治区', False, ctx='自治区“1+N”')  # undecided: the region's (an adjective) or its government
Q('1+N', 'campaign')  # a quoted coded programme (round 2/11), no FIGURE
s(P, '广西', ctx='让广西人工智能')
asean('唱响东盟')

# (二) industry
U('做优一产、做强二产、做大三产', 'term', req=False)
U('制造强区', 'term', req=False)
s('FIGURE', '十大', False, value=10, approx='exact', unit='', subject='现代化支柱产业')  # prov2026-012-tasks: optional
U('服务业扩能提质行动', 'campaign', req=False)  # unquoted programme names with 行动 (r14b)
U('文化旅游强区', 'term', req=False)
s(P, '桂林', ctx='打造桂林世界级')
U('农业强区', 'term', req=False)
Q('10+3+N', 'campaign')  # a quoted coded programme, no FIGURE
U('向海经济', 'term', req=False)
U('咬定青山不放松', 'term', req=False)  # a classical line (round 7 set phrases)

# (三) reform and opening
Q('两个毫不动摇')  # a quoted numbered formula (round 2)
Q('五篇大文章')  # like “两篇大文章” (round 20)
U('西部陆海新通道', 'campaign', req=False)  # prov2026-012-review
s(P, '西部', False, ctx='西部陆海新通道')
s(P, '平陆运河经济带', False)  # undecided: a zone being built (like 北部湾经济区, optional)
s(P, '平陆运河', False, ctx='平陆运河经济带')
U('贸易强区', 'term', req=False)
U('自贸试验区提升战略', 'campaign', req=False)
s(P, '中国—东盟信息港', False); s(DEP, '中国—东盟信息港', False, **ZONE)  # a platform
s(P, '中国', False, ctx='中国—东盟信息港')
asean('东盟信息港')
s(P, '中马', False)  # joined abbreviations (round 2)
Q('两国双园', 'campaign')  # quoted programme, no FIGURE
s(P, '广西—文莱经济走廊', False)  # a corridor read as a zone (沈大经济走廊), undecided
s(P, '广西', ctx='广西—文莱')  # places joined in a corridor's name, like 至 in road names (decided here)
s(P, '文莱')
U('中国—东盟命运共同体', req=False)  # a bilateral designation (round 11: 中阿命运共同体)
s(P, '中国', False, ctx='中国—东盟命运')
asean('东盟命运共同体')

# (四) demand
U('新发展格局')  # round 1
U('交通强区', 'term', req=False)
s(P, '八桂', False, ctx='现代化八桂水网')  # prov2026-012: optional
U('全国统一大市场', 'term', req=False)  # a policy phrase (conventions)

# (五) regional layout
U('新时代西部大开发', 'campaign', req=False)  # undecided: a national strategy's name
U('西部大开发', 'campaign', req=False)
Q('千万工程', 'campaign')  # quoted programme (earlier rounds), no FIGURE
U('乡村全面振兴', 'term', req=False)
s(P, '北部湾经济区', False); s(DEP, '北部湾经济区', False, **ZONE)  # prov2026-012: optional
s(P, '北部湾', False, ctx='北部湾经济区')
s(P, '南宁都市圈')  # like 沈阳都市圈 (round 11)
s(P, '南宁', False, ctx='南宁都市圈')
s(P, '北钦防', False)  # joined abbreviations of three cities
s(P, '南宁—柳州—桂林经济走廊', False)  # a corridor read as a zone, undecided
s(P, '南宁', ctx='南宁—柳州'); s(P, '柳州', ctx='柳州—桂林'); s(P, '桂林', ctx='桂林经济走廊')  # decided here (as 至)
s(P, '珠江—西江经济带')  # a region standing alone, like 长江经济带 (round 12)
s(P, '珠江', False, ctx='珠江—西江'); s(P, '西江', False, ctx='西江经济带')
s(P, '左右江革命老区', False)  # undecided: a class of area with a name
s(P, '左右江', False, ctx='左右江革命老区')
U('新时代兴边富民行动', 'campaign', req=False)
U('兴边富民行动', 'campaign', req=False)
s(P, '八桂', False, ctx='八桂大地')
Q('此心安处是吾乡', 'quotation', req=False)  # a classical line (optional)

# (六) livelihood
U('共同富裕', 'term', req=False)  # a policy phrase standing alone (共同富裕示范区 is the formula)
U('就业优先战略', 'campaign', req=False)
U('健康广西')  # like 法治广西 / 平安广西 (prov2026-012, round 3)
s(P, '广西', False, ctx='健康广西')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
