from _ann import DEP, DT, PE, SL, Ann, P

# 16th CPC National Congress report (2002), sections 七 “国防和军队建设” and
# 八 “‘一国两制’和实现祖国的完全统一”, both whole (headings included): the
# army's guiding thoughts and requirements, its reform, the armed police; Hong
# Kong and Macao, the Taiwan policy (一个中国原则, 八项主张, 两千三百万台湾同胞).
# Simplified script. No date and no required person in the range.
A = Ann('cpc-011', 20854, 22910)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
ARMY = {'level': 'central', 'kind': 'state', 'canonical': '中国人民解放军'}
PAP = {'level': 'central', 'kind': 'state', 'canonical': '中国人民武装警察部队'}


def sandai(ctx):
    """“三个代表”重要思想: the quoted 三个代表 required, the whole optional (round 7)."""
    sp = s(SL, '“三个代表”重要思想', False, ctx=ctx, kind='formula', quoted=False)
    Q('三个代表', at=sp['start'] + 1)


def taiwan(ctx, req=True):
    """台湾 as the place the text is about (台湾问题, 台湾同胞: rounds 8 and 10)."""
    s(P, '台湾', req, ctx=ctx)


def liangan(ctx):
    """两岸 (the two sides of the Strait): optional (round 10, undecided)."""
    s(P, '两岸', False, ctx=ctx)


def peace(ctx):
    """和平统一 unquoted: half of the quoted formula, a policy phrase: optional."""
    U('和平统一', req=False, ctx=ctx)


def zuguo(ctx):
    """祖国统一: optional (r7r, undecided)."""
    U('祖国统一', req=False, ctx=ctx)


# 七、国防和军队建设 (a section number: none)
U('全面建设小康社会', req=False, ctx='全面建设小康社会的重要保障')   # a goal (round 3)
U('国防建设与经济建设协调发展', req=False)              # the wording of a 方针, not a fixed name: undecided
U('国防和军队现代化', req=False)                        # policy phrase (round 15)

# 坚持以毛泽东军事思想、邓小平新时期军队建设思想为指导 …
sp = U('毛泽东军事思想')                                 # the fixed name of a thought (like 习近平强军思想)
s(PE, '毛泽东', False, at=sp['start'])
sp = U('邓小平新时期军队建设思想')                        # the fixed name of a thought
s(PE, '邓小平', False, at=sp['start'])
sandai('全面贯彻“三个代表”重要思想')
# the standard wording of the army's 总要求 (like 坚定信心、同舟共济、科学防治、精准施策, round 1)
U('政治合格、军事过硬、作风优良、纪律严明、保障有力', 'directive')
U('打得赢、不变质', req=False)                           # the two historic tasks: undecided
F('两个', 2, '个', '历史性课题', req=False)               # a count after a closed list (round 2)
U('中国特色的精兵之路', req=False)                        # policy phrase: undecided
s(P, '中国', False, ctx='中国特色的精兵之路')             # 中国特色 (round 7)
U('革命化现代化正规化', req=False)                        # standard wording, not named 方针 here: undecided

# 始终把思想政治建设摆在军队各项建设的首位 … (首位: no figure)
s(DEP, '人民军队', False, ctx='永葆人民军队', **ARMY)      # optional at every occurrence (round 16)
U('党对军队的绝对领导', req=False)                        # undecided
s(DEP, '我军', False, ctx='是我军永远', **ARMY)            # deictic, like 我国政府 (round 17): undecided
s(DEP, '人民军队', False, ctx='党领导人民军队', **ARMY)

# 贯彻积极防御的军事战略方针 …
U('积极防御的军事战略方针', req=False)                    # like 新时代军事战略方针 (round 9)
U('科技强军战略')                                        # the fixed name of a strategy (rounds 6, 15, 16: …战略)
U('科技强军', req=False, ctx='科技强军战略')
F('大批', 1, '批', '高素质新型军事人才', ap='about', req=False)   # like 一批 (r7q)
s(DEP, '我军', False, ctx='实现我军现代化', **ARMY)

# 探索新的历史条件下治军的特点和规律 …
U('从严治军', req=False)                                 # like 从严治党 (round 15): undecided
U('依法治军', req=False)                                 # like 依法治国 (round 3)
U('勤俭建军', req=False)
U('三军一体、军民兼容、平战结合', req=False)             # the wording of a system: undecided; 三军 no figure
U('寓军于民', req=False)
s(DEP, '民兵', False, level='central', kind='state')     # the militia as a class of forces: undecided
s(DEP, '预备役部队', False, level='central', kind='state')  # the reserve units as a class: undecided
U('人民战争', 'term', req=False)                          # round 16
s(DEP, '武装警察部队', **PAP)                             # the armed force by name (rounds 2, 5)

# 各级党组织和政府 (generic) … 拥军优属，拥政爱民，巩固军政军民团结。
U('拥军优属，拥政爱民', 'campaign', req=False)            # round 10 (undecided)
U('拥军优属', 'campaign', req=False)                      # r7k
U('军政军民团结', req=False)                              # r7k

# 八、“一国两制”和实现祖国的完全统一 (a heading inside the report: round 7)
Q('一国两制', ctx='八、“一国两制”')
# 实现祖国的完全统一 … 中华儿女 (中华: not annotated)
s(P, '香港', ctx='香港问题')
s(P, '澳门', ctx='澳门问题')
taiwan('解决台湾问题、完成')
zuguo('完成祖国统一大业')

# 香港和澳门回归祖国 …
s(P, '香港', ctx='香港和澳门回归')
s(P, '澳门', ctx='澳门回归祖国')
Q('一国两制', ctx='丰富了“一国两制”')
Q('一国两制', ctx='事实证明，“一国两制”')
s(P, '香港', False, ctx='香港基本法')                      # inside the name of its law (round 5)
s(P, '澳门', False, ctx='澳门基本法')
s(P, '香港', ctx='全力支持香港')
s(P, '澳门', ctx='香港和澳门两个')
F('两个', 2, '个', '特别行政区', req=False, ctx='两个特别行政区')   # a count after a closed list (round 2)
s(P, '港澳', False, ctx='港澳各界')                        # joined abbreviations (round 2)
s(P, '香港', ctx='促进香港')
s(P, '澳门', ctx='香港和澳门的繁荣')

# 我们坚持“和平统一、一国两制”的基本方针 … 八项主张
Q('和平统一、一国两制', ctx='我们坚持“和平统一、一国两制”')   # round 10
s(SL, '一国两制', False, ctx='和平统一、一国两制', kind='formula', quoted=False)  # inside a quoted slogan
liangan('发展两岸关系、推进祖国')
peace('推进祖国和平统一进程')
U('八项主张', req=False, ctx='进程的八项主张')            # round 10 (undecided)
F('八项', 8, '项', '主张', req=False)
taiwan('同台湾同胞一道')
liangan('加强两岸人员')
taiwan('坚决反对台湾分裂势力')                            # the place the text is about
liangan('两岸关系的基本格局')
taiwan('台湾同胞求和平')
taiwan('台湾分裂势力的分裂活动')

# 坚持一个中国原则 …
U('一个中国原则', ctx='坚持一个中国原则')                 # round 1
s(P, '中国', False, ctx='一个中国原则，是')                # part of the formula's name (round 1)
liangan('是发展两岸关系和实现')
peace('实现和平统一的基础')
# 世界上只有一个中国，大陆和台湾同属一个中国，中国的主权和领土完整不容分割
U('世界上只有一个中国，大陆和台湾同属一个中国，中国的主权和领土完整不容分割', req=False)  # standard wording, unquoted: undecided
F('一个', 1, '个', '中国', req=False, ctx='只有一个中国')  # inside a standard wording: optional
s(P, '中国')                                               # the country (只有一个中国)
s(P, '大陆', False, ctx='大陆和台湾')                     # like 内地 (round 5): undecided
taiwan('大陆和台湾同属')
F('一个', 1, '个', '中国', req=False, ctx='同属一个中国')
s(P, '中国')                                               # 同属一个中国
s(P, '中国', ctx='中国的主权')
Q('台湾独立', 'term', req=False, ctx='制造“台湾独立”')    # round 10
s(P, '台湾', False)                 # inside a quoted term
Q('两个中国', 'term', req=False)
s(P, '中国', False)
Q('一中一台', 'term', req=False)
taiwan('台湾前途系于')
zuguo('系于祖国统一')
peace('进行和平统一谈判')
U('一个中国原则', ctx='在一个中国原则的基础上')
s(P, '中国', False, ctx='一个中国原则的基础上')
liangan('尽早恢复两岸对话')
U('一个中国', req=False, ctx='在一个中国的前提下')         # the principle by its core (gwr-045: undecided)
s(P, '中国', False, ctx='一个中国的前提下')
liangan('正式结束两岸敌对')
s(P, '台湾地区')                                          # the longest name (加沙地区, 和田地区)
s(P, '台湾', False, ctx='台湾地区')
taiwan('谈台湾当局')                                      # gwr-045
s(DEP, '台湾当局', False)                                 # no named organ (round 10: undecided)
taiwan('与台湾各党派')
liangan('就发展两岸关系')
peace('推进和平统一交换')

# 解决台湾问题、实现祖国的完全统一，我们寄希望于台湾人民。
taiwan('解决台湾问题、实现')
taiwan('寄希望于台湾人民')
taiwan('台湾同胞具有')
liangan('是发展两岸关系的重要')
taiwan('尊重台湾同胞')
liangan('两岸应该扩大')
# 中华文化: 中华 not annotated (round 7)
liangan('实现两岸直接')
U('通邮、通航和通商', req=False)                          # round 10 (undecided)
liangan('是两岸同胞')
liangan('开创两岸经济')

# “一国两制”是两岸统一的最佳方式。…
Q('一国两制', ctx='“一国两制”是两岸')
liangan('是两岸统一的')
liangan('两岸统一后')
s(DT, '两岸统一后', False)                                # an event-anchored time
taiwan('台湾可以保持')
U('高度自治', req=False)                                  # gwr-002
taiwan('台湾同胞的生活方式')
taiwan('台湾经济将')
s(P, '祖国大陆', False)                                   # undecided, like 内地
s(P, '大陆', False, ctx='祖国大陆')
taiwan('台湾同胞可以')
s(P, '大陆', False, ctx='大陆同胞')

# 两千三百万台湾同胞是我们的手足兄弟 …
F('两千三百万', 23000000, '', '台湾同胞')                   # a number before a noun without classifier (round 1)
F('两千三百万台湾同胞', 23000000, '', '台湾同胞', req=False)
taiwan('两千三百万台湾同胞')
taiwan('解决台湾问题。')
Q('和平统一、一国两制', ctx='继续坚持“和平统一、一国两制”')
s(SL, '一国两制', False, ctx='和平统一、一国两制”的基本方针，贯彻', kind='formula', quoted=False)
U('八项主张', req=False, ctx='贯彻八项主张')
F('八项', 8, '项', '主张', req=False)
peace('争取和平统一的前景')
taiwan('针对台湾同胞')
s(P, '中国', ctx='干涉中国统一')                          # the country
taiwan('和台湾分裂势力搞')
Q('台湾独立', 'term', req=False, ctx='搞“台湾独立”')
s(P, '台湾', False)
zuguo('维护祖国统一')
# 中华民族: 中华 not annotated (round 7)
s(P, '中国', ctx='中国人民将')                            # 中国 in 中国人民 (round 3)
taiwan('把台湾从中国')
s(P, '中国', ctx='从中国分割')

# 国家要统一，民族要复兴，台湾问题不能无限期地拖延下去。…
taiwan('台湾问题不能')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
