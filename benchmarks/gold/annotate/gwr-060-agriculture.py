from functools import partial

from _ann import DEP, DT, PE, Ann

# Round 32 (annotator r32a, blind): the 1979 State Council government work report,
# section 二 "打好四个现代化的第一个战役", the opening of the ten tasks: 国务院's
# 十项工作, task 第一 (agriculture: 以农业为基础, 八亿农民 ×2, 自力更生、艰苦奋斗,
# 林彪 and “四人帮”, 三级所有、队为基础, 各尽所能、按劳分配, the investment share
# raised from 去年's 百分之十点七 to 百分之十四 and 一百七十四亿元 in all, 明后两年;
# 亿万农民, 国务院's survey and regional plans, 县、省和中央三级 plans), the note on
# the 农村人民公社工作条例（试行草案） for 明年's 全国人民代表大会第三次会议, and
# task 第二 (light and textile industry, 今年). Range [9248, 11030) of the window
# [4867, 15105), between gwr-060-2547-4867 and gwr-060-15105-17235. Simplified.
A = Ann('gwr-060', 9248, 11030)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
opt_fig = partial(A.figure, req=False)
GOV = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
NPC = {'level': 'central', 'kind': "people's congress", 'canonical': '全国人民代表大会'}

# 国务院认为，…当前我们发展国民经济的主要任务，是要着重抓好以下的十项工作。
s(DEP, '国务院', **GOV)                                        # required (round 1)
opt_fig('十项', 10, '项', '主要任务')                          # a count announcing the list: optional (四个 in 四个方面, round 16)
# 第一、坚持贯彻以农业为基础的指导思想 …
U('以农业为基础', req=False)                                   # 以农业为基础 alone: optional (round 14)
U('农业现代化', req=False, ctx='为了逐步实现农业现代化')        # a policy phrase: optional (Conventions decided here)
F('八亿', 800000000, '', '农民', ctx='八亿农民的积极性')         # number before a noun without classifier (Conventions decided here)
opt_fig('八亿农民', 800000000, '', '农民')                      # the number with the noun: optional (Conventions decided here)
U('自力更生、艰苦奋斗', req=False)                              # like 自力更生、艰苦创业 (r27d): optional
U('自力更生', req=False)                                       # optional at every occurrence (round 14)
opt_fig('一个', 1, '个', '持续的大幅度的增长', ctx='有一个持续')    # 一个 as "a": optional (gwr-071; README)
s(PE, '林彪')                                                  # required (cpc-006; gwr-060-modernization)
Q('四人帮', 'term', req=False)                                 # a quoted faction label: optional (Conventions decided here)
U('三级所有、队为基础', req=False)                              # the commune system's standard wording, undecided: optional (round 32)
U('各尽所能、按劳分配', req=False)                              # undecided: optional, like 按劳分配 (round 3)
U('按劳分配', req=False, ctx='各尽所能、按劳分配')              # optional (round 3)
s(DEP, '国务院', ctx='因此，国务院认为', **GOV)
# 今年政府对农业的投资比重由去年的百分之十点七提高到百分之十四 …总额达到一百七十四亿元，明后两年…
s(DT, '今年', False, ctx='今年政府对农业', value='1979', resolved='1979')   # relative time: optional
s(DT, '去年', False, value='1978', resolved='1978')
F('百分之十点七', 10.7, '%', '政府投资中农业的比重（1978）')
F('百分之十四', 14, '%', '政府投资中农业的比重（1979）')       # after 提高到: exact (r26b)
F('一百七十四亿元', 17400000000, '元', '用于农业的资金总额（1979）', ap='exact|more_than')  # after 达到 (guide)
s(DT, '明后两年', False, value='1980/1981', resolved='1980/1981')  # relative time: optional
opt_fig('两年', 2, '年', '', ctx='明后两年')                    # a duration: optional
# 各级农业部门和农村社队: generic, none

# 目前我国亿万农民的生产积极性空前高涨 …
opt_fig('亿万', 100000000, '', '农民', ap='about')            # 亿万 in 亿万人民: optional (round 6)
# 全国人民公社和公社以上各级; 人民公社、生产大队和生产队: generic organ classes (guide: 党支部), none
s(DEP, '国务院', ctx='国务院已经着手', **GOV)
# 依次制定县、省和中央三级的农业现代化规划
s(DEP, '中央', False, ctx='县、省和中央三级', level='central', kind='state')  # 中央 alone: optional (Conventions decided here)
opt_fig('三级', 3, '级', '农业现代化规划', ctx='中央三级')       # a count after a closed list: optional (round 2)
U('农业现代化', req=False, ctx='三级的农业现代化规划')          # a modifier: optional
# 我国八亿农民就能够比较快地陆续富裕起来
F('八亿', 800000000, '', '农民', ctx='我国八亿农民就')
opt_fig('八亿农民', 800000000, '', '农民')

# 农村人民公社工作条例（试行草案）: the title of a regulation, no label (round 21; r26d)
s(DT, '明年', False, value='1980', resolved='1980')             # relative time: optional
s(DT, '本届全国人民代表大会第三次会议', False)                  # a session as actor/time: optional (r16c)
s(DT, '全国人民代表大会第三次会议', False)
s(DEP, '全国人民代表大会', ctx='全国人民代表大会第三次会议', **NPC)  # the organ inside a session name: required (r16c)

# 第二、… 今年国家提高了对轻纺工业的投资比重
s(DT, '今年', False, ctx='今年国家提高', value='1979', resolved='1979')  # relative time: optional
# 轻纺工业部门, 重工业各部门, 手工业企业, 军工企业: generic, none

A.review()
A.write()
