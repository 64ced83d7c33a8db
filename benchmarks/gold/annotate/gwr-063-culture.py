# Round 38 (annotator r38d), blind. gwr-063: 1964 State Council government work
# report (summary in the third person), range [9950, 12141) (the whole allowed
# window, between gwr-063-7740-9950 and gwr-063-12141-13876): the close of the
# 社会主义教育运动 section (亿万群众), the 文化革命 section (its heading,
# 兴无产阶级思想，灭资产阶级思想, the quoted theses “合二而一”, “各阶级汇合的时代精神”,
# “写中间人物”, 地富反坏右, 马克思列宁主义, 今年's 京剧现代戏观摩演出, the quoted
# “百花齐放、百家争鸣” ×2, 刘少奇主席's instruction on education, 半工半读、半农半读,
# 知识分子劳动化，劳动人民知识化, 毛泽东著作, 毛泽东思想), and the opening of the
# united-front section (周恩来总理, 中国共产党, 工农联盟, 民主党派, 人民内部矛盾,
# 无产阶级专政, 两个阶级). Chinese numerals only, no dates but 今年.
# Script: traditional (the gold text is OpenCC s2t of the simplified source;
# spans are found on the simplified text, written with the s2t surface).
from _ann import DEP, DT, PE, Ann, P

A = Ann('gwr-063', 9950, 12141, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
CPC = {'level': 'central', 'kind': 'party'}


def opt_fig(t, v, u, subj, ctx=None, ap='exact'):
    s('FIGURE', t, False, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)


def zhou(ctx):
    """周总理: 周 required with title 总理, the whole optional (conventions; gwr-063-struggle)."""
    s(PE, '周', ctx=ctx, title='总理')
    s(PE, '周总理', False, title='总理')


def sej(ctx):
    """社会主义教育运动 standing alone: required, kind campaign (round 30; gwr-063-struggle)."""
    U('社会主义教育运动', 'campaign', ctx=ctx)


def wenge(ctx):
    """文化革命 (the 1964 programme, not 文化大革命): optional campaign (decided here, undecided)."""
    U('文化革命', 'campaign', req=False, ctx=ctx)


def capitalism(ctx):
    """资本主义 standing alone: optional term (round 15; r37a)."""
    U('资本主义', 'term', req=False, ctx=ctx)


def mlism_req(ctx):
    """马克思列宁主义 as the doctrine itself (坚持…): required (round 2); 马克思 / 列宁 inside optional (guide)."""
    sp = U('马克思列宁主义', ctx=ctx)
    s(PE, '马克思', False, at=sp['start'])
    s(PE, '列宁', False, at=sp['start'] + 3)


def labor(ctx):
    """知识分子劳动化，劳动人民知识化: the goal wording of the period, optional formula (decided here, undecided)."""
    U('知识分子劳动化，劳动人民知识化', req=False, ctx=ctx)


def front(ctx):
    """人民民主统一战线: optional term (gwr-063-nationalities, gwr-063-struggle)."""
    U('人民民主统一战线', 'term', req=False, ctx=ctx)


# the close of the 社会主义教育运动 section
zhou('周总理说，社会主义教育运动是')
sej('社会主义教育运动是亿万群众')
s('FIGURE', '亿万', False, value=100000000, approx='about', unit='', subject='群众')  # 亿万 in 亿万人民 (round 6 / conventions: optional)
sej('在全部社会主义教育运动工作中')                                # the campaign's name before 工作, no 的 (decided here: required)
# 第一位: an ordinal, none
zhou('周总理说，阶级斗争')
# 阶级斗争, 革命运动: no label (r37a)
sej('这次社会主义教育运动的胜利')
opt_fig('一个', 1, '个', '社会主义革命的新高潮', ctx='将有一个社会主义革命')  # an article (round 2: optional)
opt_fig('一个', 1, '个', '社会主义建设的新高潮', ctx='将有一个社会主义建设')
# the heading of the 文化革命 section
wenge('文化革命最主要的任务')
capitalism('彻底反对资本主义，文化革命的目标')
wenge('文化革命的目标是知识分子')
labor('知识分子劳动化，劳动人民知识化\n')
# 周总理在谈到文化革命的任务时指出，…
zhou('周总理在谈到')
wenge('谈到文化革命的任务')
# 反帝反封建: a task wording, no label
capitalism('彻底反对资本主义，兴无产阶级')
U('兴无产阶级思想，灭资产阶级思想', req=False)                   # a standard wording of the time (gwr-063-struggle: optional)
U('为无产阶级政治服务，为工农兵服务，为社会主义经济基础服务', req=False)  # like 为无产阶级政治服务、为工农兵服务的方向 (gwr-063 earlier gold: optional)
capitalism('对资本主义的、封建主义的')                            # 封建主义: not annotated (r33d)
# 周总理指出，最近，一些部门中和报刊上，对“合二而一”、…展开了批判
zhou('周总理指出，最近')
Q('合二而一', 'term', req=False)                                   # a quoted thesis under criticism: quoted coinage (conventions: optional term)
Q('各阶级汇合的时代精神', 'term', req=False)
Q('写中间人物', 'term', req=False)
F('一系列', 1, '系列', '原则性问题', req=False)                   # an article count (rounds 10 and 12: optional)
U('社会主义道路', 'term', req=False, ctx='走社会主义道路')        # a path named (decided here, undecided: optional)
U('资本主义道路', 'term', req=False, ctx='走资本主义道路')
capitalism('封建主义和资本主义服务')
U('地富反坏右', 'term', req=False)                                 # the abbreviated class-enemy label (undecided: optional, like 地富反坏)
mlism_req('坚持马克思列宁主义')
U('修正主义', 'term', req=False, ctx='还是搞修正主义')            # standing alone (decided here, like 现代修正主义: optional term)
U('辩证唯物主义', 'term', req=False)                               # round 3: optional
# 文化革命是不破不立，有破有立的。
wenge('文化革命是不破不立')
U('不破不立，有破有立', 'term', req=False)                        # a set phrase (decided here, undecided: optional)
s(DT, '今年', False, ctx='今年举行的', resolved='1964')           # relative time (conventions: optional)
U('京剧现代戏观摩演出', 'campaign', req=False)                    # an event's name (decided here, undecided: optional)
wenge('对文化革命起了')
# 周总理说，…“百花齐放、百家争鸣”…
zhou('周总理说，我们要继续贯彻')
U('为工农兵服务、为社会主义服务', req=False)                      # like 为人民服务、为社会主义服务 (r26c: optional)
Q('百花齐放、百家争鸣', ctx='“百花齐放、百家争鸣”，这是')        # quoted formula, called the 方针 (guide: quoted formulas; round 6)
Q('百花齐放、百家争鸣', ctx='“百花齐放、百家争鸣”的过程')
# the education paragraph
zhou('方面，周总理说')
s(PE, '刘少奇', title='主席')                                      # a full name with title: the name (guide; r37d 李先念副总理)
U('教育为无产阶级政治服务、教育与生产劳动相结合', req=False)       # round 14: optional
U('半工半读、半农半读', 'term', req=False, ctx='试办半工半读、半农半读')  # gwr-063 1281-3606: optional
U('半工半读、半农半读', 'term', req=False, ctx='学校。半工半读、半农半读')
opt_fig('一种', 1, '种', '新型学校', ctx='是一种教育同劳动')       # an article count (round 2: optional)
# 周总理说，知识分子劳动化，劳动人民知识化，是我们文化革命的目标。
zhou('周总理说，知识分子劳动化')
labor('知识分子劳动化，劳动人民知识化，是')
wenge('我们文化革命的目标')
opt_fig('一支', 1, '支', '工人阶级知识分子队伍', ctx='必须有一支强大')  # like 一批 / 一个 (round 2: optional)
wenge('在文化革命的洪流中')
sp = U('马克思列宁主义', req=False, ctx='要学习马克思列宁主义')   # learning the doctrine, like 比较熟悉马克思主义 (r28b: optional)
s(PE, '马克思', False, at=sp['start'])
s(PE, '列宁', False, at=sp['start'] + 3)
s(PE, '毛泽东', ctx='学习毛泽东著作')                              # the author of the works named (decided here: required)
U('活学活用', 'term', req=False)                                   # a set phrase of the period (decided here, undecided: optional)
sp = U('毛泽东思想', ctx='用毛泽东思想武装')                           # the doctrine itself (README: required)
s(PE, '毛泽东', False, at=sp['start'])                     # inside the doctrine name (README: optional)
# the heading of the united-front section
front('进一步巩固和发展人民民主统一战线，胜利地')
U('社会主义事业', 'term', req=False, ctx='胜利地推进社会主义事业\n')   # standing alone (r16: optional)
# 周恩来总理接着谈到…
s(PE, '周恩来', ctx='周恩来总理接着', title='总理')                # full name with title (guide; gwr-063-struggle)
front('巩固和发展人民民主统一战线的问题')
front('我国的人民民主统一战线，是')
sp = s(DEP, '中国共产党', False, ctx='先锋队中国共产党', **CPC)    # the Party as a whole (guide: optional)
s(P, '中国', False, at=sp['start'])                                # place at the start of an organ name (guide)
U('工农联盟', 'term', req=False)                                   # r29a: optional
s(DEP, '民主党派', False, ctx='各民主党派、各人民团体')            # round 3: optional
# 各人民团体, 各民族爱国人士, 爱国华侨: generic, no label
front('进一步巩固和发展人民民主统一战线，对于')
U('社会主义事业', 'term', req=False, ctx='推进社会主义事业具有')
# 周总理说，在我国的具体条件下，党和国家…
zhou('周总理说，在我国的具体条件')
s(DEP, '党', False, ctx='党和国家对民族资产阶级', kind='party')     # 党 alone (r37d, r16d: optional)
opt_fig('两个', 2, '个', '阶级', ctx='这两个阶级')                 # anaphoric (conventions; r35b 两个阶级: optional)
U('人民内部矛盾', 'term', req=False)                               # round 32 / r32a: optional term
capitalism('强烈要求发展资本主义的')
U('无产阶级专政', 'term', req=False, ctx='强大的无产阶级专政')      # r37a: optional
opt_fig('一种', 1, '种', '特殊形式', ctx='一种特殊形式')           # an article count (round 2: optional)
capitalism('消灭资产阶级和资本主义，而')
capitalism('保留资产阶级和资本主义。')
s(DEP, '民主党派', False, ctx='资产阶级、民主党派和统一战线')      # round 3: optional
U('统一战线', 'term', req=False, ctx='民主党派和统一战线问题')      # undecided: optional (earlier gold)
# 对资产阶级分子的改造过程，…
capitalism('一切资本主义复辟活动')
opt_fig('一个', 1, '个', '阶级', ctx='作为一个阶级')               # an article count (round 2: optional)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
