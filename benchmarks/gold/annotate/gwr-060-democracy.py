from _ann import CC, DEP, DT, PE, SL, Ann, all_occ

# Round 33 (annotator r33d), blind: the 1979 State Council government work
# report, section 三 "加强社会主义民主和社会主义法制", range [17239, 19441): the
# heading and the first five paragraphs: why democracy and the legal system
# (林彪、“四人帮” ×3), socialist democracy as the state system (四个现代化 ×4,
# 中共中央, 四项基本原则 with 马克思列宁主义毛泽东思想, 民主集中制), the measures since
# 五届人大一次会议 (人大常委会, 群众路线), the feudal legacy (专制主义、官僚主义 …,
# “四人帮 ” printed with a space) and the government's duty (毛泽东同志 with
# “放下臭架子、甘当小学生”, 各级人民代表大会). No figure but the articles.
# Script: **traditional** (the gold text is OpenCC s2t of the simplified source,
# same length; spans are found on the simplified form, _ann.py).
A = Ann('gwr-060', 17239, 19441, script='traditional')
s = A.s
U, Q = A.unquoted, A.quoted
NPC = {'level': 'central', 'kind': "people's congress", 'canonical': '全国人民代表大会'}
NPCSC = {'level': 'central', 'kind': "people's congress", 'canonical': '全国人民代表大会常务委员会'}


def opt_fig(t, v, u, subj, ctx=None, ap='exact'):
    s('FIGURE', t, False, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)


# at every occurrence in the range
all_occ(A, PE, '林彪')                                              # required (cpc-006; gwr-060 gold)
all_occ(A, SL, '四人帮', False, kind='term', quoted=True)           # a quoted faction label: optional (round 1; conventions)
_q = A.simp.find('四人帮 ')
s(SL, '四人帮 ', False, at=_q, kind='term', quoted=True)            # printed “四人帮 ” with a space inside the marks: the text inside, optional (undecided)
all_occ(A, SL, '四个现代化', kind='formula', quoted=False)          # required at every free occurrence (round 1; r16c)
all_occ(A, SL, '社会主义民主', False, kind='term', quoted=False)    # policy phrase (like 社会主义民主政治, optional)
all_occ(A, SL, '社会主义法制', False, kind='term', quoted=False)    # policy phrase (like 社会主义民主和法制建设, round 5: optional)
all_occ(A, SL, '民主集中制', False, kind='term', quoted=False)      # round 3: optional
all_occ(A, SL, '官僚主义', False, kind='term', quoted=False)        # undecided: optional (earlier gold)
A.cur = 0

# 三、加强社会主义民主和社会主义法制 (三: a section number)
# 我国: not a place (guide)
opt_fig('一类', 1, '类', '阴谋家', ctx='一类阴谋家可以')            # an article-like count (round 10: articles optional)
# 社会主义民主问题首先是社会主义国家的国家制度问题 …
U('社会主义现代化', 'term', req=False, ctx='叫做社会主义现代化')     # policy phrase (conventions: optional)
U('农业、工业、国防、科学技术的现代化', req=False)                 # the wording of 四个现代化 spelled out (undecided: optional)
opt_fig('一种', 1, '种', '社会过程', ctx='一种社会过程')             # article (round 9)
s(DEP, '中共中央', **CC)                                           # required (guide)
U('四项基本原则')                                                  # a set of principles' fixed name (round 2); no FIGURE
U('坚持社会主义道路', req=False)                                   # the four principles one by one (undecided: optional)
U('坚持无产阶级专政', req=False)
U('无产阶级专政', 'term', req=False, ctx='坚持无产阶级专政')        # optional (earlier gold)
U('坚持共产党的领导', req=False)
s(DEP, '共产党', False, ctx='坚持共产党的领导', kind='party')       # the Party as a whole (guide: optional)
U('坚持马克思列宁主义毛泽东思想', req=False)
U('马克思列宁主义毛泽东思想', req=False)                          # the two doctrines run together (undecided: optional as a whole)
sp = U('马克思列宁主义', ctx='马克思列宁主义毛泽东思想')           # the doctrine itself (round 3)
s(PE, '马克思', False, at=sp['start'])                             # names inside a doctrine name (guide)
s(PE, '列宁', False, at=sp['start'] + 3)
sp = U('毛泽东思想', ctx='列宁主义毛泽东思想')               # required (conventions)
s(PE, '毛泽东', False, at=sp['start'])
# 这四项原则: an anaphoric repeat of the formula
U('四项原则', req=False)                                            # a short repeat of 四项基本原则 (undecided: optional)
opt_fig('四项', 4, '项', '原则', ctx='四项原则')                     # slip fixed: an anaphoric count (conventions: 这两个时期, 两项资金 optional)
# 我国 (在我国): not a place

# 五届人大一次会议以来 …
s(DT, '五届人大一次会议以来', False)                                # event-anchored time (guide)
s(DT, '五届人大一次会议', False)                                    # a session used as a time (round 1; gwr-060 gold)
s(DEP, '五届人大', False, **NPC)                                   # the ordinal form optional (conventions)
s(DEP, '人大', ctx='五届人大一次', **NPC)                           # 人大 required (conventions)
opt_fig('一系列', 1, '系列', '措施', ctx='一系列措施')              # article (round 10)
U('群众路线', req=False)                                           # round 3: optional
s(DEP, '人大常委会', ctx='在人大常委会主持下', **NPCSC)             # the NPC Standing Committee by its short name: required (conventions; round 3)
# 这次代表大会: anaphoric, the session, no span; 宪法: no label

# 但是，应该承认，我国封建主义的历史很长 …
U('无政府主义', 'term', req=False, ctx='家长作风以及无政府主义')    # an -ism opposed (undecided: optional)
opt_fig('一类', 1, '类', '阴谋家', ctx='一类阴谋家钻了')
U('无政府主义', 'term', req=False, ctx='派性和无政府主义')

# 就政府工作来说 …
opt_fig('一项', 1, '项', '崭新的事业', ctx='一项崭新的事业')         # article (round 10)
s(PE, '毛泽东', title='同志', ctx='毛泽东同志的教导')               # required with title 同志 (gwr-060 gold)
Q('放下臭架子、甘当小学生', 'quotation', req=False)                # a person's quoted words (conventions: optional quotation)
s(DEP, '人民代表大会', False, ctx='各级人民代表大会', kind="people's congress")  # generic 各级… (round 5: 同级人民代表大会 optional)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
