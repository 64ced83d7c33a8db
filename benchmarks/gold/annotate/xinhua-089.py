from _ann import Ann

# Xi Jinping at the CPC and World Political Parties High-level Dialogue, 15 Mar 2023
# (news.cn text, paragraphs separated by `　　`): from the first 女士们、先生们、朋友们！
# through the four commitments of the CPC and the Global Civilization Initiative,
# up to the paragraph on exchanges between parties.
A = Ann('xinhua-089', 1607, 3358)
s = A.s
F = lambda t, v, ap, u, subj, req=True, ctx=None: s('FIGURE', t, req, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)
P = 'PLACE'; DEP = 'DEPARTMENT'; SL = 'SLOGAN'; DT = 'DATE'; PE = 'PERSON'
CPC = {'level': 'central', 'kind': 'party'}
U = lambda t, req=False, k='formula', ctx=None: s(SL, t, req, ctx=ctx, kind=k, quoted=False)


def cpc(ctx=None):
    s(DEP, '中国共产党', False, ctx=ctx, **CPC)
    s(P, '中国', False)


def cmod(req, ctx=None):
    """中国式现代化: required as subject or object, optional as a modifier; 中国 inside optional."""
    U('中国式现代化', req, ctx=ctx)
    s(P, '中国', False)


s(DT, '近代以来', False)
s(P, '中国', ctx='中国人民矢志')
cpc()
F('100多年', 100, 'more_than', '年', '中国共产党团结带领中国人民的历史', req=False)
s(P, '中国', ctx='带领中国人民')
U('民族复兴', k='term')
F('一部', 1, 'exact', '部', '历史', req=False)
U('中国式现代化道路')
cmod(False)
# 二十大
s(DEP, '中国共产党第二十次全国代表大会', False, **CPC)
s(DT, '中国共产党第二十次全国代表大会', False)
cpc()
s(DT, '第二十次全国代表大会', False)
s(DEP, '全国代表大会', False, **CPC)
cmod(True, ctx='以中国式现代化全面')
U('中华民族伟大复兴')
cmod(True, ctx='中国式现代化是人口')
U('人口规模巨大、全体人民共同富裕、物质文明和精神文明相协调、人与自然和谐共生、走和平发展道路')
U('全体人民共同富裕', k='term')
U('共同富裕', k='term')
U('人与自然和谐共生', k='term')
s(P, '中国', ctx='造福中国人民')
U('强国建设、民族复兴', k='term')
U('民族复兴', k='term', ctx='强国建设、民族复兴')
s(P, '中国', ctx='中国谋求')
U('世界大同', k='term')
U('不走改旗易帜的邪路', k='directive')
cmod(False, ctx='以中国式现代化新成就')
cpc()
U('高质量发展', k='term')
U('新发展格局', True)
U('高水平对外开放', k='term')
s(P, '中国', ctx='中国现代化产业体系')
U('现代化产业体系', k='term')
s(P, '中国', ctx='中国制造')
s(P, '中国', ctx='中国创造')
s(P, '中国', ctx='中国市场')
s(P, '中国', ctx='中国需求')
s(P, '中国', ctx='中国方案')
s(P, '中国', ctx='中国力量')
s(SL, '一带一路', kind='formula', quoted=True)
U('高质量发展', k='term', ctx='”高质量发展')
U('全球发展倡议', True)
U('全球发展共同体')
cpc(ctx='中国共产党将致力于维护')
cmod(True, ctx='中国式现代化不走')
U('霸权主义和强权政治', k='term')
U('公道正义、共建共享的安全格局')
s(SL, '新冷战', False, kind='term', quoted=True)
s(P, '中国', ctx='中国实现现代化')
s(P, '中国', ctx='中国永远不称霸')
U('永远不称霸、永远不搞扩张', k='directive')
cpc(ctx='中国共产党将致力于推动文明')
U('文明交流互鉴', k='term')
cmod(True, ctx='中国式现代化作为')
U('人类文明新形态')
U('世界文明百花园', k='term')
s(SL, '一花独放不是春，百花齐放春满园。', False, kind='quotation', quoted=True)
s(SL, '一花独放不是春，百花齐放春满园', False, kind='quotation', quoted=True)
U('世界文明百花园', k='term', ctx='繁荣世界文明百花园')
U('全球文明倡议', True)
U('尊重世界文明多样性')
U('文明平等、互鉴、对话、包容')
U('全人类共同价值')
U('和平、发展、公平、正义、民主、自由')
U('创造性转化、创新性发展')
U('全球文明对话合作网络', k='term')
U('人文交流、文化交融、民心相通', k='term')
U('世界文明百花园', k='term', ctx='让世界文明百花园')
cpc(ctx='中国共产党将致力于加强')
U('新型政党关系', k='term')
U('新型国际关系')
U('全球政党伙伴关系', k='term')
U('全球伙伴关系', k='term', ctx='拓展全球伙伴关系')
cpc(ctx='中国共产党愿继续')
U('携手同行现代化之路', k='term')
U('人类命运共同体', True)

if __name__ == '__main__':
    A.write()
