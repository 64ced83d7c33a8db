import opencc
from _ann import DEP, DT, PE, SL, Ann, P

# Round 33 (annotator r33b), blind. 1954 State Council (Central People's Government)
# work report, range [19708, 21507) of the window [19419, 23570): the foreign-policy
# part after `gwr-071-17225-19419`, from 如前所说，五年以来 (中华人民共和国政府,
# 联合国) through Korea (一九五〇年六月, 美国政府 ×3, 台湾省, 抗美援朝运动,
# 中国人民志愿军, 朝鲜人民军, 一九五三年七月, 日内瓦会议, 李承晚集团), Indochina
# (法国国民议会, 「欧洲防务集团」), the Western bloc (苏联, 德国, 英国, 西德), the
# Manila treaty (八个国家, 马尼拉, 「东南亚集体防务条约」 ×4, 一九五四年八月十一日,
# 中央人民政府委员会, 中国政府, 三个 Asian states, the adversary's quoted pretexts,
# 泰国 / 菲律宾, 联合国宪章, 印度 / 印度尼西亚 / 缅甸 / 锡兰, 四个国家), the Geneva
# accords on 柬埔寨 / 老挝 / 越南 and the Soviet statement (一九五四年九月十四日,
# 苏联政府外交部). Chinese numerals only; the densest stretch of the window in
# places, organs and dates (the rest of the window is Taiwan and the closing).
# Annotated as traditional: the gold text is OpenCC s2t of the stored source
# (itself traditional with variant forms; s2t keeps the length); the spans are
# found on its t2s form and written with the s2t surface (as gwr-071-livelihood.py).
A = Ann('gwr-071', 19708, 21507, script='traditional')
_simp = opencc.OpenCC('t2s').convert(A.p)
assert len(_simp) == len(A.p)
A.simp = _simp
s = A.s
F = A.figure
Y = A.date
FIG = 'FIGURE'
CPG = {'level': 'central', 'kind': 'state', 'canonical': '中央人民政府'}
INTL = {'level': 'international', 'kind': 'international organisation'}
FOREIGN = {'level': 'central', 'kind': 'state'}


def usgov(ctx):
    """美国政府: required, the government of a named state (round 6); 美国 inside optional."""
    sp = s(DEP, '美国政府', ctx=ctx, canonical='美国政府', **FOREIGN)
    s(P, '美国', False, at=sp['start'])


def geneva(ctx):
    """日内瓦 at the start of a meeting's / accords' name: optional (round 4, 万隆会议); the meeting no label."""
    s(P, '日内瓦', False, ctx=ctx)


def term(t, ctx=None):
    """An adversary's quoted pretext or treaty name rejected with 所谓: optional kind term (cpc-006 “共同防御条约”, r27c)."""
    s(SL, t, False, ctx=ctx, kind='term', quoted=True)


def manila(ctx):
    """「东南亚集体防务条约」: a quoted treaty name (optional term, cpc-006); 东南亚 inside optional (gwr-048, r29d)."""
    sp = s(SL, '东南亚集体防务条约', False, ctx=ctx, kind='term', quoted=True)
    s(P, '东南亚', False, at=sp['start'])


# 如前所说
s(DT, '五年以来', False)                                            # relative time (conventions: optional)
s(FIG, '五年', False, ctx='五年以来', value=5, approx='exact', unit='年', subject='')   # a duration (conventions: optional)
sp = s(DEP, '中华人民共和国政府', ctx='中华人民共和国政府和人民', **CPG)   # the government of a named state (round 4; gwr-071-diplomacy)
s(P, '中华人民共和国', False, at=sp['start'])                        # inside the organ's name (nesting)
s(P, '美国', ctx='以美国为首')                                       # the country (required)
s(DEP, '联合国', False, ctx='在联合国中', **INTL)                    # international organisations optional (round 1)
# Korea
Y('一九五〇年六月', '1950-06')
usgov('美国政府发动')
s(P, '朝鲜', ctx='侵略朝鲜的战争')                                   # the country (conventions: 朝鲜 as the country required)
s(P, '台湾省', ctx='我国的台湾省')                                   # required, 台湾 inside optional (cpc-006 conventions)
s(P, '台湾', False, ctx='台湾省')
s(P, '中国', ctx='迫使中国人民')                                     # 中国 in 中国人民 (round 3)
s(SL, '抗美援朝运动', ctx='伟大的抗美援朝运动', kind='campaign', quoted=False)   # a standard campaign name with 运动 (rounds 2, 7)
sp = s(DEP, '中国人民志愿军', level='central', kind='state', canonical='中国人民志愿军')   # required at every occurrence (round 6)
s(P, '中国', False, at=sp['start'])                                  # optional inside (round 6)
s(DEP, '志愿军', False, ctx='中国人民志愿军')                         # optional inside the full name (round 6)
sp = s(DEP, '朝鲜人民军', level='central', kind='state', canonical='朝鲜人民军')   # a named armed force, like 中国人民志愿军 (decided by analogy, r33b)
s(P, '朝鲜', False, at=sp['start'])                                  # inside the name (nesting)
s(P, '美国', ctx='使美国不得不')
Y('一九五三年七月', '1953-07')
s(DT, '一年多以来', False)                                           # relative time (conventions: optional)
s(FIG, '一年多', False, ctx='一年多以来', value=1, approx='more_than', unit='年', subject='')   # a duration (conventions: optional)
usgov('美国政府仍然拒绝')
s(P, '朝鲜', ctx='解决朝鲜问题。')
# the Geneva conference and Korea
geneva('日内瓦会议由于')
usgov('美国政府和李承晚')
s(PE, '李承晚')                                                       # a named person (李承晚集团 itself is no organ, like 蒋介石卖国集团)
s(P, '朝鲜', ctx='解决朝鲜问题达成')
s(P, '朝鲜', ctx='但是朝鲜问题')
s(P, '朝鲜', ctx='不能容许朝鲜问题')
geneva('照日内瓦会议')
s(P, '印度支那', ctx='解决印度支那问题')                              # a required region name (r15c)
s(P, '亚洲', ctx='有亚洲中立国家')                                    # a continent (round 4)
s(P, '朝鲜', ctx='和平解决朝鲜问题的会议')
s(P, '朝鲜', ctx='尊重朝鲜人民')
s(P, '亚洲', ctx='保障亚洲和世界')
s(P, '朝鲜', ctx='解决朝鲜的和平统一')
# Indochina and the EDC
geneva('日内瓦会议在恢复')
s(P, '印度支那', ctx='恢复印度支那和平')
usgov('美国政府的阻挠')
geneva('日内瓦会议的这些协议')
sp = s(DEP, '法国国民议会', canonical='法国国民议会', level='central', kind="people's congress")   # a named foreign state organ, like 美国政府 (decided by analogy, r33b)
s(P, '法国', False, at=sp['start'])                                  # inside the organ's name (nesting)
sp = s(SL, '欧洲防务集团', False, kind='term', quoted=True)           # the quoted name of the planned bloc (like “共同防御条约”, cpc-006): optional
s(P, '欧洲', False, at=sp['start'])                                  # inside a quoted name (guide: nesting)
# the Western bloc
s(P, '美国', ctx='但是，美国和其他')
s(P, '西方', False, ctx='西方国家仍然')                                # 西方 (the West) as a region: undecided, optional (like 美西方, conventions)
s(P, '欧洲', ctx='在欧洲问题上')                                      # a continent (round 4)
s(P, '苏联', ctx='拒绝苏联')
s(P, '德国', ctx='关于德国问题')
s(P, '欧洲', ctx='建立欧洲集体安全')
s(P, '美国', ctx='美国和英国更在')
s(P, '英国', ctx='美国和英国更在')
s(P, '西德', ctx='把西德拖入')                                        # a historical state (round 24)
s(P, '西方', False, ctx='西方国家的军事')                              # undecided, optional (as above)
s(P, '亚洲', ctx='在亚洲，美国')
s(P, '美国', ctx='美国侵略集团最近')
F('八个', 8, '个', '国家（马尼拉会议参加国）', ctx='八个国家')
s(P, '马尼拉', ctx='在马尼拉擧行')                                    # the city where the meeting was held (required)
manila('东南亚集体防务条约')   # printed on a line of its own inside 「⏎…⏎」 (conventions: the text without the breaks)
s(P, '美国', ctx='表明，美国的目的')
geneva('破坏日内瓦会议')
s(P, '亚洲', ctx='分裂亚洲的军事同盟')
s(P, '中华人民共和国', ctx='敌视中华人民共和国')                      # the country named in the running text (round 13)
s(P, '亚洲', ctx='干涉亚洲国家')
Y('一九五四年八月十一日', '1954-08-11')
sp = s(DEP, '中央人民政府委员会', level='central', kind='state', canonical='中央人民政府委员会')   # the longest name (guide)
s(DEP, '中央人民政府', False, at=sp['start'], **CPG)                  # a name inside a longer name (guide)
sp = s(DEP, '中国政府', ctx='表示了中国政府', level='central', kind='state', canonical='中央人民政府')   # round 4: 中国政府 required
s(P, '中国', False, at=sp['start'])                                  # optional inside (round 6)
s(P, '美国', ctx='反对美国侵略集团组织')
sp = s(SL, '东南亚防务集团', False, ctx='所谓「东南亚防务集团」', kind='term', quoted=True)   # a quoted bloc name with 所谓 (cpc-006): optional
s(P, '东南亚', False, at=sp['start'])
# the treaty's purposes
manila('所谓「东南亚集体防务条约」的，')
F('三个', 3, '个', '同美国订有军事援助协定的亚洲国家', ctx='三个同美国')
s(P, '美国', ctx='三个同美国')
s(P, '亚洲', ctx='协定的亚洲国家')
s(P, '亚洲', ctx='都不是亚洲国家')
s(P, '美国', ctx='支持美国在远东')
s(P, '远东', False, ctx='在远东以中国')                               # a region without a fixed boundary (gwr-071-diplomacy): optional
s(P, '中国', ctx='以中国为主要')
s(P, '美国', ctx='便利美国从')
s(P, '亚洲', ctx='侵略亚洲国家')
s(P, '美国', ctx='美国可以借口实际')
term('共产党侵略')                                                    # the adversary's pretext, quoted with 所谓 (r27c, cpc-006)
s(P, '亚洲', ctx='在亚洲制造分裂')
s(P, '亚洲', ctx='一些亚洲国家反对')
s(P, '亚洲', ctx='另外一些亚洲国家')
s(P, '美国', ctx='美国可以借口防止')
term('颠覆活动')
s(P, '东南亚', False, ctx='干涉东南亚各国')                           # optional (gwr-048, r29d)
s(P, '亚洲', ctx='镇压亚洲的')
s(P, '美国', ctx='美国可以利用')
term('经济措施')                                                      # a quoted clause name of the treaty: optional
s(P, '东南亚', False, ctx='搜刮东南亚地区')
s(P, '美国', ctx='建立美国自己')
s(P, '美国', ctx='美国还可以借口')
s(SL, '危及本区域和平的任何事实或情势', False, kind='quotation', quoted=True)   # the treaty's quoted words (conventions: quotations optional)
# 「保护」: a scare-quoted single word, not annotated (conventions)
s(P, '亚洲', ctx='扩大到亚洲其他')
s(P, '泰国', ctx='对于泰国')
s(P, '菲律宾', ctx='泰国和菲律宾的')
term('侵略危险')
s(P, '泰国', ctx='同泰国和')
s(P, '菲律宾', ctx='泰国和菲律宾不能')
s(P, '美国', ctx='为美国侵略势力')
s(P, '亚洲', ctx='摆布亚洲国家')
s(P, '亚洲', ctx='摧残亚洲人民')
# 联合国宪章: a document named without 《》, not annotated (r29d, cpc-006); 联合国 inside optional (round 27)
s(DEP, '联合国', False, ctx='联合国宪章', **INTL)
s(P, '东南亚', False, ctx='独立的东南亚的')
s(P, '印度', ctx='如印度、')
s(P, '印度尼西亚', ctx='印度、印度尼西亚')
s(P, '缅甸', ctx='缅甸和锡兰')
s(P, '锡兰', ctx='缅甸和锡兰')                                        # a historical state name (round 24)
s(P, '马尼拉', False, ctx='马尼拉会议')                               # a place at the start of a meeting's name (round 4, 万隆会议): optional
sp = s(DEP, '中华人民共和国政府', ctx='中华人民共和国政府完全支持', **CPG)
s(P, '中华人民共和国', False, at=sp['start'])
s(FIG, '四个', False, ctx='这四个国家', value=4, approx='exact', unit='个', subject='国家（印度、印度尼西亚、缅甸、锡兰）')   # an anaphoric count (conventions: optional)
s(P, '东南亚', False, ctx='分裂东南亚的军事同盟条约')
# the Geneva accords on Indochina
manila('「东南亚集体防务条约」的签字国')
s(P, '柬埔寨', ctx='任意把柬埔寨')
s(P, '老挝', ctx='柬埔寨、老挝和越南南部')
s(P, '越南', ctx='老挝和越南南部')
geneva('阻挠实施日内瓦会议')
s(P, '柬埔寨', ctx='关于柬埔寨、老挝和越南的协议')
s(P, '老挝', ctx='老挝和越南的协议')
s(P, '越南', ctx='越南的协议')
geneva('同日内瓦会议与会')
s(P, '柬埔寨', ctx='关于柬埔寨、老挝和越南方面')
s(P, '老挝', ctx='老挝和越南方面')
s(P, '越南', ctx='越南方面')
s(P, '印度支那', ctx='恢复印度支那和平问题')
geneva('问题的日内瓦会议')
geneva('保证日内瓦协议')
s(P, '美国', ctx='美国竟组织')
s(P, '东南亚', False, ctx='分裂东南亚的军事同盟，')
geneva('对于日内瓦协议')
# the Soviet statement
Y('一九五四年九月十四日', '1954-09-14')
sp = s(DEP, '苏联政府外交部', canonical='苏联政府外交部', **FOREIGN)   # the longest name of a foreign state organ (guide; 美国政府, round 6)
s(DEP, '苏联政府', False, at=sp['start'], canonical='苏联政府', **FOREIGN)   # a name inside a longer name (guide)
s(P, '苏联', False, at=sp['start'])
s(DEP, '外交部', False, ctx='苏联政府外交部', canonical='苏联政府外交部', **FOREIGN)   # a name inside a longer name is optional (guide; slip fixed after the first measurement)
manila('就「东南亚集体防务条约」问题')
sp = s(DEP, '中国政府', ctx='与中国政府的意见', level='central', kind='state', canonical='中央人民政府')
s(P, '中国', False, at=sp['start'])

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
