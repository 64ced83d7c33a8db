from _ann import DEP, Ann, P

# Round 40 (r40b, blind). Shandong 2026 government work report, the review of
# 2025, fields (一) to (三) [369, 2576): growth (三批, 5.5%, 10.3万亿元, the
# 个百分点 comparisons with the nation, 超过N shares), projects (董家口至五莲铁路,
# 胶新铁路, 招远核电一期, 临沂机场, 东平湖), consumption (“五大工程”, 以旧换新,
# 好客山东 “齐鲁1号”), industry and innovation (“头号工程”, 崂山实验室, 上合科技
# 创新合作中心, 山东科技大市场, 两院, named firms, “人工智能+”, “十大工程”,
# “八大行动”), reform and opening (德邦证券, 恒丰银行, 中欧班列, “新三样”, 上合,
# 青岛, 中新济南, “寻标对标、创新提升”, 万华科威特, “高效办成一件事”, hotlines,
# “鲁惠通”, “金融直达基层加速跑”, 国务院). Traditional (OpenCC s2t of the
# simplified source); the title lines and the opening paragraph are left out.
A = Ann('prov2026-009', 369, 2576, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
EM = 'exact|more_than'          # after 达到 / 过 / 突破 (guide: verbs outside)
MT = 'more_than|at_least'       # N以上 (conventions decided here)
INST = {'kind': 'institute'}
ENT = {'kind': 'enterprise'}
INT = {'kind': 'international', 'canonical': '上海合作组织'}

# （一）经济增长
F('三批', 3, '批', '政策清单')                                  # a count of batches (guide: number + classifier)
U('做足增量、遏制减量、应对变量', req=False)                    # unquoted policy wording (conventions decided here: optional)
F('5.5%', 5.5, '%', '地区生产总值增长')
F('10.3万亿元', 10.3e12, '元', '地区生产总值', ap=EM)           # 达到 outside (guide)
# 全国第三个、北方第一个: ordinals (guide), none
s(P, '北方', False)                                              # a region of the country (undecided: optional)
F('10万亿元', 1e13, '元', '省份地区生产总值', ap=EM, ctx='过10万亿元')   # 过 a verb, like 突破
F('超过1.3万亿元', 1.3e12, '元', '农林牧渔业总产值', ap='more_than')   # 超过 inside (guide; prov2026-009-fiveyears)
F('1.3万亿元', 1.3e12, '元', '农林牧渔业总产值', req=False, ctx='超过1.3万亿元')
F('7.6%', 7.6, '%', '规上工业增加值增长')
F('1.7个百分点', 1.7, '个百分点', '规上工业增加值增速高于全国')  # round 3
F('6.1%', 6.1, '%', '服务业增加值增长')
F('0.7个百分点', 0.7, '个百分点', '服务业增加值增速高于全国')
F('5.1%', 5.1, '%', '社会消费品零售总额增长')
F('1.4个百分点', 1.4, '个百分点', '社会消费品零售总额增速高于全国')
F('4.5%', 4.5, '%', '进出口增长')
F('0.7个百分点', 0.7, '个百分点', '进出口增速高于全国', ctx='0.7个百分点。全员')
F('64.7%', 64.7, '%', '民间投资占比', ap=EM)
F('9%', 9, '%', '社会融资规模增长')
F('10.6%', 10.6, '%', '制造业中长期贷款余额增长')
F('超过30%', 30, '%', '非化石能源发电量、用电量占比', ap='more_than')
F('30%', 30, '%', '非化石能源发电量、用电量占比', req=False, ctx='超过30%')
F('2.8万亿元', 2.8e12, '元', '省市县重点项目完成投资')
F('3920个', 3920, '个', '新投产项目')
F('5100多亿元', 5.1e11, '元', '新投产项目增加产值', ap='more_than')
F('4700多亿元', 4.7e11, '元', '新争取国家政策性资金', ap='more_than')
F('4200余个', 4200, '个', '支持项目', ap='more_than')
F('5.3%', 5.3, '%', '工业技改投资增长')
F('5400多亿元', 5.4e11, '元', '交通、能源、水利完成投资', ap='more_than')
s(P, '董家口', False)            # 至 rule (required) vs 董家口 as a port area (optional, earlier gold of this article): undecided, optional
s(P, '五莲')                                                     # places joined by 至 (conventions decided here; prov2026-009-plans)
s(P, '胶新', False)                                              # joined abbreviations in a railway name (like 济青)
s(P, '招远', False)                                              # a place before a nuclear project (海阳核电三期: optional)
F('15条', 15, '条', '建成通车的高速公路')
s(P, '临沂', ctx='临沂机场')                                     # a city before an airport (round 3): required
s(P, '临沂机场', False)                                          # the airport: optional
s(P, '东平湖', False)                                            # as in prov2026-009-plans: optional
Q('五大工程', 'campaign')                                        # quoted programme name (round 3); no FIGURE
U('以旧换新', 'campaign', req=False)                             # unquoted policy phrase: optional
F('280多亿元', 2.8e10, '元', '以旧换新落实资金', ap='more_than')
F('2000多亿元', 2e11, '元', '以旧换新带动商品销售', ap='more_than')
F('8.7%', 8.7, '%', '新能源汽车限上零售额增长')
F('31.5%', 31.5, '%', '智能家电限上零售额增长')
F('32.3%', 32.3, '%', '智能手机限上零售额增长')
F('6000多场', 6000, '场', '消费季、购物季等活动', ap='more_than')
U('好客山东', 'term', req=False)                                 # an unquoted brand (quoted 好客山东 好品山东: optional term)
s(P, '山东', False, ctx='好客山东')
s(P, '齐鲁', False, ctx='齐鲁1号')                               # inside a quoted product name (a train): the name is not a SLOGAN (guide)
s(P, '齐鲁', False, ctx='齐鲁超赛')                              # at the start of an event name
F('10%以上', 10, '%', '游客人数、旅游收入增长', ap=MT)
F('10%', 10, '%', '游客人数、旅游收入增长', req=False, ctx='10%以上')
F('46%', 46, '%', '接待入境游客增长')
# （二）产业优化升级
Q('头号工程', 'campaign')                                        # as in prov2026-009 plans
s(DEP, '崂山实验室', False, **INST)                              # a laboratory (institutes optional, round 6)
s(P, '崂山', False, ctx='崂山实验室')
s(DEP, '上合', False, ctx='上合科技创新合作中心', **INT)          # the SCO by its short name (prov2026-009-innovation)
s(DEP, '上合科技创新合作中心', False, **INST)                    # a centre (like 上合科创中心)
F('167项', 167, '项', '重大科技攻关')
F('超过85%', 85, '%', '企业牵头比例', ap='more_than')
F('85%', 85, '%', '企业牵头比例', req=False, ctx='超过85%')
s(DEP, '山东科技大市场', False, **INST)                          # a platform (prov2026-009-innovation)
s(P, '山东', False, ctx='山东科技大市场')
F('2000余项', 2000, '项', '技术交易', ap='more_than')
s(DEP, '国家绿色化工和新材料制造业中试平台', False, **INST)       # a platform (centres optional)
F('15家', 15, '家', '高价值专利培育中心')
F('44个', 44, '个', '重点产业专利池')
s(DEP, '两院', False, kind='institute', canonical='中国科学院、中国工程院')   # the two academies (prov2026-021: optional)
F('1480多人', 1480, '人', '新引育省级以上领军人才', ap='more_than')
F('1万人', 10000, '人', '博士后在站人数', ap=EM)                  # 突破 outside (guide)
F('超过485万人', 4850000, '人', '高技能人才', ap='more_than')
F('485万人', 4850000, '人', '高技能人才', req=False, ctx='超过485万人')
s(DEP, '齐鲁石化', False, **ENT)                                 # enterprises (guide: optional)
s(P, '齐鲁', False, ctx='齐鲁石化')
s(P, '鲁', False, ctx='鲁油鲁炼')                                # one-character abbreviations (guide: optional)
s(P, '鲁', False, ctx='鲁炼')
s(DEP, '玖德化学', False, **ENT)
s(DEP, '山东时代新能源', False, **ENT)
s(P, '山东', False, ctx='山东时代新能源')
s(DEP, '先导激光雷达', False, **ENT)
s(DEP, '裕龙石化', False, **ENT)
F('19.2%', 19.2, '%', '集成电路圆片产量增长')
F('103.1%', 103.1, '%', '锂电池产量增长')
F('26.6%', 26.6, '%', '工业机器人产量增长')
F('超过110万辆', 1100000, '辆', '新能源汽车产量', ap='more_than')
F('110万辆', 1100000, '辆', '新能源汽车产量', req=False, ctx='超过110万辆')
F('3家', 3, '家', '获中国质量奖单位')
s(P, '中国', False, ctx='中国质量奖')                            # inside an award's name
Q('人工智能+', 'campaign')                                       # round 3: required
U('数字产业化', req=False)                                       # policy phrases: optional
Q('十大工程', 'campaign')
U('产业数字化', req=False)
Q('八大行动', 'campaign')
F('超过1200亿元', 1.2e11, '元', '人工智能核心产业营收', ap='more_than')
F('1200亿元', 1.2e11, '元', '人工智能核心产业营收', req=False, ctx='超过1200亿元')
s(DEP, '浪潮', False, **ENT)                                     # an enterprise before its product's name
s(DEP, '潍柴', False, **ENT)
F('148个', 148, '个', '行业大模型')
F('2家', 2, '家', '国家首批领航级智能工厂')                       # 首批: an ordinal, no figure
F('27家', 27, '家', '新增卓越级智能工厂')
Q('产业大脑', 'term', req=False)                                 # a quoted coinage (guide: optional term)
F('130个', 130, '个', '“产业大脑”')
F('超过95%', 95, '%', '规上工业企业数字化转型覆盖率', ap='more_than')
F('95%', 95, '%', '规上工业企业数字化转型覆盖率', req=False, ctx='超过95%')
# （三）改革开放
F('十大', 10, '', '标志性改革任务', req=False)                    # 十大 before a noun in a programme designation (十大罪名: undecided)
U('国企改革深化提升行动', 'campaign', req=False)                 # unquoted programme name: optional
F('6家', 6, '家', '完成重组整合的省属企业')
s(DEP, '德邦证券', False, **ENT)
s(DEP, '富泽人寿', False, **ENT)
s(DEP, '恒丰银行', False, **ENT)
F('10家', 10, '家', '新增上市公司')
F('35家', 35, '家', '完成改革任务的村镇银行')
F('48个', 48, '个', '省财政直管县')
F('15个', 15, '个', '参照直管县管理的强县')
F('5000余家', 5000, '家', '精准服务企业', ap='more_than')
F('121个', 121, '个', '新增海外仓')
s(P, '美', False, ctx='非美市场')                                # one-character abbreviation (r14b)
F('8.4%', 8.4, '%', '对非美市场出口增长')
Q('新三样', 'term', req=False)                                   # round 10
F('37%', 37, '%', '“新三样”出口增长')
F('超过7%', 7, '%', '服务贸易增长', ap='more_than')
F('7%', 7, '%', '服务贸易增长', req=False, ctx='超过7%')
s(P, '中欧', False, ctx='中欧班列集结中心')                      # joined abbreviations in a train's name
s(P, '中欧', False, ctx='中欧班列累计')
F('超1.4万列', 14000, '列', '中欧班列累计开行', ap='more_than')  # 超 inside (guide)
F('1.4万列', 14000, '列', '中欧班列累计开行', req=False, ctx='超1.4万列')
F('5.8%', 5.8, '%', '原油等大宗商品进口增长')
F('3项', 3, '项', '自贸试验区在全国推广的创新成果')
s(DEP, '上合', False, ctx='上合地方经贸', **INT)
s(P, '青岛', False, ctx='青岛倡议')                              # a place inside the name of an initiative (undecided: optional)
F('46项', 46, '项', '纳入轮值主席国成果清单的成果')
s(P, '中新', False, ctx='中新济南')                              # like 中新天津生态城
s(P, '济南', False, ctx='中新济南未来产业城')                    # a place inside a zone's name (like 天津 in 中新天津生态城)
s(P, '青岛', ctx='青岛获批')
Q('寻标对标、创新提升', 'campaign')                               # a quoted action name (…行动)
s(P, '青岛', False, ctx='青岛峰会')                              # inside an event name
U('高质量发展', req=False, ctx='绿色低碳高质量发展大会')       # slip fixed: a policy phrase (conventions decided here: optional), inside an event name
s(DEP, '万华', False, **ENT)                                     # an enterprise at the start of a project name
s(P, '科威特', False, ctx='科威特石化')                          # a country or the start of a partner firm's name (undecided: optional)
Q('高效办成一件事', 'campaign')                                  # quoted programme name (gwr-002); no FIGURE
F('37个', 37, '个', '落地落实的“一件事”')
Q('一件事', 'campaign', req=False)                               # earlier gold of this article: undecided
F('超过90%', 90, '%', '好办易办率', ap='more_than')
F('90%', 90, '%', '好办易办率', req=False, ctx='超过90%')
# “12345” 热线, “96178”, “2115”: no FIGURE (README: 12345, a hotline's name)
Q('12345', 'term', req=False)                                   # slip fixed: a quoted service number; a coded formula (“1313”) or a name: undecided, optional
F('4000多万件', 40000000, '件', '“12345”热线受理诉求', ap='more_than')
Q('96178', 'term', req=False)                                   # slip fixed: a quoted hotline number (undecided, optional, like “12345”)
Q('2115', 'formula', req=False)                                 # slip fixed: a quoted coded mechanism, like “1313” (required there) or a service number: undecided, optional
U('接诉即办', 'term', req=False)                                 # slip fixed: an unquoted policy phrase (conventions decided here: optional)
Q('鲁惠通', 'term', req=False)                                   # a quoted platform brand (optional term)
s(P, '鲁', False, ctx='鲁惠通')
F('166亿元', 1.66e10, '元', '“鲁惠通”兑现政策资金')
Q('鲁执法', 'term', req=False)
s(P, '鲁', False, ctx='鲁执法')
F('30%以上', 30, '%', '入企检查次数压减', ap=MT)
F('30%', 30, '%', '入企检查次数压减', req=False, ctx='30%以上')
Q('金融直达基层加速跑', 'campaign')                               # a quoted campaign name
F('超8300亿元', 8.3e11, '元', '促成贷款投放', ap='more_than')
F('8300亿元', 8.3e11, '元', '促成贷款投放', req=False, ctx='超8300亿元')
Q('民事无忧·企事有解·政事高效', 'term', req=False)                # a quoted brand (…品牌; README: optional term)
s(DEP, '国务院', level='central', kind='state', canonical='国务院')   # the organ inside 国务院综合督查

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
