from _ann import CC, DEP, DT, PE, Ann, P

# Round 31 (annotator r31c, blind): the 2012 State Council government work report (gwr-025),
# range [4190, 6344) of the window [4186, 9458): the end of the review of 2011 and the
# opening of "二、2012年工作总体部署". Point (五) on reform and opening up (“十二五”规划, budget
# disclosure by 98个中央部门 and 北京、上海、广东、陕西 with the quoted “三公经费”, resource
# tax, VAT pilot, forestry and state-enterprise reform; trade: 3.64万亿美元, 22.5％ / 20.3％ /
# 24.9％, 1160亿美元, 中西部地区, “走出去”, 601亿美元), 港澳台 work, the thanks paragraph
# (中国特色社会主义, 以胡锦涛同志为总书记的党中央, 国务院, 民主党派, 香港特别行政区 /
# 澳门特别行政区 / 台湾, 中国), the difficulties, the heading 2012年, 今年 / “十二五”时期,
# 30多年 改革开放, 东部地区 / 中西部地区 / 东北, 重要战略机遇期, 和平、发展、合作, and the
# guiding paragraph (高举中国特色社会主义伟大旗帜, 邓小平理论, “三个代表”重要思想, 科学发展观,
# 稳中求进, the five 建设, 党的十八大). Traditional script (OpenCC s2t of the source). A fourth
# range of the article (gwr-025.py [2214, 4186), gwr-025-tasks.py [9458, 11599),
# gwr-025-compatriots.py [16988, 19049)).
A = Ann('gwr-025', 4190, 6344, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
ST = {'level': 'central', 'kind': 'state'}


def plan12(ctx):
    """“十二五”: optional as DATE (2011/2015) and as SLOGAN `period` (Conventions decided here)."""
    d = s(DT, '十二五', False, ctx=ctx, value='2011/2015')
    Q('十二五', 'period', req=False, at=d['start'])


def this_year(ctx):
    s(DT, '今年', False, ctx=ctx, value='2012', resolved='2012')   # relative time (Conventions decided here)


# （五）深入推进改革开放 … 我们按照“十二五”规划提出的改革任务
U('改革开放', req=False, ctx='深入推进改革开放')                 # optional at every occurrence (round 11)
plan12('按照“十二五”规划')
# 完善公共财政体系 … 98个中央部门和北京、上海、广东、陕西等省市公开“三公经费”
F('98个', 98, '个', '中央部门（公开“三公经费”）')
s(DEP, '中央', False, ctx='98个中央部门')                         # 中央 in 中央部门 (gwr-025 round 8: 中央 in 中央财政 optional)
s(P, '北京'); s(P, '上海'); s(P, '广东'); s(P, '陕西')            # places the text is about: required (guide)
Q('三公经费', 'term', req=False, ctx='公开“三公经费”')             # a quoted coined designation (Conventions decided here: quoted coinages optional, term)
U('营业税改征增值税', 'campaign', req=False, ctx='出台营业税改征增值税')   # a reform name (policy phrase): undecided, optional
# 跨境贸易人民币结算 … 全国: none
U('集体林权制度改革', 'campaign', req=False)                       # a reform name (policy phrase): undecided, optional
# 我们坚持出口和进口并重 … 全年货物进出口总额3.64万亿美元，增长22.5％
U('市场多元化战略', req=False)                                     # optional (r16d / round 25)
s(DT, '全年', False, ctx='全年货物', value='2011', resolved='2011')  # optional (gwr-025 round 8)
F('3.64万亿美元', 3640000000000, '美元', '货物进出口总额（2011）')
# unit % for the full-width ％ too (guide FIGURE; gwr-025 round 8; slip fixed after measuring)
F('22.5％', 22.5, '%', '货物进出口总额增长（2011）')
F('20.3％', 20.3, '%', '出口增长（2011）')
F('24.9％', 24.9, '%', '进口增长（2011）')
F('1160亿美元', 116000000000, '美元', '实际使用外商直接投资（2011）')
s(P, '中西部地区', False, ctx='服务业和中西部地区')                # a region without fixed boundary (round 16; gwr-025 round 8)
s(P, '中西部', False, ctx='中西部地区比重')
Q('走出去', ctx='企业“走出去”')                                    # required (round 2; gwr-025-compatriots)
F('601亿美元', 60100000000, '美元', '非金融类对外直接投资（2011）')
# 我们在民主法制建设、国防和军队建设、港澳台工作
s(P, '港澳台', False)                                              # joined abbreviations optional (round 2)

# 过去一年的成绩来之不易，显示了中国特色社会主义的优越性和生命力
s(DT, '过去一年', False, value='2011', resolved='2011')           # relative time (Conventions decided here)
U('中国特色社会主义', ctx='显示了中国特色社会主义')                # the doctrine itself is meant (round 2): required
s(P, '中国', False, ctx='中国特色社会主义的优越性')                          # 中国 inside a formula's name (Conventions decided here): optional
# 中华民族的自豪感: 中华 not annotated (round 7)
s(DEP, '以胡锦涛同志为总书记的党中央', False, **CC)               # the whole optional (round 25)
s(PE, '胡锦涛', title='同志、总书记')                              # required (round 25)
s(DEP, '党中央', **CC)                                             # required (round 25)
# 我代表国务院，向全国各族人民，向各民主党派、各人民团体和各界人士
s(DEP, '国务院', **ST, canonical='中华人民共和国国务院')          # required (guide)
s(DEP, '民主党派', False, kind='party')                            # optional (round 3)
# 各人民团体: generic, none
s(P, '香港特别行政区')                                             # the SAR's whole name: required (round 2)
s(P, '香港', False, ctx='香港特别行政区')                          # optional inside it (round 2)
s(P, '澳门特别行政区')
s(P, '澳门', False, ctx='澳门特别行政区')
s(P, '台湾', ctx='台湾同胞')                                       # 台湾同胞: required (round 10)
s(P, '中国', ctx='支持中国现代化')                                 # the country: required (guide)
# 国际组织: generic, none

# 我们也清醒地看到 … 国际金融危机 …: no span; 主要是: … 小型微型企业: none

# 二、2012年工作总体部署
s(DT, '2012年', ctx='二、2012年', value='2012')                    # a year (guide): required
this_year('今年是“十二五”')
s(DT, '“十二五”时期', False, value='2011/2015')                    # the longer form (guide: modifier form optional)
plan12('“十二五”时期承前')
# 本届政府: none
U('重要战略机遇期', 'term', req=False, ctx='仍处于重要战略机遇期')   # a policy designation: optional (round 11 list)
# 工业化、城镇化和农业现代化: policy phrase, none
F('30多年', 30, '年', '改革开放', 'more_than', req=False)          # a duration (guide): optional
U('改革开放', req=False, ctx='30多年改革开放')                    # optional (round 11)
s(P, '东部地区', False)                                            # a region (round 16): optional
s(P, '东部', False, ctx='东部地区')
s(P, '中西部地区', False, ctx='中西部地区和东北')
s(P, '中西部', False, ctx='中西部地区和东北')
s(P, '东北', False, ctx='和东北等')                                # a region (round 5 list: 东北 optional)
U('和平、发展、合作', req=False)                                   # optional (gwr-025-compatriots; round 25)
U('重要战略机遇期', 'term', req=False, ctx='用好重要战略机遇期')

# 我们要高举中国特色社会主义伟大旗帜，以邓小平理论和“三个代表”重要思想为指导，深入贯彻落实科学发展观
U('高举中国特色社会主义伟大旗帜', req=False)                      # the theme wording: optional (round 18)
U('中国特色社会主义', req=False, ctx='高举中国特色社会主义')       # the modifier of 旗帜 (round 2): optional
s(P, '中国', False, ctx='中国特色社会主义伟大')
U('邓小平理论')                                                    # the doctrine as a guide (round 5): required
s(PE, '邓小平', False, ctx='邓小平理论')                           # a name inside a doctrine's name (guide): optional
U('“三个代表”重要思想', req=False)                                 # the whole optional (round 7)
Q('三个代表')                                                      # the quoted formula: required (round 7)
U('科学发展观')                                                    # a doctrine's fixed designation (round 18): required
U('稳中求进', req=False)                                           # the core without 工作总基调 (Conventions decided here: core optional)
# 宏观调控, 自主创新, 节能减排, 改革开放 (着力深化改革开放)
U('改革开放', req=False, ctx='着力深化改革开放')
U('社会主义经济建设、政治建设、文化建设、社会建设以及生态文明建设', req=False)   # the five-part wording (五位一体), undecided: optional
s(DEP, '党的十八大', False, kind='party')                          # a congress (round 18 list): optional
s(DT, '党的十八大', False, value='2012')
s(DT, '十八大', False, ctx='党的十八大', value='2012')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
