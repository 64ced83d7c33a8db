from _ann import DEP, DT, PE, SL, Ann, P

A = Ann('gwr-045', 14150, 15875)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
SC = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}

# 第七，积极推进政府机构改革 (a list number: none)
# 政企不分, 官僚主义, 不正之风: none
s(DEP, '国务院', ctx='国务院机构改革方案', **SC)  # the organ whose bodies are reformed, as in gwr-039 (国务院机构改革)
U('社会主义市场经济', 'term', req=False)  # round 6
U('精简、统一、效能', req=False)  # the reform's principle, unquoted (undecided)
U('办事高效、运转协调、行为规范', req=False)  # the goal's standard wording, unquoted (undecided)
U('国家公务员制度', 'term', req=False)  # a system name (round 3)
s(DEP, '国务院', ctx='国务院机构改革的重点', **SC)
# 专业部门, 宏观调控和执法监管部门: generic
s(DEP, '国务院办公厅', level='central', kind='state', canonical='国务院办公厅')
s(DEP, '国务院', False, ctx='国务院办公厅', **SC)  # inside the longer name
s(DEP, '国务院', ctx='国务院组成部门', **SC)  # like 国务院 in 国务院各部门 (gwr-033); 组成部门 is a class
F('4 0 个', 40, '个', '国务院组成部门（除国务院办公厅外）')  # digits spaced as in the source; the space is kept
F('2 9 个', 29, '个', '国务院组成部门（除国务院办公厅外）')
s(DEP, '国务院', ctx='国务院直属机构', **SC)
s(DT, '改革开放以来', False)
U('改革开放', req=False)  # round 5
Q('带职分流，定向培训，加强企业，优化结构', 'directive')  # a quoted requirement
# 工商企业, 金融企业, 财税、政法、市场管理等机构, 社会中介组织, 各级地方政府: generic
U('依法治国', req=False)  # cpc-011
U('社会主义民主和法制建设', req=False)  # like 社会主义民主法制建设 (round 5)
U('依法行政', req=False)
U('反腐败斗争', req=False)  # gwr-033
U('艰苦奋斗、廉洁奉公', req=False)  # undecided
U('为人民服务', req=False)  # without 全心全意 (cpc-010 requires the full wording): undecided
# 第八，推进祖国和平统一大业
s(P, '澳门')
s(DT, '1 9 9 9 年1 2 月2 0 日', value='1999-12-20')  # digits spaced as in the source
s(P, '香港')
s(DT, '香港回归后', False); s(DT, '香港回归', False)  # an event used as a time
s(P, '澳门', ctx='澳门回归的')
s(P, '中葡', False)  # joined abbreviations (round 2)
Q('一国两制')
s(P, '澳门', False, ctx='澳门基本法')  # inside the name of its law (round 5); the unbracketed law name gets no label
s(P, '澳门', ctx='澳门一定')
s(P, '台湾', ctx='台湾是中国')
s(P, '中国', ctx='台湾是中国')
Q('和平统一、一国两制')
s(SL, '一国两制', False, ctx='和平统一、一国两制', kind='formula', quoted=False)  # inside a quoted slogan
s(PE, '江泽民', title='主席')
s(P, '两岸', False, ctx='发展两岸关系')  # undecided: the two sides of the Strait
U('八项主张', req=False)  # the eight-point proposal: a designation (undecided)
s('FIGURE', '八项', False, value=8, approx='exact', unit='项', subject='主张')  # a numeral in a formula or a count: undecided
s(P, '两岸', False, ctx='两岸经济')
s(P, '台湾', ctx='台湾同胞')  # round 8
Q('台湾独立', 'term', req=False)  # like “台独” (round 1)
s(P, '台湾', False, ctx='台湾独立')
Q('两个中国', 'term', req=False)
s(P, '中国', False, ctx='两个中国')
Q('一中一台', 'term', req=False)
s(P, '台湾', ctx='台湾当局')  # the place; 台湾当局 is no named organ (undecided)
s(DEP, '台湾当局', False)
s(P, '台湾', ctx='台湾人民')
s(P, '两岸', False, ctx='两岸直接')
U('通邮、通航、通商', req=False)  # undecided
U('一个中国的原则', req=False)  # a variant of 一个中国原则 with 的 (undecided)
U('一个中国', req=False, ctx='一个中国的原则')
s(P, '中国', False, ctx='一个中国的原则')
s(P, '台湾', ctx='台湾问题')
s(P, '台湾', ctx='台湾的前途')
s(P, '海峡两岸', False)  # undecided
s(P, '两岸', False, ctx='海峡两岸')
s(P, '中国', ctx='全体中国人')  # like 中国 in 中国人民 (round 6)
# 各位代表！ 加强国防和军队建设 …
s(DEP, '人民解放军', level='central', kind='state', canonical='中国人民解放军')
s(P, '中国', False, ctx='有中国特色')
s('FIGURE', '三年', False, value=3, approx='exact', unit='年')  # duration
F('五十万', 500000, '', '裁减军队员额')  # like 20万 in 裁减军队员额20万 (round 5)
U('拥军优属、拥政爱民', 'campaign', req=False)  # like 双拥 unquoted (round 3)
s(DEP, '人民武装警察部队', level='central', kind='state', canonical='中国人民武装警察部队')
# 公安、国家安全部门: generic organ nouns

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
