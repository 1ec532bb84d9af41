"""Directives from a notice's conclusions: who must do what, with whom, by when.

A task is a numbered or lettered point, a bullet, a paragraph that opens with a unit and a verb ("Công an tỉnh
chỉ đạo ..."), or a row of a task table (rendered by ingest/tables.py as an item with "Đơn vị chủ trì:",
"Đơn vị phối hợp:", "Thời hạn:" lines, as plans write them in running text). Its assignees are, in order:
the units in the labelled lines; the units the clause opens with ("Sở A và Sở B phối hợp ...", "UBND tỉnh giao
Sở Tài chính chủ trì ...", "Giao Sở Xây dựng, Sở Giao thông vận tải ..."); the unit a heading line addresses
("Sở Y tế:", "1. Sở Công Thương", "2. Đối với Sở KH&CN ..."); the unit the whole notice addresses. Every
deadline of the task is kept: `due` is the earliest, `due_text` all of them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from ingest.deadlines import find_deadlines, occasions
from ingest.records import Chunk, Directive, Notice
from ingest.sections import marker
from ingest.units import ADDRESS_FORMS, HEADS, TASK_VERBS, TITLES, find_units, unit_key
from ingest.vn import UPPER, fold

# Document types that assign work (news articles and web pages report speeches: they assign nothing).
# A resolution (Nghị quyết) asks units to act in its articles, a decision (Quyết định) in its appendix, minutes
# (Biên bản) in the chair's conclusions.
ASSIGNING = ("THÔNG BÁO", "KẾT LUẬN", "CÔNG VĂN", "KẾ HOẠCH", "CHỈ THỊ", "CÔNG ĐIỆN", "CHƯƠNG TRÌNH",
             "HƯỚNG DẪN", "NGHỊ QUYẾT", "QUYẾT ĐỊNH", "BIÊN BẢN")
_VERBS = "|".join(sorted((re.escape(fold(v)) for v in TASK_VERBS), key=len, reverse=True))
_ACTION = re.compile(r"^(?:" + _VERBS + r")\b")  # an imperative opening (folded)
# What may stand between the units a clause opens with and its verb: a parenthesis, "theo chức năng, nhiệm vụ
# được giao,", a modal ("cần", "phải", the passive "được giao"), or a manner word ("khẩn trương", "nghiêm túc").
# "theo chức năng, nhiệm vụ (được giao)" between joint subjects and their verb has a comma inside and often none after.
_DUTIES = (r"theo\s+(?:chuc nang(?:,?\s*(?:va\s+)?nhiem vu)?|tham quyen|nhiem vu)(?:\s+(?:duoc giao|cua minh|"
           r"phu trach|cua tung (?:co quan|don vi|nganh)))?\s*,?\s*")
# "Sở KH&CN là cơ quan thường trực, chủ trì theo dõi ...": the unit's standing role, then its task.
_ROLE = r"la (?:co quan|don vi) (?:thuong truc|dau moi|chu tri)\s*,\s*"
_AFTER_SUBJECT = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:[,\-–]\s*)?(?:" + _DUTIES + r"|" + _ROLE + r"|theo\s[^.;:]{0,70}?,\s*)?"
                            r"(?:(?:can|phai|khan truong|duoc giao(?:\s+nhiem vu)?|"
                            r"kip thoi|nghiem tuc|chu dong|tiep tuc|tich cuc|khan cap|som|ngay|thuong xuyen|dinh ky)\s+)*(?:(?:" + _VERBS + r")\b|:)")
# What follows a unit in a sentence that reports rather than assigns ("Sở Y tế đã ...", "được đánh giá").
_REPORTS = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:da|dang|duoc(?!\s+giao\b)|se|co ban|buoc dau|bao cao (?:tinh hinh|ket qua|ve)|chiu trach nhiem thi hanh|"
                      r"trinh bay|cho biet|neu|chiu trach nhiem truoc)\b")
# "... nghiêm túc triển khai thực hiện Chỉ thị này": an exhortation to carry out the document, not a task.
_EXHORTS = re.compile(r"^[\W\s]*(?:(?:nghiem tuc|khan truong|to chuc|trien khai|thuc hien|quan triet|chap hanh|nghiem|"
                      r"kip thoi|dong bo|quyet liet|hieu qua|co hieu qua|tot)\W*\s*)+(?:cac noi dung cua\s+)?"
                      r"(?:chi thi|thong bao|ket luan|cong dien|ke hoach|van ban|quyet dinh|nghi quyet)\s+nay\b"
                      r"|^\W*(?:can cu (?:noi dung )?(?:chi thi|thong bao|ket luan|van ban) nay\W*\s*)?"
                      r"(?:(?:nghiem tuc|quyet liet|khan truong|quan tam)\W*\s*)+(?:(?:quan triet|trien khai|thuc hien|to chuc)"
                      r"\W*\s*)+(?:\./\.)?\W*(?:$|(?<=;)\s*(?:trong\s+)?qua trinh (?:thuc hien|trien khai)\b|(?<=,)\s*chiu trach nhiem truoc\b)")
_LEADERS = "|".join(sorted(TITLES, key=len, reverse=True))
_TOPIC = r"(?:Về|Đối với|Để|Nhằm)\s[^,;:.]{2,100},\s+"  # a topic or a purpose first: "Về hạ tầng, ", "Để khắc phục ..., "
# The leader who speaks, before what is asked of whom: "(Về ..., )đồng chí Chủ tịch (UBND tỉnh) yêu cầu: ..."
_SPEAKER = re.compile(rf"^(?:{_TOPIC})?(?:[Đđ]ồng chí\s+)?(?:Phó\s+)?(?i:" + _LEADERS +
                      r")(?:\s+[^\s,;:]+){0,4}?\s+(?P<verb>yêu cầu|đề nghị|giao(?!\s+(?:thông|ban|dịch|lưu|nhận|tiếp))|kiến nghị)\s*:?\s+")
_EVERYONE = re.compile(r"(?i:(?:" + _LEADERS + r")(?:\s+[^\s,;:]+){0,2}?\s+)?(?i:các)\s+"
                       r"(?i:đơn vị|phòng|cơ quan|sở|ban|ngành|khoa|bộ phận)\b")
# "Giám đốc Sở sẽ trực tiếp kiểm tra ...": the leader's own undertaking, as a ministry's promise is, assigns nothing
_LEADER_WILL = re.compile(r"^(?:(?:Đồng chí|Phó)\s+)?(?:" + _LEADERS + r")\b[^,.;:]{0,50}?\s+sẽ\s", re.IGNORECASE)
_ADDRESSES = re.compile(r"\b(?:điện|gửi|kính gửi)\s*:?\s*$", re.I)  # "CHỦ TỊCH UBND TỈNH ... điện:" lists addressees
# Sections that assess ("I. Đánh giá chung", "1. Kết quả đạt được"), not a group of tasks ("4. Giám sát, đánh giá").
_ASSESS = re.compile(r"^\W*(?:[ivxlc]+|\d+)?\W*(?:ve\s+)?(?:danh gia|ket qua|tinh hinh thuc hien|ghi nhan|bieu duong)\b"
                     r"|\bket qua dat duoc\b")
# Praise, and the "... thông báo để ... biết, thực hiện" formula, assign nothing.
# (the formula tells to inform "để ... biết"; "thông báo cho chủ tàu ... biết vị trí bão" is a task)
# So is the closing "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị ... phản ánh / liên hệ ...".
_NOT_TASK = re.compile(r"^(?:ghi nhan|bieu duong|danh gia cao|tren day|thong bao (?:so|ket luan)\b|.*\bthong bao\b.*\bde\b.*\bbiet\b|"
                       r"(?:trong\s+)?(?:qua trinh (?:thuc hien|trien khai)\W*\s*)?(?:neu|truong hop|khi)\s+co\s+"
                       r"(?:kho khan|vuong mac|phat sinh))")
_GIVING = r"(?:[Gg]iao(?:\s+cho)?|[Đđ]ề nghị|[Yy]êu cầu|[Kk]iến nghị)"
_GIVEN = re.compile(rf"^\W{{0,3}}{_GIVING}\s+(?:các\s+|(?i:{ADDRESS_FORMS})\s+)?$")
# A group's "có ..." clause may hold a verb of its own; a manner word then opens what the group must do, or a
# parenthesis names its members ("các đơn vị có chương trình đào tạo đến kỳ đánh giá ngoài (Khoa ...) hoàn thiện").
_RAW_VERBS = "|".join(sorted(map(re.escape, TASK_VERBS), key=len, reverse=True))
_RELATIVE = re.compile(r"^((?:\s+[^\s,.;:()]+){1,5}?)(?=\s+(?:tập trung|khẩn trương|chủ động|tiếp tục|nghiêm túc|kịp thời|"
                       r"tích cực|quyết liệt)\s)|^((?:\s+[^\s,.;:()]+){1,10}?)(?=\s*\([^)]*\)\s+\S)|"
                       # "UBND các xã, phường có vận động viên tham dự Đại hội | tạo điều kiện ...": up to its verb
                       r"^(?!\s+(?:" + _RAW_VERBS + r")\s)((?:\s+[^\s,.;:()]+){1,8}?)(?=\s+(?:" + _RAW_VERBS + r")\s)")
# "Chỉ đạo Phòng X phối hợp ...": under a unit's heading, that unit directs Phòng X (Phòng X is no assignee); with no
# unit above it, the issuer does, and Phòng X is the assignee.
_STEERS = re.compile(r"^\W{0,3}[Cc]hỉ đạo\s+(?=(?:các\s+)?[A-ZĐÀ-Ỹ])")
_REQUIRES = re.compile(r"^\W{0,3}[Yy]êu cầu\s")  # under a unit's heading, that unit requires it of others
_CONNECTIVE = re.compile(r"^(?:[Đđ]ồng thời|[Nn]goài ra|[Bb]ên cạnh đó|[Mm]ặt khác|[Tt]rong quá trình (?:thực hiện|triển khai))\s*,\s+"
                         rf"|^{_TOPIC}(?=(?:các\s+)?[{UPPER}])")  # "Về hạ tầng, Sở Xây dựng ..."
_TIME_FIRST = re.compile(r"^(?:Trong|Từ|Đến|Trước|Chậm nhất|Sau|Ngay|Định kỳ|Vào|Hằng|Hàng|Mỗi)\b[^,;.]{3,70},\s+")
_HANDS_ON = re.compile(r"^\s*(?:giao|de nghi|yeu cau|kien nghi)\s*:?\s+(?:cho\s+)?$")  # "UBND tỉnh giao Sở Tài chính ...", "Đảng ủy giao: Văn phòng ..."
_JOINED = re.compile(r"^\s*(?:\([A-ZĐ]{1,4}\d{1,3}\)\s*)?(?:,\s*(?:và\s+)?|\s+và\s+|\s+cùng\s+|(?<=\))\s*và\s+)$")
_COORD = re.compile(r"[Pp]hối hợp(?: chặt chẽ| đồng bộ)?(?: có hiệu quả)?(?P<with> với| cùng)?\s+([^.;]+)")
_ELIDED = re.compile(r"\b(?:(?P<owner>UBND|Ủy ban nhân dân|HĐND|Đảng ủy|Chi bộ|Công an|Trạm Y tế|Hội [A-ZĐ]{2,6}|[A-ZĐ]{2,6})\s+)?[Cc]ác\s+(?P<head>[\wĐđÀ-ỹ]+(?:,?\s+[\wĐđÀ-ỹ]+){0,5}?)"
                     r"\s*:\s*(?P<items>[^;.()]+)")
_LEVEL_WORD = r"(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường)\s"
_ADDRESS = re.compile(r"(?:yêu cầu|đề nghị|kiến nghị|giao)\s+((?:các\s+)?(?:" + "|".join(HEADS) + r")\b[^.:;]*)", re.I)
# Labelled lines of a task: a table row as rendered, or a plan's "- Đơn vị thực hiện: ..." (folded label).
# A unit or deadline column named by what it asks ("Cơ quan chuẩn bị", "Thời hạn gửi hồ sơ") is labelled as well, and
# so is one that names people beside units ("Đơn vị, người thực hiện", "Cá nhân thực hiện").
_FIELD = re.compile(r"^[-–•+*]?\s*(?P<label>(?:(?:don vi|co quan|bo phan|nguoi|ca nhan)"
                    r"(?:\s*[,/]\s*(?:nguoi|ca nhan|don vi))?)?\s*(?:chu tri|thuc hien|phoi hop|dau moi)|don vi|"
                    r"(?:don vi|co quan) (?:chuan bi|soan thao|trinh|tham muu|de xuat)|"
                    r"trach nhiem(?: thuc hien)?|thoi han(?: \w+){0,3}|thoi gian(?: thuc hien| hoan thanh)?|"
                    r"tien do(?: thuc hien)?|(?:ngay |han )?hoan thanh|han xu ly|moc (?:hoan thanh|tien do|thoi gian))"
                    r"\s*:\s*(?P<value>\S.*)$")
_LABELLED = re.compile(r"[^:]{1,40}:")  # "Địa điểm: ...", "Nội dung nhiệm vụ:": a label, whatever its value
_LEVELS = ("huyen", "thi xa", "thanh pho", "xa", "phuong", "thi tran", "quan", "tinh", "ap", "thon", "ban", "khom",
           "buon")


def task_field(line: str) -> tuple[str, str] | None:
    """("lead" | "coordinators" | "due", value) of a labelled line, or None."""
    m = _FIELD.match(fold(line.strip()))
    if not m:
        return None
    label = m.group("label")
    value = line.strip()[m.start("value"):].strip()
    if "phoi hop" in label:
        return "coordinators", value
    if label.startswith(("thoi", "tien do", "han", "moc", "hoan", "ngay")):
        return "due", value
    return "lead", value


# The sentences of an opening paragraph that list who attended ("Tham dự có ...; Trưởng các phòng ...") or whose
# proposal a decision follows ("Theo đề nghị của Trưởng phòng ...").
_ATTENDANCE = re.compile(r"(?:^|(?<=[.\n]))\s*(?:Tham dự|Cùng dự|Dự (?:họp|hội nghị|cuộc họp|phiên họp|buổi \w+)|Thành phần|"
                         r"Có mặt|Theo đề nghị của)\b[^.\n]*\.?", re.I)
_QUALIFIED = re.compile(r"\bcác\b.*\s(?:có|nơi có)(?:\s|$)", re.IGNORECASE)


_PARTY = re.compile(r"(?:Bên|BÊN)\s+([A-D])\b")
_BOTH = re.compile(r"^(?:Hai|Các|Cả hai)\s+bên\b(?!\s+(?:liên quan|có))")  # "Hai bên phối hợp ...": each party


def _parties(text: str) -> dict[str, str]:
    """A biên bản's parties by their letters: "Bên A: Công ty X", "Bên B (UBND xã Y)", "Ban QLDA tỉnh (Bên A)"."""
    out: dict[str, str] = {}
    if not _PARTY.search(text):
        return out
    for m in re.finditer(rf"{_PARTY.pattern}\s*[:(]\s*(?:Đại diện\s+)?([^\n;]+)", text):
        if (spans := find_units(m.group(2))) and spans[0][0] == 0:
            out.setdefault(m.group(1), m.group(2)[:spans[0][1]])
    for m in re.finditer(rf"\s*\((?:sau đây (?:gọi|viết) tắt là\s+)?{_PARTY.pattern}\)", text):
        before = text[text.rfind("\n", 0, m.start()) + 1:m.start()]  # the line up to the bracket
        spans = find_units(before)
        if spans and spans[-1][1] == len(before):
            out.setdefault(m.group(1), before[spans[-1][0]:])
    return out


def _unit_heading(label: str, addressed: bool = True) -> list[str]:
    """The units a heading addresses ("1.2. Tổng cục Tiêu chuẩn ..." / "2. Đối với Sở KH&CN ..." / "Sở Y tế:" /
    "5. Văn phòng Sở và Phòng Tin học và Thống kê:"), or []."""
    found = marker(label)
    title = (found[2] if found else label).rstrip(":").strip()
    if label.rstrip().endswith(":"):
        title = re.sub(r"^[-–•+]\s+", "", title)  # a bullet that heads the points under it: "- Phòng Kinh tế:"
    topic = title
    # "2. Về phía các tổ chức tín dụng trên địa bàn", "1. Trách nhiệm của Công ty TNHH MTV Lâm nghiệp Sơ Pai:"
    title = re.sub(r"^(?:Đối với|Về phía|(?:Trách nhiệm|Nhiệm vụ) của)\s+", "", title)
    # a biên bản's party: "Trách nhiệm của Bên A (Công ty Điện lực X):", "Ban QLDA tỉnh (Bên A):"
    title = re.sub(rf"^{_PARTY.pattern}\s*\((.+)\)$", r"\2", title)
    title = re.sub(rf"\s*\((?:sau đây (?:gọi|viết) tắt là\s+)?{_PARTY.pattern}\)$", "", title)
    if not title:
        return []
    if label.rstrip().endswith(":") and (asks := re.match(r"^(?:Kiến nghị|Yêu cầu|Đề nghị)\s+(?:đối với\s+)?", title)):
        whom = title[asks.end():]  # an inspection's "1. Kiến nghị Chủ tịch UBND thành phố:" over its points
        if (spans := find_units(whom)) and spans[0] == (0, len(whom)):
            return [whom]
    for_whom = topic != title and ":" not in title and not title.endswith(".") and len(title) <= 120
    listed = _ELIDED.search(title)  # after nothing or a title ("Chủ tịch", "Bộ trưởng": two words at most)
    if listed and listed.end() == len(title) and len(title[:listed.start()].split()) <= 2 and find_units(
            _expand_elided(title)):
        return [title]  # "5/ UBND các phường: Sầm Sơn, Quảng Tiến và xã Hải Tiến:" addresses them as one, as written
    title = _expand_elided(title)
    spans = find_units(title)
    if spans and spans[0][0] == 0:
        k = 0
        while k + 1 < len(spans) and _JOINED.match(title[spans[k][1]:spans[k + 1][0]]):
            k += 1
        rest = title[spans[k][1]:].strip()
        # a group qualified by "có" runs to the heading's end ("5. UBND các xã có đất thu hồi": no verb "thu hồi")
        qualified = k == 0 and _QUALIFIED.search(title[:spans[0][1]]) and len(rest.split()) <= 4
        if k == 0 and rest and for_whom and not find_deadlines(rest):
            return [title]  # "3. Đối với các Trung tâm thực hiện chức năng ứng dụng, ... thuộc Sở": all of it names them
        if rest and label.rstrip().endswith(":") and _AFTER_SUBJECT.match(fold(rest)) and not find_deadlines(rest):
            return [title[a:b] for a, b in spans[:k + 1]]  # "1. Chủ tịch UBND các xã ..., tập trung chỉ đạo:" over its items
        if not rest or re.fullmatch(r"\([^)]*\)", rest) or (k == 0 and len(title) <= 120 and not title.endswith(".")
                                                            and (qualified or not _AFTER_SUBJECT.match(fold(rest)))
                                                            and not find_deadlines(rest)):
            if k or not rest or rest.startswith("("):
                return [title[a:b] for a, b in spans[:k + 1]]
            return [title]
    if addressed and (m := _ADDRESS.search(title)):  # "2. Để nâng cao ..., đề nghị các Sở KH&CN tập trung ..."
        inner = find_units(m.group(1))
        if inner and inner[0][0] == 0 and label.rstrip().endswith(":") and _QUALIFIED.search(m.group(1)[:inner[0][1]]):
            return [m.group(1).strip()]  # "7. Đề nghị UBND các xã, phường có quốc lộ, đường tỉnh đi qua:"
        if inner:
            return [m.group(1)[inner[0][0]:inner[0][1]]]
    return []


def _notice_addressee(intro: str, title: str) -> str:
    """ "Giám đốc Sở yêu cầu Phòng Quản lý Khoa học ... thực hiện các nhiệm vụ" / "làm việc với Sở ..."."""
    for rx in (r"(?:yêu cầu|đề nghị)\s+(?!của\b)(?:các\s+)?", r"làm việc với\s+"):  # not "theo đề nghị của X"
        for text in (intro, title):
            for m in re.finditer(rx, text):
                spans = find_units(text[m.end():m.end() + 120])
                if spans and spans[0][0] <= 4:
                    return text[m.end() + spans[0][0]:m.end() + spans[0][1]]
    # a letter's lead-in to its numbered requests: "Sở Khoa học và Công nghệ đề nghị các đơn vị:"
    if (m := _GROUP_ASKED.search(intro)) and (spans := find_units(m.group(1))) and spans[0] == (0, len(m.group(1))):
        return m.group(1)
    return ""


_GROUP_ASKED = re.compile(r"(?i)(?:yêu cầu|đề nghị)\s+([^:.;]{3,80}?)\s*(?:thực hiện[^:]{0,40})?:\s*$")
# A deadline's lead-in that says the work is due then (not "trong tháng 9", the period a result covers)
_DUE_LEAD = re.compile(r"(?:cham nhat|muon nhat|truoc|khong qua|han|hoan thanh|xong|den het)\b")
# "Đối với <units> (...): <what they must do>"
_FOR_WHOM = re.compile(r"(?i)(?:đối với|về phía)\s+(.+?)(?:\s*\([^()]*\))?\s*$")


# A person told to act, by name and title: "Đồng chí Hồ Thị Ngọc Trâm, Phó Giám đốc Sở: chỉ đạo ...", "Giao đồng chí
# Phan Văn Lực, Phó Giám đốc Sở, theo dõi ..." (a title alone, "Đồng chí Chánh Văn phòng Sở", is a unit's head).
_PERSON = re.compile(rf"(?:{_GIVING}\s+)?(?P<who>(?i:{ADDRESS_FORMS})\s+(?P<name>(?:[^\W\d_]+\s+){{1,4}}[^\W\d_]+)"
                     r"(?:\s*,\s*(?P<title>[^,:;]{2,60}?))?)(?:\s*[,:]\s+|\s+(?=(?:trực tiếp\s+)?(?:"
                     + _RAW_VERBS + r")\b))(?P<next>[^\W\d_])")
_ADDRESSED = re.compile(rf"\W{{0,3}}(?i:{ADDRESS_FORMS})\s+")
# "Chủ tịch UBND các xã: ...", "Yêu cầu Hiệu trưởng các trường THPT: ...", "Ban Thường vụ Đảng ủy các xã: ...": the
# title (or the leadership) is the assignee's
_TITLE_BEFORE = re.compile(rf"\W{{0,3}}(?:{_GIVING}\s+)?(?P<title>(?:Chủ tịch|Giám đốc|Thủ trưởng|Hiệu trưởng|Trưởng|Bí thư|Ban Thường vụ|Thường trực)\s+)")
# where a person's title ends: the verb of what they must do
_ACTS = re.compile(r"\s+(?:" + _RAW_VERBS + r")\b")
_VERB_FIRST = re.compile(r"(?i:" + _RAW_VERBS + r")\b")  # with its diacritics: "Đôn" is no "dọn"


def _person(text: str) -> str:
    """ "Đồng chí Hồ Thị Ngọc Trâm, Phó Giám đốc Sở: chỉ đạo ..." -> the person with the title as written; the title
    ends at the verb ("..., Phó Giám đốc Sở chủ trì, phối hợp ...")."""
    m = _PERSON.match(text)
    if not (m and m.group("next").islower() and all(w[0].isupper() for w in m.group("name").split())):
        return ""
    who = m.group("who")
    if m.group("title") and (verb := _ACTS.search(m.group("title"))):
        who = who[:m.start("title") - m.start("who") + verb.start()]
    return " ".join(who.split())


def subjects(text: str) -> list[str]:
    """The units a clause tells to act: the ones it opens with when a verb follows them ("Sở A và Sở B phối hợp
    ..."), or the ones after an opening "Giao"/"Đề nghị" ("Giao Sở Xây dựng, Sở Giao thông vận tải chủ trì"),
    or after "<unit> giao" ("UBND tỉnh giao Sở Tài chính chủ trì")."""
    text = _INLINE_ITEM.sub("", text)  # "(2) Cục Hải quan chia sẻ ...": an item inside a paragraph
    # "Đồng chí Chủ tịch yêu cầu: Sở Tài chính ..." = "Yêu cầu Sở Tài chính ..."; what a leader asks of every unit
    # ("Giám đốc yêu cầu Trưởng các khoa, phòng nghiêm túc ...") or introduces ("... thực hiện các nhiệm vụ sau:")
    # is no task of one
    if speaker := _SPEAKER.match(text):
        if text.rstrip().endswith(":") or _EVERYONE.match(text[speaker.end():]):
            return []
        text = speaker.group("verb") + " " + text[speaker.end():]
    lists: list[tuple[int, int]] = []
    expanded = _expand_elided(text, lists)  # once: the lists' places and the text with their heads written out
    for a, b in lists[:1]:  # a list that opens the clause is one assignee, as written (a plural group): "Đề nghị UBND
        # các tỉnh: A, B và C bổ sung ...", "Chủ tịch UBND các xã: A, B chịu trách nhiệm ..."
        before = text[:a]
        titled = _TITLE_BEFORE.fullmatch(before)
        if not (before.strip() and not _GIVEN.match(before) and not titled):
            group, end, joined = text[titled.start("title") if titled else a:b].strip(), b, []
            # units joined after it act with it: "UBND các phường: A, B, C và UBND xã D lập ..."
            while (more := find_units(text[end:])) and _JOINED.match(" " + text[end:end + more[0][0]]):
                joined.append(text[end + more[0][0]:end + more[0][1]])
                end += more[0][1]
            if _AFTER_SUBJECT.match(fold(text[end:])):
                return [group, *joined]
    text = expanded
    lead = _TIME_FIRST.match(text)  # "Trong tháng 10/2023, Phòng Quản lý Khoa học tham mưu ..."
    if lead and find_deadlines(lead.group(0)):
        text = text[lead.end():]
    elif lead := _CONNECTIVE.match(text):  # "Đồng thời, Trung tâm Nước sạch ... chuẩn bị ..."
        text = text[lead.end():]
    if who := _person(text):
        return [who]
    spans = find_units(text)
    if not spans:
        return []
    s, e = spans[0]
    given = s > 2 and bool(_GIVEN.match(text[:s]))
    if s > 2 and not given and not _ADDRESSED.fullmatch(text[:s]):  # "Đồng chí Giám đốc Trung tâm X chỉ đạo ..."
        return []
    k = 0
    if len(spans) > 1 and _HANDS_ON.match(fold(text[e:spans[1][0]])):
        k, given = 1, True
    names = [spans[k]]
    while k + 1 < len(spans) and _JOINED.match(text[names[-1][1]:spans[k + 1][0]]):
        k += 1
        names.append(spans[k])
    # the object of a name's closing "có" is no verb ("... phường có | vận động viên tham dự ...")
    at = names[0][1]
    if text[:at].endswith(" có") and (obj := re.match(r"\s+\S+", text[at:])):
        at += obj.end()
    if len(names) == 1 and _QUALIFIED.search(text[names[0][0]:names[0][1]]) and (rel := _RELATIVE.match(text[at:])):
        names = [(names[0][0], at + rel.end(rel.lastindex))]  # "UBND các tỉnh có dự án sử dụng vốn ODA | tập trung"
    after = fold(text[names[-1][1]:])
    # "Sở X báo cáo kết quả ..." tells what was reported, unless the report is due ("..., chậm nhất ngày 20/3/2026")
    reports = _REPORTS.match(after) and not (after.lstrip().startswith("bao cao") and any(
        _DUE_LEAD.match(fold(d.text)) for d in find_deadlines(text[names[-1][1]:])))
    if reports or _EXHORTS.match(after) or not (given or _AFTER_SUBJECT.match(after)):
        return []
    return [text[a:b] for a, b in names]


# Where a clause names its assignee after the work ("..., giao Phòng Kinh tế thực hiện", "(Sở Tài chính chủ trì,
# phối hợp với ...)", "... Trách nhiệm: Công an xã; phối hợp: Đoàn xã", "...; Trung tâm X thực hiện"):
_RESPONSIBLE = re.compile(r"(?:^|(?<=[.;(])\s*)Trách nhiệm(?:\s+(?:thực hiện|chính))?\s*:\s*(?P<v>[^()]+?)\s*[.;)]?\s*$")
_PARTNERS = re.compile(r"\s*[;,]?\s*\b[Pp]hối hợp(?:\s*:|\s+(?:với|cùng))\s*")
_PAREN = re.compile(r"\(([^()]{3,240})\)")
# A capitalised "Giao" after a lower-case word opens a sentence whose heading line a PDF ran into it ("2.4. Về theo dõi
# ... đầu tư công Giao Vụ Tổng hợp chủ trì ...").
_HANDED = re.compile(r"(?:(?:^|[,;.]\s+|(?<=[a-zà-ỹđ])\s(?=(?-i:Giao|Đề nghị|Yêu cầu)\s))"
                     r"(?P<cue>(?:giao(?:\s+cho)?|đề nghị|yêu cầu)\s+)|\s(?P<by>do)\s+)", re.I)
_CLAUSE = re.compile(r";\s+")
_INLINE_ITEM = re.compile(r"^\s*\((?:\d{1,2}|[a-zđ])\)\s+")


def tail(text: str) -> tuple[list[str], str, str]:
    """The units a clause names after its work, with the partners and a deadline written beside them:
    (assignees, partners, deadline text); ([], "", "") when none (a line that introduces a list names none)."""
    if text.rstrip().endswith(":"):
        return [], "", ""
    if m := _RESPONSIBLE.search(text):
        lead, *rest = _PARTNERS.split(m.group("v"), maxsplit=1)
        lead = lead.strip(" ,;.")
        if lead and (find_units(lead) or len(lead.split()) <= 6):
            return _units_in(lead), (rest[0].strip(" .;") if rest else ""), ""
    for m in reversed(list(_PAREN.finditer(text))):
        inner = m.group(1)
        named = subjects(inner)
        if named:
            parts = [p for p in re.split(r";\s*", inner) if not any(n in p for n in named)]
            return named, "", "; ".join(parts)
    for m in _HANDED.finditer(text):
        if m.start() == 0 and m.group(0)[:1].isalpha():
            continue  # a clause that opens with "Giao ..." has its subject read by `subjects`
        if m.group("by"):
            rest = text[m.end():]
            spans = find_units(rest)
            if spans and spans[0][0] == 0 and re.match(r"\s*(?:thực hiện|chủ trì|đảm nhiệm|đảm nhận)\b", rest[spans[0][1]:]):
                return [rest[:spans[0][1]]], "", ""
            continue
        named = subjects(text[m.start("cue"):])
        if named:
            return named, "", ""
    for m in _CLAUSE.finditer(text):
        named = subjects(text[m.end():])
        if named:
            return named, "", ""
    return [], "", ""


def _expand_elided(text: str, found: list[tuple[int, int]] | None = None) -> str:
    """ "các Bộ: Tài chính, Tư pháp" -> "Bộ Tài chính, Bộ Tư pháp"; "UBND các huyện: Kỳ Sơn, Quế Phong" ->
    "UBND huyện Kỳ Sơn, UBND huyện Quế Phong" (lists that leave their head noun out). `found` gets where each list
    expanded stands in `text`."""
    def one(m: re.Match) -> str:
        head, owner = m.group("head"), m.group("owner")
        first = head.split()[0].rstrip(",")  # "UBND các xã có bến khách ngang sông: A, B", "... các xã, phường ven biển:"
        level = bool(owner) and fold(first) in _LEVELS
        generic = not owner and fold(head) in ("don vi", "co quan", "bo phan")  # "Các đơn vị: Phòng A, Phòng B"
        names: list[str] = []
        rest = m.group("items")  # what follows the last name read: its own words run to where find_units ends it
        while True:
            part = re.sub(r"^(?:\s*,\s*(?:và\s+)?|\s+và\s+)", "", rest) if names else rest.strip()
            if names and part == rest:
                break  # the list ended: the sentence goes on ("... Kinh tế - Hạ tầng tổng hợp")
            if not (part[:1].isupper() or part[:1].isdigit() or re.match(_LEVEL_WORD, part)) or \
                    level and _VERB_FIRST.match(part):
                break  # no name, or the task after the colon ("UBND các xã, thị trấn: Xây dựng kế hoạch ...")
            own = find_units(part)
            if generic:  # each member named whole
                if not own or own[0][0] != 0:
                    break
                names.append(part[:own[0][1]])
                rest = part[own[0][1]:]
                continue
            if names and own and own[0][0] == 0:
                break  # "..., Kiểm lâm và Văn phòng Sở": a unit named whole ends the list
            if level:
                prefix = f"{owner} " if re.match(_LEVEL_WORD, part) else f"{owner} {first} "
            else:
                prefix = f"{head[:1].upper()}{head[1:]} "
            # a place has no "và" in it ("các tỉnh: Vĩnh Long và thành phố Cần Thơ"); "Tài nguyên và Môi trường" is
            # one agency's name: find_units says where it ends; a comma ends an item of the list
            scope = re.split(r",|\s+và\s+" if level else ",", part, maxsplit=1)[0]
            whole = prefix + scope
            spans = find_units(whole)
            if not spans or spans[0][0] != 0 or spans[0][1] <= len(prefix):
                break
            names.append(whole[:spans[0][1]])
            rest = whole[spans[0][1]:] + part[len(scope):]
        if not names:
            return m.group(0)
        if found is not None:
            found.append((m.start(), m.end("items") - len(rest)))
        return ", ".join(names) + rest
    return _ELIDED.sub(one, text)


def _lists(text: str) -> list[tuple[int, int]]:
    """Where the lists that leave their head noun out stand in `text` ("UBND các xã: A, B và C")."""
    found: list[tuple[int, int]] = []
    _expand_elided(text, found)
    return found


def members(name: str) -> list[str]:
    """The units a listed group names ("UBND các xã: Thạnh Hóa, Tân Tây" -> "UBND xã Thạnh Hóa", "UBND xã Tân Tây"),
    [] for any other name: the register finds such an assignee by each of them."""
    return _units_in(name) if _ELIDED.search(name) else []


def _units_in(value: str) -> list[str]:
    """The units a list names, elided head nouns expanded; a list with no recognisable unit as it is. A note in
    parentheses on how the unit is asked ("Tổng công ty Điện lực TP Hà Nội (đề nghị)") is no part of it."""
    value = _expand_elided(_HOW_ASKED.sub("", value))
    spans = find_units(value)
    pieces = re.split(r"\s*(?:[,;]|\bvà\b|\bvới\b)\s*", value.strip(" .;,"))
    if spans and spans[0][0] == 0 and ";" not in value and not any(
            (u := find_units(p)) and u[0][0] == 0 for p in pieces[1:]):
        # a cell or labelled line that opens with a unit and names no other after a comma or "và" is one name,
        # however many fields it lists ("Phòng Kiểm sát việc giải quyết các vụ án hành chính, vụ việc kinh doanh,
        # thương mại, lao động")
        return [value.strip(" .;,")]
    found = [value[s:e] for s, e in spans]
    if found:
        return found
    listed = [p.strip() for p in value.split(";") if p.strip()]  # "A; B; C": one unit each, whatever their names
    return listed if len(listed) > 1 else [p.strip() for p in value.split(",") if p.strip()][:1]


_ROLE_MARK = re.compile(r"([^()]*?)\((chủ trì|phối hợp)\)", re.I)
_HOW_ASKED = re.compile(r"\s*\((?:đề nghị|nếu có|để b/c|b/c|phối hợp thực hiện|thực hiện)\)", re.IGNORECASE)
_ROLE_AFTER = re.compile(r"(?:^|(?<=;))\s*([^;()]+?)\s+(chủ trì|phối hợp)\s*(?=;|$)", re.IGNORECASE)
_ROLE_LABEL = re.compile(r"(chủ trì|phối hợp)\s*:\s*([^;]+)", re.IGNORECASE)
_PARTNER_WORDS = re.compile(r"[,;]?\s*\b(?:chủ trì\s*,\s*)?phối hợp\b", re.I)


def _lead_field(value: str) -> tuple[list[str], list[str]]:
    """(leads, partners) of a "who" line: "Các thôn (chủ trì), Công an xã (phối hợp)", "Phòng Kinh tế (chủ trì);
    Trạm Y tế xã, Ban Chỉ huy Quân sự xã (phối hợp)", "Phòng Kinh tế chủ trì, phối hợp với Chi nhánh Thủy lợi";
    a line with no partner in it is all leads."""
    labelled = list(_ROLE_LABEL.finditer(value))  # "Chủ trì: Phòng Thanh tra; phối hợp: Công an phường"
    if labelled and labelled[0].start() == 0:
        leads = [u for m in labelled if m.group(1).lower() == "chủ trì" for u in _units_in(m.group(2))]
        partners = [u for m in labelled if m.group(1).lower() == "phối hợp" for u in _units_in(m.group(2))]
        if leads:
            return leads, partners
    marked = list(_ROLE_MARK.finditer(value)) or list(_ROLE_AFTER.finditer(value))  # "X chủ trì; Y phối hợp"
    if marked:
        leads = [u for m in marked if m.group(2).lower() == "chủ trì" for u in _units_in(m.group(1))]
        partners = [u for m in marked if m.group(2).lower() == "phối hợp" for u in _units_in(m.group(1))]
        return (leads, partners) if leads else (_units_in(value), [])
    m = _PARTNER_WORDS.search(value)
    if m and m.start() > 0:
        leads = _units_in(re.sub(r"\s*chủ trì\s*$", "", value[:m.start()], flags=re.I))
        return leads, _coordinators(value, leads)
    whole = value.rstrip(" .;")
    listed = _lists(whole)[:1]  # a cell that is one listed group, a title before it or not: one assignee, as written
    if listed and listed[0][1] == len(whole) and (not listed[0][0] or _TITLE_BEFORE.fullmatch(whole[:listed[0][0]])):
        return [whole], []
    return _units_in(value), []


def _coordinators(text: str, assignees: list[str]) -> list[str]:
    """Units listed right after "phối hợp với" ("với Phòng Kế hoạch – Tài chính hoàn thành ...")."""
    out: list[str] = []
    own = {unit_key(a) for a in assignees}
    expanded = _expand_elided(text)
    for m in _COORD.finditer(expanded):
        if _directed(re.split(r"[;.]\s", expanded[:m.start()])[-1], own):
            continue
        clause, last = m.group(2), 0
        for s, e in find_units(clause):
            gap = clause[last:s]
            if not m.group("with") and not out and not re.fullmatch(r"(?:các\s+)?", gap):
                break  # "phối hợp Phòng Văn hóa - Xã hội" names its partner at once; "phối hợp tổ chức ..." none
            first_ok = not out and len(gap) <= 40 and not re.search(r"\b(thuộc|của|trình|đề|để)\b", gap)
            if not (first_ok or re.fullmatch(r"[\s,]*(?:và|cùng)?[\s,]*(?:các\s+)?", gap)):
                break
            name = clause[s:e]
            if unit_key(name) not in own and name not in out:
                out.append(name)
            last = e
    return out


_DIRECTS = re.compile(r"\b(?:[Cc]hỉ đạo|[Yy]êu cầu|[Đđ]ề nghị)\s+")


def _directed(before: str, own: set[str]) -> bool:
    """Whether the "phối hợp" that follows `before` is another unit's, one the assignee directs ("Chỉ đạo Sở Tài
    nguyên và Môi trường chủ trì, phối hợp với các sở ...": the Sở's partners, not the assignee's)."""
    for m in _DIRECTS.finditer(before):
        spans = find_units(before[m.end():])
        if spans and spans[0][0] <= 4 and unit_key(before[m.end() + spans[0][0]:m.end() + spans[0][1]]) not in own:
            return True
    return False


def _clauses(text: str) -> list[str]:
    """Lines; a line whose sentences (or ";"-clauses) open with different units ("Sở Tài chính khẩn trương ...
    Kho bạc Nhà nước rút ngắn ...") gives one task per unit."""
    out = []
    for line in text.split("\n"):
        if task_field(line):
            out.append(line)
            continue
        found = marker(line.strip())
        at = line.find(found[2]) if found and found[2] else 0  # the item's own number stays with its first clause
        groups: list[str] = []
        for part in re.split(r"(?<=[.;])\s+", line[at:]):
            # a clause opens with its own unit, or names one after its work while the clause before named another
            if groups and not subjects(part) and not (_own_tail(part) and _assigned(groups[-1])):
                groups[-1] += " " + part  # joined back with the one space it was split at
            else:
                groups.append(part)
        # the clauses go apart when the first names its unit, or when it only reports ("Về thu ngân sách: đạt 82%
        # dự toán.") and the ones after it assign ("Giao Phòng Kinh tế ...; đề nghị Trạm Y tế xã ...")
        split = len(groups) > 1 and (_assigned(groups[0]) or sum(map(_assigned, groups[1:])) > 1)
        if groups:
            groups[0] = line[:at] + groups[0]
        out.extend(groups if split else [line])
    return out


def _own_tail(part: str) -> bool:
    """Whether a clause names its own unit after its work ("riêng việc ... do Phòng Đào tạo thực hiện")."""
    return bool(tail(part)[0]) and not _RESPONSIBLE.match(part.strip())


_LEAD_IN = re.compile(r"(?i)^\s*(?:đối với|về)\b[^:]{0,100}:\s+(?=\S)")  # "Về quốc phòng, an ninh: Đề nghị ..."


def _assigned(group: str) -> bool:
    group = _LEAD_IN.sub("", group)
    return bool(subjects(group) or tail(group)[0])


def _exhortation(text: str) -> bool:
    """ "Giao UBND xã tổ chức thực hiện Nghị quyết này": the units named are told to carry out the document."""
    spans = find_units(text[:200])
    k = 0
    while k + 1 < len(spans) and (_JOINED.match(gap := text[spans[k][1]:spans[k + 1][0]]) or
                                  re.fullmatch(r",\s*(?:và\s+)?[A-ZĐÀ-Ỹ]\w*\s+", gap)):
        k += 1  # the units it is addressed to ("Thủ trưởng các đơn vị, Trưởng Công an các xã"), not the ones its work names
    if not spans or spans[0][0] > 12:
        return False
    rest = fold(text[spans[k][1]:])
    return bool(_EXHORTS.match(rest) or fold(text[spans[0][0]:spans[0][1]]).startswith("cac ") and _OWN_DUTIES.match(rest))


# "Các Ban, đơn vị chủ động triển khai nhiệm vụ được giao; ...", "Các phòng căn cứ nhiệm vụ được phân công tại Mục II
# chủ động triển khai, ...": every unit told to do its own part, with no work named (folded).
_OWN_DUTIES = re.compile(r"^\W*(?:can cu\s[^;.]{0,80}?\s)?(?:chu dong\s+)?(?:trien khai|to chuc|thuc hien)"
                         r"(?:\s+thuc hien)?(?:\s+(?:cac\s+)?nhiem vu duoc (?:giao|phan cong))?\s*(?:[;,.]|$)")


def _is_task(text: str) -> bool:
    f = fold(text)
    if _NOT_TASK.match(f) or _exhortation(text):
        return False
    return bool(_ACTION.match(f) or find_deadlines(text) or re.search(r"\b(chu tri|giao|de nghi)\b", f[:40])
                or subjects(text) or tail(text)[0])


def _ancestors(number: str) -> list[str]:
    """ "II.3" -> ["II", "II.3"]; "1.2" -> ["1", "1.2"]."""
    parts = number.split(".") if number else []
    return [".".join(parts[: i + 1]) for i in range(len(parts))]


@dataclass(frozen=True)
class Passage:
    """One section of a notice's body as the reader reads it: its clean text, where it sits, the chunks that
    hold its parts ((start, end) in `text`, chunk) and `span`, which maps offsets in `text` to the original's."""

    text: str
    section: str
    section_no: str
    part: str
    chunks: tuple[tuple[int, int, Chunk], ...]
    span: Callable[[int, int], tuple[int, int]]

    def chunk_at(self, start: int, end: int) -> Chunk:
        """The chunk that holds [start, end) whole, else the one where it begins."""
        whole = [c for a, b, c in self.chunks if a <= start and end <= b]
        return (whole or [c for a, b, c in self.chunks if a <= start < b] or [self.chunks[0][2]])[0]


class _Task:
    """A task line being read, with the labelled lines that follow it."""

    def __init__(self, line: str, text: str, offset: int, assignees: list[str], passage: Passage):
        self.line, self.text, self.offset, self.assignees, self.passage = line, text, offset, assignees, passage
        self.fields: dict[str, str] = {}
        self.lines = [line.strip()]  # the verbatim lines quoted: the task's and its labelled lines


def extract(notice: Notice, passages: list[Passage], headings: dict[str, str] | None = None) -> list[Directive]:
    """Directives of one notice, in document order. `headings` maps a section number to its full heading line
    (breadcrumb labels are shortened)."""
    headings = headings or {}
    if notice.doc_type not in ASSIGNING:
        return []
    ref = next((dt.date.fromisoformat(iso) for iso in (notice.date, notice.meeting_date) if iso), None)
    intro = " ".join(c.text for c in passages if c.part == "intro")
    default = _notice_addressee(intro, notice.title)
    tasks: list[_Task] = []
    seen: set[str] = set()
    parties = _parties("\n".join(p.text for p in passages))
    heads_seen: dict[str, list[str]] = {}  # the units its second-level headings addressed, by top section
    for passage in passages:
        if passage.part not in ("body", "intro", "closing"):
            continue
        crumbs = passage.section.split(" › ") if passage.section else []
        if crumbs and _ASSESS.search(fold(crumbs[0])) and not any(map(task_field, passage.text.split("\n"))):
            continue  # an assessment; a task row that opens with "Đánh giá, đề xuất ..." has its labelled lines
        full = [headings.get(n, c) for n, c in zip(_ancestors(passage.section_no), crumbs, strict=False)]
        headed = next((u for u in map(_unit_heading, reversed(full or crumbs)) if u), [])
        heading_units = headed or [default]
        if len(crumbs) > 1:
            heads_seen.setdefault(crumbs[0], [])
            heads_seen[crumbs[0]] += [u for u in _unit_heading((full or crumbs)[1]) if u not in heads_seen[crumbs[0]]]
        parent_units = next((u for h in reversed((full or crumbs)[:-1]) if (u := _unit_heading(h, addressed=False))), [])
        current: _Task | None = None
        pending: _Task | None = None  # an item that is a task only if labelled lines follow it
        addressed: list[str] = []  # a "Sở Y tế:" line addresses the bullets under it
        addressed_by = ""  # the bullet of a "- Sở Y tế:" heading
        addressees = False
        pos = 0
        read = passage.text
        if passage.part == "intro":  # who attended, and on whose proposal a decision is made, assign nothing
            read = _ATTENDANCE.sub(lambda m: " " * len(m.group()), read)
        for line in _clauses(read):
            start = pos
            pos += len(line) + 1
            offset = max(passage.text.find(line, max(0, start - 2)), 0)  # where the line stands in the passage
            text = line.strip()
            field = task_field(text)
            if field:
                # a table row: its item is a task by its columns; an unnumbered paragraph (a task-tracking page's
                # "Nội dung nhiệm vụ") only when a unit is labelled to carry it out
                if current is None and pending is not None and (marker(pending.line.strip()) or field[0] == "lead"):
                    seen.add(fold(pending.text)[:200])
                    current, pending = pending, None
                    tasks.append(current)
                if current is not None:
                    current.fields.setdefault(field[0], field[1])
                    current.lines.append(text)
                continue
            pending = None
            bullet = text[:1] in "-–•+"
            if bullet and text[:1] == addressed_by:
                addressed = []  # the next bullet of the heading's own level ends what it addressed
            found = marker(text)
            if found:
                text = found[2]
            elif bullet:
                text = re.sub(r"^[-–•+]\s*", "", text)
            else:
                addressed = []  # a paragraph ends what a unit heading addressed
            if _ADDRESSES.search(text):
                addressees, current = True, None
                continue  # the dispatch's addressees follow, one a line
            if addressees and (bullet or not text.endswith((".", ":"))) and not found:
                continue
            addressees = False
            head = _unit_heading(line, addressed=False)
            if head and (line.rstrip().endswith(":") or not found or len(text) < 60):
                addressed, current = head, None
                addressed_by = line.strip()[:1] if bullet else ""
                continue  # a heading, not a task
            if not found and text.endswith(":") and (m := _ADDRESS.search(text)) and \
                    (inner := find_units(m.group(1))) and not m.group(1)[inner[0][1]:].strip():
                addressed, current = [m.group(1)[inner[0][0]:inner[0][1]]], None
                continue  # "Giám đốc Sở đề nghị UBND các xã:" addresses the bullets that follow
            colon = re.match(r"^(.{3,100}?):\s+(\S.*)$", text)  # "Sở Y tế: khẩn trương ...", "Đối với ...: Đề nghị"
            colon_unit = when_first = ""
            if colon and (spans := find_units(colon.group(1))) and spans[0] == (0, len(colon.group(1))) and \
                    not (" các " in f" {colon.group(1).lower()} " and not colon.group(2)[:1].islower()):  # "các Bộ: A, B"
                colon_unit, text = colon.group(1), colon.group(2)
            elif colon and colon.group(2)[:1].islower() and (whom := _FOR_WHOM.match(colon.group(1))) and \
                    (spans := find_units(whom.group(1))) and spans[0][0] == 0 and not find_deadlines(whom.group(1)):
                colon_unit, text = whom.group(1), colon.group(2)  # "Đối với UBND các xã có ... (danh sách kèm theo): chỉ đạo"
            elif colon and colon.group(2)[:1].isupper() and (dl := find_deadlines(colon.group(1), ref)) and \
                    dl[0].start == 0 and subjects(colon.group(2)):
                text, when_first = colon.group(2), colon.group(1)  # a plan's timeline: "Trước ngày 25/12: Các cơ sở ..."
            elif colon and _INLINE_ITEM.sub("", colon.group(2))[:1].isupper() and (
                    re.match(r"(?i)^(?:đối với|về)\b", colon.group(1)) or len(colon.group(1).split()) <= 6 and
                    not re.search(r"\d", colon.group(1)) and not find_units(colon.group(1)) and subjects(colon.group(2))):
                text = colon.group(2)  # a lead-in names the topic ("Chế độ báo cáo:"); the sentence after says who acts
            if found and text.endswith(":"):
                current = None
                continue  # "3. Làm tốt công tác ..., trong đó lưu ý:" introduces its bullets
            if _LEADER_WILL.match(text) and not colon_unit:
                rest = re.split(rf"(?<=\.)\s+(?=[{UPPER}])", text, maxsplit=1)[1:]
                if not rest or not _is_task(rest[0]):
                    current = None
                    continue
                text = rest[0]  # "... sẽ kiểm tra hiện trường. Giao Văn phòng theo dõi ...": the sentence after
            if len(text) < 15 or not _is_task(text):
                current = None
                if len(text) >= 15 and (found or not (bullet or _LABELLED.match(text))):
                    # a task if labelled lines follow: a numbered item by any, a paragraph (no labelled line itself)
                    # by a unit's
                    pending = _Task(line, text, offset, addressed or heading_units, passage)
                continue
            named = subjects(text)
            if not (named or colon_unit):
                both = heads_seen.get(crumbs[0], []) if crumbs else []
                both = both if len(both) > 1 else list(parties.values())
                if _BOTH.match(text) and len(both) > 1:
                    named = both  # "Hai bên phối hợp ...": each party of the biên bản
                elif (m := _PARTY.match(text)) and m.group(1) in parties:
                    named = [parties[m.group(1)]]  # "Bên A báo cáo ..."
            if not (named or colon_unit) and (own := find_units(text)) and own[0][0] == 0 and \
                    _REPORTS.match(fold(text[own[0][1]:])):
                current = None
                continue  # "Thanh tra thành phố sẽ tổ chức kiểm tra ...": what a unit did or will do, no task
            if not (named or colon_unit or addressed or headed or parent_units) and (m := _STEERS.match(text)):
                named = subjects("Giao " + text[m.end():])  # no unit above it: the issuer steers the unit it names
            if named and (addressed or parent_units) and _REQUIRES.match(text) and not colon_unit:
                named = addressed or parent_units  # "1. Phòng X:" / "b) Yêu cầu các nhà thầu ...": Phòng X requires it
            after, partners, when = ([], "", "") if named or colon_unit else tail(text)
            if passage.part != "body" and not (found or bullet or named or colon_unit or after):
                if not _LABELLED.match(text):
                    pending = _Task(line, text, offset, heading_units, passage)
                continue  # unnumbered text outside the conclusions: only clauses that name who acts
            if not (found or bullet or named or colon_unit or after or
                    passage.part == "body" and _ACTION.match(fold(text))):
                current = None
                continue
            ident = fold(text)[:200]
            if ident in seen:
                current = None
                continue
            seen.add(ident)
            assignees = ([colon_unit] if colon_unit else named) or after or addressed or heading_units
            current = _Task(line, text, offset, [a for a in assignees if a], passage)
            if partners:
                current.fields["coordinators"] = partners
            if when or when_first:
                current.fields["due"] = when or when_first
            tasks.append(current)
    events = occasions("\n".join(p.text for p in passages))  # "trước khi khai giảng" counts from the day it gives
    return [d for t in tasks for d in _directives(notice, t, ref, events)]


def _directives(notice: Notice, t: _Task, ref: dt.date | None, events: dict | None = None) -> list[Directive]:
    """One directive per assignee of a task."""
    leads, partners = _lead_field(t.fields["lead"]) if "lead" in t.fields else (t.assignees, [])
    if not leads:
        return []
    coordinators = _units_in(t.fields["coordinators"]) if "coordinators" in t.fields else partners
    coordinators += [c for c in _coordinators(t.text, leads) if c not in coordinators]
    dls = find_deadlines(t.text, ref, events)
    if "due" in t.fields:
        dls += find_deadlines(f"Thời hạn: {t.fields['due']}", ref, events)
    elif "lead" in t.fields:  # "Trách nhiệm thực hiện: Phòng Kinh tế; hoàn thành trước ngày 30/9/2025."
        dls += find_deadlines(t.fields["lead"], ref, events)
    dated = sorted((d for d in dls if d.due), key=lambda d: d.due)
    first = dated[0] if dated else (dls[0] if dls else None)
    recurring = next((d.recurring for d in dls if d.recurring), None)
    quote = "\n".join(t.lines)
    start = t.passage.text.find(t.lines[0], t.offset)
    start = t.offset if start < 0 else start
    end = start + len(quote) if t.passage.text.startswith(quote, start) else start + len(t.lines[0])
    chunk = t.passage.chunk_at(start, end)
    held = next(b for a, b, c in t.passage.chunks if c is chunk)
    if end > held:  # a task longer than its chunk is quoted as far as the chunk goes (quotes are verbatim there)
        end = max(held, start + 1)
        quote = t.passage.text[start:end].rstrip()
    o_start, o_end = t.passage.span(start, end)
    out = []
    for k, assignee in enumerate(dict.fromkeys(leads)):
        # By the task's place in the document: offsets within a passage repeat across a table's rows.
        did = hashlib.sha1(f"{chunk.id}:{o_start}:{o_end}:{k}".encode()).hexdigest()[:16]
        out.append(Directive(
            id=did, notice_id=notice.id, chunk_id=chunk.id, assignee=assignee, assignee_key=unit_key(assignee),
            action=t.text, quote=quote,
            coordinators=tuple(c for c in coordinators if unit_key(c) not in {unit_key(x) for x in leads}),
            due=first.due if first else None, due_text="; ".join(d.text for d in dls),
            precision=first.precision if first else "", starts=first.starts if first else None,
            recurring=recurring, section=t.passage.section, section_no=t.passage.section_no, start=o_start,
            end=o_end,
            role="group" if assignee.lower().startswith("các ") or " các " in assignee.lower() else "lead",
        ))
    return out
