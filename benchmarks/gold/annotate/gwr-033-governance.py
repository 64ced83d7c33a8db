from _ann import DEP, DT, PE, SL, Ann, P

# Round 26: the 2008 State Council government work report, [22693, 24841): field (九)
# points 第一 to 第四 (the 国务院机构改革方案 ×2, supervision, clean government), the
# nationalities and religion paragraph, defence (毛泽东军事思想, 邓小平新时期军队建设思想,
# 江泽民国防和军队建设思想, 胡锦涛, 科学发展观, 人民武装警察部队), Hong Kong and Macao
# (“一国两制”, “港人治港”, “澳人治澳”, 香港 / 澳门 ×3 each), Taiwan (“和平统一、一国两制”,
# “三通”, 台湾 ×5, “台独” ×2, 一个中国的原则), foreign policy (中国政府) and the closing
# paragraph (以胡锦涛同志为总书记的党中央, 邓小平理论, “三个代表”, 科学发展观).
# Traditional script. Blind. A fifth range of the article, after [16563, 18935).
A = Ann('gwr-033', 22693, 24841, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
GOV = {'level': 'central', 'kind': 'state', 'canonical': '中华人民共和国国务院'}
CCP = {'level': 'central', 'kind': 'party', 'canonical': '中共中央'}


def liangan(ctx):
    """两岸: optional PLACE (undecided, round 10)."""
    s(P, '两岸', False, ctx=ctx)


# 第一，加快转变政府职能。… 努力建设服务型政府
U('服务型政府', 'term', req=False)                            # optional (round 6 list)
# 第二，深化政府机构改革。这次国务院机构改革方案 …
s(DEP, '国务院', ctx='这次国务院', **GOV)                   # named organ (gwr-039, round 5)
s(DEP, '国务院', ctx='国务院机构改革方案将', **GOV)
# 第四，… 坚持标本兼治、综合治理、惩防并举、注重预防的方针
U('标本兼治、综合治理、惩防并举、注重预防', 'directive', req=False)   # unquoted set wording of a 方针 (undecided, round 10 list)
# 我国是统一的多民族国家 … 坚持和完善民族区域自治制度
U('民族区域自治制度', 'term', req=False)                     # system names optional (round 3)
# 宗教事务条例: title of a regulation, no label (round 21)
# 加强国防和军队建设，是发展中国特色社会主义的战略任务
U('中国特色社会主义', req=False, ctx='发展中国特色社会主义的')   # as the object of 发展: optional (round 2 modifiers; undecided)
s(P, '中国', False, ctx='中国特色社会主义的战略')
U('毛泽东军事思想')                                          # designation of a thought (round 18)
s(PE, '毛泽东', False, ctx='毛泽东军事思想')                  # name inside a thought (guide)
U('邓小平新时期军队建设思想')                                 # round 18
s(PE, '邓小平', False, ctx='邓小平新时期')
U('江泽民国防和军队建设思想')                                 # by round 18's rule, the third designation of the list
s(PE, '江泽民', False, ctx='江泽民国防')
s(PE, '胡锦涛', ctx='胡锦涛同志关于', title='同志')           # a named person; title outside (guide)
U('科学发展观', ctx='把科学发展观')                           # round 18
s(DT, '新世纪新阶段', False, value='20XX')                     # optional (round 21)
U('全面建设小康社会', req=False, ctx='为全面建设小康社会提供')  # a goal (round 2)
s(DEP, '人民武装警察部队', level='central', kind='state', canonical='中国人民武装警察部队')  # round 3
# 坚定不移地贯彻“一国两制”、“港人治港”、“澳人治澳”、高度自治的方针
Q('一国两制')                                                # round 18
Q('港人治港')                                                # quoted formula
s(P, '港', False, ctx='港人治港'); s(P, '港', False, ctx='治港')   # one-character abbreviations: optional (README)
Q('澳人治澳')
s(P, '澳', False, ctx='澳人治澳'); s(P, '澳', False, ctx='治澳')
# 全力支持香港、澳门两个特别行政区政府依法施政
s(P, '香港', ctx='支持香港'); s(P, '澳门', ctx='澳门两个')     # places the text is about
F('两个', 2, '个', '特别行政区政府', req=False, ctx='两个特别行政区政府')   # anaphoric count (README)
s(P, '内地', False)                                          # optional (round 6)
F('两个', 2, '个', '特别行政区', req=False, ctx='两个特别行政区在')
# 香港、澳门同胞一定能够把香港、澳门管理和建设得更好
s(P, '香港', ctx='香港、澳门同胞'); s(P, '澳门', ctx='澳门同胞')    # like 台湾 in 台湾同胞 (round 6)
s(P, '香港', ctx='把香港'); s(P, '澳门', ctx='澳门管理')
# 坚持“和平统一、一国两制”的基本方针
sp = Q('和平统一、一国两制')                                  # round 10
s(SL, '一国两制', False, at=sp['start'] + 5, kind='formula', quoted=False)   # inside a quoted slogan: optional (round 10)
liangan('新形势下发展两岸关系')
U('和平统一', 'term', req=False, ctx='祖国和平统一的')         # undecided (round 18)
liangan('两岸关系和平发展')
U('两岸关系和平发展', 'term', req=False)                       # optional wording (round 18 list)
liangan('鼓励两岸同胞')
liangan('促进两岸经济')
Q('三通')                                                    # quoted numbered formula (round 2), no FIGURE
s(P, '台湾', ctx='台湾同胞的政策')                           # 台湾 in 台湾同胞 required (round 6)
s(P, '海峡西岸', False)                                      # a region (undecided, round 26)
s(P, '台', False, ctx='台商')                                # one-character abbreviation (README)
U('一个中国的原则', req=False)                               # undecided (round 10)
U('一个中国', 'term', req=False, ctx='一个中国的原则')
s(P, '中国', False, ctx='一个中国的原则')                     # part of a formula's name (README)
liangan('恢复两岸协商')
liangan('解决两岸同胞')
Q('台独', 'term', req=False, ctx='反对“台独”')              # optional term (round 1)
s(P, '台', False, ctx='台独”分裂活动')
s(P, '台湾', ctx='把台湾从')
s(P, '中国', ctx='涉及中国主权')                              # the country (README)
s(P, '台湾', ctx='包括台湾同胞')
s(P, '中国', ctx='全中国人民')                                # like 全体中国人 (round 10)
Q('台独', 'term', req=False, ctx='“台独”分裂势力')
s(P, '台', False, ctx='台独”分裂势力')
s(P, '大陆', False, ctx='大陆和台湾')                          # the mainland (undecided, round 26; like 内地)
s(P, '台湾', ctx='大陆和台湾')
U('一个中国', 'term', req=False, ctx='同属一个中国')
s(P, '中国', False, ctx='一个中国的现状')
s(P, '台海', False)                                          # optional (round 6)
liangan('两岸统一')
# 在新的一年 … 坚持独立自主的和平外交政策
s(DT, '新的一年', False, value='2008', resolved='2008')           # relative time (README; gwr-0xx scripts)
U('和平、发展、合作', 'term', req=False)                        # set wording, like 和平、发展、合作、共赢 (round 10, undecided)
U('独立自主的和平外交政策', 'term', req=False)                 # optional (round 3)
U('和平发展道路', 'term', req=False)                          # policy phrase (undecided)
U('互利共赢的开放战略', 'term', req=False)                      # optional (rounds 10, 11)
U('持久和平、共同繁荣的和谐世界', 'term', req=False)              # the world vision of the period, like round 10's undecided wording
U('和谐世界', 'term', req=False)                              # policy phrase of the period (undecided)
sp = s(DEP, '中国政府', level='central', kind='state')        # round 4
s(P, '中国', False, at=sp['start'])                          # inside 中国政府: optional (round 8)
# 回顾五年成就
F('五年', 5, '年', '成就', req=False, ctx='回顾五年')          # duration: optional (guide)
# 让我们在以胡锦涛同志为总书记的党中央领导下
s(DEP, '以胡锦涛同志为总书记的党中央', False, **CCP)            # like 以习近平同志为核心的党中央 (optional, round 1)
s(PE, '胡锦涛', ctx='以胡锦涛同志为总书记', title='同志、总书记')
s(DEP, '党中央', ctx='总书记的党中央', **CCP)                    # standing alone (guide)
U('高举中国特色社会主义伟大旗帜', req=False)                    # gwr-033-tasks.py
U('中国特色社会主义', req=False, ctx='中国特色社会主义伟大旗帜')
s(P, '中国', False, ctx='中国特色社会主义伟大旗帜')
U('邓小平理论')                                              # the doctrine meant (以…为指导; gwr-033-tasks.py)
s(PE, '邓小平', False, ctx='邓小平理论')
U('“三个代表”重要思想', req=False)                           # the whole optional (round 7)
Q('三个代表')
U('科学发展观', ctx='落实科学发展观')
U('全面建设小康社会', req=False, ctx='夺取全面建设小康社会')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
