from _ann import DEP, DT, PE, SL, Ann, P

A = Ann('jhsjk2020-030', 1724, 3941)
s = A.s
F = lambda t, v, ap, u, subj, req=True, ctx=None: s('FIGURE', t, req, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)
CC = {'level': 'central', 'kind': 'party', 'canonical': '中共中央'}
CMC = {'level': 'central', 'kind': 'state', 'canonical': '中央军事委员会'}
PB = {'level': 'central', 'kind': 'party', 'canonical': '中共中央政治局'}
TITLE = '中共中央总书记、国家主席、中央军委主席'
def leader():
    s(DEP, '中共中央', **CC)
    s(DEP, '中央军委', **CMC)
    s(PE, '习近平', title=TITLE)
# the theme education in general is a policy phrase: optional wherever it stands
i = A.simp.find('主题教育')
while i >= 0:
    A.s(SL, '主题教育', False, at=i, kind='campaign', quoted=False)
    i = A.simp.find('主题教育', i + 1)
# the new era as a time: optional (event-anchored), also inside the formula
i = A.simp.find('新时代')
while i >= 0:
    A.s(DT, '新时代', False, at=i)
    i = A.simp.find('新时代', i + 1)
A.cur = 0
s(SL, '党的自我革命', False, kind='formula', quoted=False)
s(SL, '全面从严治党', kind='formula', quoted=False)
s(SL, '四个伟大', kind='formula', quoted=True)
s(SL, '两个一百年', kind='formula', quoted=True)
s(SL, '不忘初心、牢记使命', kind='campaign', quoted=True)
s(SL, '新时代中国特色社会主义思想', kind='formula', quoted=False)
s(P, '中国', False, ctx='新时代中国特色社会主义思想')
s(SL, '守初心、担使命，找差距、抓落实', kind='directive', quoted=True)
# photo caption 1
s(DT, '2017年10月31日', value='2017-10-31')
leader()
s(DEP, '中共中央政治局常委', False, **PB)
s(DEP, '中共中央政治局', **PB)
s(DEP, '中共中央', False, **CC)
for n in ('李克强', '栗战书', '汪洋', '王沪宁', '赵乐际', '韩正'):
    s(PE, n, title='中共中央政治局常委')
s(P, '上海')
s(P, '中共一大会址', False)
s(DEP, '中共', False, level='central', kind='party', canonical='中国共产党')
s(DT, '中共一大', False)
s(P, '浙江嘉兴南湖')  # a chain of places is one name; its parts are optional (ANNOTATION.md: a name inside a longer name)
s(P, '浙江', False)
s(P, '嘉兴', False)
s(P, '南湖', False)
s(DT, '31日', False, value='---31', resolved='2017-10-31')
s(PE, '习近平')
s(P, '南湖革命纪念馆', False)
s(DEP, '南湖革命纪念馆', False, kind='museum')
s(P, '南湖', False)
s(DEP, '新华社', False, kind='media')
s(PE, '兰红光')
# body
s(DEP, '中央政治局', **PB)
s(SL, '牢记初心使命、推进自我革命', kind='directive', quoted=True)
s(SL, '关键少数', kind='formula', quoted=True)
s(SL, '绝大多数', False, kind='term', quoted=True)
s('FIGURE', '一个', False, ctx='有一个鲜明特点', value=1, approx='exact', unit='个', subject='鲜明特点')
F('四项', 4, 'exact', '项', '重点举措', req=False)
F('8个', 8, 'exact', '个', '方面突出问题')
s('FIGURE', '8个方面', False, value=8, approx='exact', unit='个方面', subject='突出问题')
s(DEP, '中央主题教育领导小组', level='central', kind='party')
s(DEP, '党中央', **CC)
s(SL, '返工', False, kind='term', quoted=True)
s(SL, '补课', False, kind='term', quoted=True)
s(SL, '作秀式', False, kind='term', quoted=True)
s(SL, '盆景式', False, kind='term', quoted=True)
s(SL, '基层减负年', kind='campaign', quoted=True)
F('一批', 1, 'exact', '批', '好经验好做法', req=False)
F('一批', 1, 'exact', '批', '典型案例', req=False)
s(SL, '全面从严治党', kind='formula', quoted=False)
# photo caption 2
s(DT, '2019年5月20日至22日', False, value='2019-05-20/2019-05-22')
s(DT, '2019年5月20日', value='2019-05-20')
s(DT, '22日', False, value='---22', resolved='2019-05-22')
leader()
s(P, '江西')
s(P, '中部地区', False)
s(PE, '习近平')
s(DEP, '红军', False, kind='military')
s(PE, '孙观发')
s(DEP, '新华社', False, kind='media')
s(PE, '鞠鹏')
# body
s('FIGURE', '一个', False, ctx='是一个有着', value=1, approx='exact', unit='个', subject='党')
F('9000多万名', 90000000, 'more_than', '名', '党员')
F('460多万个', 4600000, 'more_than', '个', '基层党组织')
s('FIGURE', '一个', False, ctx='是一个在14亿', value=1, approx='exact', unit='个', subject='党')
F('14亿', 1400000000, 'exact', '', '人口')
s('FIGURE', '14亿人口', False, value=1400000000, approx='exact', unit='人口', subject='人口')
s(SL, '中国特色社会主义', False, kind='formula', quoted=False)
s(P, '中国', False)
s(SL, '百年未有之大变局', kind='formula', quoted=False)
s(SL, '中华民族伟大复兴', False, kind='formula', quoted=False)
s(SL, '伟大斗争', False, kind='formula', quoted=False)
s(SL, '百年大党', False, kind='term', quoted=False)
s('FIGURE', '百年', False, ctx='百年大党', value=100, approx='exact', unit='年', subject='党')
s(SL, '党的自我革命', False, kind='formula', quoted=False)
s(SL, '不忘初心、牢记使命', kind='campaign', quoted=False)
if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
