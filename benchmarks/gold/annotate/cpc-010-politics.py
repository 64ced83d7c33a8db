from _ann import DEP, DT, Ann, P

# 15th CPC National Congress report (1997), section 六 “政治体制改革和民主法制建设”
# from its heading through point (四) “完善民主监督制度”: 四项基本原则, 依法治国 ×5
# (optional, round 3), the system names (人民代表大会制度, 共产党领导的多党合作和政治协商制度,
# 民族区域自治制度: optional), 人民代表大会 as the organ (required, round 3), the quoted
# “长期共存、互相监督、肝胆相照、荣辱与共”, 人民政协, 工会 / 共青团 / 妇联, 民主党派,
# 职工代表大会, the sixteen-character legal formula, 二零一零年, standard wordings of the
# time (精简、统一、效能; 办事高效、运转协调、行为规范: optional), 西方. Traditional script.
A = Ann('cpc-010', 16313, 18672, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
PC = {'kind': "people's congress"}
MASS = {'kind': 'mass organisation'}


def yfzg(ctx=None):
    """依法治国: a political-system term, optional at every occurrence (round 3)."""
    U('依法治国', 'term', req=False, ctx=ctx)


# 六、政治体制改革和民主法制建设 (a section number: nothing)
U('四项基本原则')                                          # a set of principles' fixed name (round 2); no FIGURE
yfzg()
U('社会主义法治国家', 'term', req=False)                   # round 3
# 发展社会主义民主政治 …
U('社会主义民主政治', 'term', req=False)                   # round 3
U('人民当家作主', 'term', req=False)                       # round 3
U('人民民主专政', 'term', req=False)                       # round 3 (undecided, optional)
U('人民代表大会制度', req=False)                           # a system name (round 3)
s(DEP, '人民代表大会', False, **PC)                        # inside the system name: optional
s(P, '西方', False)                                       # 西方政治制度: no fixed boundary (round 3)
# 发展民主必须同健全法制紧密结合，实行依法治国。依法治国，就是 …
yfzg()
yfzg()
yfzg('依法治国，是党领导人民')
U('社会主义市场经济', 'term', req=False, ctx='发展社会主义市场经济的客观需要')
yfzg('依法治国把坚持')
U('党的领导、发扬人民民主和严格依法办事', req=False)       # the 1997 wording of the three-in-one (round 3: optional)
U('党的基本路线', req=False)                              # optional (earlier rounds)
U('总揽全局、协调各方', req=False)                        # 党…总揽全局、协调各方 split by 始终发挥 (round 5: optional)
# 推进政治体制改革 … 当前和今后一段时间 (deictic: nothing)
U('政企分开', 'term', req=False)                          # a reform term (undecided, optional)
# （一）健全民主制度。
s(DEP, '共产党', False, ctx='共产党执政', kind='party')   # the Party as a whole
U('民主选举、民主决策、民主管理和民主监督', req=False)      # round 3
U('人民代表大会制度', req=False, ctx='坚持和完善人民代表大会制度')
s(DEP, '人民代表大会', False, **PC)
s(DEP, '人民代表大会', ctx='保证人民代表大会及其', **PC)    # the organ (round 3): required
s(DEP, '常委会', False, **PC)                              # bare 常委会: optional (round 3)
U('共产党领导的多党合作和政治协商制度', req=False)          # a system name (round 3)
s(DEP, '共产党', False, ctx='共产党领导的多党', kind='party')
Q('长期共存、互相监督、肝胆相照、荣辱与共')                # the quoted principle (round 3): required
s(DEP, '民主党派', False)                                 # round 3
s(DEP, '人民政协', kind='cppcc', canonical='中国人民政治协商会议')   # the institution (rounds 1 and 3)
U('政治协商、民主监督、参政议政', req=False)               # the CPPCC's functions: a standard wording (undecided)
U('爱国统一战线', 'term', req=False)                      # optional (cpc-010, earlier round)
U('民族区域自治制度', req=False)                           # a system name (round 3)
U('平等、团结、互助', req=False)                           # the ethnic relations' standard wording (undecided)
s(DEP, '工会', False, **MASS)                              # generic (round 3)
s(DEP, '共青团', canonical='中国共产主义青年团', **MASS)    # round 1
s(DEP, '妇联', canonical='中华全国妇女联合会', **MASS)       # round 1
# 扩大基层民主 … 城乡基层政权机关, 基层群众性自治组织 (generic: nothing)
s(DEP, '职工代表大会', False)                              # generic (round 3)
# （二）加强法制建设。
U('有法可依、有法必依、执法必严、违法必究')                # the legal system's sixteen-character formula (round 3)
s(DT, '二零一零年', value='2010')                          # a Chinese-numeral year (round 3)
U('有中国特色社会主义法律体系', 'term', req=False)          # a goal's name (undecided)
U('有中国特色社会主义', req=False)
s(P, '中国', False, ctx='有中国特色社会主义法律体系')      # inside an unquoted term
U('法律面前人人平等', req=False)                           # round 3
U('依法行政', 'term', req=False)                           # round 3
U('精神文明建设', 'term', req=False)                        # a policy term (earlier rounds)
# （三）推进机构改革。
U('社会主义市场经济', 'term', req=False, ctx='按照社会主义市场经济的要求')
U('政企分开', 'term', req=False, ctx='实现政企分开')
U('精简、统一、效能', req=False)                           # standard wording (round 10: undecided)
U('办事高效、运转协调、行为规范', req=False)               # standard wording (round 10: undecided)
U('为人民服务', req=False)                                 # without 全心全意 (round 10: optional)
F('一支', 1, '支', '高素质的专业化国家行政管理干部队伍', req=False)   # 一支 …队伍: optional, like 一个 (round 2)
# （四）完善民主监督制度。
U('公平、公正、公开', req=False)                           # a principle's standard wording (undecided)
U('党内监督、法律监督、群众监督', req=False)               # the kinds of oversight (undecided)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
