from _ann import CC, CMC, DEP, DT, PE, SL, Ann, P

# Central Party School 90th anniversary speech, second part: cadre training
# (theory, Party spirit, competence) and the opening of section three
# (the school as a think tank). Traditional script.
A = Ann('xinhua-087', 2105, 4403, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
CPS = {'level': 'central', 'kind': 'party', 'canonical': '中共中央党校'}
THOUGHT = '新时代中国特色社会主义思想'

def thought(ctx):
    U(THOUGHT, ctx=ctx)
    s(P, '中国', False)                       # inside the thought's name

# 新时代新征程，我们党要…
U('新时代新征程', req=False)
U('民族复兴', req=False)                      # goal designation: optional
U('为党育才', req=False)                      # half of the motto: optional
U('马克思主义', req=False, ctx='马克思主义真理之道')   # modifier of a noun
# 理论修养是领导干部综合素质的核心 …
U('马克思主义', ctx='马克思主义这个看家本领')   # the doctrine itself
U('政治判断力、政治领悟力、政治执行力', req=False)
U('马克思主义', req=False, ctx='马克思主义理论、提升')
s(PE, '毛泽东', title='同志')
s(SL, '我们办党校，就是要使我们同志的政治水平和理论水平提高一步，使我们党更加统一。', False, kind='quotation', quoted=True)
s(SL, '我们办党校，就是要使我们同志的政治水平和理论水平提高一步，使我们党更加统一', False, kind='quotation', quoted=True)
U('思想建党', req=False)
U('马克思主义', req=False, ctx='马克思主义理论教育')
U('马克思主义', req=False, ctx='马克思主义经典')
U('马克思主义', req=False, ctx='马克思主义大本大源')
U('马克思主义', req=False, ctx='马克思主义基本原理')
s(P, '中国', ctx='当代中国实际')
U('马克思主义中国化时代化', req=False)
U('马克思主义', req=False, ctx='马克思主义中国化')
s(P, '中国', False, ctx='中国化时代化')
U('统一思想、统一意志、统一行动', req=False)
thought('用新时代中国特色社会主义思想凝心')
thought('把新时代中国特色社会主义思想作为')
U('新理念新思想新战略', req=False)
thought('把新时代中国特色社会主义思想培训')
s(DT, '党的二十大', False); s(DT, '二十大', False)
s(DT, '党的二十大', False, ctx='掌握党的二十大'); s(DT, '二十大', False)
s(DT, '党的二十大', False, ctx='推动党的二十大'); s(DT, '二十大', False)
U('学习贯彻新时代中国特色社会主义思想主题教育', 'campaign', req=False)
thought('新时代中国特色社会主义思想主题教育')
U('主题教育', 'campaign', req=False)
# photo caption
s(DT, '2022年10月27日', value='2022-10-27')
s(DEP, '中共中央', **CC)
s(DEP, '中央军委', **CMC)
s(PE, '习近平', title='中共中央总书记、国家主席、中央军委主席')
s(DEP, '中共中央政治局', level='central', kind='party', canonical='中共中央政治局')
s(DEP, '中共中央', False, **CC)
s(DEP, '中共中央政治局常委', False, level='central', kind='party')
for n in ('李强', '赵乐际', '王沪宁', '蔡奇', '丁薛祥', '李希'):
    s(PE, n, title='中共中央政治局常委')
s(P, '延安革命纪念地', False)                # a memorial site (venue)
s(P, '延安', False)                         # a place at the start of a venue name
s(PE, '习近平', ctx='这是习近平')
s(P, '延安革命纪念馆', False)                # a museum (venue)
s(P, '延安', False)
s(DEP, '延安革命纪念馆', False, kind='museum')
s(DEP, '中共中央', False, ctx='中共中央在延安', **CC)  # inside a title of a work
s(P, '延安', False, ctx='在延安十三年')
s(DEP, '新华社', False, kind='media')
s(PE, '燕雁')                                # photo credit
# 党校是领导干部锤炼党性的“大熔炉”
Q('大熔炉', 'term', req=False)
Q('四史')
U('权力观、政绩观、事业观', req=False)
# 干事创业 …
Q('本领恐慌', 'term', req=False)
s(DEP, '党中央', ctx='围绕党中央', level='central', kind='party', canonical='中共中央')
s(DT, '党的二十大', False, ctx='按照党的二十大'); s(DT, '二十大', False)
U('高质量发展', req=False)
U('防风险、攻难关、迎挑战、抗打压', req=False)
F('一个', 1, '个', '重要功能', req=False)
# 理论教育、党性教育和能力培训 …
# 三、坚守党校初心 …
U('为党献策', req=False)
s(DT, '90年来', False); s('FIGURE', '90年', False, value=90, approx='exact', unit='年')
s(DEP, '中央党校', ctx='中央党校始终', **CPS)
s(DEP, '党中央', ctx='与党中央', level='central', kind='party', canonical='中共中央')
U('马克思主义中国化时代化', req=False, ctx='推进马克思主义中国化时代化')
U('马克思主义', req=False)
s(P, '中国', False, ctx='中国化时代化')
# 各级党校要为宣传阐释 …
F('一种', 1, '种', '现象', req=False)
s(DEP, '中央党校', ctx='特别是中央党校要进一步', **CPS)
U('理论联系实际', req=False)
thought('对新时代中国特色社会主义思想的')

if __name__ == '__main__':
    A.write()
