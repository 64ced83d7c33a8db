from _ann import CMC, DEP, DT, PE, SL, Ann, P, all_occ

# Xi Jinping at the celebration of the 30th anniversary of the development and
# opening of Pudong, 12 Nov 2020 (jhsjk text, no line breaks): the heading, the
# opening, Deng Xiaoping's and the congresses' decisions, the thirty years'
# achievements with their figures, the lessons and the tasks ahead, up to the
# first of the five points ("第一，…").
A = Ann('jhsjk2020-044', 0, 1914)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
DZY = {'level': 'central', 'kind': 'party', 'canonical': '中共中央'}
GWY = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
DUR = lambda t, ctx=None: s('FIGURE', t, False, ctx=ctx, value=30, approx='exact', unit=t[2:] or '年')

# 改革开放 (the policy and the period) is a policy phrase: optional wherever it stands
all_occ(A, SL, '改革开放', False, kind='term', quoted=False)
# 全面建设社会主义现代化国家 (a goal designation): optional, with 社会主义现代化国家 inside
for t in ('全面建设社会主义现代化国家', '社会主义现代化国家', '中华民族伟大复兴'):
    all_occ(A, SL, t, False, kind='formula', quoted=False)
A.cur = 0

# heading (the title printed before the speaker): entities inside optional, date required
s(P, '浦东', False)
s('FIGURE', '30周年', False, value=30, approx='exact', unit='周年')
s(DT, '2020年11月12日', value='2020-11-12')
s(PE, '习近平')                                          # the speaker after the heading (byline)
# opening
DUR('30年', ctx='30年前')                                 # 30年前: a relative time
s(DT, '30年前', False)
s(DEP, '党中央', **DZY)
s(P, '上海浦东')                                         # a chain of places: one name, its parts optional
s(P, '上海', False); s(P, '浦东', False)
s(P, '浦东', ctx='庆祝浦东开发开放')
s('FIGURE', '30周年', False, value=30, approx='exact', unit='周年')
s(P, '浦东', ctx='支持浦东在')
U('新征程', req=False, ctx='现代化国家新征程')
U('中华民族伟大复兴的中国梦', req=False)                   # the goal designation with 中国梦: undecided
U('中国梦', req=False)
s(P, '中国', False, ctx='中国梦')
s(DEP, '党中央', ctx='我代表党中央', **DZY)
s(DEP, '国务院', **GWY)
s(DEP, '中央军委', **CMC)
s(P, '上海', ctx='向上海广大')
s(P, '浦东', ctx='参与浦东开发')
s(P, '港澳台', False)                                    # one-character abbreviations joined
s(DEP, '党中央', ctx='党中央对浦东', **DZY)
s(P, '浦东', ctx='党中央对浦东')
s(PE, '邓小平', title='同志')
# Deng's words in quotation marks: a quotation, entities inside optional
Q('开发浦东，这个影响就大了，不只是浦东的问题，是关系上海发展的问题，是利用上海这个基地发展长江三角洲和长江流域的问题',
  'quotation', req=False)
s(P, '浦东', False, ctx='开发浦东，'); s(P, '浦东', False, ctx='不只是浦东')
s(P, '上海', False, ctx='关系上海'); s(P, '上海', False, ctx='利用上海')
s(P, '长江三角洲', False); s(P, '长江', False)
s(P, '长江流域', False); s(P, '长江', False)
Q('抓紧浦东开发，不要动摇，一直到建成', 'quotation', req=False)
s(P, '浦东', False)
s(DT, '党的十四大', False); s(DT, '十四大', False)           # a congress as actor and time: optional
s(P, '上海浦东', ctx='以上海浦东')
s(P, '上海', False); s(P, '浦东', False)
s(P, '长江', ctx='开放长江沿岸')
s(P, '上海', ctx='把上海建成')
s(P, '长江三角洲', ctx='带动长江三角洲')
s(P, '长江', False)
s(P, '长江流域', ctx='整个长江流域')
s(P, '长江', False)
s(DT, '党的十五大', False); s(DT, '十五大', False)
s(DT, '十六大', False); s(DT, '十七大', False)
s(P, '浦东', ctx='都要求浦东')
s(DT, '新时代', False, ctx='进入新时代')
s(DT, '党的十八大', False); s(DT, '十八大', False); s(DT, '十九大', False)
s(P, '浦东', ctx='对浦东开发开放提出')
s(DEP, '党中央', ctx='党中央把首个', **DZY)               # 首个, 首批: no figures
s(P, '浦东', ctx='放在浦东')
s(P, '浦东', ctx='推动浦东')
# achievements
DUR('30年', ctx='30年来')
s(DT, '30年来', False)
s(P, '浦东', ctx='浦东创造性')
s(DEP, '党中央', ctx='落实党中央决策', **DZY)
s(DT, '1990年', value='1990')
F('60亿元', 6000000000, '元', '浦东生产总值（1990）')
s(DT, '2019年', value='2019', ctx='跃升到2019年')
F('1.27万亿元', 1270000000000, '元', '浦东生产总值（2019）')
s(DT, '开发开放初期', False)                              # a historical period
F('11亿元', 1100000000, '元', '浦东财政总收入（开发开放初期）')
s(DT, '2019年', value='2019', ctx='增加到2019年')
F('逾4000亿元', 400000000000, '元', '浦东财政总收入（2019）', ap='more_than')  # 逾 = 超过: undecided, inside
s('FIGURE', '4000亿元', False, value=400000000000, approx='exact|more_than', unit='元')
s(P, '浦东', ctx='浦东以全国')
# shares of the national total written as fractions: unitless ratios, optional (undecided)
s('FIGURE', '1/8000', False, value=0.000125, approx='exact', unit='', subject='浦东面积占全国')
s('FIGURE', '1/80', False, ctx='全国1/80的', value=0.0125, approx='exact', unit='', subject='浦东国内生产总值占全国')
s('FIGURE', '1/15', False, value=0.0667, approx='exact', unit='', subject='浦东货物进出口总额占全国')
# 第一个…第一家: ordinals, no figures
s(P, '临港新片区', False)                                 # a zone: optional as PLACE and DEPARTMENT (round 3)
s(DEP, '临港新片区', False, kind='state')
s(P, '临港', False)
Q('全国第一', 'term', req=False)                          # a quoted rating
s(P, '上海', False, ctx='承载了上海国际')                  # at the start of the centre programme's name: undecided
s(DT, '2019年', value='2019', ctx='2019年城乡居民')
F('71647元', 71647, '元', '浦东城乡居民人均可支配收入（2019）', ap='exact|more_than')
s(DT, '1993年', value='1993', ctx='寿命从1993年')
F('76.10岁', 76.1, '岁', '浦东人均预期寿命（1993）')       # a measured life expectancy, not an age describing who is counted
F('84.46岁', 84.46, '岁', '浦东人均预期寿命')
s(DT, '1993年', value='1993', ctx='面积从1993年')
F('15平方米', 15, '平方米', '浦东城镇人均住房建筑面积（1993）')
F('42平方米', 42, '平方米', '浦东城镇人均住房建筑面积')
DUR('30年', ctx='30年披荆斩棘')
DUR('30载')
DUR('30年', ctx='经过30年发展')
s(P, '浦东', ctx='浦东已经')
s(P, '浦东', ctx='浦东开发开放30年取得')
DUR('30年', ctx='开发开放30年取得')
U('中国特色社会主义制度', req=False, ctx='为中国特色社会主义制度优势')   # a system's name as a modifier
U('中国特色社会主义', req=False, ctx='中国特色社会主义制度优势')
s(P, '中国', False, ctx='中国特色社会主义制度优势')
s(DT, '党的十一届三中全会以来', False)
s(DT, '党的十一届三中全会', False); s(DT, '十一届三中全会', False)
U('党的基本理论、基本路线、基本方略', req=False)           # undecided; its standard wording opens with 党的
U('基本理论、基本路线、基本方略', req=False)
U('中国特色社会主义', ctx='坚持和发展中国特色社会主义')      # the doctrine itself (round 2)
s(P, '中国', False, ctx='中国特色社会主义、实现')
U('以人民为中心', req=False)                              # undecided
# the years to 2050
s(DT, '本世纪中叶', False)
U('全面建成社会主义现代化强国', req=False)
s('FIGURE', '30年', False, ctx='强国的30年', value=30, approx='exact', unit='年')
U('百年未有之大变局', ctx='世界正经历百年未有之大变局')
U('大变局', 'formula', req=False, ctx='这个大变局')          # anaphoric (这个), like 这一伟大工程
U('单边主义', 'term', req=False); U('保护主义', 'term', req=False)
s('FIGURE', '一个', False, ctx='今后一个时期', value=1, approx='exact', unit='个')
U('新征程', req=False, ctx='新征程上')
s(P, '浦东', ctx='要把浦东')
U('中华民族伟大复兴战略全局', req=False)                    # undecided
U('世界百年未有之大变局')                                 # the longest form is the span
U('百年未有之大变局', req=False)
s('FIGURE', '两个', False, ctx='这两个大局', value=2, approx='exact', unit='个')   # anaphoric count
U('两个大局', req=False)
U('以国内大循环为主体、国内国际双循环相互促进的新发展格局', req=False)   # the definition with the name
U('国内大循环', 'term', req=False)                          # policy phrases inside the definition (nesting)
U('国内国际双循环', 'term', req=False)
U('双循环', 'term', req=False)
U('新发展格局', ctx='相互促进的新发展格局')
U('准确识变、科学应变、主动求变', req=False)               # undecided
U('在危机中育先机、于变局中开新局', req=False)             # undecided
s(DEP, '党中央', ctx='党中央正在', **DZY)
# 《关于支持浦东新区…意见》: a title of a work, entities inside optional
s(P, '浦东新区', False); s(P, '浦东', False)
s(P, '浦东新区', ctx='赋予浦东新区')
s(P, '浦东', False)
s(P, '浦东', ctx='浦东要抓住')
s(DT, '党的十九大', False, ctx='全面贯彻党的十九大'); s(DT, '十九大', False)
s(DT, '十九届二中、三中、四中、五中全会', False)
U('新发展阶段', req=False)                                # not named by the guide or rounds 1–4: undecided
U('新发展理念', ctx='贯彻新发展理念')
U('新发展格局', ctx='服务构建新发展格局')
U('稳中求进工作总基调')
U('稳中求进', req=False)
Q('四个自信', 'formula')
s(P, '中国', ctx='中国理念')                              # the country (round 3: 中国人民, 中国革命)
s(P, '中国', ctx='中国精神')
s(P, '中国', ctx='中国道路')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
