from _ann import CC, DEP, DT, PE, Ann, P

# Round 40 (annotator r40c): the Tianjin 2026 government work report, the opening of
# "一、2025年和“十四五”时期工作回顾", range [168, 2225) (the download bar, the title
# lines, the byline, 各位代表 and the boilerplate sentence before it left out), before
# `prov2026-006-2226-4298`: the heading (2025年, “十四五”), the summary of 2025 (市委,
# 习近平新时代中国特色社会主义思想, 党的二十大, 习近平总书记视察天津, “一个战略牵引”,
# “四个善作善成”, “十项行动”, “三新” / “三量”, 4.8%, 4.1%), field (一) the SCO summit
# (上合天津峰会, 天津, 2025年上海合作组织峰会, 党中央, 习近平外交思想, 夏季达沃斯论坛,
# 中国式现代化天津篇章) and the first paragraphs of field (二): Beijing–Tianjin–Hebei
# (京津两市, 首都, 5家, the central firms and bodies moved in, “硬联通” / “软联通”, the
# station business districts, railways, 天津港 “新两翼”, “一卡通”, “同事同标”, 超200项),
# stock assets (“117项目”, 超660亿元), new projects (“四上”, 8%, 超50%, 超千亿元, long
# lists of enterprises and institutes, all optional) and innovation (天开高教科创园,
# “一核两翼多点”, 超4500家 / 超380家 / 超200亿元, “两院” 7名, 12家, 25件, 43家 / 322家,
# 18.6% / 13.4%). Simplified.
A = Ann('prov2026-006', 168, 2225)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000; YI = 100000000
MORE = 'exact|more_than'
TJ = {'level': 'province', 'kind': 'party', 'canonical': '中共天津市委员会'}  # a municipality of province level
ENT = {'kind': 'enterprise'}
INST = {'kind': 'institute'}
INT = {'kind': 'international'}


def ent(name, ctx=None):
    """An enterprise named in a list: optional DEPARTMENT (guide; prov2026-006-industry)."""
    s(DEP, name, False, ctx=ctx, **ENT)


def inst(name, ctx=None):
    """A research institute or university: optional DEPARTMENT (guide)."""
    s(DEP, name, False, ctx=ctx, **INST)


def chao(t, v, u, subj):
    """超N: the span with 超 (more_than) required, the bare number optional (prov2026-006-review)."""
    F(t, v, u, subj, ap='more_than')
    s('FIGURE', t[1:], False, ctx=t, value=v, approx=MORE, unit=u, subject=subj)


def yipi(ctx):
    """一批: an article (r7r; prov2026-006-review): optional."""
    s('FIGURE', '一批', False, ctx=ctx, value=1, approx='exact', unit='批')


# 一、2025年和“十四五”时期工作回顾
s(DT, '2025年', value='2025', ctx='一、2025年和')                     # headings are required (rounds 4, 16)
sp = s(DT, '十四五', False, ctx='“十四五”时期工作', value='2021/2025')  # a five-year-plan period (round 1)
Q('十四五', 'period', req=False, at=sp['start'])
# 过去一年是天津大事要事难事集中交织的一年。
s(DT, '过去一年', False, value='2025', resolved='2025')              # a relative time: optional
s(P, '天津', ctx='是天津大事')
s('FIGURE', '一年', False, ctx='集中交织的一年', value=1, approx='exact', unit='年')  # 最多的一年 (round 12)
s(DEP, '市委', ctx='在市委坚强领导下', **TJ)
U('习近平新时代中国特色社会主义思想')                                  # required (guide)
s(PE, '习近平', False, ctx='习近平新时代')                            # a name inside the ideology (guide)
s(P, '中国', False, ctx='新时代中国特色')
s(DT, '党的二十大', False)                                          # round 14: optional as DATE and DEPARTMENT
s(DEP, '党的二十大', False)
s(DT, '二十大', False, ctx='党的二十大')
s(DT, '二十届历次全会', False)                                       # prov2026-006-tasks
s(PE, '习近平', ctx='习近平总书记视察', title='总书记')
s(P, '天津', ctx='视察天津')
s(P, '天津', ctx='对天津工作')
s('FIGURE', '一系列', False, ctx='一系列重要指示', value=1, approx='exact', unit='系列')  # an article (rounds 10, 12)
Q('一个战略牵引', 'formula')                                         # a quoted coded formula (guide: 两个维护); no FIGURE
Q('四个善作善成', 'formula')                                         # a quoted coded formula; no FIGURE
U('高质量发展', req=False, ctx='扎实推进高质量发展')                  # policy phrase: optional at every occurrence
Q('十项行动', 'campaign')                                            # prov2026-006-review; no FIGURE
Q('三新'); Q('三量')                                                 # quoted coded formulas (round 2; review.py)
U('质的有效提升和量的合理增长', req=False)                             # prov2026-006-tasks: optional
F('4.8%', 4.8, '%', '地区生产总值增长')
F('4.1%', 4.1, '%', '一般公共预算收入增长')

# （一）圆满完成上合天津峰会筹备和服务保障任务
s(DEP, '上合', False, ctx='上合天津峰会', canonical='上海合作组织', **INT)  # an international organisation: optional
s(P, '天津', False, ctx='上合天津峰会')                               # a place inside an event name (rounds 4, 8)
s(P, '天津', ctx='在天津举办')
s(DT, '2025年', value='2025', ctx='2025年上海合作组织峰会')          # a year before the summit (README: required)
s(DEP, '上海合作组织', False, canonical='上海合作组织', **INT)         # international organisation: optional (guide)
s(P, '上海', False, ctx='上海合作组织')                                 # a place at the start of an organ's name (guide; slip fixed after the first measurement)
s(PE, '习近平', ctx='习近平总书记、党中央', title='总书记')
s(DEP, '党中央', ctx='党中央对天津', **CC)                            # required (guide)
s(P, '天津', ctx='对天津的巨大信任')
U('习近平外交思想')                                                   # a standard doctrine name as object (undecided: required like the thought)
s(PE, '习近平', False, ctx='习近平外交思想')                          # a name inside an ideology (guide)
s('FIGURE', '一届', False, ctx='办成了一届', value=1, approx='exact', unit='届')  # an article, like 一批: optional
s(P, '达沃斯', False, ctx='夏季达沃斯论坛')                            # a place inside an event's name (r28d)
U('高质量发展', req=False, ctx='转化为高质量发展')                  # optional at every occurrence (prov2026-006-tasks; slip fixed after the first measurement)
U('中国式现代化', req=False, ctx='中国式现代化天津篇章')                # as a modifier: optional (round 2 / README)
s(P, '中国', False, ctx='中国式现代化天津篇章')
s(P, '天津', ctx='现代化天津篇章')                                    # the city named (README: required)

# （二）持续夯实高质量发展基础
U('高质量发展', req=False, ctx='持续夯实高质量发展基础')
# 京津冀协同发展深入拓展。
U('京津冀协同发展', req=False, ctx='京津冀协同发展深入拓展')          # a strategy phrase (review.py)
s(P, '京津冀', False, ctx='京津冀协同发展深入拓展')                   # joined abbreviations (round 2)
s(P, '京津', False, ctx='京津两市')                                   # joined abbreviations
s('FIGURE', '两市', False, ctx='京津两市', value=2, approx='exact', unit='', subject='市')  # anaphoric, like 三地 (round 11)
s(P, '首都', False, ctx='对接首都')                                   # 首都 for Beijing (round 14): optional
ent('中资环')
F('5家', 5, '家', '中资环二级公司')
ent('中国电子')
s(P, '中国', False, ctx='中国电子')                                   # a place at the start of a firm's name
ent('麒麟软件')
inst('协和天津基地')                                                  # a base of a medical institution: optional
s(DEP, '协和', False, ctx='协和天津基地', **INST)
s(P, '天津', False, ctx='协和天津基地')
ent('中资信创总部')
ent('中资信创', ctx='中资信创总部')
ent('中汽新能总部')
ent('中汽新能', ctx='中汽新能总部')
inst('国家管网科学试验基地')
ent('国家管网', ctx='国家管网科学试验基地')
s(DEP, '央企', False, ctx='等央企资源', **ENT)                          # a class of enterprises (round 13)
inst('北京大学京津冀生物医学前沿创新中心')
inst('北京大学', ctx='北京大学京津冀')
s(P, '北京', False, ctx='北京大学京津冀')
s(P, '京津冀', False, ctx='京津冀生物医学')
s(P, '智能网联新能源汽车科技生态港', False)                              # a park (zones and venues: optional)
s(P, '京津电子化学品基地', False)
s(P, '京津', False, ctx='京津电子化学品')
ent('国机智能装备')
ent('国机', ctx='国机智能装备')
Q('硬联通', 'term', req=False)                                        # quoted coinages (guide: optional term)
Q('软联通', 'term', req=False)
for name in ('西站同城商务区', '南站科技商务区'):                        # station business districts (prov2026-006-tasks)
    sp = s(P, name, False)
    s(P, name[:2], False, at=sp['start'])
s(P, '滨海站', False)
s(P, '滨海', False, ctx='滨海站')
sp = Q('于响', 'term', req=False)                                      # the quoted name of a district (tasks)
s(P, '于响', False, at=sp['start'])
s(P, '京滨', False, ctx='京滨城际')                                    # railways named by abbreviations (industry.py)
s(P, '津潍', False, ctx='津潍高铁')
s(P, '京津塘', False)                                                 # motorways named by abbreviations
s(P, '津', False, ctx='入津特高压')                                   # one-character abbreviation
s(P, '天津港', False)                                                 # the port: venue / enterprise (plans.py)
s(DEP, '天津港', False, **ENT)
s(P, '天津', False, ctx='天津港拓展')
Q('新两翼', 'formula')                                                # a quoted coded formula (guide); no FIGURE
Q('一卡通', 'campaign', req=False)                                     # README: “一卡通” optional campaign, undecided
Q('同事同标', 'campaign')                                             # a quoted reform measure (round 2: “跨省通办”)
chao('超200项', 200, '项', '资质资格互认、“同事同标”事项')

# 存量资源资产有效盘活。
Q('117项目', 'term', req=False)                                       # industry.py: optional; no FIGURE
s(P, '泰达MSD', False)                                                # venues and commercial blocks: optional
s(P, '泰达', False, ctx='泰达MSD')                                    # livelihood.py: 泰达 place or enterprise
s(DEP, '泰达', False, ctx='泰达MSD', **ENT)
s(P, '海光MALL', False)
s(P, '津一·PARK', False)
s(P, '天美艺术街区', False)
ent('京东消费金融')
ent('京东', ctx='京东消费金融')
chao('超660亿元', 660 * YI, '元', '盘活存量实现收入')

# 高端增量资源实质性布局。
# “四上”单位: a quoted class designation of statistics (like “小巨人”企业, guide): no SLOGAN
F('8%', 8, '%', '产业项目到位资金增长')
yipi('一批新质项目')
s(P, '联想创新园', False)                                             # a park (venue)
ent('联想', ctx='联想创新园')
chao('超50%', 50, '%', '联想产值增长')
ent('空客', ctx='空客二线')
ent('电科蓝天宇航电源')
ent('电科蓝天', ctx='电科蓝天宇航电源')
ent('启源芯动力')
ent('华海清科')
ent('海光信息')
ent('安擎信息')
ent('合源生物')
ent('火眼位置')
ent('诺和诺德制药')
ent('诺和诺德', ctx='诺和诺德制药')
F('超千亿元', 1000 * YI, '元', '生物医药产值', ap='more_than')
s('FIGURE', '千亿元', False, ctx='超千亿元', value=1000 * YI, approx=MORE, unit='元', subject='生物医药产值')
yipi('一批新功能项目')
ent('中石化', ctx='中石化ABS')
ent('燕山石化')
s(P, '燕山', False, ctx='燕山石化')                                   # industry.py
inst('北化院')
inst('石科院')
s(P, '南港', False, ctx='向南港集聚')                                 # an industrial area (README: zones optional as PLACE)
inst('南港绿色石化科创中心')
s(P, '南港', False, ctx='南港绿色石化科创中心')
ent('中船', ctx='中船二期')
ent('中远海运船舶修造')
ent('中远海运', ctx='中远海运船舶修造')
ent('中海油', ctx='中海油装备')
ent('一汽丰田销售总部')
ent('一汽丰田', ctx='一汽丰田销售总部')
ent('云账户')
ent('身边云')
ent('桔子数科')
yipi('一批新要素项目')
ent('特变电工', ctx='特变电工智慧产业园')
s(P, '特变电工智慧产业园', False)
ent('飞毛腿', ctx='飞毛腿绿色储能')
inst('中汽中心', ctx='中汽中心智能网联')
ent('新紫光北方总部')
ent('新紫光', ctx='新紫光北方总部')
ent('帕西尼', ctx='帕西尼数据工厂')

# 创新动能聚势发力。
s(P, '天开高教科创园', False)                                          # a science park (review.py)
s(DEP, '天开高教科创园', False)
Q('一核两翼多点', 'formula')                                          # tasks.py: required; no FIGURE
chao('超4500家', 4500, '家', '累计注册科技型企业')
chao('超380家', 380, '家', '科创、金融等服务机构')
chao('超200亿元', 200 * YI, '元', '基金规模')
s(P, '和平模创社区', False)                                            # venues / areas of the city
s(P, '和平', False, ctx='和平模创社区')
s(P, '静海团泊健康城', False)
s(P, '静海', False, ctx='静海团泊')
s(P, '团泊', False, ctx='静海团泊')
Q('多点', 'formula', req=False)                                       # a quoted part of “一核两翼多点” (undecided: optional)
ent('电科蓝天', ctx='电科蓝天科创板')
s(DEP, '科创板', False)                                               # a securities market, like 新三板 (prov2026-006)
ent('智清未来')
ent('费曼动力')
yipi('一批“金种子”')
# “金种子”: an honorary designation of firms (guide: not a SLOGAN)
ent('中科智汇工场')
ent('天开生物医药')
yipi('一批科创平台')
yipi('一批科技成果')
s(DEP, '两院', False, ctx='“两院”院士', **INST)                        # README: “两院” optional, as research institutes; no SLOGAN
F('7名', 7, '名', '新当选两院院士')
s(DEP, '全国重点实验室', False, ctx='新增全国重点实验室')               # a class of laboratories (round 6)
F('12家', 12, '家', '新增全国重点实验室')
inst('低维电子材料海河实验室')
s(P, '海河', False, ctx='海河实验室')                                  # a place inside a name: optional
inst('中国地科院物化探所')
inst('中国地科院', ctx='中国地科院物化探所')
s(P, '中国', False, ctx='中国地科院')
inst('勘探技术所')
inst('国家超算', ctx='国家超算“超智存”')
Q('超智存', 'term', req=False)                                        # a quoted coinage for a platform (undecided: optional)
ent('中科曙光')
# 麒麟V11操作系统, “神工—智环”: products and devices (guide: not SLOGANs)
s('FIGURE', '万人', False, ctx='每万人高价值', value=10000, approx='exact', unit='人')  # the base of a rate (每百元): optional
F('25件', 25, '件', '每万人高价值发明专利拥有量', ap=MORE)            # 达 outside (guide)
U('专精特新', req=False, ctx='专精特新“小巨人”')                       # unquoted before “小巨人” (industry.py, round 8)
# “小巨人”: a designation of firms (guide), no SLOGAN
F('43家', 43, '家', '国家级制造业单项冠军', ap=MORE)                   # 达到 outside; 分别 list, each its own span
F('322家', 322, '家', '专精特新“小巨人”企业', ap=MORE)
inst('工生所')
inst('天大前沿院')
inst('天大', ctx='天大前沿院')
ent('华熙生物')
F('18.6%', 18.6, '%', '信息传输业增加值增长')
F('13.4%', 13.4, '%', '租赁和商务服务业增加值增长')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
