from _ann import Ann

A = Ann('xinhua-087', 159, 2105, script='traditional')
s = A.s
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'; PE = 'PERSON'
CC = {'level': 'central', 'kind': 'party', 'canonical': '中共中央'}
CPS = {'level': 'central', 'kind': 'party', 'canonical': '中共中央党校'}
CMC = {'level': 'central', 'kind': 'state', 'canonical': '中央军事委员会'}
def F(t, v, u, subj, ap='exact', req=True, ctx=None):
    return s('FIGURE', t, req, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)
U = lambda t, k='formula', req=True, **kw: s(SL, t, req, kind=k, quoted=False, **kw)
def years90():
    s(DT, '90年来', False); s('FIGURE', '90年', False, value=90, approx='exact', unit='年')
def caption(who):
    s(DT, '2023年3月1日', value='2023-03-01')
    s(DEP, '中共中央党校', **CPS)
    s(DEP, '中共中央', False, **CC)
    s(DEP, '中央党校', False, **CPS)
    s('FIGURE', '90周年', False, value=90, approx='exact', unit='周年')
    s(DT, '2023年', value='2023'); s(DT, '2023年春季', False)
    s(P, '北京')
    s(DEP, '中共中央', **CC)
    s(DEP, '中央军委', **CMC)
    s(PE, '习近平', title='中共中央总书记、国家主席、中央军委主席')
    s(DEP, '新华社', False, kind='media')
    s(PE, who)

# 中央党校从1933年创办至今 …
s(DEP, '中央党校', **CPS)
s(DT, '1933年', value='1933')
s('FIGURE', '90年', False, value=90, approx='exact', unit='年')
years90()
s(DEP, '中央党校', **CPS)
U('为党育才、为党献策', req=False)
U('新时代新征程', req=False)
U('全面建设社会主义现代化国家', req=False)
U('中华民族伟大复兴', req=False)
# 一、… 围绕中心、服务大局
U('围绕中心、服务大局', req=False)
U('以党的旗帜为旗帜、以党的意志为意志、以党的使命为使命', req=False)
U('新的伟大工程', req=False)
caption('谢环驰')
# 党校在不同历史时期 …
s(DT, '延安时期', False); s(P, '延安', False)
s(DEP, '中央党校', **CPS)
s(SL, '全党整风运动', False, kind='campaign', quoted=False)
U('整风运动', 'campaign')
s(SL, '大本营', False, kind='term')
s(PE, '毛泽东', title='同志')
s(DT, '党的七大', False); s(DT, '七大', False)
Q = '中央在这里，党校在这里，七大在这里开，这个问题解决了，中华民族就胜利了'
s(SL, Q, False, kind='quotation')
s(DEP, '中央', False, ctx='中央在这里', level='central', kind='party')
s(DT, '七大', False, ctx='七大在这里')
s(DEP, '中央党校', **CPS)
s(P, '中国', ctx='中国革命')
s(DT, '新中国成立后', False); s(P, '新中国', False)
s(P, '中国', False, ctx='新中国')  # a name inside a longer name: optional
U('马克思主义', req=False)  # the doctrine's name as the modifier of a noun (马克思主义基本理论): optional
s(PE, '马克思', False)
s(DT, '改革开放初期', False); U('改革开放', req=False)
s(DEP, '中央党校', **CPS)
U('真理标准问题讨论', 'campaign', req=False)
U('解放思想', req=False)
U('实事求是思想路线', req=False)
U('拨乱反正', 'term', req=False)
s(DT, '党的十八大以来', False); s(DT, '十八大以来', False); s(DT, '十八大', False)
U('中国特色社会主义')
s(P, '中国', False)
U('新时代', req=False)
U('中国特色社会主义', ctx='发展中国特色社会主义')
s(P, '中国', False)
U('政治路线、思想路线、组织路线、群众路线', req=False)
# 党的二十大明确了 …
s(DT, '党的二十大', False); s(DT, '二十大', False)
U('新时代新征程', req=False)
U('全面建成社会主义现代化强国', req=False)
U('第二个百年奋斗目标', req=False)
U('中国式现代化')
s(P, '中国', False)
U('中华民族伟大复兴', req=False)
s(SL, '国之大者', kind='formula')
U('政治判断力、政治领悟力、政治执行力', req=False)
U('党校姓党')
U('党性原则', req=False)
U('在党爱党、在党言党、在党忧党、在党为党', 'directive')
s(SL, '四个意识', kind='formula'); s(SL, '四个自信', kind='formula'); s(SL, '两个维护', kind='formula')
s(DEP, '党中央', **CC)
# 二、…
s(DEP, '中央党校', **CPS, ctx='创办中央党校')
years90()
s(DEP, '中央党校', **CPS)
U('为党育才', req=False)
s(DEP, '马克思共产主义学校', False, level='central', kind='party', canonical='中共中央党校')
s(PE, '马克思', False)
s('FIGURE', '一年多', False, value=1, approx='more_than', unit='年')
F('1000多名', 1000, '名', '马克思共产主义学校培训的干部', ap='more_than')
s(DT, '延安时期', False); s(P, '延安', False)
s(DEP, '中央党校', **CPS)
F('上万人', 10000, '人', '中央党校常规班次培养的各类骨干', ap='about')
F('约65%', 65, '%', '七大代表中有中央党校学习工作经历的', ap='about')
s(DT, '七大', False)
s(DEP, '中央党校', **CPS)
s(DT, '党的十八大以来', False); s(DT, '十八大以来', False); s(DT, '十八大', False)
s(DEP, '中央党校', **CPS)
F('8.8万人', 88000, '人', '中央党校主体班次培训轮训干部')
F('1.3万余人', 13000, '人', '省部级干部', ap='more_than')
U('为党育才', req=False)
caption('张领')
if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
