from _ann import DEP, DT, PE, Ann, P

# Report of the Guangzhou communist group to the First Congress (1921), Wikisource text:
# the whole report, without the licence notice after it. Year of the report: 1921
# (去年 = 1920, 一月 = January 1921).
A = Ann('cpc-001', 0, 2134)
s = A.s
U = A.unquoted
F = lambda t, v, ap, u, subj, req=True, ctx=None: s('FIGURE', t, req, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)
MEDIA = {'kind': 'media'}
LAST = {'value': '1920', 'resolved': '1920'}


def anarch(ctx):  # 无政府主义 standing alone, as a doctrine (like 共产主义 alone): optional
    U('无政府主义', req=False, ctx=ctx)


def kmt(ctx):  # 国民党 (also in 国民党人): optional (round 10)
    s(DEP, '国民党', False, ctx=ctx, kind='party')


# 一、去年
s(DT, '去年', False, ctx='一、去年', **LAST)
s(DT, '去年', False, ctx='去年，这里', **LAST)
s(P, '广州', ctx='能在广州做')
s(P, '广州', ctx='回到广州')
s(DEP, '社会主义者', False, ctx='《社会主义者》日报，但', **MEDIA)
s(DEP, '社会主义者', False, ctx='《社会主义者》就是', **MEDIA)
s(P, '广州', ctx='当时广州')
s(P, '广西', ctx='广西人的统治')  # the people of the province (like 中国 in 中国人民)
s(DT, '去年年底', False, value='1920', resolved='1920')
s(DT, '去年', False, ctx='去年年底', **LAST)
s(PE, 'B', False, ctx='B和佩斯林')  # an initial standing for a name: undecided
s(PE, '佩斯林', ctx='B和佩斯林')
s(P, '广州', ctx='来到广州，建立')
s(DEP, '俄国通讯社', False, **MEDIA)
s(P, '俄国', False, ctx='俄国通讯社')
s(DEP, '劳动界', False, ctx='《劳动界》周刊', **MEDIA)
s(PE, '黄凌霜', title='同志')
s(P, '广州', ctx='广州革命界')
s(DEP, '共产党', False, ctx='尽管组织了共产党', kind='party')
s(DEP, '共产党', False, ctx='称作共产党，不如', kind='party')
anarch('无政府主义的共产党')
s(DEP, '共产党', False, ctx='无政府主义的共产党', kind='party')
s(DEP, '党执行委员会', False, kind='party')  # the group's executive committee: undecided
s(DEP, '执行委员会', False, ctx='党执行委员会', kind='party')
F('九个', 9, 'exact', '个', '党执行委员会委员')
F('七个', 7, 'exact', '个', '无政府主义者（委员）')
s(PE, '米诺尔', ctx='只有米诺尔', title='同志')
s(PE, '佩斯林', ctx='米诺尔和佩斯林同志', title='同志')
s(PE, '谭平山')
s(PE, '谭植棠')
s(DEP, '劳动界', False, ctx='报纸叫《劳动界》', **MEDIA)
F('三千份', 3000, 'exact', '份', '《劳动界》印数')
s(P, '广州', ctx='这时，广州产生')
F('两个', 2, 'exact', '个', '工人组织', ctx='两个工人组织')
# named workers' clubs and unions of 1920/21: optional (undecided, 工会 optional)
s(DEP, '机械工人俱乐部', False, kind='mass organisation')
s(DEP, '宽山工人俱乐部', False, kind='mass organisation')
s(P, '宽山', False, ctx='宽山工人俱乐部')
s(P, '宽山', ctx='宽山是离')
s(P, '广州', ctx='离广州五十哩')
F('五十哩', 50, 'exact', '哩', '宽山离广州的距离')
F('两个', 2, 'exact', '个', '工人组织', req=False, ctx='这两个组织')  # anaphoric
# a range 四十至五十名: two spans (the set's convention for ranges, 5.5%—6%)
F('四十', 40, 'exact|at_least', '名', '各组织的工人')  # the lower bound takes the shared unit (round 24: 700万到800万吨)
F('四十至五十名', 40, 'about', '名', '各组织的工人', req=False)
F('五十名', 50, 'exact|less_than', '名', '各组织的工人')
s(DT, '一月', value='--01', resolved='1921-01')
s(PE, '陈独秀', title='同志', ctx='陈独秀同志来到')
s(P, '广州', ctx='来到广州，与他')
s(PE, 'B', False, ctx='B同志', title='同志')
s(DEP, '共产党', False, ctx='真正的共产党', kind='party')
s(DEP, '社会主义者', False, ctx='宣布《社会主义者》', **MEDIA)
F('九人', 9, 'exact', '人', '党员')
s(PE, '陈独秀', ctx='包括陈独秀')
s(PE, '米诺尔', ctx='陈独秀，米诺尔')
s(PE, '佩斯林', ctx='米诺尔和佩斯林在内')
s(DEP, '劳动界', False, ctx='《劳动界》已停刊', **MEDIA)
F('两个', 2, 'exact', '个', '工人工会', req=False, ctx='两个工人工会')  # anaphoric
anarch('无政府主义思想')
# 二、现状
s(DEP, '社会主义者', False, ctx='是《社会主义者》日报，该报', **MEDIA)
F('七百元', 700, 'exact', '元', '《社会主义者》日报每月所需经费')
F('一个', 1, 'exact', '个', '马克思主义研究会', req=False, ctx='一个马克思主义研究会')
s(DEP, '马克思主义研究会', False, kind='mass organisation')  # a study society: undecided
U('马克思主义', req=False, ctx='马克思主义研究会')
F('八十余人', 80, 'more_than', '人', '马克思主义研究会成员')
F('百分之二十', 20, 'exact', '%', '法律系学生占研究会成员比重')
F('百分之二十', 20, 'exact', '%', '高等、中等院校学生占研究会成员比重', ctx='百分之二十是高等')
F('百分之十', 10, 'exact', '%', '从党员收入中抽出的比例')
s(DEP, '共产党', False, ctx='《共产党》月刊', **MEDIA)
s(P, '上海')
s(DEP, '机械工人学校', False, kind='school', ctx='成立了机械工人学校')
F('七个', 7, 'exact', '个', '校务委员', ctx='七个校务委员')
s(DEP, '宣传委员会', False, kind='state')  # the body leading the training school: undecided
s(DEP, '宣传员养成所', False, kind='school', ctx='领导的宣传员养成所')
s(P, '广东省')
# 三、今后意见
s(P, '广州', ctx='广州的党员')
s(P, '广州', ctx='广州的情况')
anarch('神秘的无政府主义')
kmt('受国民党所操纵')
U('马克思主义', req=False, ctx='马克思主义小组中')
s(DEP, '机械工人学校', False, kind='school', ctx='从机械工人学校')
s(DEP, '宣传员养成所', False, kind='school', ctx='和宣传员养成所中')
s(DT, '去年', False, ctx='去年一年之中', **LAST)
F('一年', 1, 'exact', '年', '时间', req=False, ctx='去年一年之中')
F('一百多个', 100, 'more_than', '个', '工会')
anarch('受到无政府主义的')
kmt('为国民党所操纵')
s(P, '广州', ctx='他们在广州一共')
# 五、六个人: a list gives each number its span (guide); the whole optional
F('五', 5, 'exact', '个', '广州的无政府主义者', ctx='五、六个人')  # the shared unit, as a range's lower bound (round 24)
F('五、六个', 5, 'about', '个', '广州的无政府主义者', req=False)
F('六个', 6, 'exact', '个', '广州的无政府主义者', ctx='六个人')
F('三个', 3, 'exact', '个', '将去法国的无政府主义者', ctx='三个人很快')
s(P, '法国')
kmt('与国民党人的斗争')
kmt('与国民党人的联系')
s(DT, '十年以前', False)
F('十年', 10, 'exact', '年', '时间', req=False, ctx='十年以前')
s(DT, '去年', False, ctx='在去年又鼓动', **LAST)
s(PE, '陈', title='将军', ctx='陈将军')  # a surname with a title (毛主席): the surname
s(PE, '陈将军', False, title='将军')
# 国民党中央委员会: the central committee of a party, a named organ (like 中共中央)
s(DEP, '国民党中央委员会', kind='party', level='central')
kmt('国民党中央委员会')
s(DEP, '中央委员会', False, ctx='国民党中央委员会', kind='party')
s(DEP, '宣传部', False, ctx='设有宣传部', kind='party')
s(DEP, '机械工人工会', False, kind='mass organisation', ctx='建立机械工人工会')
s(DEP, '铁路工人俱乐部', False, kind='mass organisation')
s(DEP, '教师工会', False, kind='mass organisation')
kmt('与国民党人有联系')
s(DEP, '理发工人工会', False, kind='mass organisation')
s(DEP, '机械工人工会', False, kind='mass organisation', ctx='在机械工人工会中')
# ①工会学校
F('两名', 2, 'exact', '名', '各工会派出的代表')
F('两三次', 2, 'about', '次', '每周到校次数', req=False)  # 两三: undecided
s(P, '欧美', False)  # two one-character abbreviations joined (like 港澳): optional
F('二', 2, 'exact', '', '时间', req=False, ctx='二、三个月')
F('三个月', 3, 'exact', '个月', '时间', req=False, ctx='二、三个月')  # a duration
# ②工人夜校
F('一所', 1, 'exact', '所', '由同志直接领导的学校', req=False)  # 一 + classifier, like 一个
s(P, '广州', ctx='在广州影响最大')
s(DEP, '机械工人工会', False, kind='mass organisation', ctx='是机械工人工会')
# 4．对农民的宣传工作
U('马克思主义', req=False, ctx='马克思主义小组组员')
s(PE, '褚诺晨', title='同志')
U('共产主义', req=False, ctx='实现共产主义思想')
s(DEP, '新村', False, **MEDIA)
# 5．与士兵的联系
s(P, '广州', ctx='因为广州没有')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
