from _ann import CC, DEP, DT, PE, SL, Ann, P, all_occ

# Xi Jinping's speech on the theme education (Qiushi, Jan 2020), after
# jhsjk2020-030-3941-5862: points 第三 to 第六 to the end (self-revolution with the
# quotations of 列宁 and the classics, 中央八项规定精神; the fighting spirit with the quoted
# sayings of the officials who shirk; the Party's institutions with 邓小平's words,
# 党的十八大, 党的十九届四中全会; the leading organs and cadres with 焦裕禄, 谷文昌, 杨善洲,
# 张富清, “十三五”, “四个意识” / “四个自信” / “两个维护”) and the two photo captions
# (山西 2020-05, 宁夏 2020-06, the photo credits 谢环驰 and 鞠鹏). jhsjk text, no line breaks.
A = Ann('jhsjk2020-030', 5862, 8475)
s = A.s
U, Q = A.unquoted, A.quoted
FIG = 'FIGURE'
# whole-passage optional spans, then the reading order
all_occ(A, SL, '马克思主义', False, kind='formula', quoted=False)   # as modifier (马克思主义政党)
all_occ(A, PE, '马克思', False)
all_occ(A, SL, '党的自我革命', False, kind='formula', quoted=False)
A.cur = 0


def one(t, ctx, u='个', subj=None):
    """一个 / 一份 / 一大批: an anaphoric or vague count, optional (rounds 1-3)."""
    kw = {'value': 1, 'approx': 'exact', 'unit': u}
    if subj:
        kw['subject'] = subj
    s(FIG, t, False, ctx=ctx, **kw)


def quote(t):
    """Quoted words of a person or a classic: optional, kind quotation, with and without the final stop."""
    Q(t, 'quotation', req=False)
    if t.endswith('。'):
        Q(t[:-1], 'quotation', req=False)


def caption(rng, rv, first, fv, last, lv, place, day, dv, dlong):
    s(DT, rng, False, value=rv)
    s(DT, first, value=fv)
    s(DT, last, False, value='---' + lv[-2:], resolved=lv)
    A.leader()
    s(P, place)
    s(DT, day, value='--' + dv[5:], resolved=dv)
    s(DT, dlong, False, value='--' + dv[5:], resolved=dv)
    s(PE, '习近平')


# 第三
U('不忘初心、牢记使命', 'campaign', ctx='第三，不忘初心、牢记使命')
quote('君子之过也，如日月之食焉：过也，人皆见之；更也，人皆仰之。')
s(PE, '列宁')
quote('公开承认错误，揭露犯错误的原因，分析产生错误的环境，仔细讨论改正错误的方法——这才是一个郑重的党的标志')
one('一个', '这才是一个郑重', subj='党')          # inside the quotation: optional anyway
U('中央八项规定精神')                             # round 3: required
s(DEP, '中央', False, ctx='中央八项规定精神', level='central', kind='party')
quote('天下之难持者莫如心，天下之易染者莫如欲。')
Q('心中贼', 'term', req=False)                    # a quoted coinage
U('批评和自我批评', req=False)
U('正风肃纪反腐', req=False)                       # a policy phrase
U('自我净化、自我完善、自我革新、自我提高', req=False)
# photo caption 1
caption('2020年5月11日至12日', '2020-05-11/2020-05-12', '2020年5月11日', '2020-05-11',
        '12日', '2020-05-12', '山西', '5月12日', '2020-05-12', '5月12日上午')
# a demonstration zone (optional PLACE and DEPARTMENT, round 3) and the venue in it (optional)
s(P, '山西转型综合改革示范区政务服务中心', False)
s(DEP, '山西转型综合改革示范区政务服务中心', False, kind='state')
s(P, '山西转型综合改革示范区', False)
s(DEP, '山西转型综合改革示范区', False, kind='zone')
s(P, '山西', False, ctx='山西转型')
s(DEP, '新华社', False, kind='media')
s(PE, '谢环驰')
# 第四
U('不忘初心、牢记使命', 'campaign', ctx='第四，不忘初心、牢记使命')
U('不忘初心、牢记使命', 'campaign', ctx='不忘初心、牢记使命，必须安不忘危')
U('伟大斗争', req=False)
U('中华民族伟大复兴', req=False)
Q('老好人', 'term', req=False)                    # quoted labels for people: optional
Q('太平官', 'term', req=False)
Q('墙头草', 'term', req=False)
quote('洗碗越多，摔碗越多')
quote('多栽花少种刺，遇到困难不伸手')
quote('为了不出事，宁可不干事')
quote('只想争功不想揽过，只想出彩不想出力')
quote('庙里的泥菩萨，经不起风雨')
# 第五
U('不忘初心、牢记使命', 'campaign', ctx='第五，不忘初心、牢记使命')
one('一个', '一个政党、', subj='政党')
one('一个', '一个国家的', subj='国家')
s(PE, '邓小平', title='同志')
quote('制度好可以使坏人无法任意横行，制度不好可以使好人无法充分做好事，甚至会走向反面。')
s(DT, '党的十八大以来', False)
s(DT, '党的十八大', False)
s(DEP, '党的十八大', False, level='central', kind='party')
s(DT, '十八大', False)
s(DT, '十八大以来', False)
s(DEP, '党中央', **CC)
U('制度治党、依规治党', req=False)
U('全面从严治党')
one('一个', '一个新的水平')
s(DT, '党的十九届四中全会', False)
s(DEP, '党的十九届四中全会', False, level='central', kind='party')
s(DT, '十九届四中全会', False)
U('不忘初心、牢记使命', 'campaign', ctx='建立不忘初心、牢记使命的制度')
U('系统思维、辩证思维、底线思维', req=False)
s(DEP, '党中央', ctx='落实党中央要求', **CC)
Q('牛栏关猫', 'term', req=False)                  # a quoted metaphor
U('不忘初心、牢记使命', 'campaign', ctx='推动不忘初心、牢记使命的制度')
Q('橡皮筋', 'term', req=False)                    # a quoted metaphor; “长效” / “无效”: scare-quoted words, none
# 第六
U('不忘初心、牢记使命', 'campaign', ctx='第六，不忘初心、牢记使命')
Q('关键少数')                                      # required, as in jhsjk2020-030-1724-3941
quote('君子之德风，小人之德草，草上之风必偃。')
U('不忘初心、牢记使命', 'campaign', ctx='不忘初心、牢记使命，领导机关')
# photo caption 2
caption('2020年6月8日至10日', '2020-06-08/2020-06-10', '2020年6月8日', '2020-06-08',
        '10日', '2020-06-10', '宁夏', '6月8日', '2020-06-08', '6月8日下午')
# a chain of places down to the community is one name, its parts optional (round 16);
# the community as an organ and the venue in it: optional (not decided before).
# Round 22 review: whether a named 社区 continues a place chain (as a village does, round 16)
# or is an organ (as the guide's 杭州市拱墅區天水街道) is undecided: the chain is optional too.
s(P, '吴忠市利通区金花园社区党群活动服务中心', False)
s(P, '吴忠市利通区金花园社区', False)
s(DEP, '吴忠市利通区金花园社区', False, level='community', kind='state')
s(P, '吴忠市利通区', False)
s(P, '吴忠市', False)
s(P, '吴忠', False)
s(P, '利通区', False)
s(P, '金花园社区', False)
s(DEP, '金花园社区', False, level='community', kind='state')
s(DEP, '新华社', False, kind='media')
s(PE, '鞠鹏')
quote('人不率则不从，身不先则不信。')
s(DT, '革命战争年代', False)
Q('跟我上', 'quotation', req=False)
Q('给我上', 'quotation', req=False)
s(DT, '新中国成立以后', False)
s(P, '新中国', False)
s(P, '中国', False, ctx='新中国成立')
one('一大批', '一大批像', u='批', subj='英雄模范')
for n in ('焦裕禄', '谷文昌', '杨善洲', '张富清'):
    s(PE, n)
s(DT, '今年', False, value='2020', resolved='2020')
U('全面建成小康社会', req=False)                  # optional (round 6)
U('精准脱贫攻坚战', req=False)
U('脱贫攻坚战', req=False)
s(DT, '十三五', False, value='2016/2020')
s(SL, '十三五', False, kind='period', quoted=True)
Q('四个意识')
Q('四个自信')
Q('两个维护')
Q('赶考', 'term', req=False)                      # a quoted metaphor
one('一份', '一份满意', u='份', subj='答卷')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
