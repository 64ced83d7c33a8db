from _ann import DT, PE, SL, Ann, P, all_occ

# Round 20: the 11th Congress report (1977), the international part of 形势和任务: the two
# superpowers (苏美两家…策源地), Mao's two points on world war, the theory of the three worlds
# (一九七四年), Lenin on allies, support for other Communist parties, the Third and Second
# World, China and the United States (一九七二年, 上海公报, 台湾) and the Soviet leadership
# (和平共处五项原则, 八年 of border talks). From 苏美两家是新的世界大战的策源地 to
# …就应当拿出实际行动来。 (paragraph ends); simplified script.
A = Ann('cpc-006', 15961, 18250)
s = A.s
F, U, Qs = A.figure, A.unquoted, A.quoted


def Q(t, kind='quotation', req=False):
    """A quotation printed between marks on its own lines: the trimmed text is the span;
    the text with the line breaks is accepted too (round 1)."""
    sp = s(SL, t, req, kind=kind)
    A.spans.append({'label': SL, 'start': sp['start'] - 1, 'end': sp['end'] + 1,
                    'text': A.p[sp['start'] - 1:sp['end'] + 1], 'required': False, 'attrs': {'kind': kind}})
    assert A.simp[sp['start'] - 1] == '\n' and A.simp[sp['end']] == '\n'
    return sp


def SM(ctx):
    """苏美 (joined abbreviation, optional) with its two one-character abbreviations (optional)."""
    s(P, '苏美', False, ctx=ctx); s(P, '苏', False, ctx=ctx); s(P, '美', False, ctx=ctx)


def ZS(ctx):
    """中苏 (joined abbreviation, optional) with 苏 inside (optional); 中 alone is not annotated."""
    s(P, '中苏', False, ctx=ctx); s(P, '苏', False, ctx=ctx)


SUXIU = {'kind': 'term', 'quoted': False}  # 苏修 / 美帝: unquoted labels of the superpowers, undecided
# 苏美两家是新的世界大战的策源地 …
SM('苏美两家')
s('FIGURE', '两家', False, value=2, approx='exact', unit='', ctx='两家是')   # anaphoric, like 两国 in 中美两国 (round 6; slip fixed after the first measurement)
s(P, '苏联', ctx='苏联社会帝国主义具有')
s(SL, '苏联社会帝国主义', False, ctx='苏联社会帝国主义具有', **SUXIU)
SM('苏美争夺的')
s(P, '苏联', ctx='苏联社会帝国主义采取')
s(SL, '苏联社会帝国主义', False, ctx='苏联社会帝国主义采取', **SUXIU)
s(P, '美国', ctx='美国帝国主义居于守势')
s(SL, '苏修', False, ctx='苏修打着', **SUXIU); s(P, '苏', False, ctx='苏修打着')
Qs('社会主义', 'term', req=False)                     # the adversary's banners: quoted, undecided
Qs('支持民族解放', 'term', req=False)
Qs('和平合作', 'term', req=False)
Qs('进攻性战略', 'term', req=False)
s(P, '欧洲', ctx='欧洲、亚洲'); s(P, '亚洲', ctx='亚洲、非洲拿到手'); s(P, '非洲', ctx='非洲拿到手')
SM('苏美争夺遍及')
s(P, '欧洲', ctx='欧洲。苏联')
s(P, '苏联', ctx='苏联陈重兵')
s(P, '欧洲东部', False); s(P, '欧洲', ctx='欧洲东部')        # a part of a continent: optional; 欧洲 required
s(P, '非洲', ctx='非洲和中东'); s(P, '中东', False, ctx='中东掠夺')  # 中东 optional (round 12)
s(P, '波斯湾'); s(P, '好望角'); s(P, '大西洋')           # a gulf, a cape, an ocean: named places
s(P, '欧洲', ctx='欧洲。西方')
s(P, '西方', False, ctx='西方有一股')                     # regions without fixed boundary
s('FIGURE', '一股', False, value=1, approx='exact', unit='股')
s(P, '东方', False, ctx='东方，牺牲')
s(PE, '张伯伦')
s(SL, '苏修', False, ctx='苏修的扩张', **SUXIU); s(P, '苏', False, ctx='苏修的扩张')

# 毛主席教导我们，对于世界大战，有两条 …
F('两条', 2, '条', '')                                    # a count of points, like 5次 (round 5)
Q('第一条，反对；第二条，不怕')                            # Mao's words: quotation (round 1)
s(SL, '苏修', False, ctx='苏修、美帝', **SUXIU); s(P, '苏', False, ctx='苏修、美帝')
s(SL, '美帝', False, ctx='美帝都是', **SUXIU); s(P, '美', False, ctx='美帝都是')
s(P, '苏联', ctx='苏联社会帝国主义野心')
s(SL, '苏联社会帝国主义', False, ctx='苏联社会帝国主义野心', **SUXIU)
s('FIGURE', '一个', False, value=1, approx='exact', unit='个', ctx='一个很好的')

# 毛主席一九七四年提出的关于三个世界划分的理论 …
s(DT, '一九七四年', value='1974')
# the theory's name: optional, undecided, like 无产阶级专政下继续革命的伟大理论 (round 18: the span could be
# …的理论 or the words before it); the first measurement had it required (slip fixed)
U('三个世界划分的理论', req=False, ctx='三个世界划分的理论具有')
U('三个世界划分', req=False, ctx='三个世界划分的理论具有')
U('三个世界', req=False, ctx='三个世界划分的理论具有')
SM('苏美两霸')
s('FIGURE', '两霸', False, value=2, approx='exact', unit='', subject='霸')  # a numeral in a term: undecided
U('第三世界', req=False, ctx='第三世界国家受')                 # a class of states in the theory: undecided
U('反帝、反殖、反霸', req=False)                               # optional (round 4, undecided)
U('第二世界', req=False, ctx='第二世界国家具有')
U('第三世界', req=False, ctx='第三世界国家的一面')
s('FIGURE', '两霸', False, value=2, approx='exact', unit='', subject='霸', ctx='两霸控制')
U('三个世界划分的理论', req=False, ctx='三个世界划分的理论，指明')
U('三个世界划分', req=False, ctx='三个世界划分的理论，指明')
U('三个世界', req=False, ctx='三个世界划分的理论，指明')
s(DT, '几年来', False)

# 列宁说过 …
s(PE, '列宁', ctx='列宁说过')
q = Q('要战胜更强大的敌人，只有尽最大的力量，同时必须极仔细、极留心、极谨慎、极巧妙地一方面利用敌人之间的一切‘裂痕’，哪怕是最小的‘裂痕’，利用各国资产阶级之间以及各个国家内资产阶级各集团或各派别之间的一切利益对立，另一方面要利用一切机会，哪怕是极小的机会，来获得大量的同盟者，尽管这些同盟者是暂时的、动摇的、不稳定的、靠不住的、有条件的。谁不懂得这一点，谁就是丝毫不懂得马克思主义，丝毫不懂得一般的现代科学社会主义。')
s(SL, '裂痕', False, kind='term'); s(SL, '裂痕', False, kind='term', ctx='最小的‘裂痕')
U('马克思主义', req=False, ctx='马克思主义，丝毫')            # inside a quotation: optional
U('马克思主义', req=False, ctx='马克思主义的原则')   # a doctrine as modifier: optional (rounds 2, 6, 18; slip fixed)

# 毛主席历来教导我们 … 马列主义的普遍真理
U('马列主义', req=False, ctx='马列主义的普遍真理')   # a doctrine as modifier: optional (rounds 2, 6, 18; slip fixed)

# 中国是发展中的社会主义国家，属于第三世界 …
s(P, '中国', ctx='中国是发展中')
U('第三世界', req=False, ctx='第三世界。我们')
s(P, '亚洲', ctx='亚洲、非洲、拉丁'); s(P, '非洲', ctx='非洲、拉丁美洲'); s(P, '拉丁美洲')
s(P, '欧洲', ctx='欧洲、日本'); s(P, '日本')
U('第二世界', req=False, ctx='第二世界国家反对')

# 中国和美国 …
s(P, '中国', ctx='中国和美国'); s(P, '美国', ctx='美国，社会制度')
s(DT, '一九七二年', value='1972')
s(P, '中美', False, ctx='中美上海公报'); s(P, '美', False, ctx='美上海公报')
s(P, '上海', False, ctx='上海公报，是')                    # inside the name of a document
s('FIGURE', '两国', False, value=2, approx='exact', unit='', ctx='两国关系的基础')   # anaphoric (round 6)
s(P, '上海', False, ctx='上海公报指出')
s('FIGURE', '两国', False, value=2, approx='exact', unit='', ctx='两国关系就可以')
s('FIGURE', '两国', False, value=2, approx='exact', unit='', ctx='实现两国关系')
s(P, '美国', ctx='美国必须断绝')
s('DEPARTMENT', '蒋帮', False, ctx='蒋帮的所谓外交'); s(PE, '蒋', False, ctx='蒋帮的所谓外交')  # undecided
s(P, '美国', ctx='美国在台湾')
s(P, '台湾', ctx='台湾和台湾海峡')
s(P, '台湾海峡'); s(P, '台湾', False, ctx='台湾海峡')      # round 6: 台湾海峡 required
s('DEPARTMENT', '蒋帮', False, ctx='蒋帮的所谓“'); s(PE, '蒋', False, ctx='蒋帮的所谓“')
Qs('共同防御条约', 'term', req=False)                       # a quoted treaty name rejected with 所谓: undecided
s(P, '台湾省'); s(P, '台湾', False, ctx='台湾省')
s(P, '台湾', ctx='台湾。什么')
s(P, '台湾', ctx='台湾，这完全')
s(P, '中国', ctx='中国的内政')

# 苏联领导集团 …
s('DEPARTMENT', '苏联领导集团', False, ctx='苏联领导集团背叛')  # the leadership of a state, no organ name: undecided
s(P, '苏联', ctx='苏联领导集团背叛')
U('马克思列宁主义', ctx='背叛马克思列宁主义')                   # the doctrine (round 2)
U('霸权主义', req=False, ctx='霸权主义，到处')                     # undecided (round 6 lists 霸权主义和强权政治)
s(P, '苏联', ctx='苏联蜕变')
U('霸权主义', req=False, ctx='霸权主义进行')
ZS('中苏两国')
s('FIGURE', '两国', False, value=2, approx='exact', unit='', ctx='两国应在')
U('和平共处五项原则')                                        # round 4
s('DEPARTMENT', '苏联领导集团', False, ctx='苏联领导集团对改善')
s(P, '苏联', ctx='苏联领导集团对改善')
ZS('中苏国家关系根本')
s('FIGURE', '八年', False, value=8, approx='exact', unit='年')   # a duration (round 6)
ZS('中苏边界谈判')
s(P, '华', False, ctx='华浪潮')                             # one-character abbreviation
U('马克思列宁主义', req=False, ctx='马克思列宁主义的路线')   # as modifier: optional (slip fixed)
ZS('中苏国家关系“')
Qs('走进死胡同', 'term', req=False)                          # a quoted metaphor (guide)
s('DEPARTMENT', '苏联领导集团', False, ctx='苏联领导集团。如果')
s(P, '苏联', ctx='苏联领导集团。如果')
s(P, '苏联', ctx='苏联领导真要')
ZS('中苏国家关系，就应当')

# every 毛 of 毛主席 is required with the title 主席 (round 15), 毛主席 optional (round 8)
all_occ(A, PE, '毛主席', False)
i = A.simp.find('毛主席')
while i >= 0:
    s(PE, '毛', at=i, title='主席')
    i = A.simp.find('毛主席', i + 1)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
