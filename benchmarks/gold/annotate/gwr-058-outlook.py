from functools import partial

from _ann import DEP, DT, PE, SL, Ann

# Round 26 (annotator r26c), blind. 1981 State Council government work report,
# source range [27888, 29954): the plan for 1982 (１９８２年 ×3, 第六个五年计划,
# 今年 / 明年, the growth targets ３％ / ４％ / ４％左右 / ５．７％ / ８％ / ３．２％ /
# ５．７％ / ５．９％, 关、停、并、转, the title 《１９８２年经济和社会发展计划要点（草案）》,
# 国务院, 人大常委会), the passage on material and spiritual civilisation (两个方面,
# 四个现代化, 为人民服务, 新长征突击手 / 三八红旗手: honorary titles, nothing) and the
# paragraph on 资产阶级自由化 (今年７月 邓小平同志, ９月 胡耀邦同志, 鲁迅诞辰一百周年纪念大会,
# 五讲四美活动). Full-width digits. Annotated as traditional: the gold is the OpenCC
# s2t form of the simplified source (same length, _ann.py).
A = Ann('gwr-058', 27888, 29954, script='traditional')
s = A.s
F, U, Q, Y = A.figure, A.unquoted, A.quoted, A.date
opt_fig = partial(A.figure, req=False)
SC = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}


def rel(t, ctx=None, **kw):
    """A relative time (今年, 明年): optional DATE (round-level list, 'Conventions decided here')."""
    s(DT, t, False, ctx=ctx, **kw)


# 1982年是第六个五年计划的第二年
Y('１９８２年', '1982', ctx='１９８２年是第六个')
s(DT, '第六个五年计划', False, value='1981/1985')          # a five-year-plan period: optional DATE (Conventions decided here)
s(SL, '第六个五年计划', False, kind='period', quoted=False)  # … and optional SLOGAN kind period; 第六个 is an ordinal: no FIGURE
# 第二年 ×2: ordinals, nothing
rel('明年', ctx='明年经济发展')
rel('今年', ctx='比今年高一点')
Y('１９８２年', '1982', ctx='１９８２年的计划')
rel('今年', ctx='由今年预计')
F('３％', 3, '%', '工农业总产值增长速度（1981年预计）')      # guide: number + unit
F('４％', 4, '%', '工农业总产值增长速度（1982年计划）', ctx='提高到４％')   # 提高到 is a verb, outside (guide)
rel('今年', ctx='比今年增长４％左右')
F('４％左右', 4, '%', '国民收入增长（1982比1981）', ap='about')   # 左右 inside (guide)
rel('明年', ctx='明年的农业')
rel('今年', ctx='由今年的生产下降')
F('５．７％', 5.7, '%', '消费部分增长', ctx='消费部分增长５．７％')
F('８％', 8, '%', '社会商品零售总额增长')
F('３．２％', 3.2, '%', '积累部分增长')
F('５．７％', 5.7, '%', '国家预算内直接安排的投资增长', ctx='投资增长５．７％')
F('５．９％', 5.9, '%', '教育、科学、文化、卫生、体育等事业费用的支出增长')
rel('明年', ctx='明年要用很大')
U('关、停、并、转', 'directive', req=False)                 # a standard wording of a measure (undecided: optional)
rel('明年', ctx='明年的计划')
# the title of the plan, printed over three lines: entities inside titles of works are optional (guide)
s(DT, '１９８２年', False, value='1982', ctx='１９８２年经济和社会发展计划要点')
s(DEP, '国务院', ctx='国务院将根据', **SC)                   # the central government (round 1)
s(DEP, '人大常委会', level='central', kind="people's congress",
  canonical='全国人民代表大会常务委员会')                    # a named body without level prefix (Conventions decided here)
# 各位代表
U('社会主义精神文明', 'term', req=False, ctx='高度的社会主义精神文明')   # a policy phrase (round 13)
F('两个', 2, '个', '方面', req=False, ctx='两个方面')        # a count announcing the list (round 3): optional
F('一个', 1, '个', '标志', req=False, ctx='这是一个社会')     # 一个 (round 3): optional
U('四个现代化')                                              # required at each free occurrence (round 25); no FIGURE
U('爱国主义和国际主义精神', 'term', req=False)               # a standard wording (undecided: optional)
U('为人民服务', req=False)                                   # without 全心全意 (round 10): optional
# 先进生产者、新长征突击手、三八红旗手: honorary titles, never SLOGAN (guide): nothing
# 资产阶级自由化 paragraph
rel('今年', ctx='今年７月')                                   # relative time: optional
s(DT, '今年７月', False, value='1981-07')                    # the longer form with 今年: optional (guide: modifier)
Y('７月', '--07', ctx='今年７月', resolved='1981-07')       # a month without year; the article fixes 1981
s(PE, '邓小平', title='同志')                                # title 同志 (round 3)
U('资产阶级自由化', 'term', req=False, ctx='资产阶级自由化思潮')   # a political term of the time (undecided: optional)
Y('９月', '--09', ctx='９月，胡耀邦', resolved='1981-09')
s(PE, '胡耀邦', title='同志')
s(PE, '鲁迅')                                                # a named person inside an event name
F('一百周年', 100, '周年', '鲁迅诞辰', req=False)            # an anniversary (guide): optional
U('资产阶级自由化', 'term', req=False, ctx='资产阶级自由化的错误思想')
U('社会主义精神文明', 'term', req=False, ctx='提倡社会主义精神文明')
U('五讲四美', 'campaign')                                    # the name of a campaign (五讲四美活动): required; numerals in it are no FIGURE
U('五讲四美活动', 'campaign', req=False)                     # the form with 活动 (undecided: optional)
U('资本主义', 'term', req=False, ctx='资本主义思想')          # standing alone (round 15): optional
U('无政府主义', 'term', req=False)                           # optional (round 17)
U('官僚主义', 'term', req=False, ctx='官僚主义等')           # undecided: optional

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
