from _ann import CC, DEP, DT, PE, SL, Ann, P, all_occ

# Round 39 (annotator r39d, blind). The 11th CPC National Congress report (1977), range
# [29694, 31521) of the window [29691, 32138), right after `cpc-006-27520-29691`: the eighth
# of the eight tasks, “第八，一定要贯彻执行统筹兼顾、全面安排的方针” (统筹兼顾 ×5, cadres,
# the educated youth with Mao's quoted words on lines of their own, the minorities, the united
# front with Mao's quoted words, 台湾同胞 / 港澳同胞), the summing-up (抓纲治国的八项任务 ×2,
# 中央决定, 第五届全国人民代表大会, 王张江姚“四人帮”, 中国人民政治协商会议第五届全国委员会),
# and the close (同志们！, Mao's quoted words on 马克思列宁主义, 党中央, 党的十一大路线,
# 马克思主义、列宁主义、毛泽东思想 ×2, 中国共产党 ×2, 中国人民, the four 现代…, the two
# cheers). The Wikisource licence furniture after the last cheer is left out. Annotated as
# **traditional**: the gold text is OpenCC s2t of the simplified source (same length); spans
# are found on the simplified text.
A = Ann('cpc-006', 29694, 31521, script='traditional')
s = A.s
F = A.figure
CPPCC = {'level': 'central', 'kind': 'cppcc'}
NPC = {'level': 'central', 'kind': "people's congress", 'canonical': '全国人民代表大会'}


def U(t, k='formula', req=False, ctx=None):
    """An unquoted wording: optional unless a convention requires it."""
    return s(SL, t, req, ctx=ctx, kind=k, quoted=False)


def Q(x, kind='quotation', req=False):
    """A quotation printed on lines of its own (“⏎…⏎”): the text without the line breaks
    is the span, the text with them is accepted too (Conventions decided here; round 18)."""
    sp = s(SL, x, req, kind=kind, quoted=True)
    A.spans.append({'label': SL, 'start': sp['start'] - 1, 'end': sp['end'] + 1,
                    'text': A.p[sp['start'] - 1:sp['end'] + 1], 'required': False, 'attrs': {'kind': kind}})
    assert A.simp[sp['start'] - 1] == '\n' and A.simp[sp['end']] == '\n'
    return sp


def mao(ctx):
    """毛 of 毛主席, required with title 主席 (rounds 1, 8, 15); 毛主席 whole optional below."""
    s(PE, '毛', ctx=ctx, title='主席')


def doctrines(ctx):
    """马克思主义、列宁主义、毛泽东思想: the doctrines themselves, required (rounds 2, 3, 6;
    cpc-006-victory); the names inside optional (guide)."""
    i = A.simp.find(ctx, A.cur)
    assert i >= 0, ctx
    for doc, name in (('马克思主义', '马克思'), ('列宁主义', '列宁'), ('毛泽东思想', '毛泽东')):
        j = A.simp.find(doc, i)
        s(SL, doc, True, at=j, kind='formula', quoted=False)
        s(PE, name, False, at=j)


def cpc(ctx):
    """中国共产党: the Party as a whole, optional (guide); 中国 inside optional (guide)."""
    sp = s(DEP, '中国共产党', False, ctx=ctx, kind='party', level='central')
    s(P, '中国', False, at=sp['start'])


# 第八，一定要贯彻执行统筹兼顾、全面安排的方针。 (第八: a list ordinal, none)
U('统筹兼顾、全面安排', ctx='统筹兼顾、全面安排的方针')            # Mao's policy wording: policy phrases optional (Conventions decided here)
U('统筹兼顾', 'term', ctx='统筹兼顾、全面安排的方针')                # r27d: 统筹兼顾 optional term
U('统筹兼顾，全面安排', ctx='统筹兼顾，全面安排，这是')             # the same wording with a comma: optional
U('统筹兼顾', 'term', ctx='统筹兼顾，全面安排，这是')
# 调动一切积极力量 / 战略方针: descriptions, no label
mao('落实毛主席为我们党')
# 干部问题, 知识分子问题, 上山下乡知识青年问题 …: topics, no label
U('上山下乡', 'term', ctx='上山下乡知识青年')                         # a campaign word of the time, undecided: optional
U('统筹兼顾', 'term', ctx='从统筹兼顾这个观点')
mao('毛主席的这种统筹兼顾')
U('统筹兼顾', 'term', ctx='这种统筹兼顾的思想')

# 干部是我们党的宝贵财富 … 正确对待无产阶级文化大革命 …
sp = s(DT, '无产阶级文化大革命', False, ctx='正确对待无产阶级文化大革命')  # an event as time: optional (Conventions decided here)
s(SL, '无产阶级文化大革命', False, at=sp['start'], kind='period', quoted=False)   # a period (cpc-006-victory)
s(DT, '文化大革命', False, at=sp['start'] + 4)
s(SL, '文化大革命', False, at=sp['start'] + 4, kind='period', quoted=False)

# 知识青年是早上八、九点钟的太阳 …: Mao's metaphor, a clock time in an image: no FIGURE (guide: idioms)
U('社会主义现代化强国', 'term', ctx='建设社会主义现代化强国')         # a goal (cpc-006-victory: optional)
mao('毛主席关于')
Q('知识青年到农村去，接受贫下中农的再教育，很有必要')                # Mao's words on lines of their own: optional (Conventions decided here)

# 做好少数民族和边疆地区的工作 … (少数民族, 边疆地区: generic, no label)
U('大汉族主义', 'term')                                               # terms of the nationality policy, undecided: optional
U('地方民族主义', 'term')
# 汉族: a people, no PLACE (r37a)

# 毛主席教导我们：“⏎对任何人，…⏎”
mao('毛主席教导我们')
Q('对任何人，只要他真正划清敌我界限，为人民服务，我们都是要团结的。')   # optional quotation
U('工农联盟', 'term', ctx='领导的工农联盟')                           # r29a: optional
s(DEP, '民主党派', False, ctx='爱国民主党派')                         # rounds 3-5: optional
s(P, '台湾', ctx='台湾同胞')                                          # 台湾 in 台湾同胞: required (round 7)
s(P, '港澳', False, ctx='港澳同胞')                                   # 港澳 in 港澳同胞: optional (round 7)
# 统一战线: a generic front, no label (as 国际统一战线 in cpc-006-victory)

# 以上所说的我们党在当前和今后一个时期内抓纲治国的八项任务 …
F('一个', 1, '个', '时期', req=False, ctx='一个时期内抓纲')          # 一个 before a description: optional (rounds 1-2)
U('抓纲治国', req=True, ctx='抓纲治国的八项任务')                    # the 1977 strategy: required (cpc-006-20953-23286)
F('八项', 8, '项', '任务', req=False, ctx='八项任务')                # a count closing the list of tasks: optional (round 2; round 31)
s(DEP, '中央', False, ctx='中央决定', **CC)                           # 中央 alone / 中央决定: optional (Conventions decided here; round 8)
sp = s(DEP, '第五届全国人民代表大会', False, ctx='召开第五届全国人民代表大会', **NPC)   # the form with the ordinal: optional (五届人大, Conventions decided here)
s(DEP, '全国人民代表大会', at=sp['start'] + 3, **NPC)       # the organ with its term ordinal: the organ is the span (guide; r16c)
# 这次大会: an anaphoric reference, no label
s(PE, '王张江姚', False)                                              # four surnames in one word: optional, undecided (r14d)
U('抓纲治国', req=True, ctx='完成抓纲治国')
s(DEP, '全国人民代表大会', ctx='召开全国人民代表大会的同时', **NPC)
sp = s(DEP, '中国人民政治协商会议', ctx='中国人民政治协商会议第五届', canonical='中国人民政治协商会议', **CPPCC)   # the named body (人民政协 required, round 3)
s(DEP, '中国人民政治协商会议第五届全国委员会', False, canonical='中国人民政治协商会议全国委员会', **CPPCC)   # the whole with its term ordinal inside: undecided, optional
s(P, '中国', False, at=sp['start'])                 # a place at the start of an organ's name: optional (guide)

# 同志们！ 总结第十一次路线斗争的经验 … (第十一次: an ordinal) … 信心百倍 (an idiom)
mao('正如毛主席所说')
Q('这种乐观主义是有科学根据的。只要我们更多地懂得马克思列宁主义，更多地懂得自然科学，一句话，更多地懂得客观世界的规律，少犯主观主义错误，我们的革命工作和建设工作，是一定能够达到目的的。')
sp = U('马克思列宁主义', ctx='懂得马克思列宁主义')                        # inside a quotation: optional (round 3)
s(PE, '马克思', False, at=sp['start'])
s(PE, '列宁', False, ctx='马克思列宁主义，更多')
mao('在毛主席领导下')
# 这次代表大会: an anaphoric reference, no label
sp = U('全党整风运动', 'campaign', ctx='全党整风运动')                # a campaign of 1977 without its marks, undecided: optional
s(SL, '整风运动', False, at=sp['start'] + 2, kind='campaign', quoted=False)   # the name without the scope word 全党: the other defensible boundary, optional (r39d, after measuring)
s(DEP, '党中央', ctx='在党中央的领导下', **CC)                        # standing alone: required (guide)
mao('高举毛主席的伟大旗帜')
mao('继承毛主席的遗志')
s(DT, '十一大', False, ctx='党的十一大路线', value='1977', resolved='1977')   # an event (Conventions decided here: optional)
U('抓纲治国', req=True, ctx='路线，抓纲治国')
doctrines('用马克思主义、列宁主义、毛泽东思想武装起来')
cpc('中国共产党和中国人民')
s(P, '中国', ctx='中国人民，在无产阶级')                              # 中国 in 中国人民: required (round 6)
U('现代农业、现代工业、现代国防、现代科学技术')                       # the four modernisations, unquoted: optional (r27b, r30b)
U('社会主义强国', 'term', ctx='伟大的社会主义强国')                  # a goal: optional (like 社会主义现代化强国)

# 战无不胜的马克思主义、列宁主义、毛泽东思想万岁！伟大的光荣的正确的中国共产党万岁！
U('战无不胜的马克思主义、列宁主义、毛泽东思想万岁', 'directive')     # the closing cheers, unquoted: undecided, optional
doctrines('战无不胜的马克思主义、列宁主义、毛泽东思想万岁')         # the doctrines themselves (as above)
U('伟大的光荣的正确的中国共产党万岁', 'directive')
cpc('正确的中国共产党万岁')

# every 毛主席 (rounds 1, 15): the whole is optional, 毛 with the title is annotated above
all_occ(A, PE, '毛主席', False, title='主席')
all_occ(A, SL, '四人帮', False, kind='term', quoted=True)                # quoted faction label: optional (round 1; Conventions decided here)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
