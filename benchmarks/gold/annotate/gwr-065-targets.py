from functools import partial

from _ann import CC, DEP, DT, Ann

# Round 30 (r30a): 1960 State Council report on the 1956–1967 National Programme
# for Agricultural Development, gwr-065, range [5277, 7154) of the window
# [5277, 10176), after the gold [3372, 5277): the end of part 二 (五保, the
# programme's results in 四年来 / 近两年来 under 总路线、大跃进和人民公社这三面红旗),
# what remains to be done (百分之七十以上 of the counties; grain 一千九百零五亿斤,
# 一九五五年 三千四百九十六亿斤 → 一九五九年 五千四百零一亿斤; the target 七千二百亿斤到
# 七千五百亿斤, 一千八百亿斤以上, 三分之一以上, 一千斤 and 至少一千五百斤 a head;
# irrigation 九亿亩 in 十二年内 and the quoted “避免普通的水灾和旱灾”; pests; reserves
# for 一年到两年; “过关”) and the opening of part 三 (中共中央, 三级所有制, the four
# conditions with 一百五十元至二百元). Chinese numerals throughout.
# Simplified script (as the source). Cut at paragraph ends (5277: the first
# character after the `\n`; 7154: the `\n` after the first paragraph of part 三).
A = Ann('gwr-065', 5277, 7154)
s = A.s
F, U, Q, Y = A.figure, A.unquoted, A.quoted, A.date
opt_fig = partial(A.figure, req=False)   # an optional FIGURE
GOAL = 'exact|more_than'   # after 达到 (the verb stays outside the span), as in gwr-065.py
MT = 'more_than|at_least'


def gangyao(ctx):
    """全国农业发展纲要 and the 农业发展纲要 inside: optional at every occurrence (round 9, gwr-065)."""
    sp = U('全国农业发展纲要', k='campaign', req=False, ctx=ctx)
    U('农业发展纲要', k='campaign', req=False, at=sp['start'] + 2)


def nongye(ctx):
    """农业发展纲要 alone: optional (round 9, gwr-065)."""
    U('农业发展纲要', k='campaign', req=False, ctx=ctx)


def hongqi(ctx):
    """总路线、大跃进和人民公社这三面红旗: the three red banners.

    Decided here: 三面红旗 is the standard wording of the time, optional like
    总路线 alone (round 14, gwr-063); no FIGURE for its numeral (guide: numerals
    inside formulas). 总路线 optional (round 14), 大跃进 optional as SLOGAN
    `campaign` and DATE (round 9); the listed wording optional too.
    """
    i = A.simp.find('总路线、大跃进和人民公社这三面红旗', A.cur)
    assert i >= 0 and A.simp.find(ctx, A.cur) <= i
    U('总路线、大跃进和人民公社', req=False, at=i)
    U('总路线', req=False, at=i)
    U('大跃进', k='campaign', req=False, at=i + 4)
    s(DT, '大跃进', False, at=i + 4)
    U('三面红旗', req=False, at=i + 13)


# 纲要关于保护妇女儿童、实行五保等要求，由于人民公社实行了工资制和供给制相结合的分配制度，…
# 五保: a coded term, no figure and no label (round 8); 人民公社, 工资制, 供给制,
# 公共食堂, 托儿所, 产妇院, 敬老院: generic nouns, none

# 总之，全国农业发展纲要四年来实际执行的结果是：…
gangyao('总之，全国农业发展纲要四年来')
s(DT, '四年来', False)                                          # relative (round 12)
opt_fig('四年', 4, '年', '纲要执行的时间', ctx='四年来')          # a duration (guide)
s(DT, '近两年来', False)                                         # relative (round 12: 近两年)
opt_fig('两年', 2, '年', '三面红旗之下的时间', ctx='近两年来')
hongqi('在总路线、大跃进和人民公社这三面红旗之下')
nongye('提前实现农业发展纲要的基础')

# 另一方面 … 首先是粮食每亩平均年产量还有百分之七十以上的县没有达到纲要要求的水平。
gangyao('提前实现全国农业发展纲要，并不是')
F('百分之七十以上', 70, '%', '粮食亩产未达到纲要要求的县', ap=MT)   # 以上 inside (Conventions decided here)
s(DT, '过去四年中', False)                                       # relative (gwr-065.py: 过去四年)
s(DT, '过去四年', False)
opt_fig('四年', 4, '年', '纲要执行的时间', ctx='过去四年中')
F('一千九百零五亿斤', 190500000000, '斤', '全国粮食总产量增加（1955–1959）')
Y('一九五五年', '1955', ctx='从一九五五年')
F('三千四百九十六亿斤', 349600000000, '斤', '全国粮食总产量（1955）')
Y('一九五九年', '1959', ctx='增加到了一九五九年')
F('五千四百零一亿斤', 540100000000, '斤', '全国粮食总产量（1959）')     # after 增加到 (r7e: exact)
# 七千二百亿斤到七千五百亿斤: a range, two spans (Conventions decided here); the whole optional
s('FIGURE', '七千二百亿斤到七千五百亿斤', False, value=720000000000, approx='exact', unit='斤',
  subject='全国粮食总产量（纲要要求）')
F('七千二百亿斤', 720000000000, '斤', '全国粮食总产量（纲要要求）', ap='exact|at_least', ctx='七千二百亿斤到')
F('七千五百亿斤', 750000000000, '斤', '全国粮食总产量（纲要要求）', ap='exact|less_than')
Y('一九五九年', '1959', ctx='还要在一九五九年')
F('一千八百亿斤以上', 180000000000, '斤', '粮食总产量需再增加', ap=MT)
opt_fig('三分之一以上', 0.3333, '', '粮食总产量需增长', ap=MT)     # fractions (r16b: undecided, optional)
F('七千二百亿斤', 720000000000, '斤', '全国粮食总产量（纲要要求）', ap=GOAL, ctx='达到了七千二百亿斤')
F('一千斤', 1000, '斤', '每人平均粮食', ap=GOAL, ctx='每人平均一千斤')  # 或者稍多一点: exact|more_than
# 至少一千五百斤: the annotator read 至少 inside the span by analogy with 不少于 (round 6);
# the lead kept the adverb outside, like 接近 (a documented test case says so), so the
# number is the required span (`at_least`) and the reading with 至少 optional (round 30).
opt_fig('至少一千五百斤', 1500, '斤', '每人平均粮食（争取）', ap='at_least')
F('一千五百斤', 1500, '斤', '每人平均粮食（争取）', ap='at_least|exact')

# 在增产措施方面 … 往往要到第二年甚至第三年才能充分发挥效益。
# 第二年, 第三年: ordinals, none (gwr-058-outlook)
opt_fig('十二年', 12, '年', '纲要的期限', ctx='十二年内达到九亿亩')   # a duration (guide)
F('九亿亩', 900000000, '亩', '能够充分发挥效益的灌溉面积（纲要要求）', ap=GOAL)
Q('避免普通的水灾和旱灾', 'quotation', req=False)                 # the programme's quoted words (Conventions decided here: quotations optional)
# 水土保持, 植树造林, 绿化: none

# 纲要提出的基本消灭和积极防治的植物病虫害 …: none (老鼠、臭虫、苍蝇、蚊子: not the 除四害 name)

# 纲要要求，国家、集体和个人分别储备起足够一年到两年食用的粮食。
opt_fig('一年', 1, '年', '储备粮食够食用的时间', ap='exact|at_least', ctx='一年到两年')   # durations (guide)
opt_fig('两年', 2, '年', '储备粮食够食用的时间', ap='exact|less_than', ctx='两年食用')
s(DT, '最近几年', False, ctx='在最近几年')                        # relative (round 12)

# 由此可见，实现农业发展纲要 … 再经过几年的艰苦努力，再苦战几年。
nongye('实现农业发展纲要，还是全体农民')
gangyao('实现了全国农业发展纲要，也不等于')
# “过关”: a scare-quoted single word, not annotated (Conventions decided here)
U('不断革命', req=False)                                          # a standard wording of the time (round 14: optional)
hongqi('在总路线、大跃进和人民公社这三面红旗的引导下')

# 三 (part number: none)
# 人民公社制度是我们提前实现农业发展纲要的根本保障。我们要贯彻执行中共中央关于人民公社的历次决议，…
nongye('提前实现农业发展纲要的根本保障')
s(DEP, '中共中央', ctx='贯彻执行中共中央', **CC)                  # required
# 三级所有制: the commune's three-level ownership, a standard wording of the time;
# decided here: optional (like 一大二公, round 10), no FIGURE for 三
U('三级所有制', req=False, ctx='在坚持三级所有制的前提下')
# 队基本所有, 社基本所有, 全民所有: none; 第一 … 第四: list numbers, none
# 一百五十元至二百元: a range, two spans (Conventions decided here); the whole optional
s('FIGURE', '一百五十元至二百元', False, value=150, approx='exact', unit='元',
  subject='每人年平均收入（社基本所有制的条件）')
F('一百五十元', 150, '元', '每人年平均收入（社基本所有制的条件）', ap='exact|at_least')
F('二百元', 200, '元', '每人年平均收入（社基本所有制的条件）', ap='exact|less_than')
U('三级所有制', req=False, ctx='坚持三级所有制，坚持')
U('按劳分配', req=False, ctx='以按劳分配为主')                     # optional (round 10, gwr-065.py)

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
