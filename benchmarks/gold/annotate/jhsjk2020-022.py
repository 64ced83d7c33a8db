from _ann import DT, Ann

# Xi Jinping at the symposium of experts in the economic and social fields on the
# 14th Five-Year Plan, 24 Aug 2020 (jhsjk text, no line breaks): from the history of
# the five-year plans (1953, 13 plans) through points 第一 (the new stage: 百年未有之大变局,
# the indicators 1万美元 / 60% / 4亿人), 第二 (the new development pattern: the
# current-account ratio 2007–now, 7个年份超过100%) and 第三 (innovation). Cut after the
# opening of the speech and before "第四，" (no paragraph breaks). Annotated on the
# simplified text; the gold is traditional (OpenCC s2t).
A = Ann('jhsjk2020-022', 188, 2162, script='traditional')
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
def opt_fig(t, v, u, ctx=None, ap='exact'):
    return s('FIGURE', t, False, ctx=ctx, value=v, approx=ap, unit=u)
def one(t, u, ctx):   # 一种 / 一个 / 一系列: articles, optional (rounds 2, 5, 9)
    return opt_fig(t, 1, u, ctx=ctx)

# 用中长期规划指导经济社会发展，是我们党治国理政的一种重要方式。
one('一种', '种', '一种重要方式')
# 从1953年开始，我国已经编制实施了13个五年规划（计划），其中改革开放以来编制实施8个，
s(DT, '从1953年开始', False, value='1953')
s(DT, '1953年', value='1953')
F('13个', 13, '个', '五年规划（计划）')
opt_fig('五年', 5, '年', ctx='13个五年规划')   # inside the name of the plans: a duration
s(DT, '改革开放以来', False)
U('改革开放', req=False)   # round 5
F('8个', 8, '个', '改革开放以来编制实施的五年规划（计划）')
# 实践证明，中长期发展规划既能充分发挥市场在资源配置中的决定性作用，又能更好发挥政府作用。
U('市场在资源配置中的决定性作用', req=False)   # a variant of a theory's wording (round 7: optional)
U('更好发挥政府作用', req=False)
# “十四五”时期是我国全面建成小康社会、实现第一个百年奋斗目标之后，乘势而上开启全面建设社会主义
# 现代化国家新征程、向第二个百年奋斗目标进军的第一个五年，我国将进入新发展阶段。
s(DT, '“十四五”时期', False, value='2021/2025')
s(DT, '十四五', False, value='2021/2025')
Q('十四五', 'period', req=False)
U('全面建成小康社会', req=False)   # a goal (round 6)
U('第一个百年奋斗目标', req=False)
U('全面建设社会主义现代化国家', req=False)   # a goal (round 5)
U('新征程', req=False)
U('第二个百年奋斗目标', req=False)
opt_fig('五年', 5, '年', ctx='第一个五年')   # a duration; 第一个 is an ordinal
U('新发展阶段', req=False)   # round 5: undecided, optional
U('凡事预则立，不预则废', 'term', req=False)   # a classical set phrase (round 7)
# 第一，以辩证思维看待新发展阶段的新机遇新挑战。
U('新发展阶段', req=False, ctx='看待新发展阶段')
# 党的十九大以来，我多次讲，当今世界正经历百年未有之大变局。
s(DT, '党的十九大以来', False)
s(DT, '党的十九大', False); s(DT, '十九大', False)
U('百年未有之大变局')   # standing alone: required (round 2)
# 当前，新冠肺炎疫情全球大流行使这个大变局加速变化，保护主义、单边主义上升，
U('大变局', req=False, ctx='这个大变局')   # anaphoric (round 5)
U('保护主义', req=False); U('单边主义', req=False)
# 今后一个时期，我们将面对更多逆风逆水的外部环境，必须做好应对一系列新的风险挑战的准备。
one('一个', '个', '今后一个时期')
one('一系列', '系列', '一系列新的风险')
# 我国已进入高质量发展阶段，社会主要矛盾已经转化为人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾，
U('高质量发展阶段', req=False)
U('高质量发展', req=False, ctx='高质量发展阶段')   # optional at every occurrence (round 2)
U('人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾', req=False)   # the standard wording of the principal contradiction: undecided
# 人均国内生产总值达到1万美元，城镇化率超过60%，中等收入群体超过4亿人，
F('1万美元', 10000, '美元', '人均国内生产总值', ap='exact|more_than')   # 达到 stays outside
F('超过60%', 60, '%', '城镇化率', ap='more_than')
opt_fig('60%', 60, '%', ap='exact|more_than')
F('超过4亿人', 400000000, '人', '中等收入群体', ap='more_than')
opt_fig('4亿人', 400000000, '人', ap='exact|more_than')
# 同时，我国发展不平衡不充分问题仍然突出，创新能力不适应高质量发展要求，……
U('高质量发展', req=False, ctx='不适应高质量发展要求')
# 总之，进入新发展阶段，国内外环境的深刻变化既带来一系列新机遇，也带来一系列新挑战，
U('新发展阶段', req=False, ctx='进入新发展阶段，国内外')
one('一系列', '系列', '一系列新机遇')
one('一系列', '系列', '一系列新挑战')
U('危机并存、危中有机、危可转机', 'term', req=False)
# 统筹中华民族伟大复兴战略全局和世界百年未有之大变局，
U('中华民族伟大复兴战略全局', req=False)   # round 5
U('中华民族伟大复兴', req=False)
U('世界百年未有之大变局')   # the longest form (round 5)
U('百年未有之大变局', req=False)
U('准确识变、科学应变、主动求变', req=False)   # round 5
U('更高质量、更有效率、更加公平、更可持续、更为安全的发展', req=False)   # a standard wording: undecided
# 第二，以畅通国民经济循环为主构建新发展格局。
U('新发展格局', ctx='构建新发展格局。')
# 今年以来，我多次讲，要推动形成以国内大循环为主体、国内国际双循环相互促进的新发展格局。
s(DT, '今年以来', False, value='2020', resolved='2020')
s(DT, '今年', False, value='2020', resolved='2020')
U('以国内大循环为主体、国内国际双循环相互促进的新发展格局', req=False)   # the definition with the name (round 5)
U('国内大循环', 'term', req=False)   # policy phrases inside the definition, as round 5 (jhsjk2020-044); fixed after the first measurement
U('国内国际双循环', 'term', req=False)
U('双循环', 'term', req=False)
U('新发展格局', ctx='相互促进的新发展格局')
# 这个新发展格局是根据我国发展阶段、环境、条件变化提出来的
U('新发展格局', ctx='这个新发展格局')   # the formula's name itself, also after 这个
# 近年来，……市场和资源两头在外的国际大循环动能明显减弱
s(DT, '近年来', False)
U('两头在外', 'term', req=False)
# 自2008年国际金融危机以来，……经常项目顺差同国内生产总值的比率由2007年的9.9%降至现在的不到1%，
s(DT, '2008年', value='2008')
U('以国内大循环为主体', req=False, ctx='向以国内大循环为主体转变')   # a part of the definition's wording: undecided
s(DT, '2007年', value='2007')
F('9.9%', 9.9, '%', '经常项目顺差同国内生产总值的比率（2007年）')
F('不到1%', 1, '%', '经常项目顺差同国内生产总值的比率（现在）', ap='less_than')
# 国内需求对经济增长的贡献率有7个年份超过100%。
F('7个', 7, '个', '国内需求对经济增长的贡献率超过100%的年份')
F('超过100%', 100, '%', '国内需求对经济增长的贡献率', ap='more_than')
opt_fig('100%', 100, '%', ap='exact|more_than')
# 未来一个时期，……
one('一个', '个', '未来一个时期')
# 我们要坚持供给侧结构性改革这个战略方向，扭住扩大内需这个战略基点，
U('供给侧结构性改革', req=False)   # round 6
U('扩大内需', req=False)   # round 1
U('需求牵引供给、供给创造需求', req=False)
# 当然，新发展格局决不是封闭的国内循环，而是开放的国内国际双循环。
U('新发展格局', ctx='当然，新发展格局')
U('国内国际双循环', req=False, ctx='开放的国内国际双循环')
U('双循环', 'term', req=False)   # inside the longer phrase (nesting, round 5); fixed after the first measurement
# 第三，以科技创新催生新发展动能。实现高质量发展，必须实现依靠创新驱动的内涵型增长。
U('高质量发展', req=False, ctx='实现高质量发展，必须')
U('以国内大循环为主体', req=False, ctx='形成以国内大循环为主体的关键')
# 我们要充分发挥我国社会主义制度能够集中力量办大事的显著优势，打好关键核心技术攻坚战。
U('集中力量办大事', req=False)
# ……为建设科技强国夯实基础。
U('科技强国', req=False)

if __name__ == '__main__':
    A.write()
    import sys
    if '--review' in sys.argv:
        A.review()
