from _ann import SL, Ann, P, all_occ

# Round 23: the Zhejiang report's "2026年重点工作", tasks (三) culture (“八项工程”, quoted
# models “文化+科技” … “交通+旅游”, “八八战略”, “浙江有礼”, “书香浙江”), (四) common
# prosperity (“千万工程”, “三大差距”, the three “articles”, metropolitan areas of 杭州、宁波、
# 温州 and 金（义）衢丽, 长三角 and 长江经济带 before strategy names, a 30-year extension,
# 14%左右 of GDP, 百亿级, quoted mechanisms) and (五) the green transition (75%以上,
# “公转水”“公转铁”“亿吨转水”, 50%以上). No organ, person or date in the range.
# Traditional script. A sixth range of the article.
A = Ann('prov2026-018', 11545, 13748, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted

# （三）聚焦担负起新时代的文化使命
Q('八项工程', 'campaign')                                   # quoted programme name; no FIGURE
U('以文铸魂、以文赋能、以文兴业、以文惠民', req=False)          # unquoted set wording (undecided)
Q('文化+科技', 'campaign')                                  # quoted model (round 2: “公路口岸+属地直通”)
Q('文化+旅游', 'campaign')
Q('文化+民生', 'campaign')
Q('循迹溯源', 'campaign')                                   # quoted name of a study campaign
Q('八八战略')
U('社会主义核心价值观')                                      # required unquoted (round 13)
Q('浙江有礼', 'campaign')                                   # quoted name of a civility programme
s(P, '浙江', False, ctx='浙江有礼')                          # a place inside a quoted name
U('文旅深度融合工程', 'campaign', req=False)                  # unquoted project name (round 2)
Q('大视听+旅游', 'campaign')
Q('康养+旅游', 'campaign')
Q('体育+旅游', 'campaign')
Q('交通+旅游', 'campaign')
Q('乡村旅游看浙江', 'term', req=False)                       # a quoted brand (round 9: “好品山东 商行天下”)
s(P, '浙江', False, ctx='乡村旅游看浙江')
Q('新三样', 'term', req=False)                              # quoted designation of a class of products (round 10)
Q('书香浙江', 'campaign')                                   # like “书香辽宁”
s(P, '浙江', False, ctx='书香浙江')
Q('文艺赋美', 'campaign')                                   # “文艺赋美”工程

# （四）聚焦共同富裕先行示范
U('共同富裕', req=False)
Q('千万工程', 'campaign')
Q('三大差距')                                               # quoted numbered formula; no FIGURE
Q('富民', 'term', req=False)                                # quoted two-character goal words (undecided)
Q('强城', 'term', req=False)
Q('兴村', 'term', req=False)
Q('融合', 'term', req=False, ctx='“融合”')
F('三篇', 3, '篇', '文章', req=False)                        # anaphoric count of the quoted items (round 2)
Q('七优享')                                                 # quoted numbered formula; no FIGURE
U('长三角一体化', req=False)                                 # a strategy's name (round 7: 长三角一体化发展)
s(P, '长三角', False, ctx='长三角一体化')                     # a place before a strategy's name: optional (round 7)
U('长江经济带高质量发展', req=False)                          # by analogy with 长三角一体化 (decided here)
s(P, '长江经济带', False, ctx='长江经济带高质量')              # a place before a strategy's name (decided here)
s(P, '长江', False, ctx='长江经济带高质量')
s(P, '杭州都市圈')                                           # like 青岛都市圈 / 沈阳都市圈 (round 11)
s(P, '杭州', False, ctx='杭州都市圈')
s(P, '宁波都市圈')
s(P, '宁波', False, ctx='宁波都市圈')
s(P, '温州都市圈')
s(P, '温州', False, ctx='温州都市圈')
s(P, '金（义）衢丽城市群', False)                              # abbreviations and a bracket (undecided)
s(P, '金', False, ctx='金（义）衢丽')
s(P, '义', False, ctx='（义）衢丽')
s(P, '衢丽', False, ctx='衢丽城市群')
s(P, '衢', False, ctx='衢丽城市群')
s(P, '丽', False, ctx='丽城市群')
Q('县城—中心镇—重点村', 'term', req=False)                    # quoted name of a development axis (undecided)
U('乡村全面振兴', req=False, ctx='推进乡村全面振兴')
U('科技强农机械强农行动', 'campaign', req=False)               # unquoted campaign name (round 2)
# 第二轮: an ordinal
F('30年', 30, '年', '土地承包到期后再延长', req=False)           # a duration: optional
Q('三位一体', 'campaign')                                    # quoted reform name (“三位一体”改革); no FIGURE
Q('共富工坊', 'campaign')
Q('人人有事做、家家有收入', 'directive')
F('14%左右', 14, '%', '海洋生产总值占GDP比重', ap='about')     # 达到 outside
U('新时代山海协作工程', 'campaign', req=False)
s('FIGURE', '百亿级', False, value=1e10, approx='exact', unit='级', subject='产业')  # a scale class (round 3)
Q('一县一业', 'campaign')                                    # quoted programme; no FIGURE
Q('市管县用', 'campaign')                                    # quoted mechanism (round 2: “数据得地”)
Q('县乡村一体化', 'campaign')
Q('婚生养教')                                                # quoted coded formula
U('就业优先战略', req=False)
Q('会创造的人', 'term', req=False)                            # quoted coinage

# （五）聚焦经济社会全面绿色转型
U('碳达峰', req=False)
U('碳中和', req=False)                                       # round 4
U('美丽浙江', req=False)                                     # like 美丽山东 (round 13)
s(P, '浙江', False, ctx='美丽浙江')
F('75%以上', 75, '%', '新增非化石能源装机占比', ap='more_than|at_least')   # 达到 outside
Q('公转水', 'campaign')
Q('公转铁', 'campaign')
Q('亿吨转水', 'campaign')                                    # numeral inside a quoted slogan: no FIGURE
F('50%以上', 50, '%', '多式联运集装箱运量增长', ap='more_than|at_least')
U('山水工程', 'campaign', req=False)

# Fixed after the first measurement (see ROUND23-r14d.md):
# slip: 高质量发展 is an optional policy phrase at every occurrence (round 2)
all_occ(A, SL, '高质量发展', False, kind='formula', quoted=False)
# slip: 降碳、减污、扩绿、增长 is optional (round 4: 降碳减污扩绿增长)
U('降碳、减污、扩绿、增长', req=False, at=A.simp.find('降碳、减污、扩绿、增长'))
# slip: 山海协作 inside 新时代山海协作工程 is optional (nesting, guide)
U('山海协作', 'campaign', req=False, at=A.simp.find('山海协作工程'))
# undecided, optional (decided here): 山海协作 standing alone, the core of the province's
# programme name used as a policy phrase; 碳达峰碳中和 joined, two optional formulas
U('山海协作', 'campaign', req=False, at=A.simp.find('山海协作。'))
U('碳达峰碳中和', req=False, at=A.simp.find('碳达峰碳中和'))

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
