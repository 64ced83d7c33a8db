from _ann import DEP, DT, PE, SL, Ann, P, all_occ

# Xi Jinping's toast at the welcome banquet of the 2025 SCO summit, Tianjin,
# 31 Aug 2025 (news.cn text, paragraphs separated by two spaces, no line
# breaks): the whole text. It holds the photo caption (8月31日晚, 国家主席习近平,
# 夫人彭丽媛, 天津梅江会展中心, 2025年, the photo credit 谢环驰), the dateline
# (新华社天津8月31日电), the heading (the toast's title, 2025年8月31日, 天津,
# 中华人民共和国主席 习近平), 海河 and 津门, 中国政府和中国人民, the national
# days of 吉尔吉斯斯坦 and 马来西亚 with 扎帕罗夫总统 and 安瓦尔总理, Tianjin
# (京畿, 京津冀协同发展战略, 中国式现代化天津篇章), “上海精神” ×2, 人类命运共同体,
# 世界百年变局, 元首理事会, “上海合作组织+”, 全球南方, 百舸争流，奋楫者先 and the
# toasts (天津峰会). Annotated blind, round 21. Simplified.
A = Ann('xinhua-015', 0, 888)
s = A.s
F = A.figure
U, Q = A.unquoted, A.quoted
INT = {'kind': 'international organisation'}
MEDIA = {'kind': 'media'}
DAY = {'value': '--08-31', 'resolved': '2025-08-31'}

# photo caption
s(DT, '8月31日', **DAY)
s(DT, '8月31日晚', False, **DAY)                    # the date is the span, the longer form optional
s(PE, '习近平', title='国家主席')
s(PE, '彭丽媛')                                      # 夫人: a relation, no title
s(P, '天津梅江会展中心', False)                     # a venue (as in xinhua-014)
s(P, '天津')
s(P, '梅江会展中心', False)
s(P, '华', False, ctx='来华')                        # one-character abbreviation alone
s(DT, '2025年', value='2025')                        # the year before the summit's name
s(PE, '习近平', ctx='这是习近平')
s(DEP, '新华社', False, **MEDIA)
s(PE, '谢环驰')                                      # the photo credit
# dateline: 新华社天津8月31日电
s(DEP, '新华社', False, ctx='新华社天津', **MEDIA)
s(P, '天津', ctx='新华社天津')
s(DT, '8月31日', ctx='8月31日电', **DAY)
# heading
U('在上海合作组织峰会欢迎宴会上的祝酒辞', 'term', req=False)   # a speech title (round 8)
s(DT, '2025年8月31日', value='2025-08-31')
s(P, '天津', ctx='，天津）')
s(P, '中华人民共和国', False)                        # a country in a position title (round 16)
s(PE, '习近平', ctx='主席　习近平', title='中华人民共和国主席')
# 灯火海河畔，津门纳百川。
s(P, '海河')                                         # a named river
s(P, '津门', False)                                  # a poetic name of Tianjin (rounds 5, 7: 三晋, 神州)
s(DEP, '中国政府', level='central', kind='state', canonical='中华人民共和国政府')   # round 4
s(P, '中国', False, ctx='中国政府')
s(P, '中国', ctx='中国人民')
s(P, '天津', ctx='来到天津')
s(DT, '今天', False, ctx='今天是', **DAY)
s(P, '吉尔吉斯斯坦', ctx='吉尔吉斯斯坦独立日')
s(DT, '独立日', False)                              # a national day (event-anchored: optional, undecided)
s(P, '马来西亚', ctx='马来西亚国庆日')
s(DT, '国庆日', False)
s(PE, '扎帕罗夫', title='总统')
s(PE, '安瓦尔', title='总理')
s(P, '吉尔吉斯斯坦', ctx='吉尔吉斯斯坦人民')
s(P, '马来西亚', ctx='马来西亚人民')
# 天津是一座开放包容的城市 …
s(P, '天津', ctx='天津是一座')
s(P, '京畿', False)                                  # the capital region (a historical region)
s(P, '中国', ctx='是中国改革开放')
U('改革开放', req=False, ctx='中国改革开放先行区')   # round 10
s(DT, '这些年来', False)
U('京津冀协同发展战略', req=False)                   # a strategy phrase (optional, prov2026-006)
U('京津冀协同发展', req=False)
s(P, '京津冀', False)                                # joined abbreviations (rounds 2, 14)
U('中国式现代化', req=False)                         # as a modifier (optional by earlier rounds)
s(P, '中国', False, ctx='中国式现代化天津')          # inside a formula
s(P, '天津', ctx='中国式现代化天津篇章')
s(P, '中', False, ctx='中方相信')                    # one-character abbreviation (中方)
s(P, '天津', ctx='在天津举办')
# “上海精神”, 人类命运共同体
U('新型国际关系', req=False)
U('人类命运共同体')                                   # round 1
s(DT, '当前', False)
U('世界百年变局', req=False)                          # undecided (round 12)
U('百年变局', req=False)
F('百年', 100, '年', '变局', req=False)
U('不稳定、不确定、难预料', req=False)
s(DT, '明天', False, value='--09-01', resolved='2025-09-01')
s(DEP, '元首理事会', False, **INT)                   # SCO bodies and meetings (round 1)
Q('上海合作组织+', 'term', req=False)                 # the quoted name of the meeting (undecided)
U('全球治理', 'term', req=False)
U('全球南方', 'term', req=False)                      # optional as SLOGAN and as PLACE
s(P, '全球南方', False)
s(SL, '百舸争流，奋楫者先', False, kind='quotation', quoted=False)   # a saying
s(P, '天津', ctx='从天津再出发')
s(P, '天津', False, ctx='天津峰会')                  # a place inside an event name (rounds 4, 8)
# every 上海合作组织 (an international organisation: optional), the 上海 in it and in 上海精神
all_occ(A, DEP, '上海合作组织', False, **INT)
all_occ(A, P, '上海', False)
all_occ(A, SL, '上海精神', kind='formula')

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
