from _ann import DEP, DT, PE, Ann, P

# Xi Jinping's reply letter to the graduates of the Karamay campus of the China
# University of Petroleum (Beijing), 7 Jul 2020 (jhsjk text, one line): the whole text:
# the letter with its signature and the Xinhua dateline, the news report (which repeats
# the letter), the background (2016年, 435名, 16个省份, 接近85%, 118人) and the
# People's Daily source line. Annotated as traditional (OpenCC s2t of the source).
A = Ann('jhsjk2020-029', 0, 1062, script='traditional')
s = A.s
U, Q = A.unquoted, A.quoted
UNI = {'kind': 'university'}

F = A.figure


def campus():
    """中国石油大学（北京）克拉玛依校区: a university's campus (universities optional, round 9)."""
    s(DEP, '中国石油大学（北京）克拉玛依校区', False, **UNI)
    s(DEP, '中国石油大学（北京）', False, **UNI)
    s(DEP, '中国石油大学', False, **UNI)
    s(P, '中国', False, ctx='中国石油大学')        # a place at the start of a name
    s(P, '北京', False, ctx='（北京）')             # the seat in brackets, inside the name (undecided)
    s(DEP, '克拉玛依校区', False, **UNI)
    s(P, '克拉玛依', False)                          # a city inside the campus's name (undecided)


def part_a():
    F('118名', 118, '名', '毕业后将奔赴新疆基层工作的同学')
    s(P, '新疆', ctx='新疆基层')
    s(P, '西部', False, ctx='西部建设者')            # a region without fixed boundary (round 3)


def part_b():
    Q('志不求易者成，事不避难者进', 'quotation', req=False)   # a classical quotation


def part_c():
    U('中华民族伟大复兴的中国梦', req=False)          # round 8: undecided
    U('中华民族伟大复兴', req=False)
    U('中国梦', req=False)
    s(P, '中国', False, ctx='中国梦')


# the letter: 中国石油大学（北京）克拉玛依校区的毕业生们：
campus()
part_a()
part_b()
part_c()
# 各级党委、政府和社会各界: generic (none)
s(PE, '习近平')                                      # signature
s(DT, '2020年7月7日', value='2020-07-07')
# （新华社北京7月8日电）新华社北京7月8日电
for _ in range(2):
    s(DEP, '新华社', False, kind='media')
    s(P, '北京', ctx='新华社北京7月8日')
    s(DT, '7月8日', value='--07-08', resolved='2020-07-08')
A.leader()
s(DT, '7月7日', value='--07-07', resolved='2020-07-07')
campus()
s(P, '边疆', False, ctx='到边疆')                    # a generic region (undecided)
s(PE, '习近平', ctx='习近平在回信中说')
part_a()
s(PE, '习近平', ctx='习近平指出')
part_b()
part_c()
s(PE, '习近平', ctx='习近平强调')
# （回信全文另发）习近平总书记一直非常关心高校毕业生就业工作
s(PE, '习近平', ctx='习近平总书记', title='总书记')
campus()
s(DT, '2016年', value='2016')
F('435名', 435, '名', '首届毕业生')
F('16个', 16, '个', '首届毕业生来源省份')
F('接近85%', 85, '%', '总体就业率', ap='less_than|about', req=False)
F('85%', 85, '%', '总体就业率', ap='less_than|about|exact')   # 接近 outside (round 8)
F('118人', 118, '人', '选择到新疆基层工作的毕业生')
s(P, '新疆', ctx='新疆基层工作。')
s(DT, '近日', False)
F('118名', 118, '名', '毕业生', req=False)           # 这118名: an anaphoric count
s(PE, '习', ctx='习总书记', title='总书记')          # a surname with a title (round 8)
s(PE, '习总书记', False)
F('四年', 4, '年', '大学学习', req=False)             # a duration
s(P, '西部', False, ctx='扎根西部')
# 《 人民日报 》（ 2020年07月09日 01 版）
s(DEP, '人民日报', False, kind='media')
s(DT, '2020年07月09日', value='2020-07-09')

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
