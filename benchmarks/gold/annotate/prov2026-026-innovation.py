from _ann import DEP, DT, SL, Ann, P

# Round 28 (annotator r28d, blind): 2026 government work report of Liaoning, [11290, 13644):
# the 2026 tasks (三) (science and innovation: 新质生产力, 苏州、崖州湾 national laboratories,
# 辽宁实验室, 沈阳浑南科技城 / 大连英歌石科学城 / 沈抚科创园, 省产业技术研究院, 5家 / 10家 /
# 5家, 300家 / 500家, 1万台（套）以上, 超过600人, 100项以上, “双一流”, 1500人, “兴辽英才计划”,
# “手拉手”, 选择辽宁、扎根辽宁、圆梦辽宁), (四) (the business environment and reform: 世界银行,
# （2026版）, quoted reform names “发现—核查—整改—反馈”, “扫码入企”, “掌上办” 100项,
# “高效办成一件事” 20项以上, “立等可取”“一次不用跑”, “办事不求人”; “两个毫不动摇”,
# 省外贸集团 / 省交易集团, “共链工程”, “一联三帮”, “三直一快”, “内卷式”, 千亿级,
# “拿地即开工”“交地即交证”, “标准地”) and (五) (opening-up: “一带一路”, 东北亚, 欧亚大陆桥,
# “跨境电商+产业带” 15%以上, 欧美日韩, RCEP, 沈阳、大连, 丹东, 3.5%左右, 东北海陆大通道,
# “北粮南运”, 中欧班列（沈阳）集结中心, 国家物流枢纽, 中蒙俄经济走廊, the free-trade-zone areas
# of 大连 / 沈阳 / 营口, 夏季达沃斯论坛, 亚太经合组织高官会, 第七届中国辽洽会, 2026全球工业
# 互联网大会, 东北三省一区, 沈大哈长, 京津冀, 长三角, 长江经济带, 粤港澳大湾区, 中部地区,
# 江苏 / 沈阳 / 北京 / 大连 / 上海). **Traditional** (OpenCC s2t of the simplified source).
# A seventh range of the article, between [7430, 9653) and [13644, 15860).
A = Ann('prov2026-026', 11290, 13644, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
WAN = 10000
MORE = 'more_than|at_least'
ZONE = {'kind': 'zone'}
INT = {'kind': 'international organisation'}


def yishang(t, v, u, subj, bare, ctx=None):
    """N以上: the span with 以上 required, the bare number optional (rounds 1, 3; prov2026-026-regions.py)."""
    sp = F(t, v, u, subj, ap=MORE, ctx=ctx)
    A.s('FIGURE', bare, False, at=sp['start'], value=v, approx='exact|' + MORE, unit=u, subject=subj)


def yipi(ctx, subj):
    """一批: an indefinite count, optional (round 2)."""
    s('FIGURE', '一批', False, ctx=ctx, value=1, approx='exact', unit='批', subject=subj)


def zone(name, parts):
    """A science city, park or zone: optional as PLACE and DEPARTMENT, the places inside optional (round 5)."""
    s(P, name, False)
    s(DEP, name, False, at=A.cur, **ZONE)
    for p in parts:
        s(P, p, False, ctx=name)


# （三）提升科技创新效能，培育壮大新质生产力。
U('新质生产力')                                                          # conventions decided here
# 增强高质量科技供给。
s(P, '苏州', ctx='苏州、崖州湾')                                         # places listed before a class name (round 12)
s(P, '崖州湾', ctx='崖州湾等国家实验室')
s(DEP, '国家实验室', False, kind='institute')                             # institutes (round 6)
s(DEP, '辽宁实验室', False, kind='institute')                             # round 5 (prov2026-026.py)
s(P, '辽宁', False, ctx='辽宁实验室')
zone('沈阳浑南科技城', ['沈阳浑南', '沈阳', '浑南'])                        # round 5: science cities
zone('大连英歌石科学城', ['大连', '英歌石'])
zone('沈抚科创园', ['沈抚'])
yipi('一批关键核心技术', '关键核心技术攻关')
# 高效转化科技成果。
s(DEP, '省产业技术研究院', False, level='province', kind='institute', canonical='辽宁省产业技术研究院')  # an institute (guide)
F('5家', 5, '家', '新建省级以上概念验证中心', ctx='概念验证中心5家')
F('10家', 10, '家', '新建中试基地')
F('5家', 5, '家', '新建专业孵化器', ctx='专业孵化器5家')
# 国家级大学科技园, 高校区域技术转移转化中心, 科研院所: classes: none.
# 强化企业创新主体地位。
U('专精特新', req=False)                                                  # unquoted: undecided (round 8)
F('300家', 300, '家', '新增省级专精特新企业')
F('500家', 500, '家', '新增雏鹰瞪羚独角兽企业')
# 1万台（套）以上: a classifier with a bracketed alternative: every form optional (round 6,
# 8978辆（台）). Slip fixed after the first measurement: first committed as required.
s('FIGURE', '1万台（套）以上', False, value=WAN, approx=MORE, unit='台（套）', subject='开放共享科研设施和科研仪器')
s('FIGURE', '1万台（套）', False, at=A.cur, value=WAN, approx='exact|' + MORE, unit='台（套）',
  subject='开放共享科研设施和科研仪器')
s('FIGURE', '1万台', False, ctx='1万台（套）', value=WAN, approx='exact|' + MORE, unit='台',
  subject='开放共享科研设施和科研仪器')                                      # the reading without the bracket
F('超过600人', 600, '人', '培育技术经理人', ap='more_than')               # 超过 inside (round 2)
s('FIGURE', '600人', False, ctx='超过600人', value=600, approx='exact|more_than', unit='人', subject='培育技术经理人')
yishang('100项以上', 100, '项', '校企协同示范成果转化项目', '100项')
# 一体推进教育科技人才发展。
Q('双一流')                                                               # required coded formula (round 14)
F('1500人', 1500, '人', '优质本科高校扩招')
Q('兴辽英才计划', 'campaign')                                             # round 5
s(P, '辽', False, ctx='兴辽英才')                                         # round 5
Q('手拉手', 'campaign')                                                   # quoted name of an activity (…专项行动; guide)
s(SL, '科学家精神', False, kind='formula', quoted=False)                  # unquoted, optional (earlier scripts)
s(SL, '劳模精神', False, kind='formula', quoted=False)
s(P, '辽宁', ctx='选择辽宁')                                              # the province as such (r7s)
s(P, '辽宁', ctx='扎根辽宁')
s(P, '辽宁', ctx='圆梦辽宁')
# （四）以优化营商环境为基础，全面深化改革。 (全省, 口碑省: none)
# 开展大力优化营商环境行动。
s(DEP, '世界银行', False, **INT)                                          # international organisations: optional
s(DT, '2026', False, ctx='（2026版）', value='2026')                      # a year in a document's edition (like a year in an event name, round 9)
Q('发现—核查—整改—反馈', 'term', req=False)                               # a quoted chain of steps (like “概念验证—中试熟化—产业落地”)
Q('扫码入企', 'campaign')                                                 # quoted reform measure (round 12)
U('数字政府', req=False)                                                  # round 5: optional
Q('掌上办', 'term', req=False)                                            # a service channel's name (like “湘易办”, round 22)
F('100项', 100, '项', '新增“掌上办”高频服务事项')
Q('高效办成一件事', 'campaign')                                           # quoted programme name; no FIGURE (gwr-002)
yishang('20项以上', 20, '项', '新增“高效办成一件事”', '20项')
Q('立等可取', 'campaign')                                                 # quoted reform measures (“企呼我办”, round 10)
Q('一次不用跑', 'campaign')                                               # no FIGURE inside a quoted slogan (guide)
Q('办事不求人', 'directive')                                              # a quoted requirement (guide)
U('新常态', req=False)                                                     # optional (round 7 list of theories); slip fixed after the first measurement (missed)
# 凡是能立等可取的 (unquoted repeat of a service name): optional
U('立等可取', 'campaign', req=False, ctx='凡是能立等可取')
# 坚持“两个毫不动摇”。
Q('两个毫不动摇')                                                         # quoted numbered formula (round 2)
s(DEP, '省外贸集团', False, kind='enterprise')                            # enterprises: optional (guide)
s(DEP, '省交易集团', False, kind='enterprise')
Q('共链工程', 'campaign')                                                 # quoted programme name
U('亲清政商关系', req=False)                                              # a policy phrase (conventions decided here)
Q('一联三帮')                                                             # quoted coded formula; no FIGURE (round 2)
Q('三直一快')
# 民营经济促进法: a law's name: none.
# 统筹推进重点领域改革。
U('全国统一大市场', req=False)                                            # policy phrase (conventions decided here)
Q('内卷式', 'term', req=False)                                            # quoted coinage (earlier scripts)
yipi('一批千亿级', '千亿级开发区')
s('FIGURE', '千亿级', False, value=1e11, approx='exact', unit='级', subject='开发区')  # a scale class (round 3)
Q('拿地即开工', 'campaign')                                               # quoted reform measures
Q('交地即交证', 'campaign')
Q('标准地', 'campaign')                                                   # round 10
# （五）全面提升开放水平，拓展合作发展空间。
Q('一带一路')                                                             # required formula
s(P, '东北亚', False, ctx='对接东北亚')                                   # a region without fixed boundary (round 2)
s(P, '欧亚大陆桥', False)                                                 # a land-bridge corridor (undecided)
s(P, '欧亚', False, ctx='欧亚大陆桥')                                     # joined abbreviations (round 2)
# 全力稳外贸稳外资。
Q('跨境电商+产业带', 'campaign')                                           # quoted model (prov2026-009)
yishang('15%以上', 15, '%', '跨境电商进出口增长（2026年）', '15%')
s(P, '欧美', False)                                                       # joined one-character abbreviations (round 2)
s(P, '日', False, ctx='欧美日韩')                                          # one-character abbreviations used alone (guide)
s(P, '韩', False, ctx='日韩等')
# RCEP成员国: a treaty's name (round 6): none.
s(P, '沈阳', ctx='支持沈阳、大连扩大')
s(P, '大连', ctx='大连扩大服务业')
yipi('一批制度创新成果', '制度创新成果')
s(P, '丹东')
yipi('一批优质外资项目', '优质外资项目')
F('3.5%左右', 3.5, '%', '进出口总额增长（2026年）', ap='about')
# 强化开放合作枢纽功能。
s(P, '东北海陆大通道', False)                                             # a corridor (undecided, like 沈大经济走廊)
s(P, '东北', False, ctx='东北海陆大通道')
Q('北粮南运', 'campaign')                                                 # quoted programme name (round 5)
s(P, '中欧', False, ctx='中欧班列（沈阳）')                               # joined abbreviations (prov2026-026-review.py)
s(P, '沈阳', False, ctx='（沈阳）集结中心')                               # a city in brackets inside a name (r13a)
s(P, '沈阳', ctx='加快沈阳、大连国家物流枢纽')                            # cities listed before a class name (round 12)
s(P, '大连', ctx='大连国家物流枢纽')
s(P, '东北亚', False, ctx='东北亚经贸合作')
s(P, '中蒙俄经济走廊', False)                                             # a corridor (undecided)
s(P, '中蒙俄', False, ctx='中蒙俄经济走廊')                               # joined abbreviations (round 2)
U('自贸试验区提升战略', req=False)                                        # round 4 list: optional
s(P, '自贸试验区', False, ctx='自贸试验区提升'); s(DEP, '自贸试验区', False, ctx='自贸试验区提升', **ZONE)
zone('大连片区', ['大连'])                                                # zones, places inside optional (round 5)
zone('沈阳片区', ['沈阳'])
zone('营口片区', ['营口'])
s(P, '达沃斯', False)                                                     # a place inside an event's name (round 2)
s(DEP, '亚太经合组织高官会', False, **INT)                                 # a body of an international organisation
s(DEP, '亚太经合组织', False, **INT)
s(P, '亚太', False, ctx='亚太经合组织')                                   # round 18: optional at every occurrence
s(P, '中国', False, ctx='中国辽洽会')                                     # prov2026-026-review.py; 第七届 an ordinal
s(P, '辽', False, ctx='辽洽会')
s(DT, '2026', False, ctx='2026全球', value='2026')                        # a year inside an event name (round 9)
# 持续拓展国内区域合作。
s(P, '东北三省一区', False)                                               # a region by its members (undecided)
s(P, '东北三省', False, ctx='东北三省一区')
s(P, '东北', False, ctx='东北三省一区')
s('FIGURE', '三省', False, ctx='东北三省一区', value=3, approx='exact', unit='', subject='省')   # a count in a designation
s('FIGURE', '一区', False, ctx='三省一区', value=1, approx='exact', unit='', subject='区')
s(P, '沈大哈长产业科技创新带', False)                                     # a belt read as a zone (undecided)
s(P, '沈大哈长', False)                                                   # joined abbreviations (round 2)
s(P, '京津冀', False)                                                     # round 14
U('京津冀协同发展', req=False)                                            # a strategy's wording (policy phrase)
s(P, '长三角')                                                            # standing alone: required (rounds 13, 14)
s(P, '长江经济带')                                                        # round 12: required
s(P, '长江', False, ctx='长江经济带')
s(P, '粤港澳大湾区')                                                      # required (round 13)
s(P, '粤港澳', False, ctx='粤港澳大湾区')
s(P, '中部地区', False)                                                   # regions without fixed boundary (rounds 2, 17)
s(P, '江苏')
s(P, '沈阳', ctx='沈阳与北京')
s(P, '北京')
s(P, '大连', ctx='大连与上海')
s(P, '上海')

if __name__ == '__main__':
    import sys
    A.write()
    if '--review' in sys.argv:
        A.review()
