from _ann import CC, DEP, DT, PE, SL, Ann, P

A = Ann('jhsjk2020-024', 822, 3088)
s = A.s
leader = A.leader
F, U, Q = A.figure, A.unquoted, A.quoted
def mzzjj(ctx=None):  # 马克思主义政治经济学: a branch of the doctrine, like 历史唯物主义 (round 3): optional
    sp = U('马克思主义政治经济学', req=False, ctx=ctx)
    U('马克思主义', req=False, at=sp['start'])  # as a modifier (round 2)
    s(PE, '马克思', False, at=sp['start'])
def mzz(ctx=None):  # 马克思主义 as a modifier (马克思主义经典作家, …基本原理)
    sp = U('马克思主义', req=False, ctx=ctx)
    s(PE, '马克思', False, at=sp['start'])
def dev5(ctx=None):  # the standard wording of the new development philosophy (round 4: the listed wording)
    sp = U('创新、协调、绿色、开放、共享', ctx=ctx)
    U('创新、协调、绿色、开放、共享的发展理念', req=False, at=sp['start'])
def people(ctx=None):  # the fixed name of a thought (decided here, see ROUND7-r6gL.md)
    sp = U('以人民为中心的发展思想', ctx=ctx)
    U('以人民为中心', req=False, at=sp['start'])  # round 5
def quote(t):
    Q(t, 'quotation', req=False)

# photo caption 1
s(DT, '2020年7月31日上午', False, value='2020-07-31')
s(DT, '2020年7月31日', value='2020-07-31')
# 北斗三号全球卫星导航系统: a system's name, 三号 no figure
s(P, '北京')
leader()
s(DEP, '新华社', False, kind='media')
s(PE, '鞠鹏')
# 我们党历来重视对马克思主义政治经济学的学习、研究、运用。
mzzjj()
s(PE, '毛泽东', title='同志')
F('4次', 4, '次', '集中研读《资本论》')  # a count of times (rounds 5, 6)
s(P, '苏联')
quote('研究政治经济学问题，有很大的理论意义和现实意义')
s(PE, '毛泽东', title='同志')
s(DT, '新民主主义时期', False)  # a historical period
U('新民主主义经济纲领', req=False)
U('社会主义社会的基本矛盾理论', req=False)
U('统筹兼顾、注意综合平衡', req=False)  # a historical policy wording (undecided)
U('以农业为基础、工业为主导、农轻重协调发展', req=False)
mzzjj()
s(DT, '党的十一届三中全会以来', False)
s(DT, '党的十一届三中全会', False); s(DT, '十一届三中全会', False)
mzzjj()
U('改革开放', req=False)
mzzjj()
s(DT, '1984年10月', value='1984-10')
s(DEP, '中共中央', False, **CC)  # inside the title of a document 《…》
s(PE, '邓小平', title='同志')
quote('写出了一个政治经济学的初稿，是马克思主义基本原理和中国社会主义实践相结合的政治经济学')
s('FIGURE', '一个', False, value=1, approx='exact', unit='个')  # inside a quotation
s(SL, '马克思主义', False, kind='formula', quoted=False)
s(PE, '马克思', False)
s(P, '中国', False)
s(DT, '30多年来', False)
s('FIGURE', '30多年', False, value=30, approx='more_than', unit='年')  # duration
U('改革开放', req=False)
U('当代中国马克思主义政治经济学', req=False)  # undecided (see mzzjj)
s(P, '中国', False)  # inside the optional doctrine name (nesting)
mzzjj()
U('社会主义初级阶段', req=False)
dev5()
U('社会主义市场经济', req=False)  # round 6
U('使市场在资源配置中起决定性作用和更好发挥政府作用', req=False)  # standard policy wording (undecided)
U('新常态', req=False)  # undecided
U('新型工业化、信息化、城镇化、农业现代化', req=False)
U('所有权、承包权、经营权', req=False)
U('两个市场、两种资源', req=False)  # numerals inside a formula: no FIGURE
U('共同富裕', req=False)
mzz(ctx='马克思主义经典作家')
U('改革开放', req=False); s(DT, '改革开放前', False)  # a period
s(P, '中国', ctx='当代中国国情')  # round 3: 当代中国 / 中国国情
mzzjj()
mzzjj()
U('社会主义市场经济', req=False)
mzzjj()
# 第一，坚持以人民为中心的发展思想。
people()
mzzjj()
s(PE, '马克思'); s(PE, '恩格斯')
quote('无产阶级的运动是绝大多数人的、为绝大多数人谋利益的独立的运动')
quote('生产将以所有的人富裕为目的')
s(PE, '邓小平', title='同志')
U('解放生产力，发展生产力，消灭剥削，消除两极分化，最终达到共同富裕', req=False)  # standard wording of a definition (undecided)
U('共同富裕', req=False)
s(DT, '党的十八届五中全会', False); s(DT, '十八届五中全会', False)
people()
U('共同富裕', req=False)
# 第二，坚持新的发展理念。
U('新的发展理念')  # the 2015 wording of 新发展理念 (round 1)
s(DT, '党的十八届五中全会', False); s(DT, '十八届五中全会', False)
dev5()
U('五大发展理念', req=False)  # anaphoric (这五大发展理念, like 这一伟大工程); no FIGURE
mzzjj()
s(PE, '马克思'); s(PE, '恩格斯')
quote('所有人共同享受大家创造出来的福利')
quote('人直接地是自然存在物')
quote('自然史和人类史就彼此相互制约')
U('五大发展理念', req=False)
U('新的发展理念')
# photo caption 2
s(DT, '2020年7月22日至24日', False, value='2020-07-22/2020-07-24')
s(DT, '2020年7月22日', value='2020-07-22')
s(DT, '24日', False, value='---24', resolved='2020-07-24')
leader()
s(P, '吉林省')
s(DT, '7月23日下午', False, value='--07-23', resolved='2020-07-23')
s(DT, '7月23日', value='--07-23', resolved='2020-07-23')
s(PE, '习近平')
s(P, '长春新区规划展览馆', False)  # a venue
s(P, '长春新区', False); s(DEP, '长春新区', False, level='city', kind='state')  # a state-level new area, like a development zone (round 3)
s(P, '长春', False)
s(DEP, '新华社', False, kind='media')
s(PE, '王晔')
# 第三，坚持和完善社会主义基本经济制度。
U('社会主义基本经济制度', req=False)  # a system's name (round 3)
mzzjj()
s(DT, '改革开放以来', False); U('改革开放', req=False)
s('FIGURE', '两方面', False, value=2, approx='exact', unit='方面')  # 正反两方面: set phrase / anaphoric
U('社会主义初级阶段', req=False)
U('公有制为主体、多种所有制经济共同发展', req=False)  # the system's wording (undecided)
U('社会主义市场经济', req=False)
U('毫不动摇巩固和发展公有制经济，毫不动摇鼓励、支持、引导非公有制经济发展', 'directive')  # standard wording of the “两个毫不动摇” requirement
U('中国特色社会主义制度', req=False); s(P, '中国', False)  # a system's name (round 5)
U('社会主义市场经济体制', req=False)
U('社会主义市场经济', req=False)
# photo caption 3
s(DT, '2020年6月8日至10日', False, value='2020-06-08/2020-06-10')
s(DT, '2020年6月8日', value='2020-06-08')
s(DT, '10日', False, value='---10', resolved='2020-06-10')
leader()
s(P, '宁夏')
s(DT, '6月9日下午', False, value='--06-09', resolved='2020-06-09')
s(DT, '6月9日', value='--06-09', resolved='2020-06-09')
s(PE, '习近平')
s(P, '银川市贺兰县')  # a chain (round 2), its parts optional
s(P, '银川市', False); s(P, '贺兰县', False)
s(P, '稻渔空间乡村生态观光园', False)  # a venue
s(P, '宁夏', ctx='了解宁夏')
s(DEP, '新华社', False, kind='media')
s(PE, '鞠鹏')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
