from _ann import CC, DEP, DT, PE, Ann, P

# Xi Jinping at the Politburo Standing Committee meeting on the epidemic, 3 Feb 2020
# (jhsjk text, one line, paragraphs separated by `　　`), the second range after
# `jhsjk2020-007-0-2428`, annotated as traditional (OpenCC s2t): from 第四，加大科研攻关
# 力度 (2016年, 揭榜挂帅) through the whole of part 二 on social stability (“灾害”,
# “菜篮子”市长负责制, “三同步”, 公安武警联勤联动联防联控机制), the photo caption with
# 朝阳区安贞街道安华里社区 and 新华社记者 鞠鹏, and part 三 on publicity to its third point
# (党中央, 决胜全面小康、决战脱贫攻坚, the second caption with 庞兴雷, 中国 ×2,
# 世界卫生组织), ending before 四、关于保持经济平稳运行. No figure at all: every numeral
# is an ordinal, a date or inside a formula.
A = Ann('jhsjk2020-007', 2428, 4525, script='traditional')
s = A.s
U = A.unquoted
Q = A.quoted

# 第四 / 第一 … and 二、三、: list numbers, none.
s(DT, '2016年', value='2016')
U('揭榜挂帅', req=False)  # optional by earlier rounds (round 19, unquoted)
# 英雄不论出处，谁有本事谁就揭榜: his own saying, unquoted, not a set formula: none.
# 高校、科研院所、企业, 我国科技界: generic nouns, none.
# 次生“灾害”: a scare-quoted single word (guide): none.
# “菜篮子”市长负责制: a quoted metaphorical name of the vegetable-supply programme here
# qualifying a responsibility system; a coinage rather than a formula (guide: quoted
# coinages and metaphors optional, kind term). Undecided between that and a campaign name.
Q('菜篮子', 'term', req=False)
# 依法办理、舆论引导、社会面管控“三同步”要求: the quoted numbered formula is required; the
# list before it spells it out (unquoted, undecided: optional).
U('依法办理、舆论引导、社会面管控', req=False)
Q('三同步')
# 公安武警联勤联动联防联控机制: a named mechanism of the police and the armed police, like
# 国务院联防联控机制 (required in the first range); here no organ heads it (公安 is a sector
# noun), so the name is optional (undecided); 武警 inside it optional (round 2: 武警部队
# required standing alone); 联防联控 optional by earlier rounds.
s(DEP, '公安武警联勤联动联防联控机制', False, level='central', kind='state')
s(DEP, '武警', False, ctx='公安武警', level='central', kind='state', canonical='中国人民武装警察部队')
U('联防联控', req=False, ctx='联防联控机制')


def caption(photographer):
    s(DT, '2020年2月10日', value='2020-02-10')
    A.leader()
    s(P, '北京')
    s(PE, '习近平', ctx='这是习近平')
    # 朝阳区安贞街道安华里社区: a named 社区 chain, undecided since round 22 (jhsjk2020-030:
    # 吴忠市利通区金花园社区, every part optional): the chain and its parts optional, as
    # PLACE and as DEPARTMENT.
    s(P, '朝阳区安贞街道安华里社区', False)
    s(DEP, '朝阳区安贞街道安华里社区', False, level='community', kind='state')
    s(P, '朝阳区', False)
    s(P, '朝阳区安贞街道', False)
    s(DEP, '朝阳区安贞街道', False, level='township', kind='state')
    s(P, '安贞街道', False)
    s(DEP, '安贞街道', False, level='township', kind='state')
    s(P, '安华里社区', False)
    s(DEP, '安华里社区', False, level='community', kind='state')
    U('联防联控', req=False, ctx='疫情联防联控情况')
    s(DEP, '新华社', False, kind='media')
    s(PE, photographer)


caption('鞠鹏')
# 各地, 大城市: not places.
# part 三
U('强信心、暖人心、聚民心', req=False)  # a standard wording of publicity work, unquoted (undecided)
# 党和政府: generic, none.
s(DEP, '党中央', **CC)
U('联防联控', req=False, ctx='各部门联防联控')
# 传染病防治法: a law's name without 《》: none (a title of a work).
U('决胜全面小康、决战脱贫攻坚', req=False)  # unquoted standard wording (undecided)
U('脱贫攻坚', req=False, ctx='决战脱贫攻坚')
caption('庞兴雷')
# 主体责任、主管责任、监管责任: a plain list, none.
s(P, '中国', ctx='讲好中国')
s(P, '中国', ctx='展现中国人民')  # the country (round 3: 中国人民)
# 团结一心、同舟共济: plain wording, none.
s(DEP, '世界卫生组织', False, kind='international organisation')  # optional (rounds 1, 7)

if __name__ == '__main__':
    import sys
    A.write()
    if '--review' in sys.argv:
        A.review()
