from functools import partial

from _ann import DEP, DT, PE, Ann, P

# Round 26 (annotator r26c), blind. 15th CPC National Congress report (1997),
# source range [8338, 10192), inside section 四 “社会主义初级阶段的基本路线和纲领”:
# the primary stage of socialism (五十年代中期, 四十多年, 近二十年, 社会主义初级阶段 ×8),
# the principal contradiction, 发展是硬道理, reform as the motive force, stability
# (人民民主专政, 两手抓、两手都要硬, 资产阶级自由化), the basic line (以经济建设为中心,
# 四项基本原则, 改革开放, 这两个基本点, 二十一世纪, 邓小平理论, “左”) and the programme
# for the economy, politics and culture (公有制为主体、多种所有制经济共同发展, 共同富裕,
# 中国共产党, 依法治国, 人民代表大会制度, 多党合作、政治协商制度, 民族区域自治制度,
# 马克思主义, 四有, 三个面向, 邓小平理论, 二为 / 双百). Simplified script.
A = Ann('cpc-010', 8338, 10192)
s = A.s
F, U, Q, Y = A.figure, A.unquoted, A.quoted, A.date
opt_fig = partial(A.figure, req=False)


def stage(ctx=None):
    """社会主义初级阶段: optional at every occurrence (rounds 6, 7, 14)."""
    U('社会主义初级阶段', 'term', req=False, ctx=ctx)


# paragraph 1
Y('五十年代', '195X')                                          # a decade (guide); the bare decade is the span
s(DT, '五十年代中期', False, value='195X')                     # the form with its modifier: optional (guide)
stage('我国进入社会主义初级阶段')
opt_fig('四十多年', 40, '年', '', ap='more_than')              # a duration (guide): optional
opt_fig('近二十年', 20, '年', '', ap='less_than')              # a duration (guide): optional
U('社会主义市场经济体制', 'term', req=False, ctx='社会主义市场经济体制还不成熟')   # round 6
U('社会主义市场经济', 'term', req=False, ctx='社会主义市场经济体制还不成熟')
U('资本主义', 'term', req=False, ctx='资本主义腐朽思想')        # standing alone (round 15): optional
# paragraph 2
stage('在社会主义初级阶段，尤其')
U('人民日益增长的物质文化需要同落后的社会生产之间的矛盾', req=False)   # the principal contradiction's standard wording: optional as in cpc-011-goals.py (fix after measurement)
stage('贯穿我国社会主义初级阶段')
U('发展是硬道理', req=False)                                   # Deng's saying: a formula or a quotation (undecided: optional)
s(P, '中国', ctx='中国解决所有问题')                           # the country (round 3)
# paragraph 3
stage('在社会主义初级阶段，围绕')
U('建设有中国特色社会主义', req=False, ctx='推进建设有中国特色社会主义事业')   # modifier of 事业 (round 14): optional
U('有中国特色社会主义', req=False, ctx='有中国特色社会主义')
s(P, '中国', False, ctx='中国特色')                  # inside the formula (round 5)
# paragraph 4
stage('在社会主义初级阶段，正确处理')
U('人民民主专政', 'term', req=False, ctx='党的领导和人民民主专政')   # round 3
U('物质文明和精神文明两手抓、两手都要硬', 'directive', req=False)  # the wording of a 方针 (undecided: optional)
U('两手抓、两手都要硬', 'directive', req=False)                # its core (undecided: optional); no FIGURE
U('反对资产阶级自由化', 'directive', req=False)              # the standard wording with its verb (undecided: optional; fix after measurement)
U('资产阶级自由化', 'term', req=False, ctx='资产阶级自由化')    # a term of the time (undecided: optional)
# paragraph 5
s(DT, '二十一世纪', False, value='20XX')                        # a century alone (round 5): optional
U('党在社会主义初级阶段的基本路线', req=False)                # like 党的基本路线 (round 5): optional
stage('党在社会主义初级阶段的基本路线')
U('以经济建设为中心', req=False)                               # earlier rounds: optional
U('四项基本原则')                                               # a set of principles' fixed name (round 2); no FIGURE
U('改革开放', req=False, ctx='改革开放这两个基本点')            # a policy phrase (round 6): optional
U('两个基本点', req=False)                                     # anaphoric 这两个基本点 (like 这一伟大工程, round 3): optional; no FIGURE
U('建设有中国特色社会主义', req=False, ctx='统一于建设有中国特色社会主义的伟大实践')   # modifier (round 14)
U('有中国特色社会主义', req=False, ctx='有中国特色社会主义')
s(P, '中国', False, ctx='中国特色')
opt_fig('近二十年', 20, '年', '', ap='less_than', ctx='近二十年来')   # a duration: optional
s(DT, '近二十年来', False)                                      # a relative time: optional
# 防止“左”: a scare-quoted single word (Conventions decided here): nothing
U('邓小平理论', ctx='坚持邓小平理论和基本路线')                 # 坚持邓小平理论 is required (round 14)
s(PE, '邓小平', False, ctx='邓小平理论和基本路线')                    # inside the doctrine name: optional (round 5)
U('富强民主文明的社会主义现代化国家', req=False)              # a goal's wording (undecided: optional)
stage('什么是社会主义初级阶段有中国特色')
U('有中国特色社会主义', req=False, ctx='有中国特色社会主义')  # modifier (round 14)
s(P, '中国', False, ctx='中国特色')
# ———the economy
U('建设有中国特色社会主义', req=False, ctx='建设有中国特色社会主义的经济，就是')
U('有中国特色社会主义', req=False, ctx='有中国特色社会主义')
s(P, '中国', False, ctx='中国特色')
U('社会主义公有制为主体、多种所有制经济共同发展', req=False)  # a system's wording (round 14): optional
U('公有制为主体、多种所有制经济共同发展', req=False)
U('社会主义市场经济体制', 'term', req=False, ctx='坚持和完善社会主义市场经济体制')
U('社会主义市场经济', 'term', req=False, ctx='社会主义市场经济体制')
U('按劳分配', req=False)                                        # a principle's name (round 3): optional
U('允许一部分地区一部分人先富起来', req=False)                # Deng's policy wording (undecided: optional)
U('共同富裕', 'term', req=False)                                # round 7: optional
U('对外开放', 'term', req=False, ctx='坚持和完善对外开放')     # a policy phrase (undecided: optional)
# ———politics
U('建设有中国特色社会主义', req=False, ctx='建设有中国特色社会主义的政治')
U('有中国特色社会主义', req=False, ctx='有中国特色社会主义')
s(P, '中国', False, ctx='中国特色')
s(DEP, '中国共产党', False, level='central', kind='party')   # the Party as a whole (guide): optional
s(P, '中国', False, ctx='中国共产党领导下')                    # inside 中国共产党 (round 3): optional
U('人民当家作主', 'term', req=False)                             # round 3
U('依法治国', 'term', req=False, ctx='依法治国，发展')          # round 3: optional at every occurrence
U('社会主义民主政治', 'term', req=False)                          # round 3
U('人民民主专政', 'term', req=False, ctx='以工农联盟为基础的人民民主专政')
U('人民代表大会制度', req=False)                                  # a system name (round 3)
s(DEP, '人民代表大会', False, kind="people's congress")          # inside the system name: optional (round 3)
U('共产党领导的多党合作、政治协商制度', req=False)               # a system name (round 3), here with 、
s(DEP, '共产党', False, ctx='共产党领导的多党', kind='party')   # the Party as a whole: optional (round 3)
U('民族区域自治制度', req=False)                                  # a system name (round 3)
U('社会主义法治国家', 'term', req=False)                          # round 3
# ———culture
U('建设有中国特色社会主义', req=False, ctx='建设有中国特色社会主义的文化')
U('有中国特色社会主义', req=False, ctx='有中国特色社会主义')
s(P, '中国', False, ctx='中国特色')
U('马克思主义', ctx='以马克思主义为指导')                        # the doctrine itself, 在…指导下 (rounds 2, 6): required
s(PE, '马克思', False, ctx='马克思主义为指导')                # a name inside a doctrine name (guide)
U('有理想、有道德、有文化、有纪律', req=False)                  # the 四有 wording (undecided: optional)
U('面向现代化、面向世界、面向未来', req=False)                  # the 三个面向 wording (undecided: optional)
U('民族的科学的大众的社会主义文化', req=False)                  # a standard wording (undecided: optional)
U('邓小平理论', ctx='坚持用邓小平理论武装全党')                 # 用…武装全党 (round 6): required
s(PE, '邓小平', False, ctx='邓小平理论武装')
U('为人民服务、为社会主义服务', req=False)                      # the 二为 direction (undecided: optional)
U('为人民服务', req=False, ctx='为人民服务、为社会主义服务')     # round 10: optional
U('百花齐放、百家争鸣', req=False)                               # the 双百 wording (undecided: optional; round 10 said apart)
s(P, '中国', ctx='立足中国现实')                                 # the country (round 3)
U('社会主义精神文明', 'term', req=False)                          # a policy phrase (round 13)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
