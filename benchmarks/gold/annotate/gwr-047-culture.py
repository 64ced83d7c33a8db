from functools import partial

from _ann import DEP, DT, SL, Ann, P

# Round 37 (annotator r37b, blind). 1995 State Council government work report,
# gwr-047, range [8410, 10722) of the window [6582, 11049): the end of section
# 三 (the tax reform: 分税制, 中央和地方政府; planning and investment reform; the
# closing paragraph with 今年, 党的十四大, 十四届三中全会, 社会主义市场经济体制 ×2,
# 本世纪末, 二三十年) and section 四 up to the culture paragraph: science
# (科学技术是第一生产力, the quoted 方针 “稳住一头，放开一片”, 今年), education
# (《中国教育改革和发展纲要》 with 中国 inside, 九年义务教育 ×2, 中央 ×2, 两级 ×2,
# 德、智、体全面发展, 尊师重教) and culture (为人民服务、为社会主义服务,
# 百花齐放、百家争鸣, 弘扬主旋律，提倡多样化, 改革开放, the quoted “文化扶贫工程”,
# “万里边疆文化长廊”, “控制总量，调整结构，提高质量，增进效益” and “扫黄”,
# 一手抓繁荣，一手抓管理). Few figures: the passage is the policy part of the report.
# Traditional: the gold text is the OpenCC s2t form of the simplified source
# (same length); spans are decided on the simplified text. Cut at paragraph
# ends (8410: the first character after the `\n`; 10722: the `\n` after the
# culture paragraph).
A = Ann('gwr-047', 8410, 10722, script='traditional')
s = A.s
F, U, Q, Y = A.figure, A.unquoted, A.quoted, A.date
opt_fig = partial(A.figure, req=False)   # an optional FIGURE
CENTRAL = {'level': 'central', 'kind': 'state'}


def this_year(ctx):
    """今年: optional, resolved to the report's year (round 1; gwr-047-stabilisation)."""
    s(DT, '今年', False, ctx=ctx, value='1995', resolved='1995')


def sme(ctx):
    """社会主义市场经济体制: a policy phrase, optional (README; gwr-047 scripts)."""
    U('社会主义市场经济体制', 'term', req=False, ctx=ctx)


# 财税体制改革，要巩固和完善分税制 …
U('分税制', 'term', req=False)                                   # an unquoted system name (undecided: optional, as before)
s(DEP, '中央', False, ctx='中央和地方政府', **CENTRAL)            # 中央 alone (rounds 1, 5: optional)
# 地方政府: generic; 增值税、消费税, 出口退税制度: taxes, none
# 个人所得税法: a law's name without 《》, none (title of a work)
# 个人收入应税申报制度: none

# 计划体制改革 … 投资体制改革 …: 国家投资, 投资主体法人责任制, 投资项目资本金制度: none

# 在深化改革的进程中 …
this_year('今年要继续推进')
# 政府机构改革, 各级地方政府: generic; 个体、私营、外资经济: none
# 商品流通和外贸体制、供销社体制: 供销社 a kind of body, generic (none)
sp = s(DEP, '党的十四大', False, level='central', kind='party')    # optional as DEPARTMENT and DATE (round 17; gwr-047-stabilisation)
s(DT, '党的十四大', False, at=sp['start'])
s(DT, '十四大', False, at=sp['start'] + 2)
s(DEP, '十四大', False, at=sp['start'] + 2, level='central', kind='party')
s(DT, '十四届三中全会', False)                                     # a plenum as a time (round 2; gwr-047-stabilisation): optional
# 我国: deictic, none
sme('建立社会主义市场经济体制的蓝图')
s(DT, '本世纪末', False, value='2000')                             # relative time (round 9, round 15): optional
sme('初步建立起社会主义市场经济体制')
opt_fig('二三十年', 25, '年', '形成更加成熟定型的制度所需时间', ap='about')   # a duration (guide: optional)
# 各级政府: generic

# 四、发展科技教育文化和卫生体育事业 (section number: none)
U('社会主义精神文明', 'term', req=False)                           # a policy phrase (README round 10 list): optional
# 社会主义市场经济 (发展社会主义市场经济): a policy phrase used as an object, none

# 促进科技成果向现实生产力转化 …
U('科学技术是第一生产力', req=False)                               # Deng Xiaoping's thesis, unquoted: undecided, optional (round 36)
# 经济建设必须依靠科学技术，科学技术工作必须面向经济建设的方针 — decided here:
# the standard wording of the 1980s science 方针, unquoted: undecided, optional
U('经济建设必须依靠科学技术，科学技术工作必须面向经济建设', 'directive', req=False)
# 高新技术产业开发区: generic
Q('稳住一头，放开一片', 'directive')                              # a quoted 方针 (guide: a quoted requirement, directive): required; 一头 / 一片 inside: no FIGURE (guide)
# 科研院所、高等院校: generic
this_year('今年要召开')
s(DEP, '全国科学技术大会', False, kind='conference')                 # a conference, not an organ (gwr-060: 全国科学大会 optional, undecided)

# 深化教育改革，加快发展教育事业。认真实施《中国教育改革和发展纲要》
s(P, '中国', False, ctx='中国教育改革和发展纲要')                    # inside the title of a work (guide nesting: optional); the title itself: none
# 教育优先发展的战略地位: none
s(SL, '九年义务教育', False, ctx='特别是九年义务教育', kind='formula', quoted=False)   # round 11: optional
opt_fig('九年', 9, '年', '义务教育', ctx='九年义务教育和扫除')      # a duration in 九年义务教育 (round 11; r27a): optional
# 扫除青壮年文盲, 初等、中等、高等普通教育: none; 初中后、高中后: none
s(SL, '九年义务教育', False, ctx='普及九年义务教育', kind='formula', quoted=False)
opt_fig('九年', 9, '年', '义务教育', ctx='九年义务教育的地方')
# 职业资格证书制度: none
s(DEP, '中央', False, ctx='中央和省级政府', **CENTRAL)              # 中央 alone (rounds 1, 5): optional
# 省级政府: generic
opt_fig('两级', 2, '级', '办学的政府', ctx='两级办学')               # anaphoric count (README FIGURE: 两级 in 县乡两级, optional)
opt_fig('两级', 2, '级', '管理的政府', ctx='两级管理')
# 以省级为主, 一批重点大学: none
s(DEP, '中央', False, ctx='从中央到地方', **CENTRAL)                # 中央 alone: optional
# 各级政府, 各类学校: generic; 奖学金、贷学金: none
U('德、智、体全面发展', req=False)                                  # an educational formula, like 德智体美全面发展 (r34b: optional, undecided)
# 德育工作, 青少年, 中小学生: none
U('尊师重教', 'term', req=False)                                   # a set phrase (round 34): optional
# 民办教师: none

# 坚持正确方向，繁荣文化事业。
sp = U('为人民服务、为社会主义服务', req=False)                      # the 二为 direction (r26c: optional)
U('为人民服务', req=False, at=sp['start'])                          # round 10: optional
U('百花齐放、百家争鸣', req=False)                                  # the 双百 方针 as a pair (r26c: optional)
U('弘扬主旋律，提倡多样化', 'directive', req=False)                 # undecided (round 32): a 1990s wording, optional
# 文学艺术、广播影视、新闻出版和社会科学: fields, none
U('改革开放', req=False, ctx='反映改革开放')                         # a policy phrase (gwr-048.py; gwr-047-stabilisation): optional
# 社会主义现代化建设, 少年儿童: none
# 社区文化、企业文化, 农村文化建设: none
# 艺术表演团体, 文化企事业单位, 图书馆、博物馆、文化馆（站）、科技馆（站）: generic
Q('文化扶贫工程', 'campaign')                                      # a quoted programme name (guide: campaign): required
Q('万里边疆文化长廊', 'campaign')                                  # a quoted programme name: required; 万里 inside: no FIGURE (guide: numerals in slogans)
# 广播电影电视: none
Q('控制总量，调整结构，提高质量，增进效益', 'directive')             # the quoted 原则 of publishing (guide: a quoted requirement): required
# 多出好书，不出坏书: unquoted wording, none
U('一手抓繁荣，一手抓管理', 'directive', req=False)                  # written with ，: like 一手抓繁荣、一手抓管理 (r32b: optional); no FIGURE
Q('扫黄', 'campaign')                                              # quoted campaign name (rounds 11, 32, 33): required
# 盗版、走私, 文物保护: none

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
