from _ann import CC, DEP, DT, PE, Ann, P

# Xi Jinping's reply letter to the villagers who built and guard the Miyun reservoir,
# 30 Aug 2020 (jhsjk text, one line): the whole text: the letter with its signature
# and the Xinhua dateline, the news report (which repeats the letter), the history of
# the reservoir (1958, 1960, 1985) and the People's Daily source line. Annotated as
# traditional (OpenCC s2t of the source).
A = Ann('jhsjk2020-021', 0, 1034, script='traditional')
s = A.s
U, Q = A.unquoted, A.quoted
UNI = {'kind': 'university'}

F = A.figure


def reservoir():
    s(P, '密云水库', False)                  # a reservoir (round 3: optional)
    s(P, '密云', False)


def body():
    """The letter's text, printed twice (the letter, then the report's quotation): part one."""
    s(DT, '60年前', False)
    F('60年', 60, '年', '', req=False, ctx='60年前')   # a duration
    s(DEP, '党中央', **CC)
    reservoir()                               # 修建密云水库大会战
    s(DT, '60年来', False)
    F('60年', 60, '年', '', req=False, ctx='60年来')
    s(P, '首都', False, ctx='为首都')          # the capital for Beijing (undecided)


def body_b():
    U('功在当代、利在千秋', 'directive', req=False)   # a set phrase (undecided)
    s(P, '北京', ctx='北京一万')
    F('一万多平方公里', 10000, '平方公里', '北京山区面积', ap='more_than')
    s(P, '首都', False, ctx='是首都重要')
    reservoir()                               # 惦念着密云水库
    s(DT, '当年', False, ctx='当年修建', resolved='1958')
    reservoir()                               # 当年修建密云水库
    s(P, '北京', ctx='北京重要的地表')
    reservoir()                               # 守护好密云水库
    U('美丽北京', req=False)                   # like 美丽中国 (round 4: optional)
    s(P, '北京', False, ctx='美丽北京')


def body2():
    # 各级党委和政府: generic (none)
    U('生态文明思想')                          # the designation of the thought (short of 习近平生态文明思想)
    U('生态文明建设', req=False)               # a policy phrase
    U('生态优先、绿色发展', req=False)         # a standard wording (undecided)
    U('绿水青山', req=False)                   # round 11: the first half of the formula


# the letter
body()
body_b()
body2()
s(PE, '习近平')                                # signature
s(DT, '2020年8月30日', value='2020-08-30')
# （新华社北京8月31日电）
s(DEP, '新华社', False, kind='media')
s(P, '北京', ctx='新华社北京8月31日')
s(DT, '8月31日', value='--08-31', resolved='2020-08-31')
# the report: 新华社北京8月31日电 在密云水库建成60周年之际，…习近平8月30日给…乡亲们回信
s(DEP, '新华社', False, kind='media')
s(P, '北京', ctx='新华社北京8月31日')
s(DT, '8月31日', value='--08-31', resolved='2020-08-31')
reservoir()
F('60周年', 60, '周年', '密云水库建成', req=False)   # an anniversary
A.leader()
s(DT, '8月30日', value='--08-30', resolved='2020-08-30')
reservoir()
s(PE, '习近平', ctx='习近平在回信中说')
body()
s(PE, '习近平', ctx='习近平指出')
body_b()
s(PE, '习近平', ctx='习近平强调')
body2()
# 1958年，为消除潮白河水患、解决京津地区水荒，京津冀20万建设大军会战燕山脚下，修建密云水库，
# 实现了“一年拦洪两年建成”的目标。
s(DT, '1958年', value='1958')
s(P, '潮白河')
s(P, '京津地区', False)                        # a region named by joined abbreviations (undecided)
s(P, '京津', False)
s(P, '京津冀', False)                          # joined abbreviations (round 2)
F('20万', 200000, '', '建设大军')
F('20万建设大军', 200000, '', '建设大军', req=False)
s(P, '燕山')
reservoir()
Q('一年拦洪两年建成', 'directive')              # the quoted target of the construction; no FIGURE inside
s(DT, '1960年', value='1960')
reservoir()
s(DT, '1985年', value='1985')
s(P, '首都', False, ctx='向首都')
s(DT, '党的十八大以来', False)
s(DEP, '党的十八大', False, kind='party')       # round 13: like 党的二十大
s(DT, '党的十八大', False)
s(DT, '十八大', False)
s(P, '北京市')                                 # the city (and its government) as actor
s(DEP, '北京市', False, level='province', kind='state')
s(P, '北京', False, ctx='北京市、密云区')
s(P, '密云区')
s(DEP, '密云区', False, level='county', kind='state')
s(P, '密云', False, ctx='密云区')
Q('绿水青山就是金山银山')                       # round 7: the quoted formula (…发展理念)
s(P, '首都', False, ctx='确保了首都')
# 《 人民日报 》（ 2020年09月01日 01 版）
s(DEP, '人民日报', False, kind='media')
s(DT, '2020年09月01日', value='2020-09-01')

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
