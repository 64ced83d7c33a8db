from functools import partial

from _ann import Ann

# 1981 State Council government work report (delivered 30 Nov 1981), part (二)
# 今后经济建设的方针, the third range of the article after `gwr-058-1041-2838` and
# `gwr-058-3218-5561`: from the closing paragraph of point 二 (重工业的发展有许多基础工作
# 要做) through the whole of point 三 (提高能源的利用效率，加强能源工业和交通运输业的建设)
# to its last paragraph (交通运输适应…的需要。): energy saving (美国、苏联、沙特阿拉伯),
# oil (一亿吨以上 / 不到十个 / 一亿多吨 / 四千万吨 / 一亿吨 ×3, 国务院, 十年内), coal by
# province (山西, 河南, 山东, 安徽, 黑龙江, 内蒙古, 贵州), 大庆, offshore oil (南海,
# 南黄海, 渤海, 北部湾, 中国), transport (中央 alone). Chinese numerals only; simplified.
A = Ann('gwr-058', 11541, 13415)
s = A.s
F = A.figure
U = A.unquoted
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'
ST = {'level': 'central', 'kind': 'state', 'canonical': '国务院'}

opt_fig = partial(A.figure, req=False)  # an optional FIGURE

# point 二, last paragraph: 重工业部门 is a generic organ noun (guide: 组织部门): none.
# point 三
# 开发和节约并重: an unquoted policy wording (undecided): optional.
U('开发和节约并重', req=False)
s(DT, '近期', False, ctx='近期把节约')  # relative time (round 1)
s(P, '美国')
s(P, '苏联')
s(P, '沙特阿拉伯')
s(DT, '这几年', False)  # round 14: optional
opt_fig('一批', 1, '批', '严重浪费能源、产品不符合社会需要的工厂', ctx='关掉一批')  # round 3
# oil
# 年产石油一亿吨以上的国家: a threshold that defines a class (round 18): optional, with
# the bare form.
opt_fig('一亿吨以上', 100000000, '吨', '年产石油（国家的门槛）', ap='more_than|at_least')
opt_fig('一亿吨', 100000000, '吨', '年产石油（国家的门槛）', ctx='一亿吨以上')
F('不到十个', 10, '个', '世界上年产石油一亿吨以上的国家', ap='less_than')  # 不到 (guide)
opt_fig('一个', 1, '个', '年产石油一亿吨以上的国家', ctx='其中的一个')  # anaphoric (round 2)
F('一亿多吨', 100000000, '吨', '石油（我国年产）', ap='more_than')
opt_fig('一笔', 1, '笔', '财富', ctx='一笔很大的财富')  # article-like count
F('四千万吨', 40000000, '吨', '全国作为燃料烧掉的石油')
opt_fig('一部分', 1, '部分', '不应该烧的石油', ctx='很大一部分')  # an unquantified share
s(DEP, '国务院', **ST)
opt_fig('十年', 10, '年', '', ctx='今后十年内')  # a duration (guide)
F('一亿吨', 100000000, '吨', '石油（所创造的价值同工业发达国家比较）', ctx='一亿吨石油所创造')
opt_fig('一个', 1, '个', '浪费', ctx='一个很大的浪费')
F('一亿吨', 100000000, '吨', '石油（用好）', ctx='用好一亿吨石油')
opt_fig('一件', 1, '件', '大事', ctx='一件提高')
# coal, power, oil fields
s(DT, '近期', False, ctx='近期内要以改造')
for pl in ('山西', '河南', '山东', '安徽', '黑龙江', '内蒙古', '贵州'):
    s(P, pl)
U('因地制宜', 'term', req=False)  # an idiom used as policy wording (undecided)
# 大庆 in 大庆等现有油田: the oil field named by its place, standing alone (round 15:
# 大庆 in 反映大庆工人革命精神 required; only inside 大庆油田 / a campaign name optional).
s(P, '大庆')
U('挖潜革新', 'term', req=False)  # like 挖革改 (gwr-058-3218-5561): optional term
s(DT, '近几年', False)  # round 14: optional
F('一亿吨', 100000000, '吨', '石油总产量（近几年稳定的水平）', ctx='稳定在一亿吨')  # 稳定在 outside
# offshore oil: seas and bays are places (r7r: rivers and seas; round 10: 北部湾)
s(P, '南海')
# 南黄海: the southern part of 黄海, a direction before a name like 苏北 / 鲁西 (rounds 10,
# 16) and 中亚 / 东亚: a region without fixed boundary, optional. (Slip fixed after the
# first measurement: first committed as required.)
s(P, '南黄海', False)
s(P, '黄海', False, ctx='南黄海')  # inside the longer name (guide: nesting)
s(P, '渤海')
s(P, '北部湾')
opt_fig('一批', 1, '批', '探井', ctx='一批探井')
# 我国政府: 我国 is no place (guide), the phrase is no named organ: none.
U('互利原则', req=False)  # an unquoted principle (undecided)
U('互利', req=False, ctx='互利原则')
s(DT, '近期', False, ctx='近期内招标')
s(DT, '不久以前', False)  # relative time
s(P, '中国', ctx='中国石油产量')
# transport: 先走一步 an idiom, none; 若干年内 none.
s(DEP, '中央', False, ctx='中央的建设投资', level='central')  # 中央 alone (rounds 1, 5)
# 交通和水利部门: generic sector organ nouns (guide: 组织部门): none.

if __name__ == '__main__':
    import sys
    A.write()
    if '--review' in sys.argv:
        A.review()
