from _ann import CC, DEP, DT, PB, PE, SL, Ann, P, all_occ

# Round 15: the 11th Congress report (1977), the struggle with the "四人帮" from July 1975
# to its fall in October 1976 and the expulsion by the 3rd Plenum of the 10th CC. A
# second range of the article (cpc-006.py annotates [1601, 3881)); traditional script.
A = Ann('cpc-006', 3982, 6343, script='traditional')
s = A.s
F, U, Qs = A.figure, A.unquoted, A.quoted
ST = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}


def Q(t, kind='quotation', req=False):
    """A quotation printed between marks on its own lines: the trimmed text is the span;
    the text with the line breaks is accepted too (round 1)."""
    sp = s(SL, t, req, kind=kind)
    A.spans.append({'label': SL, 'start': sp['start'] - 1, 'end': sp['end'] + 1,
                    'text': A.p[sp['start'] - 1:sp['end'] + 1], 'required': False, 'attrs': {'kind': kind}})
    assert A.simp[sp['start'] - 1] == '\n' and A.simp[sp['end']] == '\n'
    return sp


# 一九七五年七月，毛主席作了调整党的文艺政策的两次重要谈话。
s(DT, '一九七五年七月', value='1975-07')
F('两次', 2, '次', '重要谈话')                                   # a count of talks
s(DT, '七月二十五日', value='--07-25', resolved='1975-07-25')
# 《创业》 (a film), 《水浒》 (a novel): titles of works, not annotated
s('FIGURE', '一部', False, value=1, approx='exact', unit='部')     # an article (一个, round 2)
s(P, '大庆', ctx='反映大庆工人')                                 # the oil field / city itself
Q('工业学大庆', 'campaign', True)                                # a standard campaign name, quoted
s(P, '大庆', False, ctx='工业学大庆')                            # inside the slogan
s('FIGURE', '十大', False, value=10, approx='exact', unit='', subject='罪名')  # 十大罪名: undecided
Q('此片无大错，建议通过发行。不要求全责备。而且罪名有十条之多，太过分了，不利调整党内的文艺政策。')
s('FIGURE', '十条', False, value=10, approx='exact', unit='条')   # inside a quotation: optional

# “四人帮”在受到毛主席多次严厉批评以后 …
s(DT, '一九七五年八月', value='1975-08')
s(DEP, '党中央', ctx='分裂党中央', **CC)
s(DT, '九月', value='--09', resolved='1975-09', ctx='九月召开')   # a bare month (round 12: 去年十月)
s(DT, '第一次全国农业学大寨会议', False)                          # a meeting (event as time): optional
U('农业学大寨', 'campaign', ctx='第一次全国农业学大寨会议')        # a standard campaign name (like 批林批孔)
s(P, '大寨', False, ctx='农业学大寨会议，')
U('全国学大寨、普及大寨县', 'directive', req=False)               # the meeting's topic: undecided
s(P, '大寨', False, ctx='全国学大寨')
s(P, '大寨', False, ctx='普及大寨县')
s(PE, '江青', ctx='江青却在大寨')
s(P, '大寨', ctx='在大寨大讲')                                   # the village itself
Qs('要害是宋江架空晁盖', 'quotation', req=False)
s(PE, '宋江', False); s(PE, '晁盖', False)                       # characters of a novel, inside a quotation
s(PE, '邓小平', ctx='周总理和邓小平同志', title='同志')
U('农业学大寨', 'campaign', ctx='全国农业学大寨会议上')
s(P, '大寨', False, ctx='农业学大寨会议上')
s(PE, '江青', ctx='斥责江青')
Q('放屁，文不对题')
Q('稿子不要发，录音不要放，讲话不要印')                            # words of a person: quotation (round 1)

# 在敬爱的周总理逝世前后 …
s(PE, '邓小平', ctx='对邓小平同志', title='同志')
s(P, '上海', ctx='在上海的党羽')
s(PE, '张春桥', ctx='要张春桥当总理')
s(PE, '王洪文', ctx='王洪文私下')
s(DEP, '中央', False, ctx='主持中央工作', **CC)                  # 中央 alone (round 1)
s(DEP, '中央', False, ctx='主持中央日常工作。', **CC)
s(DT, '一九七六年一月二十一日', value='1976-01-21')
s(DT, '二十八日', False, value='---28', resolved='1976-01-28')   # a day alone
s(DEP, '中央政治局', ctx='并经中央政治局通过，确定了国务院代总理', **PB)
s(DEP, '国务院', ctx='确定了国务院代总理', **ST)                 # organ inside a position title
s(DEP, '中央', False, ctx='主持中央日常工作的人事', **CC)
s(DT, '二月二日', value='--02-02', resolved='1976-02-02')
s(DEP, '国务院', ctx='决定国务院代总理', **ST)
s(DEP, '中央', False, ctx='的中央文件', **CC)
s(DT, '四月七日', value='--04-07', resolved='1976-04-07')
s(DEP, '中央政治局', ctx='又亲自提议并经中央政治局', **PB)
s(DEP, '党中央', ctx='党中央第一副主席', **CC)                   # organ inside a position title
s(DEP, '国务院', ctx='国务院总理的人事', **ST)
s(DEP, '中央', False, ctx='中央设第一副主席', **CC)

# 对于毛主席确定的上述人事安排 …
s(PE, '张春桥', ctx='张春桥躲在')
s(DT, '一九七六年二月三日', False, value='1976-02-03')          # inside the title of a work: optional
s('FIGURE', '一个', False, value=1, approx='exact', unit='个', ctx='一个铁证')
s('FIGURE', '十倍', False, value=10, approx='exact', unit='倍')  # 十倍的疯狂、百倍的仇恨: set phrase, undecided
s('FIGURE', '百倍', False, value=100, approx='exact', unit='倍')
s(DEP, '党中央', ctx='毛主席、党中央的指示', **CC)
Qs('民主派', 'term', req=False, ctx='老干部是“民主派”')         # quoted labels for people (round 1)
Qs('民主派', 'term', req=False, ctx='“民主派”就是')
Qs('走资派', 'term', req=False)
s(DEP, '中央', False, ctx='把中央和地方', **CC)
s('FIGURE', '一大批', False, value=1, approx='exact', unit='批')   # like 一批 (round 2)

# 毛主席预见到在他身后“四人帮”会闹事。
s(DT, '一九七五年', ctx='一九七五年初', value='1975')
s(DT, '一九七五年初', False, value='1975')
s(PE, '江青', ctx='批评江青')
Q('我死了以后，她会闹事。')
s(DT, '一九七六年', ctx='一九七六年毛主席', value='1976')
s(DEP, '政治局', ctx='政治局的同志', **PB)
s(DT, '九月十一日', value='--09-11', resolved='1976-09-11')
s(DEP, '党中央', ctx='背着党中央', **CC)
s(DEP, '党中央', ctx='切断党中央', **CC)
s(PE, '江青', ctx='向江青写')
Qs('效忠信', 'term', req=False); Qs('劝进书', 'term', req=False)   # quoted coinages
s(PE, '王洪文', ctx='王洪文私拍')
Qs('标准像', 'term', req=False)
s(DEP, '党中央', ctx='煽动反对党中央', **CC)
Qs('盛大节日', 'term', req=False)
s(DT, '十月', value='--10', resolved='1976-10', ctx='十月初')      # bare month; 十月初 optional
s(DT, '十月初', False, value='--10', resolved='1976-10')
s(PE, '张春桥', ctx='张春桥在亲笔')
Qs('镇反', 'term', req=False); Qs('杀人', 'term', req=False)      # quoted words of the adversaries
s(P, '上海', ctx='在上海突击')
s('FIGURE', '一个', False, value=1, approx='exact', unit='个', ctx='伪造一个所谓')
Qs('按既定方针办', 'quotation', req=False)                       # a forged instruction: quotation
Qs('临终嘱咐', 'term', req=False)
Qs('三要三不要')                                                  # required formula (round 1)
s(DEP, '党中央', ctx='当党中央在十月二日', **CC)
s(DT, '十月二日', value='--10-02', resolved='1976-10-02')
s(DT, '十月四日', value='--10-04', resolved='1976-10-04')
q1 = Qs('篡改毛主席的既定方针，就是背叛马克思主义，背叛社会主义，背叛无产阶级专政下继续革命的伟大学说', 'quotation', req=False)
U('马克思主义', ctx='背叛马克思主义', req=False)                 # inside a quotation: optional
U('无产阶级专政下继续革命的伟大学说', req=False)                 # the doctrine, inside a quotation
q2 = Qs('任何修正主义头子胆敢篡改毛主席的既定方针，是绝然没有好下场的', 'quotation', req=False)
s(DEP, '党中央', ctx='推翻党中央', **CC)
s(DEP, '中央政治局', ctx='中央政治局才采取', **PB)

# “四人帮”阴谋篡夺党和国家的最高权力 …
s(P, '中国', ctx='妄想在中国')
s(PE, '张春桥', ctx='张春桥是国民党')
s(DEP, '国民党', False, ctx='张春桥是国民党')                    # a party named alone (round 10): optional
s(PE, '江青', ctx='江青是叛徒')
s(PE, '姚文元', ctx='姚文元是阶级')
s(PE, '王洪文', ctx='王洪文是新生')
s(DEP, '中国共产党', False, level='central', kind='party')       # the Party as a whole (guide)
s(P, '中国', False, ctx='中国共产党')                              # inside the Party's name
s(DEP, '国民党', False, ctx='国民党反动派')
U('马克思主义', ctx='是马克思主义和修正主义斗争', req=False)     # one side of a struggle, X和Y斗争: undecided

# 党的十届三中全会 …
s(DT, '党的十届三中全会', False)                                 # a plenary session (round 2) and the
s(DEP, '党的十届三中全会', False, **CC)                          # organ in session (like 党的二十大, r7n)
s(DT, '十届三中全会', False)
s(PE, '王洪文', ctx='王洪文、张春桥'); s(PE, '张春桥', ctx='张春桥、江青、姚文元的')
s(PE, '江青', ctx='江青、姚文元的'); s(PE, '姚文元', ctx='姚文元的党籍')

# every 毛主席: the name is 毛 with the title (round 1); inside the quotations of the
# adversaries and inside the title 《永远按毛主席的既定方针办》 the 毛 is optional (nesting).
inside = [(q1['start'], q1['end']), (q2['start'], q2['end'])]
t0 = A.simp.find('《永远按毛主席的既定方针办》')
inside.append((t0, t0 + len('《永远按毛主席的既定方针办》')))
all_occ(A, PE, '毛主席', False)
i = A.simp.find('毛主席')
while i >= 0:
    opt = any(a <= i < b for a, b in inside)
    s(PE, '毛', not opt, at=i, title='主席')
    i = A.simp.find('毛主席', i + 1)
all_occ(A, PE, '周总理', False)
i = A.simp.find('周总理')
while i >= 0:
    s(PE, '周', at=i, title='总理')
    i = A.simp.find('周总理', i + 1)
all_occ(A, SL, '四人帮', False, kind='term')                     # quoted faction label (round 1)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
