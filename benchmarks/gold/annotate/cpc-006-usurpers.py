from _ann import DEP, DT, PE, SL, Ann, P

# Round 36 (annotator r36d, blind). The 11th CPC National Congress report (1977), range
# [10916, 13121) of the window [10506, 13586): the critique of the “四人帮”'s thesis on the
# capitalist-roaders, after cpc-006-capitalist-roaders.py ([8347, 10506)). The adversaries'
# quoted labels (“资产阶级民主派”, “党内资产阶级”, “军内走资派”, “走资派” / “民主派” ×many,
# “限制资产阶级法权”, “女皇” / “宰相” / “代理宰相” / “现代大儒”, “反对唯生产力论”), 苏修,
# 五十多年来, 中国, 原北京两校大批判组 and 原上海市委写作组, 抓革命、促生产, the long quoted
# words on the 民主派 with 抗日战争 / 解放战争 / 抗美援朝, 文化大革命, 张春桥 with “改朝换代” /
# “总把新桃换旧符”, the “社会主义时期阶级关系新变动” with 臭老九, the six persons 马天水、
# 于会泳、迟群、张铁生、翁森鹤、陈阿大, and the paragraph 与人民为敌的… to its end.
# Annotated as traditional: the gold text is OpenCC s2t of the simplified source (same length).
A = Ann('cpc-006', 10916, 13121, script='traditional')
s = A.s
F = A.figure


def Qs(t, k='term', req=False, ctx=None):
    """A quoted wording on one line: optional unless a convention requires it."""
    return s(SL, t, req, ctx=ctx, kind=k, quoted=True)


def U(t, k='formula', req=False, ctx=None):
    """An unquoted wording: optional unless a convention requires it."""
    return s(SL, t, req, ctx=ctx, kind=k, quoted=False)


def mao(ctx):
    """毛 of 毛主席: required with title 主席, 毛主席 optional (rounds 1, 8, 15)."""
    sp = s(PE, '毛', ctx=ctx, title='主席')
    s(PE, '毛主席', False, at=sp['start'], title='主席')


def qall(word, k='term'):
    """Every “word” in marks: the adversaries' quoted labels, optional (round 1; Conventions
    decided here: quoted labels for factions and people are optional, kind term)."""
    t = A.simp
    i = t.find('“' + word + '”')
    while i >= 0:
        s(SL, word, False, at=i + 1, kind=k, quoted=True)
        i = t.find('“' + word + '”', i + 1)


# “四人帮”胡说参加过民主革命的就是“资产阶级民主派”，而“民主派发展到走资派是客观的必然规律”…
Qs('资产阶级民主派')                                   # the adversaries' quoted label (round 1): optional
Qs('民主派发展到走资派是客观的必然规律', 'quotation')   # their quoted words (cpc-006-capitalist-roaders.py): optional
Qs('党内资产阶级')                                     # quoted labels (round 1; cpc-006-capitalist-roaders.py)
Qs('军内走资派')
Qs('军内资产阶级')
sp = U('苏修', 'term')                                 # unquoted label of the superpower: optional (round 19)
s(P, '苏', False, at=sp['start'])                       # inside 苏修: optional (round 20)
mao('根本否定毛主席的无产阶级革命路线')
s(DT, '五十多年来', False)                              # a relative time (Conventions decided here): optional
F('五十多年', 50, '年', '毛主席领导我党我军我国人民艰苦奋斗', ap='more_than', req=False)   # a duration: optional (Conventions decided here)
mao('五十多年来毛主席领导')
s(P, '中国', ctx='在中国实现社会主义')                  # the country (guide)

# “四人帮”还歪曲毛主席的指示，打着“限制资产阶级法权”的革命旗号 …
mao('还歪曲毛主席的指示')
Qs('限制资产阶级法权')                                  # the adversaries' quoted banner (round 19, “社会主义”…): optional
U('资产阶级法权', 'term', ctx='限制资产阶级法权')        # inside it, as in cpc-006-building.py: optional
Qs('一个资产阶级')                                      # quoted label (cpc-006-capitalist-roaders.py): optional

# 为了推行他们的反革命政治纲领 … 原北京两校大批判组和原上海市委写作组 …
sp = s(DEP, '北京两校大批判组', False, kind='university body')   # a body of two universities (universities optional, Conventions decided here): undecided, optional
s(P, '北京', False, at=sp['start'])                     # a place at the start of a (possible) department name: optional (guide)
sp = s(DEP, '上海市委写作组', level='city', kind='party')   # a body of the municipal committee, the longest name (guide: 省委组织部): required
s(DEP, '上海市委', False, at=sp['start'], level='city', kind='party', canonical='中共上海市委员会')   # inside the longer name: optional (guide)
s(P, '上海', False, at=sp['start'])                     # a place at the start of a department name: optional (guide)
Qs('女皇')                                              # quoted labels for people (Conventions decided here: “现代大儒”): optional
Qs('宰相')
Qs('代理宰相')
Qs('现代大儒')
Qs('只有一个专业，就是斗走资派的专业', 'quotation')      # the adversaries' quoted words: optional
F('一个', 1, '个', '专业', req=False, ctx='只有一个专业')   # numerals inside a quotation: optional (Conventions decided here)
Qs('反对唯生产力论')                                    # the adversaries' quoted banner: optional
U('抓革命、促生产', 'directive', req=True)               # the standard wording of the requirement (Conventions decided here, like 批林批孔): required
Qs('给走资派脸上贴金', 'quotation')                      # the adversaries' quoted words: optional
# “镇压” and “枪毙”: scare-quoted single words, not annotated (Conventions decided here)
Qs('群众组织')                                          # a quoted generic noun, not a named organ: undecided, optional term
Qs('反对走资派')                                        # the adversaries' quoted banner: optional
# 全国: not a place (guide)

# “四人帮”在“走资派”问题上 … 他们明目张胆地宣扬：“现在的革命对象，…的民主派”
Qs('现在的革命对象，就是旧社会吃过糠，抗日战争负过伤，解放战争扛过枪，抗美援朝渡过江的民主派', 'quotation')   # their quoted words: optional
s(DT, '抗日战争', False)                                 # events used as times, inside a quotation: optional (Conventions decided here)
s(DT, '解放战争', False)
sp = s(DT, '抗美援朝', False)
s(SL, '抗美援朝', False, at=sp['start'], kind='formula', quoted=False)   # the war's slogan, inside a quotation: optional (round 7; guide nesting)
s(P, '美', False, at=sp['start'] + 1)                    # one-character abbreviations: optional (round 7)
s(P, '朝', False, at=sp['start'] + 3)
Qs('爬雪山，过草地的走资派，戴红领章红帽徽的走资派', 'quotation')
Qs('勤勤恳恳，清清白白，不是叛徒特务，不搞贪污腐化的走资派', 'quotation')
Qs('还乡团')                                            # a quoted label for people: optional
s(DT, '建党时期', False)                                 # an event used as a time: optional
sp = s(DT, '文化大革命', False)                          # event as time / period: optional (round 16)
s(SL, '文化大革命', False, at=sp['start'], kind='period', quoted=False)
s(PE, '张春桥')                                          # a named person (guide)
Qs('改朝换代', 'quotation')                              # the person's quoted words: optional
Qs('总把新桃换旧符', 'quotation')                         # a quoted classical line: optional
Qs('新天朝')                                             # a quoted coinage: optional

# “四人帮”根本否定毛主席对社会主义时期我国社会各阶级的科学分析 …
mao('根本否定毛主席对社会主义时期')
Qs('社会主义时期阶级关系新变动')                          # the adversaries' quoted theory name: optional
Qs('新变动', ctx='所谓的“新变动”')                        # the quoted short form, repeated (second commit: the ctx was missing)
Qs('既得利益者')                                         # quoted labels for people: optional
Qs('更不行', 'quotation')                                # their quoted words: optional
Qs('思想跟不上', 'quotation')
Qs('臭老九')                                             # a quoted label for people (round 28): optional
U('地富反坏', 'term')                                    # unquoted labels of the class enemies: undecided, optional
U('牛鬼蛇神', 'term')
for n in ('马天水', '于会泳', '迟群', '张铁生', '翁森鹤', '陈阿大'):
    s(PE, n)                                             # named persons (guide)
Qs('先进分子')                                           # a quoted label: optional

# 与人民为敌的，必定被人民打倒 … (四人帮 only; 无产阶级专政 no label, as in the earlier cpc-006 ranges)

qall('四人帮')                                           # quoted faction label (round 1): optional
qall('走资派')
qall('民主派')


def unq(word):
    """Unquoted repeats of a quoted label: optional term, like the unquoted “一个资产阶级”
    of ROUND23-r14d (decided there); every occurrence not already a span."""
    have = {x['start'] for x in A.spans if x['label'] == SL}
    t = A.simp
    i = t.find(word)
    while i >= 0:
        if i not in have and t[i - 1:i] != '“':
            s(SL, word, False, at=i, kind='term', quoted=False)
        i = t.find(word, i + 1)


unq('资产阶级民主派')
unq('走资派')
unq('民主派')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
