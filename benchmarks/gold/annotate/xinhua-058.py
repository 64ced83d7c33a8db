from _ann import DEP, DT, PE, SL, Ann, P, all_occ

# Xi Jinping's keynote speech at the opening of the 10th ministerial conference of the
# China-Arab States Cooperation Forum, Beijing, 30 May 2024 (news.cn text, paragraphs
# separated by `　　`, no line breaks): from the salutation (尊敬的哈马德国王 … 阿盟秘书长盖特先生)
# to the end: the history of China-Arab relations (2022年12月, 沙特利雅得, the first and second
# summits), the four “把中阿关系建设成…” paragraphs, the “八大共同行动” and the five
# “合作格局” with their figures, the Middle East paragraph (巴以冲突, “两国方案”, 1967年,
# 东耶路撒冷, 巴勒斯坦国, 加沙, the UNRWA and its aid figures) and the close.
A = Ann('xinhua-058', 157, 2426, script='traditional')
s = A.s
F = A.figure
t = A.simp
INT = {'kind': 'international organisation'}

# Joined and one-character abbreviations used alone are optional (round 2: 中阿; round 1: 华 in 访华):
# 中阿 everywhere, 中 in 中方 and 阿 in 阿方, 巴以.
all_occ(A, P, '中阿', False)
i = t.find('中方')
while i >= 0:
    s(P, '中', False, at=i)
    i = t.find('中方', i + 1)
i = t.find('阿方')
while i >= 0:
    s(P, '阿', False, at=i)
    i = t.find('阿方', i + 1)
# 阿拉伯 (the Arab world: 阿拉伯国家, 阿拉伯朋友, 阿拉伯谚语): a region by its people's name,
# no fixed boundary and no state of that name. Optional (undecided).
all_occ(A, P, '阿拉伯', False)
A.cur = 0

# The salutation: foreign heads of state with their titles (round 10: foreign persons are required).
s(PE, '哈马德', title='国王')
s(PE, '塞西', title='总统')
s(PE, '赛义德', title='总统')
s(PE, '穆罕默德', title='总统')
s(DEP, '阿盟', False, canonical='阿拉伯国家联盟', **INT)  # an international organisation (guide: optional)
s(PE, '盖特', title='阿盟秘书长')
# 很高兴出席中阿合作论坛部长级会议开幕式
s(DEP, '中阿合作论坛', False, **INT)
s(P, '中国', ctx='中国和中国人民')
s(P, '中国', ctx='中国人民同')
s(P, '丝绸古道', False)  # a literary name of the old trade route (undecided, like 驼峰航线)
s(DT, '新世纪以来', False)
s(DT, '新世纪', False)
s(DT, '2022年12月', value='2022-12')
s(P, '沙特利雅得')  # a country and its capital: one chain (round 10: 越南河内)
s(P, '沙特', False)
s(P, '利雅得', False)
s(DT, '新时代', False, ctx='面向新时代')
s(SL, '新时代', False, kind='term', quoted=False)
# 中阿命运共同体: the designation of the bilateral community; undecided, optional at every
# occurrence (round 8: 全球发展共同体 optional; 人类命运共同体 is required by round 1).
all_occ(A, SL, '中阿命运共同体', False, kind='formula', quoted=False)
A.cur = t.find('中方对首届')
s('FIGURE', '一座', False, value=1, approx='exact', unit='座', subject='里程碑')
A.cur = t.find('在此，我高兴')
s(DT, '2026年', value='2026')
s(P, '中国', ctx='在中国举办')
# 当前，世界百年变局正在加速演进，中国和阿拉伯国家…
s(SL, '世界百年变局', False, kind='formula', quoted=False)  # a variant wording of 世界百年未有之大变局 (undecided)
s(SL, '百年变局', False, kind='formula', quoted=False)
s('FIGURE', '百年', False, value=100, approx='exact', unit='年', subject='变局', ctx='百年变局')
s(P, '中国', ctx='中国和阿拉伯国家都')
# 尊重联合国宪章宗旨和原则 (round 4: optional)
s(SL, '联合国宪章宗旨和原则', False, kind='formula', quoted=False)
s(DEP, '联合国', False, ctx='联合国宪章', **INT)
# 高质量共建“一带一路”
s(SL, '一带一路', kind='formula', quoted=True)
s(SL, '丝路精神', False, kind='formula', quoted=False)  # a named spirit (like 万隆精神, undecided)
s(SL, '全人类共同价值', False, kind='formula', quoted=False)  # round 1: optional
s(DT, '新时代', False, ctx='新时代典范')
s(SL, '新时代', False, kind='term', quoted=False)
s(SL, '治理赤字、信任赤字、和平赤字、发展赤字', False, kind='formula', quoted=False)  # undecided
s(SL, '共商共建共享原则', False, kind='formula', quoted=False)  # undecided (round 1 requires …的全球治理观)
s(SL, '共商共建共享', False, kind='formula', quoted=False)
s(SL, '平等有序的世界多极化和普惠包容的经济全球化', False, kind='formula', quoted=False)  # undecided
s(SL, '南南合作', False, kind='term', quoted=False)  # round 4: optional
# 首届中阿峰会期间 … “八大共同行动” (a quoted programme name: required, no FIGURE)
s(DT, '首届中阿峰会期间', False)
s(SL, '八大共同行动', kind='campaign', quoted=True)
s(DT, '一年多来', False)
s('FIGURE', '一年多', False, value=1, approx='more_than', unit='年', subject='')
s(SL, '一带一路', kind='formula', quoted=True)
s(SL, '小而美', False, kind='term', quoted=True)  # round 1: a quoted coinage
s(SL, '八大共同行动', kind='campaign', quoted=True)
s(SL, '五大合作格局', kind='formula', quoted=True)  # a quoted numbered formula (round 2)
# 一是 … 共建10家联合实验室
F('10家', 10, '家', '中阿共建联合实验室')
s(DEP, '空间碎片联合观测中心', False, kind='institute')  # research centres (optional, like institutes)
s(DEP, '北斗应用合作发展中心', False, kind='institute')
# 二是 … 中阿银联体 (an association of banks: enterprises / an international body, optional)
s(DEP, '中阿银联体', False, kind='alliance')
s(P, '中东', False, ctx='中东工业化')  # a region at the start of a programme name
s(P, '华', False, ctx='在华发行')  # round 1: 华 optional
s(SL, '熊猫债', False, kind='term', quoted=True)  # a quoted name of a class of bonds (undecided: a product)
s(DEP, '人民币跨境支付清算系统', False, kind='system')  # a payment system (undecided)
# 三是 … 中国能源企业 … 超过300万千瓦
s(P, '中国', ctx='中国能源企业')
F('超过300万千瓦', 3000000, '千瓦', '中国企业参与的阿拉伯国家可再生能源项目总装机容量', ap='more_than')
F('300万千瓦', 3000000, '千瓦', '中国企业参与的阿拉伯国家可再生能源项目总装机容量', ap='exact|more_than', req=False)
# 四是 … 30亿元人民币
F('30亿元人民币', 3000000000, '元人民币', '发展合作项目')
F('30亿元', 3000000000, '元', '发展合作项目', req=False)
s(P, '中国', False, ctx='中国国际进口博览会')  # a place at the start of an event name (round 4)
# 五是 … “全球文明倡议中国－阿拉伯中心” (the quoted name of a centre to be set up)
s(DEP, '全球文明倡议中国－阿拉伯中心', False, kind='institute')
s(SL, '全球文明倡议中国－阿拉伯中心', False, kind='term', quoted=True)  # undecided: a name, not a formula
s(SL, '全球文明倡议', False, kind='formula', quoted=False)  # inside a quoted name: optional
s(P, '中国', False, ctx='倡议中国－阿拉伯')
s(DEP, '中阿改革发展研究中心', False, kind='institute')
F('200名', 200, '名', '每年邀请阿方政党领导人访华')
s(P, '华', False, ctx='访华')
s(DT, '未来5年', False)
s('FIGURE', '5年', False, value=5, approx='exact', unit='年', subject='', ctx='未来5年')  # a duration
F('1000万', 10000000, '', '游客互访')
F('1000万游客', 10000000, '', '游客互访', req=False)
# 中东是一片发展沃土 … 去年10月以来，巴以冲突
s(P, '中东', False)  # a region without fixed boundary (round 8: 中亚)
s('FIGURE', '一片', False, value=1, approx='exact', unit='片', subject='发展沃土')
s(DT, '去年10月以来', False)
s(DT, '去年10月', False)
s(DT, '去年', False, value='2023', resolved='2023')
s(DT, '10月', value='--10', resolved='2023-10')  # round 4: the bare month after 去年
s(P, '巴以', False)
s(SL, '两国方案', kind='formula', quoted=True)  # a quoted formula; 两国 is no FIGURE
s(DT, '1967年', value='1967')
s(P, '东耶路撒冷')
s(P, '耶路撒冷', False)
s(P, '巴勒斯坦国')
s(P, '巴勒斯坦', False, ctx='巴勒斯坦国')
s(P, '巴勒斯坦', ctx='支持巴勒斯坦成为')
s(DEP, '联合国', False, ctx='联合国正式会员国', **INT)
F('1亿元人民币', 100000000, '元人民币', '前期紧急人道主义援助')
F('1亿元', 100000000, '元', '前期紧急人道主义援助', req=False)
F('5亿元人民币', 500000000, '元人民币', '再提供援助')
F('5亿元', 500000000, '元', '再提供援助', req=False)
s(P, '加沙', ctx='加沙人道主义危机')
s(DEP, '联合国近东巴勒斯坦难民救济和工程处', False, canonical='联合国近东巴勒斯坦难民救济和工程处', **INT)
s(DEP, '联合国', False, ctx='联合国近东', **INT)
s(P, '近东', False)
s(P, '巴勒斯坦', False, ctx='近东巴勒斯坦难民')  # inside an organisation's name
F('300万美元', 3000000, '美元', '向联合国近东巴勒斯坦难民救济和工程处提供的捐款')
s(DEP, '工程处', False, ctx='支持工程处', **INT)  # the short anaphoric form of the UNRWA
s(P, '加沙地区')  # the longest name (round 8: 和田地区), 加沙 optional
s(P, '加沙', False, ctx='加沙地区')
s(SL, '中阿友好精神', False, kind='formula', quoted=False)  # a named spirit (undecided)

if __name__ == '__main__':
    A.write()
