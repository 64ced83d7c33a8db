from _ann import DEP, DT, PE, Ann, P

# Round 21: Xi Jinping's written statement on arrival at Belgrade Nikola Tesla airport,
# 7 May 2024 (news.cn text, paragraphs separated by two spaces, no line breaks): the whole
# text, annotated as traditional (OpenCC s2t of the source): the dateline
# (新华社贝尔格莱德5月7日电), the heading (the statement's title with the airport's name,
# 2024年5月7日，贝尔格莱德, 中华人民共和国主席　习近平), the invitation of 武契奇总统
# (塞尔维亚共和国), the greetings (中国政府, 塞尔维亚政府), the relations (2016年,
# 全面战略伙伴关系, “一带一路”, 人类命运共同体, 中塞 ×4, 两国 ×7) and the talks.
A = Ann('xinhua-060', 0, 577, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
MEDIA = {'kind': 'media'}
GOV = {'level': 'central', 'kind': 'state'}
D57 = {'value': '--05-07', 'resolved': '2024-05-07'}


def u(t, **kw):  # diplomatic phrases no round has required: optional
    return U(t, req=False, **kw)


def two(ctx):  # 两国: anaphoric (rounds 6, 20)
    s('FIGURE', '两国', False, ctx=ctx, value=2, approx='exact', unit='国')


def zs(ctx):  # 中塞: joined one-character abbreviations (round 2)
    s(P, '中塞', False, ctx=ctx)


# 新华社贝尔格莱德5月7日电
s(DEP, '新华社', False, **MEDIA)
s(P, '贝尔格莱德', ctx='新华社贝尔格莱德')                          # the dateline's place
s(DT, '5月7日', ctx='贝尔格莱德5月7日电', **D57)
# 抵达塞尔维亚贝尔格莱德尼古拉·特斯拉国际机场的书面讲话
s(P, '塞尔维亚贝尔格莱德尼古拉·特斯拉国际机场', False)              # an airport: a venue, optional
s(P, '塞尔维亚贝尔格莱德')                                          # a chain of places before a venue (rounds 2, 3)
s(P, '塞尔维亚', False, ctx='塞尔维亚贝尔格莱德尼古拉')
s(P, '贝尔格莱德', False, ctx='塞尔维亚贝尔格莱德尼古拉')
s(P, '尼古拉·特斯拉国际机场', False)
s(PE, '尼古拉·特斯拉', False)                                       # a person inside the airport's name
# （2024年5月7日，贝尔格莱德）
s(DT, '2024年5月7日', value='2024-05-07')
s(P, '贝尔格莱德', ctx='，贝尔格莱德）')
# 中华人民共和国主席　习近平
s(P, '中华人民共和国', False)                                       # a country in a position title
s(PE, '习近平', title='中华人民共和国主席')
# 很高兴应阿莱克桑达尔·武契奇总统的盛情邀请，对塞尔维亚共和国进行国事访问。
s(PE, '阿莱克桑达尔·武契奇', title='总统')
s(P, '塞尔维亚共和国')
s(P, '塞尔维亚', False, ctx='塞尔维亚共和国')
# 我谨代表中国政府和中国人民，向友好的塞尔维亚政府和塞尔维亚人民致以诚挚问候和良好祝愿。
s(DEP, '中国政府', canonical='中华人民共和国政府', **GOV)          # round 4
s(P, '中国', False, ctx='中国政府')
s(P, '中国', ctx='中国人民')                                        # round 3
s(DEP, '塞尔维亚政府', **GOV)                                       # a named state's government (round 6)
s(P, '塞尔维亚', False, ctx='塞尔维亚政府')
s(P, '塞尔维亚', ctx='塞尔维亚人民')
# 中塞传统友谊深厚，两国关系经受住国际风云变幻的考验
zs('中塞传统')
two('两国关系经受')
# 2016年两国建立全面战略伙伴关系以来
s(DT, '2016年', value='2016')
s(DT, '2016年两国建立全面战略伙伴关系以来', False)                  # the longer form (r7i): optional
two('两国建立')
u('全面战略伙伴关系')                                                # a designation of relations (round 9)
# 两国政治互信坚如磐石，高质量共建“一带一路”成果丰硕
two('两国政治')
Q('一带一路')                                                        # kind formula, as most earlier rounds
u('铁杆友谊')                                                        # a set phrase of these relations: undecided
# 中塞两国坚定支持彼此核心利益和重大关切
zs('中塞两国')
two('中塞两国')
# 中塞合作建立在平等互利基础上，符合两国根本利益 … 为两国人民带来了福祉，为构建人类命运共同体
zs('中塞合作')
two('两国根本')
two('两国人民')
U('人类命运共同体')                                                  # round 1
# 中方愿同塞方一道，不忘初心、携手前行
s(P, '中', False, ctx='中方愿同')                                    # one-character abbreviation (round 2)
s(P, '塞', False, ctx='塞方一道')
u('不忘初心、携手前行')                                              # a variant of 不忘初心: undecided
# 同武契奇总统就双边关系 … 共话友谊、共商合作、共谋发展，规划两国关系发展新蓝图
s(PE, '武契奇', title='总统')
u('共话友谊、共商合作、共谋发展')
two('两国关系发展')
# 谱写中塞关系发展新篇章
zs('中塞关系')

if __name__ == '__main__':
    import sys
    A.write()
    if '--review' in sys.argv:
        A.review()
