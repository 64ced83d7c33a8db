from _ann import DEP, Ann, P

# Shanxi 2026 government work report, "三、2026年工作安排": task (六) reform and
# opening (state firms, factor markets, finance, business environment,
# opening: regions, corridors, fairs) and task (七) the first three
# paragraphs (villages, rural policy, county towns). Quoted reform names and
# coded formulas, regions, approximate targets. Simplified.
A = Ann('prov2026-010', 12555, 14352)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted

# （六）着力深化改革开放 / 激发经营主体活力
U('晋商精神', req=False)
s(P, '晋', False, ctx='晋商精神')
U('国资国企改革', 'campaign', req=False)
Q('三个集中')                                 # quoted numbered formula; no FIGURE
s(DEP, '央企', False, ctx='与央企', kind='enterprise')    # enterprises as a class
s(P, '晋', False, ctx='驻晋央企')
s(DEP, '央企', False, ctx='晋央企', kind='enterprise')
U('优质中小企业培育工程', 'campaign', req=False)
# 深化要素市场化配置改革
F('12条', 12, '条', '优化工商业电价机制举措')
Q('专精特新')                                 # quoted formula (unquoted was undecided, round 8)
# 深化财税金融体制改革
U('过紧日子', 'term', req=False)
Q('三保')                                     # coded formula (rounds 9, 12)
Q('拨改投', 'campaign')                        # quoted name of a reform measure (round 2)
Q('五篇大文章')                                # quoted numbered formula; no FIGURE
# 优化营商环境
Q('高效办成一件事', 'campaign')
Q('一枚印章管审批', 'campaign')                 # quoted name of a reform
s(P, '山西', ctx='打造山西')
Q('企业之家', 'term', req=False)                # a quoted service brand
Q('一站式', 'term', req=False)
Q('两不一欠')                                 # coded formula (round 10)
Q('一件事', 'term', req=False, ctx='“一件事”向')
Q('一类事', 'term', req=False)
# 扩大高水平对外开放
s(P, '自贸试验区', False); s(DEP, '自贸试验区', False)   # a zone (round 8), here as a class
Q('一带一路')
U('中部地区崛起', req=False)
s(P, '中部地区', False)
U('京津冀协同发展', req=False)
s(P, '京津冀', False)                          # a place before a strategy's name (round 7)
s(P, '长三角')
s(P, '粤港澳大湾区')
s(P, '黄河流域')                               # a basin named as a region (黄河流域省份)
s(P, '黄河', False, ctx='黄河流域')
s(P, '晋冀鲁豫', False)                        # one-character abbreviations
s(P, '中欧', False); s(P, '中亚', False)        # in a train-service name (round 10)
s(P, '太原', False, ctx='太原能源低碳')          # a place at the start of an event name
s(P, '中国', False, ctx='中国（太原）')
s(P, '太原', False, ctx='（太原）')
# （七）着力促进城乡融合发展 / 建设宜居宜业和美乡村
U('宜居宜业和美乡村', req=False)
Q('千万工程', 'campaign')
F('11个左右', 11, '个', '县', ap='about')
U('乡村振兴', req=False)                      # round 4: optional
F('300个以上', 300, '个', '精品示范村', ap='more_than|at_least')
F('2500个左右', 2500, '个', '提档升级村', ap='about')
s(DEP, '村（社区）“两委”', False)              # the seed: 社区“两委” and 两委 optional
s(DEP, '两委', False)
U('文明乡风建设工程', 'campaign', req=False)
# 落实强农惠农富农政策
F('30年', 30, '年', '', req=False)              # a duration
s(DEP, '供销合作社', False)                     # co-operatives as a class (round 11)
U('脱贫攻坚', req=False)
U('第四次全国农业普查', 'campaign', req=False)
# 分类推进以县城为重要载体的城镇化建设
U('县域城镇化水平提升行动', 'campaign', req=False)
U('新一轮农业转移人口市民化行动', 'campaign', req=False)
F('1—2个', 2, '个', '主导产业', req=False)       # a range of counts: undecided
F('1', 1, '', '主导产业', req=False, ctx='1—2个')
F('2个', 2, '个', '主导产业', req=False, ctx='1—2个')

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
