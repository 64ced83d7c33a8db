from functools import partial

from _ann import Ann

# 1960 report to the NPC on the 1956–1967 National Programme for Agricultural
# Development (State Council, Tan Zhenlin): the end of part 一 (the people's
# communes, the 1958–59 growth) and part 二 up to the farm output and income of
# 1959: grain and cotton yields per mu by county, pigs, forestry, fisheries,
# commune industry. Chinese numerals throughout, older units (斤, 亩, 头, 吨).
# The source is simplified; the gold is its OpenCC s2t conversion (spans are
# decided on the simplified text, same length).
A = Ann('gwr-065', 1373, 3371, script='traditional')
s = A.s
F = A.figure
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'

opt_fig = partial(A.figure, req=False)  # an optional FIGURE

Y = A.date


GOAL = 'exact|more_than'   # after 达到 (the verb stays outside the span)

# part 一, the communes
A.unquoted('一大二公', k='formula', req=False)
A.unquoted('按劳分配', k='formula', req=False)
A.unquoted('按需分配', k='formula', req=False)
Y('一九五八年', '1958', ctx='使我们在一九五八年')
Y('一九五九年', '1959', ctx='和一九五九年取得')
A.unquoted('大跃进', k='campaign', req=False, ctx='连续大跃进')
s(DT, '大跃进', False, ctx='大跃进，粮食')
opt_fig('两年', 2, '年', '增长的时段', ctx='粮食两年增长')
F('百分之四十六', 46, '%', '粮食增长（1958—1959）')
opt_fig('两年', 2, '年', '增长的时段', ctx='棉花两年增长')
F('百分之四十七', 47, '%', '棉花增长（1958—1959）')
opt_fig('两年', 2, '年', '大跃进的时段', ctx='这两年大跃进')
A.unquoted('大跃进', k='campaign', req=False, ctx='大跃进中')
s(DT, '大跃进', False, ctx='大跃进中')
A.unquoted('农业发展纲要', k='campaign', req=False, ctx='实现农业发展纲要的进程')
opt_fig('两年', 2, '年', '提早的时间', ctx='提早两年或者三年')
opt_fig('三年', 3, '年', '提早的时间', ctx='或者三年')
opt_fig('十二年', 12, '年', '纲要的期限', ctx='原定在十二年内')
A.unquoted('农业发展纲要', k='campaign', req=False, ctx='实现的农业发展纲要')
# part 二
A.unquoted('农业发展纲要', k='campaign', req=False, ctx='说一下农业发展纲要')
s(DT, '过去四年', False)
opt_fig('四年', 4, '年', '纲要执行的时间', ctx='过去四年中')
# grain
A.unquoted('全国农业发展纲要', k='campaign', req=False, ctx='全国农业发展纲要要求：从')
A.unquoted('农业发展纲要', k='campaign', req=False, ctx='全国农业发展纲要要求：从')
Y('一九五六年', '1956', ctx='从一九五六年开始')
opt_fig('十二年', 12, '年', '纲要的期限', ctx='在十二年内，粮食')
opt_fig('三种', 3, '种', '地区', ctx='三种不同的地区')
F('四百斤', 400, '斤', '粮食每亩平均年产量（纲要要求）', ap=GOAL)
F('五百斤', 500, '斤', '粮食每亩平均年产量（纲要要求）', ap=GOAL)
F('八百斤', 800, '斤', '粮食每亩平均年产量（纲要要求）', ap=GOAL)
A.unquoted('四十条纲要', k='campaign', req=False)
Y('一九五九年', '1959', ctx='一九五九年，达到和超过')
F('五百零四个', 504, '个', '达到和超过纲要规定的县（粮食）')
F('一千七百八十六个', 1786, '个', '全国的县')
F('百分之二十八', 28, '%', '达到纲要规定的县的比重')
F('二亿八千六百七十七万亩', 286770000, '亩', '达到纲要规定的粮食耕地')
F('十二亿亩', 1200000000, '亩', '全国现有粮食耕地')
F('百分之二十四', 24, '%', '达到纲要规定的粮食耕地的比重')
# cotton
A.unquoted('全国农业发展纲要', k='campaign', req=False, ctx='全国农业发展纲要要求：棉花')
A.unquoted('农业发展纲要', k='campaign', req=False, ctx='全国农业发展纲要要求：棉花')
opt_fig('十二年', 12, '年', '纲要的期限', ctx='在十二年内，按照')
F('四十斤', 40, '斤', '棉花亩产量（纲要要求）', ap=GOAL, ctx='分别达到四十斤')
F('六十斤', 60, '斤', '棉花亩产量（纲要要求）', ap=GOAL, ctx='四十斤、六十斤、八十斤和一百斤皮棉')
F('八十斤', 80, '斤', '棉花亩产量（纲要要求）', ap=GOAL, ctx='六十斤、八十斤和一百斤皮棉')
F('一百斤', 100, '斤', '棉花亩产量（纲要要求）', ap=GOAL, ctx='八十斤和一百斤皮棉')
Y('一九五九年', '1959', ctx='一九五九年，亩产皮棉')
F('一百斤以上', 100, '斤', '亩产皮棉', ap='more_than|at_least')
F('四十五个', 45, '个', '县（亩产皮棉一百斤以上）')
F('七百六十一万三千亩', 7613000, '亩', '棉田（亩产皮棉一百斤以上）')
F('八十斤', 80, '斤', '亩产皮棉', ap='exact|at_least', ctx='八十斤到九十九斤')
F('九十九斤', 99, '斤', '亩产皮棉', ap='exact|less_than')
F('五十五个', 55, '个', '县（亩产皮棉八十斤到九十九斤）')
F('一千零四十四万八千亩', 10448000, '亩', '棉田（亩产皮棉八十斤到九十九斤）')
F('六十斤', 60, '斤', '亩产皮棉', ap='exact|at_least', ctx='六十斤到七十九斤')
F('七十九斤', 79, '斤', '亩产皮棉', ap='exact|less_than')
F('一百零四个', 104, '个', '县（亩产皮棉六十斤到七十九斤）')
F('一千八百四十二万三千亩', 18423000, '亩', '棉田（亩产皮棉六十斤到七十九斤）')
F('六十斤以下', 60, '斤', '亩产皮棉', ap='less_than')
F('四十斤', 40, '斤', '统计的界线', ctx='以四十斤为界')
F('超过四十斤', 40, '斤', '绝大多数棉田的亩产量', ap='more_than')
opt_fig('四十斤', 40, '斤', '绝大多数棉田的亩产量', ctx='超过四十斤', ap='more_than')
F('四十斤以下', 40, '斤', '新发展的棉田的亩产量', ap='less_than')
F('六十斤', 60, '斤', '亩产皮棉', ap='exact|at_least|more_than', ctx='六十斤、八十斤或者一百斤以上')
F('八十斤', 80, '斤', '亩产皮棉', ap='exact|at_least|more_than', ctx='八十斤或者一百斤以上')
F('一百斤以上', 100, '斤', '亩产皮棉', ap='more_than|at_least', ctx='或者一百斤以上')
F('二百零四个', 204, '个', '县（亩产皮棉六十斤以上）')
F('一千零二十七个', 1027, '个', '全国的植棉县')
F('百分之二十', 20, '%', '达到的县的比重', ctx='植棉县的百分之二十')
F('三千六百四十八万四千亩', 36484000, '亩', '棉田（亩产皮棉六十斤以上）')
F('八千五百多万亩', 85000000, '亩', '棉田实收面积', ap='more_than')
F('百分之四十二', 42, '%', '达到的棉田的比重')
# other crops, pigs, forestry, fisheries, commune industry
Y('一九五九年', '1959', ctx='一九五九年全年养猪')
F('二亿七千万头', 270000000, '头', '全年养猪（1959）')
F('一亿八千万头', 180000000, '头', '年底存栏的猪（1959）')
F('一亿二千万', 120000000, '', '农户', ctx='一亿二千万农户')
opt_fig('一亿二千万农户', 120000000, '农户', '农户')
F('一头半', 1.5, '头', '平均每户存栏的猪')
F('两头以上', 2, '头', '平均每户饲养的猪', ap='more_than|at_least')
Y('一九六二年', '1962', ctx='要求在一九六二年达到的标准')
s(DT, '去年', False, ctx='去年十月以来', value='1959', resolved='1959')
s(DT, '去年十月', False, value='1959-10')
s(DT, '去年十月以来', False, value='1959-10')
s(DT, '十月', value='--10', resolved='1959-10', ctx='去年十月以来')
opt_fig('一个', 1, '个', '养猪运动', ctx='一个群众性的养猪运动')
opt_fig('一个', 1, '个', '高潮', ctx='一个全面发展畜牧业')
s(DT, '今年', False, ctx='今年三月初', value='1960', resolved='1960')
s(DT, '今年三月初', False, value='1960-03')
s(DT, '三月', value='--03', resolved='1960-03', ctx='今年三月初')
s(DT, '三月初', False, value='--03', resolved='1960-03')
F('一千七百多万头', 17000000, '头', '怀孕的大家畜', ap='more_than')
s(DT, '今年', False, ctx='这就是今年牛', value='1960', resolved='1960')
Y('一九五八年', '1958', ctx='一九五八年和一九五九年两年造林')
Y('一九五九年', '1959', ctx='一九五九年两年造林')
opt_fig('两年', 2, '年', '造林的时段', ctx='一九五九年两年造林')
F('五亿四千万亩', 540000000, '亩', '造林（1958—1959）')
A.quoted('万宝山', k='campaign')
s(DT, '去年', False, ctx='去年冬季', value='1959', resolved='1959')
s(DT, '去年冬季', False, value='1959-WI')
A.quoted('小秋收', k='campaign')
opt_fig('几十亿元', 1000000000, '元', '“小秋收”和短途运输的收入', ap='more_than')
Y('一九五九年', '1959', ctx='一九五九年的产量达到')
F('五百零二万吨', 5020000, '吨', '渔业产量（1959）', ap=GOAL)
Y('一九五七年', '1957', ctx='比一九五七年')
F('三百一十二万吨', 3120000, '吨', '渔业产量（1957）')
F('一百九十万吨', 1900000, '吨', '渔业产量增加')
Y('一九五九年', '1959', ctx='一九五九年的产值达到')
F('一百亿元左右', 10000000000, '元', '社办工业产值（1959）', ap='about')
A.unquoted('全国农业发展纲要', k='campaign', req=False, ctx='全国农业发展纲要原来')
A.unquoted('农业发展纲要', k='campaign', req=False, ctx='全国农业发展纲要原来')
# farm output and income
Y('一九五九年', '1959', ctx='一九五九年的农业产值')
F('七百八十三亿元', 78300000000, '元', '农业产值（1959）', ap=GOAL)
F('一百亿元', 10000000000, '元', '社办工业的产值', ctx='产值一百亿元不包括')
Y('一九五九年', '1959', ctx='一九五九年每人收入')
F('八十五元左右', 85, '元', '农村人口平均每人收入（1959）', ap='about')
F('八十元', 80, '元', '富裕中农平均每人收入')
Y('一九六二年', '1962', ctx='一九六二年前后')
s(DT, '一九六二年前后', False, value='1962')
F('超过八十五元', 85, '元', '富庶地区每人收入', ap='more_than')
opt_fig('八十五元', 85, '元', '富庶地区每人收入', ctx='超过八十五元', ap='more_than')

if __name__ == '__main__':
    import sys
    A.write()
    if '--review' in sys.argv:
        A.review()
