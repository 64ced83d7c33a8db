from _ann import CC, DEP, DT, PE, SL, Ann, P, all_occ

# Round 31 (annotator r31b, blind): the 11th CPC National Congress report (1977), range
# [13586, 15959) of the window [10506, 15961), just before `cpc-006-15961-18250`: the
# victory over the “四人帮” as a victory of the Cultural Revolution (Mao's quoted words on
# lines of their own, 苏联, 第九次、第十次、第十一次 路线斗争, 刘少奇、林彪、“四人帮”三个资产阶级司令部,
# 马克思主义、列宁主义、毛泽东思想, 天下大乱/天下大治, 十大以后, 八年, 十一年), the end of the first
# Cultural Revolution, the opening of section 形势和任务 (党中央 and 抓纲治国, 今年 / 三年内, 本世纪内,
# 中国), and the first paragraphs of the international part (十大以来, 苏美, 苏联社会帝国主义,
# 阿拉伯国家, 巴勒斯坦, 以色列, 安哥拉, 扎伊尔, 苏丹政府, 去年初 with Mao's words on 美国 and 苏联,
# “缓和”, “裁军”, “和平”). Annotated as **traditional**: the gold text is OpenCC s2t of the
# simplified source (same length); spans are found on the simplified text.
A = Ann('cpc-006', 13586, 15959, script='traditional')
s = A.s
F, U, Qs = A.figure, A.unquoted, A.quoted


def Q(t, kind='quotation', req=False, quoted=True):
    """A quotation printed between marks on its own lines: the trimmed text is the span;
    the text with the line breaks is accepted too (round 1; cpc-006-capitalist-roaders)."""
    sp = s(SL, t, req, kind=kind, quoted=quoted)
    A.spans.append({'label': SL, 'start': sp['start'] - 1, 'end': sp['end'] + 1,
                    'text': A.p[sp['start'] - 1:sp['end'] + 1], 'required': False, 'attrs': {'kind': kind}})
    assert A.simp[sp['start'] - 1] == '\n' and A.simp[sp['end']] == '\n'
    return sp


def mao(ctx):
    """毛 of 毛主席: required with title 主席, 毛主席 optional (round 8)."""
    sp = s(PE, '毛', ctx=ctx, title='主席')
    s(PE, '毛主席', False, at=sp['start'], title='主席')


def cr(ctx):
    """The Cultural Revolution: an event as time (optional DATE) and a period (optional SLOGAN),
    as in cpc-006-capitalist-roaders; with 无产阶级 when the text has it."""
    i = A.simp.find(ctx, A.cur)
    assert i >= 0, ctx
    if '无产阶级文化大革命' in ctx:
        j = A.simp.find('无产阶级文化大革命', i)
        s(DT, '无产阶级文化大革命', False, at=j)
        s(SL, '无产阶级文化大革命', False, at=j, kind='period', quoted=False)
        j += 4
    else:
        j = A.simp.find('文化大革命', i)
    s(DT, '文化大革命', False, at=j)
    s(SL, '文化大革命', False, at=j, kind='period', quoted=False)


def SM(ctx):
    """苏美 (joined abbreviation, optional) with its one-character parts (optional), as in cpc-006-foreign."""
    s(P, '苏美', False, ctx=ctx); s(P, '苏', False, ctx=ctx); s(P, '美', False, ctx=ctx)


def zzp(ctx):
    """走资派 unquoted: a repeat of the adversaries' quoted label, optional term (like the
    unquoted 一个资产阶级 in cpc-006-capitalist-roaders, undecided)."""
    s(SL, '走资派', False, ctx=ctx, kind='term', quoted=False)


# 粉碎“四人帮”，是无产阶级文化大革命的又一个伟大胜利。毛主席指出：
cr('是无产阶级文化大革命的又一个')
F('一个', 1, '个', '伟大胜利', req=False, ctx='又一个伟大胜利')           # an article count (round 2 list): optional
mao('毛主席指出：')
Q('这次无产阶级文化大革命，对于巩固无产阶级专政，防止资本主义复辟，建设社会主义，是完全必要的，是非常及时的')   # Mao's words (round 1): optional quotation
cr('这次无产阶级文化大革命，对于')                                        # inside a quotation: optional anyway
# 鉴于苏联复辟资本主义的历史教训 …
s(P, '苏联', ctx='鉴于苏联复辟')                                         # the country (cpc-006-foreign: required)
mao('毛主席以无与伦比')
cr('亲自发动和领导了无产阶级专政历史上没有前例的无产阶级文化大革命')
# 第九次、第十次、第十一次重大路线斗争: ordinals (README, cpc-006 list) — no FIGURE
s(PE, '刘少奇', ctx='刘少奇、林彪')
s(PE, '林彪', ctx='林彪、“四人帮”三个')
F('三个', 3, '个', '资产阶级司令部', ctx='三个资产阶级司令部')           # as in cpc-006-capitalist-roaders (required)
# 那一部分权力: 一部分 is no figure (README list)
mao('为毛主席的革命路线')
F('亿万', 100000000, '', '人民群众', req=False, ctx='亿万人民群众')      # 亿万 in 亿万人民: optional (README)
zzp('战胜党内走资派')
U('马克思主义', ctx='马克思主义、列宁主义、毛泽东思想大为普及')         # the doctrines themselves (rounds 2, 3, 6)
s(PE, '马克思', False, ctx='马克思主义、列宁')                            # names inside doctrine names (guide)
U('列宁主义', ctx='、列宁主义、毛泽东')                                   # treated like 马克思列宁主义 (round 3)
s(PE, '列宁', False, ctx='列宁主义、毛泽东')
U('毛泽东思想', ctx='毛泽东思想大为普及')                                 # the doctrine (round 1)
s(PE, '毛泽东', False, ctx='毛泽东思想大为普及')
mao('毛主席关于无产阶级专政下继续革命')
U('无产阶级专政下继续革命的伟大理论', req=False)                          # round 18: optional, undecided boundary
U('无产阶级专政下继续革命', 'term', req=False, ctx='无产阶级专政下继续革命的伟大理论')
cr('我国这次无产阶级文化大革命，为国际')
U('反修防修', 'term', req=False)                                          # a 1960s–70s set phrase (undecided: optional)
cr('我国这次无产阶级文化大革命，必将')
# 文化大革命开始的时候，毛主席就提出：
cr('文化大革命开始的时候')
mao('毛主席就提出')
Q('天下大乱，达到天下大治。')                                             # Mao's words on lines of their own (round 1): optional
s(DT, '十大以后', False, value='1973', resolved='1973')                   # event-anchored time (README: 十大以来 optional)
s(DT, '十大', False, ctx='十大以后', value='1973', resolved='1973')
mao('毛主席也一再指示')
Q('无产阶级文化大革命，已经八年。现在，以安定为好。全党全军要团结。')
cr('无产阶级文化大革命，已经八年')                                       # inside a quotation: optional
F('八年', 8, '年', '无产阶级文化大革命', req=False)                       # a duration inside a quotation: optional
Q('还是安定团结为好。')
U('安定团结', req=False, ctx='还是安定团结为好')                          # inside a quotation (README: optional)
mao('根据毛主席的指示')
U('安定团结', req=False, ctx='实现安定团结，达到')                        # 安定团结 alone: policy phrase (undecided: optional)
U('天下大治', 'term', req=False, ctx='达到天下大治了')                    # unquoted repeat of Mao's words (undecided: optional)
F('十一年', 11, '年', '我国第一次无产阶级文化大革命', req=False)         # a duration (guide): optional
cr('我国第一次无产阶级文化大革命，就以')                                  # 第一次: an ordinal, no FIGURE
# 安定团结不是不要阶级斗争。
U('安定团结', req=False, ctx='安定团结不是')
cr('第一次无产阶级文化大革命的胜利结束，决不是')
U('无产阶级专政下继续革命', 'term', req=False, ctx='决不是无产阶级专政下继续革命的结束')   # the doctrine's core (round 18: undecided)
F('两个', 2, '个', '阶级', req=False, ctx='两个阶级的斗争')              # a count after a closed pair (round 2): optional
F('两条', 2, '条', '道路', req=False, ctx='两条道路的斗争')
cr('文化大革命这种性质')
mao('遵照毛主席的教导')
U('无产阶级专政下的继续革命', 'term', req=False)                         # a variant of the doctrine's core (undecided: optional)
# 形势和任务 … 同志们！
cr('第一次无产阶级文化大革命的胜利结束，使')
s(DT, '新时期', False, ctx='这个新时期', value='1976', resolved='1976')   # a relative era (gwr-041: 新时期 optional)
s(DEP, '党中央', ctx='党中央作出了抓纲治国', **CC)                       # standing alone (guide)
U('抓纲治国', ctx='作出了抓纲治国')                                       # the 1977 strategy (cpc-006-20953-23286: required)
F('两个', 2, '个', '阶级', req=False, ctx='两个阶级、两条道路')          # anaphoric count (round 6): optional
F('两条', 2, '条', '道路', req=False, ctx='两条道路的激烈')
U('安定团结', req=False, ctx='实现安定团结，巩固')
U('天下大治', 'term', req=False, ctx='达到天下大治。')
# 党中央抓纲治国的战略决策，有一个中心点 …
s(DEP, '党中央', ctx='党中央抓纲治国的战略决策，有', **CC)
U('抓纲治国', ctx='抓纲治国的战略决策，有')
F('一个', 1, '个', '中心点', req=False, ctx='有一个中心点')               # an article count: optional
mao('捍卫毛主席的伟大旗帜')
# 第十一次路线斗争: an ordinal
mao('贯彻执行毛主席的无产阶级革命路线')
s(DEP, '党中央', ctx='使党中央抓纲治国', **CC)
U('抓纲治国', ctx='抓纲治国的战略决策，今年')
s(DT, '今年', False, ctx='今年初见成效', value='1977', resolved='1977')   # relative time (round 1)
U('今年初见成效，三年内大见成效', 'directive', req=False)                # the 1977 wording of the goal (undecided: optional)
s(DT, '三年内', False, value='1977/1979')                                 # relative time (README: 今后三年内 optional)
F('三年', 3, '年', '', req=False, ctx='三年内大见成效')                   # a duration (guide): optional
s(P, '中国', ctx='中国工人阶级')                                          # the country (README)
s(P, '中国', ctx='中国人民在本世纪')
s(DT, '本世纪内', False, value='19XX')                                    # relative time (README: 本世纪末 optional)
U('社会主义现代化强国', 'term', req=False)                                # a goal (undecided: optional)
# 同志们！十大以来 …
s(DT, '十大以来', False, value='1973', resolved='1973')                   # README: optional
s(DT, '十大', False, ctx='十大以来', value='1973', resolved='1973')
mao('毛主席亲自制定')
s(P, '中国', ctx='中国人民和世界人民')
# 当前国际形势大好 …
s(DT, '几年来', False)                                                    # relative time (cpc-006-foreign)
s(DT, '几年', False, ctx='几年来国际')                                    # the bare form, optional by the same convention (slip fixed)
F('一个', 1, '个', '国际统一战线', req=False, ctx='一个反对超级大国')    # an article count: optional
SM('苏美两霸困难')
F('两霸', 2, '', '霸', req=False, ctx='两霸困难')                         # as in cpc-006-foreign: optional
s(P, '苏联', ctx='苏联社会帝国主义，在过去')
s(SL, '苏联社会帝国主义', False, ctx='苏联社会帝国主义，在过去', kind='term', quoted=False)   # cpc-006-foreign
s(DT, '过去几年', False)                                                  # relative time: optional
s(P, '阿拉伯', False, ctx='阿拉伯国家')                                   # optional at every occurrence (xinhua-096)
s(P, '巴勒斯坦')                                                          # named places
s(P, '以色列')
s(P, '安哥拉')
s(P, '扎伊尔')
sp = s(DEP, '苏丹政府', level='central', kind='state')                    # the government of a named state (rounds 4, 6)
s(P, '苏丹', False, at=sp['start'])                                       # inside 苏丹政府: optional (round 8, like 中国政府)
U('第三世界', req=False, ctx='第三世界国家之间')                          # cpc-006-foreign: optional
U('国家要独立，民族要解放，人民要革命', req=False)                        # Mao's unquoted wording (undecided: optional)
# 在革命因素继续增长的同时 …
mao('毛主席近几年来')
s(DT, '近几年来', False)                                                  # relative time: optional
s(DT, '近几年', False, ctx='近几年来')                                    # the bare form before 来 is optional too (written convention, cpc-006-culture; slip fixed after the first measurement)
s(DT, '去年初', False, value='1976-01', resolved='1976')                  # relative (README: 去年 optional)
s(DT, '去年', False, ctx='去年初', value='1976', resolved='1976')
mao('毛主席指出：“')
Q('美国在世界上有利益要保护，苏联要扩张，这个没法子改变。在阶级存在的时代，战争是两个和平之间的现象。战争是政治的继续，也就是说是和平的继续。和平就是政治。')
s(P, '美国', False, ctx='美国在世界上有利益')                             # inside a quotation: optional (README)
s(P, '苏联', False, ctx='苏联要扩张')
F('两个', 2, '个', '和平', req=False, ctx='两个和平之间')                  # inside a quotation: optional
SM('苏美两个超级大国')
F('两个', 2, '个', '超级大国', req=False, ctx='两个超级大国')             # anaphoric pair (gwr-053): optional
Qs('缓和', 'term', req=False)                                             # the superpowers' words (gwr-053: optional term)
Qs('裁军', 'term', req=False)
# “裁” is a scare-quoted single character: no span (README)
Qs('和平', 'term', req=False, ctx='“和平”')
s(P, '中国', ctx='中国人民也希望')
F('一个', 1, '个', '和平的国际环境', req=False, ctx='有一个和平的国际环境')   # an article count: optional
s(P, '中国', ctx='不是中国人民要打')
mao('毛主席告诉我们')
# the 四人帮 label, quoted throughout: optional term (round 1; cpc-006-capitalist-roaders)
all_occ(A, SL, '四人帮', False, kind='term', quoted=True)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
