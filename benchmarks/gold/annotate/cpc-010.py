from _ann import CC, DEP, DT, PE, SL, Ann, P

# 15th CPC National Congress report (1997), section 十 “面向新世纪的中国共产党”:
# the heading, the opening, the Party's leading role, the great project of Party
# building, ideological building and the first part of organisational building
# (membership and organisation counts, democratic centralism, cadres, primary
# organisations). Traditional script.
A = Ann('cpc-010', 24518, 26590, script='traditional')
s = A.s
F, U = A.figure, A.unquoted
CPC = {'level': 'central', 'kind': 'party'}
def dxp(req=True, ctx=None):  # 邓小平理论: the doctrine's name; the person inside optional
    sp = U('邓小平理论', req=req, ctx=ctx)
    s(PE, '邓小平', False, at=sp['start'])
def mzd(ctx=None):            # 毛泽东思想: required, the person inside optional
    sp = U('毛泽东思想', ctx=ctx)
    s(PE, '毛泽东', False, at=sp['start'])
def mlz(ctx=None):            # 马克思列宁主义 where the doctrine is meant: required (round 3)
    sp = U('马克思列宁主义', ctx=ctx)
    s(PE, '马克思', False, at=sp['start'])
    s(PE, '列宁', False, at=sp['start'] + 3)

# 十、面向新世纪的中国共产党
s(DT, '新世纪', False)                                   # relative time
s(DEP, '中国共产党', False, **CPC)                        # the Party as a whole (guide)
s(P, '中国', False, ctx='中国共产党')

# 高举邓小平理论伟大旗帜，…
U('高举邓小平理论伟大旗帜', req=False)                     # the congress's theme wording: undecided
dxp(False, ctx='高举邓小平理论伟大旗帜')                   # the doctrine as the modifier of 旗帜 (round 2): optional
s(DT, '二十一世纪', False, value='20XX')                   # a century: undecided

# 中国共产党是全国各族人民的领导核心。…
s(DEP, '中国共产党', False, ctx='中国共产党是全国', **CPC)
s(P, '中国', False, ctx='中国共产党是全国')
s(P, '中国', ctx='在中国，从来')                           # the country
F('一个', 1, '个', '政治组织', req=False, ctx='任何一个政治组织')   # 一个: optional (round 2)
s(DT, '二十世纪', False, value='19XX')
s(DT, '二十一世纪', False, value='20XX', ctx='也一定能在二十一世纪')

# 党的领导和党的建设，…
U('以毛泽东为核心的第一代领导集体', req=False)
s(PE, '毛泽东', ctx='以毛泽东为核心')
mlz(ctx='以马克思列宁主义为指导')
U('党的建设的伟大工程', req=False)                         # unquoted (round 3: 这一伟大工程 optional)
U('伟大工程', req=False, ctx='党的建设的伟大工程')
F('一支', 1, '支', '工人阶级先锋队', req=False, ctx='建设了一支')
U('新民主主义革命', 'period', req=False)
s(DT, '新民主主义革命', False)
U('以邓小平为核心的第二代领导集体', req=False)
s(PE, '邓小平', ctx='以邓小平为核心')
mlz(ctx='把马克思列宁主义、毛泽东思想')
mzd(ctx='、毛泽东思想创造性')
s(P, '中国', ctx='当代中国')                               # the country (round 3: 当代中国)
U('改革开放', 'term', req=False, ctx='在改革开放和现代化建设条件下')
U('建设一个什么样的党、怎样建设党', req=False)              # a standard question: undecided
U('党的建设新的伟大工程', req=False)
U('新的伟大工程', req=False, ctx='党的建设新的伟大工程')
s(DEP, '党中央', ctx='党中央领导全党', **CC)
U('新的伟大工程', req=False, ctx='这个新的伟大工程')
dxp(ctx='用邓小平理论武装起来')
U('全心全意为人民服务', ctx='武装起来、全心全意为人民服务')   # the Party's purpose, standard wording: decided here
U('建设有中国特色社会主义', req=False, ctx='领导全国人民建设有中国特色社会主义')
U('有中国特色社会主义', req=False, ctx='有中国特色社会主义的马克思主义政党')
U('中国特色社会主义', req=False, ctx='中国特色社会主义的马克思主义政党')
s(P, '中国', False, ctx='中国特色社会主义的马克思主义政党')
U('马克思主义', req=False, ctx='马克思主义政党')          # as a modifier (round 2)
U('新的伟大工程', req=False, ctx='新的伟大工程的总目标')
U('拒腐防变', 'term', req=False)

# 加强党的思想建设，…
dxp(ctx='用邓小平理论武装全党')
dxp(ctx='邓小平理论为我们党')
F('一个', 1, '个', '新高潮', req=False, ctx='兴起一个')
s(SL, '马列主义', kind='formula', quoted=False, ctx='学习马列主义')   # the doctrine itself
s(PE, '马', False, at=A.spans[-1]['start'])
s(PE, '列', False, at=A.spans[-2]['start'] + 1)
mzd(ctx='、毛泽东思想特别是')
dxp(ctx='特别是邓小平理论')
U('高举邓小平理论伟大旗帜', req=False, ctx='高举邓小平理论伟大旗帜，各级')
dxp(False, ctx='高举邓小平理论伟大旗帜，各级')
F('几百名', 100, '名', '中央委员', ap='about', req=False)   # 几 + multiplier: no value rule, undecided
s(DEP, '中央', False, ctx='几百名中央委员', **CC)         # inside a member title; 中央 alone optional
F('几千名', 1000, '名', '省部级干部', ap='about', req=False)
dxp(ctx='学好邓小平理论')
U('讲学习、讲政治、讲正气')                                  # the standard wording of the 三讲 education: decided here
U('党性党风教育', 'campaign', req=False)
U('理论联系实际', req=False, ctx='坚持理论联系实际')        # one of the three styles (round 3: 群众路线 optional)
U('马克思主义', req=False, ctx='马克思主义的理论水平')       # as a modifier

# 加强党的组织建设，…
F('五千八百万', 58000000, '', '党员')                       # number before a noun without classifier
F('五千八百万党员', 58000000, '', '党员', req=False)
F('三百四十万个', 3400000, '个', '基层党组织')
U('马克思主义', ctx='在马克思主义指导下')                    # the doctrine itself
U('民主集中制', 'term', req=False, ctx='按照民主集中制')    # an institution name (round 3): optional
U('社会主义市场经济', 'term', req=False)
U('民主集中制', 'term', req=False, ctx='民主集中制不仅')
s(DEP, '中央', False, ctx='维护中央权威', **CC)            # 中央 alone: optional (round 1)
s(DEP, '中央', False, ctx='同中央保持', **CC)
s(DEP, '中央', False, ctx='中央的决策', **CC)
U('民主集中制', 'term', req=False, ctx='民主集中制的各项规定')
U('革命化、年轻化、知识化、专业化')                          # the standard wording of the cadre principle: decided here
F('一支', 1, '支', '高素质干部队伍', req=False, ctx='建设一支适应')
U('党的基本理论和基本路线', req=False)                        # round 5: undecided, optional
U('全心全意为人民服务', ctx='基本路线、全心全意为人民服务')
U('能上能下', 'term', req=False)
U('德才兼备', req=False)                                      # a principle's short name: undecided
U('任人唯贤', 'term', req=False)
F('一项', 1, '项', '战略任务', req=False)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
