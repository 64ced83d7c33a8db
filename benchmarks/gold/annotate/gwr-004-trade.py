from _ann import DEP, Ann, P

# Round 29 (r29a, blind): 2023 State Council government work report (gwr-004), range
# [9640, 11827): the five years' review, field (七) from 推动进出口稳中提质 (6个工作日以内,
# 152个 跨境电商综试区, 67% / 92%, 9.8% → 7.4%), foreign investment (51% / 72%, 21个
# 自由贸易试验区, 海南自由贸易港), “一带一路” (13.4%, 6个自贸协定, 26% → 35%左右), field (八)
# ecology (绿水青山就是金山银山, 86.5% / 4个百分点, 长江 / 长江流域, 24%, 50%以上, 10.6万 /
# 3.8万 / 3.3万平方公里) and carbon (超过10.5亿千瓦, 6.5亿 → 12亿千瓦以上, 20.8% → 25%以上,
# 中国贡献), field (九) education (以人民为中心的发展思想, 4%以上, 93.8% → 95.5%, 3700多万,
# 90%以上, 45.7% → 59.6%, “强基计划”, 288个) and health (450元 → 610元, 5700多万人次,
# 超过4000亿元, 13个 / 76个, 50元 → 84元, 国家疾病预防控制局). Script: simplified.
A = Ann('gwr-004', 9640, 11827)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000; YI = 100000000
MT = 'more_than|at_least'


def opt(t, v, u, subj='', ctx=None, ap='exact'):
    """An optional FIGURE (durations, bare forms beside 以上 / 超过: guide, rounds 2 and 5)."""
    return A.figure(t, v, u, subj, ap=ap, req=False, ctx=ctx)


# 推动进出口稳中提质
opt('6个工作日以内', 6, '个工作日', '企业出口退税办理时间', ap='less_than')   # a duration (guide: optional)
F('152个', 152, '个', '新设跨境电商综试区')
s(DEP, '跨境电商综试区', False)                              # zones optional as DEPARTMENT (round 12, 自由贸易试验区)
s(P, '跨境电商综试区', False)                                # … and as PLACE
# 进博会、广交会、服贸会、消博会: expos are not annotated (round 12)
F('67%', 67, '%', '进口通关时间压减')
F('92%', 92, '%', '出口通关时间压减')
F('9.8%', 9.8, '%', '关税总水平（原）')
F('7.4%', 7.4, '%', '关税总水平')                             # 降至: a verb outside
# 积极有效利用外资 (外商投资法实施条例: the title of a law, not annotated)
s(DEP, '自由贸易试验区', False, ctx='全国和自由贸易试验区')     # zones (round 12)
s(P, '自由贸易试验区', False)
F('51%', 51, '%', '全国负面清单条数压减')
F('72%', 72, '%', '自由贸易试验区负面清单条数压减')
F('21个', 21, '个', '自由贸易试验区')
s(DEP, '自由贸易试验区', False, ctx='21个自由贸易试验区')
s(P, '自由贸易试验区', False)
s(DEP, '海南自由贸易港', False)                               # round 12: with 海南, optional
s(P, '海南自由贸易港', False)
s(P, '海南', False)
# 一带一路
Q('一带一路')                                                # required, quoted (round 8)
U('共商共建共享', req=False)                                  # optional inside 共商共建共享原则 (round 11); here alone: undecided, optional
F('13.4%', 13.4, '%', '对沿线国家货物进出口额年均增长')
U('西部陆海新通道', 'campaign', req=False)                     # unquoted project name (round 10: optional)
F('6个', 6, '个', '新签和升级自贸协定')
F('26%', 26, '%', '与自贸伙伴货物进出口额占比（原）')
F('35%左右', 35, '%', '与自贸伙伴货物进出口额占比', 'about')     # 左右 inside (guide)

# (八) ecology
U('绿水青山就是金山银山', req=True)                            # the 理念 (round 7, quoted: required formula); unquoted full form of a standard formula (conventions decided here)
U('精准治污、科学治污、依法治污', req=False)                    # a policy wording (undecided: optional)
U('污染防治攻坚', 'campaign', req=False)                       # policy phrase (round 16: 污染防治攻坚战 optional)
F('86.5%', 86.5, '%', '地级及以上城市空气质量优良天数比例')
F('4个百分点', 4, '个百分点', '地级及以上城市空气质量优良天数比例上升')   # round 3
U('山水林田湖草沙一体化保护和系统治理', req=False)              # 山水林田湖草沙 optional (round 13)
U('河湖长制', 'campaign', req=False)                           # rounds 3 and 16: optional
U('林长制', 'campaign', req=False)
U('共抓长江大保护', req=False)                                 # a directive wording (undecided: optional)
s(P, '长江', ctx='共抓长江大保护')                              # a place inside a formula the text is about: required (conventions decided here)
s(P, '长江流域', ctx='长江流域重点水域')                         # required (round 5)
s(P, '长江', False, ctx='长江流域重点水域')                      # inside 长江流域 optional (round 5)
U('十年禁渔', 'campaign', req=False)                           # unquoted action name (round 13: optional)
opt('十年', 10, '年', ctx='十年禁渔')                           # a duration inside a campaign name (conventions decided here)
F('24%', 24, '%', '森林覆盖率')
F('50%以上', 50, '%', '草原综合植被盖度和湿地保护率', MT)          # 以上 inside (README)
opt('50%', 50, '%', '草原综合植被盖度和湿地保护率', ctx='50%以上', ap='exact|at_least')  # bare form (as gwr-004-macro)
F('10.6万', 10.6 * WAN, '平方公里', '水土流失面积净减少')          # in a list each number its own span (guide); the unit shared
F('3.8万', 3.8 * WAN, '平方公里', '荒漠化土地面积净减少')
F('3.3万平方公里', 3.3 * WAN, '平方公里', '沙化土地面积净减少')
# 稳步推进节能降碳
U('碳达峰碳中和', req=False)                                   # 碳达峰 optional (round 4); policy phrase
F('超过10.5亿千瓦', 10.5 * YI, '千瓦', '超低排放的煤电机组', 'more_than')   # 超过 inside (round 11)
opt('10.5亿千瓦', 10.5 * YI, '千瓦', '超低排放的煤电机组', ap='more_than|exact')  # bare form optional (round 11)
F('6.5亿千瓦', 6.5 * YI, '千瓦', '可再生能源装机规模（原）')
F('12亿千瓦以上', 12 * YI, '千瓦', '可再生能源装机规模', MT)
opt('12亿千瓦', 12 * YI, '千瓦', '可再生能源装机规模', ctx='12亿千瓦以上', ap='exact|at_least')
F('20.8%', 20.8, '%', '清洁能源消费占比（原）')
F('25%以上', 25, '%', '清洁能源消费占比', MT)
opt('25%', 25, '%', '清洁能源消费占比', ctx='25%以上', ap='exact|at_least')
s(P, '中国', ctx='中国贡献')                                   # 中国 required in 中国方案 etc. (round 8)

# (九) livelihood
U('以人民为中心的发展思想')                                    # required (round 7)
U('以人民为中心', req=False)                                  # inside it optional (round 7)
U('保基本、兜底线、促公平', req=False)                          # a policy wording (undecided: optional)
U('百年大计，教育为本', req=False)                              # a set saying (undecided: optional)
F('4%以上', 4, '%', '财政性教育经费占国内生产总值比例', MT)
opt('4%', 4, '%', '财政性教育经费占国内生产总值比例', ctx='4%以上', ap='exact|at_least')
F('93.8%', 93.8, '%', '义务教育巩固率（原）')
F('95.5%', 95.5, '%', '义务教育巩固率')
F('3700多万', 3700 * WAN, '', '学生', 'more_than')            # a number before a noun: the number alone (conventions decided here)
opt('3700多万学生', 3700 * WAN, '', '学生', ap='more_than')     # with the noun optional
F('90%以上', 90, '%', '高中阶段教育毛入学率', MT)
opt('90%', 90, '%', '高中阶段教育毛入学率', ctx='90%以上', ap='exact|at_least')
F('45.7%', 45.7, '%', '高等教育毛入学率（原）')
F('59.6%', 59.6, '%', '高等教育毛入学率')
Q('强基计划', 'campaign')                                      # quoted programme name (round 2: quoted action names required)
U('基础学科拔尖人才培养计划', 'campaign', req=False)             # unquoted programme name (round 13: optional)
F('288个', 288, '个', '基础学科拔尖学生培养基地')
U('世界一流大学和一流学科建设', 'campaign', req=False)           # unquoted programme (round 13: optional)
# 提升医疗卫生服务能力
U('健康中国行动', 'campaign', req=False)                        # unquoted action name (round 13: optional; quoted: required)
U('健康中国', req=False)                                       # the strategy name inside the action name (guide: nesting; round 14 (r7s) names 健康中国 a national strategy): optional (slip fixed after the first measurement)
s(P, '中国', False, ctx='健康中国行动')                         # inside the name optional (round 22)
F('450元', 450, '元', '城乡居民医保人均财政补助标准（原）')
F('610元', 610, '元', '城乡居民医保人均财政补助标准')
F('5700多万人次', 5700 * WAN, '人次', '住院和门诊费用跨省直接结算惠及', 'more_than')
F('超过4000亿元', 4000 * YI, '元', '集中带量采购降低费用负担', 'more_than')  # 超过 inside (round 11)
opt('4000亿元', 4000 * YI, '元', '集中带量采购降低费用负担', ap='more_than|exact')
F('13个', 13, '个', '国家医学中心')
F('76个', 76, '个', '国家区域医疗中心')
F('50元', 50, '元', '基本公共卫生服务经费人均财政补助标准（原）')
F('84元', 84, '元', '基本公共卫生服务经费人均财政补助标准')
s(DEP, '国家疾病预防控制局', level='central', kind='state', canonical='国家疾病预防控制局')   # a named organ (guide)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
