from _ann import CC, DEP, DT, PE, SL, Ann, P, all_occ

# Xi Jinping at the symposium of scientists, 11 Sep 2020 (jhsjk text, no line
# breaks): points 第五 and 第六 of section 二, all of section 三 (the scientists'
# spirit, scientists by name, quotations of Einstein and Marx), the dateline and
# the People's Daily source line. Cut at the start of "第五，" (the text has no
# paragraph breaks).
A = Ann('jhsjk2020-017', 2783, 4745)
s = A.s
U, Q = A.unquoted, A.quoted
def opt_fig(t, v, u, ctx=None):
    return s('FIGURE', t, False, ctx=ctx, value=v, approx='exact', unit=u)

# 第五，依靠改革激发科技创新活力。
Q('唯论文、唯职称、唯学历、唯奖项')
# 第六，加强国际科技合作。
U('国际科技合作战略', req=False)   # a descriptive strategy name: undecided, optional
Q('长板', 'term', req=False)
# 三、大力弘扬科学家精神
# the name of a spirit, here and in the title of the 意见: undecided, optional
all_occ(A, SL, '科学家精神', False, kind='formula', quoted=False)
A.cur = A.simp.find('科学家精神')
s(DT, '新中国成立以来', False)
s(P, '新中国', False); s(P, '中国', False)
s(DT, '去年5月', False)
s(DT, '去年', False)   # a relative time, optional (README, round 1)
s(DT, '5月', value='--05', resolved='2019-05')
s(DEP, '党中央', **CC)
U('胸怀祖国、服务人民', req=False)         # the six parts of the scientists' spirit: undecided, optional
U('勇攀高峰、敢为人先', req=False)
U('追求真理、严谨治学', req=False)
U('淡泊名利、潜心研究', req=False)
U('集智攻关、团结协作', req=False)
U('甘为人梯、奖掖后学', req=False)
U('科学无国界，科学家有祖国', 'quotation', req=False)
s(PE, '李四光'); s(PE, '钱学森'); s(PE, '钱三强'); s(PE, '邓稼先')
opt_fig('一大批', 1, '批')
s(PE, '陈景润'); s(PE, '黄大年'); s(PE, '南仁东')
opt_fig('一大批', 1, '批')
s(DT, '新中国成立后', False)
s(P, '新中国', False); s(P, '中国', False)
U('不忘初心、牢记使命')
U('胸怀祖国、服务人民', req=False)
Q('两弹一星', 'campaign')
U('社会主义现代化国家', req=False)
opt_fig('一个', 1, '个', ctx='是一个不断观察')
s(PE, '爱因斯坦')
Q('提出一个问题往往比解决一个问题更重要。', 'quotation', req=False)
Q('提出一个问题往往比解决一个问题更重要', 'quotation', req=False)
opt_fig('一个', 1, '个', ctx='提出一个问题')
opt_fig('一个', 1, '个', ctx='解决一个问题')
opt_fig('一大批', 1, '批')
s(DEP, '党中央', **CC)
U('创新驱动发展战略')
U('尊重劳动、尊重知识、尊重人才、尊重创造')
s(PE, '马克思')
Q('在科学上没有平坦的大道，只有不畏劳苦沿着陡峭山路攀登的人，才有希望达到光辉的顶点。', 'quotation', req=False)
Q('在科学上没有平坦的大道，只有不畏劳苦沿着陡峭山路攀登的人，才有希望达到光辉的顶点', 'quotation', req=False)
U('中华民族伟大复兴', req=False)
U('人类命运共同体')
# （新华社北京9月11日电）《 人民日报 》（ 2020年09月12日 02 版）
s(DEP, '新华社', False, kind='media')
s(P, '北京')
s(DT, '9月11日', value='--09-11', resolved='2020-09-11')
s(DEP, '人民日报', False, kind='media')
s(DT, '2020年09月12日', value='2020-09-12')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
