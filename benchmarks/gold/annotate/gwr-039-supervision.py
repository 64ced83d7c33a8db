from _ann import CC, DEP, DT, PE, SL, Ann, P

# Round 31 (annotator r31b, blind): the 2004 State Council government work report, range
# [14854, 17215) of the window [13008, 17465), after `gwr-039-10733-13008`: points 第三 to
# 第五 of section 三 “加强政府自身建设” (依法行政, 有权必有责、用权受监督、侵权要赔偿,
# 《中华人民共和国行政许可法》 in force 今年7月1日; supervision by 同级人民代表大会及其常委会,
# 人民政协, 民主党派, 工商联; 科学发展观, 中国, “形象工程”, the civil servants with
# 全心全意为人民服务), clean government, Hong Kong and Macao (“一国两制”、“港人治港”、“澳人治澳”,
# 香港基本法 / 澳门基本法, 内地与香港、澳门…安排), Taiwan (“和平统一、一国两制”, 八项主张, “三通”,
# 台湾同胞, 一个中国原则, “台独”), foreign affairs (和平与发展, 和平共处五项原则, 新安全观,
# 联合国, 中国政府和中国人民) and the closing (以胡锦涛同志为总书记的党中央, 邓小平理论,
# “三个代表”). Simplified script.
A = Ann('gwr-039', 14854, 17215)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
CCP = dict(CC)
INT = {'kind': 'international organisation'}


def opt_fig(t, v, u, subj, ctx=None, ap='exact'):
    return F(t, v, u, subj, ap=ap, req=False, ctx=ctx)


def liangan(ctx):
    s(P, '两岸', False, ctx=ctx)                                   # optional (round 10, undecided; gwr-041)


def hk(ctx_hk, ctx_mo, req=True):
    s(P, '香港', req, ctx=ctx_hk)
    s(P, '澳门', req, ctx=ctx_mo)


# 第三，全面推行依法行政。
U('有权必有责、用权受监督、侵权要赔偿', 'directive', req=False)   # unquoted set wording of a requirement (undecided: optional)
s(P, '中华人民共和国', False, ctx='中华人民共和国行政许可法')      # inside a title of a work (guide: nesting)
s(DT, '今年', False, ctx='今年7月1日', value='2004', resolved='2004')    # relative time (round 1)
s(DT, '今年7月1日', False, value='2004-07-01', resolved='2004-07-01')   # the longer form optional (guide: the bare date is the span)
s(DT, '7月1日', value='--07-01', resolved='2004-07-01')               # month-day without year (guide), year fixed by the article
opt_fig('一部', 1, '部', '法律', ctx='一部重要法律')                 # an article count (round 2 list): optional
# 第四，自觉接受人民监督。
s(DEP, '同级人民代表大会', False, kind="people's congress")          # generic, like 同级人大 (round 5; gwr-041)
s(DEP, '常委会', False, ctx='及其常委会', kind="people's congress")   # generic (round 5; gwr-041)
s(DEP, '人民政协', level='central', kind='cppcc', canonical='中国人民政治协商会议')   # the institution (rounds 1, 3)
s(DEP, '民主党派', False)                                            # round 3
s(DEP, '工商联', level='central', kind='mass organisation', canonical='中华全国工商业联合会')  # named body (round 3)
s(DEP, '人民团体', False)                                            # a class of bodies (round 20)
# 监察、审计部门: generic organ nouns (guide: 组织部门) — no span
# 第五，加强政风建设和公务员队伍建设。
U('求真务实', 'term', req=False)                                     # optional (round list: 求真务实)
U('科学发展观', ctx='树立科学发展观')                                 # the doctrine's designation (round 18)
U('正确的政绩观', 'term', req=False)                                 # policy phrase (undecided: optional)
s(P, '中国', ctx='符合中国现阶段')                                   # the country (README)
U('一切从实际出发', 'term', req=False)                               # set wording (undecided: optional)
Q('形象工程', 'term', req=False)                                     # quoted coinage (README: “形象工程” optional)
U('政治坚定、业务精通、清正廉洁、作风优良', 'directive', req=False)   # unquoted standard wording for the civil service (undecided)
U('解放思想，实事求是，与时俱进', req=False)                          # like 解放思想、实事求是、与时俱进 (optional, cpc-011)
U('与时俱进', 'term', req=False, ctx='与时俱进；')                    # optional (gwr-041)
U('执政为民', 'term', req=False, ctx='树立执政为民')                  # alone, as modifier (undecided: optional)
U('全心全意为人民服务')                                              # the Party's purpose (required, cpc-011)
U('从严治政', 'term', req=False)                                     # policy phrase (undecided)
# 加强廉政建设和反腐败斗争。
U('谦虚谨慎、不骄不躁', req=False)                                    # like 谦虚谨慎、戒骄戒躁、艰苦奋斗 (undecided: optional)
U('艰苦奋斗', 'term', req=False, ctx='继续保持艰苦奋斗')              # undecided: optional
# 维护香港、澳门长期稳定和繁荣发展 …
hk('维护香港', '澳门长期')                                            # places the text is about
Q('一国两制', ctx='坚持“一国两制”')                                   # round 1
Q('港人治港')                                                         # quoted formula (gwr-033)
s(P, '港', False, ctx='港人治港'); s(P, '港', False, ctx='治港”')     # one-character abbreviations (README)
Q('澳人治澳')
s(P, '澳', False, ctx='澳人治澳'); s(P, '澳', False, ctx='治澳”')
hk('香港基本法', '澳门基本法', req=False)                             # a place inside the name of its law (round 5)
hk('支持香港', '澳门两个特别行政区')                                  # the places the text is about
opt_fig('两个', 2, '个', '特别行政区', ctx='两个特别行政区')          # anaphoric count (gwr-033)
s(P, '港澳', False)                                                   # round 2: optional
s(P, '内地', False)                                                   # rounds 5, 6: optional
hk('内地与香港', '澳门建立更紧密', req=False)                        # inside the name of the arrangement (README: optional, undecided)
hk('我们对香港', '澳门的前景')
# 我们坚持“和平统一、一国两制”的基本方针 …
sp = Q('和平统一、一国两制')                                          # round 10
s(SL, '一国两制', False, at=sp['start'] + 5, kind='formula', quoted=False)   # inside a quoted slogan (round 10)
liangan('发展两岸关系、推进')
U('和平统一', 'term', req=False, ctx='祖国和平统一进程')              # policy phrase (gwr-041)
U('八项主张', req=False)                                              # round 10 (undecided)
opt_fig('八项', 8, '项', '主张', ctx='八项主张')
liangan('推进两岸人员')
Q('三通')                                                             # quoted numbered formula (round 2), no FIGURE
s(P, '台湾', ctx='保护台湾同胞')                                      # 台湾 in 台湾同胞 (round 6)
s(P, '大陆', False, ctx='在大陆的正当')                               # like 内地 (round 18, undecided)
U('一个中国原则', ctx='在一个中国原则基础上')                         # round 1
s(P, '中国', False, ctx='一个中国原则基础上')                         # part of the formula's name (README)
liangan('恢复两岸对话')
U('和平统一', 'term', req=False, ctx='祖国的和平统一')
Q('台独', 'term', req=False)                                          # optional term (round 1)
s(P, '台', False, ctx='台独”分裂')
s(P, '台湾', ctx='把台湾从')
s(P, '中国', ctx='从中国分割')                                        # the country (README)
s(P, '台湾', ctx='包括台湾同胞')
# 当前，国际形势 …
U('和平与发展', req=False, ctx='和平与发展仍然')                      # the 时代主题 wording (gwr-041, undecided)
U('多极化', 'term', req=False, ctx='世界多极化、经济')                # gwr-041 (undecided)
U('经济全球化', 'term', req=False, ctx='经济全球化在曲折')            # policy phrase (undecided: optional)
U('和平与发展', req=False, ctx='谋求和平与发展')
s(DT, '过去的一年', False, value='2003', resolved='2003')             # relative time (README)
U('独立自主的和平外交政策', 'term', req=False, ctx='坚持独立自主的和平外交政策，把握')   # optional (round 2)
s(DT, '新的一年', False, ctx='在新的一年，我们要继续', value='2004', resolved='2004')   # relative (round 12)
U('和平、发展、合作', 'term', req=False)                              # set wording (round 10, undecided)
U('独立自主的和平外交政策', 'term', req=False, ctx='奉行独立自主的和平外交政策')
U('和平共处五项原则')                                                 # round 4: required, no FIGURE
U('多极化', 'term', req=False, ctx='促进世界多极化')
U('经济全球化', 'term', req=False, ctx='促进经济全球化朝着')
U('互信、互利、平等、协作的新安全观', 'term', req=False)              # policy wording of the period (undecided)
U('新安全观', 'term', req=False)
U('霸权主义和强权政治', 'term', req=False)                            # round 6 list
U('国际政治经济新秩序', req=False)                                    # policy phrase (gwr-041, undecided)
U('与邻为善、以邻为伴', req=False)                                    # neighbourhood wording (r13b: optional, undecided)
s(DEP, '联合国', False, **INT)                                        # international organisation (README)
sp = s(DEP, '中国政府', level='central', kind='state')                 # the government of a named state (round 4)
s(P, '中国', False, at=sp['start'])                                   # inside 中国政府: optional (round 8)
s(P, '中国', ctx='中国人民将始终')                                     # like 全中国人民 (gwr-033, round 10)
# 新的一年 … 在以胡锦涛同志为总书记的党中央领导下
s(DT, '新的一年', False, ctx='新的一年，政府工作', value='2004', resolved='2004')
s(DEP, '以胡锦涛同志为总书记的党中央', False, **CCP)                   # optional (round 1)
s(PE, '胡锦涛', ctx='以胡锦涛同志为总书记', title='同志、总书记')
s(DEP, '党中央', ctx='总书记的党中央', **CCP)                          # standing alone (guide)
U('邓小平理论', req=False, ctx='高举邓小平理论')                      # a modifier of 旗帜 in 高举…伟大旗帜 (README: optional, undecided)
s(PE, '邓小平', False, ctx='邓小平理论和')                             # a name inside a doctrine name (guide)
U('“三个代表”重要思想', req=False)                                    # the whole optional (round 7)
Q('三个代表')                                                         # required quoted formula

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
