from _ann import DEP, DT, Ann, P

# Round 35 (r35a, blind): 2023 State Council government work report (gwr-004), range
# [7202, 9571): the five years' review, fields (四) to (六) up to 扎实推进农村改革发展
# (a paragraph end). (四) innovation (创新驱动发展战略, 1倍, 50% / 75% → 100%, 超过万亿元,
# 两位数) and industry (“互联网+”, 14.5亿户, 7万多家, 中国制造); (五) demand (新发展格局,
# 扩大内需战略, 突破3亿辆, 46.7%, 15.8% → 27.2%), the regions (西部大开发, 东北全面振兴,
# 中部地区崛起, 革命老区, 中央财政, 66.8%, 京津冀, 长江经济带, 长三角, 黄河流域, 雄安新区) and
# urbanisation (上千万, 1.4亿, 成渝地区双城经济圈, 房子是用来住的、不是用来炒的, 4500多公里,
# 近1万公里, 63万 / 89万公里, 16.7万个, 2900多万); (六) farming (乡村振兴战略, 4.56亿亩,
# 67% → 73%, 14亿多中国人) and rural reform (80% → 87%, 2400多万户, 供销合作社).
# Script: simplified.
A = Ann('gwr-004', 7202, 9571)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000; YI = 100000000; WY = 1000000000000


def opt(t, v, u, subj='', ctx=None, ap='exact'):
    """An optional FIGURE (durations, articles, 一倍: guide; README rounds 1-3, r7q)."""
    return A.figure(t, v, u, subj, ap=ap, req=False, ctx=ctx)


def hq(ctx):
    """高质量发展: a policy phrase, optional at every occurrence (README; gwr-002-targets)."""
    U('高质量发展', req=False, ctx=ctx)


# （四）深入实施创新驱动发展战略，推动产业结构优化升级
U('创新驱动发展战略')                                      # the fixed name of a national strategy (round 4)
U('供给侧结构性改革', req=False)                           # round 6: optional
U('科技自立自强', req=False)                               # policy phrase (round 5)
# 增强科技创新引领作用
U('国家战略科技力量', 'term', req=False)                   # a policy phrase (undecided): optional
opt('一批', 1, '批', '科技创新重大项目', ctx='实施一批')    # an article count (round 2): optional
opt('五年', 5, '年', ctx='五年增长1倍')                    # a duration (guide)
opt('1倍', 1, '倍', '全国基础研究经费五年增长')             # 一倍 optional (round 1; Conventions decided here: 近1倍)
F('50%', 50, '%', '研发费用加计扣除比例（制造业企业，原）')   # 分别 list: each its own span (guide)
F('75%', 75, '%', '研发费用加计扣除比例（科技型中小企业，原）')
F('100%', 100, '%', '研发费用加计扣除比例（制造业企业、科技型中小企业）')
F('超过万亿元', WY, '元', '支持创新的税收优惠政策年度规模', 'more_than')   # 超过 inside (guide); 千亿元-style value
opt('两位数', 2, '位数', '企业研发投入增长', ap='more_than')  # a vague growth rate (undecided): optional
opt('一大批', 1, '批', '创新企业')                          # a vague count (rounds 2-3): optional
# 推动产业向中高端迈进
opt('一批', 1, '批', '产业基础再造工程', ctx='启动一批')
Q('互联网+', 'campaign')                                    # a quoted national action's name (like “互联网＋教育”, r26b)
F('14.5亿户', 14.5 * YI, '户', '移动互联网用户数')
U('专精特新', req=False)                                    # unquoted: undecided (round 8)
F('7万多家', 7 * WAN, '家', '专精特新中小企业', 'more_than')  # 达: a verb outside (guide)
s(P, '中国', ctx='中国制造的品质')                           # the country's manufacturing (cn('中国制造'), earlier gold)
U('中国制造', 'term', req=False)                            # unquoted, no 2025: undecided, optional

# （五）扩大国内有效需求，推进区域协调发展和新型城镇化
U('新型城镇化', req=False, ctx='新型城镇化。围绕')          # optional by earlier rounds
U('新发展格局')                                            # required (README SLOGAN)
U('扩大内需战略')                                          # the fixed name of a national strategy (gwr-004-agenda)
U('扩大内需', req=False, ctx='扩大内需战略')                # its core: optional (round 1)
# 着力扩大消费和有效投资
F('3亿辆', 3 * YI, '辆', '汽车保有量', 'exact|more_than')   # 突破: a verb outside (guide)
F('46.7%', 46.7, '%', '汽车保有量增长')
F('15.8%', 15.8, '%', '实物商品网上零售额占社会消费品零售总额的比重（原）')
F('27.2%', 27.2, '%', '实物商品网上零售额占社会消费品零售总额的比重')
U('补短板、调结构、增后劲', req=False)                      # an unquoted policy wording (undecided): optional
# 增强区域发展平衡性协调性
U('西部大开发', 'campaign')                                 # the strategy's fixed name (gwr-041; gwr-002-regions)
s(P, '西部', False, ctx='西部大开发')                        # inside the name (nesting)
U('东北全面振兴', 'term', req=False)                         # a regional strategy's wording (undecided, as before)
s(P, '东北', False, ctx='东北全面振兴')                      # a region without fixed boundary (round 2)
U('中部地区崛起', req=False)                                # round 12: optional
s(P, '中部地区', False, ctx='中部地区崛起')                  # optional (rounds 2, 17)
U('东部率先发展', req=False)                                # like 中部地区崛起 (round 12): optional, undecided
s(P, '东部', False, ctx='东部率先发展')                      # like 东部 in 东部地区 (gwr-025-outlook): optional
s(P, '中西部地区', False)                                   # optional (round 8)
s(P, '中西部', False, ctx='中西部地区')
s(P, '东部地区', False, ctx='高于东部地区')                  # optional (round 8)
s(P, '东部', False)                                      # found from 东部地区's start
s(P, '革命老区', False)                                     # a class of regions (undecided, as before)
s(P, '民族地区', False)                                     # classes of regions beside 革命老区: optional by analogy
s(P, '边疆地区', False)
s(DEP, '中央', False, ctx='中央财政对相关', level='central')  # 中央 in 中央财政: optional (rounds 1 and 5)
s(DT, '五年前', False, value='2018', resolved='2018')        # relative time (guide; gwr-004-macro): optional
opt('五年', 5, '年', ctx='五年前增长')                       # the 五年 inside (round 5: 前五年)
F('66.8%', 66.8, '%', '中央财政对相关地区转移支付资金增长（比五年前）')
U('京津冀协同发展', req=False)                               # a strategy phrase (prov2026-010): optional
s(P, '京津冀', False, ctx='京津冀协同')                       # joined abbreviations (rounds 2, 14)
U('长江经济带发展', req=False)                               # the strategy's wording optional (r15b)
s(P, '长江经济带', ctx='长江经济带发展')                      # required in 长江经济带发展 (r15b, round 12)
s(P, '长江', False, ctx='长江经济带发展')                     # a river inside the region's name (nesting)
U('长三角一体化发展', req=False)                             # round 7 / r14d: optional
s(P, '长三角', False, ctx='长三角一体化')                     # before the strategy name: optional (r14d)
U('黄河流域生态保护和高质量发展', req=False)                 # a national strategy's wording (gwr-002-regions)
s(P, '黄河流域')                                             # a place the text is about (gwr-002-regions)
s(P, '黄河', False, ctx='黄河流域')                           # inside the basin's name (nesting)
hq('生态保护和高质量发展')
s(P, '雄安新区')                                             # round 14: required, 雄安 optional
s(P, '雄安', False, ctx='雄安新区')
# 持续推进以人为核心的新型城镇化
U('新型城镇化', req=False, ctx='以人为核心的新型城镇化')
F('上千万', 10000000, '', '农村人口（每年转移到城镇）', 'about')   # 上N about (guide; round 16: 上千万)
opt('十年', 10, '年', ctx='十年1.4亿')                        # a duration (guide)
F('1.4亿', 1.4 * YI, '', '农村人口（十年在城镇落户）')        # a number before a noun (guide: 46萬群眾)
opt('1.4亿农村人口', 1.4 * YI, '', '农村人口（十年在城镇落户）')   # the number with the noun optional (conventions)
s(P, '成渝地区双城经济圈', False)                             # like 成渝双城经济圈 (r15b, undecided): optional
s(P, '成渝', False, ctx='成渝地区双城')                       # joined abbreviations (round 2)
U('房子是用来住的、不是用来炒的', req=False)                 # the unquoted standard wording of a 定位: nothing written, optional
U('稳地价、稳房价、稳预期', req=False)                       # an unquoted policy wording (undecided): optional
F('4500多公里', 4500, '公里', '轨道交通运营里程（原）', 'more_than')
F('近1万公里', WAN, '公里', '轨道交通运营里程', 'less_than')   # 近 inside (guide)
F('63万公里', 63 * WAN, '公里', '排水管道（原）')
F('89万公里', 89 * WAN, '公里', '排水管道')
F('16.7万个', 16.7 * WAN, '个', '改造城镇老旧小区')
F('2900多万', 2900 * WAN, '', '家庭（老旧小区改造惠及）', 'more_than')   # a number before a noun (guide)
opt('2900多万家庭', 2900 * WAN, '', '家庭（老旧小区改造惠及）', ap='more_than')

# （六）保障国家粮食安全，大力实施乡村振兴战略
U('乡村振兴战略')                                            # the fixed name of a strategy (round 6)
U('乡村振兴', req=False, ctx='乡村振兴战略')                  # the shorter name inside (rounds 4, 6)
# 提升农业综合生产能力
U('黑土地保护工程', 'campaign', req=False)                    # an unquoted programme name (earlier gold): optional
F('4.56亿亩', 456000000, '亩', '新建高标准农田')
F('67%', 67, '%', '农作物耕种收综合机械化率（原）')
F('73%', 73, '%', '农作物耕种收综合机械化率')
U('粮食安全党政同责', req=False)                              # an unquoted principle's wording (undecided): optional
F('14亿多', 14 * YI, '', '中国人', 'more_than')                # a number before a noun (gwr-004-macro: 14亿多)
opt('14亿多中国人', 14 * YI, '', '中国人', ap='more_than')     # the number with the noun optional (conventions)
s(P, '中国', ctx='14亿多中国人')                               # the country (中国人: rounds 3, 10, 12)
# 扎实推进农村改革发展
U('乡村建设行动', 'campaign', req=False)                       # optional (README list)
F('80%', 80, '%', '农村自来水普及率（原）')
F('87%', 87, '%', '农村自来水普及率')
F('2400多万户', 2400 * WAN, '户', '多年累计改造农村危房', 'more_than')
s(DEP, '供销合作社', False)                                    # as in earlier gold: optional
# 保障农民工工资支付条例: a regulation named without 《》: not annotated (cpc-006)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
