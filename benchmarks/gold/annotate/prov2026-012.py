from _ann import CC, DEP, DT, PE, Ann, P

A = Ann('prov2026-012', 17371, 19129)
s = A.s
U, Q = A.unquoted, A.quoted
GXPC = {'level': 'province', 'kind': 'party', 'canonical': '中共广西壮族自治区委员会'}
SC = {'level': 'central', 'kind': 'state', 'canonical': '中华人民共和国国务院'}
MASS = {'kind': 'mass organisation'}
def core():  # 以习近平同志为核心的党中央
    U('以习近平同志为核心的党中央', req=False)
    s(PE, '习近平', title='同志')
    s(DEP, '党中央', **CC)

# 各位代表！高质量发展是为了人民过上更好日子 …
U('高质量发展', req=False)
U('民生为大', req=False)
U('共同富裕', req=False)
# 深入抓好安全生产 …
U('更加积极的财政政策', req=False)
U('高质量发展', req=False, ctx='促进经济高质量发展财政奖励')
# 第四次全国文物普查: an ordinal, no FIGURE, no DATE
s(DEP, '东盟', False, kind='international organisation')  # inside a forum name; an international body
s(P, '东盟', False)
s(DEP, '工会', False, **MASS)
s(DEP, '共青团', canonical='中国共产主义青年团', **MASS)
s(DEP, '妇联', canonical='妇女联合会', **MASS)
# 支持国防和军队现代化建设 …
Q('五位一体')  # 党政军警民“五位一体”联防联控体系: a quoted numbered formula, no FIGURE
U('双拥', req=False)
U('新时代', req=False)
s(DT, '新时代', False)
# 各位代表！应对新挑战 …
Q('两个确立'); Q('四个意识'); Q('四个自信'); Q('两个维护')
core()
s(DEP, '党中央', ctx='维护党中央权威', **CC)
U('全面从严治党')
# the 2025 campaign's official name is 深入贯彻中央八项规定精神学习教育 (深入贯彻 is part of it);
# the form without 深入贯彻 is accepted too; both optional (campaign name around the required formula)
U('深入贯彻中央八项规定精神学习教育', 'campaign', req=False)
U('中央八项规定精神学习教育', 'campaign', req=False)
U('中央八项规定精神')
U('中央八项规定', req=False)
s(DEP, '中央', False, level='central', kind='party')
U('学习教育', 'campaign', req=False)
U('正确政绩观', req=False)
U('为人民出政绩、以实干出政绩', req=False)  # unquoted wording of a requirement (undecided, optional)
U('从实际出发、按规律办事', req=False)
U('该为的必须为、能为的努力为、不该为的决不为', req=False)
Q('四风')
U('形式主义、官僚主义', req=False)
Q('新官不理旧账', 'term', req=False)  # a quoted name of a problem (undecided, optional)
Q('一表通', 'campaign', req=False)  # a quoted name of a reporting tool (undecided, optional)
U('基层减负', req=False)
U('过紧日子', req=False)
Q('真金白银', 'term', req=False)
s(DEP, '党中央', ctx='确保党中央、国务院', **CC)
s(DEP, '国务院', **SC)
s(DEP, '自治区党委', **GXPC)
U('新一轮科技革命和产业变革', req=False)
U('党的创新理论', req=False)
Q('桂政先锋·实干笃行', 'campaign')
s(P, '桂', False)
U('法治政府', req=False)
U('依法行政', req=False)
U('严格规范公正文明执法', req=False)
s(DEP, '人大', False, kind="people's congress")  # 依法接受人大及其常委会监督 (as gwr-002)
s(DEP, '常委会', False, kind="people's congress")
s(DEP, '人民政协', kind='cppcc', canonical='中国人民政治协商会议')
U('斗争精神', req=False)
U('遇到矛盾不绕、面对困难不躲、解决问题不拖', req=False)
Q('543')  # “543”体系: a quoted coded formula, no FIGURE
Q('对标对表、解放思想、马上就办、攻坚克难、久久为功')
s('FIGURE', '五种', False, value=5, approx='exact', unit='种', subject='意识')  # anaphoric count after the quoted list
Q('清单工作法、一线工作法、专班工作法、闭环工作法')
s('FIGURE', '四个', False, value=4, approx='exact', unit='个', subject='方法')
Q('考核、督查、激励')
s('FIGURE', '三项', False, value=3, approx='exact', unit='项', subject='机制')
# 多说“行”、少说“不行”: scare-quoted single words, not annotated
# 各位代表！守牢清风正气 …
s(PE, '蓝天立')
U('以案为鉴、以案明纪、以案促改', req=False)
Q('不敢腐、不能腐、不想腐')
Q('五个必须')
Q('七个有之')
Q('两个维护', ctx='背离“两个维护”')
U('新时代党的组织路线', req=False)
U('新时代', req=False, ctx='新时代党的组织路线')
s(DT, '新时代', False, ctx='新时代党的组织路线')
Q('四风', ctx='“四风”之害')
s(DEP, '中央', False, ctx='中央巡视', level='central', kind='party')
U('党风廉政建设', req=False)
U('反腐败斗争', req=False)
# 各位代表！壮美华章 …
core()
s(DEP, '自治区党委', **GXPC)
U('高质量发展', req=False)
U('以中国式现代化全面推进强国建设、民族复兴伟业', req=False)
U('中国式现代化')
s(P, '中国', False)
U('强国建设、民族复兴伟业', req=False)
s(P, '广西')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
