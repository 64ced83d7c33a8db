from _ann import CC, DEP, DT, PE, SL, Ann, P, all_occ

# Round 25: the 1979 State Council report, section 一 after the review (the shift of the
# work's focus, 四个现代化 from 1964 and 1975, the main task, the classes); a separate
# range right after the gold [428, 2545).
A = Ann('gwr-060', 2547, 4867, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
NPC = {'level': 'central', 'kind': "people's congress", 'canonical': '全国人民代表大会'}

# The faction label at every occurrence (round 1: a quoted label, optional)
all_occ(A, SL, '四人帮', False, kind='term', quoted=True)
all_occ(A, PE, '林彪')  # cpc-006: required
_q = A.simp.find('四个现代化之日')
all_occ(A, SL, '四个现代化', True, within=[(0, _q), (_q + 1, len(A.simp))], kind='formula', quoted=False)  # round 1: the fixed formula
U('四个现代化', req=False, at=_q)  # inside a quoted slogan: optional
A.cur = 0

# 总之，经过粉碎“四人帮”以来两年多的努力 …
s(DT, '粉碎“四人帮”以来', False)  # event-anchored time
s('FIGURE', '两年多', False, value=2, approx='more_than', unit='年')  # a duration
s(DT, '中国共产党第十一次全国代表大会', False)  # a congress used as an actor/time (like 十一届三中全会)
s(DEP, '中国共产党', False, level='central', kind='party')  # the Party as a whole
s(P, '中国', False, ctx='中国共产党第十一次')  # a place at the start of a name
s(DT, '第五届全国人民代表大会第一次会议', False)
s(DEP, '全国人民代表大会', ctx='第五届全国人民代表大会', **NPC)  # organ with its term ordinal
U('社会主义现代化建设', req=False)
# 毛泽东同志在建国初期 …
s(PE, '毛泽东', title='同志')
s(DT, '建国初期', False)
s(PE, '毛泽东', title='同志', ctx='在毛泽东同志和周恩来')
s(PE, '周恩来', title='同志')
U('农村社会主义教育运动', 'campaign', req=False)  # a historical campaign's name, unquoted (undecided)
U('社会主义教育运动', 'campaign', req=False)  # the campaign's name inside it: optional (nesting)
s(P, '旧中国', False)  # 旧中国 optional (README), and the 中国 in it
s(P, '中国', False, ctx='旧中国')
s(DT, '一九六四年底', False, value='1964')
s(DT, '一九六四年', value='1964')  # the bare date is the span
s(DEP, '全国人民代表大会', ctx='第三届全国人民代表大会', **NPC)
s(PE, '周恩来', title='同志', ctx='周恩来同志根据')
s(DEP, '中共中央', **CC)
s(PE, '毛泽东', title='同志', ctx='和毛泽东同志的意见')
s(DT, '本世纪末', False, value='2000')
s(DT, '一九七五年', value='1975')
s(DEP, '全国人民代表大会', ctx='第四届全国人民代表大会', **NPC)
s(PE, '周恩来', title='同志', ctx='周恩来同志重新')
Q('四个现代化之日，就是资本主义复辟之时', 'quotation', req=False)  # the faction's words quoted
U('极左路线', 'term', req=False)
# 当前以及今后 …
s(DT, '本世纪内', False, value='2000')
s(DEP, '中国共产党', False, ctx='在中国共产党的领导下', level='central', kind='party')
s(P, '中国', False, ctx='中国共产党的领导下')
s(PE, '毛泽东', title='伟大领袖、同志', ctx='伟大领袖毛泽东同志')
s(PE, '周恩来', title='同志', ctx='周恩来同志、朱德')
s(PE, '朱德', title='同志')
s('FIGURE', '半个多世纪', False, value=0.5, approx='more_than', unit='世纪')  # a duration (README)
U('新民主主义革命', 'term', req=False)
s(P, '中国', ctx='使中国成为')
s('FIGURE', '三十年', False, ctx='快三十年', value=30, approx='exact|less_than', unit='年')  # a duration
s(P, '中国', ctx='对不起中国和世界')
s(P, '世界', False, ctx='和世界的社会主义')
U('安定团结', req=False, ctx='安定团结地发展')
s(DEP, '全国人民代表大会', ctx='全国人民代表大会的这一次会议', **NPC)
# 这里有必要 … 阶级斗争问题
s(P, '台湾', ctx='除台湾外')
s(P, '中华人民共和国')
s('FIGURE', '近三十年', False, value=30, approx='less_than', unit='年')  # a duration
U('无产阶级专政', 'term', req=False, ctx='实行无产阶级专政')
Q('使资产阶级既不能存在，也不能再产生', 'quotation', req=False)  # a quoted classic's words

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
