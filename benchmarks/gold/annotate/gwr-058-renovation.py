from functools import partial

from _ann import DEP, Ann

# Round 41 (annotator r41b, blind): 1981 State Council government work report (delivered
# 30 Nov 1981), part (二) 今后经济建设的方针, [13419, 15590): the whole of point 四
# (有重点有步骤地进行技术改造，充分发挥现有企业的作用: 几十万个 enterprises, the three
# directions, 一批骨干企业, 一部分重点企业, depreciation and funds) and point 五
# (分批进行企业的全面整顿和必要改组) up to the paragraph on the economic responsibility
# system (四项工作 一是…四是, 厂长负责制 / 职工代表大会制, 责、权、利三者, 平均主义,
# 吃大锅饭). Between `gwr-058-11541-13415` and `gwr-058-15591-17783`. Chinese numerals only,
# no date, no named place or person; simplified.
A = Ann('gwr-058', 13419, 15590)
s = A.s
F = A.figure
U = A.unquoted

opt_fig = partial(A.figure, req=False)  # an optional FIGURE

# 四、… heading: a list number, none.
# 我国 (×4): no place (guide); 重工业 / 工交企业: none.
opt_fig('一个', 1, '个', '新的水平', ctx='一个新的水平')            # an article (round 2)
opt_fig('一个', 1, '个', '关键', ctx='一个关键')                    # an article (round 2)
# 过去 / 现在 / 今后 / 当前 / 目前: deictic adverbs, not annotated (conventions decided here)
opt_fig('几十万个', 100000, '个', '工业交通企业（现有）', ap='more_than')   # like 几十万 (rounds 10, 25)
U('走自己的路', req=False)                                          # an unquoted standard wording (undecided)
# 在相当长的时期内: none
opt_fig('几个', 3, '个', '方面（技术改造）', ap='about', ctx='以下几个方面')   # a vague count (r36a, round 22)
# 一、二、三、: list numbers, none; 国内外: none
# 一哄而起, 各行其是: idioms, no label (r39c: 一刀切)
opt_fig('一批', 1, '批', '骨干企业', ctx='一批骨干企业')            # article-like count (round 3)
# 机械工业, 各行各业, 国家计划: none
# 一个一个地: a reduplicated adverb, no count: none
opt_fig('一部分', 1, '部分', '重点企业（设备陈旧）', ctx='一部分重点企业')   # an unquantified share (gwr-058-energy)
# 绝大多数企业: none; 广大职工群众: none
# 上级部门, 有关资金: generic: none
# 五、… heading: none
opt_fig('四项', 4, '项', '企业全面整顿当前要特别注意做好的工作', ctx='以下四项')   # an anaphoric count before a list (conventions decided here)
# 一是 … 四是: list numbers, none
U('经济责任制', 'term', req=False, ctx='整顿和完善经济责任制')     # a policy term of the period (gwr-058-3218-5561)
# 中青年干部, 技术业务干部, 领导班子: none
# 党委领导下的厂长负责制: 党委 a generic organ noun (guide: 地方党委), none; 厂长负责制 a system's name, none
s(DEP, '职工代表大会', False)                                      # an organ inside a system's name (职工代表大会制; undecided, like gwr-059 optional)
U('经济责任制', 'term', req=False, ctx='推行和完善经济责任制')
# 国家 (×n): none
opt_fig('三者', 3, '者', '责、权、利')                             # a count after a closed list (round 2; r35c)
U('平均主义', 'term', req=False)                                   # policy terms of the period (gwr-058-3218-5561)
U('吃大锅饭', 'term', req=False)
U('经济责任制', 'term', req=False, ctx='实行经济责任制')
U('经济责任制', 'term', req=False, ctx='推行经济责任制')
# 一哄而起, 一刀切 (unquoted idioms: r39c), 歪门邪道: none
# 平均先进定额, 规章条例: none; 思想政治工作: none

if __name__ == '__main__':
    import sys
    A.write()
    if '--review' in sys.argv:
        A.review()
