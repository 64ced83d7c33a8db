from functools import partial

# 1954 State Council (Central People's Government) work report, the people's
# livelihood: employment (一千三百七十四万五千余人, 「包下来」, 二百零七万人),
# workers' wages and welfare (中央五个工业部门, 百分之八十四, 三十五个, 百分之十七,
# 四百八十余万人, 五百二十九万余人, 一千二百万平方公尺), the paragraph against
# 经济主义 / 官僚主义, the wage system (平均主义, 供给制), the peasants (百分之七十六,
# 八万亿元, 三万亿元), health (爱国卫生运动, 美国, 中央卫生部, 三千零六十八所,
# 百分之四百十一, 几十万中医) and schools (five 百分之… / 即达到… pairs, 三倍,
# 思想改造运动). Chinese numerals only; years in 一九五〇 form.
# Annotated as traditional: the gold text is OpenCC s2t of the stored source
# (which is itself in traditional script with some variant forms; s2t keeps the
# length); the spans are found on its t2s form and written with the s2t surface.
import opencc
from _ann import Ann

A = Ann('gwr-071', 10388, 12526, script='traditional')
_simp = opencc.OpenCC('t2s').convert(A.p)
assert len(_simp) == len(A.p)
A.simp = _simp
s = A.s
F = A.figure
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'
opt_fig = partial(A.figure, req=False)  # an optional FIGURE
Y = A.date

# employment
Y('一九五三年', '1953', ctx='一九五三年全国公私企业')
F('一千三百七十四万五千余人', 13745000, '人', '全国公私企业的职工', ap='more_than')
s(P, '旧中国', False)                                        # optional like 新中国 (round 3; slip fixed after the first measurement)
s(P, '中国', False, ctx='旧中国')
s(DEP, '国民党', False, kind='party')                       # the former ruling party (optional, as in gwr-071-6309-8032)
s(DEP, '国民党政府', False, kind='state')                   # a historical government (undecided: optional)
A.quoted('包下来', k='term', req=False)                      # a quoted policy word (undecided: optional)
Y('一九五〇年七月', '1950-07')
Y('一九五三年', '1953', ctx='一九五三年底')
s(DT, '一九五三年底', False, value='1953-12')
F('二百零七万人', 2070000, '人', '由各地劳动部门介绍就业的人')
opt_fig('一个', 1, '个', '较长的时期', ctx='在一个较长的时期')
# wages and welfare
s(DEP, '中央', False, ctx='中央五个工业部门')                 # 中央 alone (rounds 1 and 5): optional
F('五个', 5, '个', '中央工业部门', ctx='中央五个工业部门')
Y('一九五三年', '1953', ctx='一九五三年按货币')
Y('一九五〇年', '1950', ctx='比一九五〇年增加了百分之八十四')
F('百分之八十四', 84, '%', '职工平均工资增长（1953比1950）')
F('三十五个', 35, '个', '工业部门')
F('百分之十七', 17, '%', '劳动保险费等在工资总额中的比重')
Y('一九五三年', '1953', ctx='一九五三年享受')
F('四百八十余万人', 4800000, '人', '享受劳动保险待遇的职工', ap='more_than')
F('五百二十九万余人', 5290000, '人', '享受公费医疗待遇的国家机关工作人员和教育工作人员', ap='more_than')
Y('一九五三年', '1953', ctx='一九五三年即有')
F('一千二百万平方公尺', 12000000, '平方公尺', '国家为职工建筑的宿舍')
s(DEP, '工会', False)                                       # generic (rounds 3, 9): optional
# economism / bureaucratism
opt_fig('两件', 2, '件', '事', ctx='这两件事')
opt_fig('两种', 2, '种', '错误', ctx='这两种错误')
# the wage system
A.unquoted('马克思主义', req=False)                          # a doctrine name as a modifier (undecided: optional)
s('PERSON', '马克思', False)                                 # a name inside a doctrine name
s(DT, '革命战争时期', False)                                 # a historical period
A.unquoted('按劳付酬原则', req=False)
A.unquoted('按劳付酬', req=False)
# the peasants
A.unquoted('土地改革', k='campaign', req=False)
Y('一九五三年', '1953', ctx='一九五三年比一九五〇年增加了百分之七十六')
Y('一九五〇年', '1950', ctx='比一九五〇年增加了百分之七十六')
F('百分之七十六', 76, '%', '农村居民购买力增长（1953比1950）')
s(DT, '五年来', False)
opt_fig('五年', 5, '年', '', ctx='五年来')
Y('一九五〇年', '1950', ctx='从一九五〇年到')
Y('一九五三年', '1953', ctx='到一九五三年共有')
F('八万亿元', 8000000000000, '元', '国家财政用于救济的经费（1950–1953）')
Y('一九五四年', '1954', ctx='一九五四年有三万亿元')
F('三万亿元', 3000000000000, '元', '国家财政用于救济的经费（1954）')
A.unquoted('互助合作运动', k='campaign', req=False)          # undecided: optional
# health
A.unquoted('爱国衞生运动', k='campaign')                      # required (round 14)
s(P, '美国', ctx='美国侵略者')
A.unquoted('细菌战', k='term', req=False)                    # unquoted here (quoted: optional term)
Y('一九五三年', '1953', ctx='一九五三年底，中央')
s(DT, '一九五三年底', False, value='1953-12', ctx='一九五三年底，中央')
s(DEP, '中央衞生部', level='central', kind='state', canonical='中央人民政府卫生部')
s(DEP, '衞生部', False, ctx='中央衞生部')
F('三千零六十八所', 3068, '所', '中央卫生部所属医院')
s(DT, '解放前', False)
F('百分之四百十一', 411, '%', '全国病床数增长（与解放前最高水平比）')
opt_fig('几十万', 100000, '', '中医', ap='more_than')            # like 几十亿 (round 10): optional
s(P, '中国', ctx='中国医药')
# schools
s(DT, '解放前', False, ctx='与解放前')
Y('一九五三年', '1953', ctx='一九五三年年底')
s(DT, '一九五三年年底', False, value='1953-12')
F('百分之四十', 40, '%', '全国高等学校学生数增长')
F('二十一万六千余人', 216000, '人', '全国高等学校学生数', ap='more_than')
F('百分之七十五', 75, '%', '中等专业学校学生数增长')
F('六十七万人', 670000, '人', '中等专业学校学生数')
F('百分之九十六', 96, '%', '普通中学学生数增长')
F('二百九十三万余人', 2930000, '人', '普通中学学生数', ap='more_than')
F('百分之一百一十七', 117, '%', '小学学生数增长')
F('五千一百五十万余人', 51500000, '人', '小学学生数', ap='more_than')
F('百分之二百二十六', 226, '%', '幼儿园幼儿数增长')
F('四十二万五千人', 425000, '人', '幼儿园幼儿数')
Y('一九五四年', '1954', ctx='一九五四年的学生')
Y('一九五一年', '1951')
F('三倍', 3, '倍', '工农速成中学学生人数增长（1954比1951）')
A.unquoted('思想改造运动', k='campaign', req=False)          # a campaign of the period (undecided: optional)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
