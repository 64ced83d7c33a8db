from _ann import CC, DEP, DT, PE, Ann, P

# Round 28 (annotator r28b): the 2012 State Council government work report, the end of
# "三、2012年主要任务", range [16988, 19049): task (九) from “走出去” on (二十国集团, 多哈回合),
# the nationalities and religion paragraphs (民族区域自治制度, 兴边富民行动), national defence
# (依法治军、从严治军, 军民融合), Hong Kong and Macao (“一国两制”, “港人治港”, “澳人治澳”,
# 香港 / 澳门, 港珠澳大桥, 横琴新区), Taiwan (“台独”, “九二共识”, 两岸, 海峡西岸经济区),
# diplomacy (联合国千年发展目标, 和谐世界) and the closing call (以胡锦涛同志为总书记的党中央).
# Traditional script (OpenCC s2t of the source). A third range of the article
# (gwr-025.py: [2214, 4186), gwr-025-tasks.py: [9458, 11599)).
A = Ann('gwr-025', 16988, 19049, script='traditional')
s = A.s
U, Q = A.unquoted, A.quoted
INTL = {'kind': 'international organisation'}


def two_sides(ctx):
    """两岸 as PLACE: optional (round 2: 两岸, 港澳 joined abbreviations)."""
    s(P, '两岸', False, ctx=ctx)


# 实施“走出去”战略。… 支持“走出去”的企业相互协同
Q('走出去')                                   # the quoted opening-up principle (required, round 2 / gwr-002)
# 境外经贸合作区: a generic class of zones, none
Q('走出去', ctx='支持“走出去”的企业')          # the repeat of the quoted formula

# 参与全球经济治理和区域合作。… 二十国集团 … 多哈回合谈判
s(DEP, '二十国集团', False, **INTL)            # international organisations optional (guide; round 2)
s(P, '多哈', False)                            # a city at the start of the name of a negotiating round: nesting, optional
# 发达国家, 发展中国家, 自贸区: generic, none

# 各位代表！ 我国是统一的多民族国家 … 民族区域自治制度
U('民族区域自治制度', req=False)               # system names optional (Conventions decided here / round 2)
s(DEP, '中央', False, ctx='中央支持少数民族')  # 中央 alone: optional (Conventions decided here)
U('兴边富民行动', 'campaign', req=False)        # optional, unquoted (round 26 list)
U('平等团结互助和谐的社会主义民族关系', req=False)   # a policy phrase: undecided, optional

# 认真贯彻党的宗教工作基本方针 … 党的侨务政策: no named organ; 祖国 none

# 巩固的国防和强大的军队 …
U('新世纪新阶段军队历史使命', req=False)       # the 2000s designation of the army's mission: undecided
s(DT, '新世纪新阶段', False)                    # optional (round 21 list)
U('革命化现代化正规化', req=False)             # optional, undecided (round 9 list)
U('党对军队绝对领导', req=False)               # like 党对军队的绝对领导 (optional, round 9 list)
U('依法治军', req=False)                       # like 依法治国 (optional, round 16 list)
U('从严治军', req=False)                       # like 从严治党 (optional, round 16 list)
U('军民结合、寓军于民', req=False)             # 寓军于民 optional (round 9 list)
U('中国特色军民融合式发展路子', req=False)     # like 军民融合发展 (optional)
s(P, '中国', False, ctx='中国特色军民融合')    # a place inside an unquoted formula's name: optional

# 香港、澳门与祖国休戚相关 … “一国两制”、“港人治港”、“澳人治澳”、高度自治的方针
s(P, '香港', ctx='香港、澳门与祖国'); s(P, '澳门', ctx='澳门与祖国')   # places the text is about: required
Q('一国两制')                                  # required, quoted (round 16 list)
Q('港人治港')                                  # required, quoted (round 16 list)
s(P, '港', False, at=A.simp.find('港人治港')); s(P, '港', False, at=A.simp.find('港人治港') + 3)   # one-character abbreviations (Conventions decided here)
Q('澳人治澳')
s(P, '澳', False, at=A.simp.find('澳人治澳')); s(P, '澳', False, at=A.simp.find('澳人治澳') + 3)
U('高度自治', req=False)                        # optional (round 10 list)
A.cur = A.simp.find('高度自治')
s(P, '香港', ctx='全力支持香港'); s(P, '澳门', ctx='香港、澳门发展经济')
s(DEP, '特区政府', False, kind='state')         # both SARs' governments by a common noun: undecided, optional
s(P, '港澳', False, ctx='支持港澳经济')         # joined abbreviation: optional (round 2)
s(P, '内地', False)                             # optional (round 5)
s(P, '港澳', False, ctx='对港澳服务')
s(P, '港珠澳大桥', False)                        # a structure, like 金门大桥 (optional, undecided)
s(P, '港珠澳', False, ctx='港珠澳大桥')         # joined abbreviations, like 粤港澳: optional
s(P, '港澳', False, ctx='支持港澳参与')

# 支持香港巩固和提升 … 支持澳门建设世界旅游休闲中心，推进横琴新区建设
s(P, '香港', ctx='支持香港巩固')
s(P, '澳门', ctx='支持澳门建设')
s(P, '横琴新区', False)                         # a state-level new area: optional like 长春新区 (round 21)
s(DEP, '横琴新区', False, kind='state')
s(P, '横琴', False, ctx='横琴新区')
s(P, '香港', ctx='香港、澳门同胞'); s(P, '澳门', ctx='澳门同胞一定')

# 过去的一年，两岸关系经受了严峻考验 … 反对“台独”、认同“九二共识”
s(DT, '过去的一年', False, value='2011', resolved='2011')   # optional (round 3)
two_sides('两岸关系经受')
Q('台独', 'term', req=False)                     # optional (round 1)
s(P, '台', False, ctx='台独')                   # one-character abbreviation (Conventions decided here)
Q('九二共识')                                   # required, quoted formula (gwr-002)
two_sides('促进两岸关系')
U('两岸关系和平发展', req=False, ctx='两岸关系和平发展，日益')   # optional, undecided (round 14 list)
two_sides('成为两岸同胞')
s(DT, '新的一年', False, value='2012', resolved='2012')      # optional (round 12)
U('中央对台工作的大政方针', req=False)          # like 新时代党的民族工作大政方针 (r26b: optional, undecided); added after measuring
s(DEP, '中央', False, ctx='中央对台工作')        # 中央 alone: optional
s(P, '台', False, ctx='对台工作')                # 台 in 对台: optional (round 26 list)
two_sides('增强两岸关系')
two_sides('拓展两岸关系')
U('两岸关系和平发展', req=False, ctx='两岸关系和平发展新局面')

# 全面深化经济金融合作，推动两岸经济合作框架协议后续商谈 … 海峡西岸经济区建设
two_sides('推动两岸经济')
U('两岸经济合作框架协议', 'term', req=False)    # the name of an agreement (like the 内地与香港… 安排): undecided
s(P, '海峡西岸经济区', False)                    # a planning region, like 北部湾经济区 (optional)
s(P, '海峡西岸', False)                         # a region (undecided, round 26)
two_sides('使两岸同胞')
# 中华儿女: 中华 not annotated (round 7)
U('中华民族伟大复兴', req=False)                 # a goal designation: optional (round 13 list)

# 新的一年，外交工作 …
s(DT, '新的一年', False, value='2012', resolved='2012', ctx='新的一年，外交')
s(DEP, '联合国', False, **INTL)                  # international organisations optional
U('联合国千年发展目标', req=False)               # the name of a UN programme of goals: undecided

# 我们将坚定不移地走和平发展道路 …
U('和平发展道路', 'term', req=False)             # optional (round 25)
U('独立自主的和平外交政策', req=False)           # optional (round 2)
U('互利共赢的开放战略', req=False)               # a policy phrase of the 2000s: undecided
U('持久和平、共同繁荣的和谐世界', 'term', req=False)   # optional (round 25)
U('和谐世界', 'term', req=False)

# 让我们紧密团结在以胡锦涛同志为总书记的党中央周围
s(DEP, '以胡锦涛同志为总书记的党中央', False, **CC)   # the whole optional (round 25)
s(PE, '胡锦涛', title='同志、总书记')                  # required (round 25)
s(DEP, '党中央', **CC)                                # required (round 25)
# 社会主义现代化建设: none

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
