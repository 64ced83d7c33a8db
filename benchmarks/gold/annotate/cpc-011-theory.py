from _ann import PE, SL, Ann, P

# 16th CPC National Congress report (2002), section 二 “全面贯彻‘三个代表’重要思想”:
# the heading, the three opening paragraphs (what the thought is, the Party's
# historical position, 与时俱进 / 先进性 / 执政为民), points (一) (与时俱进,
# theoretical innovation) and (二) (development as the first task) and the
# first paragraph of (三) (all positive factors). Traditional
# script. No counted figure (only 一个, optional), no person outside the
# doctrine names, no calendar date.
A = Ann('cpc-011', 4828, 6869, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted


def sandai(ctx):
    """“三个代表”重要思想: the quoted 三个代表 required, the whole optional (round 7)."""
    sp = s(SL, '“三个代表”重要思想', False, ctx=ctx, kind='formula', quoted=False)
    Q('三个代表', at=sp['start'] + 1)


def cssz(ctx, req=False):
    """中国特色社会主义: optional as the modifier of a noun (round 2); 中国 inside optional."""
    sp = U('中国特色社会主义', req=req, ctx=ctx)
    s(P, '中国', False, at=sp['start'])


def mks(req, ctx):
    """马克思主义: required where the doctrine is meant, optional as a modifier (rounds 2 and 6)."""
    sp = U('马克思主义', req=req, ctx=ctx)
    s(PE, '马克思', False, at=sp['start'])


def doctrine(name, person, req=True, ctx=None):
    sp = U(name, req=req, ctx=ctx)
    s(PE, person, False, at=sp['start'])          # a person inside a doctrine name: optional
    return sp


def zg(ctx):
    """中国 where the text is about the country (当代中国, 中国社会, round 3): required."""
    s(P, '中国', ctx=ctx)


def jfsx(ctx):
    """解放思想、实事求是、与时俱进: the wording of the Party's ideological line (undecided: optional)."""
    sp = U('解放思想、实事求是、与时俱进', req=False, ctx=ctx)
    # the 1978 wording inside it: optional too (nesting; slip fixed after the first measurement)
    U('解放思想、实事求是', 'directive', req=False, at=sp['start'])


# 二、全面贯彻“三个代表”重要思想
sandai('二、全面贯彻“三个代表”重要思想')

# 开创中国特色社会主义事业新局面，必须高举邓小平理论伟大旗帜，坚持贯彻“三个代表”重要思想。
cssz('开创中国特色社会主义事业新局面')                     # modifier of 事业
U('高举邓小平理论伟大旗帜', req=False)                      # the theme wording: optional (round 6)
doctrine('邓小平理论', '邓小平', req=False, ctx='高举邓小平理论伟大旗帜')   # modifies 旗帜 (round 6)
sandai('坚持贯彻“三个代表”重要思想。')
# “三个代表”重要思想是对马克思列宁主义、毛泽东思想和邓小平理论的继承和发展
sandai('“三个代表”重要思想是对马克思列宁主义')
sp = doctrine('马克思列宁主义', '马克思')                  # the doctrine itself (round 3)
s(PE, '列宁', False, at=sp['start'] + 3)
doctrine('毛泽东思想', '毛泽东')
doctrine('邓小平理论', '邓小平', ctx='和邓小平理论的继承和发展')   # the doctrine itself
zg('当代世界和中国的发展变化')
U('党的建设', req=False, ctx='加强和改进党的建设、推进')   # optional (round 9)
Q('三个代表', ctx='始终做到“三个代表”')
U('立党之本、执政之基、力量之源', req=False)               # undecided: the 2002 standard wording

# “三个代表”重要思想，是在科学判断党的历史方位的基础上提出来的。…
sandai('“三个代表”重要思想，是在科学判断')
U('社会主义市场经济', 'term', req=False, ctx='发展社会主义市场经济条件下')   # round 6
zg('从中国和世界的历史')
zg('推动中国社会进步和加强')
U('党的建设', req=False, ctx='加强党的建设的问题')

# 贯彻“三个代表”重要思想，关键在坚持与时俱进，核心在坚持党的先进性，本质在坚持执政为民。
sandai('贯彻“三个代表”重要思想，关键在')
U('与时俱进', 'term', req=False, ctx='关键在坚持与时俱进')   # undecided: parts of the standard wording
U('执政为民', 'term', req=False, ctx='本质在坚持执政为民')
sandai('增强贯彻“三个代表”重要思想的自觉性')

# （一）贯彻“三个代表”重要思想，必须使全党始终保持与时俱进的精神状态，不断开拓马克思主义理论发展的新境界。
sandai('（一）贯彻“三个代表”重要思想')
U('与时俱进', 'term', req=False, ctx='保持与时俱进的精神状态')
mks(False, '马克思主义理论发展的新境界')                    # modifier
jfsx('党的思想路线，解放思想、实事求是、与时俱进')
U('与时俱进', 'term', req=False, ctx='与时俱进，就是党的全部理论')

# 创新是一个民族进步的灵魂，是一个国家兴旺发达的不竭动力，也是一个政党永葆生机的源泉。
F('一个', 1, '个', '民族', req=False, ctx='创新是一个民族')   # 一个: optional (round 2)
F('一个', 1, '个', '国家', req=False, ctx='是一个国家兴旺')
F('一个', 1, '个', '政党', req=False, ctx='也是一个政党')
U('改革开放', req=False, ctx='我国改革开放和现代化建设')     # policy phrase (round 11)
mks(False, '以马克思主义的理论勇气')                        # modifier (的 + noun)
cssz('把中国特色社会主义事业不断推向前进')                  # modifier of 事业

# 创新就要不断解放思想、实事求是、与时俱进。…
jfsx('创新就要不断解放思想、实事求是、与时俱进')
mks(False, '从对马克思主义的错误的')                        # modifier (的 + noun)
mks(False, '要坚持马克思主义基本原理')                      # modifier (基本理论, round 2)
mks(True, '用发展着的马克思主义指导新的实践')               # 在马克思主义指导下 (round 6): the doctrine itself

# （二）贯彻“三个代表”重要思想，必须把发展作为党执政兴国的第一要务，…
sandai('（二）贯彻“三个代表”重要思想')
# 第一要务: an ordinal, no FIGURE
mks(False, '马克思主义执政党必须')                          # modifier (马克思主义政党, round 6)
zg('推动当代中国先进生产力')                                # 当代中国 (round 3)

# 我们党在中国这样一个经济文化落后的发展中大国领导人民进行现代化建设，…
zg('我们党在中国这样')
F('一个', 1, '个', '经济文化落后的发展中大国', req=False, ctx='这样一个经济文化')
zg('推动中国社会进步的历史责任')
# 发展先进生产力、发展先进文化、实现最广大人民的根本利益: the three 代表 paraphrased (none)
sandai('就能使“三个代表”重要思想不断落实')

# 发展必须坚持以经济建设为中心，立足中国现实，…
U('以经济建设为中心', req=False)                            # undecided: the central task of the basic line, unquoted
zg('立足中国现实')
U('聚精会神搞建设，一心一意谋发展', req=False)              # undecided: unquoted standard wording (like 一心一意谋发展、一以贯之抓落实)

# （三）贯彻“三个代表”重要思想，必须最广泛最充分地调动一切积极因素，不断为中华民族的伟大复兴增添新力量。…
sandai('（三）贯彻“三个代表”重要思想')
U('中华民族的伟大复兴', req=False)                           # a goal designation (round 2)
# 党和国家事业, 我国社会: none

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
