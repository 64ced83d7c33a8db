from _ann import DEP, DT, PE, SL, Ann, P, all_occ

# Xi Jinping at the 20th meeting of the SCO Council of Heads of State, 10 Nov
# 2020 (video link): from the thanks to Putin to the closing and the Xinhua
# dateline (the title line and the salutation are left out). The four points
# (health, security, development, people-to-people), foreign persons and
# places, international bodies, quoted initiatives and formulas, a few figures.
A = Ann('jhsjk2020-047', 100, 2490, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
INT = {'kind': 'international organisation'}

s(PE, '普京', title='总统')                                   # foreign person with title
s(P, '俄', False, ctx='俄方作为')                             # one-character abbreviation used alone
s(P, '俄', False, ctx='俄方认真')
s(DT, '上海合作组织成立以来', False)                            # event-anchored time
s(P, '欧亚地区', False)                                       # a region without fixed boundary: undecided
s(P, '欧亚', False, ctx='欧亚地区')
U('相互尊重、公平正义、合作共赢的新型国际关系', req=False)
U('新型国际关系', req=False)                                  # policy phrase (round 1)
U('同舟共济、守望相助', 'term', req=False)
Q('世界怎么了，我们怎么办', 'quotation', req=False)              # quoted question (时代之问)
Q('察势者明，趋势者智。', 'quotation', req=False)                # classical quotation, with and without 。
Q('察势者明，趋势者智', 'quotation', req=False)
U('和平、发展、合作、共赢', req=False)                          # the trend of the times: undecided
U('多边主义', 'term', req=False, ctx='多边主义必将')
U('单边主义', 'term', req=False, ctx='战胜单边主义')
U('人类命运共同体')                                           # required (round 1)
U('卫生健康共同体', req=False)                                 # the four point titles: undecided
s(DEP, '世界卫生组织', False, **INT)
Q('政治病毒', 'term', req=False)                               # quoted coinage
s(DEP, '疾控中心', False)                                     # disease-control centres (round 1), generic here
Q('全球新冠肺炎疫苗实施计划', 'campaign')                        # quoted programme name (COVAX)
U('安全共同体', req=False)
U('共同、综合、合作、可持续的安全观')                              # fixed designation of the security concept
Q('三股势力')                                                 # quoted formula (xinhua-014)
Q('全球数据安全倡议')                                          # quoted initiative name (like 全球安全倡议)
U('和平、安全、开放、合作、有序的网络空间', req=False)
s(P, '阿富汗', ctx='阿富汗局势')
s(DEP, '上海合作组织—阿富汗联络组', False, **INT)                # quoted name of an international body: no SLOGAN
s(P, '阿富汗', False, ctx='阿富汗联络组')
s(P, '阿富汗', ctx='帮助阿富汗')
U('发展共同体', req=False)
U('大家一起发展才是真发展，可持续发展才是好发展', 'quotation', req=False)
U('创新、协调、绿色、开放、共享')                                 # listed wording of 新发展理念 (round 7)
U('创新、协调、绿色、开放、共享的发展理念', req=False)
s(DEP, '欧亚经济联盟', False, **INT)
s(P, '欧亚', False, ctx='欧亚经济联盟')
Q('快捷通道', 'campaign', req=False)                          # quoted names of travel arrangements: undecided
Q('绿色通道', 'campaign', req=False)
U('新一轮科技革命和产业变革', 'term', req=False)
s(DT, '明年', False, ctx='明年在重庆')
s(P, '重庆')
s(P, '中国', False, ctx='中国—上海合作组织数字经济')             # place at the start of a forum name
U('以人为本', 'term', req=False)
s(DEP, '减贫联合工作组', False, **INT)
U('人文共同体', req=False)
U('文明没有优劣之分，只有特色之别', 'quotation', req=False)
s(DT, '明年', False, ctx='明年举办')
s(DT, '未来3年', False)
F('3年', 3, '年', '未来', req=False)                           # a duration
F('600名', 600, '名', '青年交流名额')
s(DEP, '秘书处', False, **INT)                                # the SCO's bodies (round 1)
s(DEP, '地区反恐怖机构', False, **INT)
s(DT, '75年前', False)
F('75年', 75, '年', '世界反法西斯战争胜利以来', req=False)
s(DEP, '联合国', False, ctx='建立了联合国', **INT)
U('多边主义', 'term', req=False, ctx='践行多边主义')
U('共商共建共享原则')                                          # fixed name of the principle
U('共商共建共享', req=False)
s(DEP, '联合国', False, ctx='以及联合国', **INT)
U('持久和平、普遍安全、共同繁荣、开放包容、清洁美丽的世界', req=False)  # standard wording: undecided
s(P, '中国', ctx='中国的发展离不开')
s(P, '中国', ctx='需要中国')
s(P, '中国', ctx='中国正在加快')
U('以国内大循环为主体、国内国际双循环相互促进的新发展格局', req=False)  # the definition (round 5)
U('以国内大循环为主体', req=False)
U('国内国际双循环', 'term', req=False)                        # inside the definition: optional, as in
U('双循环', 'term', req=False)                                # jhsjk2020-022 / -044 (fixed after the first measurement)
U('新发展格局')
s(P, '中国', ctx='中国将坚定')
U('互利共赢的开放战略', req=False)
s(P, '中国', ctx='让中国发展')
s(P, '中国', ctx='把握中国发展')
s(P, '华', False, ctx='对华合作')
s(PE, '拉赫蒙', title='总统')
s(DEP, '元首理事会', False, **INT)
s(P, '塔', False, ctx='塔方')
s(DT, '明年', False, ctx='明年本组织')
F('20周年', 20, '周年', '本组织成立', req=False)               # anniversary
U('命运共同体', req=False, ctx='更加紧密的命运共同体！')
s(DEP, '新华社', False, kind='media')
s(P, '北京', ctx='新华社北京')
s(DT, '11月10日', value='--11-10', resolved='2020-11-10')

# every 上海合作组织 (international organisation: optional), the 上海 in it and in 上海精神
all_occ(A, DEP, '上海合作组织', False, **INT)
all_occ(A, P, '上海', False)
all_occ(A, SL, '上海精神', kind='formula', quoted=True)
all_occ(A, SL, '一带一路', kind='formula', quoted=True)
for i in [j for j in range(len(A.simp)) if A.simp.startswith('中方', j)]:
    A.s(P, '中', False, at=i)                                  # one-character abbreviation used alone
if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
