# Xi Jinping at the symposium for the 130th anniversary of Mao Zedong's birth
# (26 Dec 2023), third range after `xinhua-067-3411-5150`: the tasks on Party
# self-governance (全面从严治党, 中国共产党, 中国式现代化, 不敢腐、不能腐、不想腐),
# “一国两制” and reunification (“港人治港”, “澳人治澳”, “爱国者治港”, “爱国者治澳”,
# 香港, 澳门, 台湾, 一个中国原则, “九二共识”), the community of common destiny
# (人类命运共同体, the three global initiatives, “一带一路”) and the close
# (一百多年前, Mao's quoted words, 毛泽东等老一辈革命家). Annotated on the simplified
# source, written in traditional script (OpenCC s2t). Cut at paragraph ends
# (6928: the 　　 before 要深入推进全面从严治党; 8671: the end of the text).
from _ann import DEP, DT, PE, SL, Ann, P

A = Ann('xinhua-067', 6928, 8671, script='traditional')
s = A.s
U, Q = A.unquoted, A.quoted
CPC = {'level': 'central', 'kind': 'party'}
CC = {'level': 'central', 'kind': 'party', 'canonical': '中共中央'}


def china(ctx, req=True):
    """中国 as the country (中国人民, 中国的发展: rounds 3, 10, 12)."""
    s(P, '中国', req, ctx=ctx)


def cpm(req=True, ctx=None):
    """中国式现代化: required as subject/object, optional as a modifier (round 5); 中国 inside optional."""
    sp = U('中国式现代化', req=req, ctx=ctx)
    s(P, '中国', False, at=sp['start'])


def cpc(ctx):
    """中国共产党: the Party as a whole, optional (guide); 中国 inside optional."""
    sp = s(DEP, '中国共产党', False, ctx=ctx, **CPC)
    s(P, '中国', False, at=sp['start'])


def gang(ctx, ao=False):
    """港 / 澳 inside a formula: one-character abbreviations, optional (round 2)."""
    s(P, '澳' if ao else '港', False, ctx=ctx)


def one(t, unit, ctx=None, v=1):
    """Anaphoric or indefinite counts (一条): optional (xinhua-067-legacy)."""
    s('FIGURE', t, False, ctx=ctx, value=v, approx='exact', unit=unit)


# 要深入推进全面从严治党。
U('全面从严治党', ctx='要深入推进全面从严治党')          # the standard formula (jhsjk2020-030)
cpc('核心力量是中国共产党')
cpm(ctx='中国式现代化是中国共产党领导')                  # the subject
cpc('是中国共产党领导')
U('大党独有难题', 'term', req=False)                      # a policy phrase (undecided)
cpm(ctx='确保中国式现代化劈波斩浪')                      # the subject of 劈波斩浪
U('新时代党的建设总要求', req=False)                       # a fixed name (undecided)
U('全面从严治党', req=False, ctx='全面从严治党体系')       # the modifier of 体系 (round 2 modifier rule)
U('自我净化、自我完善、自我革新、自我提高', req=False)     # an unquoted standard formula (undecided)
cpm(False, ctx='顺应中国式现代化事业')                    # the modifier of 事业
U('忠诚干净担当', req=False)                               # a standard wording as a modifier (undecided)
U('为担当者担当，为负责者负责，为干事者撑腰', req=False)   # an unquoted set phrase (undecided)
U('重实干、做实功、求实效', req=False)
U('形式主义、官僚主义', 'term', req=False)                 # the styles opposed (cpc-010-closing: undecided)
U('不敢腐、不能腐、不想腐')                                # unquoted standard wording (round 19)
U('不变质、不变色、不变味', req=False)                     # an unquoted set phrase (undecided)
# 要坚持和完善“一国两制”，推进祖国统一。
Q('一国两制', ctx='坚持和完善“一国两制”，推进')           # quoted: required (round 1)
U('祖国统一', req=False, ctx='推进祖国统一')              # r7r, undecided
cpm(ctx='中国式现代化需要全体')                          # the subject (slip fixed after the first measurement: left out)
Q('一国两制', ctx='贯彻“一国两制”')
Q('港人治港')
gang('港人治港')
Q('澳人治澳')
gang('澳人治澳', ao=True)
U('高度自治', req=False, ctx='高度自治的方针')           # gwr-002 / round 18
U('依法治港治澳', req=False)
gang('依法治港治澳')
gang('治澳，坚持和完善', ao=True)
Q('一国两制', ctx='完善“一国两制”制度体系')
s(DEP, '中央', False, ctx='落实中央全面管治权', **CC)     # 中央 alone (round 1: optional)
Q('爱国者治港')
gang('爱国者治港')
Q('爱国者治澳')
gang('爱国者治澳', ao=True)
s(DEP, '中央', False, ctx='坚持中央全面管治权', **CC)
s(P, '特别行政区', False, ctx='保障特别行政区')            # the SARs as a class, no name (undecided)
s(P, '香港', ctx='支持香港')
s(P, '澳门', ctx='香港、澳门发展')
U('祖国完全统一', req=False)                               # r7r, undecided
U('新时代党解决台湾问题的总体方略', req=False)            # a fixed name (undecided)
s(P, '台湾', ctx='解决台湾问题')                           # 台湾问题 (rounds 8 and 10)
U('一个中国原则')                                          # round 1
china('一个中国原则', False)                               # inside the formula
Q('九二共识')                                             # quoted formula; no FIGURE
s(P, '两岸', False, ctx='深化两岸')                        # round 10, undecided
s(P, '两岸', False, ctx='推动两岸关系')
china('中国人民有坚定')
s(P, '台湾', ctx='把台湾从中国')
china('从中国分裂')
# 要推动构建人类命运共同体。
U('人类命运共同体', ctx='推动构建人类命运共同体。')       # round 1
U('胸怀天下', req=False)                                    # one of the ten historical experiences (undecided)
s('FIGURE', '百年', False, ctx='百年奋斗', value=100, approx='exact', unit='年', subject='党的奋斗')   # a duration
one('一条', '条', ctx='一条重要历史经验')
cpm(ctx='中国式现代化是走和平')                            # the subject
U('和平发展道路', req=False)
china('造福中国人民')
U('和平、发展、合作、共赢', req=False)                     # the banner's words (undecided)
U('全人类共同价值', req=False)                              # r7l: optional
U('全球发展倡议'); U('全球安全倡议'); U('全球文明倡议')   # round 1
U('持久和平、普遍安全、共同繁荣、开放包容、清洁美丽的世界', req=False)
U('霸权主义和强权政治', 'term', req=False)
U('开放型世界经济', 'term', req=False)
Q('一带一路')                                              # quoted: required
U('政策沟通、设施联通、贸易畅通、资金融通、民心相通', req=False)   # the “five links”, unquoted (undecided)
U('共商共建共享的全球治理观', req=False)
U('共商共建共享', req=False)
U('真正的多边主义', req=False)                             # optional by earlier rounds (README, round 12); slip fixed after the first measurement
U('多边主义', req=False, ctx='真正的多边主义')
china('中国的发展')
china('中国永远不称霸')
# 同志们、朋友们！一百多年前，毛泽东同志说：“…”
s(DT, '一百多年前', False)                                 # relative time (guide)
s('FIGURE', '一百多年', False, value=100, approx='more_than', unit='年', subject='时间')   # a duration
s(PE, '毛泽东', ctx='毛泽东同志说', title='同志')
QT = '我们总要努力！我们总要拼命的向前！我们黄金的世界，光华灿烂的世界，就在前面！'
s(SL, QT, False, kind='quotation', quoted=True)            # a long quotation of someone's words (guide)
s(SL, QT[:-1], False, kind='quotation', quoted=True)
s(DT, '今天', False, resolved='2023-12-26')                # relative (round 13)
s(PE, '毛泽东', ctx='毛泽东等老一辈')                      # xinhua-067-legacy
U('中华民族伟大复兴', req=False)                           # xinhua-067-legacy
U('中国特色社会主义道路', req=False)                       # the road as a whole optional (jhsjk2020)
U('中国特色社会主义', req=False, ctx='中国特色社会主义道路')
china('中国特色社会主义道路', False)
cpm(ctx='以中国式现代化全面推进')                          # xinhua-067-legacy
U('强国建设、民族复兴', req=False, ctx='推进强国建设、民族复兴')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
