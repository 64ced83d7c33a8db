from functools import partial

from _ann import CC, DEP, DT, PE, Ann, P

# Round 26 (r26a): 1995 State Council government work report, gwr-047, range
# [13622, 15870): the end of section 五 (the nationalities paragraph, 第二次全国
# 民族团结进步表彰大会, 第三次西藏工作座谈会), section 六 “积极促进祖国和平统一大业”
# (Hong Kong's return on １９９７年７月１日, ８４９天, 香港特别行政区筹委会预备工作
# 委员会, 中英 / 中葡, 江泽民's 八项主张, 一个中国的原则, “两个中国”, “一中一台”,
# “台湾独立”) and section 七 “关于外交工作” (４０多位 heads of state, 朝鲜半岛, 东盟,
# 和平共处五项原则, the fiftieth anniversaries, 联合国 meetings, ２１世纪).
# Simplified script; full-width digits. Cut at paragraph ends (13622: first
# character after the blank line before 各位代表！; 15870: the `\n` after the
# section's last paragraph, before 结束语).
A = Ann('gwr-047', 13622, 15870)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
opt_fig = partial(A.figure, req=False)   # an optional FIGURE
INT = {'kind': 'international'}


def taiwan(ctx, req=True):
    """台湾 as the place the text is about (台湾同胞, 台湾当局: rounds 8 and 10)."""
    s(P, '台湾', req, ctx=ctx)


def liangan(ctx):
    """两岸 (the two sides of the Strait): optional (round 10, undecided)."""
    s(P, '两岸', False, ctx=ctx)


def haixia(ctx):
    """海峡两岸 with 两岸 inside: both optional (round 10, undecided)."""
    s(P, '海峡两岸', False, ctx=ctx)
    s(P, '两岸', False, ctx=ctx)


def peace(ctx):
    """和平统一 unquoted: a policy phrase, optional (round 18; cpc-010-defence)."""
    U('和平统一', req=False, ctx=ctx)


def zuguo(ctx):
    """祖国统一: optional (r7r, undecided; cpc-010-defence)."""
    U('祖国统一', req=False, ctx=ctx)


def hk(ctx, req=True):
    s(P, '香港', req, ctx=ctx)


def mo(ctx, req=True):
    s(P, '澳门', req, ctx=ctx)


def cn(ctx, req=True):
    """中国 as the country (中国人民, 中国人, 中国政府: rounds 3, 10, 12)."""
    s(P, '中国', req, ctx=ctx)


def yizhong(ctx):
    """一个中国的原则: optional (round 10, undecided), 一个中国 and 中国 inside optional."""
    sp = U('一个中国的原则', req=False, ctx=ctx)
    U('一个中国', req=False, at=sp['start'])
    s(P, '中国', False, at=sp['start'] + 2)


def year(t, ctx, v='1995'):
    """今年 / 过去的一年 …: relative times, optional (README "Conventions decided here")."""
    s(DT, t, False, ctx=ctx, value=v, resolved=v)


# 各位代表！我国是统一的多民族国家 …
year('去年', '去年召开了', '1994')
# 第二次全国民族团结进步表彰大会: a conference, not annotated (round 11, r7h); 第二次 an ordinal
s(P, '西藏', False, ctx='第三次西藏工作座谈会')            # a place at the start of a meeting's name (round 2)
year('今年', '今年要继续贯彻')
U('共同富裕', req=False)                                   # a policy phrase standing alone (round 7)
# 民族区域自治法: the name of a law, not a span (no label covers it)
U('平等、团结、互助', req=False)                            # the wording of the 新型民族关系 (undecided: optional)
zuguo('维护祖国统一，反对')
zuguo('维护祖国统一，促进')
# 全国各族人民: none (round 7)

# 六、积极促进祖国和平统一大业 (a section heading; 六 a section number)
peace('促进祖国和平统一大业')
s(DT, '今天', False, ctx='从今天起', value='1995-03-05', resolved='1995-03-05')  # relative (README; 849 days before 1997-07-01)
A.date('１９９７年７月１日', '1997-07-01')
hk('对香港恢复')
opt_fig('８４９天', 849, '天', '距香港恢复行使主权的时间')  # a duration (guide: optional)
hk('香港同胞')                                             # round 13
hk('实现香港的平稳')
year('过去一年', '在过去一年里', '1994')
s(DEP, '香港特别行政区筹委会预备工作委员会', level='central', kind="people's congress",
  canonical='全国人民代表大会常务委员会香港特别行政区筹备委员会预备工作委员会')  # the longest name (guide)
s(DEP, '香港特别行政区筹委会', False, ctx='香港特别行政区筹委会预备', level='central', kind="people's congress")  # a name inside a longer name (guide)
s(P, '香港特别行政区', False, ctx='香港特别行政区筹委会')    # a place at the start of a department name (guide)
hk('香港特别行政区筹委会', False)
s(P, '香港特别行政区', ctx='建立香港特别行政区的准备')    # the SAR as the place (round 2: an SAR is the whole)
hk('香港特别行政区的准备', False)
s(P, '英', False, ctx='要求英方')                          # one-character abbreviation (中 of 中方: optional)
s(P, '中英', False)                                        # joined one-character abbreviations (round 2: 中阿, 中印)
# 中英联合声明: the name of a treaty document, no label (like a law's name)
s(P, '中', False, ctx='同中方合作')
hk('为香港的平稳')
mo('对澳门恢复')
s(P, '中葡', False)                                        # joined abbreviations (round 2)
opt_fig('两', 2, '', '国', ctx='中葡两国')                 # an anaphoric count (round 20: 两家 in 苏美两家)
opt_fig('两国', 2, '国', '', ctx='两国在澳门')
mo('在澳门问题')
mo('促进澳门的')

# 在过去的一年里，海峡两岸经济联系 …
year('过去的一年', '在过去的一年里，海峡', '1994')         # as in gwr-047.py
haixia('海峡两岸经济')
s(DEP, '中共中央', ctx='中共中央总书记', **CC)              # an organ inside a position title (guide)
s(PE, '江泽民', title='中共中央总书记、国家主席、同志')     # required, title 同志 (round 15)
peace('推进祖国和平统一进程')
U('八项主张', req=False)                                   # round 10 (undecided)
F('八项', 8, '项', '主张', req=False)                      # round 10 (undecided)
liangan('指明了现阶段两岸关系')
taiwan('愿台湾当局')
s(DEP, '台湾当局', False)                                  # round 10 (undecided)
liangan('为增进两岸交往')
zuguo('促进祖国统一大业')
yizhong('坚持一个中国的原则')
peace('实现和平统一的基础')
Q('两个中国', 'term', req=False)                           # round 10
cn('两个中国', False)
Q('一中一台', 'term', req=False)                           # round 10
s(P, '中', False, ctx='一中一台')                          # inside a quoted term (r14: optional)
s(P, '台', False, ctx='中一台')
Q('台湾独立', 'term', req=False)                           # round 10
taiwan('台湾独立', False)
taiwan('包括台湾同胞')                                     # round 10
cn('所有中国人')                                           # 全体中国人 (round 10), 中国人 (round 12)
U('爱国主义', req=False)                                   # a doctrine name in 高举爱国主义的伟大旗帜 (undecided: optional)
liangan('全力推动两岸关系')
peace('完成祖国和平统一大业')

# 七、关于外交工作 (a heading)
U('多极化', 'term', req=False)                             # a policy term (undecided: optional)
# 发展中国家: no place (round 2)
U('霸权主义和强权政治', 'term', req=False, ctx='但是霸权主义和强权政治')  # optional (round 6 list; cpc-006)

# 在过去的一年里，我国外交工作 …
year('过去的一年', '在过去的一年里，我国外交', '1994')
F('４０多位', 40, '位', '先后访华的外国元首和政府首脑', ap='more_than')
s(PE, '江泽民', ctx='江泽民主席', title='主席')               # the person, title outside (guide)
opt_fig('数十个', 10, '个', '我国领导人出访的国家', ap='more_than')  # like 几十万 (round 16a: optional)
# 周边国家, 发展中国家, 西方国家: none

# 在新的一年里，中国政府 …
year('新的一年', '在新的一年里')
s(DEP, '中国政府', level='central', kind='state', canonical='中华人民共和国国务院')  # required (round 2: the government of a named state)
cn('中国政府', False)
U('独立自主的和平外交政策', req=False)                     # round 3: optional
U('霸权主义和强权政治', 'term', req=False, ctx='反对霸权主义和强权政治')
U('睦邻友好政策', req=False)                               # a policy name (round 3: optional)
cn('中国历来')
s(P, '朝鲜半岛')                                           # a named natural feature (round 22, r13b): required
s(P, '东盟', False)                                        # round 11: optional as PLACE and DEPARTMENT
s(DEP, '东盟', False, **INT)
cn('中国是维护')
cn('中国愿意')
cn('中国认为')
cn('中国主张在平等')
cn('中国主张各国')
sp = U('和平共处五项原则')                                 # round 4: required
U('五项原则', req=False, at=sp['start'] + 4)                # inside the full name: optional (round 4)
U('国际政治经济新秩序', req=False)                         # a policy phrase (undecided: optional)

# 今年是中国抗日战争和世界反法西斯战争胜利五十周年 …
year('今年', '今年是中国')
s(DT, '中国抗日战争', False)                               # an event (round 10 / round 19: optional)
cn('中国抗日战争', False)                                  # inside the war's name (round 10)
s(DT, '世界反法西斯战争', False)
opt_fig('五十周年', 50, '周年', '中国抗日战争和世界反法西斯战争胜利', ctx='胜利五十周年')  # anniversary (guide)
s(DEP, '联合国', False, ctx='也是联合国成立', **INT)          # international organisation (round 1)
opt_fig('五十周年', 50, '周年', '联合国成立', ctx='成立五十周年')
cn('给中国人民')                                           # 中国人民 (round 3)
s(DEP, '联合国', False, ctx='召开的联合国社会', **INT)        # at the start of a conference's name (round 11)
# 联合国社会发展问题世界首脑会议, 联合国第四次世界妇女大会: conferences, not annotated (round 11, r7h)
s(DEP, '联合国', False, ctx='联合国第四次', **INT)
cn('中国一贯')
s(DT, '２１世纪', False, value='20XX')                      # a century alone (round 5)

if __name__ == '__main__':
    A.write()
