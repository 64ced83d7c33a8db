from _ann import CC, CMC, DEP, DT, PE, TITLE, Ann, P

A = Ann('xinhua-078', 1731, 3682, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
ZH = '中华优秀传统文化'


def zhyx(ctx=None):
    """中华优秀传统文化: a policy phrase, optional at every occurrence."""
    U(ZH, 'term', req=False, ctx=ctx)


def jiehe(ctx):
    """The quoted short name “结合” (of the 两个结合): optional at every occurrence."""
    Q('结合', req=False, ctx=ctx)


def years5000(t='五千多年', ap='more_than', ctx=None):
    F(t, 5000, '年', '中华文明', ap=ap, req=False, ctx=ctx)  # a duration / age: optional


def zgts_road(ctx=None):
    """中国特色社会主义道路: the road as a whole optional; the doctrine name as its modifier optional."""
    U('中国特色社会主义道路', req=False, ctx=ctx)
    U('中国特色社会主义', req=False)
    s(P, '中国', False)


def marx(req=True, ctx=None):
    U('马克思主义', req=req, ctx=ctx)
    s(PE, '马克思', False)


def caption(day, dayval, venue_dep, venue_place=None):
    s(DT, '2023年6月2日', value='2023-06-02')
    s(DEP, '中共中央', **CC)
    s(DEP, '中央军委', **CMC)
    s(PE, '习近平', title=TITLE)
    s(P, '北京')
    s(PE, '习近平', ctx='习近平' + day)
    s(DT, day, False, value=dayval, resolved='2023-06-' + dayval[-2:])
    s(DEP, venue_dep, False, kind='institute')
    s(P, venue_dep, False)
    s(P, '中国', False)
    if venue_place:
        s(P, venue_place, False)
    s(DEP, '新华社', False, kind='media')
    s(PE, '鞠鹏')


# 二、深刻理解“两个结合”的重大意义
Q('两个结合')
# 在五千多年中华文明深厚基础上开辟和发展中国特色社会主义
years5000()
U('中国特色社会主义', ctx='发展中国特色社会主义')
s(P, '中国', False)
# 把马克思主义基本原理同中国具体实际、同中华优秀传统文化相结合是必由之路
U('把马克思主义基本原理同中国具体实际、同中华优秀传统文化相结合', req=False)
marx(False)  # modifier of 基本原理
s(P, '中国', ctx='中国具体实际')
zhyx()
zgts_road(ctx='探索中国特色社会主义道路')
U('把马克思主义基本原理同中国具体实际相结合', req=False)
marx(False)
s(P, '中国', ctx='中国具体实际')
Q('第二个结合')
# 如果没有中华五千年文明，哪里有什么中国特色？
years5000('五千年', 'exact')
U('中国特色', req=False, ctx='什么中国特色')
s(P, '中国', False)
U('中国特色', req=False, ctx='不是中国特色')
s(P, '中国', False)
zgts_road()
years5000(ctx='中华五千多年文明史')
s(P, '中国', ctx='中国道路')
# 历史正反两方面的经验表明，“两个结合”是我们取得成功的最大法宝。
F('两方面', 2, '方面', '历史经验', req=False)
Q('两个结合')
caption('1日', '--06-01', '中国国家版本馆', '兰台洞库')
# 第一，“结合”的前提是彼此契合。
jiehe('第一，“结合”')
jiehe('“结合”不是硬凑')
marx(ctx='马克思主义和中华优秀传统文化来源不同')
zhyx()
U('天下为公、讲信修睦', 'term', req=False)
U('共产主义', req=False)
U('社会主义', req=False, ctx='、社会主义的理想信念')
U('民为邦本、为政以德', 'term', req=False)
U('人民至上', req=False)
U('革故鼎新、自强不息', 'term', req=False)
marx(ctx='马克思主义从社会关系')
s(DEP, '中国共产党', False, level='central', kind='party')
s(P, '中国', False)
marx(False, ctx='马克思主义的坚定信仰者')  # modifier with 的: optional
zhyx()
# 第二，“结合”的结果是互相成就。
jiehe('第二，“结合”')
jiehe('“结合”不是“拼盘”')
Q('拼盘', 'term', req=False)
Q('物理反应', 'term', req=False)
Q('化学反应', 'term', req=False)
F('一个', 1, '个', '文化生命体', req=False, ctx='造就了一个')
marx(ctx='马克思主义把先进的思想理论')
s(P, '中国', ctx='带到中国')
s(P, '中国', ctx='引领中国')
U('九州共贯', 'term', req=False)
s(P, '九州', False)
U('中华民族共同体', req=False)
U('人与自然和谐共生', req=False)
U('共同富裕', req=False)
zhyx(ctx='另一方面，中华优秀传统文化')
marx(False, ctx='马克思主义的文化生命')
marx(ctx='推动马克思主义不断实现')
U('中国化时代化', 'term', req=False)
s(P, '中国', False, ctx='中国化时代化')
s(P, '中国', ctx='中国风格')
s(P, '中国', ctx='中国气派')
U('中国化马克思主义', req=False)
s(P, '中国', False)
marx(False)
s(P, '中国', ctx='中国精神')
Q('第二个结合')
marx(ctx='马克思主义成为中国的')
s(P, '中国', ctx='成为中国的')
zhyx()
jiehe('经由“结合”')
U('中国式现代化', req=False, ctx='中国式现代化的文化形态')  # modifier of 文化形态
s(P, '中国', False)
caption('2日', '--06-02', '中国历史研究院')
# 第三，“结合”筑牢了道路根基。
jiehe('第三，“结合”')
U('社会主义', req=False, ctx='我们的社会主义')
U('中国特色', req=False, ctx='关键就在于中国特色')
s(P, '中国', False)
U('中国特色', req=False, ctx='中国特色的关键')
s(P, '中国', False)
Q('两个结合')
zgts_road(ctx='中国特色社会主义道路首先')
U('社会主义', req=False, ctx='首先是社会主义')
marx(ctx='从马克思主义那里')
s(P, '中国', ctx='中国文化中朴素')
s(P, '中国', ctx='中国接受')
marx(False, ctx='接受马克思主义')  # object inside the relative clause before 文化基础: optional (round 6)
U('中国特色社会主义', ctx='建设中国特色社会主义，')
s(P, '中国', False)
U('中国特色社会主义新时代', req=False)
U('中国特色社会主义', req=False)
s(P, '中国', False)
U('新时代', req=False, ctx='社会主义新时代')
s(DT, '新时代', False)
F('一个', 1, '个', '重要原因', req=False, ctx='一个重要原因')
Q('两个结合')
zgts_road(ctx='中国特色社会主义道路是在')
marx(ctx='马克思主义指导下')
years5000(ctx='五千多年中华文明史中')
Q('第二个结合')
zgts_road()
zgts_road()
U('中国式现代化', ctx='中国式现代化是强国建设')
s(P, '中国', False)
U('强国建设、民族复兴', req=False)
for c in ('中国式现代化赋予', '赋予中国式现代化', '中国式现代化是赓续', '中国式现代化是中华民族'):
    U('中国式现代化', ctx=c)
    s(P, '中国', False)
    if c == '中国式现代化是赓续':
        s(P, '中华', False, ctx='中华大地')
# 第四，“结合”打开了创新空间。
jiehe('第四，“结合”')
jiehe('“结合”本身')
Q('第二个结合')
U('人民代表大会制度', req=False)
s(DEP, '人民代表大会', False, kind="people's congress")
U('政治协商制度', req=False)
Q('兼容并包、求同存异', 'term', req=False)
U('民族区域自治制度', req=False)
U('九州共贯、六合同风、四海一家', 'term', req=False)
U('九州共贯', 'term', req=False)
s(P, '九州', False)
s(P, '中国', ctx='中国文化大一统')
Q('第二个结合')
F('一次', 1, '次', '思想解放', req=False, ctx='又一次')
zhyx()

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
