from _ann import DEP, Ann, P

# Round 24: the Tianjin 2026 report, "2026年重点工作": the end of task (二) (science
# services: 20个 laboratories, 2300亿元, “种子+天使+创投+产业+并购”, “专精特新”, “双一流”,
# “先使用后付费”), task (三) the industrial system (南港工业区, the chains of firms
# named one by one: 中石化 … 中资环, “三台车”, “AI+信创”, “人工智能+”) and task (四)
# demand (consumption, investment: “两重”, “两新”, “117项目”, railways and motorways
# named by abbreviations, metro lines, “白名单”, “好房子”, residential areas,
# “市场+资源+应用场景”). Simplified.
A = Ann('prov2026-006', 9930, 12251)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI = 100000000
ENT = {'kind': 'enterprise'}
INST = {'kind': 'institute'}


def ent(name, ctx=None):
    """An enterprise named in a list: optional DEPARTMENT (guide)."""
    s(DEP, name, False, ctx=ctx, **ENT)


# 做优科创服务生态。…
F('20个', 20, '个', '校企联合实验室')
F('2300亿元', 2300 * YI, '元', '全市技术合同成交额', ap='exact|more_than')  # after 突破 (guide)
Q('种子+天使+创投+产业+并购', 'term', req=False)           # a quoted fund name (“金芙蓉”): optional
s(DEP, 'OTC市场科技金融路演中心', False)                    # a service body of a market: undecided
Q('专精特新')                                              # quoted formula (round 8)
# 专精特新“小巨人”: a designation of firms, not a SLOGAN (guide)
U('专精特新', req=False, ctx='专精特新“小巨人”')             # unquoted: undecided (round 8)

# 一体推进教育科技人才发展。…
Q('双一流')                                                # required coded formula (round 14)
U('高等教育学科专业设置调整优化三年行动', 'campaign', req=False)  # unquoted campaign name
F('三年', 3, '年', '行动', req=False, ctx='三年行动')          # a duration inside a name: optional
Q('先使用后付费', 'campaign')                               # a quoted mechanism's name (quoted policy names)

# （三）着力构建现代化产业体系
U('智能化、绿色化、融合化', req=False)                       # unquoted set wording: undecided
# 推动制造业转型升级、提质增效。…
s(P, '南港工业区', False)                                   # an industrial area of Tianjin (zones: optional)
s(P, '南港', False, ctx='南港工业区')
ent('中石化')
ent('中海油', ctx='中海油新材料')
ent('燕山石化')
s(P, '燕山', False, ctx='燕山石化')                          # a place at the start of a firm's name
ent('金科日化')
F('三条', 3, '条', '汽车产业重点主线')                        # 整车制造、关键部件配套、智能网联配套服务三条主线
Q('三台车', 'term', req=False)                              # a quoted coinage; no FIGURE inside quotes
ent('中汽中心')
ent('中汽工程')
ent('中海油', ctx='中海油装备')
ent('中船')
ent('中远海运')
ent('三一重能')
ent('特变电工')
s(DEP, '通用机床研究院', False, **INST)                      # a research institute (guide)
ent('空客')
ent('航天科技')
ent('中航工业')
ent('电科蓝天')
ent('云遥宇航')
for name in ('曙光', '海光', '麒麟', '飞腾', '联想', '中芯国际', '华海清科', '天河超算', '金海通'):
    ent(name)
Q('AI+信创', 'campaign')                                   # a quoted “X+” programme (“人工智能+”)
s(DEP, '全国重点实验室', False)                               # a class of laboratories (round 6)
ent('诺和诺德')
ent('碧迪')
ent('华润')
ent('招商局')
ent('国投')
s(DEP, '央企', False, ctx='央企业务', **ENT)                  # a class of enterprises (round 13)
ent('合源生物')
ent('瑞普生物')
ent('中资环')
s(P, '津', False, ctx='在津打造')                            # one-character abbreviation

# 加快生产性服务业转型发展。…
Q('人工智能+', 'campaign')                                  # round 3
U('国家数字经济创新发展试验区', 'term', req=False)            # a designation of a zone: optional
s(P, '国家数字经济创新发展试验区', False)
s(DEP, '国家数字经济创新发展试验区', False, kind='zone')

# （四）进一步挖掘有效需求潜力
U('扩大内需', 'term', req=False)
U('国际消费中心城市', 'term', req=False)                      # a designation (undecided)
U('提振消费专项行动', 'campaign', req=False)                  # earlier rounds: optional
U('以旧换新', 'campaign', req=False)                         # unquoted: optional
U('投资于人', 'term', req=False)
# 稳步扩大有效益投资。…
Q('两重', 'campaign')                                       # quoted policy names (round 5)
Q('两新', 'campaign')
s('FIGURE', '两级', False, value=2, approx='exact', unit='级', subject='市、区')  # anaphoric count after 市、区
s('FIGURE', '百亿级', False, value=1e10, approx='exact', unit='级', subject='项目')  # a scale class (round 3)
Q('117项目', 'term', req=False)                             # a quoted project's name (“五大建”): optional; no FIGURE
ent('新和成', ctx='新和成南港')
s(P, '南港', False, ctx='新和成南港')
ent('飞毛腿')
ent('恒瑞')
s(DEP, '玉湖冷链交易中心', False, **ENT)
s(P, '京滨', False, ctx='京滨城际')                          # railways named by abbreviations (京津城际)
s(P, '津潍', False, ctx='津潍高铁')
s(P, '京津塘', False)                                        # motorways named by abbreviations
s(P, '津沧', False)
s(P, '兴港', False)
# 地铁8号线一期, 7号线, 11号线, B1, Z2: names of lines, none
s(P, '东北角', False)                                        # a named area of the city (venues optional)
Q('一站两区间', 'term', req=False)                            # quoted works section; no FIGURE
s(P, '龙潭沟', False)                                        # a place at the start of a project name
Q('白名单', 'term', req=False)                               # quoted designation of a list
Q('好房子', 'term', req=False)                               # quoted coinage
for name in ('华苑', '南站', '新梅江', '水西', '柳林', '西站'):
    s(P, name, False)                                          # residential areas (urban-renewal areas: optional)
Q('市场+资源+应用场景', 'campaign')                           # a quoted model (“市场+保障”, round 12)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
