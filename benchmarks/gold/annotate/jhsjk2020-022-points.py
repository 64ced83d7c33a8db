from _ann import DEP, DT, PE, Ann, P

# Round 23: Xi Jinping at the symposium of experts in the economic and social fields on the
# 14th Five-Year Plan, 24 Aug 2020 (jhsjk text, no line breaks), after jhsjk2020-022.py
# ([188, 2162)): points 第四 (reform: 40多年, 中国特色社会主义制度, 社会主义基本经济制度),
# 第五 (opening up: 两点, 美国), 第六 (共建共治共享, “十四五”时期), the close on Marxist political
# economy (2015年11月23日, 十八届中央政治局, 《求是》, 恩格斯 and 列宁 with their quoted words,
# the list of theories with 创新、协调、绿色、开放、共享 and 新发展格局, “富矿”), the four
# hopes (中国 ×6, 人类命运共同体) and the trailer (新华社北京8月24日电, 人民日报,
# 2020年08月25日). Simplified.
A = Ann('jhsjk2020-022', 2162, 4488)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted


def opt_fig(t, v, u, ctx=None, ap='exact', subj=None):
    kw = {'subject': subj} if subj else {}
    return s('FIGURE', t, False, ctx=ctx, value=v, approx=ap, unit=u, **kw)


def one(t, u, ctx):
    """一个 / 一种: articles, optional (rounds 2, 5, 9)."""
    return opt_fig(t, 1, u, ctx=ctx)


def mzzjj(ctx=None):
    """马克思主义政治经济学: a branch of the doctrine, optional (jhsjk2020-024)."""
    sp = U('马克思主义政治经济学', req=False, ctx=ctx)
    U('马克思主义', req=False, at=sp['start'])
    s(PE, '马克思', False, at=sp['start'])


def mzz(ctx=None):
    """马克思主义 as a modifier (…理论, …立场、观点、方法): optional (round 2)."""
    sp = U('马克思主义', req=False, ctx=ctx)
    s(PE, '马克思', False, at=sp['start'])


# 第四，以深化改革激发新发展活力。(list number)
opt_fig('40多年', 40, '年', ap='more_than', subj='我国改革')     # a duration (guide: optional)
U('新发展阶段', req=False, ctx='迈入新发展阶段')                   # round 5: undecided, optional
U('中国特色社会主义制度', req=False)                              # rounds 5-6
U('中国特色社会主义', req=False, ctx='中国特色社会主义制度')
s(P, '中国', False, ctx='中国特色社会主义制度')                   # inside a formula's name
U('国家治理体系和治理能力现代化', req=False)                      # a policy goal's wording (undecided)
U('守正创新', 'term', req=False)                                  # round 17: optional term
U('社会主义基本经济制度', req=False)                              # round 7 (undecided, optional)
U('使市场在资源配置中起决定性作用，更好发挥政府作用', req=False)  # the standard wording, split by a comma here (undecided)
U('使市场在资源配置中起决定性作用', req=False)
U('市场在资源配置中起决定性作用', req=False)
U('更好发挥政府作用', req=False)
U('高标准市场体系', 'term', req=False)                            # a policy phrase
U('使一切有利于社会生产力发展的力量源泉充分涌流', req=False)      # a set wording (undecided)
# 第五，以高水平对外开放打造国际合作和竞争新优势。
U('高水平对外开放', 'term', req=False)                            # policy phrases (round 11)
U('对外开放', 'term', req=False, ctx='高水平对外开放')
# 当前: deictic, no label
U('经济全球化', 'term', req=False)                                # round 11: optional
one('一个', '个', '一个重要动力')
U('对外开放', 'term', req=False, ctx='就是对外开放')
U('对外开放是基本国策', req=False)                                # the basic-state-policy wording (undecided)
U('对外开放', 'term', req=False, ctx='对外开放是基本国策')
U('对外开放', 'term', req=False, ctx='全面提高对外开放水平')
U('更高水平开放型经济新体制', 'term', req=False)
U('全球经济治理体系改革', 'term', req=False)                      # like 全球治理体系改革 (round 17)
U('对外开放', 'term', req=False, ctx='在推进对外开放中')
opt_fig('两点', 2, '点', subj='推进对外开放中要注意的问题')       # a count announcing the list (round 3)
# 一是 / 二是: list numbers; 国家、地区和企业: generic
s(P, '美国')                                                      # the country, named
# 州、地方: generic
U('全方位、多层次、多元化的开放合作格局', req=False)               # a standard wording (undecided)
U('统筹好发展和安全', req=False)                                  # a variant of 统筹发展和安全 (round 6: optional)
# 第六，以共建共治共享拓展社会发展新局面。
U('共建共治共享', req=False, ctx='以共建共治共享拓展')            # the formula of social governance (undecided, optional)
s(DT, '“十四五”时期', False, value='2021/2025')                   # as in jhsjk2020-022.py
s(DT, '十四五', False, value='2021/2025')
Q('十四五', 'period', req=False)
one('一个', '个', '一个现代化的社会')
U('共建共治共享的社会治理制度', req=False)                        # the system's name (undecided)
U('共建共治共享', req=False, ctx='共建共治共享的社会治理制度')
U('人人有责、人人尽责、人人享有的社会治理共同体', req=False)      # a standard wording (undecided)
U('人人有责、人人尽责、人人享有', req=False)
# 以上我重点讲了几个问题 (几个: no number)
s(DT, '2015年11月23日', value='2015-11-23')
s(DEP, '十八届中央政治局', False, level='central', kind='party', canonical='中共中央政治局')  # with its term ordinal (guide)
s(DEP, '中央政治局', level='central', kind='party', canonical='中共中央政治局')
# 第二十八次集体学习: an ordinal, no figure
mzzjj('马克思主义政治经济学研究作了讲话')
s(DEP, '求是', False, kind='media')                               # a journal inside 《》 (media, optional)
s(PE, '恩格斯')
Q('全部理论来自对政治经济学的研究', 'quotation', req=False)       # quoted words (round 7: optional)
s(PE, '列宁')
mzz('马克思主义理论“')
Q('最深刻、最全面、最详尽的证明和运用', 'quotation', req=False)
mzzjj('运用马克思主义政治经济学的方法论')
# 理论源于实践，又用来指导实践。
s(DT, '改革开放以来', False)
U('改革开放', req=False, ctx='改革开放以来')
# the list of theories (jhsjk2020-024: optional, except the listed wording of the new development philosophy)
U('社会主义初级阶段', req=False)
U('社会主义初级阶段基本经济制度', req=False)
U('创新、协调、绿色、开放、共享')                                 # the listed wording of 新发展理念 (round 4)
U('社会主义市场经济', req=False, ctx='发展社会主义市场经济')
U('使市场在资源配置中起决定性作用和更好发挥政府作用', req=False)
U('使市场在资源配置中起决定性作用', req=False, ctx='使市场在资源配置中起决定性作用和')
U('市场在资源配置中起决定性作用', req=False, ctx='市场在资源配置中起决定性作用和')
U('更好发挥政府作用', req=False, ctx='和更好发挥政府作用的理论')
U('新常态', req=False)
U('供给侧结构性改革', req=False)                                  # round 6
U('高质量发展', req=False)                                        # round 2
U('新型工业化、信息化、城镇化、农业现代化', req=False)
U('区域协调发展', 'term', req=False)
U('所有权、承包权、经营权', req=False)
U('国际国内两个市场、两种资源', req=False)
U('两个市场、两种资源', req=False)                                # numerals inside a formula: no FIGURE
U('以国内大循环为主体、国内国际双循环相互促进的新发展格局', req=False)
U('以国内大循环为主体', req=False)
U('国内大循环', 'term', req=False)
U('国内国际双循环', 'term', req=False)
U('双循环', 'term', req=False)
U('新发展格局', ctx='相互促进的新发展格局')                      # the formula's name (jhsjk2020-022.py)
U('共同富裕', req=False)
U('统筹发展和安全', req=False)
mzzjj('开拓了马克思主义政治经济学新境界')
s(PE, '马克思', ctx='马克思、恩格斯、列宁')                       # the authors named
s(PE, '恩格斯', ctx='恩格斯、列宁等')
s(PE, '列宁', ctx='列宁等都是')
# 现在: deictic; 我们党: no label
mzzjj('学习领会马克思主义政治经济学')
U('社会主义市场经济', req=False, ctx='驾驭社会主义市场经济')
s(DT, '新时代', False)                                            # an era (optional)
U('改革开放', req=False, ctx='新时代改革开放')
Q('富矿', 'term', req=False)                                      # a quoted metaphor (guide: optional term)
# 这里，我给大家提几点希望。一是…四是: list numbers
s(P, '中国', ctx='从中国实践中来')                                 # the country (round 5)
s(P, '中国', ctx='到中国实践中去')
s(P, '中国', ctx='符合中国实际')
s(P, '中国', ctx='具有中国特色，')
U('中国特色社会主义政治经济学', req=False)                        # a branch of the doctrine (like 马克思主义政治经济学)
U('中国特色社会主义', req=False, ctx='中国特色社会主义政治经济学')
s(P, '中国', False, ctx='中国特色社会主义政治经济学')
mzz('坚持马克思主义立场')
s(P, '中国', ctx='从中国和世界')
U('人类命运共同体')                                              # round 1
U('中国智慧、中国方案', 'term', req=False)
s(P, '中国', ctx='中国智慧')
s(P, '中国', ctx='中国方案')
# （新华社北京8月24日电）《 人民日报 》（ 2020年08月25日 02 版）
s(DEP, '新华社', False, kind='media')
s(P, '北京', ctx='新华社北京')                                    # dateline (round 4)
A.date('8月24日', '--08-24', resolved='2020-08-24')
s(DEP, '人民日报', False, kind='media')
A.date('2020年08月25日', '2020-08-25')                            # round 4; 02 版 is no figure

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
