from _ann import CC, DEP, DT, PE, SL, Ann, P

A = Ann('jhsjk2020-052', 342, 2345)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
ARMY = {'level': 'central', 'kind': 'state', 'canonical': '中国人民志愿军'}
def seventy(ctx):  # ——70年来: a relative time and a duration
    s(DT, '70年来', False, ctx=ctx)
    s('FIGURE', '70年', False, ctx=ctx, value=70, approx='exact', unit='年')

# ——70年来，我们始终没有忘记老一辈革命家……
seventy('70年来，我们始终没有忘记老一辈')
s(DEP, '党中央', **CC)
s(PE, '毛泽东', title='同志')
# ——70年来 … 中国人民志愿军将士
seventy('70年来，我们始终没有忘记谱写')
s(DEP, '党中央', ctx='我代表党中央', **CC)
s(DEP, '国务院', level='central', kind='state', canonical='中华人民共和国国务院')
s(DEP, '中央军委', level='central', kind='state', canonical='中央军事委员会')
# ——70年来 … 烈士们
seventy('70年来，我们始终没有忘记在抗美援朝')
F('19万7千多名', 197000, '名', '英雄儿女（献出宝贵生命）', ap='more_than')
s('FIGURE', '两国', False, ctx='中朝两国人民', value=2, approx='exact', unit='国')  # anaphoric count
s(DT, '近代以后', False)
s(DT, '新中国成立之初', False)
s(DT, '1950年6月25日', value='1950-06-25')
s(P, '朝鲜', ctx='朝鲜内战爆发')
s(DEP, '美国政府', level='central', kind='state')  # the government of a named state (round 4: 中国政府)
s(P, '美国', False)
s(P, '朝鲜', ctx='干涉朝鲜内战')
s(DEP, '第七舰队', False)  # a foreign fleet: undecided
s(P, '台湾海峡')
s(DT, '1950年10月', value='1950-10')
s(DT, '1950年10月初', False, value='1950-10')
s(DEP, '中国政府', level='central', kind='state')  # round 4
s(P, '三八线', False)  # a demarcation line: undecided
s(P, '中国东北', False, ctx='中国东北边境'); s(P, '东北', False, ctx='中国东北边境')  # region without fixed boundary
U('抗美援朝、保家卫国')  # the standard wording of the war's slogan
s(DT, '1950年10月19日', value='1950-10-19')
s(PE, '彭德怀', title='司令员兼政治委员')
s(P, '朝鲜', ctx='进入朝鲜战场')
s('FIGURE', '一场', False, ctx='一场现代化战争', value=1, approx='exact', unit='场')
s(P, '中美', False, ctx='中美两国国力')
s('FIGURE', '两国', False, ctx='中美两国国力', value=2, approx='exact', unit='国')
s(P, '朝鲜', ctx='同朝鲜军民')
s(P, '两水洞'); s(P, '云山城'); s(P, '清川江'); s(P, '长津湖')
F('5次', 5, '次', '战役')  # a count of times (round 5: 四次)
Q('绞杀战', 'term', req=False); Q('细菌战', 'term', req=False)  # quoted names of enemy operations
s(P, '上甘岭')
s(DEP, '志愿军', ctx='称赞志愿军将士', **ARMY)
Q('最可爱的人', 'term', req=False)  # a quoted label for people (round 1: “现代大儒”), not a title before a name
s(P, '中朝', False, ctx='中朝军队')
s(DT, '1953年7月27日', value='1953-07-27')
s(DEP, '党中央', ctx='党中央统揽全局', **CC)
U('边打、边稳、边建', req=False)  # a historical policy wording: undecided
U('抗美援朝运动', 'campaign')  # a standard campaign name (like 整风运动, round 2)
Q('西方侵略者几百年来只要在东方一个海岸上架起几尊大炮就可霸占一个国家的时代是一去不复返了', 'quotation', req=False)
s(P, '西方', False); s(DT, '几百年来', False)
s(P, '东方', False, ctx='在东方一个')
s('FIGURE', '一个', False, ctx='一个海岸', value=1, approx='exact', unit='个')
s('FIGURE', '一个', False, ctx='一个国家的时代', value=1, approx='exact', unit='个')
Q('打得一拳开，免得百拳来', 'quotation', req=False)
s(DT, '近代以来', False)
s('FIGURE', '百年', False, ctx='百年耻辱', value=100, approx='exact', unit='年')  # a duration in a set phrase
Q('东亚病夫', 'term', req=False); s(P, '东亚', False)
s(P, '亚洲', ctx='新中国在亚洲')
s(DEP, '人民军队', False, ctx='人民军队在战争中', level='central', kind='state', canonical='中国人民解放军')
s(DEP, '人民军队', False, ctx='人民军队战斗力', level='central', kind='state', canonical='中国人民解放军')
s(DT, '第二次世界大战结束后', False); s(DT, '第二次世界大战', False)
s(P, '亚洲', ctx='亚洲乃至世界')
s('FIGURE', '一个', False, ctx='任何一个国家', value=1, approx='exact', unit='个')
s('FIGURE', '一支', False, ctx='任何一支军队', value=1, approx='exact', unit='支')

# Repeated names, by position.
t = A.simp
i = t.find('中国')
while i >= 0:
    after, before = t[i + 2:i + 7], t[max(0, i - 1):i]
    if after.startswith('人民志愿军'):
        A.s(DEP, '中国人民志愿军', at=i, **ARMY)
        A.s(DEP, '志愿军', False, at=i + 4, **ARMY)  # inside the longer name
        req = False
    elif before == '新':
        A.s(P, '新中国', False, at=i - 1)
        req = False
    elif after.startswith(('政府', '党')):
        req = False  # inside 中国政府 / 中国党 (nesting); the coordinated 中国党、政府、军队 undecided
    else:
        req = True   # about the country (中国人民, 对中国…; round 3)
    A.s(P, '中国', req, at=i)
    i = t.find('中国', i + 1)
i = t.find('朝鲜党')
while i >= 0:
    A.s(DEP, '朝鲜党', False, at=i)  # a foreign party
    A.s(P, '朝鲜', False, at=i)  # inside 朝鲜党 (nesting); the coordinated 朝鲜党、政府、人民 undecided
    i = t.find('朝鲜党', i + 1)
i = t.find('中国党')
while i >= 0:
    A.s(DEP, '中国党', False, at=i)  # the Party named with its country
    i = t.find('中国党', i + 1)
i = t.find('抗美援朝')
while i >= 0:
    A.s(SL, '抗美援朝', False, at=i, kind='campaign', quoted=False)  # inside the war's, the slogan's or the campaign's name (nesting)
    A.s(P, '美', False, at=i + 1); A.s(P, '朝', False, at=i + 3)
    i = t.find('抗美援朝', i + 1)
i = t.find('美军')
while i >= 0:
    A.s(DEP, '美军', False, at=i)  # the US forces by short name: undecided
    A.s(P, '美', False, at=i)
    i = t.find('美军', i + 1)
for x in ('中朝两国', '中朝边境'):
    A.s(P, '中朝', False, at=t.find(x))
for x in ('入朝作战', '侵朝美军'):
    A.s(P, '朝', False, at=t.find(x) + 1)

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
