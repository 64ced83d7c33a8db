from _ann import CC, DEP, DT, PE, SL, Ann, P, all_occ

# Round 38 (annotator r38c, blind): 2024 State Council government work report
# (gwr-002), range [6416, 8782) of the window [6414, 8784): the closing paragraph
# of section 二 (今年, 习近平经济思想, 质量第一、效益优先, 高质量发展 ×4, 急难愁盼,
# 改革开放), the heading “三、2024年政府工作任务”, its opening (党中央, 今年) and tasks
# (一) industry (新质生产力, 新型工业化, the programme names, 专精特新, 工匠精神,
# “中国制造”, 数字产业化、产业数字化, “人工智能+”) and (二) science and education
# (科教兴国战略, 教育强国、科技强国、人才强国, 立德树人, “双减”, 中西部地区, 教育家精神,
# 高水平科技自立自强, 新型举国体制, 国家实验室, “揭榜挂帅”, 科学家精神) up to the end of
# the talent paragraph. Almost no figures: the only numerals are the year and none
# counts. Script: simplified (as the source). Cut at paragraph ends (6416: the
# first character after the blank line; 8782: the `\n` before （三）).
A = Ann('gwr-002', 6416, 8782)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
Y24 = {'value': '2024', 'resolved': '2024'}


def today(ctx):
    """今年: a relative time, optional, resolved to 2024 (README DATE; gwr-002-targets.py)."""
    s(DT, '今年', False, ctx=ctx, **Y24)


# 完成今年发展目标任务，必须深入贯彻习近平经济思想 …
today('完成今年发展')
U('习近平经济思想')                                                 # the fixed name of a thought, like 习近平文化思想 / 习近平强军思想: required
s(PE, '习近平', False, ctx='习近平经济思想')                         # a name inside an ideology (guide): optional
# 系统观念: none
U('质量第一、效益优先', req=False)                                  # a policy wording (undecided: optional)
# 宏观调控, 全年增长目标: none
U('急难愁盼', 'term', req=False)                                    # an unquoted coinage (undecided: optional)
U('改革开放', req=False, ctx='深化改革开放')                         # optional at every occurrence (round 11)
U('有效市场和有为政府', req=False)                                  # a policy wording (undecided: optional)
# 三、2024年政府工作任务
A.date('2024年', '2024', ctx='三、2024年政府')                       # a year in a heading: required (guide; gwr-002-targets.py)
# 党中央对今年工作作出了全面部署 …
s(DEP, '党中央', ctx='党中央对今年', **CC)                            # 党中央 standing alone: required (guide)
today('党中央对今年工作')
# （一）大力推进现代化产业体系建设，加快发展新质生产力。
U('新质生产力', ctx='加快发展新质生产力')                             # required unquoted (README)
U('新型工业化', 'term', req=False, ctx='加快推进新型工业化')          # a policy phrase (gwr-002: optional)
# 推动产业链供应链优化升级 …
U('制造业重点产业链高质量发展行动', 'campaign', req=False)           # an unquoted programme name (round 13): optional
U('补齐短板、拉长长板、锻造新板', 'directive', req=False)           # a policy wording (undecided: optional)
U('制造业技术改造升级工程', 'campaign', req=False)                   # an unquoted programme name (round 13): optional
U('新型工业化', 'term', req=False, ctx='国家新型工业化示范区')      # inside a class of zones (not a named zone: no PLACE)
U('高端化、智能化、绿色化', req=False)                              # a policy wording (undecided: optional)
U('专精特新', req=False)                                            # unquoted: undecided (round 8)
U('工匠精神', 'term', req=False)                                    # like 科学家精神 (earlier gold: optional)
Q('中国制造', 'term', req=False)                                     # a quoted brand (…品牌), like “投资中国”品牌 (gwr-002-demand.py): optional term
s(P, '中国', False, ctx='中国制造”品牌')                            # inside a quoted slogan (guide: optional); undecided (README: required in unquoted 中国制造)
# 积极培育新兴产业和未来产业 …
U('产业创新工程', 'campaign', req=False)                             # an unquoted programme name (round 13): optional
# 智能网联新能源汽车, 氢能, 生物制造, 商业航天, 低空经济, 量子技术, 生命科学, 未来产业先导区: none
# 深入推进数字经济创新发展 …
U('数字产业化、产业数字化', req=False)                              # a policy wording (undecided: optional)
Q('人工智能+', 'campaign')                                           # a quoted programme name (round 3): required
U('中小企业数字化赋能专项行动', 'campaign', req=False)              # an unquoted programme name (round 13): optional
# 平台企业, 数据基础制度, 全国一体化算力体系: none
# （二）深入实施科教兴国战略，强化高质量发展的基础支撑。
U('科教兴国战略')                                                    # the fixed name of a national strategy (round 6): required
U('科教兴国', req=False, ctx='科教兴国战略')                         # the shorter name inside (round 24): optional
U('教育强国、科技强国、人才强国', req=False)                        # a policy wording (undecided: optional)
# 创新链产业链资金链人才链: none
# 加强高质量教育体系建设 …
# 党的教育方针: none; 教育强国建设规划纲要: a document named without 《》 (r26d): none
U('立德树人', 'term', req=False)                                    # as earlier gold: optional
Q('双减', 'formula')                                                 # a quoted coded policy formula (round 9): required; 双 no FIGURE
s(P, '中国', False, ctx='中国特色、世界一流')                       # 中国 in 中国特色 (round 7): optional
s(P, '中西部地区', False)                                            # a region without fixed boundary (round 8): optional
U('教育家精神', 'term', req=False)                                  # like 科学家精神: optional
# 加快推动高水平科技自立自强 …
U('高水平科技自立自强', req=False, ctx='加快推动高水平科技自立自强')  # a policy phrase (round 5 list): optional
U('新型举国体制', 'term', req=False)                                # a policy term (undecided: optional)
s(DEP, '国家实验室', False)                                          # institutes (round 6): optional
Q('揭榜挂帅', 'campaign')                                            # a quoted mechanism name (required where quoted)
U('科学家精神', 'term', req=False)                                  # as earlier gold: optional
# 全方位培养用好人才 … 国家战略人才力量: none

all_occ(A, SL, '高质量发展', False, kind='formula', quoted=False)  # a policy phrase: optional at every occurrence (README; gwr-002-demand.py)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
