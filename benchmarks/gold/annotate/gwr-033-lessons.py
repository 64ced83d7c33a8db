from _ann import DEP, DT, PE, Ann, P

# Round 39 (annotator r39c, blind): the 2008 State Council government work report
# (gwr-033), range [7885, 10281) of the window [7853, 10285): the six lessons of the
# past five years (第一 to 第六: 解放思想、实事求是, 科学发展观 ×3, 改革开放, 当代中国,
# 宏观调控, 执政为民, 全心全意为人民服务, 依法行政 ×3), the problems (近年来, 去年 / 上年,
# 4.8%, 美国, 经济全球化, 形式主义、官僚主义) and the thanks (以胡锦涛同志为总书记的党中央,
# 胡锦涛, 党中央, 中国人民, 国务院, 民主党派, 香港特别行政区, 澳门特别行政区, 台湾,
# 中国现代化事业). Traditional script (OpenCC s2t of the stored source).
A = Ann('gwr-033', 7885, 10281, script='traditional')
s = A.s
F, U = A.figure, A.unquoted
SC = {'level': 'central', 'kind': 'state', 'canonical': '中华人民共和国国务院'}
CCP = {'level': 'central', 'kind': 'party', 'canonical': '中共中央'}


def ggkf(ctx):
    """改革开放: a policy (round 5), optional at every occurrence."""
    U('改革开放', 'term', req=False, ctx=ctx)


def yfxz(ctx):
    """依法行政: optional (gwr-033.py, round 3 list)."""
    U('依法行政', req=False, ctx=ctx)


# 第一，必须坚持解放思想。
U('解放思想、实事求是', req=False, ctx='解放思想、实事求是是我们党')   # the pair named 党的思想路线 (round 16: optional, undecided)
U('一切从实际出发', req=False)                                     # a set wording (round 31, r31b): optional
U('与时俱进', req=False)                                           # optional (round 16, cpc-011 undecided list)
U('社会主义现代化', 'term', req=False, ctx='社会主义现代化事业充满')   # policy phrase (rounds 15, 33): optional
# 第二，必须坚持落实科学发展观。
U('科学发展观', ctx='必须坚持落实科学发展观')                         # fixed designation of a doctrine (round 18; gwr-033-tasks.py)
U('科学发展观', ctx='科学发展观是发展')
U('中国特色社会主义', req=False, ctx='发展中国特色社会主义')          # object of 发展: optional (gwr-033-governance.py)
s(P, '中国', False, ctx='中国特色社会主义的重大')                     # part of a formula's name (README)
U('以人为本', req=False)                                           # optional (gwr-033-tasks.py)
U('全面协调可持续发展', 'term', req=False)                          # a set wording of the period (undecided, like 又好又快)
U('科学发展观', ctx='深入贯彻落实科学发展观')
U('又好又快', req=False)                                           # set wording of the period (round 18, undecided)
# 第三，必须坚持改革开放。
ggkf('必须坚持改革开放')
ggkf('改革开放是决定')
s(P, '中国', ctx='当代中国')                                        # 当代中国: required (round 3)
U('社会主义民主政治', 'term', req=False)                            # round 3: optional
U('社会主义市场经济体制', 'term', req=False, ctx='完善社会主义市场经济体制')   # system name (round 3): optional
ggkf('改革开放贯穿')
U('社会主义现代化', 'term', req=False, ctx='社会主义现代化建设的整个')
# 第四，必须坚持搞好宏观调控。
U('社会主义市场经济体制', 'term', req=False, ctx='都是社会主义市场经济体制')
U('有保有压', req=False)                                           # set wording of the period (round 18, undecided)
# 第五，必须坚持执政为民。
U('执政为民', req=False, ctx='必须坚持执政为民')                     # alone (round 31, r31b): optional
U('执政为民', req=False, ctx='执政为民是各级')
U('全心全意为人民服务', req=False)                                  # modifier of 宗旨 with 的 (round 15, the cpc-010 reading): optional
U('一切属于人民，一切为了人民，一切依靠人民，一切归功于人民', 'directive', req=False)   # like 一切为了人民、一切依靠人民 (round 10): optional
# 第六，必须坚持依法行政。
yfxz('必须坚持依法行政')
U('法治政府', 'term', req=False)                                   # policy phrase, like 法治政府建设 (round 7 list): optional
yfxz('提高依法行政能力')
yfxz('全面推行依法行政')
U('有权必有责、用权受监督、侵权要赔偿、违法要追究', 'directive', req=False)   # round 31 (r31b) lists the first three: optional
# 问题
s(DT, '近年来', False, ctx='近年来固定资产')                          # relative time (README)
# 一二三产业: ordinals, none
s(DT, '去年', False, ctx='去年居民', value='2007', resolved='2007')    # relative time (README)
s(DT, '上年', False, ctx='比上年上涨', value='2006', resolved='2006')
F('4.8%', 4.8, '%', '居民消费价格总水平上涨（2007）')
s(DT, '近期', False)                                                 # relative time (README: 近期)
s(DT, '近年来', False, ctx='近年来国际市场')
s(DT, '今年', False, ctx='今年价格上涨', value='2008', resolved='2008')
U('经济全球化', 'term', req=False)                                  # optional (rounds 12, 31)
s(P, '美国', ctx='美国次级')                                        # a country the text is about
# 美元: a currency, none
U('形式主义、官僚主义', 'term', req=False)                          # optional term (round 17 list; round 32 cites it as round 30)
# 各位代表！过去五年的成就和进步，来之不易。
s(DT, '过去五年', False, ctx='过去五年的成就', value='2003/2007', resolved='2003/2007')   # relative time (README)
F('五年', 5, '年', '', req=False, ctx='过去五年的成就')              # duration: optional (guide)
ggkf('改革开放多年来')
s(DEP, '以胡锦涛同志为总书记的党中央', False, **CCP)                 # optional whole (round 26; gwr-033-governance.py)
s(PE, '胡锦涛', title='同志、总书记')                                # named person, title outside (guide)
s(DEP, '党中央', ctx='总书记的党中央', **CCP)                         # standing alone (guide)
s(P, '中国', ctx='中国人民不畏')                                     # 中国 in 中国人民 (round 6)
s(DEP, '国务院', **SC)                                              # named organ
s(DEP, '民主党派', False)                                           # generic (round 3)
s(DEP, '人民团体', False)                                           # a class of bodies (round 20): optional
s(P, '香港特别行政区')                                              # SAR name in 香港特别行政区同胞: required (round 13)
s(P, '香港', False, ctx='香港特别行政区同胞')                         # inside it: optional
s(P, '澳门特别行政区')
s(P, '澳门', False, ctx='澳门特别行政区同胞')
s(P, '台湾', ctx='台湾同胞')                                        # 台湾 in 台湾同胞 (round 6)
# 国际组织: generic, none
s(P, '中国', ctx='对中国现代化事业')                                 # the country the text is about (round 3)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
