# Round 42 (annotator r42b, blind), gwr-039: 2004 State Council government work
# report, range [13148, 14854) of the allowed window [13008, 14854) (the heading
# of field (九) and its first paragraph on political reform are left out: they
# hold no required span, and the rest is 1,706 characters): the end of field (九)
# (nationalities and religion: 党的民族政策, 平等、团结、互助, 宗教信仰自由政策,
# 独立自主自办; legislation; public order: 社会治安综合治理; safety), national
# defence (全面建设小康社会, the quoted 总要求 “政治合格、军事过硬、作风优良、纪律严明、
# 保障有力”, 中国特色军事变革, 科技强军战略, 依法治军, 军民结合、寓军于民, 2005年 and
# 20万, 人民武装警察部队, 预备役部队 and 民兵, 双拥共建) and section 三 “加强政府自身建设”
# up to point 第二 (一年来, 执政为民, 法治政府, 三项基本准则, 新的一年, 政企分开,
# 科学民主决策, 一项). Arabic numerals. Script: simplified (as the source).
from _ann import DEP, DT, Ann, P

A = Ann('gwr-039', 13148, 14854)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
PARTY = {'level': 'central', 'kind': 'party', 'canonical': '中国共产党'}
Y04 = {'value': '2004', 'resolved': '2004'}


def xiaokang(ctx):
    """全面建设小康社会: a goal (round 3: optional)."""
    U('全面建设小康社会', req=False, ctx=ctx)


def modern(ctx):
    """国防和军队现代化: optional (round 18)."""
    U('国防和军队现代化', 'term', req=False, ctx=ctx)


# 继续做好民族、宗教、侨务工作。
s(DEP, '党', False, ctx='党的民族政策', **PARTY)                       # the Party as a whole (guide: optional)
U('平等、团结、互助', req=False)                                        # rounds 22, 26: optional wording
s(DEP, '党', False, ctx='党的宗教信仰自由政策', **PARTY)
U('宗教信仰自由政策', 'term', req=False)                                # r27b: optional term
U('独立自主自办', ctx='独立自主自办的原则')                             # a principle's fixed name, named 原则 (round 3: required)
U('积极引导宗教与社会主义社会相适应', req=False)                        # the standard wording of religious policy (undecided: optional)
U('引导宗教与社会主义社会相适应', req=False)                            # without the adverb (undecided: optional)
# 加强政府立法工作。… (律师、公证: none)
U('学法、懂法、守法', req=False)                                        # a set wording (undecided: optional)
# 保障人民群众安居乐业，…
U('社会治安综合治理', req=False)                                        # a policy phrase (rounds 12, 13: optional)
# 政法机关: a generic organ noun (guide: none); 邪教组织: none
U('人民内部矛盾', 'term', req=False)                                    # Mao's category, 正确处理…人民内部矛盾 (undecided: optional)
# 要以对国家和人民高度负责的精神，切实加强安全工作。… (none)
# 加强国防和军队现代化建设，是维护国家安全和全面建设小康社会的重要保障。
modern('加强国防和军队现代化建设')
xiaokang('维护国家安全和全面建设小康社会')
Q('政治合格、军事过硬、作风优良、纪律严明、保障有力', 'directive')         # the army's 总要求 (round 18: required, kind directive)
U('中国特色军事变革', 'term', req=False)                                # round 5: optional
s(P, '中国', False, ctx='中国特色军事变革')                             # round 5: optional inside it
modern('国防和军队现代化的跨越式')
U('科技强军战略')                                                       # the strategy's fixed name (round 18: required)
U('科技强军', req=False, ctx='科技强军战略')                            # round 18: optional inside
U('以信息化为主导、机械化为基础', req=False)                            # the wording of the army's modernisation (undecided: optional)
U('依法治军', req=False)                                                # like 依法治国 (round 18: optional)
U('国防建设与经济建设协调发展', req=False)                              # round 18: optional
U('军民结合、寓军于民', req=False)                                      # a 方针 wording, like 军民结合、平战结合 (r27; undecided: optional)
U('寓军于民', req=False, ctx='军民结合、寓军于民')                      # round 18: optional
A.date('2005年', '2005', ctx='2005年前')                               # the bare date inside a modified one (guide)
s(DT, '2005年前', False, value='2005')                                  # the longer form (guide: optional)
F('20万', 200000, '', '裁减的军队员额')                                  # a number before a noun-less verb object (guide: the number, unit "")
s(DEP, '人民武装警察部队', level='central', kind='state', canonical='中国人民武装警察部队')   # the armed force by name (round 2: 武警部队; round 5)
s(DEP, '预备役部队', False, level='central', kind='state')              # a class of forces (round 18: optional)
s(DEP, '民兵', False, kind='state')                                     # round 18: optional
U('双拥共建活动', 'campaign', req=False)                                # activity name with unquoted 双拥 (round 9: unquoted optional, round 3)
U('双拥', req=False, ctx='双拥共建活动')                                # unquoted (round 9 / round 3: optional)
U('军政军民团结', 'term', req=False)                                    # round 18: optional
# 三、加强政府自身建设 (a section number: none)
xiaokang('在全面建设小康社会的进程中')
s(DT, '一年来', False, value='2003', resolved='2003')            # relative time, the year under review (conventions; gwr-039-sars)
U('执政为民', 'term', req=False)                                        # alone (round 31: optional)
U('法治政府', 'term', req=False)                                        # policy phrase (round 7 list: optional)
U('科学民主决策、坚持依法行政和加强行政监督', req=False)                 # the three principles' wording (undecided: optional)
U('科学民主决策', req=False, ctx='科学民主决策、坚持')                    # (undecided: optional)
U('依法行政', req=False, ctx='坚持依法行政和')                          # round 3: optional
s('FIGURE', '三项', False, value=3, approx='exact', unit='项', subject='基本准则')   # a count after a closed list (round 2: anaphoric, optional)
s(DT, '新的一年', False, **Y04)                                         # relative time (round 13: optional)
# 第一，推进政府职能转变。 (第一: a list number)
U('政企分开', req=False)                                                # rounds 22, 28: optional
U('市场在资源配置中的基础性作用', 'term', req=False)                    # like 使市场在资源配置中起决定性作用 (round 7: optional)
# 第二，坚持科学民主决策。
U('科学民主决策', req=False, ctx='坚持科学民主决策')
U('公众参与、专家论证和政府决策相结合', req=False)                       # the decision mechanism's wording (undecided: optional)
s('FIGURE', '一项', False, value=1, approx='exact', unit='项', subject='基本工作制度')   # 一项 (round 2: optional)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
