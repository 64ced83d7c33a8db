from _ann import CC, DEP, DT, Ann, P

# Xi Jinping's speech at the welcome banquet of US friendly groups, San Francisco,
# 15 Nov 2023 (news.cn text, paragraphs separated by `　　`), second range: from the
# third 女士们、先生们、朋友们！ (after the panda paragraph) through the five
# “我们致力于……” paragraphs (unity and the 14亿 population, the import expo,
# common prosperity and poverty alleviation, all-round development, harmony with
# nature and the carbon targets, peaceful development) and the paragraph on
# 新中国成立70多年来 and the international order, up to the last
# 女士们、先生们、朋友们！ (not included). Simplified.
A = Ann('xinhua-071', 3107, 4905)
s = A.s
F = A.figure
t = A.simp
U = A.unquoted
Q = A.quoted
IO = {'kind': 'international organisation'}
CPC = {'level': 'central', 'kind': 'party', 'canonical': '中国共产党'}

# 中国是世界上最大的发展中国家 … 14亿多中国人民的殷切心愿
F('14亿多', 1400000000, '', '中国人民', ap='more_than', ctx='是14亿多')
s(DEP, '中国共产党', False, **CPC)  # the Party as a whole (guide)
F('百年', 100, '年', '探索', req=False)  # a duration
F('一条', 1, '条', '发展道路', req=False, ctx='一条适合')  # 一条 / 一个: optional (earlier rounds)
U('中国式现代化')  # required as subject or object (round 14)
U('中华民族伟大复兴', req=False)
# 我们致力于团结奋斗 …
F('14亿', 1400000000, '', '中国人口', ctx='除以14亿')
F('14亿', 1400000000, '', '中国人口', ctx='乘以14亿')
s(DEP, '中国共产党', False, ctx='中国共产党领导', **CPC)
U('中国特色社会主义制度', req=False)
U('中国特色社会主义', req=False)
s(DT, '前不久', False)
# 第六届中国国际进口博览会: the expo is not annotated (round 12), 第六届 an ordinal
F('128个', 128, '个', '国家')
F('3400多家', 3400, '家', '企业', ap='more_than')
F('6届', 6, '届', '进博会', req=False)  # 连续6届: like 连续3年 (round 6), optional
F('14亿多', 1400000000, '', '中国人民', ap='more_than', ctx='14亿多中国人民迈向')
# 我们致力于共同富裕 …
U('共同富裕', req=False)
F('一个', 1, '个', '中国人', req=False, ctx='每一个中国人')
F('千年', 1000, '年', '梦想', req=False)
U('共同富裕', req=False, ctx='共同富裕，是')
F('不到16岁', 16, '岁', '年龄', ap='less_than', req=False)  # an age (round 10, optional)
s(P, '陕北', False)  # a region without fixed boundary, like 东北 (undecided)
F('一个', 1, '个', '小村子', req=False)
F('半个世纪', 50, '年', '', req=False)  # a duration
U('我将无我、不负人民', req=False)
s(DEP, '中共中央', **CC)  # an organ inside a title (canonical as the set's CC)
s(P, '中华人民共和国', False)  # the country in a position title (round 16)
F('1亿人', 100000000, '人', '贫困人口')
s(DEP, '联合国', False, **IO)
F('8年', 8, '年', '艰苦奋斗', req=False)  # a duration
F('10年', 10, '年', '提前', req=False)
s(DEP, '联合国', False, ctx='联合国2030年', **IO)
U('联合国2030年可持续发展议程', 'campaign', req=False)  # round 12
U('2030年可持续发展议程', 'campaign', req=False)
s(DT, '2030年', False, value='2030')  # a year inside a programme name (round 12)
F('1800多名', 1800, '名', '中共党员', ap='more_than')
s(DEP, '中共', False, ctx='中共党员', **CPC)
# 我们的目标不是少数人的富裕 …
U('共同富裕', req=False, ctx='全体人民共同富裕')
U('获得感、幸福感、安全感', req=False)
U('高质量发展', req=False)
s(DEP, '中国共产党', False, ctx='中国共产党的初心', **CPC)
# 我们致力于全面发展 …
Q('衣食足而知荣辱', 'quotation', req=False)  # a classical saying
U('中国式现代化', ctx='中国式现代化是以')
U('以人民为中心', req=False)
F('一个', 1, '个', '重要目标', req=False, ctx='一个重要目标')
U('全球文明倡议')
# 我们致力于永续发展 …
U('人与自然和谐共生', req=False)
Q('天人合一', 'term', req=False)  # quoted classical concepts (undecided)
Q('道法自然', 'term', req=False)
U('中华优秀传统文化', req=False)
F('一个', 1, '个', '地球村', req=False, ctx='同一个地球村')
F('一个', 1, '个', '星球', req=False, ctx='另一个星球')
F('一句', 1, '句', '话', req=False, ctx='一句话')
Q('地球不是我们从祖辈那里继承的，而是向我们的子孙借来的。', 'quotation', req=False)
Q('地球不是我们从祖辈那里继承的，而是向我们的子孙借来的', 'quotation', req=False)
s(DT, '2002年', value='2002')
s(P, '福建', ctx='福建担任')
s(P, '福建', ctx='福建要建成')
s(P, '浙江')
s(DT, '2005年', value='2005')
Q('绿水青山就是金山银山', 'formula')
F('接近一半', 0.5, '', '全球光伏发电装机容量', ap='less_than', req=False)  # a unitless ratio (guide: optional)
F('一半', 0.5, '', '全球光伏发电装机容量', ap='less_than', req=False)
F('一半以上', 0.5, '', '全球新能源汽车', ap='more_than', req=False)
F('四分之一', 0.25, '', '全球新增绿化面积')  # like 近四分之一 in xinhua-071-161-1975
s(DT, '2030年', value='2030', ctx='2030年前实现')
s(DT, '2030年前', False, value='2030')
U('碳达峰', req=False)
s(DT, '2060年', value='2060')
s(DT, '2060年前', False, value='2060')
U('碳中和', req=False)
# 我们致力于和平发展 …
U('人类命运共同体')
s(DT, '近代以后', False)
s(DT, '近代', False)
U('中华民族伟大复兴', req=False, ctx='中华民族伟大复兴的实现')
# 新中国成立70多年来 …
s(DT, '新中国成立70多年来', False)
s(P, '新中国', False)  # round 2
F('70多年', 70, '年', '', ap='more_than', req=False)  # a duration
F('一场', 1, '场', '战争和冲突', req=False)
U('以联合国为核心的国际体系', req=False)  # optional by earlier rounds (slip fixed after the first measurement)
s(DEP, '联合国', False, ctx='以联合国为核心', **IO)
U('以国际法为基础的国际秩序', req=False)  # optional, as in xinhua-036 (slip fixed after the first measurement)
s(DEP, '联合国', False, ctx='联合国宪章', **IO)
U('不称霸、不扩张', req=False)
U('对话而不对抗、结伴而不结盟', req=False)
U('合作共赢', req=False, ctx='合作共赢的开放战略')
U('人类命运共同体', ctx='推动构建人类命运共同体！')

# 中国 as the country: required at every occurrence, except inside 发展中国家 (no
# place), inside 中国式现代化 / 中国共产党 / 中国特色… (optional, round 6) and at the
# start of the expo's name (optional, round 12), and inside 新中国 (round 2).
OPT = ('中国式', '中国共产党', '中国特色', '中国国际进口')
i = t.find('中国')
while i >= 0:
    if t[i - 2:i] == '发展' or t[i - 1:i] == '新':
        if t[i - 1:i] == '新':
            s(P, '中国', False, at=i)
    else:
        s(P, '中国', not any(t.startswith(x, i) for x in OPT), at=i)
    i = t.find('中国', i + 1)
# 美国 (包括美国在内, 美国连续6届): the country, required.
i = t.find('美国')
while i >= 0:
    s(P, '美国', at=i)
    i = t.find('美国', i + 1)

if __name__ == '__main__':
    A.write()
    if '--review' in __import__('sys').argv:
        A.review()
