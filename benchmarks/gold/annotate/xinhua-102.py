from _ann import DEP, DT, PE, SL, Ann, P

# Xi Jinping's address at the opening of the 5th China International Import Expo, 4 Nov 2022
# (news.cn text, paragraphs separated by `　　`, no line breaks): the whole text (1,210
# characters, shorter than the usual range): the dateline and heading (北京11月4日,
# 2022年11月4日), two photo captions (上海, 新华社 photo credits 李学仁 and 高洁), the welcome on
# behalf of 中国政府和中国人民, 5年前 and the expo, 世界百年未有之大变局, the 20th Congress's
# words on opening up, the three “——中国将推动…” points (“丝路电商”, “一带一路”, the pilot zones,
# 海南自由贸易港, 世界贸易组织, two treaty titles, 人类命运共同体) and the closing verse.
A = Ann('xinhua-102', 0, 1210)
s = A.s
F = A.figure
t = A.simp
INT = {'kind': 'international organisation'}
MEDIA = {'kind': 'media'}
DAY = {'value': '--11-04', 'resolved': '2022-11-04'}
TITLE = '共创开放繁荣的美好未来'  # the address's title (round 8: a speech title is optional)

# The dateline and heading
s(DEP, '新华社', False, **MEDIA)
s(P, '北京')
s(DT, '11月4日', **DAY)
s(SL, TITLE, False, kind='term', quoted=False)
s(P, '中国', False, ctx='第五届中国国际进口博览会')  # a place inside an event name (xinhua-000)
s(DT, '2022年11月4日', value='2022-11-04')
s(P, '中华人民共和国', False)  # a country in a position title (round 1)
s(PE, '习近平', title='中华人民共和国主席')
# The two photo captions say the same
for credit in ('李学仁', '高洁'):
    s(DT, '11月4日', **DAY)
    s(DT, '11月4日晚', False)
    s(PE, '习近平', title='国家主席')
    s(P, '上海')
    s(P, '中国', False, ctx='第五届中国国际进口博览会')
    s(SL, TITLE, False, kind='term', quoted=True)
    s(DEP, '新华社', False, ctx='新华社记者', **MEDIA)
    s(PE, credit)  # photo credits (round 1: required)
    if credit == '李学仁':
        # The salutation names no one (国家元首, 政府首脑, 国际组织负责人: generic).
        s(DEP, '中国政府', level='central', kind='state')  # round 4
        s(P, '中国', False, ctx='中国政府')
        s(P, '中国', ctx='中国人民')  # round 3: 中国 in 中国人民 required
        s(P, '中国', False, ctx='第五届中国国际进口博览会')
        s(DT, '5年前', False)
        s('FIGURE', '5年', False, value=5, approx='exact', unit='年')  # a duration
        # 进博会: the expo (an event), not annotated.
        s(P, '中国', ctx='让中国大市场')
        s(P, '中国', ctx='中国构建新发展格局')
        s(SL, '新发展格局', kind='formula', quoted=False)  # round 1: required
        s(SL, '高水平开放', False, kind='formula', quoted=False)  # like 高水平对外开放 (round 8)
        s(SL, '世界百年未有之大变局', kind='formula', quoted=False)  # round 5: the longest form required
        s(SL, '百年未有之大变局', False, kind='formula', quoted=False)
        s('FIGURE', '百年', False, value=100, approx='exact', unit='年')
        s(SL, '以开放纾发展之困、以开放汇合作之力、以开放聚创新之势、以开放谋共享之福', False,
          kind='formula', quoted=False)  # a wording of this speech (undecided)
        s(SL, '经济全球化', False, kind='formula', quoted=False)  # a policy phrase (round 1: optional)
# The 20th Congress's words on opening up
s(DEP, '中国共产党第二十次全国代表大会', False, kind='party')  # round 8: optional as organ and as date
s(DT, '中国共产党第二十次全国代表大会', False)
s(DEP, '中国共产党', False, kind='party')  # the Party as a whole (guide)
s(P, '中国', False, ctx='中国共产党')
s(DEP, '第二十次全国代表大会', False, kind='party')
s(DEP, '全国代表大会', False, kind='party')
s(P, '中国', ctx='强调，中国坚持')
s(SL, '对外开放的基本国策', False, kind='formula', quoted=False)  # undecided: a fixed wording of a state policy
s(SL, '互利共赢的开放战略', False, kind='formula', quoted=False)  # r7h: optional
s(SL, '经济全球化', False, kind='formula', quoted=False)
# 两个市场两种资源: numerals inside a set phrase, no FIGURE (guide)
s(SL, '国内国际两个市场两种资源', False, kind='formula', quoted=False)
s(P, '中国', ctx='以中国新发展')
s(SL, '开放型世界经济', False, kind='formula', quoted=False)
# —— 1: the Chinese market
s(P, '中国', ctx='中国将推动各国各方共享中国大市场')
s(P, '中国', ctx='中国大市场机遇')
s(SL, '丝路电商', kind='campaign', quoted=True)  # a quoted programme name (round 2: required)
# 合作先行区 / 示范区: zones (round 3: optional as PLACE and DEPARTMENT)
s(P, '国家服务贸易创新发展示范区', False)
s(DEP, '国家服务贸易创新发展示范区', False, kind='zone')
s(SL, '一带一路', kind='formula', quoted=True)  # round 8: required
# —— 2: institutional opening
s(P, '中国', ctx='中国将推动各国各方共享制度型')
s(SL, '制度型开放', False, kind='term', quoted=False)
# 《鼓励外商投资产业目录》: the title of a document, no label
s(P, '国家服务业扩大开放综合示范区', False)
s(DEP, '国家服务业扩大开放综合示范区', False, kind='zone')
s(SL, '自由贸易试验区提升战略', False, kind='formula', quoted=False)  # undecided: a strategy's name
s(P, '自由贸易试验区', False)
s(DEP, '自由贸易试验区', False, kind='zone')
s(P, '海南自由贸易港', False)  # a zone (xinhua-000: 海南自贸港 optional)
s(DEP, '海南自由贸易港', False, kind='zone')
s(P, '海南', False)
# —— 3: international cooperation
s(P, '中国', ctx='中国将推动各国各方共享深化')
s(DEP, '世界贸易组织', False, **INT)
# 《全面与进步跨太平洋伙伴关系协定》, 《数字经济伙伴关系协定》: treaty titles, no label;
# 太平洋 inside a title optional (guide: entities inside titles of works).
s(P, '太平洋', False)
s(SL, '人类命运共同体', kind='formula', quoted=False)  # round 1: required
# The close
s(SL, '山重水复疑无路，柳暗花明又一村。', False, kind='quotation', quoted=True)
s(SL, '山重水复疑无路，柳暗花明又一村', False, kind='quotation', quoted=True)
s(P, '中国', ctx='中国愿同各国')
s(SL, '真正的多边主义', False, kind='formula', quoted=False)  # xinhua-014

if __name__ == '__main__':
    import sys
    if '--review' in sys.argv:
        A.review()
    A.write()
