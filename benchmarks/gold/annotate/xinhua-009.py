from _ann import DEP, DT, PE, Ann, P

# Round 19: Xi Jinping's video address to the UN Climate Summit, 24 Sep 2025
# (news.cn text, paragraphs separated by two spaces, no line breaks): the whole
# text: the dateline (新华社北京9月24日电), the heading (the address's title,
# 联合国气候变化峰会, 2025年9月24日, 中华人民共和国主席 习近平), the photo caption
# (9月24日, 国家主席习近平, 新华社记者 黄敬文 摄), the salutation (古特雷斯秘书长,
# 卢拉总统), 《巴黎协定》 and its 10周年, the three points (共同但有区别的责任原则),
# China's new nationally determined contribution (2035年, 7%-10%, 30%以上, 2020年的6倍以上,
# 36亿千瓦, 240亿立方米以上, 全国碳排放权交易市场) and the close. Simplified.
A = Ann('xinhua-009', 0, 840)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
YI = 100000000
MEDIA = {'kind': 'media'}
INT = {'kind': 'international organisation'}
D924 = {'value': '--09-24', 'resolved': '2025-09-24'}
# 新华社北京9月24日电
s(DEP, '新华社', False, **MEDIA)                            # media (round 1)
s(P, '北京', ctx='新华社北京')                               # the dateline's place
s(DT, '9月24日', ctx='北京9月24日电', **D924)
# 践诺笃行　共同书写全球气候治理新篇章——在联合国气候变化峰会上的致辞（2025年9月24日）
s(DEP, '联合国', False, ctx='在联合国气候变化峰会上的致辞', **INT)   # international body inside an event name
s(DT, '2025年9月24日', value='2025-09-24')
# 中华人民共和国主席　习近平
s(P, '中华人民共和国', False)                                # a country in a position title (round 1)
s(PE, '习近平', ctx='主席　习近平', title='中华人民共和国主席')
# photo caption: 9月24日，国家主席习近平在联合国气候变化峰会发表视频致辞。新华社记者 黄敬文 摄
s(DT, '9月24日', ctx='习近平9月24日，', **D924)
s(PE, '习近平', ctx='国家主席习近平在', title='国家主席')
s(DEP, '联合国', False, ctx='在联合国气候变化峰会发表', **INT)
s(DEP, '新华社', False, ctx='新华社记者', **MEDIA)
s(PE, '黄敬文')                                              # photo credit (round 1)
# 尊敬的古特雷斯秘书长，尊敬的卢拉总统，各位同事：
s(PE, '古特雷斯', title='秘书长')                            # foreign persons in a salutation (round 10)
s(PE, '卢拉', title='总统')
# 今年是《巴黎协定》达成10周年 …
s(DT, '今年', False, ctx='今年是《巴黎协定》', value='2025', resolved='2025')
s(P, '巴黎', False, ctx='《巴黎协定》达成')                  # inside a treaty title (round 12)
F('10周年', 10, '周年', '《巴黎协定》达成', req=False)       # an anniversary (guide)
# 我愿分享3点看法: the count of the points the text then lists (prov2026-009: 十个 方面)
F('3点', 3, '点', '看法', req=False)
# 一要坚定信心 … 坚持信心不动摇、行动不停止、力度不减弱
U('信心不动摇、行动不停止、力度不减弱', 'directive', req=False)   # an unquoted set wording: undecided
# 二要担当尽责 … 各国应当坚持共同但有区别的责任原则
sp = U('共同但有区别的责任原则')                             # a principle's fixed name (rounds 2, 7)
U('共同但有区别的责任', req=False, at=sp['start'])
# 各位同事！借此机会，我宣布中国新一轮国家自主贡献：到2035年，中国全经济范围 …
s(P, '中国', ctx='我宣布中国')
s(DT, '2035年', value='2035')
s(P, '中国', ctx='中国全经济范围')
# 比峰值下降7%-10%: a range, two spans (round 7)
F('7%', 7, '%', '全经济范围温室气体净排放量比峰值下降', ap='exact|at_least', ctx='7%-10%')
F('10%', 10, '%', '全经济范围温室气体净排放量比峰值下降', ap='exact|less_than', ctx='-10%')
# 非化石能源消费占能源消费总量的比重达到30%以上 (达到 outside; 以上 inside)
F('30%以上', 30, '%', '非化石能源消费占能源消费总量的比重', ap='more_than|at_least')
s('FIGURE', '30%', False, ctx='30%以上', value=30, approx='exact|more_than|at_least', unit='%')
# 风电和太阳能发电总装机容量达到2020年的6倍以上、力争达到36亿千瓦
s(DT, '2020年', value='2020')
F('6倍以上', 6, '倍', '风电和太阳能发电总装机容量（2020年）', ap='more_than|at_least')   # 倍 as unit (round 5)
s('FIGURE', '6倍', False, ctx='6倍以上', value=6, approx='exact|more_than|at_least', unit='倍')
F('36亿千瓦', 36 * YI, '千瓦', '风电和太阳能发电总装机容量', ap='exact|more_than')   # 达到 outside
# 森林蓄积量达到240亿立方米以上
F('240亿立方米以上', 240 * YI, '立方米', '森林蓄积量', ap='more_than|at_least')
s('FIGURE', '240亿立方米', False, ctx='240亿立方米以上', value=240 * YI,
  approx='exact|more_than|at_least', unit='立方米')
# 全国碳排放权交易市场: a market, like 新三板 (prov2026-006.py): optional
s(DEP, '全国碳排放权交易市场', False)
# 这是中国对照《巴黎协定》要求 …
s(P, '中国', ctx='这是中国对照')
s(P, '巴黎', False, ctx='《巴黎协定》要求')
s(P, '中国', ctx='需要中国自身')
# 各位同事！大道至简，实干为要。应对气候变化是一项紧迫而长期的任务。
U('大道至简，实干为要', 'term', req=False)                   # a classical set phrase (round 3: optional)
F('一项', 1, '项', '任务', req=False)                        # an article (rounds 10, 12)
U('人与自然和谐共生', 'term', req=False)                     # optional (round 3)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
