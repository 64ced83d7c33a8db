from _ann import DEP, DT, PE, SL, Ann, P, all_occ

# Round 36 (annotator r36c), blind. 1981 State Council government work report,
# source range [30683, 33064): the close of part (五) on the socialist spiritual
# civilisation: how to deal with economic crime (近年以来, 相当一批 经济法规, the
# organs of law enforcement 公安、检察、法院、工商行政管理、海关、税务), the fight
# against crime (一年来, 社会主义的中国, 社会主义精神文明 ×3), bureaucracy and the
# reform of the State Council's organs (四个现代化, 去年９月 五届人大三次会议, 一年多来,
# 国务院 ×7, 中共中央, 全国人民代表大会, 人大常委会, 革命化、知识化、专业化、年轻化,
# 从明年１月起, 中央和地方), and the closing appeal (四项基本原则, 安定团结、生动活泼,
# 统一战线 / 爱国统一战线, 民主党派, 中国共产党 ×2, 台湾同胞 / 港澳同胞, 叶剑英委员长,
# 胡耀邦同志, 辛亥革命七十周年, 人民解放军, 毛泽东同志、周恩来同志, 霸权主义,
# 马克思列宁主义、毛泽东思想). Full-width digits. Simplified script.
A = Ann('gwr-058', 30683, 33064)
s = A.s
F, U, Q, Y = A.figure, A.unquoted, A.quoted, A.date
SC = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
CC = {'level': 'central', 'kind': 'party', 'canonical': '中共中央'}


def rel(t, ctx=None, **kw):
    """A relative time: optional DATE ('Conventions decided here', DATE)."""
    s(DT, t, False, ctx=ctx, **kw)


def state_council(ctx):
    s(DEP, '国务院', ctx=ctx, **SC)                           # the central government (round 1; gwr-058-outlook.py)


# 对于上述这些现象 …
rel('近年以来')                                                # relative time (round 1)
rel('近年', ctx='近年以来')                                     # the bare time before 以来, optional too (guide: with a modifier the bare date is the span)
F('一批', 1, '批', '正在草拟之中的经济法规', req=False, ctx='相当一批')   # 一批 optional (round 3)
# 各级法院的经济审判庭, 司法机关, 国家机构和经济组织: generic organ nouns (guide): nothing
# 公安、检察、法院、工商行政管理、海关、税务等部门: fields of law enforcement, generic (公安机关 generic, round 5);
s(DEP, '海关', False, level='central', kind='state')          # 海关 in a list of fields: optional, undecided (r7s, round 15)
# 必须指出 …
rel('一年来')                                                   # relative time (round 1)
# 各级政府、司法机关: generic
U('社会主义精神文明', 'term', req=False, ctx='促进社会主义精神文明')   # a policy phrase (round 13; gwr-058-outlook.py)
U('社会主义精神文明', 'term', req=False, ctx='社会主义精神文明的进步')
s(P, '中国', ctx='社会主义的中国')                             # 中国 as the country (round 6)
F('一小撮', 1, '小撮', '破坏分子、冒险家', req=False)          # an idiomatic 'handful': undecided, optional
U('社会主义精神文明', 'term', req=False, ctx='特别是社会主义精神文明的建设')
# 当前在我们国家政治生活 … 官僚主义
U('四个现代化', ctx='进行四个现代化建设')                       # required at each free occurrence (round 25); no FIGURE
rel('去年', ctx='去年９月')                                     # relative time: optional
s(DT, '去年９月', False, value='1980-09')                       # the longer form with 去年: optional (guide: modifier; gwr-058-outlook.py)
Y('９月', '--09', ctx='去年９月', resolved='1980-09')         # a month without year; the article (30 Nov 1981) fixes 1980
rel('五届人大三次会议')                                         # an event used as a time: optional ('Conventions decided here')
s(DEP, '五届人大', False, level='central', kind="people's congress",
  canonical='全国人民代表大会')                                  # the form with the ordinal optional ('Conventions decided here')
s(DEP, '人大', ctx='五届人大三次会议', level='central', kind="people's congress",
  canonical='全国人民代表大会')                                  # 五届人大: 人大 required ('Conventions decided here')
rel('一年多来')                                                 # relative time (round 1)
state_council('国务院根据')
s(DEP, '中共中央', **CC)                                        # a central organ (guide)
# 多次: no number
state_council('国务院决定')
state_council('从国务院各部门')                                 # 国务院 inside 国务院各部门 (各部门 generic, guide)
state_council('国务院所属各部门')
# 地方各级政府: generic
state_council('国务院各部门将')
s(DEP, '全国人民代表大会', level='central', kind="people's congress",
  canonical='全国人民代表大会')                                  # a named central organ (guide)
s(DEP, '人大常委会', level='central', kind="people's congress",
  canonical='全国人民代表大会常务委员会')                        # a named body without level prefix ('Conventions decided here'; gwr-058-outlook.py)
# 在精简机构的同时 …
state_council('国务院和地方各级政府')
U('革命化、知识化、专业化、年轻化', req=False)                  # the cadre principle (round 6 requires it where named 方针);
                                                                # here unnamed and in another order: undecided, optional
# 国务院各部门和地方各级政府 …
state_council('国务院各部门和地方')
rel('从明年１月起')                                             # the longer form: optional (guide: modifier)
rel('明年', ctx='明年１月')
s(DT, '明年１月', False, value='1982-01')                       # gwr-058-outlook.py pattern
Y('１月', '--01', ctx='明年１月', resolved='1982-01')          # a month without year; the article fixes 1982
s(DEP, '中央', False, ctx='中央和地方', level='central')        # 中央 alone optional ('Conventions decided here')
state_council('国务院各经济部门')
# 各省市自治区: generic (no name): nothing
rel('革命战争时期')                                             # a historical period as a time: optional (round 1 list)
rel('建国初期')                                                 # 建国以来 optional ('Conventions decided here')
# 各位代表：
U('四项基本原则')                                               # a set of rules' fixed name (round 2; round 23)
U('安定团结、生动活泼', req=False)                              # standard wording, optional (round 10; round 22)
U('统一战线', 'term', req=False, ctx='统一战线一直是')           # undecided: optional, like 爱国统一战线 (r27b)
F('一个', 1, '个', '重要法宝', req=False, ctx='一个重要法宝，也是')   # 一个 optional (round 3)
F('一个', 1, '个', '重要法宝', req=False, ctx='一个重要法宝。')
s(DEP, '民主党派', False)                                       # optional (round 3)
s(DEP, '中国共产党', False, ctx='同中国共产党', level='central', kind='party')   # the Party as a whole: optional (guide)
s(P, '中国', False, ctx='中国共产党有着')                                # 中国 in 中国共产党 optional (README rounds 8, 10)
s(P, '台湾', ctx='台湾同胞')                                    # 台湾 in 台湾同胞 required (round 8)
s(P, '港澳', False, ctx='港澳同胞')                             # 港澳 in 港澳同胞 optional (round 8)
U('统一战线政策', 'term', req=False)                            # undecided: optional
U('统一战线', 'term', req=False, ctx='统一战线政策')
U('爱国统一战线', 'term', req=False)                            # kind term, optional (r27b)
U('统一战线', 'term', req=False, ctx='爱国统一战线')
s(PE, '叶剑英', title='委员长')                                 # a person with his title outside (guide)
s(PE, '胡耀邦', title='同志')                                   # title 同志 (round 3)
F('七十周年', 70, '周年', '辛亥革命', req=False)               # an anniversary: optional (guide)
s(P, '台湾', ctx='台湾人民')                                    # 台湾 as the place (round 8)
s(DEP, '人民解放军', level='central', kind='state', canonical='中国人民解放军')   # required (gwr-033.py, round 2)
s(PE, '毛泽东', title='同志')                                   # round 3
s(PE, '周恩来', title='同志')
U('霸权主义', 'term', req=False)                                # optional term (round 6's list; r27)
s(DEP, '中国共产党', False, ctx='在中国共产党的领导下', level='central', kind='party')
s(P, '中国', False, ctx='中国共产党的领导下')                                # 中国 in 中国共产党 optional (README rounds 8, 10)
U('马克思列宁主义')                                             # the doctrine as the banner: required (rounds 3, 8)
s(PE, '马克思', False, ctx='马克思列宁主义')                    # names inside a doctrine name: optional (round 5)
s(PE, '列宁', False, ctx='马克思列宁主义')
U('毛泽东思想')                                                 # required ('Conventions decided here')
s(PE, '毛泽东', False, ctx='毛泽东思想')                        # a name inside an ideology: optional (guide)

# 官僚主义 (×5 in the bureaucracy paragraph), added last: all_occ moves the cursor
all_occ(A, SL, '官僚主义', False, within=[(829, 1600)], kind='term', quoted=False)   # undecided: optional (gwr-058-outlook.py)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
