"""PERSON extractor: ``Doc`` → PERSON spans with their title.

Input: a ``Doc`` (read on ``doc.norm``, so both scripts give the same spans)
and the spans found before it (HONOR from the slogan extractor, PLACE …).
Output: PERSON spans; ``attrs``: ``title`` (总书记, 同志, 记者 …, as written,
ANNOTATION.md: the title is never part of the span), ``role`` (``byline`` or
``photo`` for an article's author or photographer, else None), ``honor`` (the
honorary title before the name: “改革先锋”谢高华 → 改革先锋) and ``norm``.

A name is accepted only with evidence; the lexicon ``data/persons.jsonl``
holds what the rules need:

- well-known people (PERSON records: 习近平, 毛泽东, 普京 …), found where the
  tokenizer cut them out (a name inside an ideology name, 习近平新时代…思想,
  is optional in ANNOTATION.md, and kept);
- a surname (SURNAME records) next to a title (TITLE records, ``position``
  before/after/both): 习近平总书记, 省委书记王浩, bylines 本刊记者/徐晓凤; a
  status before a name works as a title (村民, 退伍军人, 老红军, 困难群众);
- a surname after an honorary title in quotation marks, either an HONOR span
  of the slogan extractor or quoted text ending in an HONOR_SUFFIX (楷模, 模范);
- further names of a list (谢高华、陈立群、王一成) and later mentions of a name
  found with evidence.

Where a name ends is decided by jieba's part-of-speech tags on a short window
(``nr``: a person name; 关于党 or 战略 are words, not names) and by the words
that may follow a name (AFTER_NAME records: 主持, 指出, 等 …, and 家中 or
家看望 for a visit to the person's home, where jieba cuts 孙观|发家).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..records import SPAN_ORDER, Doc, Span, Token
from ..resources import Resources
from ..segment import token_lists
from .char_classes import code_points
from .dates import LIFESPAN
from .person_names import CLOSING_QUOTES, PersonLexicon, load_person_lexicon
from .tagger import Tagger, build_tagger, verb_starts
from .tokens import (
    SpanBoundaries,
    TokenVocabulary,
    ends_token,
    find_all,
    item_spans,
    norm_offset,
    on_token_bounds,
    starts_token,
    token_at,
)

LABEL = "PERSON"

_NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})
# Tags of a one-character first token that cannot be a surname there (向 p in 向雷锋同志学习).
_NOT_SURNAME_TAGS = frozenset({"p", "c", "u", "d", "r", "f", "m", "t", "v", "x", "uj", "ul"})
#: Tags the tagger gives some surnames alone (许 a numeral, 张 a classifier), and what counts them instead (一张, 这张).
_COUNTING_TAGS = frozenset({"m", "q"})
_COUNTING_BEFORE = frozenset("0123456789一二两三四五六七八九十百千万几每这那多")
# Tags of the token after a lone surname that cannot be a given name (于 + 日前).
_NOT_GIVEN_TAGS = frozenset({"t", "p", "c", "u", "d", "r", "f", "m", "q", "x", "uj", "ul", "y", "e", "o"})
#: Tags of a word that is no item of a list of names: verbs, adjectives (强加) and function words.
_NOT_LIST_ITEM_TAGS = _NOT_GIVEN_TAGS | frozenset({"v", "vd", "vn", "vg", "a", "ad", "an", "ag"})
# Tags of a two-character word that may be a given name after a title (陈|长平 ns, 张|正文 nz).
_GIVEN_NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "nz", "ns", "ng"})
#: The acts after which a title's following word of two is a name (厅长庄严|出席), and the tags such a name has.
_WORD_NAME_ACTS = ("出席", "主持", "讲话", "致辞", "代表", "陪同", "参加", "带队", "率队", "出任", "当选", "介绍")
_WORD_NAME_TAGS = frozenset({"n", "a", "an", "nr", "nz", "ns", "ng", "nrt"})
#: Characters that are numerals (a surname the tagger reads as one, 许, is none of them).
_NUMERAL_CHARS = frozenset("零〇一二三四五六七八九十百千万亿两几半")
#: The last characters of an ordinal or a count (第一, 十): what goes on after them is no name of a list.
_ORDINAL_LAST = frozenset("一二三四五六七八九十百")
#: Characters of the time words (今天, 上午, 年底, 春节): a given name the tagger reads as a time word holds none.
_TIME_CHARS = frozenset("天年月日时午晚早夜前后初底末期间秋春夏冬节旬季今昨明去晨宵")
# ... and of the last character of a given name the tokenizer cut off (苏志|佳: an adjective, 申文|霞: a noun).
_GIVEN_NAME_CHAR_TAGS = _GIVEN_NAME_TAGS | {"a", "ag", "n"}
#: Tags of a given name of two the tokenizer cut from a surname it left alone after a title (饶|庆铃 nz, 曾|智勇 nr,
#: 钟|明达 a, 戴|建业 n); a two the dictionary lacks (None) is a given name there too.
_GIVEN_AFTER_CUT_SURNAME_TAGS = _GIVEN_NAME_TAGS | {"a", "n", None}
#: ... where the surname the tagger reads as a function word takes no noun after it (书记向|全省).
_FUNCTION_TAGS = frozenset({"p", "c", "d", "r", "u", "uj", "ul"})
#: What opens a clause a name of three may open before 任 and a post (，谭家蓬任主任委员).
_CLAUSE_OPENERS = frozenset("，,。；;：:\n")
#: The marks between the names of a byline (记者何友明/蔡本文, 记者宓盈婷、李慧颖), what may close one of them, and a
#: dateline's place and 报导 right after the last (章大钧|台南报导).
_BYLINE_LIST_MARKS = frozenset("/／、")
_BYLINE_LIST_ENDS = frozenset("/／、 \u3000)）】]\n")
_DATELINE_REPORT = re.compile(r"[\u4e00-\u9fff]{2,3}(?:报导|报道)")
#: The last characters of an organ a name may follow before its title in Taiwan's order (行政院|林明昕|政务委员).
_ORGAN_LAST = frozenset("院部局署会处府厅")
# Tags of a preposition or conjunction the tokenizer glues to the first character of a name (给习, 和佩斯|林).
_GLUED_BEFORE_NAME = frozenset({"p", "c"})
#: The last characters of a village named after a family (马家庄, 王家村, 李家湾).
_SETTLEMENT_LAST = frozenset("庄村屯寨湾营堡沟坪店桥坝岭")
#: What closes a married woman's name of four in a list of guests (李林麗嬋、).
_MARRIED_NAME_CLOSE = frozenset("、，,。；;")
_NOT_MARRIED_GIVEN_TAGS = frozenset({"v", "vn", "vd", "a", "ad", "d", "p", "c", "u", "uj"})
#: Adverbs that open the predicate right after a name of two (鄢东|还|在会上介绍), and 受 (孙杰|受…委托).
_ADVERBS_AFTER_NAME = frozenset("还也就又都受")
#: One-character words the tokenizer glues to the surname after them (请付|凌晖, 由张|副县长).
_GLUED_OPENERS = frozenset("请由向给让对")
#: The prepositions the tokenizer glues to a name after them (对叶帆, 向李明): a later mention of a name found.
_PREPOSITIONS = frozenset("对向给跟同与和被把让将从")
_SEPARATORS = " \u3000/:：·|"
# Tags of a dictionary word that a run of transliteration characters is not a name as (基金 n, 安全 an).
_COMMON_WORD_TAGS = frozenset({"n", "v", "vn", "an", "ad", "d", "m", "q", "t", "f", "p", "c", "r"})
_OPENING_QUOTES = '“‘「『"'
_BYLINE_TITLES = ("记者", "通讯员", "摄影", "撰稿", "作者", "实习生", "编辑", "发布人")  # also 本报记者, 责任编辑
_PHOTO_AFTER = re.compile(r"[ \u3000/]?摄")
# A name of two or three characters between a reporter's title and 摄, whatever the tagger reads it as
# (a two-character name may be padded with a space: 新华社记者 徐 昱摄).
_PHOTO_CREDIT = re.compile(r"([\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2}))[ \u3000/]?摄")
#: A name of two characters padded with a space to the width of three, closed by no Han character (崔 霞).
_PADDED_NAME = re.compile(r"([\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])(?![\u4e00-\u9fff])")
#: A name of two or three characters that ends its line, after a post and a space (代区长 向诗兵⏎).
_SIGNED_NAME = re.compile(r"([\u4e00-\u9fff]{2,3})[ \u3000]*(?:\n|$)")
#: A byline's name of two or three characters that a bracket closes, the byline opened by a bracket ((记者 戴小橦)).
_CLOSED_BYLINE_NAME = re.compile(r"([\u4e00-\u9fff]{2,3})(?=[)）】\]])")
_BYLINE_OPENERS = frozenset("(（【[ \u3000")
_NOT_LAST_IN_BYLINE = frozenset("会节站证团部处组室社")
#: What closes a byline's names, besides the text's end: a slash, a space, a bracket or the line's end.
_BYLINE_END = re.compile(r"[／/ \u3000）)\n]")
#: A credit line of its own: one name or more, a slash, 文 (text), 摄 or 图 (photos), then a space or the
#: line's end (记者 义永华/文 杨波/摄, 胡安坤/文 史蒙 赖志豪/图).
_SLASH_CREDIT = re.compile(r"(?:^|(?<=[\s（(]))((?:[\u4e00-\u9fff]{2,3}[ \u3000])*[\u4e00-\u9fff]{2,3})/([文摄图])(?=[\s）)]|$)", re.MULTILINE)
#: A reporter's name alone in brackets closing a paragraph, after its last sentence, its place or its
#: employer (……新局面。（林海）, （双浮镇 林海胜）, (榕江县栽麻镇人民政府:刘小艳)).
#: What a credit line writes (the credit rules run only where one of these is).
_CREDIT_MARKS = ("/文", "/摄", "/图", "）\n", ")\n", "报道）", "报道)")
#: ... and those of a photographer's credit, looked for where 摄 is written (（廖雁雄摄）, 。宗禾摄/).
_PHOTO_MARKS = ("摄）", "摄)", "摄/", "摄\n", "摄影/", "摄影\n")
#: Reporters named together in brackets before 报道 (（武山 赵妍 王迎 报道）).
#: Writers named in brackets after 文 (（文 王永安 陈鹏旭）).
_BRACKET_WRITERS = re.compile(r"[（(]文[ \u3000]+((?:[\u4e00-\u9fff]{2,3}[ \u3000]+){0,3}[\u4e00-\u9fff]{2,3})[ \u3000]*[）)]")
_BRACKET_REPORTERS = re.compile(r"[（(]((?:[\u4e00-\u9fff]{2,3}[ \u3000]){1,5}[\u4e00-\u9fff]{2,3})[ \u3000]*报道[）)]")
_BRACKET_CREDIT = re.compile(r"[。！？”\n][ \u3000]?[（(](?:[\u4e00-\u9fff\d]{2,16}[ \u3000:：])?([\u4e00-\u9fff]{2,3})[）)][ \u3000]*(?:\n|$)")
#: A photographer's name alone in brackets before 摄 (（廖雁雄摄）, （克日久根 摄）: a picture's credit).
_BRACKET_PHOTO = re.compile(r"[（(]([\u4e00-\u9fff]{2,3})[ \u3000]?摄[）)]")
#: ... or several, parted by 、 or spaces (（陈耀耀、林禄静）, （冯荣鑫 陆昊明）).
_BRACKET_NAMES = re.compile(r"[。！？”\n][ \u3000]?[（(]((?:[\u4e00-\u9fff]{2,3}[、 \u3000]){1,3}[\u4e00-\u9fff]{2,3})[）)][ \u3000]*(?:\n|$)")
#: What such brackets hold that is no reporter's name (（全文完）).
_NOT_CREDITS = frozenset({"全文", "全文完", "完"})
#: A reporter's name in brackets after a news agency's dateline (新华网福州1月8日电(刘丰)) or a paper's (本网讯(白凌燕)),
#: or up to four (电(唐铮 谷华), 电 (林晓丽、刘卿), 江门日报讯 (黎禹君 江组轩), 电 (李平、彭茜、赵祖乐、王凡)).
_DATELINE_CREDIT = re.compile(r"(?:日[电讯]|报讯|本[网刊台]讯)[ \u3000]?[（(]((?:[\u4e00-\u9fff]{2,3}[ \u3000、]){0,3}[\u4e00-\u9fff]{2,3})[）)]")
#: A line of one to four names and nothing else, parted by spaces: the author's line under a headline
#: (曲青山, 徐凌燕 叶诗蕾, □苏长荣) or a signature; matched on lines no longer than ``_NAME_LINE_MAX`` only (a regex
#: anchored at every line start would try every offset of the text).
_NAME_LINE = re.compile(r"[ \u3000□■]*((?:[\u4e00-\u9fff]{2,3}[ \u3000]+){0,3}[\u4e00-\u9fff]{2,3})[ \u3000]*")
_NAME_LINE_MAX = 24
#: A name of two or three characters spaced out on a line of its own (刘 海 涛): a report's author under its heading.
_SPACED_NAME_LINE = re.compile(r"[ \u3000]*([\u4e00-\u9fff](?:[ \u3000]{1,2}[\u4e00-\u9fff]){1,2})[ \u3000]*")
#: What the heading of a report or speech ends with, on the line before its author's (——在…会议上, (2024年3月12日)).
_REPORT_HEADING_END = re.compile(r"(?:会议上|大会上|[0-9〇零一二三四五六七八九十]日[）)]|[0-9〇零一二三四五六七八九十]日)[ \u3000]*$")
#: The words of the credits read by ``_COLON_CREDIT`` (the pattern tries the longest first: 审核人 before 审核).
_CREDIT_WORDS = (
    "责编", "责任编辑", "编辑", "编审", "作者", "审核人", "审核领导", "审核", "校对", "撰稿", "撰文", "摄影", "文案", "视频制作",
    "一审", "二审", "三审", "初审", "复审", "终审", "牵头领导", "责任领导", "采访", "整理", "口述",
)  # fmt: skip
#: A name after an editor's, reviewer's, interviewer's or author's credit and a colon, a bar or a slash (责编:齐晓迪,
#: 撰文 | 高语阳, 终审 | 陈华栋, 采访╱游昇俯、陈大中),
#: or a task's leader in a division of work (牵头领导:王 健, a name of two spaced to the width of three), or after 文/
#: (文/韩洪泉).
_COLON_CREDIT = re.compile(
    "(?:" + "|".join(sorted(_CREDIT_WORDS, key=len, reverse=True)) + r")[ \u3000]*[:：|丨/╱][ \u3000]*"
    r"(?:文[:：][ \u3000]*)?((?:[\u4e00-\u9fff]{2,3}、){0,3}[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])(?![\u4e00-\u9fff])"
)
#: A name of two characters spaced to the width of three (王 健), as official lists write them.
_SPACED_NAME = re.compile(r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]")
#: A writer after the source organ of a page and a space (来源:机关党委 蔡鸣, (来源:武乡县新闻中心 孟桂芬)).
_SOURCE_CREDIT = re.compile(r"来源[:：][ \u3000]*[\u4e00-\u9fff]{2,12}[ \u3000]+([\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff])")
_TEXT_CREDIT = re.compile(r"(?<!\S)文[ \u3000]?/[ \u3000]?([\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff])")
#: A speaker's name opening a line of a transcript (隋宝文：人民性是……), within the line's first characters.
_SPEAKER = re.compile(r"[ \u3000]*([\u4e00-\u9fff]{2,3})[:：]")
_SPEAKER_HEAD = 8
#: How far from a text's start and end its credits are looked for (datelines, bylines, editors).
_CREDIT_REACH = 400
#: The people whose influence a Party organization is to eliminate (肃清李嘉、万庆良恶劣影响, 肃清周永康流毒).
_PURGED = re.compile(r"肃清((?:[\u4e00-\u9fff]{2,3}[、和])*[\u4e00-\u9fff]{2,3})(?:等人?)?的?(?:恶劣影响|流毒|余毒|遗毒|影响)")
#: The people whose resignation a congress or a committee accepts (接受陈求发辞去辽宁省省长职务).
#: (接受宋光宝因任职年龄到限辞去…: the reason between the name and the verb)
_RESIGNED = re.compile(
    r"接受((?:[\u4e00-\u9fff]{2,3}[、和])*[\u4e00-\u9fff]{2,3})(?:同志)?(?:因[^，。；、,;\n]{1,16}?)?(?:辞去|辞职|的辞职|的辞呈)"
)
#: Who a sentence names as its speaker (我叫王利兰, 名叫李明): the cue and a name after it.
_CALLED = re.compile(r"(?:我叫|名叫|名字叫)([\u4e00-\u9fff]{2,3})(?=[，。,；、\s]|$)")
#: A name before its years of birth and death in brackets (刘英(1906—1942)), where no Han character precedes it.
_LIFESPAN = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3})" + LIFESPAN.pattern)
#: A name opening a cadre's profile, its sex after it (陈敬就，男，1974年5月出生), where no Han character precedes it.
_PROFILE = re.compile(r"([\u4e00-\u9fff]{2,3})[，,][男女][，,（(]")
#: The sentences whose cue is the evidence that the names in them are names, and the words (one or two) one
#: of which they need (a life span: its bracket and the first digit of a year before 2000).
_CUED = ((_PURGED, "肃清", ""), (_RESIGNED, "接受", ""), (_CALLED, "叫", ""), (_LIFESPAN, "(1", "（1"), (_PROFILE, "男", "女"))
_LIST_JOINERS = "、和与及"
#: Byline names may also be joined by a space (记者华春雨 黄小希, 全媒体记者汪伟 毛雪 刘辉报道).
_BYLINE_JOINERS = _LIST_JOINERS + " \u3000"
_TRANSLIT_MAX = 8
#: The longest part of a name written in parts with a middle dot (阿沛·阿旺晋美) read whatever its characters.
_DOTTED_PART = 5
#: What closes an item of a list of names (or a word that ends a name: 徐苏宾出席).
_LIST_ENDS = frozenset("、，,；;等")
#: The start of an item of a list of names written in parts (阿沛·阿旺晋美、): a part, the dot, two characters.
_DOTTED_ITEM = re.compile(r"[\u4e00-\u9fff]{2,5}·([\u4e00-\u9fff]{2})")
#: The first part of a name in parts and its dot (夷将·), right after a title.
_DOTTED_HEAD = re.compile(r"[\u4e00-\u9fff]{2,4}·")
#: Words between a name and its office that belong to the office (霍震霆副主席, 艾德代理主席).
_OFFICE_QUALIFIERS = ("代理", "副")
#: ... and those a name in Taiwan's order stands before (内政部吴堂安|常务|次长).
_RANK_QUALIFIERS = ("常务", "政务", "代理", "副")
#: Offices that the name of the state before them makes the state's own (国家主席, 中华人民共和国副主席).
_STATE_OFFICES = frozenset({"主席", "副主席"})
_STATE_PREFIXES = ("中华人民共和国", "国家")
# One character after a surname that makes a form of address, not a given name (殷总, 王老).
_HONORIFICS = frozenset("总老董")  # longest part of a transliterated name between dots
# A third character jieba glues to a two-character name that is the word after it (阮洋摄, 王浩等,
# 县委书记查宏到|上津镇, 县长董毓民作|政府工作报告, 原书记林若因|病逝世).
_GLUED_AFTER = frozenset("摄等说和与及在到赴向作拟陪今昨因则做率")
#: Characters that end no name the tokenizer cut one short: what it glues after a name (those characters cut
#: from a word of three, above: 局长何挺|因为) and the particle of 所说, 所在 (诗人李白所说的).
_NEVER_LAST_OF_NAME = _GLUED_AFTER | frozenset("所")
#: What the tokenizer's first part of such a name may be to the tagger: none of its words, or a name (许国|胜).
_CUT_NAME_TAGS = frozenset({None, "nr", "nrt", "ns", "nz"})
#: Characters that, cut alone after a name of two, are the word after it (张蕾|为…作报告, 秦刚|将于).
_NOT_THIRD_OF_CUT = frozenset("为将被对把从于已也就")
#: A post's field or charge in brackets right after its title (常任秘书长(库务)谢曼怡, 副董事长(主持董事会工作)高建),
#: two to eight Han characters.
_TITLE_QUALIFIER = re.compile(r"[(（][\u4e00-\u9fff]{2,8}[)）]")
#: Seasons: doubled, a given name (冬冬, 春春), where other time characters doubled are adverbs (天天, 年年).
_SEASONS = frozenset("春夏秋冬")
#: The last characters of a division's name: a credit's item ending so is the reporter's place (西河镇).
_DIVISION_LAST = frozenset("镇乡县省")
#: The last characters of a collective's name (顾问团, 商会党|支部, 工作组): after a common word, they end no name.
_COLLECTIVE_LAST = frozenset("团党组队部委办局处社")
#: The last characters of a news site's or a paper's name (鲁中网, 齐鲁晚报): a word that recurs with one is no
#: name, nor one before a title (文汇网|记者).
_MEDIA_LAST = frozenset("网报刊")
# What jieba glues to a three-character name (张仲灿为, 骆惠宁均): never cut from a shorter word, where it
# may end a name (王有为).
_GLUED_AFTER_THREE = frozenset("为在和与及等说向均则也都亦率到赴因")
#: Characters that make a verb with a 任 after them (原任, 现任, 兼任 …): that 任 is no surname.
_BEFORE_VERB_REN = frozenset("原现曾兼调出升改继接担时")
#: Verbs of an appointment: 为 after the name they govern is the verb before the post (任命宋莉为副秘书长).
_APPOINTING = re.compile("任命|提名|选举|推选|聘任|聘请|补选|增补|推荐")
#: What follows a name in the items of an appointment: 张建平任…局长, 于力强的…职务, 宋莉为….
_APPOINTED_AFTER = frozenset("任的为")
#: Marks after which a clause opens (with its subject, a name for instance): 。夏宝龙兼任, /夏宝龙为, ”黄福益说.
_CLAUSE_MARKS = "，。：；！？,:;!?/\n”」）)"
#: The marks that close an item of a list or a clause (东阳的朱建军，).
_LIST_MARKS_AFTER = (_LIST_ENDS - {"等"}) | {"。"}
#: Verbs of speaking after which a name opening its clause needs no title (冷山德说, 而纪平表示).
_SPEAKING = ("表示", "指出", "强调", "认为", "说", "介绍", "坦言", "透露", "告诉记者")
#: Verbs of an appointment or a resignation a name opens a clause before (王宪魁辞去…职务, 陆昊任代理省长,
#: 刘慧代理…主席): read as the verbs of speaking are, a line's space a clause's mark too. Each is found
#: from the word it holds (辞去, 任, 代理, 当选) and where that word stands in it: four scans of a text, not nine.
_APPOINTED = {"辞去": (("提出辞去", 2), ("辞去", 0)), "任": (("不再担任", 3), ("被任命为", 1), ("任代", 0), ("任副", 0)), "代理": (("代理", 0),), "当选为": (("当选为", 0),)}
#: How far before 辞去 the 因 of a reason may stand, and what the reason does not hold (a clause's end).
_REASON_REACH = 17
_REASON_BREAK = re.compile(r"[，。；、,;：:\n]")
#: What follows the 任 of a verb of ``_APPOINTED`` that 担 does not precede (任代理, 任副, 被任命为).
_AFTER_REN = frozenset("代副命")
#: What opens a post held for the time being or as a deputy, after 任 (任代理省长, 任副省长).
_ACTING = ("代理", "代", "副", "常务")
#: What parts the items of an appointment (、, or a comma: 任命张平生为…副区长，张东方为…局长).
_ITEM_MARKS = re.compile("[、，,]")
#: Words that open a clause before its subject (而纪平表示, 但王明认为).
_CLAUSE_WORDS = frozenset("而但并则也")
#: Clause marks and the spaces that part a list's lines (王宪魁辞去黑龙江省省长职务 陆昊任代理省长).
_LINE_MARKS = _CLAUSE_MARKS + " \u3000"
_HONOR_MAX = 12  # longest quoted honorary title considered (全国优秀共产党员 …)
#: Three or more items of two or three characters after a 、 or a colon, each ended by 、 ， 。 or ；
#: (or the half-width , and ; of pages typed so) (谭玲 of 刘雅红、谭玲、吕业升、; the 3人：娄绍光、李无文、杨秀清。
#: of an appointment): a list of names without a title when most of them are names (a long list may
#: group its names with commas: 李政、华源，郑钢淼、宗明).
_BARE_LIST = re.compile(r"[、：:\n](?:[\u4e00-\u9fff]{2,3}(?:[（(][\u4e00-\u9fff]{1,4}[)）])?[、，。；,;和]){3,}")
#: An item of such a list: the name, and a note on the person in brackets after it (李秀英（女）, 马海军（回族）);
#: 和 may join two of its items (孔玉芳和徐光春、任克礼).
_BARE_ITEM = re.compile(r"([\u4e00-\u9fff]{2,3})(?:[（(][\u4e00-\u9fff]{1,4}[)）])?[、，。；,;和]")
#: What closes the sentence 乔传秀主持 (a mark), and what opens it.
_CHAIR_AFTER = frozenset("。，；;,！\n")
_SENTENCE_OPENERS = frozenset("。；;！？!?\n")
#: A post in brackets after a name (顾维钧（驻美公使）): up to twelve characters, no mark, then the closing bracket.
_POST_IN_BRACKETS = re.compile(r"([\u4e00-\u9fff]{2,12})[）)]")
#: A woman's or a people's mark in brackets after a name (周毓秋(女), 王芳（女，回族）, 巴特尔（蒙古族）).
_PERSONAL_MARK = re.compile(r"(?:女(?:[，,、][\u4e00-\u9fff]{1,5}族)?|[\u4e00-\u9fff]{1,5}族(?:[，,、]女)?)[）)]")
#: Two or more items of two or three characters joined by 、 (read back from what closes them: 等同志 or
#: a count of 同志, 四位同志), within _COMRADES_REACH characters; or one item before 等 and a count
#: (授予马宁等359名同志: the first of those named).
_COMRADES_CLOSE = re.compile(r"(?:等|[一二两三四五六七八九十百千\d]+[位名])$")
_COMRADES_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})$")
_FIRST_OF_COUNT = re.compile(r"等[一二两三四五六七八九十百千\d]+[位名]$")
_COMRADES_REACH = 48
#: 等 and a count of people that no 同志 follows (等297名优秀共产党员, 等128名优秀党务工作者).
#: Verbs of conferring before the one name a count of people closes (授予吴俊江等299名…).
_CONFERRING = frozenset({"授予", "追授", "表彰", "命名", "推荐", "评选"})
#: Marks and conjunctions after which one name closed by 等 and a count is read as well (，孙锋彪等194名).
_ONE_COUNTED_AFTER = frozenset("，、；：和及与")
#: ... and 等 before the words of exemplary people (邹碧华、方金刚、李庆军等先进典型, 谢高华、陈立群等先进事迹).
_COUNTED_CLOSE = re.compile(
    r"等(?:(?:约|近|逾|共)?[一二两三四五六七八九十百千\d]+[位名](?!同志)"
    r"|(?=先进典型|先进人物|先进事迹|英雄模范|英模|英雄人物|革命先烈|先烈|烈士|老一辈))"
)


@dataclass(slots=True)
class _Found:
    start: int  # norm offsets
    end: int
    title_span: tuple[int, int] | None = None
    role: str | None = None
    honor_span: tuple[int, int] | None = None
    evidence: bool = True  # False for known names, which need no cue to be looked up again
    foreign: bool = False  # a run of transliteration characters next to a title (never inside a place)


class PersonExtractor:
    """Find PERSON spans; built once per pipeline by :func:`build`.

    Example:
        >>> from textmine import Pipeline
        >>> tm = Pipeline.from_config()
        >>> ex = build(Resources())
        >>> [(s.text, s.attrs["title"]) for s in ex(tm.analyze("省委書記王浩主持會議"), ())]
        [('王浩', '省委書記')]
    """

    labels = (LABEL,)

    def __init__(self, lexicon: PersonLexicon, tagger: Tagger, vocabulary: TokenVocabulary | None = None) -> None:
        self.lexicon = lexicon
        self.tagger = tagger
        self.vocabulary = vocabulary or TokenVocabulary()
        # ANNOTATION (held-out conventions): a surname with a title (毛主席, 周总理) is a PERSON, the surname.
        self._surname_titles = frozenset(f"{s}{t}" for s in lexicon.surnames for t in lexicon.bare_titles)
        # Titles of one character (长 after an organ) are found by :meth:`_organ_heads`: one word of
        # one character would make the shared scan look up every position of every text.
        self.vocabulary.register(lexicon.known | {t for t in lexicon.titles if len(t) > 1} | self._surname_titles)
        self._organ_heads_after = {t: lexicon.title_after[t] for t in lexicon.titles if len(t) == 1 and t in lexicon.title_after}
        # First characters a name can have: most title matches are rejected on this alone.
        self._dotted_known = tuple(sorted(n for n in lexicon.known if "·" in n))
        self._name_starts = frozenset(lexicon.surnames | {n[0] for n in lexicon.compound_surnames | lexicon.known})
        # Mongolian and Tibetan names by their parts (孟克|巴雅尔): the parts by their first character.
        by_first: dict[str, list[str]] = {}
        for part in sorted(lexicon.name_parts, key=lambda p: (-len(p), p)):
            by_first.setdefault(part[0], []).append(part)
        self._parts_by_first = {first: tuple(parts) for first, parts in by_first.items()}
        # The case words by where their 案 stands: found from the 案 of the text (one-character
        # searches cost far less than a search for each word).
        self._case_cues = tuple((cue, cue.index("案")) for cue in lexicon.case_after if "案" in cue)
        # Code point tables of _recurring: the marks a clause opens after, and one-character surnames.
        # The basic plane only (64 kB each, in the cache), read with mode="clip": every code point above
        # reads the last entry, a noncharacter, neither mark nor surname.
        self._clause_marks = np.zeros(0x10000, dtype=np.bool_)
        self._clause_marks[[ord(c) for c in _CLAUSE_MARKS]] = True
        self._surname_codes = np.zeros(0x10000, dtype=np.bool_)
        self._surname_codes[[ord(c) for c in lexicon.surnames if len(c) == 1 and ord(c) < 0xFFFF]] = True

    def dictionary_words(self) -> Iterable[str]:
        """The well-known names, kept whole by the tokenizer."""
        return sorted(self.lexicon.known)

    def __call__(self, doc: Doc, found: Sequence[Span]) -> list[Span]:
        """Return the PERSON spans of ``doc``."""
        norm, offsets = doc.norm, doc.normalized.offsets
        places: set[tuple[int, int]] = set()
        organs: list[tuple[int, int]] = []
        honors: list[Span] = []
        for span in found:
            label = span.label
            if label == "PLACE":
                places.add((span.start, span.end))
            elif label == "DEPARTMENT":
                organs.append((span.start, span.end))
            elif label == "HONOR":
                honors.append(span)
        # A place right after a name ends it (本报记者蒋家华香港报道).
        stops = frozenset(a if offsets is None else bisect_left(offsets, a) for a, _ in places)
        cands = self._known(doc, stops) + self._titled(doc, stops) + self._honored(doc, honors, stops)
        if self._case_cues:
            cands += self._case_named(doc, stops)
        if "、" in norm:
            cands += self._bare_lists(doc, stops)
        if "同志" in norm or "等" in norm:
            cands += self._comrades(doc, stops)
        if (
            any(mark in norm for mark in _CREDIT_MARKS)
            or norm.rstrip().endswith(("）", ")"))
            or ("摄" in norm and (any(mark in norm for mark in _PHOTO_MARKS) or norm.rstrip().endswith(("摄", "摄影"))))
        ):
            cands += self._credits(doc)
        if "（" in norm or "(" in norm:
            cands += self._bracketed_posts(doc, stops)
        cands += self._name_lines(doc) + self._end_credits(doc)
        if ":" in norm or "：" in norm:
            cands += self._speakers(doc)
        if "主持" in norm:
            cands += self._chairs(doc, stops)
        for pattern, cue, other in _CUED:
            if cue in norm or (other and other in norm):
                cands += self._cued(doc, pattern)
        cands += self._recurring(doc, stops)
        cands += self._speaking(doc, stops)
        if places and "的" in norm:
            cands += self._of_place(doc, places, stops)
        if not cands:
            return []
        cands += self._listed(doc, cands, stops)
        cands += self._mentioned_again(doc, cands, stops)
        translit, known = self.lexicon.translit, self.lexicon.known
        dotted = "·" in norm
        for cand in cands:
            if dotted:  # (nothing to stretch over otherwise)
                self._across_dots(doc, cand, stops)
            if norm[cand.start] in translit and norm[cand.start : cand.end] not in self.lexicon.known:
                self._transliterated_tail(doc, cand, stops)  # (a known name is whole: 希特勒|于1908年)
        where = [(c.start, c.end) for c in cands] if offsets is None else [(offsets[c.start], offsets[c.end]) for c in cands]
        crosses = SpanBoundaries(found, where).crosses
        best: dict[tuple[int, int], _Found] = {}
        # The places by start (they do not overlap): the one a name may lie in is the last starting at or before it.
        place_spans = sorted(places)
        place_starts = [pa for pa, _ in place_spans]
        organs.sort()  # (organs do not overlap either)
        organ_starts = [oa for oa, _ in organs]
        surname_titles = self._surname_titles
        for cand, (a, b) in zip(cands, where):
            if crosses(a, b) or norm[cand.start : cand.end] in surname_titles:
                continue  # (苏揆|表示: a surname and its office, read as a name of two by the verb after it)
            if cand.end - cand.start == 3 and norm[cand.start + 1] == "家" and norm[cand.end - 1] in _SETTLEMENT_LAST:
                continue  # 殷家庄、马家庄、曹家庄: villages named after a family, no persons
            if cand.role is None:  # (a byline's slot says it is a name, even a county's: （武山 赵妍 王迎 报道）)
                if (a, b) in places or (norm[cand.start] == "任" and cand.start + 1 in stops):
                    continue  # (袁家军任重庆书记: the verb 任 and a place, no name)
                i = bisect_right(place_starts, a) - 1
                if i >= 0 and b <= place_spans[i][1] and (cand.foreign or norm[cand.start : cand.end] not in known):
                    continue  # a name inside a place is part of it: 罗斯 of 俄罗斯, 卢氏 of 三门峡市卢氏(县委书记)
                i = bisect_right(organ_starts, a) - 1
                if i >= 0 and b <= organs[i][1]:
                    continue  # ... and so is one inside an organ: 卫健委 of 区卫健委(党委书记)
            kept = best.get((cand.start, cand.end))
            if kept is None:
                best[(cand.start, cand.end)] = cand
            else:  # the same name found twice: keep every attribute either way gave
                kept.title_span = kept.title_span or cand.title_span
                kept.role = kept.role or cand.role
                kept.honor_span = kept.honor_span or cand.honor_span
        spans = []
        taken = bytearray(len(norm))  # 1 where a name was taken
        text = doc.text
        for cand in sorted(best.values(), key=lambda c: (c.start - c.end, c.start)):
            start, end = cand.start, cand.end
            if taken.find(1, start, end) >= 0:
                continue
            taken[start:end] = b"\x01" * (end - start)
            attrs = {
                "title": None if cand.title_span is None else _surface(doc, cand.title_span),
                "role": cand.role,
                "honor": None if cand.honor_span is None else _surface(doc, cand.honor_span),
                "norm": norm[start:end],
            }
            a, b = (start, end) if offsets is None else (offsets[start], offsets[end])
            spans.append(Span(LABEL, a, b, text[a:b], attrs["norm"], attrs))
        spans.sort(key=SPAN_ORDER)
        return spans

    # -- evidence ---------------------------------------------------------------------------

    def _known(self, doc: Doc, stops: frozenset[int]) -> list[_Found]:
        """Well-known people, where the tokenizer cut their name out."""
        norm, known, offsets = doc.norm, self.lexicon.known, doc.normalized.offsets
        out = []
        # (Token fields by index: cheaper than the fields' properties, in a loop over every lexicon token.)
        for tok in self.vocabulary.hits(doc):
            word = tok[1]
            if word in known:
                start = tok[2] if offsets is None else bisect_left(offsets, tok[2])
                end = start + len(word)
                if len(word) > 2:
                    out.append(_Found(start, end, evidence=False))
                    continue
                # A two-character name followed by a lone character may be the start of a longer
                # name (陈云 in 陈云波): it must then end where a name may end.
                after = token_at(doc.tokens, tok[3])
                lone = after is not None and len(after.norm) == 1 and _is_han(after.norm)
                if not lone or self._ends_name(norm, end, stops):
                    out.append(_Found(start, end, evidence=False))
        if "·" in norm:  # names with a middle dot (汉斯·希伯) are several tokens: found in the text
            for name in self._dotted_known:
                start = norm.find(name)
                while start >= 0:
                    out.append(_Found(start, start + len(name), evidence=False))
                    start = norm.find(name, start + len(name))
        return out

    def _titled(self, doc: Doc, stops: frozenset[int]) -> list[_Found]:
        """Names next to a title: 习近平总书记, 省委书记王浩, 本刊记者/徐晓凤, 鞠鹏/摄."""
        norm, titles, offsets = doc.norm, self.lexicon.titles, doc.normalized.offsets
        # A name starts with one of these (_name_end says so too, after a call that mostly fails).
        name_starts, surname_titles, cues = self._name_starts, self._surname_titles, self.lexicon.cues
        title_after, weak_titles = self.lexicon.title_after, self.lexicon.weak_titles
        out = []
        # Titles are tokens (总书记, 同志, 省委书记, 本报记者 …): taken from the shared token pass.
        for tok in (*self.vocabulary.hits(doc), *self._organ_heads(doc)):
            title = tok[1]
            position = titles.get(title)
            if position is None:
                if title in surname_titles and not self._after_transliteration(doc, tok[2]):
                    ts = tok[2] if offsets is None else bisect_left(offsets, tok[2])  # 毛主席, 周总理: a surname and its title in one token
                    out.append(_Found(ts, ts + 1, title_span=(ts + 1, ts + len(title)), evidence=False))
                continue
            ts = tok[2] if offsets is None else bisect_left(offsets, tok[2])
            te = ts + len(title)
            after = title_after.get(title)
            if after is not None:
                if norm[ts - 1 : ts] not in after:
                    continue  # 领导 is a title after a level only (县领导缑泽昆), not in 党的领导
                if len(title) == 1:  # 长 after an organ the tokenizer kept whole (中宣部|长|黄坤明): the title holds the organ
                    before = token_at(doc.tokens, tok[2] - 1)
                    if before is not None:
                        ts = before.start if offsets is None else bisect_left(offsets, before.start)
            if position == "before" and (found := self._between_organ_and_title(doc, ts)) is not None:
                out.append(_Found(found, found + 3, title_span=(ts, te)))  # 行政院|林明昕|政务委员: Taiwan's order
            elif norm[ts - 1 : ts] == "任" and (found := self._before_ren(doc, ts - 1)) is not None:
                out.append(_Found(found, ts - 1))  # ，谭家蓬|任|主任委员: a clause's name, the verb, the post
            if position != "before":  # the name ends where the title starts (or its 副: 霍震霆副主席, 艾德代理主席)
                name_end = ts
                if norm.endswith(_OFFICE_QUALIFIERS, 0, ts):  # (one call rules out most titles: no search for which)
                    name_end -= next(len(q) for q in _OFFICE_QUALIFIERS if norm.endswith(q, 0, ts))
                # 任命宋莉为|副秘书长: 为 is the verb before the post, no name ends there (the cue reads the name)
                appointed = norm[name_end - 1 : name_end] == "为" and _APPOINTING.search(norm, max(0, name_end - 8), name_end - 1)
                if not appointed:
                    for length in (3, 2, 4):
                        start = name_end - length
                        if length == 3 and norm[name_end - 1] == "等":
                            continue  # 王平等同志: the list's 等 before the title, the name before it
                        if start >= 0 and norm[name_end - 1] not in _MEDIA_LAST and self._is_name(doc, start, name_end, stops):
                            out.append(_Found(self._foreign_start(doc, start, name_end), name_end, title_span=(name_end, te)))
                            break
                    else:
                        if title in self.lexicon.bare_titles and (
                            self._bare_surname(doc, name_end - 1) or self._leader_surname(doc, name_end - 1)
                        ):
                            # 王/书记: the surname alone, an office after it (习/主席, 给习/总书记)
                            out.append(_Found(name_end - 1, name_end, title_span=(name_end, te), evidence=False))
                        elif (start := self._transliterated_before(doc, name_end)) is not None:
                            out.append(_Found(start, name_end, title_span=(name_end, te), foreign=True))  # 曼斯菲尔德先生
            if title in cues:
                end = self._name_end(doc, te, stops, titled=True, after_title=True) if norm[te : te + 1] in name_starts else None
                if end is not None:
                    if end - te == 3 and norm[end - 1] == "为" and norm[end : end + 1] != "为":
                        end -= 1  # 任命宋莉为|市人大常委会副秘书长: the verb the tokenizer glued to the name
                    out.append(_Found(te, end))  # 任命张国智为: the name, no title
                    out += self._appointed(doc, end, stops, name_starts)
                continue
            if position != "after":  # the name starts after the title and a separator
                start = te
                while start < len(norm) and start - te < 3 and norm[start] in _SEPARATORS:
                    start += 1
                if norm[start : start + 1] in ("(", "（") and (qualifier := _TITLE_QUALIFIER.match(norm, start)) is not None:
                    start = qualifier.end()  # 常任秘书长(库务)|谢曼怡: the post's field in brackets, then the name
                    if norm[start : start + 1] in (" ", "\u3000") and start + 1 < len(norm) and _is_han(norm[start + 1]):
                        start += 1  # 常任秘书长(食物) 刘利群: and a space
                glued = len(title) == 1  # (长 of an organ's head: the tokenizer may glue it to the surname, 长孙|政才)
                strong = title not in weak_titles  # (a weak title admits only what the tagger reads as a name)
                after_de = norm[start : start + 1] == "的" and start == te and strong
                if after_de:
                    # 出任辽宁省委副书记的唐一军: the post, 的, the name: read as after a weak title, and of
                    # two characters only where the tagger reads them as a name before what follows (省长的陈豪|升任,
                    # not 教师的师德和业务)
                    start, strong, glued = start + 1, False, False
                end = self._parts_name_end(doc, start, stops) if norm[start : start + 1] in self._parts_by_first else None
                if end is None and norm[start : start + 1] in name_starts:
                    end = self._name_end(doc, start, stops, titled=strong, after_title=strong, glued=glued)
                    if end is not None and end - start == 3 and norm[end - 1] in _ADVERBS_AFTER_NAME and self._token_starts_at(doc, end - 1):
                        end -= 1  # 副部长鄢东|还|在会上: an adverb the tokenizer cuts off, no name's last character
                if end is None and strong and start == te and self._word_name(doc, start):
                    end = start + 2  # 厅长庄严|出席, 主任高峰|出席: a name that is a word, between a title and an act
                if end is None and norm[start : start + 1] in self.lexicon.surnames and (
                    title.endswith(_BYLINE_TITLES) or norm[te : te + 1] in _SEPARATORS
                ):
                    # 记者 高洁 摄, (记者 崔 霞), 县长 石 进: the slot says it is a name (a name of two padded to three)
                    credit = _PHOTO_CREDIT.match(norm, start) or _PADDED_NAME.match(norm, start)
                    if credit is None and norm[te : te + 1] in _SEPARATORS:
                        credit = _SIGNED_NAME.match(norm, start)  # 代区长 向诗兵⏎: a report's signature line
                    if credit is None and title.endswith(_BYLINE_TITLES) and norm[ts - 1 : ts] in _BYLINE_OPENERS:
                        credit = _CLOSED_BYLINE_NAME.match(norm, start)  # (记者 戴小橦), (记者高潮): the bracket closes it
                        if credit is not None and norm[credit.end(1) - 1] in _NOT_LAST_IN_BYLINE:
                            credit = None  # (记者招待会), (记者站): a word of the press, no name
                    end = None if credit is None else credit.end(1)
                foreign = end is None and norm[start : start + 1] in self.lexicon.translit
                if foreign:
                    end = self._transliterated_after(doc, start, stops)  # 州长纽森, 记者汉斯·希伯
                if end is None and strong and "·" in norm[start + 2 : start + 6]:
                    end = self._dotted_name_end(doc, start, stops)  # 主委夷将·拔路儿: a name in parts, whatever its characters
                if end is not None and not strong and (
                    not self._ends_name(norm, end, stops)
                    or (after_de and end - start < 3 and self.tagger.tag_text(norm[start : end + 2])[0] != (norm[start:end], "nr"))
                ):
                    end = None  # 企业家|满意度|不断: a common noun qualifying a word, no title of a name
                if end is not None:
                    role = None
                    if title.endswith(_BYLINE_TITLES):
                        role = "photo" if _PHOTO_AFTER.match(norm, end) else "byline"
                    if title in _STATE_OFFICES:  # 国家主席, 中华人民共和国(副)主席: the state's office, whole
                        deputy = 1 if norm[ts - 1 : ts] == "副" else 0
                        prefix = next((len(w) for w in _STATE_PREFIXES if norm.endswith(w, 0, ts - deputy)), 0)
                        ts -= deputy + prefix if prefix else 0
                    # (副|市长: the deputy's title whole where the tokenizer parted 副 from it)
                    deputy = norm[ts - 1 : ts] == "副" and f"副{title}" in titles
                    # (人社|局局长: the organ's last character glued to its head's title, which is 局长)
                    ts += len(title) == 3 and title[0] == title[1]
                    out.append(_Found(start, end, title_span=(ts - deputy, te), role=role, foreign=foreign))
                    if role == "byline" and norm[end : end + 1] in name_starts:
                        out += self._glued_bylines(doc, end)
                    elif role == "byline" and norm[end : end + 1] in _BYLINE_LIST_MARKS:
                        out += self._listed_bylines(doc, end)
        return out

    def _before_ren(self, doc: Doc, ren: int) -> int | None:
        """The start of a name of three opening a clause right before the verb 任 at ``ren`` and a post
        (，谭家蓬任主任委员, 。李玉良任主任委员), or None: a surname first, a token of its own, no word of the
        dictionary, where tokens start at the name and end at it or at 任.

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("成立委员会，谭家蓬任主任委员")
            >>> build(Resources())._before_ren(doc, 9)
            6
        """
        start, norm = ren - 3, doc.norm
        if start < 0 or (start and norm[start - 1] not in _CLAUSE_OPENERS) or norm[start] not in self.lexicon.surnames:
            return None
        name = norm[start:ren]
        if not all(map(_is_han, name)) or name in self.lexicon.not_names:
            return None
        offsets = doc.normalized.offsets
        a, b, c = (start, ren, ren + 1) if offsets is None else (offsets[start], offsets[ren], offsets[ren + 1])
        if not starts_token(doc.tokens, a) or not (ends_token(doc.tokens, b) or ends_token(doc.tokens, c)):
            return None  # (the tokenizer may glue 任 to the name's last character: 谭家|蓬任)
        return start if self.tagger.tag_word(name, whole=True) is None or self.tagger.tag_text(name)[0] == (name, "nr") else None

    def _between_organ_and_title(self, doc: Doc, title_start: int) -> int | None:
        """The start of a name of three between an organ and a title that is written before names elsewhere
        (行政院林明昕政务委员, 内政部吴堂安常务次长: the order of Taiwan's news), or None: a token of its own
        the tagger reads as a name, right after an organ's last character.

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("内政部吴堂安常务次长出席")
            >>> build(Resources())._between_organ_and_title(doc, 6)
            3
        """
        norm = doc.norm
        if norm.endswith(_RANK_QUALIFIERS, 0, title_start):  # (吴堂安|常务|次长)
            title_start -= next(len(q) for q in _RANK_QUALIFIERS if norm.endswith(q, 0, title_start))
        start = title_start - 3
        if start < 1 or norm[start - 1] not in _ORGAN_LAST or norm[start] not in self.lexicon.surnames:
            return None
        offsets = doc.normalized.offsets
        a, b = (start, title_start) if offsets is None else (offsets[start], offsets[title_start])
        if not on_token_bounds(doc.tokens, a, b) or norm[start:title_start] in self.lexicon.not_names:
            return None
        name = norm[start:title_start]
        return start if self.tagger.tag_text(name)[0] == (name, "nr") else None

    def _word_name(self, doc: Doc, start: int) -> bool:
        """True when the two characters at ``start``, right after a title, are a name the dictionary holds as a
        noun or an adjective (庄严, 高峰): a surname first, a token of their own, and an act of the
        person right after them (出席, 主持, 代表 …), no verb or function word.

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("厅长庄严出席会议")
            >>> build(Resources())._word_name(doc, 2), build(Resources())._word_name(doc, 4)
            (True, False)
        """
        norm = doc.norm
        word = norm[start : start + 2]
        if len(word) < 2 or word[0] not in self.lexicon.surnames or not norm.startswith(_WORD_NAME_ACTS, start + 2):
            return False
        if not all(map(_is_han, word)):
            return False  # (a word the name lists keep out, 高峰, is a name here: the title and the act say so)
        offsets = doc.normalized.offsets
        a, b = (start, start + 2) if offsets is None else (offsets[start], offsets[start + 2])
        return on_token_bounds(doc.tokens, a, b) and self.tagger.tag_word(word, whole=True) in _WORD_NAME_TAGS

    def _glued_bylines(self, doc: Doc, pos: int) -> list[_Found]:
        """The names a byline writes right after its first one (at ``pos``), nothing between them, up to a
        slash, a space, a bracket or the line's end (特派记者廖士锋黄雅慧／北京报导): names of two or three
        characters that fill that stretch exactly, or none."""
        norm = doc.norm
        m = _BYLINE_END.search(norm, pos, pos + 10)
        stop = m.start() if m is not None else len(norm) if len(norm) - pos < 10 else None
        if stop is None or stop - pos < 2:
            return []

        def split(at: int) -> list[_Found] | None:
            if at == stop:
                return []
            for n in (3, 2):
                if at + n <= stop and self._is_name(doc, at, at + n):
                    rest = split(at + n)
                    if rest is not None:
                        return [_Found(at, at + n, role="byline"), *rest]
            return None

        return split(pos) or []

    def _listed_bylines(self, doc: Doc, pos: int) -> list[_Found]:
        """The names a byline lists after its first one, each after a slash or a 、 (记者何友明/蔡本文/章大钧台南报导,
        新华社记者宓盈婷、李慧颖 “…”): a surname and one or two characters closed by the next mark, a space, a
        bracket, or the place and 报导 of a dateline (the byline's slot says it is a name: 蔡|本文).

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("【记者何友明/蔡本文/章大钧台南报导】")
            >>> [(f.start, f.end) for f in build(Resources())._listed_bylines(doc, 6)]
            [(7, 10), (11, 14)]
        """
        norm = doc.norm
        out: list[_Found] = []
        while norm[pos : pos + 1] in _BYLINE_LIST_MARKS and len(out) < 6:
            start = pos + 1
            end = next(
                (
                    start + n
                    for n in (3, 2)
                    if (norm[start + n : start + n + 1] in _BYLINE_LIST_ENDS or _DATELINE_REPORT.match(norm, start + n))
                    and norm[start] in self.lexicon.surnames
                    and all(map(_is_han, norm[start : start + n]))
                    and norm[start : start + n] not in self.lexicon.not_names
                ),
                None,
            )
            if end is None:
                break
            out.append(_Found(start, end, role="byline"))
            pos = end
        return out

    def _appointed(self, doc: Doc, pos: int, stops: frozenset[int], name_starts: frozenset[str]) -> list[_Found]:
        """The other names of an appointment after the first (任命李胜平任…主任、张建平任…局长, 免去孙海献的…
        职务、于力强的…职务, 任命张平生为…副区长，张东方为…局长): items of the sentence after a 、 or a comma
        that open with a name followed by 任, 的 or 为."""
        norm = doc.norm
        end = len(norm)
        for mark in "。；;\n":
            at = norm.find(mark, pos, end)
            if at >= 0:
                end = at
        out = []
        for mark in _ITEM_MARKS.finditer(norm, pos, end):
            at = mark.start()
            start = at + 1
            if norm[start : start + 1] in name_starts:
                name_end = self._name_end(doc, start, stops, titled=True, after_title=True)
                if (
                    name_end is not None
                    and name_end - start == 3
                    and norm[name_end - 1] in _APPOINTED_AFTER
                    and norm[name_end : name_end + 1] not in _APPOINTED_AFTER  # (王有为任…: the name)
                ):
                    name_end -= 1  # 蒋勤任 (the tagger's reading of 蒋勤|任市): the verb glued to the name
                if name_end is not None and norm[name_end : name_end + 1] in _APPOINTED_AFTER:
                    out.append(_Found(start, name_end))
        return out

    def _organ_heads(self, doc: Doc) -> list[Token]:
        """The tokens of a title of one character after an organ's last character (中宣部|长|黄坤明), and the
        title's part of a token that glues it to a surname (农业部|长孙|政才)."""
        norm, offsets, tokens, out = doc.norm, doc.normalized.offsets, doc.tokens, []
        for title, after in self._organ_heads_after.items():
            for at in find_all(norm, title):  # (str.find: a regex scan of the text costs more)
                if not at or norm[at - 1] not in after:
                    continue
                a = at if offsets is None else offsets[at]
                token = token_at(tokens, a)
                if token is None or token.start != a or not token.norm.startswith(title):
                    continue
                if token.norm == title:
                    out.append(token)
                elif len(token.norm) in (2, 3, 4) and token.norm[1] in self._name_starts:
                    # 农业部|长孙|政才, 国家统计局|长宁|吉喆, 四川省|长魏宏, 南科管理局|长苏振纲: the title glued to the name
                    out.append(Token(token.text[:1], title, a, a + 1))
        return out

    def _bare_surname(self, doc: Doc, start: int) -> bool:
        """True when ``start`` holds a surname that is a token of its own and no preposition (向 in 向同志们)."""
        norm = doc.norm
        if start < 0 or norm[start] not in self.lexicon.surnames:
            return False
        if norm[start] == "任" and start and _is_han(norm[start - 1]):
            return False  # 王学军|任|副省长: 任 after a name is the verb of appointment
        a, b = doc.normalized.to_original(start, start + 1)
        if not on_token_bounds(doc.tokens, a, b) and not self._glued_surname(doc, start):
            return False
        if self._after_transliteration(doc, a):
            return False
        tag = self.tagger.tag_text(norm[start : start + 3])[0][1]
        if tag in _COUNTING_TAGS:  # 许|县长, 张|副县长: read as a numeral or a classifier, a surname unless counted (一张)
            return norm[start - 1 : start] not in _COUNTING_BEFORE
        return tag not in _NOT_SURNAME_TAGS

    def _married_name(self, doc: Doc, start: int) -> bool:
        """True when a Hong Kong or Macao married woman's name of four starts at ``start``: two surnames
        and a given name of two, closed by a mark (李林麗嬋、, 梁唐青儀，).

        Example:
            >>> from textmine import Pipeline
            >>> tm = Pipeline.from_config()
            >>> doc = tm.analyze("行政長官夫人李林麗嬋、原全國人大常委范徐麗泰、會長王林平說，")
            >>> ex = dict(tm.extractors)["persons.v1"]
            >>> ex._married_name(doc, 6), ex._married_name(doc, 18), ex._married_name(doc, 25)
            (True, True, False)
        """
        norm, surnames = doc.norm, self.lexicon.surnames
        if norm[start + 1 : start + 2] not in surnames:
            return False
        if norm[start + 4 : start + 5] not in _MARRIED_NAME_CLOSE or not all(map(_is_han, norm[start + 2 : start + 4])):
            return False
        given = norm[start + 2 : start + 4]
        word, tag = self.tagger.tag_text(given)[0]
        if word != given or tag in _NOT_GIVEN_TAGS or (tag in _NOT_MARRIED_GIVEN_TAGS and tag != "a"):
            return False  # (an adjective of two may be the given name: 陈蒋|秀美, its last character no adjective)
        # (会长王林平|说，: a name of three and a verb, not a name of four)
        return self.tagger.tag_word(given[1], whole=True) not in _NOT_MARRIED_GIVEN_TAGS

    def _token_starts_at(self, doc: Doc, pos: int) -> bool:
        """True when a token starts at norm offset ``pos``."""
        return starts_token(doc.tokens, pos if doc.normalized.offsets is None else doc.normalized.offsets[pos])

    def _glued_surname(self, doc: Doc, start: int) -> bool:
        """True when the surname at norm offset ``start`` ends a token that opens with a preposition (由张|副县长)."""
        a, b = doc.normalized.to_original(start, start + 1)
        token = token_at(doc.tokens, a)
        return token is not None and token.end == b and self._glued_to_function_word(doc, start)

    def _leader_surname(self, doc: Doc, start: int) -> bool:
        """True when ``start`` holds a leader's surname (习) that is a token of its own, or ends a token after a preposition or conjunction (给习)."""
        if start < 0 or doc.norm[start] not in self.lexicon.leader_surnames:
            return False
        a, b = doc.normalized.to_original(start, start + 1)
        token = token_at(doc.tokens, a)
        return token is not None and token.end == b and (token.start == a or self._glued_surname(doc, start))

    def _glued_to_function_word(self, doc: Doc, start: int) -> bool:
        """True when the token holding norm offset ``start`` begins before it with a preposition or conjunction
        (给习|总书记, 他向习|主席, 和佩斯|林): the name starts at ``start`` all the same."""
        a = doc.normalized.to_original(start, start)[0]
        token = token_at(doc.tokens, a)
        if token is None or token.start >= a:
            return False
        before = self.tagger.tag_text(token.norm[: norm_offset(doc, a) - norm_offset(doc, token.start)])
        return bool(before) and before[-1][1] in _GLUED_BEFORE_NAME

    def _after_transliteration(self, doc: Doc, pos: int) -> bool:
        """True when the two characters before original offset ``pos`` may end a transliterated name (佩斯林同志)."""
        start = norm_offset(doc, pos)
        before = doc.norm[max(0, start - 2) : start]
        return len(before) == 2 and all(c in self.lexicon.translit for c in before)

    def _honored(self, doc: Doc, honors: Sequence[Span], stops: frozenset[int]) -> list[_Found]:
        """Names right after an honorary title in quotation marks: “时代楷模”陈立群.

        ``honors`` are the HONOR spans of the slogan extractor.
        """
        norm = doc.norm
        out = []
        for span in honors:
            # HONOR spans hold the text inside the marks; find it in norm through the original offsets.
            start = norm_offset(doc, span.end)
            while start < len(norm) and norm[start] in CLOSING_QUOTES:
                start += 1
            end = self._name_end(doc, start, stops)
            if end is not None:
                out.append(_Found(start, end, honor_span=(norm_offset(doc, span.start), norm_offset(doc, span.end))))
        # Closing marks with a surname after them, found from the marks (scanning the text for a
        # character class costs more).
        closes = []
        surname_starts = self.lexicon.surname_starts
        for mark in CLOSING_QUOTES:
            at = norm.find(mark)
            while at >= 0:
                if norm[at + 1 : at + 2] in surname_starts:
                    closes.append(at)
                at = norm.find(mark, at + 1)
        for close in sorted(closes):
            name_start = close + 1
            opening = max(norm.rfind(q, max(0, close - _HONOR_MAX - 1), close) for q in _OPENING_QUOTES)
            if opening < 0:
                continue
            honor = norm[opening + 1 : close]
            if not honor.endswith(self.lexicon.honor_suffixes):
                continue
            end = self._name_end(doc, name_start, stops)
            if end is not None:
                out.append(_Found(name_start, end, honor_span=(opening + 1, close)))
        return out

    def _credits(self, doc: Doc) -> list[_Found]:
        """The authors and photographers of credit lines: 义永华/文 杨波/摄 (a surname first, or a reporter's line),
        a reporter's name in brackets closing a paragraph (……新局面。（林海）), reporters named together
        in brackets before 报道 (（武山 赵妍 王迎 报道）) and writers after 文 (（文 王永安 陈鹏旭）).

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("记者 义永华/文 杨波/摄")
            >>> [(doc.norm[c.start:c.end], c.role) for c in build(Resources())._credits(doc)]
            [('义永华', 'byline'), ('杨波', 'photo')]
        """
        norm, starts = doc.norm, self._name_starts
        out = []
        for m in _SLASH_CREDIT.finditer(norm) if "/文" in norm or "/摄" in norm or "/图" in norm else ():
            line_start = norm.rfind("\n", 0, m.start()) + 1
            for a, b in item_spans(norm, m.start(1), m.group(1).split()):  # (史蒙 赖志豪/图: two photographers)
                if norm[a:b] in _BYLINE_TITLES:
                    continue  # (记者 义永华/文: the title, then the name)
                if norm[a] in starts or any(t in norm[line_start:a] for t in _BYLINE_TITLES):
                    out.append(_Found(a, b, role="byline" if m.group(2) == "文" else "photo"))
        for m in _BRACKET_REPORTERS.finditer(norm) if "报道" in norm else ():
            for a, b in item_spans(norm, m.start(1), m.group(1).split()):
                if norm[a] in starts:
                    out.append(_Found(a, b, role="byline"))
        for m in _BRACKET_WRITERS.finditer(norm) if "（文" in norm or "(文" in norm else ():
            for a, b in item_spans(norm, m.start(1), m.group(1).split()):  # (（文 王永安 陈鹏旭）)
                if norm[a] in starts:
                    out.append(_Found(a, b, role="byline"))
        items = [(m.start(1), m.end(1), "byline") for m in _BRACKET_CREDIT.finditer(norm)]
        for m in _BRACKET_NAMES.finditer(norm):
            items += [(a, b, "byline") for a, b in item_spans(norm, m.start(1), re.split("[、 \u3000]", m.group(1)))]
        if "摄）" in norm or "摄)" in norm:
            items += [(m.start(1), m.end(1), "photo") for m in _BRACKET_PHOTO.finditer(norm)]
        if "摄/" in norm or "摄\n" in norm or norm.endswith(("摄", "摄影")) or "摄影/" in norm or "摄影\n" in norm:
            items += [(a, b, "photo") for a, b in _caption_credits(norm)]
        for a, b, role in items:
            # A surname opens it: the slot closing a paragraph is the evidence (许|红梅 is no word to the tagger).
            item = norm[a:b]
            if norm[a] not in starts or item in _NOT_CREDITS or item in self.lexicon.not_names:
                continue
            if len(item) > 2 and item[-1] in _DIVISION_LAST:
                continue  # （西河镇 谢雪诗）: the reporter's town, then the reporter
            tag = self.tagger.tag_word(item, whole=True)  # (a word of the dictionary that is no name: 新华社)
            if tag is None or tag in _NAME_TAGS:
                out.append(_Found(a, b, role=role))
        return out

    def _name_lines(self, doc: Doc) -> list[_Found]:
        """The names of a line that holds nothing else: the author's line under a headline (曲青山,
        徐凌燕 叶诗蕾) or a signature.

        Every name of such a line opens with a surname and is one by the rule of
        :meth:`_name_end` (the tagger agrees); a line with one item that is no
        name (结语, 前言) gives none.

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("红色服务焕发小区生机\\n徐凌燕 叶诗蕾\\n每天早晨9点，党员们忙碌起来。")
            >>> [doc.norm[c.start:c.end] for c in build(Resources())._name_lines(doc)]
            ['徐凌燕', '叶诗蕾']
        """
        norm, starts = doc.norm, self._name_starts
        out = []
        before = 0  # the start of the line before
        for line_start, line_end in _lines(norm):
            previous, before = (before, line_start), line_start
            m = _NAME_LINE.fullmatch(norm, line_start, line_end) if line_end - line_start <= _NAME_LINE_MAX else None
            if m is None:
                spaced = _SPACED_NAME_LINE.fullmatch(norm, line_start, line_end) if line_end - line_start <= 10 else None
                if spaced is not None and self._report_author(norm, spaced.group(1), norm[previous[0] : previous[1]]):
                    out.append(_Found(spaced.start(1), spaced.end(1), role="byline"))
                continue
            names = []
            for a, b in item_spans(norm, m.start(1), m.group(1).split()):
                if norm[a] not in starts or self._name_end(doc, a, titled=True) != b:
                    break
                names.append(_Found(a, b, role="byline"))
            else:
                out += names
        return out

    def _report_author(self, norm: str, spaced: str, line_before: str) -> bool:
        """True when ``spaced``, a line of two or three characters spaced out, is the author's name under the
        heading of a report or speech that ``line_before`` ends (——在…会议上, (2024年3月12日)).

        Example:
            >>> build(Resources())._report_author("", "刘 海 涛", "(2024年3月12日)")
            True
        """
        name = "".join(spaced.split())
        return (
            name[0] in self.lexicon.surnames
            and name not in self.lexicon.not_names
            and _REPORT_HEADING_END.search(line_before.rstrip()) is not None
            and self.tagger.tag_word(name, whole=True) in (None, "nr", "nrfg", "nrt")
        )

    def _end_credits(self, doc: Doc) -> list[_Found]:
        """The reporters and editors credited at a text's head or foot: a reporter in brackets after a news
        agency's dateline (新华网福州1月8日电(刘丰)), an editor or author after a colon, a bar or 文/
        (责编:齐晓迪, 撰文 | 高语阳, 文/韩洪泉).

        Only the ends of the text are read, and each pattern only where its words
        are there: a scan of the whole text would cost more than the rule.

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("2022-03-24 责编:齐晓迪\\n3月23日下午，会议召开。")
            >>> [doc.norm[c.start:c.end] for c in build(Resources())._end_credits(doc)]
            ['齐晓迪']
        """
        norm = doc.norm
        out = []
        size = len(norm)
        ends = ((0, size),) if size <= 2 * _CREDIT_REACH else ((0, _CREDIT_REACH), (size - _CREDIT_REACH, size))
        for a, b in ends:
            end_text = norm[a:b]
            for words, pattern in (
                (("日电", "日讯", "报讯", "本网讯", "本刊讯", "本台讯"), _DATELINE_CREDIT),
                (_CREDIT_WORDS, _COLON_CREDIT),
                (("文/", "文 /"), _TEXT_CREDIT),
                (("来源:", "来源："), _SOURCE_CREDIT),
            ):
                if any(word in end_text for word in words):
                    for m in pattern.finditer(norm, a, b):
                        if _SPACED_NAME.fullmatch(m.group(1)) and norm[m.start(1)] in self.lexicon.surnames:
                            out.append(_Found(m.start(1), m.end(1), role="byline"))  # (王 健: one name of two, spaced)
                            continue
                        # (电(唐铮 谷华): two reporters in one bracket)
                        for x, y in item_spans(norm, m.start(1), re.split("[ \u3000、]", m.group(1))):
                            if self._is_name(doc, x, y):
                                out.append(_Found(x, y, role="byline"))
        return out

    def _speakers(self, doc: Doc) -> list[_Found]:
        """The speakers opening the lines of a transcript (隋宝文：人民性是……): a name and a colon among a
        line's first characters.

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("人民网记者:\\n隋宝文:人民性是马克思主义政党的根本属性")
            >>> [doc.norm[c.start:c.end] for c in build(Resources())._speakers(doc)]
            ['隋宝文']
        """
        norm = doc.norm
        out = []
        for line_start, line_end in _lines(norm):
            head = norm[line_start : line_start + _SPEAKER_HEAD]
            m = _SPEAKER.match(norm, line_start, line_end) if "：" in head or ":" in head else None
            if m is not None and self._is_name(doc, m.start(1), m.end(1)):
                out.append(_Found(m.start(1), m.end(1)))
        return out

    def _chairs(self, doc: Doc, stops: frozenset[int]) -> list[_Found]:
        """The person who chairs, as a sentence of its own says: 。乔传秀主持。 (a name between a sentence's
        start and 主持 closing the sentence or its clause).

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("李金明等出席。乔传秀主持。会议由省委主持。")
            >>> [doc.norm[c.start:c.end] for c in build(Resources())._chairs(doc, frozenset())]
            ['乔传秀']
        """
        norm, starts = doc.norm, self._name_starts
        out = []
        for at in find_all(norm, "主持"):
            if norm[at + 2 : at + 3] not in _CHAIR_AFTER:
                continue
            for length in (3, 2):
                start = at - length
                if start >= 0 and (start == 0 or norm[start - 1] in _SENTENCE_OPENERS) and norm[start] in starts:
                    if self._is_name(doc, start, at, stops):
                        out.append(_Found(start, at))
                    break
        return out

    def _cued(self, doc: Doc, pattern: re.Pattern[str]) -> list[_Found]:
        """The names of a sentence whose cue is the evidence (``_CUED``): the people whose influence a Party
        organization is to eliminate (肃清李嘉、万庆良恶劣影响), whose resignation is accepted (接受陈求发辞去…),
        who say their name (我叫王利兰), whose life spans the years after them (刘英(1906—1942)), whose
        profile opens with them (陈敬就，男，). Each item that opens with a surname is a name.

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("广东省肃清李嘉、万庆良恶劣影响不够彻底")
            >>> [doc.norm[c.start:c.end] for c in build(Resources())._cued(doc, _PURGED)]
            ['李嘉', '万庆良']
        """
        norm, starts = doc.norm, self._name_starts
        out = []
        for m in _lifespans(norm) if pattern is _LIFESPAN else _profiles(norm) if pattern is _PROFILE else pattern.finditer(norm):
            for a, b in item_spans(norm, m.start(1), re.split("[、和]", m.group(1))):
                if norm[a] in starts and norm[a:b] not in self.lexicon.not_names:
                    out.append(_Found(a, b))
        return out

    def _bare_lists(self, doc: Doc, stops: frozenset[int]) -> list[_Found]:
        """Names of a list that names nothing else: 黄宁生、张硕辅、刘雅红、谭玲、吕业升、许红出席会议.

        A run of three or more items of two or three characters, joined by 、
        (``_BARE_LIST``), is a list of names when two thirds of its items are
        names by the rule of :meth:`_name_end` (a surname, a token boundary, the
        tagger's reading); then every item that opens with a surname is one. The
        items at either end of the list, whose other edge no mark closes, are
        found afterwards as further names of a list (:meth:`_listed`).
        """
        norm, starts = doc.norm, self._name_starts
        out: list[_Found] = []
        for m in _BARE_LIST.finditer(norm):
            run = [item.span(1) for item in _BARE_ITEM.finditer(norm, m.start() + 1, m.end())]  # each name, its note left out
            if 3 * sum(norm[a] in starts for a, _ in run) < 2 * len(run) or norm.count("、", m.start() + 1, m.end()) < 2:
                continue  # most runs are lists of words (no tagging for them); a list is joined by 、
            names = sum(self._name_end(doc, a, stops) == b for a, b in run)
            if 3 * names >= 2 * len(run):
                # every item of a list of names that opens with a surname is one (华源, 郑钢淼)
                out += [_Found(a, b) for a, b in run if norm[a] in starts]
        return out

    def _bracketed_posts(self, doc: Doc, stops: frozenset[int]) -> list[_Found]:
        """Names followed by their post in brackets: 派陆征祥（外交部长）、顾维钧（驻美公使）等为代表.

        The bracket holds two to twelve Han characters ending with a title, or a
        woman's or a people's mark (周毓秋(女)当选, 王芳（女，回族）); the name before
        the bracket is read as a titled name.

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("派陆征祥（外交部长）、顾维钧（驻美公使）出席")
            >>> [doc.norm[f.start : f.end] for f in build(Resources())._bracketed_posts(doc, frozenset())]
            ['陆征祥', '顾维钧']
        """
        norm, titles = doc.norm, self.lexicon.titles
        out = []
        for opening in "（(":
            for at in find_all(norm, opening):
                if at < 2 or not (_PERSONAL_MARK.match(norm, at + 1) or _titled_post(norm, at + 1, titles)):
                    continue
                for length in (3, 2):
                    start = at - length
                    if start >= 0 and self._is_name(doc, start, at, stops):
                        out.append(_Found(start, at))
                        break
        return out

    def _comrades(self, doc: Doc, stops: frozenset[int]) -> list[_Found]:
        """The names of a list that 等同志 or a count of 同志 closes: 庄一君、沈夏英、郑敏、蒋蕾四位同志当选,
        刘彩凤、李靖、刘博、王瑞雪等同志到会, 授予马宁等359名同志; or that 等 and a count of people of another
        kind close (李国豪、冯立志等297名优秀共产党员). Each item is a name by the rule of :meth:`_name_end`."""
        norm = doc.norm
        out = []
        lists = []  # the lists of two items or more, each read back from what closes it
        for at in find_all(norm, "同志"):  # (the close first, found by str.find: the list is read back from it)
            close = _COMRADES_CLOSE.search(norm, max(0, at - 5), at)
            if close is None:
                continue
            m = _COMRADES_LIST.search(norm, max(0, close.start() - _COMRADES_REACH), close.start())
            if m is not None:
                lists.append(m)
                continue
            first = _FIRST_OF_COUNT.search(norm, max(0, at - 9), at)  # 授予马宁等359名同志: one name
            end = -1 if first is None else first.start()
            start = next((a for a in (end - 3, end - 2) if a >= 0 and self._is_name(doc, a, end, stops)), None)
            if start is not None:
                out.append(_Found(start, end))
        # 等 and a count of people of another kind close a list too (李国豪、冯立志等297名优秀共产党员).
        for close in _COUNTED_CLOSE.finditer(norm):
            m = _COMRADES_LIST.search(norm, max(0, close.start() - _COMRADES_REACH), close.start())
            if m is not None:
                lists.append(m)
                continue
            # (one name, where a verb of conferring opens the clause: 授予吴俊江等299名共产党员, or a mark or a
            # conjunction after another such list: …等60名优秀党务工作者和孙锋彪等194名道德模范)
            end = close.start()
            start = next(
                (
                    a
                    for a in (end - 3, end - 2)
                    if (norm[a - 2 : a] in _CONFERRING or a == 0 or norm[a - 1] in _ONE_COUNTED_AFTER)
                    and self._is_name(doc, a, end, stops)
                ),
                None,
            )
            if start is not None:
                out.append(_Found(start, end))
        for m in lists:
            out += [_Found(a, b) for a, b in item_spans(norm, m.start(1), m.group(1).split("、")) if self._is_name(doc, a, b, stops)]
        return out

    def _case_named(self, doc: Doc, stops: frozenset[int]) -> list[_Found]:
        """Names of the people a disciplinary case is named after: 蓝天立 in 汲取蓝天立等案件的教训.

        The name (a surname and one or two characters, whole tokens) stands right
        before a CASE_AFTER word; a single word the tagger does not read as a name
        is no name (黄赌毒等案件, 金融等案件).
        """
        norm, lex, offsets, tokens = doc.norm, self.lexicon, doc.normalized.offsets, doc.tokens
        out = []
        for at in find_all(norm, "案"):
            for cue, offset in self._case_cues:
                end = at - offset
                if end < 2 or not norm.startswith(cue, end):
                    continue
                for length in (3, 2, 4):
                    start = end - length
                    if start < 0:
                        continue
                    name = norm[start:end]
                    surname = 2 if name[:2] in lex.compound_surnames else 1 if name[0] in lex.surnames else 0
                    if not surname or length - surname not in (1, 2) or not all(map(_is_han, name)):
                        continue
                    a, b = (start, end) if offsets is None else (offsets[start], offsets[end])
                    # (jieba may glue 等 to the name: 钱|引安等)
                    glued = cue[0] in _GLUED_AFTER and ends_token(tokens, end + 1 if offsets is None else offsets[end + 1])
                    if not (starts_token(tokens, a) and (ends_token(tokens, b) or glued)):
                        continue
                    if name in lex.not_names or lex.title_re.match(norm, start + surname):
                        continue
                    tagged = self.tagger.tag_text(name)
                    word, tag = tagged[0]
                    if (len(tagged) == 1 and tag not in _NAME_TAGS) or (len(word) == surname and tag in _NOT_SURNAME_TAGS):
                        continue
                    out.append(_Found(start, end))
                    break
        return out

    def _of_place(self, doc: Doc, places: set[tuple[int, int]], stops: frozenset[int]) -> list[_Found]:
        """Names of three after a place and 的 that a mark closes and the tagger reads as names, two or more:
        the people a list gives by where they serve (东阳的朱建军，兰溪的朱瑞俊，武义的张新宇).

        Example:
            >>> from textmine import Pipeline
            >>> p = Pipeline.from_config()
            >>> doc = p.analyze("分别是兰溪的朱瑞俊，武义的张新宇。")
            >>> places = {(s.start, s.end) for s in p.extract(doc.text) if s.label == "PLACE"}
            >>> [doc.norm[c.start:c.end] for c in build(Resources())._of_place(doc, places, frozenset())]
            ['朱瑞俊', '张新宇']
        """
        norm, offsets, starts = doc.norm, doc.normalized.offsets, self._name_starts
        out = []
        for _, b in sorted(places):
            at = (b if offsets is None else bisect_left(offsets, b)) + 1  # (the name's start, past 的)
            if norm[at - 1 : at] != "的" or norm[at : at + 1] not in starts:
                continue
            end = self._name_end(doc, at, stops)
            if end != at + 3 or norm[end : end + 1] not in _LIST_MARKS_AFTER:
                continue  # (names of three: 福建省的龙溪、海澄 lists counties the tagger reads as names)
            tagged = self.tagger.tag_text(norm[at : end + 1])
            # the tagger reads a name there: whole, or a surname and a given name (朱|建军)
            if tagged[0] == (norm[at:end], "nr") or (
                len(tagged) > 2 and tagged[0][0] + tagged[1][0] == norm[at:end] and tagged[0][1] in _NAME_TAGS and tagged[1][1] in _NAME_TAGS
            ):
                out.append(_Found(at, end))
        return out if len(out) > 1 else []  # (a list of them: 广东的陈皮 alone is a product)

    def _speaking(self, doc: Doc, stops: frozenset[int]) -> list[_Found]:
        """A name with no title opening a clause before a verb of speaking (，而纪平表示, 。冷山德说), or a clause
        or a line's item before a verb of appointment or resignation (王宪魁辞去…, 陈武任|代理主席): a token
        of two or three characters that opens with a surname and that the tagger reads as a name or the
        dictionary lacks.

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("对此，纪平表示，参与移库的主要为沿海。")
            >>> [doc.norm[c.start:c.end] for c in build(Resources())._speaking(doc, frozenset())]
            ['纪平']
        """
        norm, tokens, starts = doc.norm, doc.tokens, self._name_starts
        out = []
        appointed = _appointed_at(norm)
        # (verb "" stands for the verbs of appointment, found at ``appointed``)
        for verb, positions in (*((verb, find_all(norm, verb)) for verb in _SPEAKING), ("", appointed)):
            marks = _CLAUSE_MARKS if verb else _LINE_MARKS
            for at in positions:
                for n in (3, 2):
                    a = at - n
                    if a < 0 or norm[a] not in starts:
                        continue
                    before = norm[a - 1 : a]
                    if before and before not in marks and not (before in _CLAUSE_WORDS and (a < 2 or norm[a - 2] in _CLAUSE_MARKS)):
                        continue
                    oa, ob = doc.normalized.to_original(a, at)
                    token = token_at(tokens, oa)
                    if token is None or token.start != oa or norm[a:at] in self.lexicon.not_names:
                        continue
                    if norm[at - 1] == "任" and not verb:
                        continue  # 陈武任|代理主席: 任 is the verb, read before 任代理
                    if not verb and norm[at] == "任" and token.end == ob + 1 and token.norm.endswith("任"):
                        pass  # 陈武任|代理主席: the tokenizer glued the verb to the name
                    elif token.end != ob and not (
                        # 熊早|军说: a name of three the tokenizer cut in two, its first part no word of the dictionary
                        n == 3
                        and token.end == ob - 1
                        and ends_token(tokens, ob)
                        and self.tagger.tag_word(token.norm, whole=True) is None
                        and self.tagger.tag_word(norm[at - 1]) not in _NOT_GIVEN_TAGS  # (李希|又说: an adverb)
                        and token.norm not in self.lexicon.known
                    ):
                        continue
                    if self.lexicon.title_re.match(norm, a + 1, at) or (at - a == 2 and norm[a + 1] in _HONORIFICS):
                        continue  # 李女士, 张先生, 王总: a surname and a title or a form of address, no name
                    tag = self.tagger.tag_word(norm[a:at], whole=True)  # (None: a word the dictionary lacks)
                    if tag is None or tag in _NAME_TAGS:
                        out.append(_Found(a, at))
                        break
        return out

    def _recurring(self, doc: Doc, stops: frozenset[int]) -> list[_Found]:
        """Names with no cue that open two clauses or more: a surname and two characters, a token
        the dictionary lacks and the tagger reads as a name, followed once at least by what may end
        a name (。夏宝龙兼任…, ，夏宝龙为…; later mentions are found as those of any name).

        Clause openings are found on the text's code points with two table lookups (a pass over
        the tokens would cost more than the rest of the extractor); the rail line 杭甬温 and the
        沈抚科 of 沈抚科创园 recur too, never where a name may end.
        """
        codes = code_points(doc)
        if len(codes) < 4:
            return []
        opens = self._clause_marks.take(codes[:-3], mode="clip") & self._surname_codes.take(codes[1:-2], mode="clip")
        at = opens.nonzero()[0] + 1
        if codes[0] < 0xFFFF and self._surname_codes[codes[0]]:
            at = np.concatenate(([0], at))
        if not len(at):
            return []
        # The three characters at each opening as one number: those written at two openings or more
        # are found with one sort, and only they are sliced out of the text.
        keys = (codes[at].astype(np.int64) << 42) | (codes[at + 1].astype(np.int64) << 21) | codes[at + 2]
        order = np.argsort(keys, kind="stable")
        same = keys[order[1:]] == keys[order[:-1]]
        repeated = np.zeros(len(at), dtype=np.bool_)  # (in sorted order: equal to a neighbour)
        repeated[1:] |= same
        repeated[:-1] |= same
        at = np.sort(at[order[repeated]]).tolist()
        if not at:
            return []
        norm = doc.norm
        words = [norm[a : a + 3] for a in at]
        lex = self.lexicon
        # (the tests cheapest first: most words that open two clauses are the start of a phrase, 严格落实)
        twice = {
            w
            for w, n in Counter(words).items()
            if n > 1
            and w[-1] not in _GLUED_AFTER
            and w[-1] not in _MEDIA_LAST
            and w not in lex.known
            and w[:2] not in lex.known
            and all(map(_is_han, w))
        }
        if not twice:
            return []
        # A token starts at each end of the word: looked up in the token starts segmentation listed
        # (a bisection of plain numbers, no key).
        offsets, starts = doc.normalized.offsets, token_lists(doc).starts
        found = [
            a
            for a, w in zip(at, words)
            if w in twice and _on_starts(starts, len(doc.text), *((a, a + 3) if offsets is None else (offsets[a], offsets[a + 3])))
        ]
        tokens_twice = Counter(norm[a : a + 3] for a in found)
        names = {w for w, n in tokens_twice.items() if n > 1 and self._unknown_name(w)}
        ending = {norm[a : a + 3] for a in found if norm[a : a + 3] in names and self._ends_name(norm, a + 3, stops)}
        return [_Found(a, a + 3) for a in found if norm[a : a + 3] in ending]

    def _unknown_name(self, word: str) -> bool:
        """True when ``word`` is no dictionary word and the tagger reads it as one name (夏宝龙, not 杭甬温)."""
        tagger = self.tagger
        return (
            word not in self.lexicon.not_names
            and tagger.tag_word(word, whole=True) is None
            and tagger.tag_text(word) == [(word, "nr")]
            and not self.lexicon.title_re.match(word, 1)
        )

    def _listed(self, doc: Doc, cands: list[_Found], stops: frozenset[int]) -> list[_Found]:
        """Further names of a list with a found one: 谢高华、陈立群、王一成等, and 、-joined names before it."""
        norm = doc.norm
        out = []
        seen = {c.start for c in cands}
        for cand in sorted(cands, key=lambda c: c.start):
            end = cand.end
            byline = cand.role == "byline"
            joiners = _BYLINE_JOINERS if byline else _LIST_JOINERS
            while end < len(norm) and norm[end] in joiners:
                start, honor = end + 1, None
                if start < len(norm) and norm[start] in _OPENING_QUOTES:
                    close = next(
                        (
                            i
                            for i in range(start + 1, min(len(norm), start + _HONOR_MAX + 2))
                            if norm[i] in CLOSING_QUOTES
                        ),
                        -1,
                    )
                    if close < 0:
                        break
                    honor, start = (start + 1, close), close + 1
                # 副主席多吉次珠、扎西次仁: a Mongolian or Tibetan name by its parts, else a Chinese name
                nxt = self._parts_name_end(doc, start, stops, single=True) if norm[start : start + 1] in self._parts_by_first else None
                if nxt is None:  # (a byline's slot is a title's evidence: 薛文华 常|力强)
                    nxt = self._name_end(doc, start, stops, titled=byline)
                if nxt is None and (dotted := _DOTTED_ITEM.match(norm, start)) is not None:
                    nxt = dotted.end()  # 王兆国、阿沛·阿旺晋美: a name in parts, in a list of names, to where a name ends
                    while nxt < len(norm) and nxt - dotted.start(1) < _DOTTED_PART and not self._ends_name(norm, nxt, stops):
                        nxt += 1
                if nxt is None and not byline and honor is None:  # a list continuing a found name shares its
                    nxt = self._listed_item(norm, start)  # evidence (朱金坤、项勤、)
                if nxt is None or not self._ends_name(norm, nxt, stops) or start in seen or self._qualifies_title(norm, nxt):
                    break
                if byline:  # the reporters of one byline share its title: 记者华春雨 黄小希
                    out.append(_Found(start, nxt, honor_span=honor, title_span=cand.title_span, role=cand.role))
                else:
                    out.append(_Found(start, nxt, honor_span=honor))
                seen.add(start)
                end = nxt
        # Right to left, so that a name found backward is not looked at again.
        for start in sorted((c.start for c in cands if norm[c.start - 1 : c.start] == "、"), reverse=True):
            out += self._listed_before(doc, start, seen, stops)
        return out

    def _qualifies_title(self, norm: str, end: int) -> bool:
        """True when a title that no name comes before starts at ``end``: what ends there qualifies it
        (保安司司长黄少泽、廉政|专员欧阳湘: 廉政 is no item of a list of names)."""
        title = self.lexicon.title_re.match(norm, end)
        return title is not None and self.lexicon.titles[title.group()] == "before"

    def _listed_item(self, norm: str, start: int) -> int | None:
        """The end of an item of two or three characters opening with a surname and closed by a list's mark
        (、 ， ; or 等) or a word that ends a name, after a found name of the same list (副主任朱金坤、项勤、
        吴春莲), or None.

        Example:
            >>> build(Resources())._listed_item("朱金坤、项勤、吴春莲", 4), build(Resources())._listed_item("张三、刘局长等", 3)
            (6, None)
        """
        if start >= len(norm) or norm[start] not in self._name_starts:
            return None  # (a list mark closing the text)
        lex = self.lexicon
        for end in (start + 3, start + 2):
            if end > len(norm) or not all(map(_is_han, norm[start:end])):
                continue
            if norm[end : end + 1] == "·" or not (norm[end : end + 1] in _LIST_ENDS or self._ends_name(norm, end)):
                continue
            if norm[start:end] in lex.not_names or lex.title_re.match(norm, start + 1) or lex.title_re.match(norm, start + 2):
                return None  # 刘局长: a surname and a title
            if self._collective(norm[start:end]):
                return None  # 商会党|支部书记: a collective's name
            if self.tagger.tag_word(norm[start:end], whole=True) in _NOT_LIST_ITEM_TAGS:
                return None  # 强加: a word of another kind
            return end
        return None

    def _listed_before(self, doc: Doc, start: int, seen: set[int], stops: frozenset[int]) -> list[_Found]:
        """Names joined by 、 before a found one: 李四光 of 从李四光、钱学森、钱三强等 (钱学森 found).

        The guards of the forward rule hold: a name starts with a surname on a
        token boundary, and the tagger reads it as a name (组织部、王浩: 组织部 is a word).
        """
        norm, name_starts = doc.norm, self._name_starts
        out = []
        while start > 1 and norm[start - 1] == "、":
            end = start - 1
            for length in (3, 2, 4):
                at = end - length
                if at >= 0 and norm[at] in name_starts and at not in seen and self._name_end(doc, at, stops) == end:
                    if norm[at - 1 : at] in _ORDINAL_LAST:
                        continue  # 湖南第一|师范、刘少奇: the item goes on from an ordinal, no name opens there
                    break
            else:
                break
            out.append(_Found(at, end))
            seen.add(at)
            start = at
        return out

    def _mentioned_again(self, doc: Doc, cands: list[_Found], stops: frozenset[int]) -> list[_Found]:
        """Other mentions of the names found with evidence (a name is one person in one article)."""
        norm, tokens = doc.norm, doc.tokens
        names = {norm[c.start : c.end] for c in cands if c.evidence}
        # A mention found already needs no second look: it would only be merged with the first.
        found = {(c.start, c.end) for c in cands}
        out = []
        for name in names:
            for start in find_all(norm, name):
                end = start + len(name)
                if (start, end) in found:
                    continue
                a, b = doc.normalized.to_original(start, end)
                # (a preposition glued to the name, 一边对叶帆|做着: the name again, the token ending with it)
                glued = norm[start - 1 : start] in _PREPOSITIONS and ends_token(tokens, b) and self._glued_to_function_word(doc, start)
                if (starts_token(tokens, a) or self._glued_foreign(doc, start, end) or glued) and (
                    ends_token(tokens, b) or self._ends_name(norm, end, stops) or self._cut_inside(doc, name, a, b)
                ):
                    out.append(_Found(start, end))
        return out

    @staticmethod
    def _cut_inside(doc: Doc, name: str, a: int, b: int) -> bool:
        """True when the tokenizer cut a name of three characters or more inside and glued what follows
        to its last part (的|张飞|烽成|了): the name all the same, where a token opening with the
        whole name (毛泽东思想) holds a word, not a mention."""
        if len(name) < 3:
            return False
        last = token_at(doc.tokens, b - 1)
        return last is not None and a < last.start < b < last.end

    def _glued_foreign(self, doc: Doc, start: int, end: int) -> bool:
        """True for a transliterated name of three characters or more that the tokenizer glued to a conjunction
        or preposition before it (米诺尔和佩斯|林: 佩斯林 again)."""
        translit = self.lexicon.translit
        return end - start >= 3 and all(c in translit for c in doc.norm[start:end]) and self._glued_to_function_word(doc, start)

    def _parts_name_end(self, doc: Doc, start: int, stops: frozenset[int], *, single: bool = False) -> int | None:
        """The end of a Mongolian or Tibetan name at ``start`` made of two or more of the lexicon's name
        parts (盟委书记孟克巴雅尔, 主席白玛赤林), the longest that ends where a name may end or a verb
        starts; or None. With ``single`` (an item of a list of names), one part of three characters
        or more is a name too (、照那斯图、).
        """
        norm, by_first = doc.norm, self._parts_by_first
        best = None
        ends = [(start, 0)]
        while ends:
            pos, count = ends.pop()
            for part in by_first.get(norm[pos : pos + 1], ()):
                end = pos + len(part)
                if end - start > _TRANSLIT_MAX or not norm.startswith(part, pos):
                    continue
                if (count >= 1 or (single and end - start >= 3)) and (best is None or end > best) and (
                    self._ends_name(norm, end, stops) or verb_starts(doc, end, self.tagger)
                ):
                    best = end
                ends.append((end, count + 1))
        return best

    def _transliterated_after(self, doc: Doc, start: int, stops: frozenset[int]) -> int | None:
        """The end of a transliterated name after a title (州长纽森出席), or None.

        The name is a run of two or more transliteration characters that ends where a
        name may end or a verb starts (记者斯诺访问) and is no common word (总理基金会); a
        middle dot ends it here and the name is stretched over it later (汉斯·希伯).
        """
        norm, translit = doc.norm, self.lexicon.translit
        end = start
        while end < len(norm) and end - start < _TRANSLIT_MAX and norm[end] in translit:
            end += 1
        if end - start < 2 or not (self._ends_name(norm, end, stops) or verb_starts(doc, end, self.tagger)) or not self._foreign_name(norm[start:end]):
            return None
        return end

    def _transliterated_before(self, doc: Doc, end: int) -> int | None:
        """The start of a transliterated name before a title (曼斯菲尔德先生, 德沃切克夫妇), or None.

        The whole run of transliteration characters before the title, two or more, is
        the name; a country or city spelt the same way is dropped later as a PLACE.
        """
        norm, translit = doc.norm, self.lexicon.translit
        start = end
        while start > 0 and end - start < _TRANSLIT_MAX and norm[start - 1] in translit:
            start -= 1
        if end - start < 2 or (start > 0 and norm[start - 1] in translit) or not self._foreign_name(norm[start:end]):
            return None
        return start

    def _foreign_start(self, doc: Doc, start: int, end: int) -> int:
        """The start of the name ending at ``end``: earlier than ``start`` when ``norm[start:end]`` is the tail of a
        transliterated name the tokenizer glued to the word before it (应舒|尤克总统: 舒尤克, not 尤克)."""
        norm, translit = doc.norm, self.lexicon.translit
        if start == 0 or norm[start - 1] not in translit or not all(c in translit for c in norm[start:end]):
            return start
        earlier = self._transliterated_before(doc, end)
        if earlier is None or earlier >= start:
            return start
        glued = token_at(doc.tokens, doc.normalized.to_original(start - 1, start)[0])
        if glued is None or self.tagger.tag_word(glued.norm, whole=True) is not None:
            return start  # 感谢|卢拉: the character before ends a word of the dictionary
        tagged = self.tagger.tag_text(norm[earlier:end])
        return earlier if len(tagged) == 1 and tagged[0][1] in _NAME_TAGS else start

    def _foreign_name(self, word: str) -> bool:
        """False for a run of transliteration characters that the dictionary knows as a common word (基金, 安全)."""
        tagged = self.tagger.tag_text(word)
        return not (len(tagged) == 1 and tagged[0][1] in _COMMON_WORD_TAGS) and word not in self.lexicon.not_names

    def _transliterated_tail(self, doc: Doc, cand: _Found, stops: frozenset[int]) -> None:
        """Complete a transliterated name that jieba cut short (谢尔久 → 谢尔久科夫) when it reaches a boundary."""
        norm, translit = doc.norm, self.lexicon.translit
        if self._ends_name(norm, cand.end, stops) or not all(c in translit for c in norm[cand.start : cand.end]):
            return
        end = cand.end
        while end < len(norm) and end - cand.start < _TRANSLIT_MAX and norm[end] in translit:
            end += 1
            if self._ends_name(norm, end, stops):
                cand.end = end
                return

    def _dotted_name_end(self, doc: Doc, start: int, stops: frozenset[int]) -> int | None:
        """The end of a name in two parts joined by a middle dot starting at ``start`` (夷将·拔路儿, 阿沛·阿旺晋美),
        the first part of two to four Han characters, the second of two to five ending where a name may end (the
        shortest such), or None.
        """
        norm = doc.norm
        dotted = _DOTTED_HEAD.match(norm, start)
        if dotted is None:
            return None
        for end in range(dotted.end() + 2, min(dotted.end() + _DOTTED_PART, len(norm)) + 1):
            if not _is_han(norm[end - 1]):
                return None
            if self._ends_name(norm, end, stops):
                return end
        return None

    def _across_dots(self, doc: Doc, cand: _Found, stops: frozenset[int]) -> None:
        """Stretch a transliterated name over its middle dots: 比尔·盖茨, 艾尔肯·吐尼亚孜."""
        norm, translit = doc.norm, self.lexicon.translit
        while cand.end + 1 < len(norm) and norm[cand.end] == "·" and norm[cand.end + 1] in translit:
            end = cand.end + 1
            while (
                end < len(norm)
                and end - cand.end <= _TRANSLIT_MAX
                and norm[end] in translit
                and not self._ends_name(norm, end, stops)
            ):
                end += 1
            cand.end = end
        while cand.start > 1 and norm[cand.start - 1] == "·" and norm[cand.start - 2] in translit:
            start = cand.start - 2
            while start > 0 and cand.start - start <= _TRANSLIT_MAX and norm[start - 1] in translit:
                start -= 1
            cand.start = start
        # A name of a minority written in parts (阿沛·阿旺晋美, 赛福鼎·艾则孜): the parts between a mark and the
        # dot, or between the dot and a mark, belong to the name whatever their characters.
        if cand.start > 1 and norm[cand.start - 1] == "·":
            start = cand.start - 1
            while start > 0 and cand.start - 1 - start < _DOTTED_PART and _is_han(norm[start - 1]):
                start -= 1
            if cand.start - 1 - start >= 2 and (start == 0 or not _is_han(norm[start - 1])):
                cand.start = start
        if cand.end + 2 < len(norm) and norm[cand.end] == "·":
            end = cand.end + 2  # (a part holds two characters at least)
            while end < len(norm) and end - cand.end - 1 < _DOTTED_PART and not self._ends_name(norm, end, stops):
                end += 1
            if all(_is_han(c) for c in norm[cand.end + 1 : end]) and self._ends_name(norm, end, stops):
                cand.end = end

    # -- where a name ends -------------------------------------------------------------------

    def _ends_name(self, norm: str, pos: int, stops: frozenset[int] = frozenset()) -> bool:
        """True when a name may end at ``pos``: end of text, a non-Han character, a title, a following word, or a place."""
        if pos >= len(norm) or not _is_han(norm[pos]) or pos in stops:
            return True
        return self.lexicon.after_re.match(norm, pos) is not None

    def _is_name(self, doc: Doc, start: int, end: int, stops: frozenset[int] = frozenset()) -> bool:
        """True when ``[start, end)`` of ``doc.norm`` is a name by :meth:`_name_end` with a title's evidence
        (the test of names whose slot is the evidence: a list's items, a credit, a speaker)."""
        if doc.norm[start] not in self._name_starts:
            return False
        if self._name_end(doc, start, stops, titled=True) == end:
            return True
        # 请付|凌晖|先生: the tokenizer glued a word of request or a preposition to the surname
        return doc.norm[start - 1 : start] in _GLUED_OPENERS and self._name_end(doc, start, stops, titled=True, glued=True) == end

    def _name_end(
        self,
        doc: Doc,
        start: int,
        stops: frozenset[int] = frozenset(),
        *,
        titled: bool = False,
        after_title: bool = False,
        glued: bool = False,
    ) -> int | None:
        """The end of a personal name starting at ``start`` (norm offset), or None when there is none.

        ``titled``: a title stands next to the name (its evidence admits a name the tagger misreads);
        ``after_title``: the title stands before it (副主任农融: a word of two characters the
        dictionary lacks is a name there, where before a title it is mostly an organ's short name, 房协);
        ``glued``: the name may start inside a token, the title before it glued to its surname (部|长孙|政才).
        """
        norm, lex = doc.norm, self.lexicon
        if start < 0 or start + 2 > len(norm) or norm[start] not in self._name_starts:
            return None
        offsets = doc.normalized.offsets
        for length in (4, 3, 2):  # a well-known name needs no surname rule (习 and 普 are not in the list)
            end = start + length  # (a slice past the end is shorter: 习近平 closing a text is not 4 long)
            if end <= len(norm) and norm[start:end] in lex.known and (
                self._ends_name(norm, end, stops)
                # a name of three or more that the tokenizer ends there (主席 习近平|尊敬的)
                or (length > 2 and ends_token(doc.tokens, end if offsets is None else offsets[end]))
            ):
                return end
        if norm[start] == "任" and norm[start - 1 : start] in _BEFORE_VERB_REN:
            return None  # 原任天津市长, 现任…: the verb, no surname
        if norm[start : start + 2] in lex.compound_surnames:
            surname = 2
        elif norm[start] in lex.surnames:
            surname = 1
        else:
            return None
        if not glued and not starts_token(doc.tokens, start if offsets is None else offsets[start]):
            return None
        if norm.startswith("某", start + surname):  # 王某, 王某某: a name withheld, still a person
            return start + surname + (2 if norm.startswith("某某", start + surname) else 1)
        if after_title and surname == 1 and self._married_name(doc, start):
            return start + 4  # 行政長官夫人|李林麗嬋、: a husband's surname before her own, then her given name
        if after_title and surname == 1:
            # After a title, a token of three the segmenter cut out whole and the dictionary lacks is a name
            # where one may end after it, whatever the tagger makes of a window around it (王向明|和: 王向|明和学).
            token = token_at(doc.tokens, start if offsets is None else offsets[start])
            end = start + 3
            if (
                token is not None
                and len(token.norm) == 3
                and all(map(_is_han, token.norm))
                and norm[end - 1] not in _NEVER_LAST_OF_NAME
                and norm[end - 1] != "任"  # (尹弘任|江西省委书记: the verb, read below)
                and token.norm not in lex.not_names
                and self.tagger.tag_word(token.norm, whole=True) is None
                and self._ends_name(norm, end, stops)
                and not lex.title_re.match(norm, start + 1)
            ):
                return end
            # ... and one of three cut as two and one (毛任|建|出席) where a word that follows names opens after it.
            if (
                token is not None
                and len(token.norm) == 2
                and _is_han(norm[start + 2 : end])
                and norm[start + 2] not in _NEVER_LAST_OF_NAME
                and norm[start + 2] not in _NOT_THIRD_OF_CUT
                and token.norm[0] != token.norm[1]  # (谢谢|肖秘书长: a word, then a surname before its title)
                and not (norm[start + 2] in lex.surnames and lex.title_re.match(norm, end))
                and self.tagger.tag_word(token.norm, whole=True) in _CUT_NAME_TAGS  # (关于|党: a word, no surname)
                and ends_token(doc.tokens, (end if offsets is None else offsets[end]))
                and lex.after_re.match(norm, end) is not None
                and norm[start:end] not in lex.not_names
                and self.tagger.tag_word(norm[start:end], whole=True) is None
                and not lex.title_re.match(norm, start + 1)
            ):
                return end
            # ... and one cut as one and two (县长饶|庆铃|率, 主委曾|智勇|也, 科长钟|明达|出席), whatever the tagger
            # makes of the surname alone (a verb, an adverb), where its two are no function word and a name may end.
            if token is not None and len(token.norm) == 1 and self._surname_and_given(doc, start, end, stops):
                return end
        window = norm[start : start + surname + 4]
        tagged = self.tagger.tag_text(window)
        word, tag = tagged[0]
        if titled and len(word) > surname + 2:
            # The window cut a title after the name, and the tagger joined what it kept of it to the
            # name (侯云春副主|任 read as one word): the name is read alone, up to the title.
            cut = next((k for k in (surname + 2, surname + 1) if lex.title_re.match(norm, start + k)), None)
            if cut is not None:
                tagged = self.tagger.tag_text(norm[start : start + cut])
                word, tag = tagged[0]
        if len(word) > surname:  # the surname is the start of a longer token
            if titled and len(word) >= surname + 3 and (
                word[surname + 2] in _GLUED_AFTER_THREE
                # (作 and 家 only after what the tagger reads as a name: 王晓晖作|讲话, 马培贤家, not 管理工作)
                or (word[surname + 2] in "作家" and self.tagger.tag_text(word[: surname + 2])[0] == (word[: surname + 2], "nr"))
            ):
                # 校长张仲灿为|党员, 常委谭耀宗则|表示 (the window cut 则表): a word glued to a three-character name
                word = word[: surname + 2]
            # After a title, a three-character word the dictionary lacks is a name whatever tag it is
            # guessed (秘书长陈奕君, tagged i), and so is a word of a rare character the tagger cannot read
            # at all (记者 姚奕, tagged x).
            # ... and so is a name the tagger cut after its second character, its third a given name's
            # character ending the name (中纪委委员申维|辰|涉嫌).
            split = (
                titled
                and len(word) == surname + 1
                and tag not in _NOT_GIVEN_TAGS  # (关于|党: a preposition, no name)
                and len(tagged) > 1
                and len(tagged[1][0]) == 1
                and tagged[1][1] in _GIVEN_NAME_CHAR_TAGS
                and (
                    self._ends_name(norm, start + surname + 2, stops)
                    # (or the character is a token of its own: 副主任吴国|良|最后)
                    or on_token_bounds(doc.tokens, *doc.normalized.to_original(start + surname + 1, start + surname + 2))
                )
            )
            # (… and, after the title, a word of two characters the dictionary lacks where a name may
            # end after it: 副主任农融, tagged n.)
            if (
                tag not in _NAME_TAGS
                and not split
                and not (titled and tag == "x")
                # (a three-character word the tagger reads as a place that no PLACE holds: 组长梁建国)
                and not (after_title and tag == "ns" and len(word) == surname + 2 and start not in stops)
                and not (
                    titled
                    and (len(word) == surname + 2 or (after_title and len(word) == surname + 1))
                    and self.tagger.tag_word(word, whole=True) is None
                    and (len(word) == surname + 2 or self._ends_name(norm, start + len(word), stops))
                )
            ):
                return None  # 关于党, 战略: words, not names
            if len(word) > surname + 2 or not _is_han(word[-1]):
                return None
            end = start + len(word)
            if norm[start:end] in lex.not_names or lex.title_re.match(norm, start + surname) or self._collective(norm[start:end]):
                return None
            if split and (tag not in _NAME_TAGS or not self._ends_name(norm, end, stops)):
                # 申维|辰, 吴国|良: the given name's last character, cut off (or a name the tagger read
                # whole where none may end: 副司长周望|军|公开表示)
                return end + 1
            if len(word) == surname + 1 and word[-1] in _HONORIFICS:
                return None  # 殷总: a form of address
            if len(word) == surname + 2 and (
                norm[end - 1] in _GLUED_AFTER
                or (norm[end - 1] in lex.surnames and norm[end : end + 1] in _HONORIFICS)
                or (norm[end - 1] == "任" and end in stops)  # 尹弘任|江西省委书记: the verb, a place after it
                # (… or the post: 陈武任|代理主席, 郝鹏任|代省长)
                or (norm[end - 1] == "任" and (norm.startswith(_ACTING, end) or lex.title_re.match(norm, end) is not None))
            ):
                return end - 1  # 阮洋摄 → 阮洋; 王诚王总 → 王诚 (then 王总, a form of address)
            # jieba sometimes stops a name one character early (易炼 / 红主持): extend when only that fits.
            if (
                len(word) == surname + 1
                and not self._ends_name(norm, end, stops)
                and _is_han(norm[end])
                and norm[end] not in _NEVER_LAST_OF_NAME  # (诗人李白|所说, 何挺|因为: the next word's first)
                and not (len(tagged) > 1 and tagged[1][1] == "k")  # 帅才|型科学家: a suffix (型) ends no name
                and (
                    self._ends_name(norm, end + 1, stops)
                    # (after a title, a character the tokenizer leaves alone: 网格长徐道|修|听闻)
                    or (titled and len(tagged) > 2 and len(tagged[1][0]) == 1 and tagged[1][1] not in _NOT_GIVEN_TAGS and len(tagged[2][0]) > 1)
                )
                and not self._collective(norm[start : end + 1])
            ):
                end += 1
            return end
        # A surname the tagger reads as an adverb (曾) is one before a title only: 标兵曾蛟同志.
        adverb = titled and tag == "d" and len(tagged) > 1 and not tagged[1][1].startswith(("v", "a"))
        # ... or as a measure word (张), a pronoun (何) or a numeral (左), which a title before it makes a
        # surname when a name-like word follows: 县委常委张|成群, 副主席何|卫东, 总经理左|创宏.
        # ... or as a verb (祝, 戴, 管) before what the tagger itself reads as a given name: 副主任祝|卫东.
        misread = titled and (
            tag == "q"
            or (tag in ("r", "m") and len(tagged) > 1 and tagged[1][1] in _GIVEN_NAME_TAGS)
            # ... or as a numeral where it is none (许: 副书记许|莺燕) before a given name of two
            or (
                tag == "m"
                and norm[start] not in _NUMERAL_CHARS
                and len(tagged) > 1
                and len(tagged[1][0]) == 2
                and all(map(_is_han, tagged[1][0]))
            )
            or (tag in ("v", "vn") and len(tagged) > 1 and len(tagged[1][0]) == 2 and tagged[1][1] in _NAME_TAGS)
            # ... or as a preposition (于, 向) before what it reads as a given name where a name may end:
            # 副县长于|洪涛 (not 县长于|会上, nor 副局长向|马赛|洛公使).
            or (
                tag == "p"
                and after_title  # (向|雷锋|同志: the preposition before a name its title follows)
                and len(tagged) > 1
                and len(tagged[1][0]) == 2
                and tagged[1][1] in _NAME_TAGS
                and self._ends_name(norm, start + surname + 2, stops)
            )
            # ... or as a verb or a pronoun (戴, 何) before a word of two a list's mark closes, right after a
            # title (司长戴|建业|、, 关长何|浩瀚|，), or, read as a pronoun, a title right after it (何|启明|议员:).
            or (
                tag in ("v", "r")
                and len(tagged) > 2
                and len(tagged[1][0]) == 2
                and all(map(_is_han, tagged[1][0]))
                and (
                    (after_title and tagged[2][0][:1] in _LIST_ENDS)
                    # (a pronoun only, before no organ or place: 应|出席|委员 and 任|省委|副书记 are verbs before a title)
                    or (tag == "r" and tagged[1][1] not in ("nt", "ns", "j") and lex.title_re.match(norm, start + surname + 2) is not None)
                )
            )
        )
        if (tag in _NOT_SURNAME_TAGS and not adverb and not misread) or len(tagged) < 2:
            return None
        end = self._name_end_after_surname(doc, start, surname, tagged, stops, titled=titled)
        if adverb and end is not None and not lex.title_re.match(norm, end):
            return None
        return end

    def _surname_and_given(self, doc: Doc, start: int, end: int, stops: frozenset[int]) -> bool:
        """True when a surname the tokenizer cut alone at ``start`` and a token of two after it, up to
        ``end``, read as a name right after a title: the two no function word, verb or number, the three
        no word of the dictionary, and a name may end after them.

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("县长饶庆铃率团队出席")
            >>> build(Resources())._surname_and_given(doc, 2, 5, frozenset())
            True
        """
        norm, lex = doc.norm, self.lexicon
        given = norm[start + 1 : end]
        if len(given) != 2 or not all(map(_is_han, given)) or given[-1] in _NEVER_LAST_OF_NAME:
            return False
        offsets = doc.normalized.offsets
        a, b = (start + 1, end) if offsets is None else (offsets[start + 1], offsets[end])
        if not on_token_bounds(doc.tokens, a, b):
            return False
        given_tag = self.tagger.tag_word(given, whole=True)
        if given_tag == "n" and self.tagger.tag_word(norm[start], whole=True) in _FUNCTION_TAGS:
            return False  # 书记向|全省: a preposition before a noun, no surname before a given name
        return (
            given_tag in _GIVEN_AFTER_CUT_SURNAME_TAGS
            and self.tagger.tag_word(norm[start:end], whole=True) is None
            and norm[start:end] not in lex.not_names
            and not lex.title_re.match(norm, start + 1)
            and self._ends_name(norm, end, stops)
        )

    def _collective(self, word: str) -> bool:
        """True when ``word`` of three is a common word of two and a collective's suffix (顾问|团, 商会|党), no name.

        A given name may end in such a character (王建党): its first two characters are no word.
        """
        return len(word) == 3 and word[2] in _COLLECTIVE_LAST and self.tagger.tag_word(word[:2], whole=True) is not None

    def _name_end_after_surname(
        self, doc: Doc, start: int, surname: int, tagged: list, stops: frozenset[int], *, titled: bool = False
    ) -> int | None:
        """The end of a name whose surname (``surname`` characters at ``start``) the tagger read alone.

        ``titled``: a title stands before the name, so a given name of two characters
        that the tokenizer ends is one whatever follows (主任陈|长平|违规, 给予张|正文|撤销).
        """
        norm, lex = doc.norm, self.lexicon
        window = norm[start : start + surname + 4]
        given, given_tag = tagged[1]
        # A two-character given name the dictionary holds as a time word, after a title (副组长梁|晋周):
        # a name when no character of it tells a time (主任王|今天 is no name).
        # A doubled character of a season is a given name too (书记姜|冬冬).
        timeless = (
            titled
            and given_tag == "t"
            and len(given) == 2
            and (not any(c in _TIME_CHARS for c in given) or (given[0] == given[1] and given[0] in _SEASONS))
        )
        # ... and one it reads as an adverb, a title right after it: 卞|立新|特派员.
        titled_after = titled and given_tag == "d" and len(given) == 2 and lex.title_re.match(norm, start + surname + 2) is not None
        if (
            (given_tag in _NOT_GIVEN_TAGS and not timeless and not titled_after)
            or not all(map(_is_han, given))
            or window[: surname + len(given)] in lex.not_names
        ):
            return None
        if given[0] in _HONORIFICS or lex.title_re.match(norm, start + surname):
            return None  # 殷总, 王老, 章院长, 陈女士: a surname with a form of address, not a full name
        # The given name is one or two characters: take the length after which a name may end.
        one, two = start + surname + 1, start + surname + 2
        two_ok = two <= len(norm) and _is_han(norm[two - 1])
        if len(given) == 2 and (given_tag[0] == "v" or given[1] == "等") and given[1] in _GLUED_AFTER and self._ends_name(norm, one, stops):
            return one  # 李|明说: the verb the tagger made of the given name and 说 (王|平等同志: 等 closes a list)
        if two_ok and len(given) >= 2 and self._ends_name(norm, two, stops):
            return two
        if self._ends_name(norm, one, stops):
            return one
        if two_ok and self._ends_name(norm, two, stops):
            return two
        if titled and two_ok and len(given) == 2 and given_tag in _GIVEN_NAME_TAGS:
            offsets = doc.normalized.offsets
            if ends_token(doc.tokens, two if offsets is None else offsets[two]):
                return two
        return None


def _titled_post(norm: str, pos: int, titles: Mapping[str, str]) -> bool:
    """True when a post ending with a title and its closing bracket open at ``pos`` (外交部长）).

    Example:
        >>> _titled_post("外交部长）、", 0, {"部长": "both"}), _titled_post("二〇二一）", 0, {"部长": "both"})
        (True, False)
    """
    close = _POST_IN_BRACKETS.match(norm, pos)
    return close is not None and any(close.group(1)[-n:] in titles for n in (2, 3, 4))


def _caption_credits(norm: str) -> list[tuple[int, int]]:
    """A photographer's name closing a caption, after its sentence and before 摄 and the caption's end
    (会见新加坡荣誉国务资政吴作栋。宗禾摄/, …开幕。 贺俊怡 摄), or spaced on both sides after a caption with no
    mark (…到五凤村调研 翟宇佳 摄影/): the name's offsets, two or three characters tried.

    Example:
        >>> _caption_credits("会见吴作栋。宗禾摄/省委书记")
        [(6, 8)]
    """
    out = []
    for at in find_all(norm, "摄"):
        word = 2 if norm.startswith("影", at + 1) else 1  # (摄影)
        if norm[at + word : at + word + 1] not in ("/", "\n", ""):
            continue
        spaced = norm[at - 1 : at] in (" ", "\u3000")
        end = at - 1 if spaced else at  # (…开幕。 贺俊怡 摄: spaced from the sentence and 摄)
        for n in (3, 2):
            a = end - n
            opened = a - 1 if norm[a - 1 : a] in (" ", "\u3000") else a
            if opened > 0 and all(map(_is_han, norm[a:end])) and (
                norm[opened - 1] in "。！？\n"
                or (spaced and opened < a and _is_han(norm[opened - 1]))  # (…五凤村调研 翟宇佳 摄影: spaced on both sides)
            ):
                out.append((a, end))
                break
    return out


def _appointed_at(norm: str) -> list[int]:
    """Where a verb of ``_APPOINTED`` starts in ``norm``, in text order.

    Example:
        >>> _appointed_at("王宪魁辞去省长职务，陆昊任代理省长，朱勇提出辞去")
        [3, 12, 13, 20]
        >>> _appointed_at("俞仲达因任职年龄到限辞去职务")
        [3, 10]
    """
    out = []
    for word, verbs in _APPOINTED.items():
        for at in find_all(norm, word):
            if word == "任" and norm[at + 1 : at + 2] not in _AFTER_REN and norm[at - 1 : at] != "担":
                continue  # (责任, 任务: most 任 open no verb of the list; one look rules them out)
            for verb, offset in verbs:
                if norm.startswith(verb, at - offset):
                    out.append(at - offset)
                    break
            if word == "辞去":  # 俞仲达因任职年龄到限辞去…: the reason between the name and the verb
                because = norm.rfind("因", max(0, at - _REASON_REACH), at)
                if because >= 0 and _REASON_BREAK.search(norm, because, at) is None:
                    out.append(because)
    return sorted(set(out))


def _profiles(norm: str) -> Iterator[re.Match[str]]:
    """The matches of ``_PROFILE``, each tried before the mark and the sex it holds (a scan of the text with the
    pattern would try every offset), where no Han character precedes the name.

    Example:
        >>> [m.group(1) for m in _profiles("2.1 陈敬就：破格提拔\\n陈敬就，男，1974年5月出生")]
        ['陈敬就']
    """
    for mark in ("，男", "，女", ",男", ",女"):
        for at in find_all(norm, mark):
            for n in (3, 2):
                if at >= n and (at == n or not _is_han(norm[at - n - 1])):
                    m = _PROFILE.match(norm, at - n)
                    if m is not None:
                        yield m
                        break


def _lifespans(norm: str) -> Iterator[re.Match[str]]:
    """The matches of ``_LIFESPAN``, each tried before a bracket that opens a year (a scan of the text with
    the pattern would try every offset).

    Example:
        >>> [m.group(1) for m in _lifespans("刘英(1906—1942)，原名声沐")]
        ['刘英']
    """
    for bracket in "(（":
        for at in find_all(norm, bracket):
            if norm[at + 1 : at + 2] in ("1", "2"):
                m = next((m for n in (3, 2) if (m := _LIFESPAN.match(norm, max(0, at - n))) is not None), None)
                if m is not None:
                    yield m


def _on_starts(starts: list[int], size: int, a: int, b: int) -> bool:
    """True when tokens start at original offsets ``a`` and ``b`` (``b`` may be the end of the text)."""
    i = bisect_left(starts, a)
    if i == len(starts) or starts[i] != a:
        return False
    if b == size:
        return True
    j = bisect_left(starts, b, i)
    return j < len(starts) and starts[j] == b


def _is_han(ch: str) -> bool:
    """True for a Han character of the basic blocks (the characters of a name).

    Example:
        >>> _is_han("阿"), _is_han("·")
        (True, False)
    """
    return "\u3400" <= ch <= "\u9fff"


def _lines(norm: str) -> Iterator[tuple[int, int]]:
    """The start and end of each line of ``norm`` (the rules that read a line's start, not every offset).

    Example:
        >>> list(_lines("红色服务\\n徐凌燕 叶诗蕾\\n"))
        [(0, 4), (5, 12)]
    """
    at, size = 0, len(norm)
    while at < size:
        newline = norm.find("\n", at)
        end = size if newline < 0 else newline
        yield at, end
        at = end + 1


def _surface(doc: Doc, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    offsets = doc.normalized.offsets
    a, b = span if offsets is None else (offsets[span[0]], offsets[span[1]])
    return doc.text[a:b]


def build(resources: Resources) -> PersonExtractor:
    """Build the PERSON extractor (its part-of-speech tagger is shared through ``resources``).

    Example:
        >>> from textmine import Pipeline
        >>> doc = Pipeline.from_config().analyze("本刊記者/徐曉鳳")
        >>> [(s.text, s.attrs["title"], s.attrs["role"]) for s in build(Resources())(doc, ())]
        [('徐曉鳳', '記者', 'byline')]
    """
    return PersonExtractor(
        resources.get("persons.lexicon", load_person_lexicon),
        build_tagger(resources),
        resources.get("token.vocabulary", TokenVocabulary),
    )
