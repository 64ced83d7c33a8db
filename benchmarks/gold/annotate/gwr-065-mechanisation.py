from functools import partial

from _ann import DT, PE, SL, Ann, P, all_occ

# Round 35 (annotator r35c, blind): the 1960 State Council report on the national programme
# for agricultural development (gwr-065), range [7430, 9793) of the window [7154, 10176): the
# end of part 三 and the opening of part 四. Technical reform and mechanisation (“农业八字宪法”
# ×2, 毛泽东同志 with 一九五九年五月 and his two quoted sayings (四年 / 七年 / 十年 inside), 农业
# 机械化, 农、林、牧、副、渔五业), commune industry (工农业并举的方针), the support of all sectors
# (毛泽东同志, 以农业为基础，以工业为主导, 几亿农民), the mass line and the public canteens
# (亿万, 群众路线, 勤俭办社, 一九五九年底, 三百九十万个, 四亿人, 百分之七十三), the situation
# (一九五八年 / 一九五九年 / 一九六○年, 大跃进, 六十年代, 六亿五千万, 社会主义建设总路线, 十年 /
# 十二年, 英国) and part 四's first paragraph (全国农业发展纲要草案, 这四年来 / 这四年间). The closing
# recommendation paragraph (中共中央, 国务院, 全国人民代表大会) would pass 2,400 characters.
# Traditional script (OpenCC s2t of the simplified source; spans found on the simplified form).
A = Ann('gwr-065', 7430, 9793, script='traditional')
s = A.s
F, U, Q, Y = A.figure, A.unquoted, A.quoted, A.date
opt_fig = partial(A.figure, req=False)  # an optional FIGURE


def gangyao(ctx, full=True):
    """全国农业发展纲要 and the 农业发展纲要 inside: optional at every occurrence (round 9, gwr-065)."""
    if full:
        sp = U('全国农业发展纲要', k='campaign', req=False, ctx=ctx)
        U('农业发展纲要', k='campaign', req=False, at=sp['start'] + 2)
    else:
        U('农业发展纲要', k='campaign', req=False, ctx=ctx)


def bazi(ctx):
    """“农业八字宪法” quoted: a quoted numbered formula, required, no FIGURE (round 2; gwr-065-measures)."""
    Q('农业八字宪法', ctx=ctx)


# 由于农村人民公社化的实现 … 使“农业八字宪法”的内容一天天地更加丰富起来
bazi('使“农业八字宪法”的内容')
# 农业机械化: a policy goal like 农业现代化 (optional, r32a); undecided, optional at every occurrence
all_occ(A, SL, '农业机械化', False, kind='formula', quoted=False)
A.cur = A.simp.find('提早实现我国农业机械化')
# 毛泽东同志在一九五九年五月即已指出
s(PE, '毛泽东', title='同志')                                   # required, title 同志 (round 10; gwr-065-measures)
Y('一九五九年五月', '1959-05')                                  # a month with its year (guide)
# “农业的根本出路在于机械化”，“从一九五九年算起，四年小解决，七年中解决，十年大解决”
Q('农业的根本出路在于机械化', k='quotation', req=False)         # quoted words of a person: optional quotation (Conventions decided here)
Q('从一九五九年算起，四年小解决，七年中解决，十年大解决', k='quotation', req=False)  # idem
s(DT, '一九五九年', False, value='1959', ctx='从一九五九年算起')  # inside an optional quotation (guide: entities inside quoted slogans optional)
opt_fig('四年', 4, '年', '小解决农业机械化的时间', ctx='四年小解决')   # durations inside a quotation (Conventions decided here)
opt_fig('七年', 7, '年', '中解决农业机械化的时间', ctx='七年中解决')
opt_fig('十年', 10, '年', '大解决农业机械化的时间', ctx='十年大解决')
# 这个进度比原来农业发展纲要所设想的要快得多
gangyao('原来农业发展纲要', full=False)
# 农、林、牧、副、渔五业都要逐步实行半机械化和机械化: 五 counts the listed trades (anaphoric): optional, undecided
d = opt_fig('五', 5, '', '业（农、林、牧、副、渔）', ctx='渔五业')
A.s('FIGURE', '五业', False, at=d['start'], value=5, approx='exact', unit='业', subject='农、林、牧、副、渔')
# 与“农业八字宪法”的各项措施相结合
bazi('与“农业八字宪法”的各项措施')

# 为了促进整个农业技术革新和技术革命运动的发展: a campaign of the period, undecided, optional
U('技术革新和技术革命运动', k='campaign', req=False, ctx='农业技术革新和技术革命运动')
# 执行工农业并举的方针: a policy wording of the time (like 以农业为基础 alone, round 14): optional
U('工农业并举', req=False)

# 要提前实现农业发展纲要，必须广泛动员一切方面的力量。毛泽东同志指出
gangyao('要提前实现农业发展纲要', full=False)
s(PE, '毛泽东', title='同志', ctx='毛泽东同志指出')               # required (round 10)
# 要以农业为基础，以工业为主导: Mao's policy wording, optional (round 7 list; 以农业为基础 alone round 14)
U('以农业为基础，以工业为主导', req=False)
U('以农业为基础', req=False, at=A.cur)
# 提前实现农业发展纲要，不仅是几亿农民的事情
gangyao('提前实现农业发展纲要，不仅', full=False)
opt_fig('几亿', 100000000, '', '农民', ap='more_than')            # like 几十万 (round 10) and 几千万人: optional
# 都应当根据农业发展纲要对本部门的要求
gangyao('根据农业发展纲要对本部门', full=False)

# 都是必须发动亿万人民群众的力量
opt_fig('亿万', 100000000, '', '人民群众', ap='more_than')        # 亿万 in 亿万人民 (round 6): optional
# 必须贯彻执行党的群众路线
U('群众路线', req=False)                                        # optional (round 3)
# 勤俭办社、勤俭办一切事业的方针: a wording of the time, like 勤俭办学校 (r33a): optional
U('勤俭办社、勤俭办一切事业', req=False)
# 反对官僚主义、命令主义作风: like 形式主义、官僚主义 (r30a): optional
U('官僚主义、命令主义', k='term', req=False)
# 注意劳逸结合: a watchword of the time, undecided, optional
U('劳逸结合', req=False)
# 到一九五九年底，全国农村已经办起三百九十万个食堂，在食堂吃饭的人数有四亿人，占…百分之七十三
Y('一九五九年', '1959', ctx='到一九五九年底')                     # the bare date required, the longer form optional (guide)
s(DT, '一九五九年底', False, value='1959-12')
F('三百九十万个', 3900000, '个', '全国农村公共食堂（1959年底）')
F('四亿人', 400000000, '人', '在公共食堂吃饭的人数（1959年底）')
F('百分之七十三', 73, '%', '在食堂吃饭的人数占农村人民公社总人数的比重')

# 在一九五八年和一九五九年连续大跃进的基础上，不但一九六○年能够继续跃进，而且在整个六十年代
Y('一九五八年', '1958', ctx='在一九五八年和')
Y('一九五九年', '1959', ctx='和一九五九年连续')
d = U('大跃进', k='campaign', req=False, ctx='连续大跃进')       # round 9 (gwr-065): optional SLOGAN and DATE
s(DT, '大跃进', False, at=d['start'])
Y('一九六○年', '1960')                                          # with ○ (Conventions decided here)
Y('六十年代', '196X')                                            # a decade (guide; 20世纪60年代 196X, round 2)
# 以机械化、半机械化、自动化、半自动化为中心的技术革新和技术革命运动: the list is no span
U('技术革新和技术革命运动', k='campaign', req=False, ctx='为中心的技术革新和技术革命运动')
# 在六亿五千万人民中: number before a noun without classifier (Conventions decided here)
d = F('六亿五千万', 650000000, '', '人民', ctx='六亿五千万人民')
s('FIGURE', '六亿五千万人民', False, at=d['start'], value=650000000, approx='exact', unit='', subject='人民')  # the number with the noun optional (Conventions decided here)
# 在党的社会主义建设总路线的照耀下 (r30b: optional, 总路线 inside optional)
U('社会主义建设总路线', req=False)
U('总路线', req=False, at=A.cur + 6)
# 在比十年更少的时间内 … 赶上和超过英国 … 在比十二年更短的时间内
opt_fig('十年', 10, '年', '赶上英国主要工业品产量的时间', ctx='比十年更少')   # duration (Conventions decided here)
s(P, '英国')                                                      # a country the text is about (guide)
opt_fig('十二年', 12, '年', '完成农业发展纲要的时间', ctx='比十二年更短')
gangyao('完成农业发展纲要的原定', full=False)

# 四 (part number: none). 各位代表，全国农业发展纲要草案
gangyao('全国农业发展纲要草案')
# 这个纲要在这四年来已经深入人心
d = s(DT, '四年来', False, ctx='这四年来')                            # relative time (gwr-065-measures: 四年以来)
s('FIGURE', '四年', False, at=d['start'], value=4, approx='exact', unit='年', subject='纲要执行的时间')         # duration (guide)
# 虽然在这四年间，我国农村发生了由农业生产合作社发展为人民公社的深刻变化 (人民公社: no label, r32a)
d = s(DT, '四年间', False, ctx='这四年间')                            # relative time, as 四年来
s('FIGURE', '四年', False, at=d['start'], value=4, approx='exact', unit='年', subject='纲要执行的时间')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
