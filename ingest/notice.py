"""Parse a notice's metadata and find its parts (header, intro/body, footer) on the clean text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.normalize import Clean
from ingest.sections import marker
from ingest.units import HEADS, find_units, place_at_end, unit_key
from ingest.vn import LOWER, UPPER, fold

DOC_TYPES = (
    "THÔNG BÁO", "QUYẾT ĐỊNH", "CÔNG VĂN", "KẾ HOẠCH", "NGHỊ QUYẾT", "NGHỊ ĐỊNH", "THÔNG TƯ", "CHỈ THỊ",
    "BÁO CÁO", "TỜ TRÌNH", "KẾT LUẬN", "CÔNG ĐIỆN", "HƯỚNG DẪN", "CHƯƠNG TRÌNH", "QUY CHẾ", "QUY ĐỊNH",
    "GIẤY MỜI", "BIÊN BẢN", "ĐỀ ÁN", "LUẬT",
)
# The symbol after the number names the type when no type line is left ("3722/VPCP-CN" is a letter).
_SYMBOL_TYPES = {
    "TB": "THÔNG BÁO", "QĐ": "QUYẾT ĐỊNH", "KH": "KẾ HOẠCH", "NQ": "NGHỊ QUYẾT", "NĐ": "NGHỊ ĐỊNH",
    "TT": "THÔNG TƯ", "CT": "CHỈ THỊ", "BC": "BÁO CÁO", "TTR": "TỜ TRÌNH", "KL": "KẾT LUẬN",
    "CĐ": "CÔNG ĐIỆN", "HD": "HƯỚNG DẪN", "GM": "GIẤY MỜI", "BB": "BIÊN BẢN",
}
_TYPE_LINE = re.compile(r"^(" + "|".join(DOC_TYPES) + r")(?![A-ZÀ-Ỹa-zà-ỹ])\s*:?\s*(.*)$")
_MOTTO = re.compile(r"^(CỘNG HÒA|CỘNG HOÀ|Độc lập\s*[-–]\s*Tự do|ĐẢNG CỘNG SẢN VIỆT NAM)", re.I)
_MOTTO_BESIDE = re.compile(r"\s(?:CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập\s*[-–]\s*Tự do|ĐẢNG CỘNG SẢN VIỆT NAM)")
# "Số: 1226 /TB-BKHCN", "Số: 21/2026/TT-BCT", a draft's "Số:      /TB-VP"; PDFs may put the
# place-and-date line on the same line.
# Party documents write "Số 45-TB/HU": the type before the slash.
_NUMBER_LINE = re.compile(r"^Số\s*:?\s*((?:\d+[a-zA-Z]?)?(?:-[A-ZĐ]{1,6})?\s*(?:/\s*[0-9A-Za-zĐđÀ-ỹ&.\-]+)+)?\s*(.*)$")
_NUMBER_BESIDE = re.compile(r"^(.+?)\s+(Số\s*:.*)$")
_DATE_LINE = re.compile(
    r"^([^\n,]{2,40}?),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})?", re.I
)
_VV = re.compile(r"^V/v\s*:?\s*(.+)$", re.I)
_SEPARATOR = re.compile(r"^[_\-=*~.]{3,}$")
_BODY_START = re.compile(r"^(Ngày\s+\d|Căn cứ|Thực hiện|Xét\s|Theo đề nghị|Kính gửi|Vừa qua|Sáng|Chiều|\()")
_RECIPIENTS = re.compile(r"^Nơi nhận\s*:?", re.I)
# The meeting paragraph opens with its date ("Ngày 05/9/2023, ..." / "Ngày 19 tháng 6 năm 2026, ...").
_MEETING_DATE = re.compile(
    r"(?:^|[-–]\s)Ngày\s+(\d{1,2})\s*(?:/|-|\.|tháng\s+)(\d{1,2})\s*(?:/|-|\.|,?\s*năm\s+)(\d{4})"
)
# Names of the Central Highlands' peoples open with a one-letter word ("Y Khuê Niê", "H Hen Niê") or join one to the
# next with an apostrophe ("Rơ Châm H'Yên", "H'Yơn Niê").
_PART = rf"[{UPPER}][{LOWER}]*(?:['’][{UPPER}]?[{LOWER}]+)?"
_NAME = rf"((?:{_PART})(?:\s+(?=[{UPPER}][{LOWER}'’]){_PART}){{1,3}})"
_COMRADE = re.compile(r"[Đđ]ồng chí:?\s+" + _NAME)
# Military and police ranks printed before a signer's name ("Đại tá Lưu Quang Huy"): not part of the name.
RANKS = ("Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
         "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy", "Đại uý", "Thượng uý", "Trung uý", "Thiếu uý")
# Degrees and honours printed before a name ("PGS.TS.", "BSCKII.", "ThS.BS.", "NGƯT."): not part of it.
_DEGREES = r"(?:(?:GS|PGS|TS|ThS|Ths|KS|BS|CN|NCS|LS|DS|BSCK(?:I{1,2}|1|2)?|DSCK(?:I{1,2}|1|2)?|BSNT|NGND|NGƯT|TTND|TTƯT)\.\s*)*"
_SIGNER = re.compile(r"^(?:\|\|\s*)?(?:(?:" + "|".join(RANKS) + r")\s+)?" + _DEGREES + _NAME + r"$")
_CAPACITY = re.compile(r"^(?=.*[A-ZĐÀ-Ỹ]{2})(?:(?:TL|KT|TM|TUQ|Q|K/T|T/L|T/M)\s*\.?\s*)?[A-ZĐÀ-Ỹ ,.\-/&]{4,}(?:\s\d{1,2})?$")  # "... XÃ SƠN KIM 1"
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?\d{1,3}(?:\s*-)?$|^Trang\s+\d{1,3}(?:/\d{1,3})?$")
# "(Đã ký)", "ĐÃ KÝ", "(ký, ghi rõ họ tên)"; one a column on a line of a PDF: "(Đã ký) (Đã ký)"
_SIGNED = re.compile(r"^(?:\s*(?:\((?:đã )?ký[^)]*\)|\(?đã ký(?: và đóng dấu)?\)?))+\s*$", re.IGNORECASE)
# A certified copy's own block ("SAO Y", alone or at the end of the copier's header line when a PDF runs the two
# columns together: "UBND XÃ HỒNG DÂN SAO Y"), or an appendix, after the signature.
_COPY = re.compile(r"^(?:SAO Y(?: BẢN CHÍNH)?|SAO LỤC|TRÍCH SAO|PHỤ LỤC)\b|^[A-ZĐÀ-Ỹ ]+\s(?:SAO Y(?: BẢN CHÍNH)?|SAO LỤC)$")
# a recipients' line a PDF ran into the signer's name (a rank or a degree before it)
_RAN_INTO = re.compile(r"[.;]\s+(?:(?:" + "|".join(RANKS) + r")\s+)?" + _DEGREES + _NAME + r"$")
_SECRETARY = re.compile(r"^(?:THƯ KÝ|NGƯỜI GHI BIÊN BẢN)\b")
# "<agency> thông báo ..." (a notice without a header names its issuer in its closing sentence)
_SAYS = re.compile(r"(?:^|(?<=\.\s))([^.,;:]{2,80}?)\s+thông báo\b")
# A header line that completes the one above ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ HÀ NỘI").
_CONTINUATION = re.compile(r"^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|ĐẶC KHU|TP\.?|VÀ)\s(?!ỦY\b|UỶ\b)")  # "HUYỆN ỦY": a body


# The national motto (or the Party's) opens every notice; after a notice has ended ("Nơi nhận", "./."), the
# next one opens with it again: a file holding several notices is split there.
_OPENS = re.compile(r"cong hoa xa hoi chu nghia viet nam|dang cong san viet nam")  # matched folded
_ENDS = re.compile(r"^\s*(?:Nơi nhận\b|.*\./\.\s*$)", re.I)


def opens_notice(line: str) -> bool:
    """The national motto (or the Party's) on the line: a notice's header."""
    return bool(_OPENS.search(fold(line)))


def ends_notice(line: str) -> bool:
    """ "Nơi nhận" or the closing "./.": a notice's body has ended."""
    return bool(_ENDS.match(line))


def notice_starts(text: str) -> list[int]:
    """Offsets in `text` where a second, third ... notice begins (the caps lines just above its motto)."""
    lines = text.split("\n")
    offsets, at = [], 0
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    out: list[int] = []
    ended = False
    first = None
    for i, line in enumerate(lines):
        if opens_notice(line):
            if first is None:
                first = i
            elif ended:
                start = i
                while start > 0 and i - start < 4 and (_is_caps(lines[start - 1]) or not lines[start - 1].strip()) \
                        and not ends_notice(lines[start - 1]):
                    start -= 1
                while start < i and not lines[start].strip():
                    start += 1
                out.append(offsets[start])
                ended = False
            continue
        if first is not None and ends_notice(line):
            ended = True
    return out


@dataclass(frozen=True)
class Layout:
    """Metadata fields plus where the document's parts lie (header, body, footer)."""

    fields: dict
    body: tuple[int, int]  # block indices [first, last) of the body (intro + conclusions + closing)
    header_end: int  # clean offset where the header ends
    footer_start: int  # clean offset where the footer (Nơi nhận, signature) starts
    appendix: tuple[int, int] | None = None  # block indices [first, last) of an appendix after the signature


def _iso(d: str | None, m: str | None, y: str | None) -> str:
    if not (d and m and y):
        return ""
    dd, mm, yy = int(d), int(m), int(y)
    if not (1 <= dd <= 31 and 1 <= mm <= 12 and 1900 < yy < 2200):
        return ""
    return f"{yy:04d}-{mm:02d}-{dd:02d}"


def _is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def parse(clean: Clean, site: str = "") -> Layout:
    """Find number, date, type, title, issuer ... and where header, body and footer lie. `site`: the web site a
    page comes from, whose province completes an issuer named without it ("Văn phòng UBND tỉnh" on Đắk Lắk's
    portal)."""
    text, blocks = clean.text, clean.blocks
    lines = [text[s:e] for s, e in blocks]
    f: dict = {}
    agency: list[str] = []
    type_at = title_end = None
    first = _content_start(lines)
    for i, line in enumerate(lines[first:first + 25], first):
        if _MOTTO.match(line) or _SEPARATOR.match(line):
            continue
        if m := _MOTTO_BESIDE.search(line):  # the header's two columns on one line: "CỤC THUẾ Độc lập - Tự do ..."
            line = line[:m.start()].strip()
        if "number_raw" not in f and type_at is None and (m := _NUMBER_BESIDE.match(line)) and _is_caps(m.group(1)):
            agency.append(m.group(1).strip())  # the agency's last line beside the number: "KHU VỰC BẮC TRUNG BỘ Số: 594/..."
            line = m.group(2)
        if (m := _NUMBER_LINE.match(line)) and "number_raw" not in f:
            f["number_raw"] = m.group(1) or ""
            line = m.group(2)
            if not line:
                continue
        if (m := _NUMBER_LINE.match(line)) and "number_raw" not in f:
            continue
        if (m := _DATE_LINE.match(line)) and "place" not in f:
            f["place"] = m.group(1).strip()
            f["date"] = _iso(m.group(2), m.group(3), m.group(4))
            continue
        if (m := _VV.match(line)) and not f.get("title"):
            f["title"] = m.group(1).strip()
            f.setdefault("doc_type", "CÔNG VĂN")
            title_end = i + 1
            continue
        if (m := _TYPE_LINE.match(line)) and type_at is None:
            type_at = i
            f["doc_type"] = m.group(1)
            title = [m.group(2).strip()] if m.group(2).strip() else []
            j = i + 1
            while j < len(lines) and len(title) < 5:
                nxt = lines[j]
                if _SEPARATOR.match(nxt) or _BODY_START.match(nxt) or _is_caps(nxt) or len(nxt) > 250 or \
                        marker(nxt) or nxt.startswith(("- ", "+ ")):  # the items begin right under the title
                    break
                if title and title[-1].endswith((".", ":")):
                    break
                title.append(nxt)
                j += 1
            f["title"] = " ".join(title)
            title_end = j
            break
        if _is_caps(line) and type_at is None and "number_raw" not in f and "place" not in f:
            agency.append(line.strip())
    # Skip separators and the enacting authority's caps line ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI").
    body_first = title_end or first
    if title_end is None:
        # No type line (a news article, a web page): the first short unpunctuated line is its headline.
        for i, line in enumerate(lines[first:first + 5], first):
            if len(line) < 200 and not line.endswith((".", ":")) and not _NUMBER_LINE.match(line):
                f["title"] = line
                body_first = i + 1
                break
    while body_first < len(lines) and (_SEPARATOR.match(lines[body_first]) or _is_caps(lines[body_first])):
        body_first += 1

    props, props_end = _properties(lines[:body_first + 40])
    if title_end is None and props:  # a page without the notice's own header: its properties come first
        f["title"] = props.get("title", f.get("title", ""))
        body_first = max(body_first, props_end)
    body_last = len(lines)
    for i in range(body_first, len(lines)):
        if _RECIPIENTS.match(lines[i]):
            body_last = i
            break
        if lines[i].rstrip().endswith("./."):  # the closing mark of Vietnamese administrative text
            body_last = i + 1
            break
    # No closing mark nor Nơi nhận: trailing signature lines (capacity in caps, a name) are footer, and a page's
    # number under them.
    while body_last > body_first + 1 and (
        _PAGE_NUMBER.match(lines[body_last - 1]) or
        _CAPACITY.match(lines[body_last - 1]) or _SIGNER.match(lines[body_last - 1])
        or _SIGNED.match(lines[body_last - 1])
        or _names_side_by_side(lines[body_last - 1].split()) or _name_then_title(lines[body_last - 1].split())
    ):
        body_last -= 1

    footer = lines[body_last:]
    f.update(_footer_fields(footer))
    for name, value in props.items():  # what the notice's own header says is kept over its listed properties,
        # but for a number the header leaves blank ("Số:    /TB-SNV", stamped when the copy was signed)
        if not f.get(name) or name == "number_raw" and not re.match(r"\s*\d", f[name]):
            f[name] = value
    relay = None
    if not f.get("number_raw"):  # no number in a header: a post, a chat message, an e-mail relaying the notice
        relay = next((m for line in lines[:body_first + 8] if (m := _RELAY.search(line))), None)
    if relay:
        if not f.get("signer_title"):
            f["signer"] = ""  # a name under an article that relays a notice, with no capacity over it, is its byline
        f["number_raw"] = relay["number"]
        f.setdefault("doc_type", relay["type"].upper())
        if not f.get("date") and (day := relay["date_after"] or relay["date_before"]):
            f["date"] = _iso(*_DAY.match(day).groups())
    _split_number(f)
    if not f.get("doc_type") and f.get("symbol"):
        code = f["symbol"].split("-")[0].upper()
        f["doc_type"] = _SYMBOL_TYPES.get(code, "CÔNG VĂN" if "-" in f["symbol"] else "")
    f["issuer"] = _placed((relay and (relay["of"] or relay["by"] or "").strip())
                          or _issuer(agency, lines[body_first:body_last]) or props.get("issuer", ""), site)
    body = lines[body_first:body_last]
    for line in body[:3]:
        if m := _MEETING_DATE.search(line):
            f["meeting_date"] = _iso(*m.groups())
            break
    f["chair"] = _chair(f.get("title", ""), body[:4]) or _chair("", _composition(body))
    header_end = blocks[body_first][0] if body_first < len(blocks) else len(text)
    footer_start = blocks[body_last][0] if body_last < len(blocks) else len(text)
    f.pop("number_raw", None)
    return Layout(f, (body_first, body_last), header_end, footer_start, _appendix(lines, body_last))


# A text that relays a conclusion notice without its numbered header names it in one sentence: "Ngày 02/3/2026, UBND
# phường X ban hành Thông báo số 47/TB-UBND về kết luận của ...", "Thực hiện Thông báo số 53/TB-UBND ngày 16/01/2026
# của UBND xã Y về kết luận của ...", "Văn phòng gửi các đơn vị Thông báo số 493/TB-VEC ngày 14/4/2026 của Z về kết
# luận ..." (Zalo and Facebook posts, portal articles, e-mails).
_DAY_TEXT = r"\d{1,2}\s*(?:/|\s+tháng\s+)\d{1,2}\s*(?:/|,?\s+năm\s+)\d{4}"
_DAY = re.compile(r"(\d{1,2})\s*(?:/|\s+tháng\s+)(\d{1,2})\s*(?:/|,?\s+năm\s+)(\d{4})")
_RELAY = re.compile(
    rf"(?:[Nn]gày\s+(?P<date_before>{_DAY_TEXT}),\s*)?(?:(?P<by>[A-ZĐÀ-Ỹ][^,.;()]{{2,90}}?)\s+(?:đã\s+|vừa\s+)?(?:ban hành|có|ra)\s+|"
    rf"(?:Thực hiện|Theo|Căn cứ)\s+|\bgửi\s+(?:[^.;]{{0,40}}?\s)?)(?P<type>Thông báo|Kết luận)\s+(?:số\s+)?"
    rf"(?P<number>\d+[/-][\wĐđ/.\-]*\w)(?:\s+ngày\s+(?P<date_after>{_DAY_TEXT}))?(?:\s+của\s+(?P<of>[^,.;]{{3,90}}?))?"
    rf"\s+(?:(?:về|thông báo|truyền đạt)\s+(?:việc\s+)?)?(?:kết luận|ý kiến chỉ đạo)\b")

_APPENDIX = re.compile(r"^PHỤ LỤC\b")
_ATTACHED = re.compile(r"^\((?:Ban hành )?[Kk]èm theo\b")


def _appendix(lines: list[str], footer: int) -> tuple[int, int] | None:
    """An appendix after the signature ("PHỤ LỤC" / its caps title / "(Kèm theo Quyết định số ...)"): a decision
    or a plan often lists its tasks there. Its body, as block indices, or None."""
    at = next((i for i in range(footer, len(lines)) if _APPENDIX.match(lines[i])), None)
    if at is None:
        return None
    first = at + 1
    while first < len(lines) and (_is_caps(lines[first]) or _ATTACHED.match(lines[first])):
        first += 1
    return (first, len(lines)) if first < len(lines) else None


_META_FIELD = re.compile(r"^[A-ZĐÀ-Ỹ][^:\n]{2,30}:(?:\s+\S|$)")


def _content_start(lines: list[str]) -> int:
    """Where the notice itself begins: after the key-value block an e-office system prints above it ("Số ký hiệu:
    ...", "Cơ quan ban hành: ...") when the national motto comes after such a block; else 0."""
    motto = next((i for i, line in enumerate(lines[:40]) if opens_notice(line)), None)  # "BỘ TÀI CHÍNH CỘNG HÒA ..."
    if not motto:
        return 0
    fields = [i for i in range(motto) if _META_FIELD.match(lines[i]) and not re.match(r"Số\s*:", lines[i])]
    if len(fields) < 3:
        return 0
    start = fields[-1] + 1
    while start < motto and (_SEPARATOR.match(lines[start]) or not _is_caps(lines[start])
                             or not find_units(lines[start].title())):
        start += 1  # the block's rule, its "NỘI DUNG VĂN BẢN" caption, a field's value on its own lines
    return start


# The properties an e-office system or a document portal lists for a document ("Số, ký hiệu | 137/TB-UBND",
# "Người ký: ..."), label (folded) -> field; the value follows the label on its line or on the next.
_PROPERTIES = {
    "so ky hieu": "number_raw", "so hieu": "number_raw", "so van ban": "number_raw", "ky hieu": "number_raw",
    "ngay ban hanh": "date", "ngay ky": "date", "loai van ban": "doc_type", "hinh thuc van ban": "doc_type",
    "co quan ban hanh": "issuer", "don vi ban hanh": "issuer", "noi ban hanh": "issuer", "nguoi ky": "signer",
    "chuc vu": "signer_title", "chuc vu nguoi ky": "signer_title", "trich yeu": "title",
}
_PROPERTY = re.compile(r"^(?P<label>[^:\n]{2,30}?)\s*(?::\s*(?P<value>.*))?$")
_ISO_DAY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")


def _properties(lines: list[str]) -> tuple[dict, int]:
    """Metadata from a properties block (three labelled values at least, so a body's stray "Chức vụ:" is none), and
    the index of the line after its last value."""
    found: dict = {}
    end = 0
    for i, line in enumerate(lines):
        m = _PROPERTY.match(line.strip())
        name = m and _PROPERTIES.get(" ".join(re.findall(r"\w+", fold(m.group("label")))))
        if not name or name in found:
            continue
        value = (m.group("value") or "").strip()
        end = i + 1
        if not value and i + 1 < len(lines):
            value, end = lines[i + 1].strip(), i + 2
        if value:
            found[name] = value
    if len(found) < 3:
        return {}, 0
    if "date" in found:
        found["date"] = _iso(*m.groups()) if (m := _ISO_DAY.search(found["date"])) else ""
    if "doc_type" in found:
        kind = found["doc_type"].upper()
        found["doc_type"] = kind if kind in DOC_TYPES else ""
    return {k: v for k, v in found.items() if v}, end


def _placed(issuer: str, site: str) -> str:
    """An issuer whose name ends at its level ("Văn phòng UBND tỉnh"), given the place its site names at its end
    ("Cổng thông tin điện tử tỉnh Đắk Lắk")."""
    level, place = place_at_end(issuer)
    where = place_at_end(site)[1] if site and level and not place else ""
    return f"{issuer} {where}" if where else issuer


def _split_number(f: dict) -> None:
    """ "1226 /TB-BKHCN" -> number 1226/TB-BKHCN; a draft's "/TB-SKHCN" -> no number, symbol TB-SKHCN."""
    raw = re.sub(r"\s+", "", f.get("number_raw", ""))
    if not raw:
        return
    f["symbol"] = raw.rsplit("/", 1)[-1] if "/" in raw else ""
    if re.match(r"^\d+", raw):
        f["number"] = raw


def _footer_fields(footer: list[str]) -> dict:
    """Recipients (Nơi nhận), signing capacity and signer from the lines after the body."""
    recipients: list[str] = []
    capacity: list[str] = []
    signer = signed_beside = ""
    in_recipients = False
    signature: list[str] = []  # the lines outside the recipients' list, for a block signed in two columns
    for line in footer:
        if _COPY.match(line):
            break  # a certified copy's own block, or an appendix, follows the signature
        if _RECIPIENTS.match(line):
            in_recipients = True
            rest = _RECIPIENTS.sub("", line).strip()
            if rest and _CAPACITY.match(rest) and not signer:  # "Nơi nhận: T/M BAN THƯỜNG VỤ": the columns on a line
                capacity.append(rest)
                signature.append(rest)
            elif rest:
                recipients.append(rest.lstrip("-– ").rstrip(";.,"))
            continue
        if in_recipients and line.startswith(("-", "–", "+", "•")):
            if m := _RAN_INTO.search(line):  # "- Lưu: VT, KHNV. Trịnh Hoàng Phong": the name of the signature's column
                signed_beside, line = m.group(1), line[:m.start() + 1]
            recipients.append(line.lstrip("-–+• ").rstrip(";.,").strip())
            continue  # (the list goes on past the signature's lines when the two columns interleave line by line)
        signature.append(line)
        if m := _SIGNER.match(line):
            signer = m.group(1)
        elif line.strip() and re.fullmatch(_DEGREES, line.strip()):
            continue  # "PGS.TS." printed above the name
        elif (_CAPACITY.match(line) or capacity and line.isupper() and len(line) <= 8
              and not line.endswith((";", ","))) and not signer:  # "KH&CN;" wraps a recipients' line
            line = re.sub(r"\s+", " ", line).strip()
            if capacity and (capacity[-1].endswith(("-", "–", ",")) or " " not in line and len(line) <= 8):
                capacity[-1] += " " + line  # a capacity wrapped onto a second line ("... - TỔNG" / "HỢP")
            else:
                capacity.append(line)
    if len(capacity) > 1 and _SECRETARY.match(capacity[0]):
        capacity = capacity[1:]  # minutes are signed by their secretary and their chair: the chair signs for them
    signer = signer or signed_beside
    if columns := _two_columns(signature):
        signer, capacity = columns
    out: dict = {"recipients": tuple(r for r in recipients if r)}
    if signer:
        out["signer"] = signer
    if capacity:
        out["signer_title"] = " / ".join(capacity)
    return out


def _people() -> tuple[frozenset[str], re.Pattern, re.Pattern]:
    from ingest.lexicon import load

    lex = load("people")
    roles = "|".join(re.escape(r) for r in sorted(lex["roles"], key=len, reverse=True))
    titles = "|".join(re.escape(t) for t in sorted(lex["titles"], key=len, reverse=True))
    return frozenset(lex["surnames"]), re.compile(rf"(?:{roles})(?=\s|$)"), re.compile(rf"(?:{titles})(?=\s|$)")


_SURNAMES, _ROLE, _TITLE = _people()
_CAPS_LINE = re.compile(rf"^[{UPPER}0-9 ,.\-/&()]+$")


def _two_headings(line: str) -> list[str]:
    """A caps line of a signature block as its columns' headings: "THƯ KÝ CHỦ TRÌ" -> two, "ĐẠI DIỆN BÊN A" -> one.
    A second side or role ("ĐẠI DIỆN", "CHỦ TRÌ") opens a column; so does "PHÓ", or a title right after a whole title
    ("CHỦ TỊCH TRƯỞNG ĐOÀN")."""
    cuts = [m.start() for m in _ROLE.finditer(line) if m.start() > 0 and line[m.start() - 1] == " "]
    if not cuts:
        words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", line)]
        for i, (at, _) in enumerate(words[1:], 1):
            before = line[:at].strip()
            if line.startswith("PHÓ ", at) or (_TITLE.match(line, at) and not before.endswith("PHÓ")
                                               and _TITLE.fullmatch(before.removeprefix("PHÓ ").strip())):
                cuts.append(at)
    if len(cuts) != 1:
        return [line]
    return [line[:cuts[0]].strip(), line[cuts[0]:].strip()]


def _names_side_by_side(words: list[str]) -> list[str]:
    """Capitalised words that are two or more people's names printed side by side ("Hoàng Thị Mai Phương Nông Văn
    Thắng"): each of 2-5 words and opening with a family name, the most even division first; [] when they are not."""
    best: list[str] = []

    def split(i: int, names: list[str]) -> None:
        nonlocal best
        if i == len(words):
            if len(names) >= 2 and (not best or min(map(len, (n.split() for n in names))) >
                                    min(map(len, (n.split() for n in best)))):
                best = list(names)
            return
        if words[i] not in _SURNAMES:
            return
        for n in range(2, min(5, len(words) - i) + 1):
            name = " ".join(words[i:i + n])
            if _SIGNER.match(name):
                split(i + n, [*names, name])

    if 4 <= len(words) <= 16:
        split(0, [])
    return best


def _name_then_title(words: list[str]) -> tuple[str, str] | None:
    """"Lê Thị Diệu Hiền PHÓ CHỦ TỊCH UBND XÃ": one cell's name beside the next cell's title."""
    at = next((i for i, w in enumerate(words) if len(w) > 1 and w.isupper()), None)
    if at and at >= 2 and _SIGNER.match(" ".join(words[:at])) and _CAPS_LINE.match(" ".join(words[at:])):
        return " ".join(words[:at]), " ".join(words[at:])
    return None


def _two_columns(lines: list[str]) -> tuple[str, list[str]] | None:
    """(signer, capacity) of a block signed in two columns, as minutes are ("THƯ KÝ | CHỦ TRÌ", "ĐẠI DIỆN BÊN A |
    ĐẠI DIỆN BÊN B"): the principal signs on the right, unless only the right column is the secretary's. A PDF or a
    text file gives each row's two cells on one line ("Hoàng Thị Mai Phương Nông Văn Thắng"), a Word table each cell
    on its own line, row by row. None when the block is not in two columns."""
    left: dict = {"h": [], "n": ""}
    right: dict = {"h": [], "n": ""}
    singles: list[str] = []  # headings of one cell each, rows not yet known
    two = False

    def settle() -> None:  # cells of a Word table, row by row: both cells of the first row name a side or a role
        nonlocal two
        if len(singles) >= 2 and len(singles) % 2 == 0 and (m := _ROLE.match(singles[0])) \
                and singles[1].startswith(m.group(0)):
            left["h"] += singles[0::2]
            right["h"] += singles[1::2]
            two = True
        singles.clear()

    for line in lines:
        line = " ".join(line.split())
        if _SIGNED.match(line):
            continue
        words = line.split()
        caps = bool(_CAPS_LINE.match(line)) and len(line) >= 4
        if caps:
            heads = _two_headings(line)
            if len(heads) == 2:
                settle()
                left["h"].append(heads[0])
                right["h"].append(heads[1])
                two = True
            elif not (_ROLE.match(line) or _TITLE.match(line)) and (singles or right["h"]):
                target = singles if singles else right["h"]
                target[-1] += " " + line  # "ĐẠI DIỆN BAN QUẢN LÝ KHU KINH TẾ HẢI" / "PHÒNG"
            elif two:
                (right if left["h"] and _SECRETARY.match(left["h"][0]) else left)["h"].append(line)
            else:
                singles.append(line)
            continue
        if mixed := _name_then_title(words):  # the left cell's name, the right cell's title
            settle()
            if two and not left["n"]:
                left["n"] = mixed[0]
                right["h"].append(mixed[1])
            continue
        names = _names_side_by_side(words) or ([line] if _SIGNER.match(line) else [])
        if names:
            settle()
            if not two:
                return None
            if len(names) >= 2 and not left["n"]:
                left["n"], right["n"] = names[:2]
            elif not left["n"]:
                left["n"] = names[0]
            else:
                right["n"] = names[-1]
            if right["n"]:
                break
    if not (two and right["n"]):
        return None
    side = left if right["h"] and _SECRETARY.match(right["h"][0]) and left["h"] and not _SECRETARY.match(
        left["h"][0]) else right
    return side["n"], side["h"]


def _issuer(agency: list[str], body: list[str]) -> str:
    """The header's agency lines ("UBND TỈNH LÀO CAI" over "VĂN PHÒNG" -> "VĂN PHÒNG UBND TỈNH LÀO CAI");
    without a header, the body's own "<agency> thông báo ..." sentence."""
    levels: list[str] = []
    for line in agency:
        opens = find_units(_EXECUTIVE.sub("", line).title())  # "BCH HỘI NÔNG DÂN TỈNH" under "HỘI NÔNG DÂN VIỆT NAM"
        # "TỔNG CÔNG TY" / "ĐƯỜNG SẮT", and over "BƯU ĐIỆN VIỆT NAM" a head alone is the start of a name
        if levels and not _EXECUTIVE.match(line) and (_CONTINUATION.match(line) or not (opens and opens[0][0] == 0) or
                       " ".join(levels[-1].lower().split()) in HEADS):
            levels[-1] += " " + line
        else:
            levels.append(line)
    if levels:
        return _issuing_body(levels)
    for line in reversed(body[-3:]):
        for m in _SAYS.finditer(line):
            spans = find_units(m.group(1))
            if spans and spans[0][0] == 0:
                return m.group(1).strip()
    return ""


def _inner_units() -> frozenset[str]:
    from ingest.lexicon import load

    return frozenset(unit_key(n) for n in load("gazetteer")["units_inside"])


_INNER = _inner_units()


def _generic_units() -> frozenset[str]:
    from ingest.lexicon import load

    return frozenset(unit_key(n) for names in load("gazetteer").values() for n in names)


_GENERIC = _generic_units()  # names every province or ministry has ("Sở Nội vụ"): the parent says whose


def _header_heads() -> dict[str, tuple[str, ...]]:
    """How the body over a unit completes its name, by the unit's head (ingest/lexicon/units.yaml), folded."""
    from ingest.lexicon import load

    lex = load("units")
    return {k: tuple(fold(h) for h in lex[k]) for k in ("leadership_bodies", "team_heads", "part_heads",
                                                          "branch_heads", "provincial_heads")}


_HEADER_HEADS = _header_heads()
_COUNTRY = re.compile(r"(?i)\s+VIỆT NAM$")
_EXECUTIVE = re.compile(r"(?i)^(?:BCH|BAN CHẤP HÀNH)\s+(?=\S)")


# Committees formed at every level, named by their task alone: the parent in the header says whose they are.
_EVERY_LEVEL = ("ban chi dao", "ban chi huy", "hoi dong thi dua")


def _issuing_body(levels: list[str]) -> str:
    """The body that issues, from the header's lines over it (parent first): the last line, completed from the
    parent where it does not say where it is ("VĂN PHÒNG" under "UBND TỈNH LÀO CAI" -> "VĂN PHÒNG UBND TỈNH LÀO
    CAI"; "SỞ NỘI VỤ" under "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH" -> "SỞ NỘI VỤ THÀNH PHỐ HỒ CHÍ MINH";
    "BỆNH VIỆN ĐA KHOA TỈNH" under "SỞ Y TẾ THANH HÓA" -> "BỆNH VIỆN ĐA KHOA TỈNH THANH HÓA")."""
    from ingest.units import identity

    unit = levels[-1]
    if len(levels) == 1:
        return unit
    parent = levels[-2]
    committee = re.match(r"(?i)^(TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG)\s+ỦY$", unit.strip())
    if committee and (whole := re.match(r"(?i)^ĐẢNG BỘ\s+(.+)$", parent.strip())):  # "ĐẢNG BỘ TỈNH LÂM ĐỒNG" / "TỈNH ỦY"
        where = whole.group(1)
        if committee.group(1).upper() != "ĐẢNG":  # "Tỉnh ủy Lâm Đồng": its level is in its name
            where = re.sub(r"(?i)^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)\s+", "", where)
        return f"{unit} {where}"
    if executive := _EXECUTIVE.match(unit):  # an organisation's executive committee speaks for it
        rest = unit[executive.end():]
        opens = find_units(rest.title())
        if opens and opens[0][0] == 0:  # "BCH HỘI NÔNG DÂN TỈNH X", "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH" completed as any body
            return _issuing_body([*levels[:-1], rest])
        if place_at_end(rest)[0]:  # "BAN CHẤP HÀNH TỈNH X" under "HỘI CỰU CHIẾN BINH VIỆT NAM"
            return f"{_COUNTRY.sub('', parent)} {rest}"
        return unit  # "BAN CHẤP HÀNH TRUNG ƯƠNG"
    core, level, place = identity(unit)
    p_core, p_level, p_place = identity(parent)
    words = parent.split()
    where = " ".join(words[-len(p_place.split()):]) if p_place else ""
    bare_level, written_place = place_at_end(unit)
    if where and bare_level and not written_place:  # "ĐẢNG ỦY CÔNG AN TỈNH" under "ĐẢNG BỘ TỈNH LẠNG SƠN"
        return f"{unit} {where}"
    if place:
        return unit
    heads = _HEADER_HEADS
    if core in heads["leadership_bodies"]:  # "BAN THƯỜNG TRỰC" speaks for the "ỦY BAN MTTQ VIỆT NAM TỈNH ..." over it
        return _issuing_body(levels[:-1])
    if len(unit.split()) <= 2 or core in _INNER or core.startswith(heads["team_heads"]):
        # a bare "VĂN PHÒNG", a "HỘI ĐỒNG THUỐC VÀ ĐIỀU TRỊ", an "ĐOÀN KIỂM TRA LIÊN NGÀNH": of the parent,
        return f"{unit} {_issuing_body(levels[:-1])}"  # itself completed ("BỆNH VIỆN ĐA KHOA TỈNH" of "SỞ Y TẾ LÂM ĐỒNG")
    if core.startswith(heads["part_heads"]):  # "KHOA Y DƯỢC, TRƯỜNG ĐẠI HỌC TÂY NGUYÊN"
        return f"{unit}, {_issuing_body(levels[:-1])}"
    if core.startswith(heads["branch_heads"]):  # "NGÂN HÀNG NHÀ NƯỚC CHI NHÁNH KHU VỰC 10": the country left out
        return f"{_COUNTRY.sub('', _issuing_body(levels[:-1]))} {unit}"
    if not p_place:
        return unit
    n = len(p_place.split())
    if level:  # "... TỈNH" + the parent's name
        return f"{unit} {where}"
    if core.startswith(_EVERY_LEVEL):  # "BAN CHỈ ĐẠO ..." under "TỈNH ỦY QUẢNG NGÃI": the province's steering committee
        party = re.match(r"(?i)^(TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG)\s+ỦY\b", parent)
        lvl = (p_level and " ".join(words[-n - len(p_level.split()):-n])) or \
            (party and {"THÀNH": "THÀNH PHỐ", "THỊ": "THỊ XÃ"}.get(party.group(1).upper(), party.group(1)))
        if lvl and fold(lvl) in ("tinh", "thanh pho", "huyen", "quan", "thi xa", "xa", "phuong"):
            return f"{unit} {lvl} {where}"
    if core not in _GENERIC and not core.startswith(heads["provincial_heads"]):
        return unit  # a body with a name of its own ("TRƯỜNG THPT PHAN CHÂU TRINH") says who it is
    named = " ".join(words[-n - len(p_level.split()):]) if p_level else where
    return f"{unit} {named}"


_CHAIR_LABEL = re.compile(r"Chủ trì(?:\s+(?:cuộc họp|hội nghị|buổi làm việc|phiên họp|buổi họp))?\s*:\s*([^,;(\n]+?)"
                          r"(?:\s+[-–]\s|[,;(\n]|\.\s|$)")
_PERSON = re.compile(rf"(?:[{UPPER}][{LOWER}]+)(?:\s+[{UPPER}][{LOWER}]+){{1,3}}")
_ATTENDING = re.compile(r"^(?:Tham dự|Dự họp|Đến dự|Cùng dự|Tham gia|Đại diện)", re.I)


def _person_before(text: str) -> str:
    """The person's name that ends `text` ("Phó Thủ tướng Chính phủ Nguyễn Quang Hưng" -> "Nguyễn Quang Hưng")."""
    m = re.search(rf"((?:[{UPPER}][{LOWER}]+\s+){{1,3}}[{UPPER}][{LOWER}]+)\s*$", text)
    if m:
        return m.group(1)
    # "Cô Lê Hoài Thu, Hiệu trưởng", "PGS.TS. Ngô Trí Hiếu, Giám đốc Đại học Huế", "ông Nông Văn Thắng - Phó Giám đốc
    # Ban, (chủ trì)": the name before the title
    m = re.search(rf"((?:[{UPPER}][{LOWER}]+\s+){{1,3}}[{UPPER}][{LOWER}]+)(?:,|\s+[-–])\s+[^,;:]{{2,80}}$",
                  text.rstrip(" ,("))
    return re.sub(r"^(?:Cô|Thầy|Ông|Bà|Anh|Chị)\s+(?=\S+\s+\S)", "", m.group(1)) if m else ""


def _composition(body: list[str]) -> list[str]:
    """The lines of a biên bản's "I. THÀNH PHẦN" (who attended, each with their part: "ông X - Phó Giám đốc, chủ
    trì"), up to the next part."""
    start = next((i + 1 for i, x in enumerate(body[:20]) if re.match(r"^\W*(?:[IVX]+\W+)?THÀNH PHẦN\b", x.strip())), None)
    if start is None:
        return []
    end = next((i for i in range(start, len(body)) if re.match(r"^[IVX]+\.\s", body[i].strip())), len(body))
    return body[start:end]


def _chair(title: str, intro: list[str]) -> str:
    """Who chaired: "Kết luận của đồng chí X"; "Chủ trì cuộc họp: BSCKII X - Giám đốc"; the comrade of the
    "chủ trì" sentence, or the name right before its "chủ trì" ("Phó Thủ tướng Nguyễn Quang Hưng chủ trì"); the
    leader giving the conclusions; else the first comrade named outside the list of those attending."""
    if m := _COMRADE.search(title):
        return m.group(1)
    text = " ".join(intro)
    if (m := _CHAIR_LABEL.search(text)) and (name := _PERSON.findall(m.group(1))):
        return name[-1]
    sentences = re.split(r"(?<=[.;])\s+", text)
    for sentence in sentences:
        if "chủ trì" in sentence:
            if m := _COMRADE.search(sentence):
                return m.group(1)
            if name := _person_before(sentence[:sentence.index("chủ trì")]):
                return name
    for sentence in sentences:
        if "kết luận" in sentence and (m := re.search(r"(?:Bộ trưởng|Thứ trưởng|Chủ tịch|Giám đốc)\s+" + _NAME, sentence)):
            return m.group(1)
    for sentence in sentences:
        if not _ATTENDING.match(sentence) and (m := _COMRADE.search(sentence)):
            return m.group(1)
    return ""
