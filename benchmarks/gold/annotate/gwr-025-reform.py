from _ann import DEP, DT, SL, Ann, P

# Round 39 (annotator r39b, blind): the 2012 State Council government work report,
# "三、2012年主要任务", range [14150, 16443): the end of task (六) (social management:
# 居住证制度, 安全发展战略), task (七) on culture (社会主义核心价值体系, 中西部地区) and task
# (八) on reform whole (中国, 科学发展观, 中央 and 两个积极性, 今年, “三农”, the unquoted
# wording of “两个毫不动摇”, 最严格的水资源管理制度, 依法治国基本方略, the anti-corruption
# paragraph). No FIGURE is required in the range. Traditional script (OpenCC s2t of the source).
# Earlier ranges of the article: gwr-025.py [2214, 4186), gwr-025-outlook.py [4190, 6344),
# gwr-025-targets.py [6351, 8642), gwr-025-tasks.py [9458, 11599),
# gwr-025-welfare.py [11943, 14148), gwr-025-compatriots.py [16988, 19049).
A = Ann('gwr-025', 14150, 16443, script='traditional')
s = A.s
U, Q = A.unquoted, A.quoted


def centre(ctx):
    """中央 alone (中央与地方): optional (Conventions decided here; gwr-025-welfare.py)."""
    s(DEP, '中央', False, ctx=ctx, level='central', kind='state')


# 加强和创新社会管理 … 社会管理创新: policy phrases, none (optional by round 1 at most; not listed)
U('居住证制度', req=False)                    # a system's name in prose: optional (README round 2; round 8)
# 国家电子政务网, 征信系统: names of networks / systems of records, no label
# 加强和改进互联网管理 … 实施安全发展战略
U('安全发展战略', req=False)                  # a national strategy of the policy kind, like 就业优先战略 (round 24 list): optional
U('打击侵犯知识产权和制售假冒伪劣商品行动', 'campaign', req=False)   # an unquoted campaign name: optional (README round 8)
# 信访工作, 法律援助: fields of work, none

# （七）促进文化大发展大繁荣 (the list number is no span; 文化大发展大繁荣 a policy phrase, none)
U('社会主义核心价值体系')                     # fixed designation of the doctrine of 2006, like 社会主义核心价值观 (required; round 1 rule)
U('知荣辱、讲正气、守诚信、作奉献、促和谐', req=False)   # a standard wording of the time, undecided: optional (round 39)
s(P, '中西部地区', False, ctx='以农村和中西部地区为重点')   # a region without fixed boundary: optional (README rounds 2 and 8)
# 哲学社会科学 … 少数民族文化事业 … 全民健身活动: fields and activities, none
U('全民健身活动', 'campaign', req=False)      # the name of the national fitness programme's activity: optional (round 8 list: programme names)
# 中华文化 (×2), 中华儿女: a culture and a people, no PLACE (like 中华民族)

# （八）深入推进重点领域改革
U('改革开放', req=False)                      # optional at every occurrence (README round 3 list)
s(P, '中国', ctx='决定中国前途命运')           # the country the sentence is about: required
U('科学发展观')                               # the fixed designation of a doctrine: required (README round 18)
# 当前和今后一段时期: 当前 is deictic (not annotated); the whole is a relative time, optional
s(DT, '当前和今后一段时期', False, value='2012', resolved='2012')
# 理顺中央与地方及地方各级政府间财政分配关系，更好地调动中央和地方两个积极性
centre('中央与地方')
centre('中央和地方两个积极性')
s('FIGURE', '两个', False, ctx='两个积极性', value=2, approx='exact', unit='个', subject='积极性')   # count after a closed list (round 29, r29d: the same phrase)
U('工业化、城镇化和农业现代化', req=False)   # a list of policy aims, like 新型工业化、信息化、城镇化、农业现代化 (round 5): optional
# 服务、责任、法治、廉洁政府: aims, none

# 今年改革的重点任务是
s(DT, '今年', False, ctx='今年改革', value='2012', resolved='2012')   # relative time: optional (Conventions decided here)
U('分税制', req=False)                        # a system's name: optional (earlier gold: optional)
# 县级基本财力保障机制, 国库集中收付, 政府采购: mechanisms and fields, none
Q('三农')                                     # a quoted numbered formula, no FIGURE inside (README round 13)

# 推动多种所有制经济共同发展。毫不动摇地巩固和发展公有制经济，毫不动摇地鼓励、支持、引导非公有制经济发展
s(SL, '毫不动摇地巩固和发展公有制经济，毫不动摇地鼓励、支持、引导非公有制经济发展',
  kind='directive', quoted=False)              # the unquoted standard wording of “两个毫不动摇”: required (README round 7); 地 is the variant
# 铁路、电力、市政、金融 …: sectors, none

# 深化价格改革 … 实行最严格的水资源管理制度
U('最严格的水资源管理制度', req=False)       # a system's name: optional (round 2)
# 碳排放和排污权交易试点, 生态补偿机制: policy phrases, none

# 深化收入分配制度改革 … 收入分配体制改革总体方案 (a document named without 《》): none
# 积极稳妥推进事业单位分类改革: a reform's name, none

# 加快推进政府改革。扩大社会主义民主
U('社会主义民主', 'term', req=False)          # optional (earlier gold: term)
U('民主选举、民主决策、民主管理、民主监督', req=False)   # a standard wording of the four democratic processes: undecided, optional (round 39)
U('知情权、参与权、表达权和监督权', req=False)           # likewise, undecided, optional (round 39)
U('依法治国基本方略')                          # required (README round 21 list of fixed designations)
U('依法治国', req=False, ctx='依法治国基本方略')   # the shorter name inside: optional (round 24, r15d rule for the cores)
# 宪法: a law, no label
U('依法行政', req=False)                      # optional (earlier gold)
U('有法不依、执法不严、违法不究', 'term', req=False)   # a set phrase: undecided, optional (round 39)

# 加强廉政建设，深入开展反腐败斗争
U('反腐败斗争', req=False)                    # optional (earlier gold)
U('惩治和预防腐败体系', req=False)            # the system's name: optional, like 反腐败斗争 (round 39, undecided)
# 领导干部, 行政审批事项: none

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
