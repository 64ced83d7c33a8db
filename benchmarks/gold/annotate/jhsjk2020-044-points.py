from _ann import DEP, DT, SL, Ann, P, all_occ

# Round 22: Xi Jinping at the celebration of the 30th anniversary of the development and
# opening of Pudong, 12 Nov 2020 (jhsjk text, no line breaks), after jhsjk2020-044.py
# ([0, 1914)): the five points to the end. (一) innovation (the four 面向, 长三角地区,
# 一批 ×3, 中国标准), (二) reform (当代中国, 党的十八届三中全会以来, 新发展阶段), (三) opening
# (对外开放 as the basic state policy, 中国（上海）自由贸易试验区临港新片区, 长三角), (四) the
# new development pattern (中国经济, 国内大循环, 长三角一体化发展), (五) the people's city
# (人民城市人民建、人民城市为人民, 中央和国家有关部门, 上海市), the close (明年, 中国共产党
# 成立100周年, 上海, the quoted verse, 浦东开发开放30年, 一条 ×3) and the dateline and the
# source line (新华社上海11月12日电, 人民日报 2020年11月13日 02 版).
# Traditional (OpenCC s2t of the simplified source), annotated on the simplified text.
A = Ann('jhsjk2020-044', 1914, 4320, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted

# policy phrases optional wherever they stand (as in jhsjk2020-044.py)
all_occ(A, SL, '改革开放', False, kind='term', quoted=False)
A.cur = 0


def art(t, ctx, unit):
    """一批, 一条, 一片 …: article counts, optional (rounds 3, 15)."""
    s('FIGURE', t, False, ctx=ctx, value=1, approx='exact', unit=unit)


def pd(ctx):
    s(P, '浦东', ctx=ctx)


# 第一，全力做强创新引擎，打造自主创新新高地。(第一…第五: list numbers; 第一动力: an ordinal)
U('面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康', req=False)   # the four 面向 (round 20: optional)
U('关键核心技术攻坚战', 'term', req=False)
# 全国 is no place
pd('浦东要在基础科技')
s(P, '长三角地区', False)                                 # a fixed region and a generic 地区: like 亚洲地区 (round 20), the
s(P, '长三角', ctx='长三角地区')                            # region is the span, the longer form optional (undecided; fixed after
                                                          # the first measurement, which had 长三角地区 required as the longest name)
art('一批', '突破一批', '批'); art('一批', '推出一批', '批'); art('一批', '形成一批', '批')
s(P, '中国', ctx='中国标准')                               # the country (round 3: 中国人民, 中国革命)
# 第二，加强改革系统集成，激活高质量发展新动力。
U('高质量发展', 'term', req=False, ctx='激活高质量发展')    # a policy phrase (round 2)
s(P, '中国', ctx='当代中国')
s(DT, '党的十八届三中全会以来', False)                      # an event used as a time (as in jhsjk2020-044.py)
s(DT, '党的十八届三中全会', False); s(DT, '十八届三中全会', False)
art('一系列', '推出一系列', '系列')
U('新发展阶段', req=False)                                # as in jhsjk2020-044.py
pd('浦东要在改革')
U('市场化、法治化、国际化', req=False)                     # round 12: 市场化法治化国际化 optional
# 第三，深入推进高水平制度型开放，增创国际合作和竞争新优势。
U('制度型开放', 'term', req=False, ctx='高水平制度型开放')  # round 12
U('对外开放', 'term', req=False, ctx='对外开放是我国')
U('对外开放是我国的基本国策', req=False)                   # undecided (对外开放的基本国策, round 12)
# 拒人于千里之外: an idiom, no figure
U('经济全球化', 'term', req=False)                        # round 12
s(P, '中国', ctx='中国发展机遇')
pd('浦东要着力')
U('制度型开放', 'term', req=False, ctx='等制度型开放')
s(P, '中国（上海）自由贸易试验区临港新片区', False)         # a zone: optional as PLACE and DEPARTMENT (rounds 3, 12)
s(DEP, '中国（上海）自由贸易试验区临港新片区', False, kind='state')
s(P, '中国（上海）自由贸易试验区', False)
s(DEP, '中国（上海）自由贸易试验区', False, kind='state')
s(P, '中国', False, ctx='中国（上海）')
s(P, '上海', False, ctx='（上海）')                        # undecided: a city in brackets inside a zone's name
s(P, '临港新片区', False)
s(DEP, '临港新片区', False, kind='state')
s(P, '临港', False)
s(P, '长三角', ctx='同长三角共建')
# 第四，增强全球资源配置能力，服务构建新发展格局。
U('新发展格局', ctx='服务构建新发展格局')                  # required (round 2)
s(P, '中国', ctx='中国经济是')
art('一片', '中国经济是一片', '片'); art('一片', '也是一片', '片')
art('一种', '一种不自量力', '种')
U('新发展格局', ctx='加快构建新发展格局')
U('国内国际两个市场两种资源', req=False)                   # round 12; numerals inside a formula, no figures
pd('浦东要努力成为')                                        # slip fixed after the first measurement: left out when first committed
U('国内大循环', 'term', req=False)
U('国内国际双循环', 'term', req=False)
U('双循环', 'term', req=False)
U('长三角一体化发展', req=False)                          # a national strategy's name without 战略 (round 7, undecided)
s(P, '长三角', False, ctx='长三角一体化')                   # a place before a strategy's name: optional (round 7)
pd('支持浦东发展')
# 第五，提高城市治理现代化水平，开创人民城市建设新局面。
U('人民城市', 'term', req=False, ctx='开创人民城市建设')     # round 15: 人民城市 optional
U('人民城市人民建、人民城市为人民', req=False)             # the standard wording of the people's-city idea (undecided)
s(P, '中国', False, ctx='具有中国特色')                    # 中国 in 中国特色 (round 5)
U('获得感、幸福感、安全感', req=False)                     # rounds 11, 13
U('人与自然和谐共生', req=False)                          # round 7
U('常态化疫情防控', 'term', req=False)
s(DEP, '中央', False, ctx='中央和国家有关部门', level='central')   # 中央有关部门: 中央 optional (round 13)
# 中央和国家有关部门: a generic organ noun (各部门, guide), none
s(P, '上海市')                                            # the city as a subject (round 14: required PLACE)
s(DEP, '上海市', False, level='province', kind='state')    # the government by metonymy: optional (round 14)
pd('支持浦东高水平')
# 女士们、先生们、同志们！明年是中国共产党成立100周年。上海是中国共产党诞生地。
s(DT, '明年', False, value='2021', resolved='2021')
s(DEP, '中国共产党', False, kind='party', ctx='明年是中国共产党')   # the Party as a whole (guide)
s(P, '中国', False, ctx='中国共产党成立')
s('FIGURE', '100周年', False, value=100, approx='exact', unit='周年')   # an anniversary
s(P, '上海', ctx='上海是中国共产党诞生地')
s(DEP, '中国共产党', False, kind='party', ctx='上海是中国共产党')
s(P, '中国', False, ctx='中国共产党诞生地')
U('红色基因', 'term', req=False)
U('初心使命', 'term', req=False)                          # round 11
s(DT, '新时代', False, ctx='新时代新奇迹')                  # as in jhsjk2020-044.py
Q('装点此关山，今朝更好看。', 'quotation', req=False)       # a quoted verse; the text inside the marks
s(P, '上海', ctx='上海是一座')
art('一座', '一座光荣', '座'); art('一个', '一个不断见证', '个')
pd('浦东开发开放30年的历程')
s('FIGURE', '30年', False, ctx='开放30年的历程', value=30, approx='exact', unit='年')   # a duration
art('一条', '走的是一条', '条'); art('一条', '是一条面向', '条'); art('一条', '是一条打破', '条')
s(DT, '新时代', False, ctx='新时代中国发展')
s(P, '中国', ctx='新时代中国发展')
s(P, '上海', ctx='上海一定能')
U('社会主义现代化国家', req=False, ctx='建设社会主义现代化国家的新气象')   # as in jhsjk2020-044.py
# （新华社上海11月12日电）《 人民日报 》（ 2020年11月13日 02 版）
s(DEP, '新华社', False, kind='media')
s(P, '上海', ctx='新华社上海')                             # the dateline's city (round 12)
s(DT, '11月12日', value='--11-12', resolved='2020-11-12')
s(DEP, '人民日报', False, kind='media')
s(DT, '2020年11月13日', value='2020-11-13')
# 02 版: a page number, no figure (round 2)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
