from _ann import DEP, DT, Ann, P

# 2012 State Council government work report, review of 2011: fields (三)
# (science, education, culture, health) and (四) (employment, incomes, the
# poverty line, social security, housing, public safety). Traditional script.
A = Ann('gwr-025', 2214, 4186, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN, YI = 10000, 100000000


def zhongyang(ctx):
    """中央 alone (中央财政, 中央决定): optional (rounds 1, 5, 7)."""
    s(DEP, '中央', False, ctx=ctx, level='central')


# （三）大力发展社会事业，促进经济社会协调发展。
F('2.82万亿元', 2820000000000, '元', '全国财政支出（科技、教育、文化、卫生、体育）')
U('国家科技重大专项', 'campaign', req=False)             # a programme name, unquoted (round 2)
# 天宫一号 / 神舟八号: names of craft, no figure
F('25年', 25, '年', '坚持不懈的努力', req=False)           # a duration
Q('两基')                                                 # quoted coded formula (“两基”目标)
F('3000多万名', 3000 * WAN, '名', '免除住宿费的农村寄宿制学生', ap='more_than')
F('1228万名', 1228 * WAN, '名', '享受生活补助的中西部家庭经济困难学生')
s(P, '中西部', False, ctx='1228万名中西部')               # a region without fixed boundary
Q('学前教育三年行动计划', 'campaign')                     # quoted programme name; no FIGURE inside
F('90％以上', 90, '%', '首届免费师范生在中西部任教的比例', ap='more_than|at_least')
s(P, '中西部', False, ctx='以上在中西部')
zhongyang('中央财政加大')
U('文化惠民工程', 'campaign', req=False)                  # project name
U('全民健身活动', 'campaign', req=False)
F('13亿', 13 * YI, '', '参保的城乡居民')
F('13亿城乡居民', 13 * YI, '', '参保的城乡居民', req=False)
U('新农合', 'term', req=False, ctx='医保和新农合')         # a system's short name: undecided
F('120元', 120, '元', '城镇居民医保和新农合的财政补助标准（每人每年，原）')
F('200元', 200, '元', '城镇居民医保和新农合的财政补助标准（每人每年）')
U('国家基本药物制度', 'term', req=False)                 # a system's name (round 3)
U('基本公共卫生服务均等化', 'term', req=False)

# （四）切实保障和改善民生……
U('民生优先', 'term', req=False)
U('以创业带动就业', 'term', req=False)
F('77.8％', 77.8, '%', '高校毕业生初次就业率')
F('1.2个百分点', 1.2, '个百分点', '高校毕业生初次就业率提高')
F('2.53亿人', round(2.53 * YI), '人', '农民工总量')
s(DT, '上年', False, ctx='比上年增长4.4', value='2010', resolved='2010')
F('4.4％', 4.4, '%', '农民工总量增长')
F('1.59亿人', round(1.59 * YI), '人', '外出农民工')
F('3.4％', 3.4, '%', '外出农民工增长')
s(DT, '1985年', value='1985')
s(DT, '1985年以来', False)
F('两年', 2, '年', '农村居民人均纯收入增速快于城镇居民', req=False)   # 连续两年: a duration
# 连续第7年: an ordinal, no figure
s(DT, '全年', False, ctx='全年人均增加', value='2011', resolved='2011')
F('1680元', 1680, '元', '企业退休人员基本养老金人均增加')
F('5700多万人', 5700 * WAN, '人', '受益的企业退休人员', ap='more_than')
F('8600多万名', 8600 * WAN, '名', '发放一次性生活补贴的困难群众', ap='more_than')
F('2000元', 2000, '元', '个人所得税起征点（原）')
F('3500元', 3500, '元', '个人所得税起征点')
F('900多万', 900 * WAN, '', '个体工商户（降低税负）', ap='more_than')
F('900多万个体工商户', 900 * WAN, '', '个体工商户（降低税负）', ap='more_than', req=False)
zhongyang('中央决定将')
F('2300元', 2300, '元', '新的国家扶贫标准（农民人均纯收入）')
s(DT, '2010年', ctx='（2010年不变价）', value='2010')
s(DT, '2009年', value='2009')
F('92％', 92, '%', '国家扶贫标准提高')
F('2147个', 2147, '个', '县（市、区）（城镇居民社会养老保险试点）')
F('2147个县（市、区）', 2147, '个', '县（市、区）（城镇居民社会养老保险试点）', req=False)
F('1334万人', 1334 * WAN, '人', '城镇居民社会养老保险参保人数')
F('641万人', 641 * WAN, '人', '城镇居民社会养老保险领取养老金人数')
F('2343个', 2343, '个', '县（市、区）（新型农村社会养老保险试点）')
F('2343个县（市、区）', 2343, '个', '县（市、区）（新型农村社会养老保险试点）', req=False)
F('3.58亿人', round(3.58 * YI), '人', '新型农村社会养老保险参保人数')
F('9880万人', 9880 * WAN, '人', '新型农村社会养老保险领取养老金人数')
F('60％以上', 60, '%', '新型农村社会养老保险覆盖面', ap='more_than|at_least')
F('500多万名', 500 * WAN, '名', '集体企业退休人员（解决养老保障）', ap='more_than')
F('312万名', 312 * WAN, '名', '企业“老工伤”人员和工亡职工供养亲属（纳入工伤保险统筹）')
Q('老工伤', 'term', req=False)                            # a quoted label for people (round 1)
U('基本公共服务均等化', 'term', req=False, ctx='推进基本公共服务均等化')
U('保障性安居工程', 'campaign', req=False, ctx='大力推进保障性安居工程')   # project name
U('保障性安居工程', 'campaign', req=False, ctx='关于保障性安居工程')
zhongyang('中央财政安排')
F('1713亿元', 1713 * YI, '元', '中央财政安排保障性安居工程资金')
s(DT, '2010年', ctx='是2010年的', value='2010')
F('2.2倍', 2.2, '倍', '中央财政保障性安居工程资金（与2010年比）')
s(DT, '全年', False, ctx='全年城镇保障性住房', value='2011', resolved='2011')
F('432万套', 432 * WAN, '套', '基本建成的城镇保障性住房')
F('1043万套', 1043 * WAN, '套', '新开工建设的城镇保障性住房')
U('以人为本、服务为先', 'term', req=False)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
