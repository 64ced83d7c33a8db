from _ann import Ann, all_occ

# 2026 government work report of Xinjiang, "2026年工作安排": tasks (三) to (六), headings
# included: industry (485亿斤左右, 560万吨左右, 昌吉, 伊犁河谷, “品味新疆”, 准东3个煤制气,
# 新疆昆仑山 / 罗布人村寨 5A级, “新疆是个好地方”), innovation (自治区人民政府, 怀柔实验室新疆基地,
# “四方合作”, 中亚, “量质提升”, “东数西算”, “疆算入渝”, “人工智能+”, 3年行动), reform
# (“内卷式”, “三保”, “政金企”, “五篇大文章”, 再延长30年) and opening (乌鲁木齐国际陆港区,
# 喀什 / 霍尔果斯 / 塔城 / 阿拉山口 zones, 中欧（亚）班列, “跨境电商+海外仓”, 中国—中亚峰会,
# 第九届中国—亚欧博览会, 东盟 / 中东 / 欧洲 / 非洲). Cut at the heading (三) and at the end of (六).
A = Ann('prov2026-013', 12415, 14447)
s = A.s
F = lambda t, v, ap, u, subj, req=True, ctx=None: s('FIGURE', t, req, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'
ZONE = {'level': '', 'kind': 'zone'}

# （三）坚持高质量发展，培育具有竞争力的特色产业集群
F('485亿斤左右', 48500000000, 'about', '斤', '粮食产量')
F('560万吨左右', 5600000, 'about', '吨', '棉花总产')
s(SL, '肉羊产业高质量发展行动', False, kind='campaign', quoted=False)
s(SL, '耕地保护红线', False, kind='formula', quoted=False)
s(SL, '种业振兴行动', False, kind='campaign', quoted=False)
s(P, '昌吉')
s(P, '伊犁河谷')
s(P, '伊犁', False, ctx='伊犁河谷')
s(SL, '品味新疆', False, kind='term', quoted=True)   # a quoted brand of the region (round 9)
s(P, '新疆', False, ctx='品味新疆')
s(SL, '新型工业化', False, kind='formula', quoted=False)
s(P, '疆', False, ctx='疆内油气')
s(DEP, '国能', False)   # an enterprise before its project
s(P, '哈密', False, ctx='国能哈密煤制油')   # a place inside a project's name
s(P, '准东', False)   # a place before projects (round 8); fixed after the first measurement
F('3个', 3, 'exact', '个', '煤制气')
s(DEP, '慧能', False)   # an enterprise before its project
s(SL, '重点产业链高质量发展行动', False, kind='campaign', quoted=False)
s(SL, '旅游兴疆战略', False, kind='formula', quoted=False)
s(SL, '旅游兴疆', False, kind='formula', quoted=False)
s(P, '疆', False, ctx='旅游兴疆')
s(P, '新疆昆仑山', False)   # a scenic area's name
s(P, '新疆', False, ctx='新疆昆仑山')
s(P, '昆仑山', False)   # scenic sites optional, undecided (round 21)
s(P, '罗布人村寨', False)   # a scenic village (a venue)
s(SL, '各民族交往交流交融', False, kind='formula', quoted=False)   # round 12; fixed after the first measurement
s(SL, '新疆是个好地方', False, kind='term', quoted=True)   # the region's quoted brand
s(P, '新疆', False, ctx='新疆是个好地方')
# （四）坚持创新驱动，加快培育壮大新质生产力
s(SL, '创新驱动', False, kind='formula', quoted=False, ctx='坚持创新驱动')
s(SL, '新质生产力', kind='formula', quoted=False)
s(DEP, '自治区人民政府', level='province', kind='state', canonical='新疆维吾尔自治区人民政府')
s(DEP, '怀柔实验室新疆基地', False)   # research institutes (optional)
s(DEP, '怀柔实验室', False)
s(P, '怀柔', False)
s(P, '新疆', False, ctx='怀柔实验室新疆基地')
s(DEP, '新疆实验室', False)
s(P, '新疆', False, ctx='新疆实验室')
s(SL, '四方合作', kind='formula', quoted=True)
s(SL, '科技援疆', False, kind='formula', quoted=False)
s(P, '疆', False, ctx='科技援疆')
s(P, '中亚', False, ctx='面向中亚')   # a region with no fixed boundary (round 8); fixed after the first measurement
s(SL, '量质提升', kind='campaign', quoted=True)
s(SL, '专精特新', False, kind='formula', quoted=False)
s(SL, '新质生产力', kind='formula', quoted=False, ctx='积极培育新质生产力')
s(SL, '数字新疆', kind='formula', quoted=False)   # a region's strategy name, like 法治天津 (round 3)
s(P, '新疆', False, ctx='数字新疆建设')   # a place inside it optional
s(SL, '制造业数智化转型行动', False, kind='campaign', quoted=False)
s(SL, '东数西算', kind='campaign', quoted=True)
s(SL, '疆算入渝', kind='campaign', quoted=True)
s(P, '疆', False, ctx='疆算入渝')
s(P, '渝', False, ctx='疆算入渝')
s(SL, '人工智能+', kind='campaign', quoted=True)   # required (round 3)
s(SL, '低空经济高质量发展3年行动', False, kind='campaign', quoted=False)
F('3年', 3, 'exact', '年', '行动', req=False)   # a duration (guide)
# （五）坚持改革攻坚，更大力度激发高质量发展动力活力
s(SL, '全国统一大市场', False, kind='formula', quoted=False)
s(SL, '优化营商环境攻坚行动', False, kind='campaign', quoted=False)
s(SL, '内卷式', False, kind='term', quoted=True)   # a quoted coinage
s(DEP, '国家级知识产权保护中心', False)   # a class of centres, unnamed
s(SL, '三保', kind='formula', quoted=True)   # no FIGURE (round 9)
s(SL, '政金企', False, kind='formula', quoted=True)   # a quoted abbreviation of government, banks and firms: undecided
s(SL, '五篇大文章', kind='formula', quoted=True)
F('30年', 30, 'exact', '年', '土地承包', req=False)   # a duration (guide)
# （六）坚持高水平开放，更好服务和融入国内国际双循环
s(SL, '国内国际双循环', False, kind='formula', quoted=False)
s(SL, '双循环', False, kind='formula', quoted=False)   # round 5; fixed after the first measurement
s(SL, '丝绸之路经济带核心区', False, kind='formula', quoted=False)
s(SL, '丝绸之路经济带', False, kind='formula', quoted=False)
# zones: optional as PLACE and DEPARTMENT, the place at the start optional (rounds 3, 13)
s(P, '乌鲁木齐国际陆港区', False); s(DEP, '乌鲁木齐国际陆港区', False)
s(P, '乌鲁木齐', False, ctx='乌鲁木齐国际陆港区')
s(P, '喀什', False, ctx='喀什和霍尔果斯')
s(P, '霍尔果斯经济开发区', False); s(DEP, '霍尔果斯经济开发区', False)
s(P, '霍尔果斯', False)
s(P, '塔城重点开发开放试验区', False); s(DEP, '塔城重点开发开放试验区', False)
s(P, '塔城', False)
s(P, '喀什', False, ctx='申建喀什')
s(P, '阿拉山口重点开发开放试验区', False); s(DEP, '阿拉山口重点开发开放试验区', False)
s(P, '阿拉山口', False)
s(P, '中欧', False)   # joined one-character abbreviations inside a train service's name (round 2)
s(P, '亚', False, ctx='（亚）班列')
s(P, '亚欧', False, ctx='亚欧黄金通道')
s(SL, '自贸试验区提升战略', False, kind='formula', quoted=False)
s(P, '自贸试验区', False, ctx='自贸试验区提升'); s(DEP, '自贸试验区', False, ctx='自贸试验区提升')
s(P, '自贸试验区', False, ctx='自贸试验区与'); s(DEP, '自贸试验区', False, ctx='自贸试验区与')
s(P, '疆', False, ctx='疆内其他')
s(SL, '跨境电商+海外仓', kind='campaign', quoted=True)   # a model joined by + (round 11)
s(P, '中国', False, ctx='中国—中亚峰会')   # places inside an event name (rounds 4, 8)
s(P, '中亚', False, ctx='中国—中亚峰会')
s(P, '中国', False, ctx='中国—亚欧博览会')
s(P, '亚欧', False, ctx='中国—亚欧博览会')
s(P, '东盟', False); s(DEP, '东盟', False)   # as a market (round 11)
s(P, '中东'); s(P, '欧洲'); s(P, '非洲')
s(P, '美', False, ctx='非美市场')
s(SL, '西部陆海新通道', False, kind='campaign', quoted=False)
s(SL, '新发展格局', kind='formula', quoted=False)
all_occ(A, SL, '高质量发展', False, kind='formula', quoted=False)
if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
