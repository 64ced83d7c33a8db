from _ann import DEP, DT, PE, Ann

# Round 40 (r40b, blind). 1979 State Council government work report, part 二,
# tasks 第三 to 第五 [11033, 13199): fuel, power and transport (一手抓增产，
# 一手抓节约, 今后若干年内, 二、三百亿度, 几千万吨, 今年, 百分之二到三, 百分之五到十,
# 国务院 and 各级计委), geology, metallurgy and machinery (去年, 多年来, 这三年),
# capital construction, and science, education and culture (林彪 and “四人帮”
# twice, 一批 twice, 前两年多). Chinese numerals only; few labels, and the whole
# window between the gold ranges [9248, 11030) and [13200, 15105). Simplified.
A = Ann('gwr-060', 11033, 13199)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
GOV = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}

# 第三、 (a list number: none)
U('一手抓增产，一手抓节约', req=False)                          # a paired 一手抓 wording (undecided: optional)
s(DT, '今后若干年内', False)                                    # relative time (conventions decided here): optional
F('一年', 1, '年', '', req=False, ctx='一年大约')                 # a duration as the denominator of a rate: optional
F('二、三百亿度', 2e10, '度', '工业交通企业一年多耗电', req=False, ap='about')   # the whole (round 24: optional)
F('二', 2e10, '度', '工业交通企业一年多耗电', ap='about|exact', ctx='二、三百亿度')   # first number takes the shared unit and multiplier (round 24; r32a on this very phrase)
F('三百亿度', 3e10, '度', '工业交通企业一年多耗电', ap='about|exact')           # 大约 … : about
F('几千万吨', 1e7, '吨', '工业交通企业一年多耗煤', req=False, ap='more_than')   # a vague count (rounds 10, 25, 26): optional
s(DT, '今年', False, ctx='今年计划定额')                       # relative time: optional
F('百分之二', 2, '%', '节约煤和电', ap='exact|at_least', ctx='百分之二到三')      # a range: the lower bound (conventions decided here)
F('百分之二到三', 2, '%', '节约煤和电', req=False, ctx='百分之二到三')            # the whole range: optional
F('三', 3, '%', '节约煤和电', req=False, ap='exact|less_than', ctx='到三，')       # bare upper bound: optional (r32a on this phrase, by round 30's 百分之八至九)
F('百分之五', 5, '%', '节约油', ap='exact|at_least', ctx='百分之五到十')
F('百分之五到十', 5, '%', '节约油', req=False, ctx='百分之五到十')
F('十', 10, '%', '节约油', req=False, ap='exact|less_than', ctx='到十，')
s(DEP, '国务院', **GOV)                                         # a named central organ
# 各级计委: a generic organ noun with 各级 (guide: like 各级党委), none
# 能源法案: a law's name without 《》, none
F('一个', 1, '个', '薄弱环节', req=False, ctx='一个薄弱环节')     # 一个 (round 2): optional
s(DT, '去年', False, ctx='冶金工业去年')                        # relative time: optional
s(DT, '多年来', False)                                          # relative time: optional
s(DT, '这三年', False)                                          # relative time (the three years of adjustment): optional
F('三年', 3, '年', '', req=False, ctx='这三年')                # a duration (conventions decided here): optional
# 第四、 第五、: list numbers, none
s(PE, '林彪', ctx='林彪、“四人帮”的长期破坏')                   # required (cpc-006; gwr-060 gold)
Q('四人帮', 'term', req=False, ctx='“四人帮”的长期破坏')        # quoted faction label (conventions decided here): optional
F('一批', 1, '批', '重点科研机构', req=False, ctx='一批重点科研机构')   # 一批 (like 一个, round 2): optional
F('一批', 1, '批', '重点大学的实验室', req=False, ctx='一批重点大学')
s(DT, '前两年多', False)                                        # relative time (gwr-060 gold): optional
F('两年多', 2, '年', '', req=False, ap='more_than', ctx='前两年多')   # a duration: optional
s(PE, '林彪', ctx='林彪、“四人帮 ”的破坏')
Q('四人帮', 'term', req=False, ctx='“四人帮 ”的破坏')           # the same label, printed with a space before the closing mark
Q('四人帮 ', 'term', req=False, ctx='四人帮 ”的破坏')          # the text inside the marks, space included: also accepted

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
