from _ann import DEP, DT, PE, SL, Ann, P

A = Ann('xinhua-067', 1210, 3411)
s = A.s
U = A.unquoted
CPC = {'level': 'central', 'kind': 'party'}
def mao(ctx=None):
    s(PE, '毛泽东', ctx=ctx, title='同志')
def mzd_thought(ctx=None):
    s(SL, '毛泽东思想', ctx=ctx, kind='formula', quoted=False)
    s(PE, '毛泽东', False)
def ml(req=True, ctx=None):  # 马克思列宁主义: the doctrine's name; the persons in it optional
    s(SL, '马克思列宁主义', req, ctx=ctx, kind='formula', quoted=False)
    s(PE, '马克思', False); s(PE, '列宁', False)
def mx(req=True, ctx=None):
    s(SL, '马克思主义', req, ctx=ctx, kind='formula', quoted=False)
    s(PE, '马克思', False)
def sinicize(long=False):  # 马克思主义中国化(时代化): optional, its parts optional
    if long:
        U('马克思主义中国化时代化', req=False)
    U('马克思主义中国化', req=False)
    mx(False)
    s(P, '中国', False)
def cpc(ctx=None):
    s(DEP, '中国共产党', False, ctx=ctx, **CPC)
    s(P, '中国', False)
def china(ctx):
    s(P, '中国', ctx=ctx)
def new_china(ctx=None, old=False):
    s(P, '旧中国' if old else '新中国', False, ctx=ctx)
    s(P, '中国', False)

# 毛泽东同志带领人民开创了马克思主义中国化的历史进程。
mao()
sinicize()
mx(False, ctx='马克思主义基本原理具有')  # the doctrine's name modifying a noun: optional
mao()
Q1 = '马克思列宁主义的伟大力量，就在于它是和各个国家具体的革命实践相联系的。对于中国共产党来说，就是要学会把马克思列宁主义的理论应用于中国的具体的环境。'
s(SL, Q1, False, kind='quotation', quoted=True)
ml(False)
cpc()
ml(False, ctx='把马克思列宁主义的理论')
s(P, '中国', False, ctx='应用于中国的')
mao()
mx(False, ctx='用马克思主义基本原理')
china('解决中国的实际')
china('总结中国革命')
mzd_thought()
china('适合中国国情')
mzd_thought()
mzd_thought()
ml(ctx='马克思列宁主义在中国')  # the doctrine itself: required
china('在中国的创造性')
china('关于中国革命')
sinicize()
mao()
U('辩证唯物主义', req=False); U('历史唯物主义', req=False)
china('在中国革命和建设的长期')
cpc(ctx='具有中国共产党人')
U('实事求是、群众路线、独立自主', req=False)
U('实事求是', req=False); U('群众路线', req=False); U('独立自主', req=False)
s('FIGURE', '三个', False, value=3, approx='exact', unit='个', subject='基本方面')  # anaphoric count after a closed list
mzd_thought()
mzd_thought()
mao()
mx(ctx='用马克思主义之')  # the doctrine itself
china('射中国具体')
mx(ctx='正确对待马克思主义')
sinicize(long=True)
# 毛泽东同志带领人民锻造了伟大光荣正确的中国共产党。
mao()
cpc()
china('中国革命、建设事业必须')
mao()
Q2 = '没有中国共产党的努力，没有中国共产党人做中国人民的中流砥柱，中国的独立和解放是不可能的，中国的工业化和农业近代化也是不可能的。'
s(SL, Q2, False, kind='quotation', quoted=True)
cpc(); cpc()
s(P, '中国', False, ctx='做中国人民')
s(P, '中国', False, ctx='中国的独立')
s(P, '中国', False, ctx='中国的工业化')
mao()
s('FIGURE', '一批', False, value=1, approx='exact', unit='批')
s(DT, '党的一大', False); s(DT, '一大', False)
s(DT, '井冈山斗争时期', False); s(P, '井冈山', False)  # the place of a period name: optional
s(DEP, '红军', False, level='central', kind='state')
s('FIGURE', '一项', False, value=1, approx='exact', unit='项')
s(SL, '伟大的工程', kind='formula', quoted=True)
U('伟大工程', req=False)  # 这一伟大工程: anaphoric repeat
mao()
mx(False, ctx='马克思主义政党史')
U('从思想上建党', req=False)
U('批评和自我批评', req=False)
U('整风', 'campaign', req=False)
U('民主集中制原则', req=False); U('民主集中制', req=False)
s(SL, '三大作风', kind='formula', quoted=True)
cpc(ctx='成为中国共产党区别')
U('历史周期率', 'term', req=False)
s(SL, '让人民来监督政府', kind='directive', quoted=True)
s(DT, '新中国成立后', False); new_china()
mao()
U('谦虚谨慎、戒骄戒躁、艰苦奋斗', req=False)
mao()
cpc(ctx='缔造的中国共产党')
china('成为中国革命、建设、改革')
# 毛泽东同志带领人民建立了人民当家作主的新中国。
mao()
U('人民当家作主', req=False)
new_china()
U('为人民谋幸福、为民族谋复兴', req=False)
U('初心使命', req=False)
U('人民当家作主', req=False, ctx='建设人民当家作主')
mao()
Q3 = '我们是人民民主专政，各级政府都要加上‘人民’二字，各种政权机关都要加上‘人民’二字。'
s(SL, Q3, False, kind='quotation', quoted=True)
U('人民民主专政', req=False)
s('FIGURE', '二字', False, value=2, approx='exact', unit='字')
s('FIGURE', '二字', False, ctx='政权机关都要加上‘人民’二字', value=2, approx='exact', unit='字')
new_china(ctx='新中国的成立')
china('实现了中国向')
U('人民民主制度', req=False)
china('中国人民，通过')
mao()
Q4 = ('中国的命运一经操在人民自己的手里，中国就将如太阳升起在东方那样，以自己的辉煌的光焰普照大地，'
      '迅速地荡涤反动政府留下来的污泥浊水，治好战争的创伤，建设起一个崭新的强盛的名副其实的人民共和国。')
s(SL, Q4, False, kind='quotation', quoted=True)
s(P, '中国', False, ctx='中国的命运')
s(P, '中国', False, ctx='中国就将')
s('FIGURE', '一个', False, ctx='建设起一个崭新', value=1, approx='exact', unit='个')
s(SL, '两弹一星', kind='campaign', quoted=True)
new_china(ctx='结束了旧中国屡遭', old=True)
U('独立自主的和平外交政策', req=False); U('独立自主', req=False, ctx='独立自主的和平外交')
new_china(ctx='结束了旧中国的屈辱', old=True)
china('中国作为一个')
s('FIGURE', '一个', False, ctx='作为一个独立', value=1, approx='exact', unit='个')
china('古老的中国')
china('中国人民扬眉')
new_china(ctx='新中国的国际地位')
# 毛泽东同志带领人民创建了先进的社会主义制度。
mao()
U('只有社会主义才能救中国、才能发展中国', req=False)
china('才能救中国')
china('才能发展中国')
mao()
Q5 = '社会主义制度的建立给我们开辟了一条到达理想境界的道路。'
s(SL, Q5, False, kind='quotation', quoted=True)
s('FIGURE', '一条', False, value=1, approx='exact', unit='条')
s(P, '中央苏区', False)  # a historical base area: optional (see ROUND3-r6gD.md)
s(DT, '延安时期', False); s(P, '延安', False)
mao()
s(DT, '新中国成立后', False); new_china()
mao()
s(DEP, '中国人民政治协商会议', False, level='central', kind='state')  # inside a title of a work
s(P, '中国', False)
s(P, '中华人民共和国', False)
new_china(ctx='建立了新中国国家')
U('人民代表大会制度', req=False); s(DEP, '人民代表大会', False, level='central', kind="people's congress")
U('中国共产党领导的多党合作和政治协商制度', req=False); cpc()
U('民族区域自治制度', req=False)
s(DT, '1956年', value='1956')
U('社会主义改造', 'campaign', req=False)
U('按劳分配', req=False)
mao()
s(P, '中华', False, ctx='植根中华大地')
china('符合中国国情')
china('当代中国')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
