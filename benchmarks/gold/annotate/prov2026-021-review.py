from _ann import CC, DEP, DT, PE, Ann, P

# 2026 government work report of Hunan, review of 2025, fields “四是” (regions), “五是”
# (livelihood), “六是” (safety) and the opening of the review of the 14th Five-Year Plan
# (“三个高地”: manufacturing, science, reform and opening).
A = Ann('prov2026-021', 2532, 4709, script='traditional')
s = A.s
U, Q = A.unquoted, A.quoted
YI = 100000000
WAN = 10000
MASS = {'kind': 'mass organisation'}

F = A.figure


def fyp():  # “十四五”: optional as SLOGAN kind period and as DATE
    Q('十四五', 'period', req=False)
    s(DT, '十四五', False, value='2021/2025')


# 四是
s(DT, '新时代', False, ctx='新时代推动中部')
U('新时代', req=False, ctx='新时代推动中部')
s(P, '中部地区', False, ctx='中部地区加快崛起')  # a region without fixed boundary (round 2)
Q('三基地一枢纽')  # a quoted coded formula; no FIGURE
s(P, '湘中南地区', False)  # a region without fixed boundary (undecided)
s(P, '湘中南', False)
s(P, '粤港澳大湾区')
s(P, '粤港澳', False)
s(P, '湘琼', False)  # joined one-character abbreviations (round 2)
s(P, '湘琼先进制造业共建产业园', False)  # a park (venues and zones optional)
F('31个', 31, '个', '湘琼先进制造业共建产业园落地项目')
s(P, '长株潭', False)  # joined abbreviations of three cities (undecided: also a region's name)
s(P, '生态绿心', False)  # a zone
s(P, '长沙奥体中心', False)  # a venue
s(P, '长沙', False, ctx='长沙奥体')  # a place at the start of a venue's name (undecided)
s(P, '岳阳港', False)
s(P, '岳阳', ctx='岳阳港')  # a city before its port (round 4)
s(P, '长江中上游', False)  # a stretch of the river, no fixed boundary (undecided)
s(P, '长江', False, ctx='长江中上游')
s(P, '衡阳', False, ctx='衡阳智能')  # a place at the start of a programme (undecided)
Q('一区两基地')
s(P, '洞庭湖生态经济区', False)  # a zone
s(P, '洞庭湖', False, ctx='洞庭湖生态')
s(P, '湘南', False, ctx='湘南湘西')  # regions of the province (undecided)
s(P, '湘西', False, ctx='湘西承接')
# cities before their industries (undecided: a city's industry, neither an enterprise nor a project)
s(P, '娄底', False)
s(P, '郴州', False)
s(P, '常德', False)
F('63%', 63, '%', '城镇化率', ap='exact|more_than')
F('1个', 1, '个', '经济总量近千亿的县市')
F('近千亿', 1e11, '', '县市经济总量', ap='less_than', req=False)  # a threshold (r7g: 亿元以上)
F('4个', 4, '个', '经济总量过五百亿的县市')
F('过五百亿', 5e10, '', '县市经济总量', ap='more_than', req=False)
F('五百亿', 5e10, '', '县市经济总量', ap='exact|more_than', req=False)
Q('和美湘村', 'campaign')
s(P, '湘', False, ctx='湘村')
F('超50%', 50, '%', '达到美丽乡村标准的行政村比例', ap='more_than')
F('50%', 50, '%', '达到美丽乡村标准的行政村比例', ap='exact|more_than', req=False)
F('6.3%', 6.3, '%', '脱贫地区农村居民收入增长')
# 五是
U('幸福湖南', req=False)  # undecided: a province's goal name, less fixed than 平安湖南
s(P, '湖南', False, ctx='幸福湖南')
F('82.7万人', 82.7 * WAN, '人', '城镇新增就业')
F('1697.7万人', 1697.7 * WAN, '人', '农村劳动力转移就业')
F('超9000家', 9000, '家', '新增大学生创业企业', ap='more_than')
F('9000家', 9000, '家', '新增大学生创业企业', ap='exact|more_than', req=False)
F('57.5%', 57.5, '%', '新增大学生创业企业增长')
Q('智汇潇湘·才聚湖南', 'campaign')  # the quoted name of an action
s(P, '潇湘', False)
s(P, '湖南', False, ctx='才聚湖南')
Q('十大重点民生实事', 'campaign')  # a quoted programme name; no FIGURE
F('49亿元', 49 * YI, '元', '育儿补贴')
# 二级以上公立医院: a class, no FIGURE
F('217所', 217, '所', '基础教育对口帮扶学校')
F('1700个', 1700, '个', '改造城镇老旧小区')
F('2万户', 2 * WAN, '户', '改造城乡危旧房')
F('3983公里', 3983, '公里', '改造提升农村公路')
s(P, '湘西州')
s(P, '湘西', False, ctx='湘西州')
Q('四好农村路', 'campaign')
Q('三大结构两大难题')
s(DEP, '中央', False, ctx='中央生态环保督察', level='central', kind='party')  # like 中央巡视
s(P, '长江经济带', ctx='长江经济带警示片')  # a region with a defined membership (decided here, like 粤港澳大湾区)
s(P, '长江', False, ctx='长江经济带警示片')
Q('锰三角', 'term', req=False)  # the quoted name of a mining region (undecided)
s(P, '锰三角', False)
F('54%以上', 54, '%', '森林覆盖率', ap='more_than|at_least')
F('54%', 54, '%', '森林覆盖率', ap='exact|more_than|at_least', req=False)
Q('两个融合')
s(DEP, '马栏山音视频实验室', False, kind='institute')
s(P, '马栏山', False)
# “山海APP”: the quoted name of a product, not annotated
F('超1亿', YI, '', '“山海APP”数字文博平台用户', ap='more_than')
F('1亿', YI, '', '“山海APP”数字文博平台用户', ap='exact|more_than', req=False)
Q('我的韶山行', 'campaign')
s(P, '韶山', False)
F('100万人次', 100 * WAN, '人次', '“我的韶山行”红色研学规模', ap='exact|more_than')
s(DEP, '中国语言资源博物馆', False, kind='museum')
s(P, '中国语言资源博物馆', False)
s(P, '中国', False, ctx='中国语言资源')
# 第十六届全运会: an ordinal, an event; none
Q('湘超', 'term', req=False)  # an event's brand (round 3: “村BA”, round 10: “村超”)
s(P, '湘', False, ctx='湘超')
s(P, '永州')
# 六是
U('高质量发展', req=False, ctx='坚持高质量发展和高水平安全')  # optional at every occurrence (round 2)
U('平安湖南')  # the fixed name of a provincial strategy, like 平安浙江
s(P, '湖南', False, ctx='平安湖南')
U('安全生产治本攻坚三年行动', 'campaign', req=False)
F('三年', 3, '年', '安全生产治本攻坚行动', req=False)  # a duration inside a campaign name
Q('三查一曝光两闭环')
F('1万公里', WAN, '公里', '建成森林防火隔离带')
F('30万立方米', 30 * WAN, '立方米', '新增消防蓄水池')
F('4.3%', 4.3, '%', '安全生产事故起数下降')
F('5.6%', 5.6, '%', '安全生产事故死亡人数下降')
F('120%', 120, '%', '年度化债任务完成率', ap='exact|more_than')
F('304家', 304, '家', '退出融资平台')
Q('三保')
F('超4200亿元', 4200 * YI, '元', '省对市县一般公共预算转移支付', ap='more_than')
F('4200亿元', 4200 * YI, '元', '省对市县一般公共预算转移支付', ap='exact|more_than', req=False)
F('99.2%', 99.2, '%', '保交房交付率', ap='exact|more_than')
U('扫黑除恶', 'campaign', req=False)
Q('利剑护蕾', 'campaign')
F('三级', 3, '级', '省市县党政正职', req=False)  # a count after a closed list (省市县)
Q('321')  # round 9: a quoted coded formula, no FIGURE
F('99%以上', 99, '%', '群众安全感满意度', ap='more_than|at_least')
F('99%', 99, '%', '群众安全感满意度', ap='exact|more_than|at_least', req=False)
# 各位代表！
fyp()
F('五年', 5, '年', '“十四五”时期', req=False, ctx='的五年')  # a duration
s(PE, '习近平', title='总书记')
s(P, '湖南', ctx='亲临湖南')
s(P, '湖湘', False)  # the cultural name of the province (undecided)
s(DEP, '党中央', **CC)
s(DT, '五年来', False)
F('五年', 5, '年', '', req=False, ctx='五年来')
Q('三个高地')
s(P, '中部地区', False, ctx='中部地区崛起')
U('中部地区崛起', req=False)
s(P, '长江经济带', ctx='长江经济带发展中')
U('长江经济带发展', req=False)
s(P, '长江', False, ctx='长江经济带发展中')
U('中国式现代化', ctx='中国式现代化湖南')
s(P, '中国', False, ctx='中国式现代化湖南')
s(P, '湖南', ctx='湖南篇章')
# 这五年，“三个高地”…
s(DT, '这五年', False, ctx='这五年，“三个')
F('五年', 5, '年', '', req=False, ctx='五年，“三个')
Q('三个高地', ctx='“三个高地”标识度')
# “高地”: a scare-quoted single word, not annotated
U('高质量发展', req=False)
F('5个', 5, '个', '国家先进制造业集群', ap='exact')
s(P, '中部', False, ctx='居中部第1')  # 第1: a rank, an ordinal
F('2家', 2, '家', '新增千亿级工业企业')
F('千亿级', 1e11, '级', '工业企业', req=False)  # a scale class (round 3)
F('24家', 24, '家', '新增百亿级工业企业')
F('百亿级', 1e10, '级', '工业企业', req=False)
F('593家', 593, '家', '国家专精特新“小巨人”企业')  # “小巨人”: a designation of firms, no SLOGAN
for w in ('中国速度', '中国高度', '中国强度', '中国深度'):  # quoted coinages
    Q(w, 'term', req=False)
    s(P, '中国', False, ctx=w)
F('一批', 1, '批', '大国重器', req=False)
F('50%以上', 50, '%', '先进制造业占制造业比重', ap='more_than|at_least')
F('50%', 50, '%', '先进制造业占制造业比重', ap='exact|more_than|at_least', req=False)
F('11.6%', 11.6, '%', '全社会研发投入年均增长')
s(DEP, '国家实验室', False, kind='institute')
Q('4+4科创工程', 'campaign')
s(P, '湘江科学城', False)
s(P, '湘江', False)
s(P, '长沙', ctx='长沙全球研发')  # as in prov2026-021 (230-2149)
F('12个', 12, '个', '获国家科学技术奖项目')
F('1项', 1, '项', '获技术发明奖一等奖项目')
s(P, '湘', False, ctx='在湘')
s(DEP, '两院', False, kind='institute', canonical='中国科学院、中国工程院')  # a quoted abbreviation of two academies
F('49名', 49, '名', '在湘“两院”院士', ap='exact|more_than')
# 全国第12位 / 第9位: ranks, ordinals; none
Q('机器管招投标', 'campaign')  # a quoted reform measure
s(P, '湖南', ctx='湖南经验')
Q('五大国际贸易通道')
Q('朋友圈', 'term', req=False)
F('235个', 235, '个', '经贸“朋友圈”覆盖国家和地区')
F('120对', 120, '对', '国际友城', ap='exact|more_than')
s(P, '非', False, ctx='对非')
F('15%', 15, '%', '对非贸易额年均增长')
s(P, '中西部', False)
Q('投资湖南', 'term', req=False)  # a province's brand (round 9: optional, kind term)
s(P, '湖南', False, ctx='投资湖南')
Q('三类500强', 'term', req=False)  # undecided: a quoted designation of classes of firms
F('1608个', 1608, '个', '引进“三类500强”项目')
F('超1.6万亿元', 1.6e12, '元', '引进“三类500强”项目总投资', ap='more_than')
F('1.6万亿元', 1.6e12, '元', '引进“三类500强”项目总投资', ap='exact|more_than', req=False)
s(DEP, '全国工商联', level='central', canonical='中华全国工商业联合会', **MASS)
s(DEP, '工商联', False, ctx='全国工商联', level='central', **MASS)
Q('万家民营企业评营商环境', 'campaign')  # the quoted name of a survey; no FIGURE
Q('四大环境')

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
