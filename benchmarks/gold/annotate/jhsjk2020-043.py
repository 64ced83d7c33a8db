from _ann import DEP, DT, PE, SL, Ann, P

# Round 18: Xi Jinping's address to the third Paris Peace Forum, 12 Nov 2020 (jhsjk
# text, one line, no paragraph breaks): the whole text. The heading (the speech's
# title, 第三届巴黎和平论坛, 2020年11月12日, 北京, 中华人民共和国主席 习近平), the salutation
# (马克龙总统), the three proposals (3点倡议: the epidemic with 世界卫生组织 and
# 人类卫生健康共同体; recovery with 中共十九届五中全会, 新发展理念/格局, 二十国集团's
# “暂缓最贫困国家债务偿还倡议”, 非洲, 中欧, the 2030 / 2060 carbon targets, 欧方/法方; peace
# with 联合国安理会, 法国), the closing (大道之行，天下为公, 人类命运共同体), the Xinhua
# dateline and the People's Daily source line. Annotated on the simplified source,
# written in traditional script (OpenCC s2t).
A = Ann('jhsjk2020-043', 0, 1235, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
INT = {'kind': 'international organisation'}


def cn(ctx):
    """中国 as the country (rounds 3, 5, 8): required."""
    s(P, '中国', ctx=ctx)


def one(ch, ctx):
    """中 / 法 / 欧 in 中方, 法方, 欧方: one-character abbreviations used alone, optional."""
    s(P, ch, False, ctx=ctx)


def forum(ctx):
    """巴黎和平论坛: the forum is an organisation (论坛成立以来): optional like international
    organisations (round 1); 巴黎 at the start of its name optional (round 16)."""
    s(DEP, '巴黎和平论坛', False, ctx=ctx, **INT)
    s(P, '巴黎', False)


# heading: 共抗疫情，共促复苏，共谋和平——在第三届巴黎和平论坛的致辞（2020年11月12日，北京）
U('共抗疫情，共促复苏，共谋和平', req=False)        # the speech title (like 携手同行现代化之路)
forum('第三届巴黎和平论坛的致辞')                    # 第三届: an ordinal
s(DT, '2020年11月12日', value='2020-11-12')
s(P, '北京', ctx='，北京）')                          # the place of the heading (xinhua-014: 天津)
s(P, '中华人民共和国', False)                         # a country in a position title (convention)
s(PE, '习近平', title='中华人民共和国主席')
# 尊敬的马克龙总统 …
s(PE, '马克龙', title='总统')
forum('很高兴出席第三届巴黎和平论坛')
s(DT, '论坛成立以来', False)                          # an event-anchored time (like 上海合作组织成立以来)
U('多边主义', 'term', req=False)                      # optional (earlier rounds)
s(PE, '马克龙', title='总统', ctx='我对马克龙总统')
one('法', '法方作出')
# 在此，我提3点倡议。
F('3点', 3, '点', '倡议', req=False)                  # a count of the list that follows (round 9)
# 第一，团结互助，共抗疫情。 (list number; the point title optional like the title)
U('团结互助，共抗疫情', req=False)
# 新冠肺炎: a disease, no label
U('人民至上、生命至上', req=False)                    # undecided (earlier rounds): optional
U('人民至上', req=False)
U('以人为本', req=False)
s(DEP, '世界卫生组织', False, **INT)                  # international organisation (round 1)
cn('中国愿继续同各国分享')
cn('履行中国疫苗')                                   # the country's vaccines
# 发展中国家: no PLACE (round 4)
U('人类卫生健康共同体', req=False)                    # undecided: a formula of 2020 (卫生健康共同体 optional, round 11: jhsjk2020-047)
U('卫生健康共同体', req=False, ctx='人类卫生健康共同体')
# 第二，开放合作，共促复苏。
U('开放合作，共促复苏', req=False)
s(DT, '两周前', False)                                # a relative time
F('两周', 2, '周', '', req=False)                     # a duration
s(DT, '中共十九届五中全会', False)                    # an event (as jhsjk2020-049)
s(DEP, '中共', False, level='central', kind='party')  # as jhsjk2020-049
s(DT, '十九届五中全会', False)
# 关于制定国民经济和社会发展第十四个五年规划和2035年远景目标的建议: the name of a document
# (not in 《》); 第十四个: an ordinal; 五年 inside 五年规划 optional (a duration);
# 2035年 in the goal's name 2035年远景目标: undecided, optional like 2030年 inside the
# agenda's name (round 9)
F('五年', 5, '年', '规划', req=False, ctx='第十四个五年规划')
s(DT, '2035年', False, value='2035')
cn('规划了中国未来')
cn('中国将践行')
U('新发展理念')                                      # required (round 1)
U('新发展格局')                                      # required (round 1)
U('高质量发展', req=False)                            # optional at every occurrence
U('开放型世界经济', 'term', req=False)
cn('中国将落实好')
s(DEP, '二十国集团', False, **INT)                    # international (round 1)
Q('暂缓最贫困国家债务偿还倡议')                        # a quoted initiative (like “全球数据安全倡议”)
s(P, '非洲', ctx='帮助非洲')
s(P, '中欧', False, ctx='中欧都坚持')                 # joined abbreviations (round 2)
U('绿色发展理念', req=False)                          # a policy phrase (undecided)
s(P, '巴黎', False, ctx='《巴黎协定》')                # inside a treaty title (round 6)
# 不久前: a relative time (like 近期)
s(DT, '不久前', False)
cn('我提出中国将提高')
s(DT, '2030年前', False, value='2030')
s(DT, '2030年', value='2030')
s(DT, '2060年前', False, value='2060')
s(DT, '2060年', value='2060')
U('碳中和', req=False)                                # like 碳达峰 (round 4)
one('中', '中方将为此')
one('欧', '欧方、法方')
one('法', '法方以明年')
s(DT, '明年', False, value='2021', resolved='2021')
# 第三，秉持正义，维护和平。
U('秉持正义，维护和平', req=False)
U('和平共处', req=False)                              # the principle's short form without 五项原则 (undecided)
U('多边主义', 'term', req=False, ctx='坚持多边主义')
U('单边主义', 'term', req=False)
U('霸权主义', 'term', req=False)
U('强权政治', 'term', req=False)
cn('中国和法国同为')
s(P, '法国', ctx='中国和法国')
s(DEP, '联合国安理会', False, **INT)                  # a body of an international organisation (round 1)
s(DEP, '联合国', False, ctx='联合国安理会', **INT)
s(DEP, '安理会', False, ctx='联合国安理会', **INT)
cn('中国奉行')
U('独立自主的和平外交政策', req=False)                 # optional (round 3: names of institutions and policies; gwr-002, cpc-010)
U('和平发展道路', req=False)
U('国际关系基本准则', req=False)                      # as in xinhua-036 (optional)
cn('中国愿同法国')
s(P, '法国', ctx='同法国在内')
# 女士们、先生们、朋友们！
s(SL, '大道之行，天下为公', False, kind='quotation', quoted=False)   # a line of the classics
U('和平与发展是时代主题', req=False)                   # a standard wording (undecided)
U('和平与发展', req=False, ctx='和平与发展是时代主题')    # as in jhsjk2020-012 (the 时代主题 wording, optional)
U('人类命运共同体')                                   # required (round 1)
U('命运共同体', req=False, ctx='人类命运共同体')
# （新华社北京11月12日电）《 人民日报 》（ 2020年11月13日 03 版）
s(DEP, '新华社', False, kind='media')
s(P, '北京', ctx='新华社北京')
s(DT, '11月12日', value='--11-12', resolved='2020-11-12')
s(DEP, '人民日报', False, kind='media')
s(DT, '2020年11月13日', value='2020-11-13')        # 03 版: a page number, no FIGURE

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
