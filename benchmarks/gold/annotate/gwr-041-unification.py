from _ann import CC, DEP, DT, PE, SL, Ann, P

# Round 30 (annotator r30c): the 2002 State Council government work report, range
# [13637, 15855), after `gwr-041-7384-9609` (the gap [9609, 13637) holds sections 五 and 六
# and most of 七): the end of section 七 (supervision by 同级人民代表大会, 人民政协, 民主党派,
# 工商联), public security (“法轮功”, “严打”), nationalities and religion (民族区域自治制度,
# “兴边富民行动”, 独立自主自办), defence (“政治合格、军事过硬、作风优良、纪律严明、保障有力”, 积极防御,
# 科技强军, 人民武装警察部队, 民兵, 预备役部队), Hong Kong and Macao (“一国两制”, 中央政府), Taiwan
# (“和平统一、一国两制”, 江泽民 and the 八项主张, 一个中国原则, “三通”, “台独”), section 八 on
# foreign affairs (２００１年, 俄罗斯 and 中亚四国, “上海合作组织”, 东盟, １０年内, 朝鲜, 韩国, 非洲, 拉美,
# 美国, 欧盟, 日本, 和平共处五项原则, 联合国) and the closing (江泽民, 党中央, 邓小平理论, “三个代表”).
# Simplified script.
A = Ann('gwr-041', 13637, 15855)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
INT = {'kind': 'international organisation'}
ARMY = {'level': 'central', 'kind': 'state', 'canonical': '中国人民解放军'}
PAP = {'level': 'central', 'kind': 'state', 'canonical': '中国人民武装警察部队'}
CG = {'level': 'central', 'kind': 'state', 'canonical': '中华人民共和国国务院'}


def this_year(ctx, t='今年'):
    s(DT, t, False, ctx=ctx, value='2002', resolved='2002')    # relative time (round 1)


def taiwan(ctx, req=True):
    """台湾 as the place the text is about (台湾问题, 台湾各党派: rounds 8 and 10)."""
    s(P, '台湾', req, ctx=ctx)


def liangan(ctx):
    """两岸: optional (round 10, undecided)."""
    s(P, '两岸', False, ctx=ctx)


def peace(ctx):
    """和平统一 unquoted: half of the quoted formula, a policy phrase: optional (cpc-011-defence)."""
    U('和平统一', req=False, ctx=ctx)


def hk(ctx_hk, ctx_mo, req=True):
    s(P, '香港', req, ctx=ctx_hk)
    s(P, '澳门', req, ctx=ctx_mo)


# 各级政府要自觉接受同级人民代表大会及其常委会的监督 …
s(DEP, '同级人民代表大会', False, kind="people's congress")    # generic, like 同级人大 (round 5)
s(DEP, '常委会', False, ctx='及其常委会', kind="people's congress")   # its standing committee, generic (round 5)
s(DEP, '人民政协', level='central', kind='cppcc', canonical='中国人民政治协商会议')   # the institution (rounds 1, 3)
s(DEP, '民主党派', False)                                      # round 3
s(DEP, '工商联', level='central', kind='mass organisation', canonical='中华全国工商业联合会')  # a named body (round 3)
s(DEP, '人民团体', False)                                      # a class of bodies (round 20)
# 在新的形势下，保障国家安全 … 恐怖势力、宗教极端势力、民族分裂势力 (classes: no span)
Q('法轮功', 'term', req=False)                                 # a quoted name of a cult organisation: undecided (see note)
s(DEP, '法轮功', False, kind='organisation')                   # the other defensible reading (organisation): optional
Q('严打', 'campaign')                                          # quoted campaign name (round 2: “严打” required)
# 加强民族团结，维护祖国统一 …
U('民族区域自治制度', req=False)                               # a system name, optional (r27b, r28b)
Q('兴边富民行动', 'campaign')                                  # a quoted programme name (guide: campaign); unquoted it is optional (round 11)
U('独立自主自办', 'term', req=False)                           # the principle's short form (r27b: optional)
# 加强国防和军队建设 …
Q('政治合格、军事过硬、作风优良、纪律严明、保障有力', 'directive')   # the army's 总要求 (round 18: required)
s(DT, '新时期', False, ctx='新时期积极防御')                   # a relative era (like 新时代): optional
U('新时期积极防御军事战略方针', req=False)                     # like 积极防御的军事战略方针 (round 18)
U('积极防御军事战略方针', req=False)
U('科技强军', req=False)                                       # inside the strategy's name optional (round 18); here without 战略
U('从严治军', req=False)                                       # round 18 (undecided)
U('勤俭建军', req=False)                                       # round 18
U('革命化、现代化、正规化', req=False)                          # standard wording (round 18, undecided)
s(DEP, '人民武装警察部队', **PAP)                              # required (round 5)
s(DEP, '民兵', False, level='central', kind='state')           # a class of forces (round 18, undecided)
s(DEP, '预备役部队', False, level='central', kind='state')
U('拥政爱民、拥军优属', 'campaign', req=False)                 # round 10 (undecided)
U('拥军优属', 'campaign', req=False)                           # r7k
U('军政军民团结', req=False)                                   # r7k
# 全面贯彻落实“一国两制”方针和香港、澳门两个基本法。
Q('一国两制', ctx='全面贯彻落实“一国两制”')                    # round 1
hk('香港、澳门两个基本法', '澳门两个基本法', req=False)         # the places naming two laws (like 香港基本法, round 5): optional
F('两个', 2, '个', '基本法', req=False, ctx='两个基本法')      # a count after a closed list (round 2)
hk('维护香港', '澳门长期稳定')                                  # the places the text is about
s(DEP, '中央政府', False, **CG)                                # a designation of the State Council (r29d, undecided)
hk('支持香港', '澳门两个特别行政区政府')
F('两个', 2, '个', '特别行政区政府', req=False, ctx='两个特别行政区政府')   # anaphoric count (gwr-033)
s(P, '内地', False)                                            # optional (rounds 5, 6)
hk('内地与香港', '澳门的经贸')
hk('我们对香港', '澳门的前景')
# 在新的一年里，我们将坚持“和平统一、一国两制”的基本方针 …
this_year('在新的一年里', '新的一年')                          # optional (round 12)
Q('和平统一、一国两制')                                        # round 10
s(SL, '一国两制', False, ctx='和平统一、一国两制', kind='formula', quoted=False)   # inside a quoted slogan
s(PE, '江泽民', title='主席', ctx='江泽民主席关于')             # title outside the span (guide)
taiwan('解决台湾问题的八项主张')
U('八项主张', req=False)                                       # round 10 (undecided)
F('八项', 8, '项', '主张', req=False)
liangan('推动两岸关系朝着')
peace('朝着和平统一的方向')
# 我们重申，世界上只有一个中国，大陆与台湾同属一个中国，中国的主权和领土完整不容分割。
U('世界上只有一个中国，大陆与台湾同属一个中国，中国的主权和领土完整不容分割', req=False)  # standard wording, unquoted (cpc-011-defence, undecided)
F('一个', 1, '个', '中国', req=False, ctx='只有一个中国')
s(P, '中国', ctx='中国，大陆与')                               # the country (cpc-011-defence)
s(P, '大陆', False, ctx='大陆与台湾')                          # like 内地 (round 18, undecided)
taiwan('大陆与台湾同属')
F('一个', 1, '个', '中国', req=False, ctx='同属一个中国')
s(P, '中国', ctx='中国，中国的主权')
s(P, '中国', ctx='中国的主权')
U('一个中国的原则', req=False)                                 # the formula with 的 (round 10, undecided)
U('一个中国', req=False, ctx='一个中国的原则是')
s(P, '中国', False, ctx='一个中国的原则是')
liangan('是发展两岸关系、促进')
peace('促进祖国和平统一的基础')
U('一个中国原则', ctx='在一个中国原则的基础上')                # round 1 (conventions decided here)
s(P, '中国', False, ctx='一个中国原则的基础上恢复')            # part of the formula's name (round 1)
liangan('恢复两岸对话')
liangan('扩大两岸经济')
liangan('推动两岸关系发展')
Q('三通')                                                      # quoted numbered formula (round 2), no FIGURE
U('一个中国原则', ctx='坚持一个中国原则、主张')
s(P, '中国', False, ctx='一个中国原则、主张')
liangan('发展两岸关系的台湾')
taiwan('台湾各党派')                                           # the place (cpc-011-defence: 与台湾各党派)
Q('台独', 'term', req=False)                                   # quoted coinage (conventions decided here)
s(P, '台', False, ctx='台独')                                  # one-character abbreviation (conventions decided here)
U('祖国统一', req=False, ctx='促进祖国统一的正义')             # r7r (undecided)
# 八、进一步做好外交工作
s(DT, '２００１年', value='2001')
U('和平与发展', req=False)                                     # the standard 时代主题 wording (undecided)
U('多极化', 'term', req=False)                                 # gwr-047-reunification (undecided)
s(DT, '去年', False, ctx='去年，我国同俄罗斯', value='2001', resolved='2001')   # relative time (round 1)
s(P, '俄罗斯', ctx='我国同俄罗斯')
s(P, '中亚', False)                                            # a region without a fixed boundary (round 8)
F('四', 4, '', '中亚国家', req=False, ctx='中亚四国')           # like 中亚五国 (round 8: undecided)
F('四国', 4, '国', '中亚国家', req=False)
s(DEP, '上海合作组织', False, **INT)                           # the quoted name of an international body: no SLOGAN (round 11)
s(P, '上海', False, ctx='上海合作组织')                        # at the start of a body's name (guide)
s(P, '中国', False, ctx='第五次中国—东盟领导人会议')            # a meeting name is not annotated; the names at its start optional (round 11)
s(P, '东盟', False, ctx='东盟领导人'); s(DEP, '东盟', False, ctx='东盟领导人', **INT)   # round 11
s(P, '东盟', False, ctx='东盟一致同意'); s(DEP, '东盟', False, ctx='东盟一致同意', **INT)
s(DT, '今后１０年内', False)                                   # a relative time (like 十年内)
F('１０年', 10, '年', '建立自由贸易区的期限', req=False)       # a duration (guide: optional)
s(P, '中国—东盟自由贸易区', False)                             # a planned free trade area: a zone (like 亚太自由贸易区, undecided)
s(P, '中国', False, ctx='中国—东盟自由贸易区')
s(P, '东盟', False, ctx='东盟自由贸易区'); s(DEP, '东盟', False, ctx='东盟自由贸易区', **INT)
s(P, '朝鲜')
s(P, '韩国')
s(P, '南亚', False)                                            # a region without a fixed boundary (round 12)
s(P, '非洲')                                                   # round 12
s(P, '拉美')                                                   # round 12
s(P, '阿拉伯', False)                                          # optional at every occurrence (xinhua-096, undecided)
s(P, '美国')
s(P, '俄罗斯', ctx='美国、俄罗斯')
s(P, '欧盟', False); s(DEP, '欧盟', False, **INT)              # round 24: optional as DEPARTMENT and PLACE
s(P, '日本')
U('独立自主的和平外交政策', req=False)                         # optional (round 2)
U('和平共处五项原则')                                          # round 4: required, no FIGURE
s(DEP, '联合国', False, **INT)                                 # international organisations optional (conventions decided here)
U('霸权主义和强权政治', 'term', req=False)                     # round 6 list
U('国际政治经济新秩序', req=False)                             # a policy phrase (undecided: optional)
# 结束语 … 各位代表!
this_year('今年政府工作')
U('以江泽民同志为核心的党中央', req=False)                     # as in gwr-041.py
s(PE, '江泽民', title='同志', ctx='以江泽民同志为核心')
s(DEP, '党中央', ctx='为核心的党中央', **CC)
U('邓小平理论')                                                # the doctrine (round 6)
s(PE, '邓小平', False, ctx='邓小平理论伟大旗帜')                # a name inside a doctrine name (guide)
Q('三个代表')                                                  # required quoted formula
U('与时俱进', 'term', req=False)                               # undecided: optional in earlier rounds

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
