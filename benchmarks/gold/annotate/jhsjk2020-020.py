from _ann import CC, CMC, DEP, DT, PE, Ann, P

# Xi Jinping at the meeting commemorating the 75th anniversary of the victory of the
# Chinese People's War of Resistance against Japanese Aggression and the World
# Anti-Fascist War, 3 Sep 2020 (jhsjk text, no line breaks): the thanks to the
# central organs, the history of Japan's aggression 1840–1937, the resistance from
# 九一八 and 七七, the fallen generals and hero groups, the three "——…伟大胜利"
# paragraphs (patriotism, the CPC as mainstay, the whole nation's war with Mao's
# words) and the fourth up to the foreign helpers by name. Cut at the start of
# "在这里，我代表…" and after "…永远铭记在中国人民心中！" (no paragraph breaks).
A = Ann('jhsjk2020-020', 363, 2685)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
def opt_fig(t, v, u, ctx=None, ap='exact'):
    return s('FIGURE', t, False, ctx=ctx, value=v, approx=ap, unit=u)

# 在这里，我代表中共中央、全国人大、国务院、全国政协、中央军委，
s(DEP, '中共中央', **CC)
s(DEP, '全国人大', level='central', kind="people's congress", canonical='全国人民代表大会')
s(DEP, '国务院', level='central', kind='state', canonical='中华人民共和国国务院')
s(DEP, '全国政协', level='central', kind='cppcc', canonical='中国人民政治协商会议全国委员会')
s(DEP, '中央军委', **CMC)
# 向全国参加过抗日战争的老战士……中华文明生生不息5000多年
opt_fig('5000多年', 5000, '年', ap='more_than')   # the age of the civilisation: a duration (round 7)
s(DT, '1840年以后', False, value='1840')
s(DT, '1840年', value='1840')
s(DT, '近代以来', False, ctx='近代以来中国历史上')
opt_fig('一页', 1, '页')   # 最黑暗的一页: an article, like 一个
# 1894年挑起甲午战争，1895年侵占台湾和澎湖列岛，1900年…侵入北京，1904年发动日俄战争、
# 侵犯中国东北领土和主权，1914年侵占青岛，1915年提出“二十一条”，1931年策动九一八事变、
# 侵占中国东北全境，1935年制造华北事变，1937年7月7日以炮轰宛平县城和进攻卢沟桥为标志…
s(DT, '1894年', value='1894')
s(DT, '甲午', False, value='1894')   # the cyclic year inside the war's name: undecided
s(DT, '1895年', value='1895')
s(P, '台湾'); s(P, '澎湖列岛')
s(DT, '1900年', value='1900')
s(P, '北京')
s(DT, '1904年', value='1904')
s(P, '日俄', False)   # joined one-character abbreviations (round 2)
s(P, '中国东北', False, ctx='中国东北领土'); s(P, '东北', False, ctx='中国东北领土')   # region (round 6)
s(DT, '1914年', value='1914')
s(P, '青岛')
s(DT, '1915年', value='1915')
Q('二十一条', 'term', req=False)   # the quoted name of an imposed treaty document: undecided; no FIGURE
s(DT, '1931年', value='1931')
s(DT, '九一八', False, ctx='策动九一八事变', value='--09-18', resolved='1931-09-18')   # a date naming an event (round 2: “七一”)
s(P, '中国东北', False, ctx='中国东北全境'); s(P, '东北', False, ctx='中国东北全境')
s(DT, '1935年', value='1935')
s(P, '华北', False)   # a region inside an event name
s(DT, '1937年7月7日', value='1937-07-07')
s(P, '宛平县城')   # the longest name of the town
s(P, '宛平县', False)
s(P, '卢沟桥', False)   # a bridge (round 5), here a battle site: undecided
s(P, '亚洲')
# 九一八事变后 … 白山黑水 … 七七事变后
s(DT, '九一八事变后', False)
s(DT, '九一八', False, ctx='九一八事变后', value='--09-18', resolved='1931-09-18')
s(P, '白山黑水', False)   # a poetic name of the Northeast, like 三晋 / 九州
s(DT, '七七事变后', False)
s(DT, '七七', False, ctx='七七事变后', value='--07-07', resolved='1937-07-07')
s(P, '东方', False, ctx='东方主战场')
s(DT, '抗日战争', False, ctx='艰苦卓绝的抗日战争中')   # an event used as a time
# 杨靖宇、赵尚志、左权、彭雪枫、佟麟阁、赵登禹、张自忠、戴安澜等殉国将领
for n in ('杨靖宇', '赵尚志', '左权', '彭雪枫', '佟麟阁', '赵登禹', '张自忠', '戴安澜'):
    s(PE, n)
# 八路军“狼牙山五壮士”、新四军“刘老庄连”、东北抗联八位女战士、国民党军“八百壮士”
s(DEP, '八路军', False, level='central', kind='state')   # a historical army, like 红军 (round 2)
Q('狼牙山五壮士', 'term', req=False)   # the quoted name of a hero group: undecided; no FIGURE
s(P, '狼牙山', False)
s(DEP, '新四军', False, level='central', kind='state')
Q('刘老庄连', 'term', req=False)
s(P, '刘老庄', False)
s(DEP, '东北抗联', False, kind='state')
s(P, '东北', False, ctx='东北抗联')
F('八位', 8, '位', '东北抗联女战士')
s(DEP, '国民党军', False, kind='state')
s(DEP, '国民党', False, ctx='国民党军', kind='party')
Q('八百壮士', 'term', req=False)
s(P, '长城', False)   # 以血肉之躯筑长城: a metaphor
s(DT, '近代以来', False, ctx='近代以来抗击外来侵略')
U('新征程', req=False)
# ——…是以爱国主义为核心的民族精神的伟大胜利。
U('以爱国主义为核心的民族精神', req=False)   # a standard wording: undecided
# ——…是中国共产党发挥中流砥柱作用的伟大胜利。
U('中华民族伟大复兴', req=False)
s(DT, '抗日战争时期', False)
U('坚持抗战、团结、进步', req=False)   # the CPC's slogans of 1939, reworded: undecided
U('反对妥协、分裂、倒退', req=False)
U('抗日民族统一战线', req=False)
U('独立自主、团结抗战', req=False)
# ——…全民族众志成城奋勇抗战…  毛泽东同志在全国抗战开始后就明确提出：“…”
s(PE, '毛泽东', title='同志')
s(DT, '全国抗战开始后', False)
Q('我们主张全国人民总动员的完全的民族革命战争，或者叫作全面抗战。因为只有这种抗战，才是群众战争，才能达到保卫祖国的目的。', 'quotation', req=False)
Q('我们主张全国人民总动员的完全的民族革命战争，或者叫作全面抗战。因为只有这种抗战，才是群众战争，才能达到保卫祖国的目的', 'quotation', req=False)
U('兵民是胜利之本', req=False)   # Mao's principle, unquoted: undecided
U('持久战', req=False)
opt_fig('一整套', 1, '套')   # round 2
s(DEP, '国民党', False, ctx='国民党指挥', kind='party')
# ——…同反法西斯同盟国以及各国人民并肩战斗的伟大胜利。
s(P, '苏联')
s(P, '美国')
s(DEP, '飞虎队', False, kind='military')   # the quoted name of a foreign air unit: an organ
Q('飞虎队', 'term', req=False)   # and a quoted label for a group, like the hero groups above and “四人帮” (round 1); fixed after the first measurement
s(P, '驼峰航线', False, ctx='冒险开辟驼峰航线')   # a named air route: undecided
for n in ('朝鲜', '越南', '加拿大', '印度', '新西兰', '波兰', '丹麦', '德国', '奥地利', '罗马尼亚', '保加利亚'):
    s(P, n)
opt_fig('一大批', 1, '批')
s(P, '加拿大', ctx='加拿大医生')
s(PE, '白求恩', title='医生')
s(P, '印度', ctx='印度医生')
s(PE, '柯棣华', title='医生')
opt_fig('万里', 10000, '里', ctx='不远万里')   # an idiom (round 1: 绵延万里)
s(P, '华', False, ctx='来华')
s(P, '法国')
s(PE, '贝熙叶', title='医生')
Q('驼峰航线', 'term', req=False)   # the quoted metaphor of a bicycle route
s(P, '驼峰航线', False)
s(P, '德国', ctx='德国的拉贝'); s(PE, '拉贝')
s(P, '丹麦', ctx='丹麦的辛德贝格'); s(PE, '辛德贝格')
s(DT, '南京大屠杀', False)   # an event used as a time
s(P, '南京', False)   # a place at the start of an event name (round 4)
s(P, '英国'); s(PE, '林迈可')
s(PE, '汉斯·希伯')

# Repeated names, by position.
t = A.simp
i = t.find('中国')
while i >= 0:
    after = t[i + 2:i + 9]
    if after.startswith('共产党'):
        s(DEP, '中国共产党', False, at=i)   # the Party as a whole (guide)
        req = False
    elif after.startswith('人民抗日战争'):
        req = False   # inside the war's name (round 4: a place at the start of an event name)
    else:
        req = True    # the country (中国人民, 中国抗战, 中国历史; round 3)
    s(P, '中国', req, at=i)
    i = t.find('中国', i + 1)
i = t.find('日本')
while i >= 0:
    s(P, '日本', at=i)   # the country, also in 日本军国主义 / 日本侵略者
    i = t.find('日本', i + 1)
for x in ('对华', '侵华'):
    i = t.find(x)
    while i >= 0:
        s(P, '华', False, at=i + 1)   # one-character abbreviation
        i = t.find(x, i + 1)

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
