from _ann import DEP, DT, PE, SL, Ann, P

# Source simplified: annotated as traditional (OpenCC s2t), on the simplified text.
# The international part of the summary: support for peoples of Asia, Africa,
# Latin America; Mao's statement; diplomatic relations; the boundary questions.
A = Ann('gwr-063', 15984, 17877, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
ST = {'level': 'central', 'kind': 'state'}

# 周总理 (×17): the surname is the span, the whole optional (conventions)
i = A.simp.find('周总理')
while i >= 0:
    s(PE, '周', at=i, title='总理')
    s(PE, '周总理', False, at=i, title='总理')
    i = A.simp.find('周总理', i + 1)
# 毛主席 (×4): likewise
i = A.simp.find('毛主席')
while i >= 0:
    s(PE, '毛', at=i, title='主席')
    s(PE, '毛主席', False, at=i, title='主席')
    i = A.simp.find('毛主席', i + 1)
# 美帝国主义: the unquoted label of the adversary, optional kind term (round 17 r? cpc-006: 美帝),
# 美 inside it an optional one-character abbreviation (gwr-063: 美 in 美帝国主义)
i = A.simp.find('美帝国主义')
while i >= 0:
    s(SL, '美帝国主义', False, at=i, kind='term', quoted=False)
    s(P, '美', False, at=i)
    i = A.simp.find('美帝国主义', i + 1)
# 中印 (中印边界 ×4 and 中印边界问题): joined abbreviations, optional (round 2)
i = A.simp.find('中印')
while i >= 0:
    s(P, '中印', False, at=i)
    i = A.simp.find('中印', i + 1)
A.cur = 0

# 越南、老挝和柬埔寨
s(P, '越南'); s(P, '老挝'); s(P, '柬埔寨')
s(P, '中国', ctx='中国人民坚决支持越南')
s(P, '越南', ctx='越南人民'); s(P, '老挝', ctx='老挝人民'); s(P, '柬埔寨', ctx='柬埔寨人民')
s(P, '中国', ctx='中国主张')
s('FIGURE', '两次', False, value=2, approx='exact', unit='次', subject='日内瓦协议')  # undecided: the two Geneva accords (count or name part)
s(P, '日内瓦', False)  # a place at the start of a treaty name (round 2)
s(P, '印度支那')  # a region with a name (like 中东, r14b)
s(P, '美国', ctx='如果美国要扩大')
s(P, '印度支那', ctx='扩大印度支那战争')
s(P, '中国', ctx='中国绝对不会')
s(P, '美国', ctx='美国扩大战争')

# 朝鲜
s(P, '朝鲜', ctx='支持朝鲜人民')
s(P, '美国', ctx='反对美国占领')
s(P, '南朝鲜')
s(P, '朝鲜', False, ctx='南朝鲜')  # inside the longer name

# 日本
s(P, '日本', ctx='日本人民反对')
s(P, '亚洲', ctx='对亚洲的侵略')
s(P, '中国', ctx='中国人民坚决支持日本')
s(P, '日本', ctx='支持日本人民')

# 北加里曼丹 … 亚洲各国
s(P, '北加里曼丹')
s(P, '加里曼丹', False, ctx='北加里曼丹')
s(P, '印度尼西亚')
s(P, '美', False, ctx='美英帝国主义制造'); s(P, '英', False, ctx='美英帝国主义制造')  # one-character abbreviations
s(P, '马来西亚', False)  # undecided: the country named in scare quotes (not recognised by the speaker)
s(SL, '马来西亚', False, kind='term', quoted=True)
s(P, '阿拉伯', False, ctx='阿拉伯国家')  # optional at every occurrence (earlier rounds)
s(P, '美国', ctx='以美国为首')
s(P, '以色列')
s(P, '巴勒斯坦')
s(P, '阿拉伯', False, ctx='巴勒斯坦阿拉伯人民')
s(P, '亚洲', ctx='亚洲各国人民的反帝')

# 锡兰
s(P, '锡兰', ctx='敌视锡兰独立')
s(P, '美', False, ctx='美英帝国主义，正在'); s(P, '英', False, ctx='美英帝国主义，正在')
s(DEP, '锡兰政府', canonical='锡兰政府', **ST)  # the government of a named state (round 4/6)
s(P, '锡兰', False, ctx='锡兰政府')  # place at the start of an organ name
s(P, '锡兰', ctx='锡兰人民')

# 巴基斯坦
s(DEP, '巴基斯坦政府', canonical='巴基斯坦政府', **ST)
s(P, '巴基斯坦', False, ctx='巴基斯坦政府')
s(DT, '近年来', False)
s(P, '中国', ctx='坚持同中国')
s(P, '亚非', False, ctx='中国和亚非国家')  # joined abbreviation (round 2)
s(P, '巴基斯坦', ctx='巴基斯坦人民')
s(P, '亚非', False, ctx='亚非团结')

# 非洲
s(P, '非洲', ctx='支持非洲新兴')
s(P, '阿尔及利亚')
s(P, '非洲', ctx='为非洲民族解放运动')
s(P, '安哥拉')
s(P, '葡属几内亚')
s(P, '几内亚', False, ctx='葡属几内亚')
s(P, '莫三鼻给')
s(P, '西南非洲')
s(P, '非洲', False, ctx='西南非洲')
s(P, '贝专纳')
s(P, '巴苏陀兰')
s(P, '斯威士兰')
s(P, '南非')
s(P, '津巴布韦')

# 刚果
s(P, '比利时')
s(P, '英国', ctx='英国帝国主义')  # a country is required in 日本军国主义 (round 5)
s(P, '刚果', ctx='对刚果的直接')
s(P, '刚果', ctx='刚果人民加强')
s(P, '美国', ctx='打败美国侵略者及其走狗，赢得')

# 古巴
s(P, '古巴')
s(P, '美国', ctx='反对美国侵略、坚持')
s('FIGURE', '五项', False, value=5, approx='exact', unit='项', subject='正义要求')  # undecided: the count inside the name of Cuba's five demands
U('五项正义要求', 'formula', req=False)  # undecided: a foreign set of demands, unquoted
s(P, '拉丁美洲')

# 西欧、北美、大洋洲
s(P, '西欧', False, ctx='支持西欧、北美')  # undecided: a region without fixed boundary
s(P, '北美', ctx='西欧、北美、大洋洲')  # the continent (round 4: 北美洲)
s(P, '大洋洲')
s(P, '美国', ctx='支持美国黑人')

# 多边核力量计划
s(P, '美国', ctx='谴责美国的多边')
U('多边核力量计划', 'campaign', req=False)  # a foreign programme named without quotes (undecided)
s(P, '美国', ctx='这是美国企图')
s(P, '西德', ctx='武装西德军国主义')
s(P, '西欧', False, ctx='控制西欧国家')
s(P, '东欧', False, ctx='侵犯东欧国家')
s(P, '中国', ctx='中国人民坚决支持德意志')
s(P, '德意志民主共和国')
s(P, '西德', ctx='扶植西德军国主义')
s(P, '德', False, ctx='对德和约')  # one-character abbreviation

# heading and Mao's statement
s(DT, '几年来', False, ctx='毛主席几年来发表')
s(DT, '几年来', False, ctx='指出毛主席几年来')
s(P, '刚果（利）', False)  # the name with its bracket: optional whole (conventions: 禾木（吉克普林）)
s(P, '刚果', ctx='刚果（利）')
s(P, '利', False, ctx='（利）')  # one-character abbreviation of Léopoldville
s(P, '美国', ctx='反对美国侵略的声明')
# Mao's quoted call: a person's words, optional kind quotation; 美国 inside optional
Q('全世界人民团结起来，打败美国侵略者及其一切走狗！全世界人民要有勇气，敢于战斗，不怕困难，前赴后继，那末，全世界就一定是人民的。一切魔鬼通通都会被消灭。', 'quotation', req=False)
Q('全世界人民团结起来，打败美国侵略者及其一切走狗！全世界人民要有勇气，敢于战斗，不怕困难，前赴后继，那末，全世界就一定是人民的。一切魔鬼通通都会被消灭', 'quotation', req=False)
Q('全世界人民团结起来，打败美国侵略者及其一切走狗', 'directive', req=False)  # the call itself (undecided)
s(P, '美国', False, ctx='打败美国侵略者及其一切')

# heading 2 and the paragraph
U('现代修正主义', 'term', req=False, ctx='现代修正主义掀起的一次又一次的反华高潮，')
s(DT, '五年多来', False, ctx='五年多来，我国人民')
s('FIGURE', '五年多', False, ctx='五年多来，我国人民', value=5, approx='more_than', unit='年')  # duration
U('现代修正主义', 'term', req=False, ctx='现代修正主义掀起的一次又一次的反华高潮。')
F('五十个', 50, '个', '同我国建交的国家')  # 增加到: verb outside
F('一百二十多个', 120, '个', '同我国有着贸易和文化联系的国家和地区', ap='more_than')  # 达到: verb outside

# boundary questions
s(DT, '过去五年', False)
s('FIGURE', '五年', False, ctx='过去五年', value=5, approx='exact', unit='年')  # duration
s(P, '缅甸'); s(P, '尼泊尔'); s(P, '蒙古'); s(P, '巴基斯坦', ctx='巴基斯坦、阿富汗'); s(P, '阿富汗')
s('FIGURE', '一项', False, value=1, approx='exact', unit='项', subject='突出的成就')  # 一项 (round 2: 一个 optional)
s(P, '印度', ctx='同印度通过')
s(DEP, '印度政府', canonical='印度政府', ctx='但是，印度政府', **ST)
s(P, '印度', False, ctx='印度政府由于')
s(P, '麦克马洪线', False, ctx='所谓麦克马洪线以南的九万平方公里的中国')  # undecided: a boundary line's name
F('九万平方公里', 90000, '平方公里', '印度占领的中印边界东段麦克马洪线以南的中国领土')
s(P, '中国', ctx='九万平方公里的中国领土')
F('三万多平方公里', 30000, '平方公里', '印度要占领的中印边界西段的中国领土', ap='more_than')
s(P, '中国', ctx='三万多平方公里的中国领土')
s(P, '中国', ctx='中国境内')
F('七个', 7, '个', '要我们撤出的中国境内的民政点', ctx='七个民政点，作为')
s(DEP, '印度政府', canonical='印度政府', ctx='印度政府的这种态度', **ST)
s(P, '印度', False, ctx='印度政府的这种态度')
F('七个', 7, '个', '民政点', ctx='七个民政点，我们一个')  # the count repeated: still the measured number (decided here)
s('FIGURE', '一个', False, ctx='一个也不能撤', value=1, approx='exact', unit='个', subject='民政点')  # round 2: 一个 optional
s(DEP, '印度政府', canonical='印度政府', ctx='提醒印度政府', **ST)
s(P, '印度', False, ctx='印度政府，所谓')
s(P, '麦克马洪线', False, ctx='所谓麦克马洪线以南的九万平方公里的土地')
F('九万平方公里', 90000, '平方公里', '麦克马洪线以南的土地', ctx='九万平方公里的土地')
s(P, '中国', ctx='是中国的领土')
s(P, '中国', ctx='中国从来没有')
s(P, '印度', ctx='如果印度决心')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
