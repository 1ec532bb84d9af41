"""Where a question is analysed: its language, intent, content terms, the units and document numbers it
names; follow-ups resolved."""

from __future__ import annotations

import functools
import re

from ingest.notice import DOC_TYPES
from ingest.units import HEADS, unit_key, unit_names
from ingest.vn import EN_WORDS, SYLLABLE, fold, fold_map, language
from prompts import load

STOP = {
    # Vietnamese question and function words (folded)
    "khi", "nao", "gi", "ai", "phai", "la", "co", "duoc", "cua", "cac", "nhung", "va", "trong", "the", "thi",
    "sao", "bao", "gio", "hay", "cho", "biet", "voi", "ve", "tai", "nay", "do", "nhu", "den", "tu", "o", "mot",
    "viec", "con", "vay", "theo", "da", "se", "can", "lam", "nhiem", "vu",
    # English
    *EN_WORDS, "and", "or", "in", "on", "at", "a", "an", "that", "this", "it", "its", "be", "any", "with", "from",
}
DEADLINE = re.compile(r"\b(khi nao|bao gio|thoi han|han chot|han|truoc ngay nao|thoi gian nao|luc nao|"
                      r"when(?! \w+ing\b)|deadline|deadlines|by when|due|bao lau|within how many|"
                      r"by what (?:date|time|day)|what time)\b")
WHO = re.compile(r"\b(ai|don vi nao|co quan nao|phong nao|so nao|ban nao|bo nao|nganh nao|to chuc nao|who|"
                 # "which units", "which Hanoi department", "which two ministries"
                 r"which(?: (?!and\b|or\b)\w+){0,2}? (?:units?|agenc(?:y|ies)|offices?|"
                 r"departments?|ministr(?:y|ies)|bod(?:y|ies)|organi[sz]ations?|committees?|authorit(?:y|ies))|"
                 r"chu tri|phoi hop voi ai)\b")
# How long, not by when: a time allowed ("trong vòng 48 giờ", "10 ngày làm việc kể từ ...") answers it (folded).
DURATION = re.compile(r"\b(bao lau|how long|within how many)\b")
# By what time of day ("By what time must X report", "trước mấy giờ"): a deadline with its hour answers (folded).
CLOCK = re.compile(r"\b(what time|may gio|luc may gio|what hour)\b")
# Over what period something runs ("Over what period must X inspect ...", "When does the peak month run?", "diễn ra
# khi nào"): a span "từ ngày X đến ngày Y" answers it, not a deadline (folded). "Within what period" asks for a time
# allowed, "từ ngày nào" for a start.
PERIOD = re.compile(r"(?<!within )\b(over what period|what period|which period|during what (?:period|time)|"
                    r"when (?:does|do|did|is|are|will)\b.{0,80}\b(?:run|runs|take place|takes place|last|held)\b|"
                    r"dien ra (?:tu|trong|khi nao|vao ngay nao))")
# How often (English; a Vietnamese question's "hằng tháng", "định kỳ hằng quý" are read by ingest.deadlines, as in
# the notices), folded.
_EN_RECURRING = {"daily": r"daily|every day|each day", "weekly": r"weekly|every week|each week|day of the week",
                 "monthly": r"monthly|every month|each month", "quarterly": r"quarterly|every quarter|each quarter",
                 "yearly": r"annually|yearly|every year|each year"}
SIGNER = re.compile(r"\b(ai ky|nguoi ky|ky ban hanh|signed|signer|who signed)\b")
DATE = re.compile(r"\b(ngay nao|ngay ban hanh|ban hanh ngay|what date|dated|issued on|issue date)\b")
LIST = re.compile(r"\b(nhung|cac|deadlines|tasks|all|list|liet ke)\b")
_FOLLOW = re.compile(r"^(?:còn|thế còn|vậy còn|con|the con|vay con|what about|how about|and)\s+(.+?)"
                     r"(?:\s+(?:thì sao|thi sao|thế nào|the nao))?\s*\??$", re.IGNORECASE)


# "... ký thông báo ... là ai", "người nào ký": "ký" read with its accent (folded, it is also "kỳ họp").
_SIGNED = re.compile(r"\bký\b")
_WHO_SIGNED = re.compile(r"\b(ai|người nào|là ai)\b")
# A question that asks "when" beside another fact ("Who chaired ..., and on what date was it held?", "Ai ký ... và
# ban hành ngày nào?"): the answer gives the date too (folded).
WHEN = re.compile(r"\b(when|what date|which day|on what date|ngay nao|hom nao|khi nao|bao gio|ngay may)\b")
# When a document was issued or signed: its own date, not a deadline in it.
ISSUED = re.compile(r"\b(when was .* (?:issued|signed|dated)|(?:ban hanh|ky) (?:ngay nao|khi nao|vao ngay nao|bao gio)|"
                    r"ngay ban hanh|ngay ky|issue date|date of issue)\b")


# The document's own number ("mang số hiệu gì", "số mấy", "what is the reference number of ..."): its header's
# "Số:" line answers.
NUMBER = re.compile(r"\b(so hieu|so may|mang so|so bao nhieu|(?:reference|document|notice|official) number|"
                    r"(?:what|which) is the number of (?:the |this |that )?(?:\w+ )?(?:notice|conclusion|plan|directive|document|"
                    r"decision|dispatch|resolution|minutes|report)|which number|"
                    # "What is the number and issue date of the ... notice": a count has no date
                    r"(?:what|which) (?:is|are) (?:the|its) number and (?:the |its )?(?:issue |issuing |signing )?date)\b")
_AND_DATE = re.compile(r"\bnumber and (?:the |its )?(?:issue |issuing |signing )?date\b")
# The kinds of document a question may name, as the folded doc_types a notice records: the reader's own types
# ("thông báo", "kế hoạch", ...) and their English names.
_KINDS = {fold(t): fold(t) for t in DOC_TYPES} | {
    "notice": "thong bao", "conclusion": "ket luan", "plan": "ke hoach", "directive": "chi thi",
    "dispatch": "cong dien", "decision": "quyet dinh", "resolution": "nghi quyet", "minutes": "bien ban",
    "report": "bao cao"}
# A conclusion is issued as a notice ("Thông báo kết luận"): either type answers for it.
_SAME_KINDS = {"ket luan": {"ket luan", "thong bao"}}


def document_kinds(question: str) -> set[str]:
    """The folded doc_types that the first kind of document a question names may be recorded as (none: empty)."""
    f = fold(question)
    found = [(m.start(), kind) for word, kind in _KINDS.items() for m in [re.search(rf"\b{word}s?\b", f)] if m]
    if not found:
        return set()
    kind = min(found)[1]
    return _SAME_KINDS.get(kind, {kind})


# Document numbers: "60/2021/NĐ-CP", "1226/TB-BKHCN", "nghị định 60/2021", "QĐ 2099".
_IDENT = re.compile(r"\b\d{1,5}(?:/\d{4})?/[A-Za-zĐđ][\wĐđ\-]*|\b\d{1,5}/\d{4}\b", re.UNICODE)
# ... with the "số" that may introduce it ("Biên bản ... số 41/BB-BVĐK"): a name never ends with it.
_NUMBERED = re.compile(rf"(?:\b[Ss]ố\s+)?(?:{_IDENT.pattern})")


# A document number as a text writes it: with its symbol ("1226/TB-BKHCN"), or "số 60/2021" (not "tháng 11-12/2023").
_WRITTEN_IDENT = re.compile(r"\b\d{1,5}(?:/\d{4})?\s*/\s*[A-ZĐ][\wĐđ\-]*|\b[Ss]ố\s+\d{1,5}/\d{4}\b")


def holds_identifier(text: str) -> bool:
    """The text writes a document number."""
    return bool(_WRITTEN_IDENT.search(text))


def document_numbers(question: str) -> list[re.Match]:
    """Where a question writes document numbers ("1226/TB-BKHCN"; not "tháng 10/2025", a month)."""
    folded = fold(question)
    return [m for m in _IDENT.finditer(question)
            if not re.search(r"\b(?:thang|quy|nam|month|in|of)\s*$", folded[:m.start()])]


def identifiers(question: str) -> list[str]:
    """The document numbers a question names, folded ("1226/tb-bkhcn")."""
    return [fold(m.group(0)) for m in document_numbers(question)]


# Where a unit name in a question ends: at the question's own words ("Công an tỉnh Thái Nguyên do ai ký").
_ASKING = re.compile(r"\s+(?:do ai|là ai|là gì|nào|ai|gì|đâu|khi nào|bao giờ|phải|được|có|đã|sẽ|cần)\b.*$",
                     re.IGNORECASE)
# Names that are the question itself, not a unit: "các đơn vị nào", "cơ quan nào".
_GENERIC = {"don vi", "co quan", "phong", "ban", "so", "bo", "nganh", "dia phuong", "to chuc", "doanh nghiep"}


@functools.cache
def _people() -> tuple[re.Pattern, frozenset[str]]:
    """A person's title or form of address ending a text (folded), and the surnames (folded): a surname after a
    title opens a person's name ("Deputy Minister Đoàn Trọng Bảo", "đồng chí Đoàn Văn B"), not a unit whose name
    opens with the same word ("Đoàn Thanh niên")."""
    from ingest.lexicon import load as lexicon

    people = lexicon("people")
    titles = sorted({fold(t) for t in (*people["titles"], *people["question_titles"])}, key=len, reverse=True)
    return (re.compile(rf"\b(?:{'|'.join(map(re.escape, titles))})\.?\s*$"),
            frozenset(fold(n) for n in people["surnames"]))


def _a_person(question: str, name: str) -> bool:
    """`name`, found in `question`, is a person's, after their title."""
    title, surnames = _people()
    at = question.find(name)
    return at > 0 and fold(name.split()[0]) in surnames and bool(title.search(fold(question[:at])))


def unit_names_asked(question: str) -> list[str]:
    """The unit names a question names, as written, cut where the question's own words begin; "các đơn vị
    nào" and the like are no unit, nor a person's name after their title."""
    out = []
    english = _english_words() if language(question) == "en" else frozenset()
    for name in unit_names(_NUMBERED.sub(" ", question)):  # "318/BB-BQL" names a document, not a unit "BQL"
        if _a_person(question, name):
            continue
        name = _ASKING.sub("", name).strip(" ,.;:?")
        if english:  # "TB-UBND on preparing for ...", "Hội đồng Đội hand out": an English word ends the name
            words = name.split()
            cut = next((i for i, w in enumerate(words) if i and _english_word(w.strip(",.;:?'"), english)),
                       len(words))
            name = " ".join(words[:cut]).strip(" ,.;:?")
        if name and unit_key(name) not in _GENERIC and name not in out:
            out.append(name)
    return out


# "Tổ dân phố số 7", "bão số 6", "Residential Group No. 7" (folded): a numbered one of its kind, not a document number
_DESIGNATION = re.compile(r"\b(?:so|no\.?|number)\s+0*(\d{1,3})\b(?!\s*[/.,]\s*\d|/)")


def designations(question: str) -> list[str]:
    """The numbers a question names things by ("số 7", "No. 7" -> "7")."""
    return _DESIGNATION.findall(fold(question))


# "Phòng PC08", "đèo Khánh Lê (QL27C)", "lớp K52", "kho A3, A4": a code of capitals and digits names one thing; not a
# period ("Q1/2025", "T2/2026") nor a document number ("12/TB-UBND", read by `identifiers`)
_CODE = re.compile(r"(?<![\w/-])(?=[A-Z]*\d)[A-Z]{1,4}\d{1,3}[A-Z]?(?![\w/-])")


def codes(question: str) -> list[str]:
    """The codes a question names things by ("PC04", "QL27C"), folded."""
    return [fold(c) for c in _CODE.findall(question)]


def _english_word(word: str, english: frozenset[str]) -> bool:
    """An English word: in the English lexicon, or written small in letters no Vietnamese syllable is made of."""
    low = word.lower()
    return low in english or word.isascii() and word.islower() and not SYLLABLE.match(low)


def english_units(question: str) -> list[frozenset[str]]:
    """The units an English question names through prompts/units_en.yaml, each as the Vietnamese unit keys it may
    stand for: "the Nghệ An Department of Health" -> {"so y te", "vu y te", "phong y te"}; "the Science Management
    Office" -> {"phong quan ly khoa hoc", "van phong quan ly khoa hoc"}. A name without its head word ("health") names
    a field, not a unit."""
    if language(question) != "en":
        return []
    text, out = f" {question.lower()} ", []
    for patterns in _english_unit_patterns():  # a subject's kinds, its longest names first
        for pattern, keys in patterns:
            if m := pattern.search(text):
                out.append(keys)
                text = text[:m.start()] + " " + text[m.end():]  # "the Department of Health" once, not "health" again
                break
    return out


@functools.cache
def _english_unit_patterns() -> tuple[tuple[tuple[re.Pattern, frozenset[str]], ...], ...]:
    """Per English subject of prompts/units_en.yaml (longest first), each kind's pattern ("department(s) of (the)
    health", "health department") with the Vietnamese unit keys it stands for; then each body's ("the tax office")."""
    gloss = load("units_en")
    kinds = tuple(
        # the whole subject: "tourism" of "the culture and tourism department" is no unit of its own
        tuple((re.compile(rf"\b{word}s? of (?:the )?{re.escape(english)}\b(?!,| and\b)|(?<!\band )(?<!& )(?<!, )(?<!-)\b"
                          rf"{re.escape(english)} {word}s?\b"),
               frozenset(f"{h} {core}" for h in heads)) for word, heads in gloss["kinds"].items())
        for english, core in sorted(gloss["subjects"].items(), key=lambda kv: -len(kv[0])))
    bodies = tuple(((re.compile(rf"\b{re.escape(english)}s?\b"), frozenset(keys)),)  # "the Lang Son courts"
                   for english, keys in sorted(gloss["bodies"].items(), key=lambda kv: -len(kv[0])))
    return kinds + bodies


def units(question: str) -> list[str]:
    """Unit keys of the unit names in a question ("Phòng Kế hoạch – Tài chính" -> "phong ke hoach tai chinh")."""
    return [unit_key(n) for n in unit_names_asked(question)]


# How questions are framed, not what they ask about: "..., đúng hay sai?", "các hoạt động nào sau đây", "là gì".
# Left out of the words the lexical ranking matches, so a long statement-question ranks by its content.
_TEMPLATE = re.compile(r"\b(?:dung hay sai|dung hay khong|co dung khong|dung khong|co phai|phai khong|hay khong|"
                       r"nao sau day|sau day|nhu the nao|nhu nao|the nao|la gi|gi|nao|bao lau|bao nhieu|khi nao|"
                       r"bao gio|o dau|tai sao|vi sao|what|which|who|when|where|how|why|true or false)\b")


def search_words(question: str) -> str:
    """The question without its framing words (diacritics kept), for the lexical ranking."""
    folded, pos = fold_map(question)
    out, at = [], 0
    for m in _TEMPLATE.finditer(folded):
        out.append(question[at:pos[m.start()]])
        at = pos[m.end()]
    out.append(question[at:])
    return " ".join("".join(out).split()) or question


# Meeting facts, answered from the notice's opening paragraph: who chaired it, when it was held. In Vietnamese a
# meeting word must be there ("Ai chủ trì xây dựng kế hoạch" asks for a unit that leads a task).
_MEETING = r"(?:cuoc hop|hoi nghi|buoi lam viec|phien hop|buoi hop|giao ban|cuoc lam viec|buoi giao ban)"
CHAIR = re.compile(r"\b(?:who|which(?! (?:units?|departments?|agenc|ministr|bod|offices?|organi|committees?))(?: \w+){1,4}) "
                   r"(?:chaired|presided|led the meeting)|\bchaired by\b|"
                   rf"\b(?:ai|nguoi nao|dong chi nao|lanh dao nao)\b.{{0,40}}\bchu tri\b.{{0,60}}\b{_MEETING}\b|"
                   rf"\bchu tri\b.{{0,60}}\b{_MEETING}\b.{{0,80}}\b(?:la ai|ai)\b")
MEETING_DATE = re.compile(rf"\b{_MEETING}\b.{{0,120}}\b(?:dien ra|duoc to chuc|to chuc|hop|khai mac)\s+(?:vao\s+)?"
                          r"(?:ngay nao|hom nao|khi nao|bao gio|luc nao)\b|"
                          r"\b(?:when|what date|which day|on what date)\b.{0,120}\b(?:meeting|conference|session|"
                          r"briefing)\b.{0,60}\b(?:held|hold|took place|take place|convened|met)\b|"
                          r"\b(?:when|what date|which day|on what date)\b.{0,120}\b(?:hold|held|convene)\b.{0,40}"
                          r"\b(?:meeting|conference|session|briefing)\b")


# An event still to come ("hội nghị tổng kết ... dự kiến tổ chức ngày nào", "when is the session expected to be held"):
# a date the notice's conclusions set, not the meeting the notice records.
_PLANNED = re.compile(r"\b(?:expected to|scheduled|will be|will take|is to be|are to be|planned|due to be|du kien|"
                      r"se (?:dien ra|duoc to chuc|to chuc|hop|khai mac))\b")
_OPENS_AMOUNT = re.compile(r"^(?:how much|how many|what share|what percentage)\b")
_ALSO_WHEN = re.compile(r"\b(?:and|,) (?:by )?(?:when|what date)\b")


# The kinds a notice's opening and closing answer (when, who chaired, who signed, its number), and who attended.
FRAME_KINDS = frozenset({"date", "chair", "meeting", "signer", "number"})
_ATTENDED = re.compile(r"\b(tham du|du hop|thanh phan (?:tham du|du hop)|attend\w*|participa\w*|present)\b")


def asks_issue_date(question: str) -> bool:
    """Beside what else it asks, the question asks when the document was issued ("số mấy, ngày nào", "the number and
    issue date of", "Who signed ..., and when")."""
    f = fold(question)
    return bool(WHEN.search(f) or ISSUED.search(f) or _AND_DATE.search(f))


def asks_frame(question: str) -> bool:
    """The question asks what a notice's opening or closing says (the meeting, who attended), not what was decided."""
    return intent(question) in FRAME_KINDS or bool(_ATTENDED.search(fold(question)))


def intent(question: str) -> str:
    """deadline | signer | chair | meeting | number | date | who | what."""
    f = fold(question)
    low = question.lower()
    if SIGNER.search(f) or (_SIGNED.search(low) and _WHO_SIGNED.search(low)):
        return "signer"
    if CHAIR.search(f):
        return "chair"
    if _OPENS_AMOUNT.search(f) and not _ALSO_WHEN.search(f):
        return "what"  # "How much had X disbursed when the meeting was held?": a figure, answered by `asks_amount`
    if MEETING_DATE.search(f) and not _PLANNED.search(f):
        return "meeting"
    if NUMBER.search(f):
        return "number"
    if ISSUED.search(f):
        return "date"
    if DEADLINE.search(f) or PERIOD.search(f):
        return "deadline"
    if DATE.search(f):
        return "date"
    if WHO.search(f):
        return "who"
    return "what"


# "rate" asks for one unless it qualifies another noun ("an interest-rate support mechanism")
_AMOUNT = re.compile(r"\b(bao nhieu|how much|how many|what share|what percentage|(?<!-)rate|ty le|"
                     # "What was Hải Dương's total state budget revenue", "What raw coal output target did TKV set"
                     # the quantity is what the question's first noun phrase names ("the plan for the budget" is a
                     # plan; "the output of the working group" is no figure)
                     r"what (?:is|was|are|were|will be)(?: (?!for\b|of\b|about\b|on\b|to\b|with\b|in\b)\S+){0,5}? "
                     r"(?:total|budget|cost|amount|funding|area|number of|revenue|target|output|value|volume|capacity|"
                     r"fee|fees|tuition|fare|"
                     r"percentage|ratio|price)(?! of (?:the|a|an|this|its)\b)|"
                     # "What selling price per tonne did X set", "What electricity purchase price was agreed"
                     r"what(?: \S+){0,3} (?:target|output|revenue|budget|figure|price|fee|tuition|fare|cost)s?"
                     r"(?: per \S+)? (?:did|does|do|was|is|were|are|will|has|have)|"
                     # "below what overdue-debt ratio", "to what level must it bring the debt"
                     r"what(?: \S+){0,2} (?:ratio|proportion|percentage)|"
                     r"(?:below|above|under|over|to|at) what (?:level|threshold|figure))\b")


# What a unit was given to do ("giao Sở X nhiệm vụ gì", "Sở X phải làm gì", "What did the committee ask the
# Department of Health to do?", "what task was given to X") (folded)
_TASK = re.compile(r"\b(?:nhiem vu|viec|lam) (?:gi|nao|nhung gi)\b|\bwhat (?:tasks?|duties|assignments?)\b|"
                   r"\bwhat (?:must|should|does|do|did|will|has|have)\b.{0,100}\bdo\b|"
                   r"\b(?:asked|told|required|instructed|directed|assigned)\b.{0,100}\bto do\b|"
                   # "What did the committee ask the Department of Health to prepare / stock?"
                   r"\bwhat (?:did|does|do|has|have|will)\b.{0,100}\b(?:ask|tell|require|instruct|direct|assign|"
                   r"request|urge)\b.{0,100}\bto [a-z]+")


def asks_task(question: str) -> bool:
    """The question asks what a unit was given to do."""
    return bool(_TASK.search(fold(question)))


# "How many defendants did ...", "bao nhiêu ca tử vong ...": the thing counted is named by the words after them, up
# to three, until the question's next words
_COUNT_OPENS = re.compile(r"\b(?:how many|bao nhiêu)\s+", re.IGNORECASE)
_COUNT_ENDS = frozenset(
    "did does do were was are is have has had will would must should can could in of for at on by per according under "
    "during from to and that which with được đã sẽ đang còn cho của tại trong từ năm tháng quý trên ở và là mà mỗi "
    "với theo đến nào không do vào khi so thuộc cần phải dịp".split())
# Words that count without naming what ("how many people / times / days", "bao nhiêu người / lần / tấn"): a notice
# counts the same thing with other words ("241 người chết", "187 ca", "03 đợt"), so they are no check
_MEASURES = frozenset(
    "people person persons households household families family times time days day weeks week months month years "
    "year hours hour trips trip rounds round sessions session tonnes tonne tons ton hectares hectare ha kilometres "
    "kilometers km metres meters units unit cases case items pieces copies sets places batches "
    "người hộ lần ngày tuần tháng năm giờ đợt tấn héc-ta km ca cái chiếc con lượt điểm suất mẫu vụ buổi chuyến "
    "trường hợp đơn vị".split())


def counted(question: str) -> list[tuple[str, ...]]:
    """What a "how many" question counts, as the groups of folded phrases that must name it (an English one's through
    the glossary; a Vietnamese one's syllables); [] when it counts nothing named or the glossary does not know it."""
    m = _COUNT_OPENS.search(question)
    if not m:
        return []
    english = language(question) == "en"
    words = []
    for w in re.findall(r"[\w-]+", question[m.end():].lower())[:3]:
        if w in _COUNT_ENDS:
            break
        if w not in _MEASURES:
            words.append(w)
        elif english:  # "how many days after ...": the counting noun ends an English name ("bao nhiêu tấn gạo" does not)
            break
    if english:
        return english_terms(" ".join(words))
    return [(fold(w),) for w in words if fold(w) not in STOP]


def asks_amount(question: str) -> bool:
    """"How much / how many / what share" questions, answered by a figure."""
    return bool(_AMOUNT.search(fold(question)))


def wants_list(question: str) -> bool:
    return bool(LIST.search(fold(question)))


def content_terms(question: str) -> set[str]:
    """Folded syllables that carry the question's meaning."""
    return {t for t in re.findall(r"[\w/&\-]+", fold(question)) if t not in STOP and len(t) > 1}


# English nouns after which one such syllable is a name ("Vinh University", "Hue City").
_NAMED_BY = {"university", "province", "city", "district", "ward", "commune", "town", "hospital", "port", "river",
             "bridge", "airport", "market", "street", "school", "college", "company", "corporation", "island", "bay",
             "lake", "park", "zone", "village"}


def vietnamese_names(question: str) -> list[str]:
    """Vietnamese names in an English question, as written: "Lào Cai", "Vietquartz Yên Bái", "Thống Nhất": runs
    of capitalised words, English words trimmed from their ends, that hold a Vietnamese letter; typed without
    diacritics, runs of capitalised Vietnamese syllables that are no English words ("Bat Trang", "Phan Chau
    Trinh"), or one before a noun that names it ("Vinh University")."""
    english = _english_words()
    out, run = [], []
    toks = re.findall(r"[\w&]+", question)
    for i, tok in enumerate([*toks, ""]):
        if tok[:1].isupper():
            run.append(tok)
            continue
        # "Department" ends "Lào Cai Department"; "An", "Long" after a Vietnamese word end "Nghệ An", "Vĩnh Long"
        while run and run[-1].isascii() and run[-1].lower() in english and not (
                len(run) >= 2 and not run[-2].isascii() and SYLLABLE.match(run[-1].lower())):
            run.pop()
        while run and run[0].isascii() and run[0].lower() in english:
            run.pop(0)
        if run and not " ".join(run).isascii():
            out.append(" ".join(run))
        elif run:
            syllables = all(SYLLABLE.match(w.lower()) and w[1:].islower() for w in run)  # no acronyms ("AUN")
            after = toks[i - 1].lower() if i and toks[i - 1] not in run else ""
            if syllables and (len(run) >= 2 or tok.lower() in _NAMED_BY or after in _NAMED_BY):
                out.append(" ".join(run))
        run = []
    return out


_FOLDED_HEADS = frozenset(fold(h) for h in HEADS)


def proper_names(question: str) -> list[str]:
    """Names a Vietnamese question writes capitalised inside its sentence ("dự án Đường liên xã Cầu Kè - Tam Ngãi",
    "Chi nhánh Trung tâm khu vực Từ Sơn"): runs of two capitalised words or more after its first word; acronyms
    ("HĐQT", "KH&CN") are left out, as a notice may spell them out."""
    out, run, end = [], [], 0
    for m in list(re.finditer(r"[\w&]+", question))[1:]:
        tok = m.group()
        rest = fold(question[m.start():m.start() + 40])
        if run and question[end:m.start()].strip() or not tok[:1].isupper() or len(tok) > 1 and tok.isupper() or \
                any(rest.startswith(h + " ") for h in _FOLDED_HEADS):
            # a run ends at a small word, an acronym, a mark ("Cầu Kè - Tam Ngãi": two names) or where a unit's
            # name opens ("Khoa Dược | Bệnh viện Đa khoa", "Tổ Toán - Tin | Trường THCS")
            if len(run) >= 2:
                out.append(" ".join(run))
            run = []
        if tok[:1].isupper() and not (len(tok) > 1 and tok.isupper()):
            run.append(tok)
        end = m.end()
    if len(run) >= 2:
        out.append(" ".join(run))
    return out


@functools.cache
def _english_words() -> frozenset[str]:
    return frozenset({"the", "of", *EN_WORDS, *_NAMED_BY, *load("glossary_en")["terms"]})


@functools.cache
def _glossary() -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    """prompts/glossary_en.yaml, and the English names of bodies of prompts/units_en.yaml ("procuracy", "fatherland
    front"), as (pattern, Vietnamese phrases), longest English phrase first."""
    terms = {**load("units_en")["bodies"], **load("glossary_en")["terms"]}
    return tuple((re.compile(rf"\b{_plural(k)}\b"), tuple(v))
                 for k, v in sorted(terms.items(), key=lambda kv: -len(kv[0])))


def _plural(phrase: str) -> str:
    """A pattern for an English phrase and its plural, the last word inflected ("drug shortage(s)", "compan(y|ies)")."""
    if re.search(r"[^aeiou]y$", phrase):
        return rf"{re.escape(phrase[:-1])}(?:y|ies)"
    return rf"{re.escape(phrase)}(?:e?s)?" if phrase[-1:].isalpha() and not phrase.endswith("s") else re.escape(phrase)


EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december")
_M = "|".join(EN_MONTHS)
# "30 November 2025", "November 30, 2025", "the 5th of May", "November 2025"
_EN_DATE = re.compile(rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_M})|({_M})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b)"
                      rf"(?:,?\s+((?:19|20)\d\d))?|\b({_M})\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def english_dates(question: str) -> list[tuple[str, ...]]:
    """The dates an English question writes, each as the numeric forms a notice writes it in ("30 November 2025"
    -> "30/11/2025"; "5 May" -> "05/5", "5/5", "05/05"; "November 2025" -> "11/2025")."""
    out = []
    for m in _EN_DATE.finditer(question):
        day = m.group(1) or m.group(4)
        month = EN_MONTHS.index((m.group(2) or m.group(3) or m.group(6)).lower()) + 1
        year = m.group(5) or m.group(7) or ""
        tail = f"/{year}" if year else ""
        if not day:
            out.append(tuple(dict.fromkeys(f"{mm}{tail}" for mm in (str(month), f"{month:02d}"))))
            continue
        d = int(day)
        out.append(tuple(dict.fromkeys(f"{dd}/{mm}{tail}" for dd in (str(d), f"{d:02d}")
                                       for mm in (str(month), f"{month:02d}"))))
    return out


_VI_MONTH = re.compile(r"\bthang\s+0?(\d{1,2})\s*(?:/|-|nam)\s*((?:19|20)\d\d)\b")
_EN_MONTH = re.compile(rf"\b({_M})(?:,)?\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def months(question: str) -> set[str]:
    """The months a question names with their year, as "YYYY-MM" ("tháng 3/2025", "tháng 3 năm 2025", "March
    2025")."""
    found = {(int(m), y) for m, y in _VI_MONTH.findall(fold(question))}
    found |= {(EN_MONTHS.index(m.lower()) + 1, y) for m, y in _EN_MONTH.findall(question)}
    return {f"{y}-{m:02d}" for m, y in found if 1 <= m <= 12}


# A month that dates a meeting ("its December 2025 online meeting", "the Cần Thơ meeting of 17/11/2025", "giao ban
# tháng 11/2025", "cuộc họp ngày 02/10/2025"), not a deadline's ("by December 2025") (folded)
_MEETING = r"(?:meeting|briefing|session|conference|cuoc hop|phien hop|hoi nghi|giao ban|buoi lam viec)"
_WHEN = (rf"(?:(?:{_M})\s*,?\s*(?:19|20)\d\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_M})\s*,?\s*(?:19|20)\d\d|"
         r"(?:ngay\s+)?\d{1,2}/\d{1,2}/(?:19|20)\d\d|thang\s+0?\d{1,2}\s*(?:/|-|nam)\s*(?:19|20)\d\d)")
_MEETING_WHEN = re.compile(rf"(?<!truoc )(?<!den )(?<!by )(?<!before )({_WHEN})\s+(?:(?!ve |about |on |of |cua )[\w-]+\s+)"
                           rf"{{0,2}}{_MEETING}\b|\b{_MEETING}\s+(?:[\w-]+\s+){{0,3}}?(?:of|on|in|held|ngay|thang)?\s*"
                           rf"({_WHEN})")
_DMY = re.compile(r"\b\d{1,2}/(\d{1,2})/((?:19|20)\d\d)\b")


def meeting_months(question: str) -> set[str]:
    """The months, as "YYYY-MM", in which the meetings a question names were held."""
    out: set[str] = set()
    for m in _MEETING_WHEN.finditer(fold(question)):
        when = m.group(1) or m.group(2)
        out |= months(when) | {f"{y}-{int(mo):02d}" for mo, y in _DMY.findall(when) if 1 <= int(mo) <= 12}
    return out


# The year a question dates the document itself by ("Thông báo 31/TB-TA năm 2025", "the inspectorate's conclusion
# issued in 2025", "Quảng Nam's October 2024 notice") (folded)
_ISSUED_YEAR = re.compile(
    r"\b(?:issued|dated|signed|ban hanh|ky)\s+(?:in\s+|nam\s+|vao\s+nam\s+)((?:19|20)\d\d)\b|"
    r"\b(?:thong bao|notice|cong van|ke hoach|quyet dinh|chi thi|bien ban|cong dien)\s+(?:so\s+)?\d[\w/.-]*\s+"
    r"(?:nam|of)\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+(?:notice|conclusion notice|directive|plan)\b")


def issued_years(question: str) -> set[str]:
    """The years in which the question says the notice it asks about was issued."""
    return {y for m in _ISSUED_YEAR.finditer(fold(question)) for y in m.groups() if y}


def month_before(month: str) -> str:
    """"2025-04" -> "2025-03"."""
    y, m = map(int, month.split("-"))
    return f"{y - (m == 1)}-{(m - 2) % 12 + 1:02d}"


def english_terms(question: str) -> list[tuple[str, ...]]:
    """An English question's content as groups of folded Vietnamese phrases a notice would use for it
    (prompts/glossary_en.yaml), plus the Vietnamese words, dates and numbers it contains as typed."""
    text = question.lower()
    groups = english_dates(question)
    for rx, phrases in _glossary():
        m = rx.search(text)
        if m:
            groups.append(phrases)
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]  # each word counts once
    groups += [(fold(n),) for n in vietnamese_names(question)]
    groups += [(fold(t),) for t in re.findall(r"[\w/&\-]*\d[\w/&\-]*", question) if len(t) > 1]
    return groups


def resolve(question: str, history: list[tuple[str, str]] | None) -> str:
    """A follow-up ("còn Phòng Kế hoạch – Tài chính thì sao?") becomes the previous question about the new
    subject; other questions stand as asked."""
    if not history:
        return question
    m = _FOLLOW.match(question.strip())
    if not m:
        return question
    subject = m.group(1).strip(" ?")
    previous = history[-1][0]
    for unit in units(previous):
        # Replace the previous question's unit (found by its folded form) with the new subject.
        words = previous.split()
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                if unit_key(" ".join(words[i:j]).strip("?,.")) == unit:
                    return " ".join(words[:i] + [subject] + words[j:])
    return f"{previous.rstrip('?')} — {subject}?"


def recurrences(question: str) -> set[str]:
    """How often the question says a thing recurs ("trước ngày nào hằng tháng", "every week"): "daily", "weekly",
    "monthly", "quarterly", "yearly"; a sentence with the same recurrence answers it."""
    from ingest.deadlines import find_deadlines  # ~28 ms to import: only answers ask, not a search

    folded = fold(question)
    return {d.recurring for d in find_deadlines(question) if d.recurring} | {
        r for r, rx in _EN_RECURRING.items() if re.search(rf"\b(?:{rx})\b", folded)}
