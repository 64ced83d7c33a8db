from _ann import DEP, DT, PE, Ann, P

# Xi Jinping's New Year address for 2024, 31 Dec 2023 (news.cn text, paragraphs separated by
# two em spaces, no line breaks): the whole text (1,730 characters), annotated as traditional
# script (OpenCC s2t of the simplified source). It holds the dateline (北京12月31日), the
# announcement and the photo caption (国家主席习近平, 中央广播电视总台, 二〇二四年, the photo credit
# 鞠鹏), the review of 2023 (“二十连丰”, 东北, 雄安新区, 长江经济带, 粤港澳大湾区, C919,
# “奋斗者”号, 中国制造, 成都 / 杭州 games, “村超” / “村晚”, 黄河 / 长江, 良渚, 二里头, 殷墟,
# 三星堆, 国家版本馆, 中国－中亚峰会, “一带一路” forum), the year ahead (新中国成立75周年,
# 中国式现代化, 新发展理念, 新发展格局, 香港 / 澳门, 两岸) and the wishes (人类命运共同体).
A = Ann('xinhua-065', 0, 1730, script='traditional')
s = A.s
F = A.figure
U, Q = A.unquoted, A.quoted
MEDIA = {'kind': 'media'}
NEWYEAR = {'value': '--01-01', 'resolved': '2024-01-01'}
EVE = {'value': '--12-31', 'resolved': '2023-12-31'}
YEAR = {'value': '2023', 'resolved': '2023'}


def announce(caption):
    """新年前夕，国家主席习近平通过中央广播电视总台和互联网，发表（了）二〇二四年新年贺词 (xinhua-000)."""
    s(DT, '新年前夕', False, **EVE)
    s(DT, '新年', False, **NEWYEAR)  # a festival name (xinhua-000: optional)
    s(PE, '习近平', title='国家主席')
    s(DEP, '中央广播电视总台', False, canonical='中央广播电视总台', **MEDIA)  # media (optional)
    s(DT, '二〇二四年', value='2024')  # the year of the address (xinhua-000: required)
    s(DT, '新年', False, ctx='新年贺词', **NEWYEAR)
    if caption:
        s(DEP, '新华社', False, ctx='新华社记者', **MEDIA)
        s(PE, '鞠鹏')  # photo credit (round 1: required)


# The dateline
s(DEP, '新华社', False, **MEDIA)
s(P, '北京')
s(DT, '12月31日', **EVE)
announce(False)
# 大家好！冬至阳生，岁回律转 …
s(DT, '冬至', False)  # a solar term (undecided: a calendar expression without a fixed date)
s(P, '北京', ctx='我在北京')
s(DT, '新年', False, ctx='新年的祝福', **NEWYEAR)
announce(True)  # the photo caption
s(DT, '2023年', value='2023')
F('一年', 1, '年', '', req=False, ctx='一年的不易')  # a duration (optional)
# 这一年的步伐 … (×4)
s(DT, '这一年', False, **YEAR)
F('一年', 1, '年', '', req=False, ctx='这一年')
U('高质量发展', 'term', False)  # round 2: optional at every occurrence
U('现代化产业体系', 'term', False)  # a policy phrase (undecided)
F('一批', 1, '批', '新型支柱产业', req=False)  # round 2: optional
Q('二十连丰', 'term', False)  # like “二十二连丰” (r-round: optional term, no FIGURE)
U('绿水青山', 'formula', False)  # xinhua-000: optional (undecided)
U('乡村振兴', 'term', False)  # optional (earlier rounds)
s(P, '东北', False)  # a region without fixed boundary (round 2)
U('东北全面振兴', 'term', False)  # a regional strategy's wording (undecided)
s(P, '雄安新区')  # a named new area
s(P, '雄安', False)
s(P, '长江经济带')  # required (a region with defined membership)
s(P, '长江', False, ctx='长江经济带')
s(P, '粤港澳大湾区')  # r7o: standing alone required
s(P, '粤港澳', False)
s(P, '中国', ctx='中国经济')  # the country
s(DT, '这一年', False, ctx='这一年的步伐，我们走得很有力量', **YEAR)
F('一年', 1, '年', '', req=False, ctx='这一年的步伐，我们走得很有力量')
s(P, '中国', ctx='中国的创新')
# C919 (an aircraft model), 神舟 (craft), “奋斗者”号 (a quoted name of a device: guide, not a
# SLOGAN): not annotated; 一机难求 is an idiom.
s(P, '中国', ctx='中国制造')  # r7p: the country's manufacturing
s(P, '中国', ctx='中国以自强')
s(DT, '这一年', False, ctx='这一年的步伐，我们走得很见神采', **YEAR)
F('一年', 1, '年', '', req=False, ctx='这一年的步伐，我们走得很见神采')
s(P, '成都', False)  # a city at the start of an event name (round 4, r7n)
s(P, '杭州', False)
Q('村超', 'term', False)  # quoted event brands (round 3: “村BA”; xinhua-000)
Q('村晚', 'term', False)
F('一个', 1, '个', '', req=False, ctx='一个活力满满')  # an article (round 2: optional)
s(P, '中国', ctx='热气腾腾的中国')
s(DT, '这一年', False, ctx='这一年的步伐，我们走得很显底气', **YEAR)
F('一年', 1, '年', '', req=False, ctx='这一年的步伐，我们走得很显底气')
s(P, '中国', ctx='中国是一个')
F('一个', 1, '个', '', req=False, ctx='一个伟大的国度')
s(P, '江南', False)  # a region without fixed boundary
s(P, '黄河')  # the rivers themselves (round 10: rivers are places)
s(P, '长江', ctx='长江奔流')
s(P, '良渚', False)  # archaeological sites (round 10: optional)
s(P, '二里头', False)
s(P, '殷墟', False)
s(P, '三星堆', False)
s(P, '国家版本馆', False)  # like 中国国家版本馆 (round 7: optional as PLACE and DEPARTMENT)
s(DEP, '国家版本馆', False)
s(P, '中华', False, ctx='泱泱中华')  # a name of China (like 神州, 九州: optional)
s(P, '中国', ctx='中国不仅')
s(P, '中国', False, ctx='中国－中亚峰会')  # places inside an event name (round 4)
s(P, '中亚', False)
Q('一带一路')  # a quoted formula inside a forum's name stays required (round 2)
s(P, '中国', ctx='中国主张')
U('和平发展', 'term', False)  # set phrases (undecided)
U('合作共赢', 'term', False)
F('每一个', 1, '个', '平凡的人', req=False)
F('一个', 1, '个', '平凡的人', req=False, ctx='每一个')
s(DT, '明年', False, value='2024', resolved='2024')
s(P, '新中国', False)
s(P, '中国', False, ctx='新中国成立')
F('75周年', 75, '周年', '新中国成立', req=False)  # an anniversary
U('中国式现代化')  # as object (r7n: required)
s(P, '中国', False, ctx='中国式现代化')
U('新发展理念')
U('新发展格局')
U('高质量发展', 'term', False)
U('统筹好发展和安全', 'term', False)  # a variant of 统筹发展和安全 (r7n: optional)
U('稳中求进、以进促稳、先立后破', 'formula', False)  # the standard wording of 2023 (undecided)
U('稳中求进', 'formula', False)
U('全面深化改革开放', 'term', False)  # xinhua-000: optional
s(P, '香港', ctx='香港、澳门')
s(P, '澳门', ctx='香港、澳门')
U('祖国统一', 'term', False)  # undecided
s(P, '两岸', False)  # round 10: optional (undecided)
U('民族复兴', 'term', False)
s(P, '中国', ctx='中国人民深知')
U('以人类前途为怀、以人民福祉为念', 'formula', False)  # undecided
U('人类命运共同体')
# 万家灯火, 福暖四季: idioms, no FIGURE.

if __name__ == '__main__':
    A.write()
