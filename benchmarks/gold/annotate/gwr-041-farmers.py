from _ann import DEP, DT, Ann, P, all_occ

# Round 36 (annotator r36b, blind): the 2002 State Council government work
# report, range [5035, 7379) of gwr-041 (window [4719, 7384)), between
# gwr-041-tasks.py ([2345, 4719)) and gwr-041-opening.py ([7384, 9609)): field
# 二 on agriculture and farmers' incomes (structural adjustment, 中部 / 西部地区,
# the quoted “公司加农户” / “订单农业” and “星火计划”; the four points 一是 … 四是:
# 退耕还林 ×8 with 两年多 and 中西部, 天然林保护工程; 农村税费改革 ×4 with 中部地区,
# 中央财政, 中央有关规定 and 今年 ×2; rural industry and towns; support for
# agriculture with 世贸组织) and the start of field 三 (industrial upgrading
# with the quoted “质量、品种、效益”, the high-tech and service sectors). A sparse
# passage: few figures, organs only as 中央 alone and an international body.
# Simplified, as stored.
A = Ann('gwr-041', 5035, 7379)
s = A.s
F, U, Q = A.figure, A.unquoted, A.quoted
CENTRAL = {'level': 'central', 'kind': 'party'}


def this_year(ctx):
    s(DT, '今年', False, ctx=ctx, value='2002', resolved='2002')   # relative time optional (round 1; gwr-041-opening.py)


# 二、加快农业和农村经济发展，努力增加农民收入
s(P, '沿海地区', False)                                              # a region without a fixed boundary (round 2): optional
s(P, '中部', False, ctx='中部粮食主产区')                            # 中部 as a region (round 22: 中部地区 optional)
s(P, '西部地区', False, ctx='西部地区要发展特色农业')                # round 2 (gwr-041-opening.py)
s(P, '西部', False, ctx='西部地区要发展特色农业')
Q('公司加农户', 'term', req=False)                                    # a quoted coinage for a mode of production (Conventions decided here: kind term, optional)
Q('订单农业', 'term', req=False)
Q('星火计划', 'campaign')                                             # a quoted programme name (guide: campaign; like ８６３计划)
# 一是扩大退耕还林规模。
n = all_occ(A, 'SLOGAN', '退耕还林', False, kind='campaign', quoted=False)   # gwr-041.py / gwr-041-opening.py: optional
assert n == 8, n
A.cur = A.simp.find('一是扩大退耕还林规模')
F('两年多', 2, '年', '退耕还林试点', ap='more_than', req=False)        # a duration: optional (Conventions decided here)
s(P, '中西部', False, ctx='在中西部一些地方')                         # a region (round 16; gwr-041-opening.py)
this_year('今年要进一步扩大退耕还林规模')
U('休牧还草', 'campaign', req=False)                                  # a programme phrase like 退耕还林 (undecided: optional)
U('天然林保护工程', 'campaign', req=False)                            # gwr-041.py / gwr-041-opening.py
U('天然林保护', 'campaign', req=False, ctx='天然林保护工程')
# 二是深化农村税费改革和粮棉流通体制改革。
def tax(c):
    U('农村税费改革', req=False, ctx=c)                               # a policy phrase: optional (Conventions decided here; gwr-041 scripts)


tax('深化农村税费改革和')
tax('农村税费改革是减轻')
this_year('今年要进一步扩大试点范围')
s(P, '中部地区', False)                                               # round 22
s(P, '中部', False, ctx='中部地区的粮食')
s(DEP, '中央', False, ctx='中央财政在预算内', **CENTRAL)             # 中央 in 中央财政 (rounds 1, 5, 7)
tax('农村税费改革，既要')
tax('尚未进行农村税费改革')
s(DEP, '中央', False, ctx='严格执行中央有关规定', **CENTRAL)          # 中央 alone (Conventions decided here)
# 三是努力拓宽农民增收渠道。 / 四是加大对农业的支持力度。
s(DEP, '世贸组织', False, kind='international organisation')          # international organisations optional (Conventions decided here)
s(DEP, '农村信用社', False, level='county', kind='enterprise')    # a generic class of credit cooperatives (gwr-033 scripts: optional)
U('以工代赈', req=False)                                              # an established programme name (undecided: optional)
# 三、积极推进经济结构调整和经济体制改革
Q('质量、品种、效益', 'formula')                                      # a quoted three-part principle (guide: formula, like 走在前、作表率)

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
