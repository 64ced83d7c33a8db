from _ann import DEP, DT, PE, SL, Ann, P, all_occ

# Xi Jinping's speech at the "Shanghai Cooperation Organisation Plus" meeting,
# Tianjin, 1 Sep 2025 (news.cn text): the whole text with the dateline, the
# heading, the photo caption, the five points of the Global Governance
# Initiative, the four quoted "上合…" contributions and the closing.
# Annotated as traditional (OpenCC s2t of the simplified source).
A = Ann('xinhua-013', 0, 2061, script='traditional')
s = A.s
F = A.figure
INT = {'kind': 'international organisation'}


def u(t, req=False, k='formula', **kw):
    return s(SL, t, req, kind=k, quoted=False, **kw)


def q(t, req=True, k='formula', **kw):
    return s(SL, t, req, kind=k, quoted=True, **kw)


# dateline and heading
s(DEP, '新华社', False, kind='media')
s(P, '天津')
s(DT, '9月1日', value='--09-01', resolved='2025-09-01')
u('上合力量')                                  # inside the speech's title (round 4): optional
s(DEP, '上合', False, **INT)
q('上海合作组织+', False, k='term')            # quoted name of the meeting: undecided
s(DT, '2025年9月1日', value='2025-09-01')
s(P, '天津')
s(P, '中华人民共和国', False)                   # country in a position title
s(PE, '习近平', title='中华人民共和国主席')
# photo caption
s(DT, '9月1日', value='--09-01', resolved='2025-09-01')
s(DT, '9月1日下午', False)
q('上海合作组织+', False, k='term')
s(P, '天津梅江会展中心', False)
s(P, '天津')
s(P, '梅江会展中心', False)
s(PE, '习近平', title='国家主席')
u('上合力量', ctx='《凝聚上合力量')             # inside 《…》: optional
s(DEP, '上合', False, **INT)
s(DEP, '新华社', False, kind='media')
s(PE, '黄敬文')
# opening
s(DT, '今年', False, value='2025', resolved='2025')
s(DT, '世界反法西斯战争', False)               # an event used as a time (round 13)
s(DEP, '联合国', False, **INT)
s('FIGURE', '80周年', False, value=80, approx='exact', unit='周年')   # anniversary
u('铭记历史、共创未来')
s(DT, '80年前', False); s('FIGURE', '80年', False, value=80, approx='exact', unit='年')
s('FIGURE', '两次', False, value=2, approx='exact', unit='次', subject='世界大战')  # undecided
s(DEP, '联合国', False, **INT)
s(DT, '80年后', False); s('FIGURE', '80年', False, value=80, approx='exact', unit='年')
u('和平、发展、合作、共赢')
u('冷战思维')
u('霸权主义'); u('保护主义')
u('和平共处')
u('全球治理倡议', True)
u('人类命运共同体', True)
# 第一 … 第五 (list numbers): the five principles of the initiative
u('主权平等')
u('国际关系民主化')
u('国际法治')
u('联合国宪章宗旨和原则')
s(DEP, '联合国', False, **INT)
q('双标', False, k='term')                     # quoted coinage; “家规” a scare-quoted word: none
u('多边主义')
u('共商共建共享的全球治理观', True)
u('全球治理观')
u('单边主义')
s(DEP, '联合国', False, **INT)
s(DEP, '联合国', False, ctx='发挥联合国', **INT)
u('以人为本')
u('行动导向')
# 各位同事！
s(DT, '24年来', False); s('FIGURE', '24年', False, value=24, approx='exact', unit='年')
u('互信、互利、平等、协商、尊重多样文明、谋求共同发展')
u('地区事务共商、平台机制共建、合作成果共享')
u('世界百年未有之大变局', True)
u('百年未有之大变局')
s('FIGURE', '百年', False, value=100, approx='exact', unit='年')
u('全球治理倡议', True)
q('上合力量')
s(DEP, '上合', False, **INT)
u('不结盟、不对抗、不针对第三方原则')
s(DEP, '应对安全威胁与挑战综合中心', False, **INT)
s(DEP, '禁毒中心', False, **INT)
u('地区安全共同体')
q('上合担当')
s(DEP, '上合', False, **INT)
u('拆墙不筑墙、融合不脱钩')
u('经济全球化')
s(P, '中', False, ctx='中方愿积极')
u('经贸合作高质量发展行动计划', k='campaign')   # unquoted programme name: undecided
s(P, '中', False, ctx='中方将成立')
s(P, '中国', False, ctx='中国－上海')            # at the start of the platforms' name
F('三大', 3, '大', '合作平台', req=False)          # count after a closed list (rounds 2–3)
F('三', 3, '', '合作平台', req=False)
F('三大', 3, '大', '合作中心', req=False, ctx='三大合作中心')
F('三', 3, '', '合作中心', req=False, ctx='三大合作中心')
s(DT, '未来5年', False); s('FIGURE', '5年', False, value=5, approx='exact', unit='年')
q('千万千瓦光伏', k='campaign')                 # quoted project names; no FIGURE inside
q('千万千瓦风电', k='campaign')
s(P, '中', False, ctx='中方愿同')
s(DEP, '人工智能应用合作中心', False, **INT)     # a planned centre (round 11)
s(DEP, '国际月球科研站', False, **INT)          # a planned station: undecided
s(P, '国际月球科研站', False)
u('全人类共同价值')
q('上合示范')
s(DEP, '上合', False, **INT)
u('文明交流互鉴')
s(P, '中', False, ctx='中方将办好')
s(DT, '未来5年', False, ctx='未来5年，中方将为')
s('FIGURE', '5年', False, ctx='未来5年，中方将为', value=5, approx='exact', unit='年')
s(P, '中', False, ctx='中方将为')
F('500名', 500, '名', '先天性心脏病患者')
F('5000例', 5000, '例', '白内障手术')
F('1万例', 10000, '例', '癌症筛查')
q('上合行动')
s(DEP, '上合', False, **INT)
s(P, '全球南方', False); u('全球南方', k='term')   # unquoted here (round 13: optional)
u('霸权主义和强权政治')
u('霸权主义')
u('真正的多边主义')
u('多边主义')
u('世界多极化')
u('国际关系民主化')
s(P, '中', False, ctx='中方支持')
s(DEP, '联合国', False, **INT)
s(DEP, '东盟', False, **INT); s(P, '东盟', False)
s(DEP, '欧亚经济联盟', False, **INT); s(P, '欧亚', False)
s(DEP, '亚信', False, **INT)
# 各位同事！
q('执大象，天下往。', False, k='quotation'); q('执大象，天下往', False, k='quotation')
s(DT, '再过两天', False); s('FIGURE', '两天', False, value=2, approx='exact', unit='天')
s(P, '中', False, ctx='中方将在')
s(P, '北京')
s(DT, '中国人民抗日战争暨世界反法西斯战争', False)
s(DT, '中国人民抗日战争', False)
s(P, '中国', False, ctx='中国人民抗日')
s(DT, '世界反法西斯战争', False, ctx='暨世界反法西斯战争')
s('FIGURE', '80周年', False, ctx='80周年活动', value=80, approx='exact', unit='周年')
s(P, '中', False, ctx='中方愿同各方一道')
u('勇担大义、笃行大道')
u('正确二战史观')
s(DT, '二战', False)
s(DT, '二战', False, ctx='二战胜利')
u('人类命运共同体', True, ctx='构建人类命运共同体的成果')
# every 上海合作组织 (an international organisation: optional) and the 上海 in it and in 上海精神
all_occ(A, DEP, '上海合作组织', False, **INT)
all_occ(A, P, '上海', False)
all_occ(A, SL, '上海精神', kind='formula', quoted=True)
all_occ(A, SL, '一带一路', kind='formula', quoted=True)
# slip fixed: 高质量发展 is a policy phrase, optional at every occurrence (round 2),
# also inside the names of programmes
all_occ(A, SL, '高质量发展', False, kind='formula', quoted=False)


if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
