from _ann import DEP, DT, PE, SL, Ann, P

# Round 20: Xi Jinping at the symposium of scientists, 11 Sep 2020 (jhsjk text, no line
# breaks): the end of section 一 (百年未有之大变局, “十四五”, the four needs 一是…四是,
# “四个现代化”, “从0到1”, the four 面向) and section 二 points 第一 to 第四 (Engels quoted,
# 70%以上, “两弹一星”, 国家实验室, “卡脖子”, 十年树木，百年树人). From 当今世界正经历
# (after 表示衷心的感谢！) to the end of 第四 (jhsjk2020-017.py starts at 第五，);
# annotated in traditional script (OpenCC s2t of the source).
A = Ann('jhsjk2020-017', 458, 2783, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
INST = {'kind': 'institute'}
def opt_fig(t, v, u, ctx=None):
    return s('FIGURE', t, False, ctx=ctx, value=v, approx='exact', unit=u)

# 当今世界正经历百年未有之大变局 …
U('百年未有之大变局')                                   # required standing alone (round 5)
s(DT, '十四五', False); s(SL, '十四五', False, kind='period', quoted=True)   # round 10: optional
# 一是 … 四是: list numbers, no figures
U('高质量发展', req=False)                               # optional at every occurrence (round 10)
U('现代化经济体系', req=False)                           # a goal designation: undecided
U('质量变革、效率变革、动力变革', req=False)             # the three changes, unquoted: undecided
U('人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾', req=False)  # as in jhsjk2020-022
U('新发展格局')                                          # required (round 10)
U('国内大循环', 'term', req=False)
U('供给侧结构性改革', req=False)                         # round 6
U('国内国际双循环', 'term', req=False)
U('双循环', 'term', req=False)                             # inside 国内国际双循环 (round 5; slip fixed)
U('全面建设社会主义现代化国家新征程', req=False)         # a goal (round 5), with the parts inside
U('全面建设社会主义现代化国家', req=False)
U('社会主义现代化国家', req=False)
Q('四个现代化')                                          # a quoted numbered formula: required
U('全面建设社会主义现代化强国', req=False)               # like 全面建成社会主义现代化强国
U('社会主义现代化强国', req=False)
U('单边主义、保护主义', req=False)
U('单边主义', req=False); U('保护主义', req=False)       # round 5
Q('从0到1', 'term', req=False)                           # a quoted coinage: optional (guide)
U('面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康', req=False)  # the four 面向: undecided

# 二、… 第一，坚持需求导向和问题导向。
s(PE, '恩格斯')
Q('社会一旦有技术上的需要，这种需要就会比十所大学更能把科学推向前进。', 'quotation', req=False)
Q('社会一旦有技术上的需要，这种需要就会比十所大学更能把科学推向前进', 'quotation', req=False)
opt_fig('十所', 10, '所')                                # inside a quotation: optional
F('70%以上', 70, '%', '石油对外依存度', ap='more_than|at_least')

# 第二，整合优化科技资源配置。
Q('两弹一星', 'campaign')                                # required (jhsjk2020-017, round 10)
opt_fig('一批', 1, '批', ctx='一批领军')
opt_fig('一批', 1, '批', ctx='一批帅才')
U('集中力量办大事', req=False)                           # round 5
opt_fig('一批', 1, '批', ctx='一批国家实验室')
s(DEP, '国家实验室', False, **INST)                      # institutes (round 6)
s(DEP, '国家重点实验室', False, **INST)

# 第三，持之以恒加强基础研究。
Q('卡脖子', 'term', req=False)                           # a quoted coinage (guide)

# 第四，加强创新人才教育培养。
U('人才是第一资源', req=False)                           # a set phrase: undecided
U('十年树木，百年树人', 'quotation', req=False)          # a proverb; 十年 / 百年 are no figures (idiom)
opt_fig('一批', 1, '批', ctx='一批基地')
s(DEP, '前沿科学中心', False, **INST)                    # a class of centres, like 国家级制造业创新中心
opt_fig('一批', 1, '批', ctx='一批具有')
s(P, '华', False, ctx='在华工作提供')                    # one-character abbreviation

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
