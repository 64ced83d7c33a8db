from functools import partial

from _ann import DEP, DT, PE, SL, Ann, P

# Round 26 (r26a): 1960 State Council report on the 1956–1967 National Programme
# for Agricultural Development, gwr-065, range [3372, 5277): the rest of part 二
# after the gold [1373, 3371): the yield measures — Mao's quoted “农业八字宪法”
# (土、肥、水、种、密、保、管、工), irrigation (五亿五千万亩, 十亿零七千万亩,
# 六亿一千万亩; 三十天，五十天和七十天), fertiliser (八百吨, 三千吨), soil (七亿多亩,
# 四亿五千万亩, 百分之六十; 一百五十万 / 六十万平方公里, 百分之四十), seeds (十八亿亩,
# 百分之八十, 五千四百多万亩), pests (十一种, 百分之二以下, 八种), tools
# (五亿二千多万件); then literacy and schools (一亿一千多万, 三分之二, 三万多所,
# 二百九十六万人, 一点二所, 约一百二十人), research (十二个省, 七千六百九十个,
# 三万八千多人, 中国农业科学院) and 除四害、讲卫生 (山西省稷山县, 广东省佛山市,
# “天敌”, 百分之七十). Chinese numerals throughout.
# Traditional: the gold text is the OpenCC s2t form of the simplified source
# (same length); spans are decided on the simplified text. Cut at paragraph
# ends (3372: the first character after the blank line; 5277: the `\n` after
# the 除四害 paragraph).
A = Ann('gwr-065', 3372, 5277, script='traditional')
s = A.s
F, U, Q, Y = A.figure, A.unquoted, A.quoted, A.date
opt_fig = partial(A.figure, req=False)   # an optional FIGURE
GOAL = 'exact|more_than'   # after 达到 (the verb stays outside the span), as in gwr-065.py
MT = 'more_than|at_least'


def gangyao(ctx):
    """全国农业发展纲要 and the 农业发展纲要 inside: optional at every occurrence (round 9, gwr-065)."""
    sp = U('全国农业发展纲要', k='campaign', req=False, ctx=ctx)
    U('农业发展纲要', k='campaign', req=False, at=sp['start'] + 2)


def bazi(ctx):
    """“农业八字宪法” quoted: a quoted numbered formula, required, no FIGURE (round 2)."""
    Q('农业八字宪法', ctx=ctx)


# 在农业增产措施方面，毛泽东同志在一九五八年的大跃进中 …
s(PE, '毛泽东', title='同志')                              # required, title 同志 (round 10)
Y('一九五八年', '1958', ctx='一九五八年的大跃进')
U('大跃进', k='campaign', req=False)                      # round 9 (gwr-065): optional SLOGAN and DATE
s(DT, '大跃进', False)
U('土、肥、水、种、密、保、管、工', req=False)              # the formula's listed wording (undecided: optional)
bazi('“农业八字宪法”。')
bazi('“农业八字宪法”比')
gangyao('比全国农业发展纲要')
s(DT, '两年来', False)                                    # relative time (gwr-065: 过去四年)
opt_fig('两年', 2, '年', '实行“农业八字宪法”的时间', ctx='两年来')  # duration (guide)
bazi('实行了“农业八字宪法”')
Y('一九五七年', '1957', ctx='一九五七年冬季')
s(DT, '一九五七年冬季', False, value='1957-WI')            # the longer form (guide), as 去年冬季 in gwr-065
opt_fig('几千万人', 10000000, '人', '上阵修水利的人', ap='more_than')  # like 几十万 (round 16a)
opt_fig('两年', 2, '年', '大修水利的时段', ctx='两年共增加')
F('五亿五千万亩', 550000000, '亩', '增加灌溉面积（两年）')
F('十亿零七千万亩', 1070000000, '亩', '灌溉面积（共计）', ap=GOAL)  # after 共达
F('六亿一千万亩', 610000000, '亩', '抗旱能力达到纲要标准的灌溉面积')
# 三十天，五十天和七十天: the programme's drought-resistance standards in days —
# a measured standard or a duration (guide: durations optional): undecided, optional
opt_fig('三十天', 30, '天', '抗旱能力标准（纲要）', ap=GOAL)
opt_fig('五十天', 50, '天', '抗旱能力标准（纲要）', ap=GOAL)
opt_fig('七十天', 70, '天', '抗旱能力标准（纲要）', ap=GOAL)
# fertiliser
F('八百吨', 800, '吨', '小洋化肥厂年产合成氨')
F('三千吨', 3000, '吨', '合硫酸铵')
# soil
F('七亿多亩', 700000000, '亩', '全国低洼易涝地和各种低产田', ap='more_than')
F('四亿五千万亩', 450000000, '亩', '初步改良的低洼易涝地和低产田')
F('百分之六十', 60, '%', '初步改良的比重')
F('一百五十万平方公里', 1500000, '平方公里', '水土流失比较严重的面积')
F('六十万平方公里', 600000, '平方公里', '初步进行了保持水土措施的面积')
F('百分之四十', 40, '%', '进行了保持水土措施的比重')
s(DT, '两年以来', False)
opt_fig('两年', 2, '年', '土壤普查的时段', ctx='两年以来')
# seeds
Y('一九五九年', '1959', ctx='一九五九年达到十八亿亩')
F('十八亿亩', 1800000000, '亩', '良种推广面积（1959）', ap=GOAL)
F('百分之八十', 80, '%', '良种推广面积占总播种面积的比重')
F('五千四百多万亩', 54000000, '亩', '人民公社种子基地', ap='more_than')
# pests
gangyao('全国农业发展纲要要求分别')
opt_fig('七年', 7, '年', '纲要的期限', ctx='七年或者十二年内，基本上消灭的植物')  # durations (guide)
opt_fig('十二年', 12, '年', '纲要的期限', ctx='十二年内，基本上消灭的植物')
F('十一种', 11, '种', '纲要要求消灭的植物病害和虫害')
F('百分之二以下', 2, '%', '麦类黑穗病、水稻螟虫等的危害损失率', ap='less_than')
opt_fig('几万亩', 10000, '亩', '无病虫害区', ap='more_than')   # like 几十万 (round 16a)
opt_fig('几十万亩', 100000, '亩', '无病虫害区', ap='more_than')
opt_fig('七年', 7, '年', '纲要的期限', ctx='七年或者十二年内，基本上消灭的危害')
opt_fig('十二年', 12, '年', '纲要的期限', ctx='十二年内，基本上消灭的危害')
F('八种', 8, '种', '纲要要求消灭的危害牲畜最严重的病疫')
# tools
s(DT, '几年来', False, ctx='几年来也有很大')              # relative time
Y('一九五九年', '1959', ctx='一九五九年底共推广')
s(DT, '一九五九年底', False, value='1959-12')              # the longer form (guide)
F('五亿二千多万件', 520000000, '件', '推广的改良农具和半机械化农具', ap='more_than')
# 农民们说：埂直如线 … (an unquoted saying: none)
s(SL, '农业八字宪法', ctx='从群众中来的农业八字宪法', kind='formula', quoted=False)  # unquoted repeat of a slogan in the text (guide)
s(DT, '四年以来', False)
opt_fig('四年', 4, '年', '纲要执行的时间', ctx='四年以来')
opt_fig('十二年', 12, '年', '纲要的期限', ctx='十二年内建成')
# 国营农场, 气象台站网 …: none

# 纲要关于在农村中发展科学、教育、文化、卫生事业的要求 …
s(DT, '几年来', False, ctx='几年来执行的结果')
Y('一九五九年', '1959', ctx='一九五九年已经有')
F('一亿一千多万', 110000000, '', '摆脱了文盲地位的青、壮年', ap='more_than')  # a number before a noun (round 1)
opt_fig('三分之二', 0.6667, '', '农村青、壮年总人数')       # fractions (r16b: undecided, optional)
F('三万多所', 30000, '所', '人民公社办的农业中学', ap='more_than')
F('二百九十六万人', 2960000, '人', '农业中学在校学生')
F('一点二所', 1.2, '所', '平均每个公社的农业中学')
F('约一百二十人', 120, '人', '平均每个公社农业中学的学生', ap='about')
F('十二个', 12, '个', '省（统计范围）', ctx='十二个省')
F('七千六百九十个', 7690, '个', '社办的农业科学试验研究组织')
F('三万八千多人', 38000, '人', '社办农业科学试验研究组织的从业人员', ap='more_than')
s(DEP, '中国农业科学院', False, kind='institute')          # a research institute (guide: optional)
s(P, '中国', False, ctx='中国农业科学院')                  # at the start of a department name (guide)
# 省分院（所）, 农学会, 大学: generic nouns, none

# 除四害、讲卫生的运动 …
U('除四害、讲卫生', k='campaign')                          # a standard campaign name (README "Conventions decided here")
U('除四害', k='campaign', req=False, ctx='除四害、讲卫生')   # its short form inside the name (round 4: nesting)
s(P, '山西省稷山县')                                       # a province–county chain (round 2)
s(P, '山西省', False, ctx='山西省稷山县')
s(P, '稷山县', False)
s(P, '广东省佛山市')
s(P, '广东省', False, ctx='广东省佛山市')
s(P, '佛山市', False)
# 四害 in 除掉了四害: the object of the campaign, not its name (none)
Q('天敌', 'term', req=False)                               # a quoted word (undecided: optional term)
U('除四害', k='campaign', ctx='所说的除四害')               # the short form standing alone (round 4)
opt_fig('十二年', 12, '年', '纲要的期限', ctx='十二年内基本消灭')
F('百分之七十', 70, '%', '已经治疗的血吸虫病患者的比重')

if __name__ == '__main__':
    A.write()
