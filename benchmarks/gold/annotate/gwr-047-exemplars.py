from functools import partial

from _ann import DEP, DT, PE, Ann, P

# Round 32 (r32b): 1995 State Council government work report, gwr-047, range
# [11049, 13118) of the window [4659, 13622): the end of section 四 (精神文明建设:
# 两手抓，两手都要硬, 两个文明, 邓小平同志建设有中国特色社会主义的理论, 《爱国主义教育实施纲要》,
# the eight exemplary persons 张鸣岐 / 包起帆 / 韩素云 (“好军嫂”) / 李双良 (“当代愚公”) /
# 赵雪芳 / 王思明 / 彭宝林 / 曾蛟 with 人民解放军, the 全国劳动模范和先进工作者表彰大会) and
# section 五 up to the clean-government paragraph (同级人民代表大会及其常委会, 人民政协,
# 民主党派, 工会 / 共青团 / 妇联, 居民委员会 / 村民委员会, 国务院, 全国人大常委会, 社会治安综合治理,
# 去年, 今年 ×3, 官僚主义和形式主义, 有令不行、有禁不止). Simplified script (the
# source's own); no digits in this range. Cut at paragraph ends (11049: the
# first character after the `\n`; 13118: the `\n` after the 勤政廉政 paragraph).
A = Ann('gwr-047', 11049, 13118)
s = A.s
F, U, Q, Y = A.figure, A.unquoted, A.quoted, A.date
opt_fig = partial(A.figure, req=False)   # an optional FIGURE
GOV = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}
NPCSC = {'level': 'central', 'kind': "people's congress", 'canonical': '全国人民代表大会常务委员会'}
MASS = {'kind': 'mass organisation'}
PLA = {'level': 'central', 'kind': 'state', 'canonical': '中国人民解放军'}


def this_year(ctx):
    """今年: optional, resolved to the report's year (round 1; gwr-047-stabilisation.py)."""
    s(DT, '今年', False, ctx=ctx, value='1995', resolved='1995')


def zhongguo_tese(ctx):
    """建设有中国特色社会主义 as an object / modifier: optional with 有中国特色社会主义 and 中国 (gwr-047.py; round 17)."""
    sp = U('建设有中国特色社会主义', req=False, ctx=ctx)
    U('有中国特色社会主义', req=False, at=sp['start'] + 2)
    s(P, '中国', False, at=sp['start'] + 3)


# 在我国改革开放和现代化建设进程中，必须始终不渝地坚持两手抓，两手都要硬的方针，加强精神文明建设。
U('改革开放', req=False, ctx='我国改革开放和现代化建设进程')      # optional at every occurrence (round 11)
# the 方针 wording, here with ， for 、: optional, its numerals no figures (r26c)
U('两手抓，两手都要硬', 'directive', req=False)
# 精神文明建设: a policy phrase, none
zhongguo_tese('建设有中国特色社会主义事业的重要组成部分')       # modifier of 事业
# 全国人民: none (round 7)
# 使两个文明建设协调发展: 两个 an anaphoric count of the pair just named (r27c/r27d: optional)
opt_fig('两个', 2, '个', '文明', ctx='使两个文明建设')
# 必须坚持不懈地用邓小平同志建设有中国特色社会主义的理论教育干部和人民。
sp = U('邓小平同志建设有中国特色社会主义的理论')               # required (gwr-047-stabilisation.py, round 30)
s(PE, '邓小平', False, at=sp['start'], title='同志')             # a person inside the doctrine's designation (round 17)
zhongguo_tese('建设有中国特色社会主义的理论教育')
# 《爱国主义教育实施纲要》: the title of a document, no span (guide: names and titles of works)
U('爱国主义、集体主义和社会主义', req=False)                    # the 弘扬 triple (r27a: optional), here with 和
U('改革开放', req=False, ctx='在改革开放和社会主义现代化建设中')
# 抗洪第一线: an ordinal, no FIGURE
s(PE, '张鸣岐', title='同志')                                    # named people with 同志 (round 1)
s(PE, '包起帆', title='工程师')                                  # the title before the name (guide: attrs.title)
# “好军嫂” / “当代愚公”: honorary titles before a name, never SLOGAN (guide), not annotated
s(PE, '韩素云', title='同志')
s(PE, '李双良', title='老工人')
s(PE, '赵雪芳', title='人民的好医生')
s(PE, '王思明', title='优秀教师')
s(PE, '彭宝林', title='人民警察')
s(DEP, '人民解放军', ctx='人民解放军爱军习武标兵', **PLA)      # the army by name (round 2); an organ in a title counts (guide)
s(PE, '曾蛟', title='人民解放军爱军习武标兵')
this_year('今年要召开全国劳动模范')
# 全国劳动模范和先进工作者表彰大会: a conference, not annotated (round 11; r26a)
# 中华民族的传统美德, 社会公德和职业道德, 拜金主义、极端个人主义: none

# 五、为改革和发展创造良好的社会环境 (section number: none) … 高度重视社会主义民主和法制建设。
s(DEP, '同级人民代表大会', False, kind="people's congress")     # generic, like 同级人大 (round 5; gwr-041-unification.py)
s(DEP, '常委会', False, ctx='及其常委会', kind="people's congress")   # its standing committee, generic (round 5)
s(DEP, '人民政协', level='central', kind='cppcc', canonical='中国人民政治协商会议')   # the institution (rounds 1, 3)
s(DEP, '民主党派', False, kind='party')                          # round 3
# 无党派人士: people, none
s(DEP, '工会', False, **MASS)                                    # generic (round 3)
s(DEP, '共青团', canonical='中国共产主义青年团', **MASS)         # round 1
s(DEP, '妇联', canonical='中华全国妇女联合会', **MASS)           # round 3
# 工人阶级, 社会各界人士: none
# 城市居民委员会 / 农村村民委员会: the class of grass-roots self-governing bodies,
# not one named body. Decided here (round 32): optional, like the generic 同级人民代表大会.
s(DEP, '城市居民委员会', False, level='community', kind='mass organisation')
s(DEP, '居民委员会', False, ctx='城市居民委员会', level='community', kind='mass organisation')
s(DEP, '农村村民委员会', False, level='community', kind='mass organisation')
s(DEP, '村民委员会', False, ctx='农村村民委员会', level='community', kind='mass organisation')

# 发展社会主义市场经济要靠健全的法制来保障。今年国务院将提请全国人大常委会审议一批重要的法律草案。
U('社会主义市场经济', 'term', req=False, ctx='发展社会主义市场经济要靠')   # optional (round 11)
this_year('今年国务院将')
s(DEP, '国务院', ctx='今年国务院将', **GOV)                     # required
s(DEP, '全国人大常委会', **NPCSC)                                # required (round 3)
s(DEP, '全国人大', False, ctx='全国人大常委会', level='central', kind="people's congress",
  canonical='全国人民代表大会')                                  # a name inside a longer name (guide)
s(DEP, '人大常委会', False, ctx='全国人大常委会', kind="people's congress")
U('依法行政', req=False)                                         # a policy phrase (gwr-033.py)
U('有法不依、执法不严、违法不究', 'directive', req=False)       # undecided (see note): the negated 十六字方针
# 法律服务机构: generic, none

# 继续抓紧社会治安综合治理。
U('社会治安综合治理', req=False, ctx='继续抓紧社会治安综合治理')   # policy phrase (round 12)
this_year('今年要采取更加强有力')
# 一是 … 四是: list numbers, none
U('社会治安综合治理', req=False, ctx='严格执行社会治安综合治理')
# 为官一任，要保一方平安: a saying; its numerals are no figures (idioms)
# 公安派出所, 专门机关, 治保组织: generic organ nouns, none (round 5: 公安机关)
# 去年我国重大火灾 …
s(DT, '去年', False, ctx='去年我国重大火灾', value='1994', resolved='1994')   # relative, resolved (round 1; gwr-047.py)

# 深入持久地开展勤政廉政建设。
# 县（处）级以上, 县（市）科级, 乡（镇）: ranks, none
this_year('今年还要抓紧县')
# 在全国范围内: none
U('官僚主义和形式主义', 'term', req=False)                      # like 形式主义、官僚主义 (gwr-047-stabilisation.py): optional
U('有令不行、有禁不止', 'term', req=False)                      # like 有令不行、有禁不止、各行其是 (undecided: optional)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
