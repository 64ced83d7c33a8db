from _ann import CC, DEP, DT, PE, Ann, P

A = Ann('prov2026-021', 19089, 21039, script='traditional')
s = A.s
U, Q = A.unquoted, A.quoted
HNPC = {'level': 'province', 'kind': 'party', 'canonical': '中共湖南省委'}
MASS = {'kind': 'mass organisation'}
def fyp():  # “十五五”: a five-year-plan period, optional as DATE and SLOGAN kind period
    Q('十五五', 'period', req=False)
    s(DT, '十五五', False, value='2026/2030')
# (十) safety and stability
U('总体国家安全观')  # a standard doctrine name, unquoted (like 新发展理念)
Q('三全')  # “三全”债务改革: a quoted numbered formula
U('中小金融机构减量提质行动', 'campaign', req=False)
Q('白名单', 'term', req=False)  # a quoted designation of a financing list (coinage)
Q('好房子', 'term', req=False)  # a quoted coinage
Q('三保')  # 基层“三保”: a quoted numbered formula
U('过紧日子', req=False)
U('治本攻坚行动', 'campaign', req=False)
Q('一件事', 'campaign', req=False)  # undecided, as in round 6
Q('一部一基地六中心', 'campaign')  # a quoted coded programme name, no FIGURE
Q('三查一曝光两闭环')
Q('三管三必须')
U('新时代', req=False, ctx='新时代“枫桥经验”')
s(DT, '新时代', False)
Q('枫桥经验')
s(P, '枫桥', False)
Q('321')  # “321”工作机制: a quoted coded formula, no FIGURE
Q('天网工程', 'campaign')
U('扫黑除恶', 'campaign', req=False)
fyp()
# ethnic affairs, other work, mass organisations
s(P, '港澳', False)
s(P, '藏', False, ctx='援藏')
s(P, '疆', False, ctx='援疆')
s(P, '台', False, ctx='对台')
s(DEP, '工会', False, **MASS)  # generic noun (round 3)
s(DEP, '共青团', canonical='中国共产主义青年团', **MASS)
s(DEP, '妇联', canonical='妇女联合会', **MASS)
# named bodies listed with 妇联 as 群团组织: required by analogy (round 3's rule for 工商联)
s(DEP, '残联', canonical='残疾人联合会', **MASS)
s(DEP, '贸促会', canonical='国际贸易促进委员会', **MASS)
s(DEP, '红十字会', **MASS)
s(DEP, '计生协', canonical='计划生育协会', **MASS)
s(DEP, '科协', canonical='科学技术协会', **MASS)
# defence
U('习近平强军思想')
s(PE, '习近平', False)
U('新时代军事战略方针', req=False)
U('新时代', req=False, ctx='新时代军事战略方针')
s(DT, '新时代', False, ctx='新时代军事战略方针')
U('军民融合发展', req=False)
U('一体化国家战略体系和能力', req=False)
Q('双拥')  # quoted: a standard formula (unquoted it is optional, round 3)
# 四、the government's self-building
Q('两个确立')
Q('两个维护')
U('政治判断力、政治领悟力、政治执行力', req=False)
U('人民至上', req=False)
U('依法行政', req=False)
U('法治政府建设', req=False)
U('法治政府', req=False)
# the standard long form of 中央八项规定精神 (required, round 3): required; the short names inside optional
U('中央八项规定及其实施细则精神')
U('中央八项规定', req=False)
s(DEP, '中央', False, ctx='中央八项规定', level='central', kind='party')
U('廉洁政府', req=False)
U('全过程人民民主')  # a standard formula, unquoted
s(DEP, '人大', False, ctx='人大监督', kind="people's congress")
s(DEP, '政协', False, ctx='政协民主监督', kind='cppcc')  # bare 政协 (undecided, optional)
s(DEP, '民主党派', False)  # generic (round 3)
s(DEP, '工商联', level='province', canonical='湖南省工商业联合会', **MASS)  # round 3
# 各位代表！
Q('一发中的', 'term', req=False)  # quoted idioms and metaphors: optional, kind term
Q('舍我其谁', 'term', req=False)
U('正确政绩观', req=False)
U('为人民出政绩、以实干出政绩', req=False)
Q('先人一步', 'term', req=False)
Q('深水区', 'term', req=False)
Q('无人区', 'term', req=False)
s(P, '湖南', ctx='湖南特色')
s(P, '湖南', ctx='湖南标识')
Q('万众一心', 'term', req=False)
# closing
U('以习近平同志为核心的党中央', req=False)
s(PE, '习近平', title='同志')
s(DEP, '党中央', **CC)
s(DEP, '中共湖南省委', **HNPC)
s(DEP, '湖南省委', False, **HNPC)
s(P, '湖南', False, ctx='湖南省委')
Q('九个必须')
Q('开局八好')
fyp()
Q('三高四新')
U('中国式现代化')
s(P, '中国', False, ctx='中国式现代化')
s(P, '湖南', ctx='湖南篇章')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
