from functools import partial

from _ann import DEP, PE, SL, Ann, P

# Round 32 (r32b): 16th CPC National Congress report (2002), cpc-011, range
# [18555, 20779) of the window [17014, 20854): the closing paragraph of section
# 五 (中国共产党, 中国人民, 中国特色社会主义政治建设) and section 六 “文化建设和文化体制改革”
# from its heading through point (六): the opening paragraph (全面建设小康社会,
# 社会主义精神文明), (一) the direction of advanced culture (当代中国, the 三个面向
# wording, 民族的科学的大众的社会主义文化, 马克思列宁主义 / 毛泽东思想 / 邓小平理论,
# “三个代表”重要思想, the 二为 and 双百 方针), (二) the national spirit (一个民族 ×2, 五千多年,
# 以爱国主义为核心的…民族精神), (三) ideology and morals (依法治国 / 以德治国, “三个代表”,
# 以为人民服务为核心…), (四) education and science (数以亿计, 数以千万计, 九年义务教育),
# (五) culture and sport (老少边穷地区, 中西部地区, 二００八年奥运会), (六) the reform of the
# cultural system (一手抓繁荣、一手抓管理). Traditional script: the gold text is the
# OpenCC s2t form of the simplified source (same length); spans are decided on
# the simplified text. Cut at paragraph ends (18555: the first character after
# the `\n`; 20779: the `\n` after point (六)). No person outside doctrine names.
A = Ann('cpc-011', 18555, 20779, script='traditional')
s = A.s
F, U, Q, Y = A.figure, A.unquoted, A.quoted, A.date
opt_fig = partial(A.figure, req=False)   # an optional FIGURE


def sandai(ctx):
    """“三个代表”重要思想: the quoted 三个代表 required, the whole optional (round 7; cpc-011-theory.py)."""
    sp = s(SL, '“三个代表”重要思想', False, ctx=ctx, kind='formula', quoted=False)
    Q('三个代表', at=sp['start'] + 1)


def cssz(ctx, req=False):
    """中国特色社会主义: optional as the modifier of a noun (round 2); 中国 inside optional."""
    sp = U('中国特色社会主义', req=req, ctx=ctx)
    s(P, '中国', False, at=sp['start'])


def doctrine(name, person, req=True, ctx=None):
    sp = U(name, req=req, ctx=ctx)
    s(PE, person, False, at=sp['start'])          # a person inside a doctrine name: optional (round 6)
    return sp


# 社会主义民主政治具有强大的生命力和优越性。中国共产党和中国人民对自己选择的政治发展道路充满信心，…
U('社会主义民主政治', req=False)                                  # a political-system term (round 3: optional)
s(DEP, '中国共产党', False, level='central', kind='party')         # the Party as a whole (guide: optional)
s(P, '中国', False, ctx='中国共产党和')                             # a place at the start of a name (guide)
s(P, '中国', ctx='和中国人民')                                     # 中国 in 中国人民 (round 3: required)
cssz('把中国特色社会主义政治建设')                                 # modifier of 政治建设

# 六、文化建设和文化体制改革 (section number: none)
# 全面建设小康社会，必须大力发展社会主义文化，建设社会主义精神文明。…
U('全面建设小康社会', req=False, ctx='全面建设小康社会，必须大力发展')   # a goal (round 3)
U('社会主义精神文明', req=False, ctx='建设社会主义精神文明。')      # a policy phrase (round 11)
# 当今世界, 综合国力, 全党同志: none

# （一）牢牢把握先进文化的前进方向。在当代中国，发展先进文化，…
s(P, '中国', ctx='在当代中国')                                     # 当代中国 (round 3: required)
U('面向现代化、面向世界、面向未来', req=False)                      # the 三个面向 wording (r26c: optional)
U('民族的科学的大众的社会主义文化', req=False)                      # r26c: optional
# 必须坚持马克思列宁主义、毛泽东思想和邓小平理论在意识形态领域的指导地位: the doctrines themselves (round 3)
sp = doctrine('马克思列宁主义', '马克思')
s(PE, '列宁', False, at=sp['start'] + 3)
doctrine('毛泽东思想', '毛泽东', ctx='毛泽东思想和邓小平理论在意识形态')
doctrine('邓小平理论', '邓小平', ctx='邓小平理论在意识形态')
sandai('用“三个代表”重要思想统领')
U('为人民服务、为社会主义服务', req=False)                          # the 二为 方针 (r26c: optional)
U('为人民服务', req=False, ctx='为人民服务、为社会主义服务')        # inside it (round 10; r27a): optional
U('百花齐放、百家争鸣', req=False)                                  # the 双百 pair (r26c, r28b: optional)
U('弘扬主旋律，提倡多样化', 'directive', req=False)                # undecided (round 32): a standard wording of the 1990s, optional
U('以科学的理论武装人，以正确的舆论引导人，以高尚的精神塑造人，以优秀的作品鼓舞人',
  'directive', req=False)                                           # undecided (round 32): the 四个“以” wording, optional
U('大力发展先进文化，支持健康有益文化，努力改造落后文化，坚决抵制腐朽文化',
  'directive', req=False)                                           # undecided (round 32): optional
# 文艺工作者, 新闻出版和广播影视, 互联网站: none
U('改革开放', req=False, ctx='立足于改革开放和现代化建设')          # optional at every occurrence (round 11)
cssz('不断增强中国特色社会主义文化')                               # modifier of 文化

# （二）坚持弘扬和培育民族精神。民族精神是一个民族赖以生存和发展的精神支撑。一个民族，…
opt_fig('一个', 1, '个', '民族', ctx='是一个民族赖以')                # 一个: optional (round 2)
opt_fig('一个', 1, '个', '民族', ctx='一个民族，没有')
# 世界民族之林: none
opt_fig('五千多年', 5000, '年', '中华民族的发展', ap='more_than')    # the age of the civilisation, a duration (README: optional)
# 中华民族: none (a people, not a place)
U('以爱国主义为核心的团结统一、爱好和平、勤劳勇敢、自强不息的伟大民族精神', req=False)   # undecided (round 32): optional
U('团结统一、爱好和平、勤劳勇敢、自强不息', req=False)             # its four components (undecided, round 32): optional
# 我们党, 国民教育全过程, 精神文明建设全过程: none

# （三）切实加强思想道德建设。依法治国和以德治国相辅相成。…
U('依法治国', req=False, ctx='依法治国和以德治国')                   # round 3: optional at every occurrence
U('以德治国', req=False)                                            # like 依法治国 (decided round 32: optional)
U('社会主义市场经济', 'term', req=False, ctx='与社会主义市场经济相适应')   # round 11
# 中华民族传统美德, 社会主义思想道德体系: none
U('党的基本理论、基本路线、基本纲领', req=False)                    # like 党的基本路线 (round 5): optional
sandai('基本纲领和“三个代表”重要思想')
cssz('树立中国特色社会主义共同理想')                               # modifier of 共同理想
# 世界观、人生观和价值观: none; 公民道德建设实施纲要: a document named without 《》, none (r26d)
# 爱国主义精神: none (a spirit; 爱国主义 alone optional only in 高举…旗帜, r26a)
U('以为人民服务为核心、以集体主义为原则、以诚实守信为重点', req=False)   # r27a: optional
U('为人民服务', req=False, ctx='以为人民服务为核心')                # inside it (round 10)
# 社会公德、职业道德和家庭美德, 群众性精神文明创建活动: none

# （四）大力发展教育和科学事业。…
# 德智体美全面发展的社会主义建设者和接班人, 素质教育: none
opt_fig('数以亿计', 100000000, '', '高素质劳动者', ap='about')      # r27a: optional (undecided)
opt_fig('数以千万计', 10000000, '', '专门人才', ap='about')        # like 数以亿计 (r27a): optional
# 一大批: a vague quantity, none
opt_fig('九年', 9, '年', '义务教育', ctx='九年义务教育')            # a duration in 九年义务教育 (round 11; r27a): optional
# 终身教育体系, 哲学社会科学: none

# （五）积极发展文化事业和文化产业。…
s(P, '老少边穷地区', False)                                         # r16d: optional
s(P, '中西部地区', False)                                           # a region without fixed boundary (round 8): optional
Y('二００八年', '2008')                                             # a year (guide), like ２００８年 in gwr-041.py
# 奥运会: an event, not annotated (round 11; gwr-041.py)
# 我国: none

# （六）继续深化文化体制改革。根据社会主义精神文明建设的特点和规律，…
U('社会主义精神文明', req=False, ctx='根据社会主义精神文明建设')
U('社会主义市场经济', 'term', req=False, ctx='适应社会主义市场经济发展')
# 多出精品、多出人才: none
U('一手抓繁荣、一手抓管理', 'directive', req=False)                # a 方针 wording like 两手抓、两手都要硬 (r26c): optional; no FIGURE

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
