from _ann import CC, DEP, DT, Ann, P, all_occ

# Xi Jinping at the meeting commemorating the 75th anniversary of the victory of the
# Chinese People's War of Resistance against Japanese Aggression and the World
# Anti-Fascist War, 3 Sep 2020 (jhsjk text, no line breaks), annotated as
# **traditional** (OpenCC s2t of the source): from the great spirit of the war
# (伟大抗战精神 and its four set phrases) through China and Japan (中日, 2000多年,
# 日本军国主义, 以史为鉴、面向未来), the 75 years since (75年来, 中国特色社会主义,
# 脱贫攻坚战, 全面建成小康社会), the five "——实现中华民族伟大复兴，必须…" paragraphs
# (中国共产党领导, 党中央, 中国特色社会主义道路, 以人民为中心, 全心全意为人民服务,
# 斗争精神, “两个一百年”, 百年以上, “天下一家”, 人类命运共同体, “民主”、“自由”、“人权”)
# and the close with the dateline and the newspaper line. From the sentence after
# "…永远铭记在中国人民心中！" to the end of the text.
A = Ann('jhsjk2020-020', 2685, 5384, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
SL = 'SLOGAN'
def opt_fig(t, v, u, ctx=None, ap='exact'):
    return s('FIGURE', t, False, ctx=ctx, value=v, approx=ap, unit=u)

# 中国人民在抗日战争的壮阔进程中孕育出伟大抗战精神，向世界展示了天下兴亡、匹夫有责的爱国情怀，
# 视死如归、宁死不屈的民族气节，不畏强暴、血战到底的英雄气概，百折不挠、坚忍不拔的必胜信念。
s(DT, '抗日战争', False, ctx='在抗日战争的壮阔')   # an event used as a time
for x in ('天下兴亡、匹夫有责', '视死如归、宁死不屈', '不畏强暴、血战到底', '百折不挠、坚忍不拔'):
    U(x, 'term', req=False)   # the four classical set phrases defining the spirit: undecided
# 同胞们…中国和日本是近邻…在两国2000多年的交往历史上
opt_fig('两国', 2, '', ctx='符合两国人民')   # anaphoric (round 6)
opt_fig('两国', 2, '', ctx='在两国2000')
opt_fig('2000多年', 2000, '年', ap='more_than')   # a duration (round 7: 5000多年)
opt_fig('两国', 2, '', ctx='谋划两国关系')
opt_fig('两国', 2, '', ctx='推动两国关系')
U('前事不忘，后事之师', 'term', req=False)   # a classical set phrase
U('以史为鉴、面向未来', req=False)   # a standard wording on history: undecided
opt_fig('两国', 2, '', ctx='中日两国人民')
# 中国人民抗日战争胜利75年来
s(DT, '75年来', False)   # relative time (round 6: 70年来)
opt_fig('75年', 75, '年')   # a duration (round 6)
U('中国特色社会主义道路', req=False, ctx='成功开辟了中国特色社会主义道路')   # round 7
U('中国特色社会主义', req=False, ctx='中国特色社会主义道')
U('中国特色社会主义', req=False, ctx='中国特色社会主义进入新时代')
s(DT, '新时代', False, ctx='进入新时代')   # a relative time
U('脱贫攻坚战', req=False)   # round 6 (以习近平同志为核心的党中央 list)
U('全面建成小康社会', req=False)
# ——实现中华民族伟大复兴，必须坚持中国共产党领导。办好中国的事情，关键在党。
U('办好中国的事情，关键在党', req=False)   # a standard wording: undecided
s(DT, '近代以来', False)
s(DT, '鸦片战争以后', False)
s(DT, '鸦片战争', False, ctx='鸦片战争以后')
U('党的全面领导', req=False)
s(DEP, '党中央', **CC)
# ——…必须坚持走中国特色社会主义道路。
def road(ctx):
    U('中国特色社会主义道路', req=False, ctx=ctx)
    U('中国特色社会主义', req=False, ctx='中国特色社会主义道')
for ctx in ('坚持走中国特色社会主义道路', '。中国特色社会主义道路是', '。中国特色社会主义道路，'):
    road(ctx)
s(P, '中华', False, ctx='中华大地')   # round 3
road('坚持中国特色社会主义道路这个')
s(DT, '新时代', False, ctx='随着新时代')
U('中国特色社会主义', req=False, ctx='坚持和发展中国特色社会主义的')
road('改变中国特色社会主义道路')
# ——…必须坚持以人民为中心。
U('以人民为中心', req=False)   # round 5: undecided
U('为中国人民谋幸福、为中华民族谋复兴', req=False)   # the standard wording of the mission: undecided (round 3: its variant optional)
U('全心全意为人民服务')   # the Party's purpose (round 6)
U('一切为了人民、一切依靠人民', req=False)
U('共同富裕', req=False)   # round 7
# ——…必须坚持斗争精神。… 实现“两个一百年”奋斗目标
Q('两个一百年')   # no FIGURE
# ——…必须坚定不移走和平发展道路。近代以后，…达百年以上
s(DT, '近代以后', False)
opt_fig('百年以上', 100, '年', ap='more_than')   # a duration
Q('天下一家', req=False)   # a quoted classical ideal named 理念: undecided
U('人类命运共同体')   # round 1
U('霸权主义和强权政治', req=False)   # round 8
# “民主”、“自由”、“人权”: scare-quoted single words (guide), not slogans
# （新华社北京9月3日电）《 人民日报 》（ 2020年09月04日 02 版）
s(DEP, '新华社', False, kind='media')
s(P, '北京', ctx='新华社北京')   # dateline (round 4)
A.date('9月3日', '--09-03', resolved='2020-09-03')
s(DEP, '人民日报', False, kind='media')
A.date('2020年09月04日', '2020-09-04')   # round 4; 02 版 is no figure

# Repeated names and formulas, by position.
all_occ(A, SL, '伟大抗战精神', False, kind='formula', quoted=False)   # the spirit's name: undecided
all_occ(A, SL, '中华民族伟大复兴', False, kind='formula', quoted=False)   # as in the first passage
all_occ(A, P, '亚洲')
all_occ(A, P, '中日', False)   # joined one-character abbreviations (round 2)
t = A.simp
i = t.find('中国')
while i >= 0:
    after = t[i + 2:i + 9]
    if after.startswith('共产党'):
        s(DEP, '中国共产党', False, at=i)   # the Party as a whole (guide)
        req = False
    elif after.startswith(('人民抗日战争', '特色')):
        req = False   # inside the war's name (round 4) and in 中国特色社会主义 (round 7)
    else:
        req = True    # the country (中国人民, 中国革命, 中国的事情; round 3)
    s(P, '中国', req, at=i)
    i = t.find('中国', i + 1)
all_occ(A, P, '日本')   # the country, also in 日本军国主义 (as in the first passage)

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
