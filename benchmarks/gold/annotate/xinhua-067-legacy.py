# Xi Jinping at the symposium for the 130th anniversary of Mao Zedong's birth
# (26 Dec 2023), second range: the people's army, Mao's spirit, the mistakes
# of the socialist construction and the 文化大革命, reform and opening-up, the
# time since the 18th Congress, and the opening of the tasks (中国式现代化).
from _ann import DEP, DT, PE, SL, Ann, P, all_occ

A = Ann('xinhua-067', 3411, 5150)
s = A.s
U = A.unquoted
CPC = {'level': 'central', 'kind': 'party'}
ARMY = {'level': 'central', 'kind': 'state', 'canonical': '中国人民解放军'}


def mao(ctx=None, title='同志'):
    if title:
        s(PE, '毛泽东', ctx=ctx, title=title)
    else:
        s(PE, '毛泽东', ctx=ctx)


def one(t, unit, ctx=None, v=1):  # anaphoric or indefinite counts (一个, 一支, 一套, 一系列): optional
    s('FIGURE', t, False, ctx=ctx, value=v, approx='exact', unit=unit)


def china(ctx):
    s(P, '中国', ctx=ctx)


def cpm(req=True, ctx=None):  # 中国式现代化: required as subject/object, optional as a modifier
    U('中国式现代化', req=req, ctx=ctx)
    s(P, '中国', False)


# 毛泽东同志带领人民缔造了战无不胜的新型人民军队。
mao()
one('一个', '个', ctx='没有一个人民')
mao(ctx='毛泽东同志最早')
one('一支', '支')
U('全心全意为人民服务', ctx='人民军队全心全意为人民服务')  # the army's purpose (round 6: required as the modifier of 宗旨)
U('党指挥枪', ctx='党指挥枪的原则')  # a principle's fixed name (round 2)
U('政治建军原则', req=False); U('政治建军', req=False)
U('三大纪律八项注意')  # the fixed name of the army's rules; its numerals no FIGURE
U('政治、经济、军事三大民主', req=False); U('三大民主', req=False)
U('官兵一致、军民一致和瓦解敌军', req=False)
U('官兵一致', req=False); U('军民一致', req=False)
one('一套', '套')
one('一系列', '系列', ctx='一系列人民战争')
U('人民战争', 'term', req=False)
china('夺取中国革命')
s(DT, '新中国成立后', False)
s(P, '新中国', False, ctx='新中国成立后'); s(P, '中国', False, ctx='新中国成立后')
mao(ctx='毛泽东同志深入')
china('确立中国大国地位')
mao(ctx='毛泽东同志亲手')
china('为中国人民奋斗')
# 毛泽东同志把自己的一生献给党和人民
mao(ctx='毛泽东同志把自己')
mao(ctx='毛泽东同志展现')
one('一个', '个', ctx='一个伟大革命领袖')
mao(ctx='毛泽东同志的崇高')
# 社会主义是人类历史上全新的事业
china('由于中国是')
mao(ctx='正如毛泽东同志')
Q = ('对于建设社会主义的规律的认识，必须有一个过程。必须从实践出发，从没有经验到有经验，从有较少的经验，'
     '到有较多的经验，从建设社会主义这个未被认识的必然王国，到逐步地克服盲目性、认识客观规律、从而获得自由，'
     '在认识上出现一个飞跃，到达自由王国。')
s(SL, Q, False, kind='quotation', quoted=True)
s(SL, Q[:-1], False, kind='quotation', quoted=True)
one('一个', '个', ctx='必须有一个过程')
one('一个', '个', ctx='出现一个飞跃')
mao(ctx='毛泽东同志在社会主义')
s(SL, '文化大革命', False, kind='period', quoted=True)
s(DT, '文化大革命', False)
mao(ctx='对毛泽东同志的历史')
one('一个', '个', ctx='一个伟大的革命家')
s(SL, '马克思主义', False, ctx='马克思主义者', kind='formula', quoted=False)
s(PE, '马克思', False)
# 改革开放以后
s(DT, '改革开放以后', False)
U('改革开放', req=False, ctx='改革开放以后')
mao(ctx='评价毛泽东同志')
U('毛泽东思想'); s(PE, '毛泽东', False)
china('确立中国实现')
one('两个', '个', ctx='这两个相互', v=2)
U('以经济建设为中心', req=False)
U('四项基本原则')  # the fixed name of the principles; the numeral no FIGURE
U('改革开放', req=False, ctx='实行改革开放')
U('中国特色社会主义', req=False, ctx='建设中国特色社会主义的新长征')  # the object inside a relative clause: optional (round 6; slip fixed after the first measurement)
s(P, '中国', False)
U('新长征', 'term', req=False)
U('党的基本路线', req=False)
U('社会主义市场经济体制', req=False); U('社会主义市场经济', req=False)
U('全面小康', req=False)
U('中华民族伟大复兴', req=False)
# 党的十八大以来
s(DT, '党的十八大以来', False)
s(DEP, '党的十八大', False, **CPC); s(DT, '党的十八大', False); s(DT, '十八大', False)
s(P, '新中国', False, ctx='在新中国成立'); s(P, '中国', False, ctx='中国成立特别')
s(DT, '改革开放以来', False)
U('改革开放', req=False, ctx='改革开放以来')
U('新时代中国特色社会主义思想')
s(P, '中国', False, ctx='新时代中国特色')
U('中国特色社会主义', req=False, ctx='中国特色社会主义思想')
for k in range(5):
    one('一系列', '系列', ctx='一系列' + ['战略性', '变革性', '突破性', '标志性', '重大风险'][k])
cpm(ctx='拓展了中国式现代化')
U('强国建设、民族复兴', req=False, ctx='为强国建设、民族复兴')
# 对毛泽东同志的最好纪念
mao(ctx='对毛泽东同志的最好')
cpm(ctx='以中国式现代化全面推进')
U('强国建设、民族复兴', req=False, ctx='推进强国建设、民族复兴')
U('新时代新征程', req=False)
mao(ctx='毛泽东等', title=None)
s(DEP, '中国共产党', False, ctx='当代中国共产党人', **CPC)
s(P, '中国', False, ctx='中国共产党人')
U('新征程', req=False, ctx='新征程上')
U('不忘初心、牢记使命')
cpm(False, ctx='把中国式现代化宏伟事业')

all_occ(A, DEP, '人民军队', False, **ARMY)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
