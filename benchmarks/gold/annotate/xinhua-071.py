from _ann import DEP, DT, PE, SL, Ann, P, all_occ

# Xi Jinping's speech at the welcome banquet of US friendly groups, San Francisco,
# 15 Nov 2023 (news.cn text, paragraphs separated by `　　`): from 很高兴在旧金山 through
# the four “中美关系的……是由人民……的” paragraphs (1985 and the first visit, the host
# organisations, the Pacific railway and Chinatown, trade and exchange figures, the
# UN Charter, the Flying Tigers, the Hump, the Doolittle raid, ping-pong diplomacy,
# the visitors, Iowa, the measures agreed with Biden), up to the second
# 女士们、先生们、朋友们！
A = Ann('xinhua-071', 161, 1975, script='traditional')
s = A.s
F = A.figure
t = A.simp
ORG = {'kind': 'organisation'}


def two(ctx=None):
    """两国 (中美两国, 我们两国, …): an anaphoric count, optional."""
    F('两国', 2, '国', '', req=False, ctx=ctx)


# 1985年我第一次访问美国 …
s(DT, '1985年', value='1985')
F('一张', 1, '张', '留影', req=False)
s(P, '金门大桥', False)  # a bridge: a structure, like venues
# the host organisations: foreign non-governmental bodies (undecided: optional)
s(DEP, '美中关系全国委员会', False, **ORG)
s(P, '美中', False)  # joined abbreviations (round 2)
s(DEP, '美中贸易全国委员会', False, **ORG)
s(P, '美中', False)
s(DEP, '亚洲协会', False, **ORG)
s(P, '亚洲', False)
s(DEP, '美国对外关系委员会', False, **ORG)
s(DEP, '美国商会', False, **ORG)
# 旧金山见证了中美两国人民百年交往的历史 …
two(ctx='中美两国人民百年')
F('百年', 100, '年', '交往', req=False)  # a duration
s(DT, '158年前', False)
F('158年', 158, '年', '', req=False)
s(P, '太平洋铁路', False)  # a railway line (undecided)
s(P, '太平洋', False, ctx='太平洋铁路')
s(P, '西半球', False)  # a region without fixed boundary
s(P, '唐人街', False)  # a district named generically (undecided)
two(ctx='中美两国之间')
F('7600亿美元', 760000000000, '美元', '中美双边贸易')
F('2600多亿美元', 260000000000, '美元', '中美累计双向投资', ap='more_than')
F('284对', 284, '对', '友好省州和友好城市关系')
F('300多个', 300, '个', '每周航班（最多）', ap='more_than')
F('500多万人次', 5000000, '人次', '每年相互往来', ap='more_than')
F('近四分之一', 0.25, '', '全世界人口', ap='less_than')
# 78年前 … 旧金山制宪会议 … 联合国
s(DT, '78年前', False)
F('78年', 78, '年', '', req=False)
s(P, '旧金山', False, ctx='旧金山制宪会议')  # a place at the start of a meeting name
s(DEP, '联合国', False, kind='international organisation', ctx='推动建立了联合国')
s(DEP, '联合国', False, kind='international organisation', ctx='《联合国宪章》')  # inside a title
s(DT, '二战后', False)
s(DT, '二战', False)
F('100多个', 100, '个', '相继获得民族独立的国家', ap='more_than')
F('几十亿', 1e9, '', '摆脱贫困的人口', ap='more_than', req=False)  # vague multiple (undecided)
# 第二次世界大战时期 … 陈纳德 … 飞虎队 … 驼峰航线
s(DT, '第二次世界大战时期', False)
s(DT, '第二次世界大战', False)
two(ctx='我们两国')
s(PE, '陈纳德', title='将军')
s(DEP, '飞虎队', False, kind='armed force', ctx='组成了著名的飞虎队')  # a foreign volunteer air unit (undecided)
s(P, '日本', ctx='对日本侵略者')
s(P, '驼峰航线', False)  # an air route (undecided)
F('1000多名', 1000, '名', '牺牲的中美机组人员', ap='more_than', ctx='1000多名中美机组')
s(P, '日本', ctx='日本偷袭')
s(P, '珍珠港')
s(DT, '1942年', value='1942')
s(DEP, '美国空军', False, kind='armed force')  # a foreign armed service by name (undecided, like 美军)
F('16架', 16, '架', 'B-25轰炸机')
s(P, '日本', ctx='奔袭日本')
s(PE, '杜立特', title='中校', ctx='杜立特中校')
s(DEP, '日军', False, kind='armed force')  # a foreign army by its short name (round 6: 美军)
s(P, '日', False, ctx='日军')
F('25万', 250000, '', '被屠杀的中国平民')
F('25万中国平民', 250000, '', '被屠杀的中国平民', req=False)
s(DEP, '飞虎队', False, kind='armed force', ctx='没有忘记飞虎队')
s(P, '重庆')
F('1000多名', 1000, '名', '受邀回到中国的飞虎队老兵及其家属', ap='more_than', ctx='1000多名飞虎队')
s(DEP, '飞虎队', False, kind='armed force', ctx='1000多名飞虎队')
s(DEP, '飞虎队', False, kind='armed force', ctx='飞虎队老兵、103')
F('103岁', 103, '岁', '莫耶的年龄', req=False)  # a person's age (undecided: optional, like ages in round 5)
s(PE, '莫耶')
F('98岁', 98, '岁', '麦克马伦的年龄', req=False)
s(PE, '麦克马伦')
s(P, '长城', False)  # a monument, like venues
s(P, '浙江衢州')
s(P, '浙江', False)
s(P, '衢州', False)
F('一个', 1, '个', '纪念馆', req=False, ctx='有一个杜立特')
s(DEP, '杜立特行动纪念馆', False, kind='museum')
s(P, '杜立特行动纪念馆', False)
s(PE, '杜立特', False, ctx='杜立特行动纪念馆')  # a person inside a name
s(DT, '当年', False, resolved='1942')
two(ctx='中美两国人民友谊')
# 中美关系的大门是由人民打开的 …
two(ctx='两国曾经')
F('22年', 22, '年', '隔绝对立', req=False)  # a duration
two(ctx='让两国打破')
s(DT, '1971年', value='1971')
s(P, '北京', ctx='来到北京')
s(PE, '曼斯菲尔德', title='先生')
# 美国国会议员: the organ inside a position title (guide), the legislature of a named
# state like 美国政府 (round 6)
s(DEP, '美国国会', level='central', kind='legislature', ctx='美国国会议员')
s(DEP, '国会', False, ctx='美国国会议员')
s(P, '艾奥瓦州', ctx='艾奥瓦州州长')
s(PE, '罗伯特·雷', title='艾奥瓦州州长')
s(P, '北京', ctx='我在北京')
s(PE, '基辛格', title='博士')
s(PE, '比尔·盖茨', title='先生')
s(PE, '舒默', title='先生')
s(PE, '纽森', title='州长')
s(SL, '中美关系希望在人民，基础在民间，未来在青年，活力在地方', False, kind='formula', quoted=False)  # undecided
s(P, '华', False, ctx='访华')
# 中美关系的故事是由人民书写的 …
s(P, '艾奥瓦州', ctx='住在艾奥瓦州')
s(PE, '德沃切克', title='夫妇')
s(P, '邦尼街2911号', False)  # a street address (undecided)
s(P, '邦尼街', False)
F('一段', 1, '段', '经历', req=False)
two(ctx='两国虽然')
s(P, '太平洋', ctx='宽广太平洋')
two(ctx='两国人民友好事业')
# 中美关系的未来是由人民创造的 …
s(SL, '寒蝉效应', False, kind='term', quoted=True)
s(DT, '今天', False, resolved='2023-11-15', ctx='我今天同拜登')
s(PE, '拜登', title='总统')
two(ctx='两国将推出')
two(ctx='两国人民多走动')
s(DT, '新时代', False)
two(ctx='两国人民友好的故事')
s(P, '加州')
# 旧金山 and 中国 as the city and the country: required at every occurrence, except
# at the start of the meeting name (above); 美国 likewise, except inside the optional
# names of organisations, of the air force and of the Congress, at the start of a
# delegation name (round 4) and in the position title 美国州长 (country in a title, round 1).
for w in ('旧金山', '中国'):
    i = t.find(w)
    while i >= 0:
        if not t.startswith('旧金山制宪会议', i):
            s(P, w, at=i)
        i = t.find(w, i + 1)
OPT_US = ('对外关系委员会', '商会', '空军', '乒乓球代表团', '国会', '州长')
i = t.find('美国')
while i >= 0:
    s(P, '美国', not any(t.startswith(x, i + 2) for x in OPT_US), at=i)
    i = t.find('美国', i + 1)
# 中美 (joined one-character abbreviations, round 2): optional everywhere
all_occ(A, P, '中美', False)

if __name__ == '__main__':
    A.write()
    if '--review' in __import__('sys').argv:
        A.review()
