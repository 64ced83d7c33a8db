# Round 38 (annotator r38d), blind. prov2026-010: 2026 government work report of
# Shanxi, range [14352, 16623) (the whole allowed window, between
# prov2026-010-12555-14352 and prov2026-010-16623-18802): the close of task (七)
# (cities: 山西中部城市群, 太原都市圈, 太原, 晋北 / 晋南 / 晋东南, 大同, “三区一村”),
# task (八) the green transition (汾河谷地, 太原盆地, “一泓清水入黄河”, 中央生态环保督察,
# “山西好风光”, 黄河“几字弯”, “三北”, 260万亩, “两山七河五湖”, 吕梁山, 黄土高原,
# “四水四定”, “双碳”, “美丽山西·全民行动”) and task (九) livelihood (“技能照亮前程”,
# 1万个 ×2, 爱国卫生运动, “能看好病、看得起病、方便看病”, 6个 / 20个 / 15个, “四大慢病”,
# 三晋, 云冈, 盐湖, 陶寺, 丁村, “书香山西”). Simplified (as the source).
from _ann import DEP, DT, Ann, P

A = Ann('prov2026-010', 14352, 16623)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted


def camp(t, ctx=None):
    """An unquoted …行动 / …工程 name: optional campaign (round 14 list; prov2026-010-tasks)."""
    return U(t, 'campaign', req=False, ctx=ctx)


def sx_in(ctx):
    """山西 inside a quoted slogan or a programme's name: optional (guide: nesting; prov2026-010 earlier gold)."""
    s(P, '山西', False, ctx=ctx)


# 建设现代文明城市
sp = s(P, '山西中部城市群')                            # a region with a defined membership (round 15: 山东半岛城市群 required)
s(P, '山西', False, at=sp['start'])                   # inside it (round 15: 山东 optional)
sp = s(P, '太原都市圈')                               # like 沈阳都市圈 (round 11: required, longest name)
s(P, '太原', False, at=sp['start'])
s(P, '太原', ctx='支持太原建设')                      # the city (guide)
s(P, '晋北', False, ctx='支持晋北')                   # a region without a fixed boundary (round 2, prov2026-010 earlier gold)
s(P, '晋南', False)
s(P, '晋东南', False)
s(P, '晋东南城镇圈', False)                           # the clusters' name (decided here: optional, like agglomerations named by regions, r15b)
U('高质量发展', req=False, ctx='城镇圈高质量发展')      # a policy phrase (conventions: optional; slip fixed after the measurement)
s(P, '大同')
Q('三区一村', 'term', req=False)                      # a quoted category naming a renewal task, like “四类管线” (round 11: optional term)
camp('房屋品质提升工程')
camp('物业服务质量提升行动')
U('好房子、好小区、好社区、好城区', 'term', req=False)  # unquoted, like the quoted coinage “好房子” (round 8 list: optional term)
camp('城市生命线安全工程')
# （八）着力推动全面绿色转型
U('污染防治攻坚', req=False)                          # a policy phrase (conventions: optional)
sp = s(P, '汾河谷地')                                 # a named valley (guide: named places)
s(P, '汾河', False, at=sp['start'])                   # a name inside a longer name (guide: nesting)
sp = s(P, '太原盆地')                                 # a named basin (round 16: basins required)
s(P, '太原', False, at=sp['start'])
camp('大气污染提质增效行动')
Q('一泓清水入黄河', 'campaign')                       # a quoted programme name (prov2026-021: required)
s(P, '黄河', False, ctx='入黄河')                     # inside a quoted slogan (guide)
sp = camp('中央生态环保督察')                         # an inspection (prov2026-021-ecology: optional campaign)
s(DEP, '中央', False, at=sp['start'], level='central', kind='party')  # 中央 in 中央生态环保督察 (round 13: optional)
# 实施固废综合治理行动: 煤矸石, 固废: none
camp('固废综合治理行动')
# 扎实推进生态修复治理
Q('山西好风光', 'campaign')                           # quoted programme (…工程), like “人到山西好风光” (prov2026-010 earlier gold)
sx_in('山西好风光')
camp('国土绿化行动')
s(P, '黄河', False, ctx='黄河“几字弯”')                # at the start of a campaign's name (round 11)
Q('几字弯', 'term', req=False)                        # round 11: optional term
Q('三北', 'term', req=False)                          # “三北”工程 (round 9: undecided, optional term)
F('260万亩', 2600000, '亩', '营造林')                  # a measured quantity (guide)
Q('两山七河五湖')                                     # a quoted numbered formula (guide); no FIGURE
s(P, '吕梁山', False, ctx='吕梁山山水工程')            # at the start of a project's name (round 4/11: optional)
camp('吕梁山山水工程')
s(P, '黄土高原')                                      # a named plateau (guide: named places)
# 严格落实“四水四定”
Q('四水四定')                                         # a quoted coded formula (guide); no FIGURE
sp = camp('深度节水控水行动山西方案')                 # a plan's name (undecided: optional)
s(P, '山西', False, at=sp['start'] + 8)                                 # inside a plan's name (decided here: optional)
# 积极稳妥推进碳达峰山西行动
camp('碳达峰山西行动')
U('碳达峰', req=False, ctx='碳达峰山西行动')          # round 23: optional
sx_in('碳达峰山西行动')
Q('双碳')                                             # quoted coded formula (round 2: required)
U('碳达峰', req=False, ctx='国家碳达峰试点')          # round 23: optional
sp = Q('美丽山西·全民行动', 'campaign')               # a quoted campaign name (guide)
s(P, '山西', False, at=sp['start'] + 2)
sp = U('美丽山西', req=False, ctx='绘就美丽山西新画卷')    # like 美丽中国 (round 4: optional)
s(P, '山西', False, at=sp['start'] + 2)                                 # inside it, like 中国 in 美丽中国 (round 6)
# （九）着力保障和改善民生
sp = F('至少一人', 1, '人', '零就业家庭就业', ap='at_least', req=False)   # 至少 stays outside (round 30, lead's decision): the longer form optional
s('FIGURE', '一人', at=sp['start'] + 2, value=1, approx='at_least|exact', unit='人', subject='零就业家庭就业')
Q('技能照亮前程', 'campaign')                          # a quoted programme name (…培训行动)
U('以工代赈', req=False)                              # r36b: optional
# 构建优质教育体系
camp('教育强省三年行动计划')
s('FIGURE', '三年', False, value=3, approx='exact', unit='年', subject='')  # a duration inside a campaign name (conventions: optional)
camp('新时代立德树人工程')
U('新时代', req=False, ctx='新时代立德树人')           # prov2026-010 earlier gold: optional
s(DT, '新时代', False, ctx='新时代立德树人')
F('1万个', 10000, '个', '普惠性学前教育学位')
F('1万个', 10000, '个', '普通高中学位', ctx='增加1万个普通高中')
# 建设高水平健康山西
sp = U('健康山西', req=False, ctx='高水平健康山西')         # a goal designation, like 美丽中国 (round 4: optional)
s(P, '山西', False, at=sp['start'] + 2)              # inside it, like 中国 in 美丽中国
U('爱国卫生运动', 'campaign')                          # a standard campaign name (round 14: required)
sp = camp('健康山西行动')
s(P, '山西', False, at=sp['start'] + 2)
U('健康山西', req=False, at=sp['start'])              # the goal inside the action's name, as 碳达峰 in 碳达峰山西行动 (nesting: optional; added after the measurement)
Q('能看好病、看得起病、方便看病', 'directive')         # a quoted requirement (guide)
camp('省级区域医疗中心扩容行动')
F('6个', 6, '个', '国家级临床重点专科')
F('20个', 20, '个', '省级临床重点专科')
Q('四大慢病', 'term', req=False)                      # a quoted category (like “四类管线”, round 11: optional term); no FIGURE
camp('医疗卫生强基工程')
F('15个', 15, '个', '紧密型县域医共体升级版')
# 加大社会保障力度
camp('社保高质量参保行动')
F('两项', 2, '项', '残疾人补贴', req=False)            # 残疾人两项补贴 (round 14: optional)
# 提升公共文化服务效能
s(P, '三晋', False)                                    # a historical name of the province (prov2026-010 earlier gold: optional)
camp('第四次全国文物普查')                             # like 第四次全国农业普查 (prov2026-010-tasks: optional)
s(P, '云冈', False)                                    # inside the name of a field of study, 云冈学 (decided here: optional)
s(P, '盐湖')                                           # the Yuncheng salt lake, a named place (guide)
s(P, '陶寺')                                           # named sites (guide: named places)
s(P, '丁村')
camp('公共文化服务提质增效行动')
Q('书香山西', 'campaign')                              # a quoted campaign (…建设)
sx_in('书香山西')
# 第十七届省运会: an event with its ordinal, none (round 32: 奥运会 none)
# 促进人口高质量发展
U('高质量发展', req=False, ctx='人口高质量发展')        # a policy phrase (conventions: optional; slip fixed after the measurement)
camp('妇幼健康促进行动')
camp('康复护理扩容提升工程')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
