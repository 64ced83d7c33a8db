from functools import partial

from _ann import DEP, DT, Ann, P, all_occ

# Round 36 (annotator r36a, blind): the 1979 State Council government work report,
# part 二, the end of task 第五 (the training paragraph: 各部门、各地方, no label) and
# tasks 第六 (technology imports, foreign capital and exports: 四个现代化, 独立自主、
# 自力更生, 三年经济调整期间, 《中华人民共和国中外合资经营企业法》, 人大常委会, 国务院,
# 最近三年内, 调整、改革、整顿、提高, 国务院进出口领导小组, 外贸部), 第七 (reform of the
# economic management system: 国务院有关部门, 前一段, 国务院 ×2) and 第八 (prices:
# 今年 ×2, 国务院 ×2, 八亿农民, 千家万户 no label). Range [13200, 15105) of the window
# [11030, 15105), just before gwr-060-15105-17235; 13200 is the first character after
# the `\n` that ends task 第五's first paragraph, 15105 follows the last `\n` of the
# window. Traditional script: the gold text is OpenCC s2t of the simplified source
# (same length); the spans are found on the simplified form (_ann.py).
A = Ann('gwr-060', 13200, 15105, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
opt_fig = partial(A.figure, req=False)
GOV = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
Y79 = {'value': '1979', 'resolved': '1979'}
_lg = A.simp.find('国务院进出口领导小组')
all_occ(A, DEP, '国务院', within=[(0, _lg), (_lg + 1, len(A.simp))], **GOV)  # a named central organ, required at every free occurrence (round 1; gwr-060-agriculture)
s(DEP, '国务院', False, at=_lg, **GOV)                            # inside 国务院进出口领导小组: optional (guide, nesting)
all_occ(A, DT, '今年', False, **Y79)                             # relative time: optional (Conventions decided here; gwr-060-population)
A.cur = 0
# 为了普遍地提高全国企业的管理水平 … 各部门、各地方和有条件的企业 …: generic organ nouns (guide), none
# 每一期的轮训或培训: "each session", no count: none
# 第六、继续做好技术引进工作 … (第六: a list number, guide: none)
# 世界各国, 发展中国家, 经济发达的国家: no place (README: 中国 in 发展中国家 no place)
U('四个现代化', ctx='加快实现四个现代化')                         # required, kind formula, no FIGURE (r16c; gwr-060-population)
U('独立自主、自力更生', req=False)                                 # like 自力更生、艰苦奋斗 / 艰苦创业 (r27d, gwr-060-agriculture): optional, undecided
U('自力更生', req=False, ctx='独立自主、自力更生')                 # optional at every occurrence (round 14)
s(DT, '三年经济调整期间', False, value='1979/1981')                # a period named by an event: optional (Conventions decided here: relative times)
opt_fig('三年', 3, '年', '', ctx='三年经济调整')                  # a duration: optional (Conventions decided here)
# 《中华人民共和国中外合资经营企业法》: the title of a law gets no label (guide; round 6)
s(P, '中华人民共和国', False, ctx='中华人民共和国中外合资')        # a place inside a title of a work (《 and 》 on lines of their own): optional (guide, nesting)
s(DEP, '人大常委会', level='central', kind="people's congress",
  canonical='全国人民代表大会常务委员会')                          # a named body standing alone: required (Conventions decided here: 人大常委会)
# 本次会议: a deictic session reference, none
s(DT, '最近三年内', False, value='1979/1981')                     # a relative time: optional (Conventions decided here)
opt_fig('三年', 3, '年', '', ctx='最近三年内')                    # a duration: optional
U('调整、改革、整顿、提高', req=False)                              # optional (round 19; gwr-060-population)
# 补偿贸易, 合资经营的企业, 世界先进水平: none
s(DEP, '国务院进出口领导小组', level='central', kind='state',
  canonical='国务院进出口领导小组')                                # a named body with 领导小组 (round 12 README; Conventions decided here)
s(DEP, '外贸部', level='central', kind='state', canonical='对外贸易部')  # a ministry's short name: required (guide: abbreviated names)
opt_fig('一个', 1, '个', '部门', ctx='每一个部门')                 # 一个 as "each one": optional (round 12; gwr-060-population)
opt_fig('一个', 1, '个', '地方', ctx='每一个地方')
# 第七、… 国务院有关部门 (国务院 required above; the whole a generic noun)
s(DT, '前一段', False)                                            # a relative time: optional (Conventions decided here)
opt_fig('几个', 3, '个', '最迫切的问题', ap='about', ctx='其中几个')  # a vague count, like 几十万 (round 10): optional
# 若干试行办法, 职工奖惩试行条例, 财政体制初步改革方案: names of documents without 《》, none (round 21)
# 这次会议以后: deictic, none; 各省、市、自治区: generic with 各 (guide), none
# 第八、… 今年国务院决定 …满足了八亿农民的多年愿望
F('八亿', 800000000, '', '农民', ctx='八亿农民')                   # number before a noun without classifier (README 2469; gwr-060-agriculture)
opt_fig('八亿农民', 800000000, '', '农民')                         # the number with the noun: optional (Conventions decided here)
opt_fig('一笔', 1, '笔', '资金', ctx='拨出一笔资金')               # an article-like count: optional (round 12)
# 千家万户: rhetoric, not annotated (README, round 34)
if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
