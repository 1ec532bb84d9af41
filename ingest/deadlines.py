"""Where a deadline is parsed: Vietnamese deadline phrases of meeting-conclusion notices, and the dates people
type into the command line and the web app (one parser for both).

Matching runs on a folded copy of the text (lower case, diacritics removed, đ -> d) so that
"trước ngày", "TRƯỚC NGÀY" and "truoc ngay" behave the same; an index map turns the folded
offsets back into offsets of the original string, so Deadline.text == text[start:end].
"""
from __future__ import annotations

import calendar
import datetime
import functools
import re
from dataclasses import dataclass

from ingest.vn import fold, fold_map, roman

Date = datetime.date
PRECISIONS = ("day", "early_month", "mid_month", "late_month", "month", "month_range", "quarter",
              "half_year", "year", "recurring", "relative")


@dataclass(frozen=True)
class Deadline:
    """One deadline phrase found in a text (offsets refer to the original text)."""
    text: str
    start: int
    end: int
    due: str | None
    precision: str
    starts: str | None = None
    recurring: str | None = None


# Deadline lead-ins (folded). Notices are full of dated references that are not deadlines
# ("Nghị định số 60/2021/NĐ-CP ngày 21/6/2021", "Ngày 05/9/2023, đồng chí ... chủ trì"), so a
# date only counts after one of these words. Longer alternatives come first ("trong vong" before
# "trong"). Bare "đến" is left out on purpose: "tính đến ngày ..." / "đến năm 2030" mean
# "as of" / a planning horizon, not a due date; "đến hết" ("until the end of") is kept.
_LEAD = (r"(?:thoi han|thoi gian(?: thuc hien| hoan thanh)?)\s*:\s*den(?:\s+het)?(?=\s+(?:ngay\b|\d))"  # "Đến 31/12"
         r"|(?:cham|muon|tre) nhat(?:\s+(?:la|vao|trong|truoc|den het|den|sau))?"
         r"|(?:thoi )?han(?: chot| cuoi)?(?:\s+(?:la|vao|truoc))?"
         r"|thoi gian(?: thuc hien| hoan thanh)?|tien do(?: thuc hien| hoan thanh)?"
         r"|trong (?:khoang )?thoi gian|trong thoi han|trong vong|trong|truoc(?: thoi diem)?|den het"
         r"|hoan thanh(?:\s+vao)?|xong(?:\s+vao)?|khong (?:qua|muon hon|cham hon|tre hon)|ngay trong"
         # "phấn đấu đến ngày 31/12" is a target (bare "đến" is not: "tính đến ngày"); "vào ngày 14/12", "vào tháng
         # 7/2026" date an event the unit holds; "báo cáo tại phiên họp (giao ban) tháng 12/2025" is due at that meeting
         r"|(?:phan dau|bao dam|dam bao) den(?:\s+het)?(?=\s+ngay\b)|vao(?:\s+(?:(?:sang|chieu|toi)\s+)?(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)\s*,?)?"
         r"(?=\s+(?:ngay|thang|quy)\b)"
         r"|(?:tai|vao) (?:phien hop|hoi nghi|cuoc hop|ky hop|buoi hop|buoi giao ban)(?:\s+(?!thang\b|ngay\b)[a-z0-9]+){0,6}?(?=\s+(?:thang|ngay|quy)\b)"
         # "từ nay đến ngày 30/9", "từ nay đến hết năm 2025": from now until (not "từ nay đến năm 2030", a horizon)
         r"|tu nay den(?:\s+het)?(?=\s+(?:ngay|thang|quy|het|cuoi|\d))"
         # "trước ngày khai giảng năm học 2026 - 2027 (ngày 05/9/2026)", "đến hết mùa khô (ngày 30/9/2026)": an
         # occasion dated in brackets
         r"|(?:truoc(?:\s+ngay)?|den het)(?:\s+[a-z0-9\-]+){1,10}?(?=\s*\(ngay\b)")
_L = rf"(?<!\w)(?:(?P<lead>{_LEAD})(?:\s*:\s*|\s*\(|\s+))?"
# Parts of a month: "đầu/thượng tuần" = first ten days, "giữa/trung tuần" = middle ten days,
# "cuối/hạ tuần" = last ten days (the traditional Vietnamese split of a month in three "tuần").
_MOD = r"tuan dau|tuan cuoi|dau|giua|cuoi|thuong tuan|trung tuan|ha tuan"
_MOD_DAY = {"dau": (10, "early_month"), "thuong tuan": (10, "early_month"), "tuan dau": (7, "early_month"),
            "tuan cuoi": (31, "late_month"),
            "giua": (20, "mid_month"), "trung tuan": (20, "mid_month"),
            "cuoi": (31, "late_month"), "ha tuan": (31, "late_month")}
_RECUR = {"ngay": "daily", "tuan": "weekly", "thang": "monthly", "quy": "quarterly", "nam": "yearly"}
# Leads that cannot introduce a bare number: "hoàn thành 2/3 khối lượng", "trong 2.5 ..." are not dates.
_WEAK = ("trong", "hoan thanh", "xong", "ngay trong", "vao")
# An hour of the day, folded: "17 giờ", "15 giờ 00", "17h00", "8h30"
HOUR = r"\d{1,2}\s*(?:gio|h)(?:\s*\d{2})?"


def _drx(s: str) -> str:
    """Regex for one calendar date (ISO, d/m[/y], d-m-y, d.m.y or "d tháng m năm y"); group suffix s."""
    # "17 giờ ngày 25/3", "17h00 ngày 28/3": the hour of a day-deadline is read over (the day counts).
    return (rf"(?:{HOUR}(?:\s*phut)?\s*,?\s+(?=ngay))?"
            rf"(?:(?P<ngay{s}>ngay)\s+)?(?:(?P<Y{s}>\d{{4}})-(?P<M{s}>\d{{1,2}})-(?P<D{s}>\d{{1,2}})"
            rf"|(?P<d{s}>\d{{1,2}})(?P<sep{s}>[/.\-])(?P<m{s}>\d{{1,2}})"
            rf"(?:(?P=sep{s})(?P<y{s}>\d{{4}}|\d{{2}}(?!\d))|\s+nam\s+(?P<ny{s}>\d{{4}}))?"
            rf"|(?P<wd{s}>\d{{1,2}})\s+thang\s+(?P<wm{s}>\d{{1,2}})(?:\s*(?:nam|/)\s*(?P<wy{s}>\d{{4}}))?)"
            r"(?![\d/])")


def _last(y: int, m: int) -> Date:
    """Last day of month m of year y."""
    return Date(y, m, calendar.monthrange(y, m)[1])


def _resolve(y, fn, ref: Date | None) -> Date | None:
    """Apply fn to the written year, else to ref's year (next year if >1 month in the past)."""
    if y:
        return fn(int(y))
    fn(2000)  # validates day/month (2000 is a leap year) even when no year can be inferred
    if ref is None:
        return None
    d = fn(ref.year)
    return fn(ref.year + 1) if d < ref - datetime.timedelta(days=31) else d


def _strict(lead: str | None) -> bool:
    """"trước tháng 6" / "trước năm 2025" exclude the whole period (by convention "trước ngày X" keeps X)."""
    return bool(lead) and lead.split()[-1] == "truoc"


def _date(m: re.Match, s: str, ref: Date | None, y_default=None) -> tuple[Date | None, bool, bool]:
    """Date from _drx groups with suffix s -> (date, had "ngày", had explicit year)."""
    g = m.groupdict()
    if g["Y" + s]:
        y, mo, d = g["Y" + s], g["M" + s], g["D" + s]
    elif g["d" + s]:
        y, mo, d = g["y" + s] or g["ny" + s], g["m" + s], g["d" + s]
        if y and len(y) == 2:  # "15/3/25"
            y = str(2000 + int(y))
    else:
        y, mo, d = g["wy" + s], g["wm" + s], g["wd" + s]
    due = _resolve(y or y_default, lambda yy: Date(yy, int(mo), int(d)), ref)
    return due, bool(g["ngay" + s]), bool(y)


def _h_day(m, ref, find):
    """Exact date after a lead-in: "trước ngày 31/12/2026", "chậm nhất ngày 15/10/2024"."""
    lead = m["lead"]
    due, ngay, has_y = _date(m, "", ref)
    if find and (not lead or (not ngay and lead.startswith(_WEAK) and (not has_y or m["wd"]))):
        return None
    if find and lead.startswith("tai ") and ref and due and due < ref:
        return None  # "kết luận tại cuộc họp ngày 24/11/2025": the meeting the notice reports, before its date
    return due, "day", None, None


def _h_event(m, ref, find):
    """"trước kỳ họp thứ 12 HĐND tỉnh (dự kiến ngày 15/12/2025)" -> the event's expected day."""
    return _date(m, "", ref)[0], "day", None, None


def _h_day_range(m, ref, find):
    """"từ ngày 01/11 đến ngày 30/11/2023" -> due is the second date, starts the first."""
    due, _, _ = _date(m, "b", ref)
    start, _, has_y = _date(m, "a", ref, y_default=due.year if due else None)
    if due and start and start > due and not has_y:
        start = start.replace(year=start.year - 1)
    return due, "day", start, None


def _h_days_of_month(m, ref, find):
    """"từ ngày 05 đến ngày 15/3/2026" -> due is the second date, starts that day of its month ("từ ngày 25 đến
    ngày 05/4/2026": of the month before)."""
    due, _, _ = _date(m, "b", ref)
    day = int(m["d0"])
    if due is None or not 1 <= day <= 31:
        return None
    month = due.replace(day=1) if day < due.day else due.replace(day=1) - datetime.timedelta(days=1)
    return due, "day", month.replace(day=min(day, _last(month.year, month.month).day)), None


def _h_month(m, ref, find):
    """"trong tháng 9/2023", "chậm nhất vào đầu tháng 12/2023", "cuối tháng 6/2024"."""
    lead, mod, mo = m["lead"], m["mod"], int(m["m"])
    if find and not (lead or mod):
        return None
    if mod:
        day, prec = _MOD_DAY[" ".join(mod.split())]
        return _resolve(m["y"], lambda y: Date(y, mo, min(day, _last(y, mo).day)), ref), prec, None, None
    if _strict(lead):
        return _resolve(m["y"], lambda y: Date(y, mo, 1) - datetime.timedelta(days=1), ref), "month", None, None
    return _resolve(m["y"], lambda y: _last(y, mo), ref), "month", None, None


def _h_month_range(m, ref, find):
    """"(trong khoảng thời gian) từ tháng 11-12/2023", "từ tháng 11 đến tháng 12/2023"."""
    if find and not (m["lead"] or m["tu"]):
        return None
    m1, m2 = int(m["m1"]), int(m["m2"])
    due = _resolve(m["y2"], lambda y: _last(y, m2), ref)
    if due is None:
        return None, "month_range", None, None
    y1 = int(m["y1"]) if m["y1"] else (due.year if m1 <= m2 else due.year - 1)
    return due, "month_range", Date(y1, m1, 1), None


def _h_quarter(m, ref, find):
    """"trong quý I năm 2024", "quý 2/2024", "quý IV/2024" -> last day of the quarter."""
    if find and not (m["lead"] or m["mod"]):
        return None
    q = roman(m["q"] or "") or int(m["q"] or m["q2"])
    mod = (m["mod"] or "").strip()
    if mod in ("dau", "giua"):  # "đầu quý II" = early in its first month, "giữa quý" = its middle month
        first = 3 * q - 2 if mod == "dau" else 3 * q - 1
        day = 10 if mod == "dau" else 15
        return _resolve(m["y"], lambda y: Date(y, first, day), ref), "quarter", None, None
    if _strict(m["lead"]) and not m["mod"]:
        return _resolve(m["y"], lambda y: Date(y, 3 * q - 2, 1) - datetime.timedelta(days=1), ref), "quarter", None, None
    return _resolve(m["y"], lambda y: _last(y, 3 * q), ref), "quarter", None, None


def _h_half(m, ref, find):
    """"trong 6 tháng đầu năm 2024" -> 30/6; "6 tháng cuối năm" -> 31/12."""
    # Without a lead-in this is a reporting period ("nhiệm vụ 6 tháng đầu năm 2017"), not a deadline.
    if find and not m["lead"]:
        return None
    mo = 6 if m["part"] == "dau" else 12
    return _resolve(m["y"], lambda y: _last(y, mo), ref), "half_year", None, None


def _h_year(m, ref, find):
    """"trong năm 2024", "đến hết năm 2025", "cuối năm 2024" -> 31/12; "giữa năm 2026" -> 30/6."""
    if find and not (m["lead"] or m["mod"]):
        return None  # "Hội nghị ... năm 2023" names an event, not a due date
    if find and not m["lead"] and re.search(r"(?:(?:\d|sau)\s+thang|tu|ke tu)\s+$", m.string[:m.start()]):
        return None  # "6 tháng cuối năm 2017" is a reporting period; "từ đầu năm 2025" when it began
    y = int(m["y"])
    if _strict(m["lead"]) and not m["mod"]:
        return Date(y - 1, 12, 31), "year", None, None
    # "đầu năm" = by the end of its first quarter, "giữa năm" = by 30 June, as "đầu/giữa quý" read within a quarter
    month = {"dau": 3, "giua": 6}.get((m["mod"] or "").strip(), 12)
    return _last(y, month), "year", None, None


def _h_years(m, ref, find):
    """ "Thời hạn: Năm 2026 - 2027" -> 31/12/2027 (after a lead-in only: "giai đoạn năm 2026 - 2030" is a plan's span)."""
    if find and not m["lead"] or int(m["y"]) <= int(m["y0"]):
        return None
    return _h_year(m, ref, find)


def _add(base: Date, n: int, unit: str, workdays: bool) -> Date:
    """base + n days / weeks / months; "ngày làm việc" counts Monday-Friday only."""
    if unit == "gio":  # "trong vòng 48 giờ": due by the end of the day the hours run out
        return base + datetime.timedelta(days=-(-n // 24))
    if unit == "thang":
        y, mo = divmod(base.month - 1 + n, 12)
        return Date(base.year + y, mo + 1, min(base.day, _last(base.year + y, mo + 1).day))
    if unit == "ngay" and workdays:  # counted forward, or back from an occasion ("03 ngày làm việc trước ...")
        d, step, n = base, 1 if n >= 0 else -1, abs(n)
        while n > 0:
            d += datetime.timedelta(days=step)
            n -= d.weekday() < 5
        return d
    return base + datetime.timedelta(days=n * (7 if unit == "tuan" else 1))


def _h_relative(m, ref, find):
    """"trong 30 ngày kể từ ngày ký", "trong vòng 15 ngày", "trong vòng 48 giờ" -> ref_date + N (None without
    ref)."""
    lead = m["lead"]
    if find and (not lead or lead == "truoc"):  # "trước 30 ngày" = 30 days in advance
        return None
    if m["unit"] == "gio" and not (lead or "").startswith("trong"):
        return None  # "trong vòng 48 giờ" is a time allowed; "trước 17 giờ" is a time of day
    base = ref
    if m["df"] or m["Yf"] or m["wdf"]:
        base = _date(m, "f", ref)[0]
    elif re.match(r"\s+(?:ke|tinh) tu\b", m.string[m.end():]):
        base = None  # "trong 15 ngày kể từ ngày được giao dự toán": counted from an event the notice cannot date
    due = _add(base, int(m["n"]), m["unit"], bool(m["lv"])) if base else None
    return due, "relative", None, None


def _h_recurring(m, ref, find):
    """"Định kỳ hằng quý", "hàng tháng", "mỗi năm", "6 tháng một lần" -> recurring, no due."""
    period = m["p"] or m["p2"]
    return None, "recurring", None, ("half_yearly" if not period else _RECUR[period])


def _h_recurring_day(m, ref, find):
    """"trước ngày 10 hằng tháng", "trước ngày 15/12 hằng năm": a recurring deadline with its day (kept in the
    phrase), no one due date."""
    return None, "recurring", None, _RECUR[m["p"]]


def _h_school_year(m, ref, find):
    """"trong năm học 2024-2025" -> the end of that school year (31 May of its second calendar year)."""
    if find and not m["lead"]:
        return None  # "năm học 2024-2025" in a title names the year, it sets no deadline
    return Date(int(m["y2"]), 5, 31), "year", None, None


def _end_of_week(d: Date) -> Date:
    return d + datetime.timedelta(days=6 - d.weekday())


def _h_this(m, ref, find):
    """"ngay trong tuần", "trong tuần này", "trong tháng này", "trong quý này", "trong tuần tới": counted from
    the notice's date (None without one)."""
    if ref is None:
        return None, "relative", None, None
    unit, nxt = m["unit"], bool(m["next"])
    if unit == "tuan":
        return _end_of_week(ref) + datetime.timedelta(days=7 * nxt), "relative", None, None
    if unit == "thang":
        y, mo = divmod(ref.month - 1 + nxt, 12)
        return _last(ref.year + y, mo + 1), "month", None, None
    if unit == "quy":
        q = (ref.month - 1) // 3 + 1 + nxt
        y, q = ref.year + (q - 1) // 4, (q - 1) % 4 + 1
        return _last(y, 3 * q), "quarter", None, None
    return Date(ref.year + nxt, 12, 31), "year", None, None


_CAN = ("canh", "tan", "nham", "quy", "giap", "at", "binh", "dinh", "mau", "ky")  # year % 10
_CHI = ("than", "dau", "tuat", "hoi", "ty", "suu", "dan", "mao", "thin", "ty", "ngo", "mui")  # year % 12


def _tet(year: int) -> Date | None:
    """The first day of the lunar new year that falls in `year` (ingest/lexicon/deadlines.yaml)."""
    from ingest.lexicon import load

    iso = load("deadlines")["tet"].get(year)
    return Date.fromisoformat(str(iso)) if iso else None


def _h_tet(m, ref, find):
    """"trước Tết Nguyên đán Ất Tỵ (2025)" -> the day before that Tết; without a year, the next Tết after the
    notice's date."""
    if m["y"]:
        year = int(m["y"])
    elif m["can"]:
        can, chi = m["can"], m["chi"].replace("meo", "mao")
        years = [y for y in range((ref or Date.today()).year - 2, (ref or Date.today()).year + 4)
                 if _CAN[y % 10] == can and _CHI[y % 12] == chi]
        if not years:
            return None
        year = years[0]
    elif ref is not None:
        year = ref.year if (_tet(ref.year) or ref) > ref else ref.year + 1
    else:
        return None, "day", None, None
    tet = _tet(year)
    return (tet - datetime.timedelta(days=1) if tet else None), "day", None, None


def _h_new_year(m, ref, find):
    """"trước Tết Dương lịch 2026" -> 31/12/2025; without a year, the next 1 January after the notice's date."""
    year = int(m["y"]) if m["y"] else (ref.year + 1 if ref else None)
    return (Date(year - 1, 12, 31) if year else None), "day", None, None


def _h_months_and(m, ref, find):
    """"trong tháng 6 và tháng 7/2025" -> the end of the last month (the work runs through both), in the year
    written after it."""
    if find and not m["lead"]:
        return None
    mo = int(m["m2"])
    return _resolve(m["y"], lambda y: _last(y, mo), ref), "month", None, None


_PATTERNS = [(re.compile(rx), h) for rx, h in [
    (r"(?<!\w)(?:(?P<lead>truoc|cham nhat|han)\s+)?ngay\s+(?:\d{1,2}(?:\s*[/.\-]\s*\d{1,2})?)\s+"
     r"(?:hang|moi)\s+(?P<p>tuan|thang|quy|nam)(?!\w)", _h_recurring_day),
    # "trước ngày 15 của tháng cuối quý": a day of every quarter
    (r"(?<!\w)(?:(?P<lead>truoc|cham nhat|han)\s+)?ngay\s+\d{1,2}\s+(?:cua\s+)?thang\s+(?:dau|giua|cuoi|thu\s+(?:nhat|hai|ba))"
     r"\s+(?:(?:cua|moi|hang)\s+)?(?P<p>quy)(?!\w)", _h_recurring_day),
    (_L + r"nam hoc\s+(?P<y1>\d{4})\s*[-–]\s*(?P<y2>\d{4})", _h_school_year),
    (r"(?<!\w)(?P<lead>ngay trong|trong)\s+(?P<unit>tuan|thang|quy|nam)\s*(?:(?P<this>nay)|(?P<next>toi|sau))?"
     r"(?!\w)(?!\s*\d)(?(this)|(?(next)|(?<=ngay trong tuan)))", _h_this),
    (r"(?<!\w)(?P<lead>truoc|cham nhat(?: truoc)?)\s+tet duong lich(?:\s+(?:nam\s+)?(?P<y>\d{4}))?(?!\w)", _h_new_year),
    (r"(?<!\w)(?P<lead>truoc|cham nhat(?: truoc)?)\s+tet(?!\s+duong lich)(?: nguyen dan)?(?:\s+(?P<can>" + "|".join(_CAN)
     + r")\s+(?P<chi>" + "|".join(_CHI) + r"|meo))?(?:\s+(?:nam\s+)?(?P<y>\d{4}))?(?!\w)", _h_tet),
    (_L + r"thang\s+(?P<m1>\d{1,2})\s*(?:va|,)\s*thang\s+(?P<m2>\d{1,2})\s*(?:[/\-.]|nam)\s*(?P<y>\d{4})",
     _h_months_and),
    (r"(?<!\w)(?P<lead>truoc|cham nhat(?: truoc)?)\s+(?:[^\W\d]+\s+){1,10}?(?:thu\s+\d{1,3}\s+)?(?:[^\W\d]+\s+){0,6}?"
     r"\(\s*du kien\s+(?:(?:to chuc|khai mac|dien ra)\s+)?(?:vao\s+)?" + _drx("") + r"\s*\)", _h_event),
    (_L + _drx(""), _h_day),
    (_L + r"tu\s+" + _drx("a") + r"\s*(?:[-–]|den(?:\s+het)?|toi)\s*" + _drx("b"), _h_day_range),
    # "từ ngày 05 đến ngày 15/3/2026": the first day takes the second's month
    (_L + r"tu\s+(?:ngay\s+)?(?P<d0>\d{1,2})\s*(?:[-–]|den(?:\s+het)?|toi)\s*" + _drx("b"), _h_days_of_month),
    (_L + rf"(?:(?P<mod>{_MOD})\s+)?thang\s+(?P<m>\d{{1,2}})(?:\s*(?:[/\-.]|nam)\s*(?P<y>\d{{4}}))?"
     r"(?!\d|\s*[-–/]\s*\d|\s+(?:den|toi)\s+thang)", _h_month),
    (_L + r"(?P<tu>tu\s+)?thang\s+(?P<m1>\d{1,2})(?:\s*[/\-.]\s*(?P<y1>\d{4}))?\s*(?:[-–]|den(?:\s+het)?|toi)"
     r"\s*(?:thang\s+)?(?P<m2>\d{1,2})(?:\s*(?:[/\-.]|nam)\s*(?P<y2>\d{4}))?(?!\d)", _h_month_range),
    # "trong quý I và quý II/2026", "quý III, IV năm 2026": the last quarter's end, as month ranges end
    (_L + r"quy\s+(?:iv|iii|ii|i|[1-4])\s*(?:va|,|[-–])\s*(?:quy\s+)?(?P<q>iv|iii|ii|i|[1-4])(?P<q2>)(?P<mod>)(?!\w)"
     r"(?:(?:\s*[/\-]\s*|\s+nam\s+|\s+)(?P<y>\d{4}))?(?!\d)", _h_quarter),
    (_L + r"(?P<mod>(?:dau|giua|cuoi)\s+)?(?:quy\s+(?P<q>iv|iii|ii|i|[1-4])|q(?P<q2>[1-4]))(?!\w)"
     r"(?:(?:\s*[/\-]\s*|\s+nam\s+|\s+)(?P<y>\d{4}))?(?!\d)", _h_quarter),
    (_L + r"(?:0?6|sau)\s+thang\s+(?P<part>dau|cuoi)\s+nam(?:\s+(?P<y>\d{4}))?(?!\d)", _h_half),
    (_L + r"(?P<mod>(?:dau|giua|cuoi)\s+)?nam\s+(?P<y>\d{4})(?!\d|\s*[-–]\s*\d)", _h_year),
    # "trước mùa mưa bão năm 2026": a season whose days differ by region; its year is what the notice says
    ((r"(?<!\w)(?P<lead>truoc|cham nhat(?: truoc)?)\s+mua\s+(?:mua(?:\s+(?:bao|lu))?|bao(?:\s+lu)?|lu|kho)\s+(?:nam\s+)?"
      r"(?P<y>\d{4})(?!\d)(?P<mod>)"), lambda m, ref, find: (_last(int(m["y"]), 12), "year", None, None)),
    (_L + r"nam\s+(?P<y0>\d{4})\s*[-–]\s*(?P<y>\d{4})(?!\d)(?P<mod>)", _h_years),
    (_L + r"(?P<n>\d{1,3})\s+(?P<unit>ngay|tuan|thang|gio)(?P<lv>\s+lam viec)?"
     r"(?!\s+(?:qua|dau|cuoi|vua|gan|truoc|nay)(?!\w)|\s*[/\d])"
     rf"(?:\s+(?:ke|tinh)\s+tu\s+(?:{_drx('f')}|ngay\s+(?:ky|ban hanh|nhan(?:\s+duoc)?|hop|hoi nghi|lam viec)(?!\w)))?", _h_relative),
    # "hằng"/"hàng" both fold to "hang"; "(?!\s*\d)" skips "mặt hàng tháng 10", "hàng năm 2023".
    (r"(?<!\w)(?:(?:dinh ky\s+)?(?:hang|moi)\s+(?P<p>ngay|tuan|thang|quy|nam)(?!\w)(?!\s*\d)"
     r"|dinh ky\s+(?:(?:6|sau)\s+thang(?:\s+(?:mot|1)\s+lan)?|(?P<p2>tuan|thang|quy|nam)(?!\w))"
     r"|(?:6|sau)\s+thang\s+(?:mot|1)\s+lan)", _h_recurring),
]]


# Days and months written in words, as formal texts and spoken-style notices do ("ngày mười lăm tháng Một năm 2026",
# "mùng 7 tháng 02"): read as digits, only where a month follows the day and a year follows the month ("tháng sau"
# is next month, not June). "tháng Giêng", "tháng Chạp" are lunar months: left alone.
_ONES = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9}
_ONE = "mot|hai|ba|bon|tu|lam|nam|sau|bay|tam|chin"
_NUMBER = rf"(?:(?:hai|ba) muoi(?: (?:{_ONE}))?|muoi(?: (?:{_ONE}))?|{_ONE})"
_IN_WORDS = re.compile(rf"(?<!\w)(?:(?P<day>(?:ngay|mung|mong)(?:\s+(?:mung|mong))?\s+)(?P<d>{_NUMBER}|\d{{1,2}})"
                       rf"(?=\s+thang\b)|(?P<month>thang\s+)(?P<m>{_NUMBER})(?=\s+nam\s+\d{{4}}|\s*/\s*\d{{4}}))(?!\w)")


def _number(words: str) -> int:
    w = words.split()
    if w[0] == "muoi":
        return 10 + (_ONES[w[1]] if len(w) > 1 else 0)
    if len(w) > 1:  # "hai mươi lăm"
        return 10 * _ONES[w[0]] + (_ONES[w[2]] if len(w) > 2 else 0)
    return _ONES[w[0]]


def _in_digits(folded: str, pos: list[int]) -> tuple[str, list[int]]:
    """`folded` with days and months in words written in digits ("ngay muoi lam thang mot nam 2026" -> "ngay 15
    thang 1 nam 2026"), and its map back to the original."""
    out, out_pos, at = [], [], 0
    for m in _IN_WORDS.finditer(folded):
        g, lead = ("d", "ngay ") if m.group("day") else ("m", "thang ")
        value = m.group(g) if m.group(g).isdigit() else str(_number(m.group(g)))
        out.append(folded[at:m.start()])
        out_pos += pos[at:m.start()]
        new = lead + value
        out.append(new)
        out_pos += [pos[m.start()]] * len(lead) + [pos[m.start(g)]] * len(value)
        at = m.end()
    if not out:
        return folded, pos
    out.append(folded[at:])
    out_pos += pos[at:]
    return "".join(out), out_pos


def _label_end(m: re.Match, folded: str) -> int:
    """Where a deadline's own words begin: after its lead-in when that is a label ("Thời hạn: 30/6/2025" is
    "30/6/2025"), else at the match."""
    lead = m.groupdict().get("lead")
    if lead and (c := re.match(r"\s*:\s*", folded[m.end("lead"):])):
        return m.end("lead") + c.end()
    return m.start()


# Words that fold to a lead-in but are none: "trồng năm 2025" (planted in 2025) is no "trong năm 2025".
_FALSE_LEADS = frozenset({"trồng", "tròng", "hàn"})


@functools.lru_cache(maxsize=1)
def _occasions() -> str:
    from ingest.lexicon import load

    return "|".join(sorted((re.escape(fold(x)) for x in load("deadlines")["occasions"]), key=len, reverse=True))


# when an occasion is held, written right after its name: "(Lễ khai giảng ...) tổ chức vào ngày 12/9/2026", "(kỳ họp ...)
# dự kiến khai mạc ngày 08/12/2026", "(nhập học) tập trung từ ngày 24/8/2026 đến ngày 28/8/2026"
_HELD = re.compile(r"\s*(?:tap trung\s+|(?:\w++\s*+|[-–,()]\s*+){0,16}?(?:to chuc|dien ra|khai mac|be mac|bat dau)"
                   r"\s+(?:\w+\s+){0,2}?)(?:vao|tu)?\s*" + _drx("a") + r"(?:\s*(?:[-–]|den(?:\s+het)?|toi)\s*" + _drx("b") + ")?")


def occasions(text: str) -> dict[str, tuple[Date, Date]]:
    """The occasions a notice dates, by their folded name: (first day, last day) where its sentence says when it is
    held ("Lễ khai giảng ... tổ chức vào ngày 12/9/2026", "nhập học tập trung từ ngày 24/8/2026 đến ngày 28/8/2026")."""
    folded, _ = _in_digits(*fold_map(text))
    out: dict[str, tuple[Date, Date]] = {}
    for m in re.finditer(rf"(?<!\w)(?:{_occasions()})(?!\w)(?:\s+thu\s+(?:\d+|[ivxlc]+)\b)?", folded):
        if m.group() in out:  # "kỳ họp thứ 9" is no "kỳ họp thứ 10": an ordinal stays in the name
            continue
        clause = re.split(r"[.;\n]", folded[m.end():m.end() + 160], maxsplit=1)[0]
        if d := _HELD.match(clause):
            try:
                last = _date(d, "b", None)[0] if (d["db"] or d["wdb"] or d["Yb"]) else None
                first = _date(d, "a", None, y_default=last.year if last else None)[0]  # "từ ngày 20/7 đến ngày 26/7/2026"
            except ValueError:
                continue
            last = last or first
            if first and last:
                out[m.group()] = (first, last)
    return out


@functools.lru_cache(maxsize=64)  # once a notice, not once a task
def _occasion_patterns(dated: tuple[tuple[str, tuple[Date, Date]], ...]) -> list:
    """ "chậm nhất 05 ngày trước khi khai giảng", "trước ngày khai mạc kỳ họp ít nhất 10 ngày", "trong thời gian nhập
    học", "trong vòng 30 ngày kể từ ngày kết thúc đợt nhập học": counted from the day the notice gives its occasion."""
    events = dict(dated)
    # a bare name is no other occasion of its kind ("kỳ họp" dated, "trước kỳ họp thứ 10" is another)
    names = "|".join(re.escape(k) + ("" if " thu " in k else r"(?!\s+thu\s)")
                     for k in sorted(events, key=len, reverse=True))
    # a few words of the occasion's own between ("trước khi sinh viên khóa mới nhập học"), none that open another
    # phrase ("chịu trách nhiệm trước UBND tỉnh về công tác chuẩn bị đại hội", "trước Tết và ... tại kỳ họp")
    words = r"(?:(?!(?:ve|tai|va|cua|voi|cho|theo|truoc)\b)[^\W\d]+\s+){0,5}?"
    days = r"(?P<n>\d{1,3})\s+(?P<unit>ngay|tuan)(?P<lv>\s+lam viec)?"

    def before(m, ref, find):
        n = int(m["n"]) if m["n"] else 0
        return _add(events[m["ev"]][0], -n, m["unit"] or "ngay", bool(m["lv"])), "day", None, None

    def within(m, ref, find):
        return events[m["ev"]][1], "day", None, None

    def since(m, ref, find):
        first, last = events[m["ev"]]
        return _add(last if m["edge"] else first, int(m["n"]), m["unit"], bool(m["lv"])), "relative", None, None

    return [(re.compile(rx), h) for rx, h in [
        (rf"(?<!\w)(?:cham nhat\s+)?(?:{days}\s+)?truoc\s+(?:ngay\s+|khi\s+)?{words}(?P<ev>{names})(?!\w)", before),
        (rf"(?<!\w)truoc\s+ngay\s+{words}(?P<ev>{names})(?!\w)\s+(?:[^\W\d]+\s+){{0,6}}?it nhat\s+{days}", before),
        (rf"(?<!\w)trong(?:\s+suot)?\s+(?:thoi gian|dot)\s+{words}(?P<ev>{names})(?!\w)", within),
        ((rf"(?<!\w)trong(?:\s+vong|\s+thoi han)?\s+(?P<n>\d{{1,3}})\s+(?P<unit>ngay|tuan|thang)(?P<lv>\s+lam viec)?\s+"
          rf"(?:ke|tinh)\s+tu\s+(?:ngay\s+)?(?:(?P<edge>ket thuc|be mac)\s+|(?:bat dau|khai mac)\s+)?(?:dot\s+)?{words}"
          rf"(?P<ev>{names})(?!\w)"), since),
    ]]


def find_deadlines(text: str, ref_date: datetime.date | None = None,
                   events: dict[str, tuple[Date, Date]] | None = None) -> list[Deadline]:
    """All deadline phrases in text, in order of appearance, non-overlapping; with the notice's dated `occasions`,
    the ones that count from them as well."""
    folded, pos = _in_digits(*fold_map(text))
    cands = []
    for rx, handler in _PATTERNS + (_occasion_patterns(tuple(sorted(events.items()))) if events else []):
        for m in rx.finditer(folded):
            try:
                r = handler(m, ref_date, True)
            except (ValueError, OverflowError):  # 31/02, tháng 13, quý 5 ...
                continue
            lead = m.groupdict().get("lead")
            if lead and text[pos[m.start("lead")]:pos[m.end("lead")]].lower() in _FALSE_LEADS:
                continue
            if r:
                cands.append((m.start(), m.end(), r, _label_end(m, folded)))
    chosen: list[tuple] = []
    for s, e, r, t in sorted(cands, key=lambda c: (c[0] - c[1], c[0])):  # longest first
        if all(e <= cs or s >= ce for cs, ce, _, _ in chosen):
            chosen.append((s, e, r, t))
    out = []
    for s, e, (due, prec, starts, rec), t in sorted(chosen, key=lambda c: c[0]):
        a, b = pos[t], pos[e]
        out.append(Deadline(text[a:b], a, b, due.isoformat() if due else None, prec,
                            starts.isoformat() if starts else None, rec))
    return out


def parse_date_phrase(text: str, ref_date: datetime.date | None = None) -> datetime.date | None:
    """Parse one date expression typed by a user ("31/12/2026", "quý I năm 2024", "hôm nay"); else None."""
    ref = ref_date or Date.today()
    f = " ".join(fold_map(text)[0].split()).strip(" .,;")
    if re.fullmatch(r"(?:ngay\s+)?hom nay|today|now", f):
        return ref
    if re.fullmatch(r"(?:ngay\s+)?mai|tomorrow", f):
        return ref + datetime.timedelta(days=1)
    try:
        if m := re.fullmatch(r"(?:nam\s+)?(\d{4})", f):
            return Date(int(m[1]), 12, 31)
        if m := re.fullmatch(r"(\d{1,2})\s*[/\-.]\s*(\d{4})", f):
            return _last(int(m[2]), int(m[1]))
        for rx, handler in _PATTERNS:
            if m := rx.fullmatch(f):
                r = handler(m, ref, False)
                if r and r[0]:
                    return r[0]
    except (ValueError, OverflowError):
        return None
    return None


def user_date(text: str | None, label: str = "date") -> str:
    """A date a person typed (a command-line option, a web form) as ISO; "" when empty. Takes what notices
    write ("31/12/2026", "quý I năm 2024", "tháng 9/2023") and "2026-12-31", "hôm nay". Raises BadInput."""
    from ingest.errors import BadInput

    if not text or not str(text).strip():
        return ""
    d = parse_date_phrase(str(text))
    if d is None:
        raise BadInput(f"{label} “{str(text).strip()[:30]}” không hợp lệ: nhập ngày/tháng/năm, ví dụ 31/12/2026 "
                       "(hoặc 2026-12-31, “quý I năm 2024”) / not a date: use dd/mm/yyyy or YYYY-MM-DD")
    return d.isoformat()
