"""News pages: site furniture, headline, dateline, photo captions and byline.

A news page exported to text starts with site furniture (a date stamp, "Xã hội - Ngày đăng :
11:14, 07/09/2022"), then the headline, the lead (often opened by a dateline "(HNM) -", "TPO -"),
and paragraphs with photo captions between them; it ends with the author's byline ("THÀNH ĐẠT",
"T.H.", "CTG"). Captions and furniture are taken out of the body; the headline becomes the
title; the dateline stays in the body but is marked so that figures skip it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex

from reportextract.structure import _data
from reportextract.structure.lines import Line
from reportextract.structure.sections import parse_heading
from reportextract.textnorm import VOWELS, match_key

#: a caption's closing photo credit: "... Ảnh: HOÀI NHI", "(Ảnh: Ngọc Hân)"; the name may be
#: initials with inner periods ("Ảnh: Q.T", "Ảnh: T.H."), but no sentence ends inside it
_PHOTO_CREDIT = regex.compile(
    r"(?:^|[\s.(])(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh|Photo)\s*:"
    r"\s*(?:[^.]|\.(?!\s|$)){1,60}\)?\s*\.?$",
    regex.I,
)
_PHOTO_ONLY = regex.compile(r"^\(?\s*(?:Ảnh|Nguồn|Photo)\s*:[^)]{1,80}\)?\.?$", regex.I)
_IMAGE_STUB = regex.compile(r"^!\[(?P<alt>[^\]]*)\]\([^)]*\)\s*\|?\s*$")
_PIPE_CAPTION = regex.compile(r"\s*\|\s*$")
#: (?r): end-anchored patterns searched backwards from the end, where alone a match can end
_ENDS_PIPE = regex.compile(r"(?r)\s*\|\s*$")
_NUMBERED = regex.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})\s*[./)]\s")
_TERMINAL = regex.compile(r"(?r)(?:[.!?;:]|…)[\"”’)\]]*$")
_ELLIPSIS = regex.compile(r"(?r)(?:\.\.\.|…)[\"”’)\]]*$")
_BYLINE_WORD = regex.compile(r"^(?:\p{Lu}[\p{L}\p{M}]*\.?|\p{Lu}\.(?:\p{Lu}\.?)*[\p{L}\p{M}]*)$")
_THEO = regex.compile(r"^(?:Theo|Nguồn)\s*:?\s+\p{Lu}.{0,60}$")
_DATE_IN = regex.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
#: a bulletin's headline: it opens with "Bản tin", or ends with the issue number after a dash or in
#: brackets ("Chiến dịch Mùa hè xanh năm 2025 - Số 03", "... (số 12)"); "bão số 3" is no issue
_BULLETIN_TITLE = regex.compile(
    r"^Bản\s+tin\b|(?:\s[-–—|]\s*[Ss]ố\s+\d{1,3}|\(\s*[Ss]ố\s+\d{1,3}(?:\s*/\s*\d{4})?\s*\))\s*$", regex.I
)
#: a byline naming the body that wrote the page ("Ban Chỉ huy các Chiến dịch tình nguyện hè 2025",
#: "Thành đoàn Hà Nội"): a Youth Union body's opening word
_BODY_BYLINE = regex.compile(
    r"^(?:Ban|BCH|Tỉnh\s+đoàn|Thành\s+đoàn|Huyện\s+đoàn|Quận\s+đoàn|Thị\s+đoàn|Đoàn|Hội)\s+\p{L}"
)
_YEAR_ONLY = regex.compile(r"\b(?:19|20)\d{2}\b")
#: the longest byline that names a body (words)
_BODY_BYLINE_WORDS = 12
_DIGIT = regex.compile(r"\d")


def mark_furniture(lines: list[Line]) -> str | None:
    """Label site furniture lines; return the posting date of a date stamp (ISO) if one is found.

    Stamps stay as "header" lines (their text is kept); counters, share bars, separators and page
    numbers become "furniture" (dropped).
    """
    date = None
    needed = _data.furniture_needs()
    for n, ln in enumerate(lines):
        if ln.role not in ("body", "caption") or ln.kind == "table_cell":
            continue
        text = ln.text
        m_img = _IMAGE_STUB.match(text) if text[:1] == "!" else None  # the stub opens with "!["
        if m_img:
            ln.role = "furniture" if not m_img.group("alt").strip() else "caption"
            ln.text = m_img.group("alt").strip() or ln.text
            continue
        if n < 10 and _is_stamp(text):  # a posting stamp sits above or under the headline
            ln.role = "header"
            d = _DATE_IN.search(text)
            if d and date is None:
                date = f"{int(d.group(3)):04d}-{int(d.group(2)):02d}-{int(d.group(1)):02d}"
            continue
        for kind, pat in _furniture_starting(text[:_OPENING]):
            needs = needed.get(id(pat))
            if needs is not None and not _holds_any(text, needs):
                continue  # the line lacks what the pattern needs (a breadcrumb's "›")
            if pat.match(text):
                if kind == "page" and ln.page is None:
                    break  # a bare number in a text export may be content (a table cell)
                if kind == "stamp":
                    ln.role = "header"
                    d = _DATE_IN.search(text)
                    if d and date is None:
                        date = f"{int(d.group(3)):04d}-{int(d.group(2)):02d}-{int(d.group(1)):02d}"
                else:
                    ln.role = "furniture"
                break
        else:
            if ln.role == "body" and "|" in text and _ENDS_PIPE.search(text) and len(text) > 2:
                ln.role = "caption"
            if ln.role == "caption":
                ln.text = _PIPE_CAPTION.sub("", ln.text).strip()
    return date


def _holds_any(text: str, chars: str) -> bool:
    """Whether `text` holds one of `chars` (a substring test per character: a fast scan each; a
    plain loop, as `any` over a generator costs more, on most lines of every document)."""
    for ch in chars:  # noqa: SIM110
        if ch in text:
            return True
    return False


#: how many characters of a line pick the furniture patterns to try (`_furniture_starting`)
_OPENING = 3


@lru_cache(maxsize=4096)
def _furniture_starting(opening: str) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """The furniture patterns, in file order, that can match a line starting with `opening`: those
    that match `opening` at least partially (as the start of a longer match). The others cannot
    match the line, so they need not be tried. (The answers for the last 4096 openings are kept:
    the generated reports' 3,500 lines open in 225 different ways.)"""
    return tuple((kind, pat) for kind, pat in _data.furniture_patterns() if pat.match(opening, partial=True))


_TIME = regex.compile(r"\b\d{1,2}[:h]\d{2}\b")
_STAMP_WORD = regex.compile(
    r"cập\s+nhật|ngày\s+đăng|đăng\s+lúc|đăng\s+ngày|xuất\s+bản|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|GMT",
    regex.I,
)


#: a line that is a full date and nothing else, "Ngày 24/02/2026" or "24/02/2026"
_DATE_ONLY = regex.compile(r"^(?:[Nn]gày\s*:?\s*)?\d{1,2}/\d{1,2}/\d{4}\.?$")


def _is_stamp(text: str) -> bool:
    """A posting-date line: short, a full date, and a time or a stamp word ("Cập nhật lúc 10:20,
    Chủ nhật, 09/07/2023", "Xã hội - Ngày đăng : 11:14, 07/09/2022"); or a line that is a full
    date alone ("Ngày 24/02/2026" under the headline: no sentence, so no event, only the day the
    page was posted)."""
    words = text.split()
    if len(words) > 14 or not _DATE_IN.search(text):
        return False
    if len(words) <= 2 and _DATE_ONLY.match(text):
        return True
    if text.endswith(".") and len(words) > 8:
        return False
    return bool(_TIME.search(text) or _STAMP_WORD.search(text))


def mark_dateline(lines: list[Line]) -> None:
    """Measure the dateline prefix ("(HTV) - ") of the first paragraphs."""
    pat = _data.dateline_pattern()
    seen = 0
    for ln in lines:
        if ln.role != "body":
            continue
        m = pat.match(ln.text)
        if m:
            ln.dateline = m.end()
        seen += 1
        if seen >= 4:
            break


def _headline_like(ln: Line) -> bool:
    text = ln.text
    words = text.split()
    if not words or len(words) > 40 or len(text) > 300:
        return False
    if ln.dateline or ln.is_bullet or parse_heading(text) or _NUMBERED.match(text):
        return False
    if _TERMINAL.search(text) and not _ELLIPSIS.search(text):
        return False
    first = text.lstrip("“\"'«(")[:1]
    if not (first.isupper() or first.isdigit()):
        return False  # an excerpt that starts mid-sentence
    return not text.endswith(",")


def split_run_in_headline(lines: list[Line]) -> list[Line]:
    """Cut "<section label> <headline> <lead>" run into the first line by an export.

    Only when the line starts with a known section label: the headline runs from after the
    label to the lead's first word, a time word with a date ("Sáng 4/1/2026,"), else the first
    capitalised word that follows a lower-case one.
    Returns the lines (the first one cut into label, headline and lead when it applies).
    """
    for k, ln in enumerate(lines):
        if ln.role in ("furniture", "caption", "header", "footnote"):
            continue
        if ln.role != "body":
            return lines
        glued = glued_label_end(ln.text) or spaced_caps_label_end(ln.text)
        if glued and _headline_like(_with_text(ln, ln.text[glued:])):
            return [*lines[:k], *_split_glued(ln, glued), *lines[k + 1 :]]
        for label in _data.section_labels():
            if not ln.text.startswith(label):
                continue
            if ln.text[len(label) : len(label) + 1] != " ":
                continue  # a label glued to the headline's quote is cut by `title_text`
            a = len(label) + 1
            rest = ln.text[a:]
            if rest.startswith("- "):
                label = _menu_pair(ln.text, label) or label
                a = len(label) + 1
                rest = ln.text[a:]
            words = rest.split(" ")
            if not (words[0][:1].isupper() or words[0][:1].isdigit()):
                return lines  # "Thanh niên tình nguyện ...": a sentence, not a label
            # a lead opened by its date ("... trồng cây Ngày 9/2/2025, tại ..."); the excerpt may
            # end cut mid-word, so no full stop is asked for
            cut = _dated_lead(rest)
            if cut is None:
                cut = _capital_after_lower(words)
                if cut is None or cut < 3 or len(words) - cut < 8 or not _TERMINAL.search(rest):
                    # no lead run in: a lead is a paragraph, and ends as a sentence does (a headline
                    # alone on its line, "Tuổi trẻ Quảng Nam ra quân Chiến dịch ... 312 đội hình", does not)
                    if not _label_on_headline(label, rest, ln):
                        return lines
                    cut = len(words)
            head = " ".join(words[:cut])
            lead = " ".join(words[cut:])
            b = a + len(head) + 1
            parts = [_label_part(ln, label, a), _rest_part(ln, head, a, b, role="title")]
            if lead:
                parts.append(_rest_part(ln, lead, b))
            return [*lines[:k], *parts, *lines[k + 1 :]]
        return lines
    return lines


#: the second part of a two-part menu section after a known label: "- Sinh viên", "- Đào tạo"
_MENU_SECOND = regex.compile(r"- (\p{Lu}\p{Ll}*(?: \p{Ll}+)?) (?=[\p{Lu}\d“\"])")


def _menu_pair(text: str, label: str) -> str | None:
    """ "Giáo dục - Sinh viên Ngày hội hiến máu …": a known section label that never opens a
    headline (`_data.standalone_labels`), " - " and a second part of one or two words (a capital,
    then lower case) before the headline's capitalised first word, is a two-part menu section
    like "Đội - Thiếu nhi" (the label returned, cut off the title as one). A subject label
    ("Thanh niên - Hội Sinh viên …") and a second part running on in lower case are none."""
    if label.casefold() not in _data.standalone_labels():
        return None
    m = _MENU_SECOND.match(text, len(label) + 1)
    return text[: m.end() - 1] if m is not None else None


def _split_glued(ln: Line, a: int) -> list[Line]:
    """The line of a label glued to the headline ("XÃ HỘIĐồng Nai: 64 chuyến xe ...") cut into the
    label (a header line) and the headline, so that no later stage reads the label as part of the
    headline's first name ("xã HỘIĐồng Nai")."""
    return [_label_part(ln, ln.text[:a], a), _rest_part(ln, ln.text[a:], a)]


def _label_part(ln: Line, label: str, a: int) -> Line:
    """The label at the start of `ln`, up to offset `a` of its text, as a header line."""
    from dataclasses import replace  # noqa: PLC0415

    return replace(ln, text=label, cells=[label], refs=[r for r in ln.refs if r[1] < a], role="header")


def _rest_part(ln: Line, text: str, a: int, b: int | None = None, **changes: Any) -> Line:
    """The part `text` of `ln` that starts at offset `a` of its text (and ends before `b`), as a line
    of its own with the footnote markers that stand in it."""
    from dataclasses import replace  # noqa: PLC0415

    refs = [(i, p - a) for i, p in ln.refs if a <= p and (b is None or p < b)]
    return replace(
        ln, text=text, cells=[text], start=ln.start + a, first_in_block=False, refs=refs, **changes
    )


#: the quotation marks a headline may open with ("“Chuyến xe mùa xuân” 2026 đưa ...")
_OPEN_QUOTES = '“"«‘'


def _label_on_headline(label: str, rest: str, ln: Line) -> bool:
    """Whether a section label stands in front of a headline alone on its line (no lead run in):
    a label that never opens a headline itself before a headline that opens with its actors
    ("Đoàn - Hội Tuổi trẻ cả nước ...", "Năng lượng Tuổi trẻ Dầu khí: ..."), or a two-part menu
    section before any headline ("Đội - Thiếu nhi Hơn 1.200 phần quà ..."). A label that can be
    the headline's own words ("Tuổi trẻ Bắc Ninh ...", "Phong trào Thanh niên ...") is kept
    (`_data.standalone_labels`)."""
    if not _headline_like(_with_text(ln, rest)):
        return False
    standalone = _data.standalone_labels()
    # a menu pair made by `_menu_pair` is standalone when its first part is
    if label.casefold() not in standalone and label.split(" - ", 1)[0].casefold() not in standalone:
        return False
    if " - " in label:
        return True  # a two-part menu section ("Đội - Thiếu nhi") is never a headline's own words
    return any(rest.startswith(s + " ") for s in _data.subject_labels())


def title_text(text: str) -> str:
    """The headline without a section label glued to its opening quote ("Tình nguyện“Chuyến xe
    mùa xuân” ..." -> "“Chuyến xe mùa xuân” ...") or to its first capital letter ("Tin tứcXuân
    tình nguyện ..." -> "Xuân tình nguyện ..."; a lower-case letter followed by a capital in one
    word is the mark of the lost space): the export lost the space or line break between them.
    A label printed in capitals ("XÃ HỘIĐồng Nai: ..." -> "Đồng Nai: ...") is cut where its
    last capital is followed by a capitalised word, and a label the site list does not know is
    cut the same way when it is plainly one (`_glued_label`).
    The line stays whole in the body (its words are kept as written)."""
    return text[glued_label_end(text) :]


def glued_label_end(text: str) -> int:
    """Where the headline starts after a section label glued to it (see `title_text`); 0 when
    no label is glued to it."""
    if text[:1] in _OPEN_QUOTES:
        return 0
    for label in _data.section_labels():
        n = len(label)
        if len(text) <= n + 1:
            continue
        if text.startswith(label):
            nxt = text[n : n + 1]
            if nxt in _OPEN_QUOTES or (nxt.isupper() and text[n - 1 : n].islower()):
                return n
        elif text.startswith(label.upper()) and _capitalised_at(text, n):
            return n  # "XÃ HỘIĐồng Nai: ..."
    return _glued_label(text)


#: a site label in capitals before the headline on its line, one space between them ("CÔNG NHÂN -
#: CÔNG ĐOÀN Tây Ninh: ...", "XÃ HỘI Tuổi trẻ ..."): two or more words of capitals, each a
#: Vietnamese syllable (a vowel, with the consonants a syllable may open and end with, so that
#: no abbreviation is one: "UBND", "TP", "HĐND", "BIDV", "EVN"), maybe two parts joined by a dash,
#: then a capitalised word
_SYLLABLE = (
    r"(?:NGH|CH|GH|GI|KH|NG|NH|PH|QU|TH|TR|[BCDĐGHKLMNPRSTVX])?"
    rf"[{VOWELS}]{{1,3}}"
    r"(?:NG|NH|CH|[CMNPT])?"
)
_SPACED_CAPS_LABEL = regex.compile(
    rf"{_SYLLABLE}(?:(?: [-–] | ){_SYLLABLE})+ (?=\p{{Lu}}\p{{Ll}})"
)


def spaced_caps_label_end(text: str) -> int:
    """Where the headline starts after a site label in capitals that one space parts from it
    ("CÔNG NHÂN - CÔNG ĐOÀN Tây Ninh: 38 chuyến xe ..." -> "Tây Ninh: ..."): two or more words of
    capitals, each a Vietnamese syllable (no abbreviation: "UBND TP Hà Nội ..." keeps its words),
    before a capitalised word (so a headline all in capitals is no label). 0 when none. Cheap first
    test: the first two letters are capitals."""
    if not text[:2].isupper():
        return 0
    m = _SPACED_CAPS_LABEL.match(text)
    return 0 if m is None else m.end()


def _capitalised_at(text: str, n: int) -> bool:
    """Whether a capitalised word ("Đồng", not "ĐH" nor "đồng") starts at `text[n]`."""
    return text[n : n + 1].isupper() and text[n + 1 : n + 2].islower()


#: the words a glued label may have before the headline starts (a site's label or a paper's name)
_GLUED_LABEL_WORDS = 5
#: a word of a label ending glued to the headline's first capitalised word: lower-case letters
#: ("nghiệpLào": "Thanh niên lập nghiệpLào Cai: ...") or capitals ("THAOĐoàn": "THỂ THAOĐoàn ...")
_GLUED_WORD = regex.compile(r"(?:\p{Ll}{2,}|\p{Lu}{2,})(?=\p{Lu}\p{Ll})")


def _glued_label(text: str) -> int:
    """Where the headline starts after a label the site list does not know, glued to it by an
    export that lost the line break ("Thanh niên lập nghiệpLào Cai: ..."): within the first few
    words, a word of at least two lower-case letters, or of capitals after a line of capitals
    ("THỂ THAOĐoàn ..."), runs straight into a capitalised word, after at least one other word
    of the label. A brand written in one word ("VinFast", "VietinBank", "iPhone") is no label: its
    first part is capitalised, or one letter, or it is the headline's first word. 0 when none."""
    space = text.find(" ")
    if space < 0:
        return 0  # cheap first test: a one-word headline has no label in front
    pos = space + 1
    for _ in range(_GLUED_LABEL_WORDS - 1):
        end = text.find(" ", pos)
        word = text[pos:] if end < 0 else text[pos:end]
        m = _GLUED_WORD.match(word)
        if m is not None and m.end() < len(word):
            if m.group().isupper() and not text[:pos].isupper():
                return 0  # "Đoàn TNCSHồ ..." is no label of capitals
            if m.group().islower() or m.start() == 0:
                return pos + m.end()
        if end < 0:
            return 0
        pos = end + 1
    return 0


def _with_text(ln: Line, text: str) -> Line:
    """A copy of `ln` with another text (to test a part of a line as a line)."""
    from dataclasses import replace  # noqa: PLC0415

    return replace(ln, text=text, cells=[text])


#: the opening of a lead: a time word and a date ("Sáng 4/1/2026,", "Ngày 6/7/2025,", "Chiều 18/9")
_DATED_LEAD = regex.compile(
    r"(?<=\S )(?:Sáng|Chiều|Trưa|Tối|Đêm|Ngày|Hôm\s+nay|Hôm\s+qua)\s+(?:ngày\s+)?\d{1,2}[/.\-]\d{1,2}\b"
)


def _capital_after_lower(words: list[str]) -> int | None:
    """The index of the first capitalised word after a lower-case one, not followed by another
    capitalised word (the lead's first word, not a name inside the headline)."""
    for i in range(1, len(words) - 1):
        prev, word, after = words[i - 1], words[i], words[i + 1]
        if prev[:1].islower() and word[:1].isupper() and word[1:2].islower() and not after[:1].isupper():
            return i
    return None


def _dated_lead(rest: str) -> int | None:
    """The word index where a lead opened by its date starts in `rest` (headline and lead run
    together), when at least 3 words of headline come before it and the lead goes on."""
    m = _DATED_LEAD.search(rest)
    if m is None:
        return None
    cut = rest.count(" ", 0, m.start())
    if cut < 3 or rest.count(" ", m.start()) < 4:
        return None
    return cut


def mark_headline(lines: list[Line], known: str | None = None) -> int | None:
    """The headline: the line that repeats the headline the format carries (`known`, HTML <h1>
    or <title>), else the first headline-like line before the first ordinary paragraph.

    Short lines before it (a section label "Xã hội", an all-capital banner) become header lines.
    Returns the headline's line index.
    """
    if known:
        key = match_key(known)
        seen = 0
        for i, ln in enumerate(lines):
            if ln.role in ("furniture", "footnote"):
                continue
            seen += 1
            if seen > 8:
                break
            if ln.role == "body" and match_key(ln.text) == key:
                for j in range(i):
                    if lines[j].role == "body" and len(lines[j].words) <= 8:
                        lines[j].role = "header"
                ln.role = "title"
                return i
    banners: list[int] = []
    for i, ln in enumerate(lines):
        if ln.role == "title":
            return i
        if ln.role in ("furniture", "caption", "header", "footnote"):
            continue
        if ln.role != "body":
            return None
        if _labels_only(ln.text):
            banners.append(i)  # "Thời sự | Đoàn - Hội - Đội": the page's section labels
            continue
        if not banners and _cut_tail(i, lines):
            banners.append(i)  # "ến các xã ... sau bão số 5.": the end of another article
            continue
        if _headline_like(ln):
            rest = [j for j in range(i + 1, len(lines)) if lines[j].role == "body"]
            if not rest:
                return None
            if lines[rest[0]].text[:1].islower():
                return None  # the line is a sentence cut by a page or footnote break
            if _kicker(i, lines, rest):
                banners.append(i)
                continue
            ln.role = "title"
            for b in banners:
                lines[b].role = "header"
            return i
        if ln.dateline:
            continue  # a lead opened by a dateline may precede the headline
        if _is_caps(ln.text) and len(ln.words) <= 40:
            banners.append(i)
            continue
        return None
    return None


#: the longest cut tail of another article above a page's headline, in words
_TAIL_WORDS = 20


def _cut_tail(i: int, lines: list[Line]) -> bool:
    """Whether line `i`, the first of the page, is the cut tail of another article above the
    headline ("ến các xã miền núi bị cô lập sau bão số 5." over "Tuổi trẻ X gửi ..."): it starts
    in lower case (cut mid-sentence or mid-word), is short and ends as a sentence does, and the
    next line is headline-like with a lead (a line that is not) after it. An excerpt that starts
    cut inside its own lead goes on with a paragraph, not a headline, and is left alone."""
    text = lines[i].text
    if not text[:1].islower() or len(text.split()) > _TAIL_WORDS or not _TERMINAL.search(text):
        return False
    rest = [j for j in range(i + 1, min(len(lines), i + 6)) if lines[j].role == "body"]
    if len(rest) < 2 or rest[0] != i + 1:
        return False
    return _headline_like(lines[rest[0]]) and not _headline_like(lines[rest[1]])


#: what joins the section labels of a label line ("Thời sự | Đoàn - Hội - Đội", "Xã hội › Giáo dục")
_LABEL_JOIN = regex.compile(r"\s*[|›»/]\s*")


def _labels_only(text: str) -> bool:
    """Whether a line is made of known section labels only, one or several joined by "|", "›",
    "»" or "/" ("Thời sự | Đoàn - Hội - Đội"): the page's place in the site, not its headline."""
    if len(text) > 80:
        return False
    known = _label_keys()
    return all(part.casefold() in known for part in _LABEL_JOIN.split(text.strip()))


@lru_cache(maxsize=1)
def _label_keys() -> frozenset[str]:
    return frozenset(label.casefold() for label in _data.section_labels())


#: the longest kicker (a short line over the headline naming the programme: "Mùa đông ấm"), words
_KICKER_WORDS = 5
#: the dashes that join the parts of a two-part label ("Đoàn - Hội"), not counted as its words
_DASHES = frozenset("-–—|")


def _kicker(i: int, lines: list[Line], rest: list[int]) -> bool:
    """Whether a short headline-like line is a kicker over the headline: a few words with no number
    ("Mùa đông ấm"), right above a longer headline-like line (the headline) that the lead follows
    (a line ending as a sentence does); `rest` are the indexes of the body lines after line `i`.
    A short headline over its lead is kept. A dash that joins the two parts of a site's menu label
    ("Sinh viên - Hội Sinh viên") is no word of it."""
    ln = lines[i]
    words = [w for w in ln.text.split() if w not in _DASHES]
    if len(words) > _KICKER_WORDS or _DIGIT.search(ln.text) or len(rest) < 2:
        return False
    nxt = lines[rest[0]]
    if rest[0] != i + 1 or not _headline_like(nxt) or len(nxt.text.split()) <= len(words) + 2:
        return False
    return not _headline_like(lines[rest[1]])


def _is_caps(text: str) -> bool:
    """Written in capitals (tolerating the odd lower-case letter a legacy-font conversion leaves)."""
    letters = list(filter(str.isalpha, text))
    return len(letters) >= 2 and sum(map(str.isupper, letters)) >= 0.75 * len(letters)


def mark_captions(lines: list[Line]) -> None:
    """Photo captions among body lines: "... Ảnh: NAME" lines, and short unpunctuated lines between
    paragraphs that repeat a neighbouring paragraph."""
    body = [i for i, ln in enumerate(lines) if ln.role == "body"]
    for k, i in enumerate(body):
        ln = lines[i]
        text = ln.text
        # both photo patterns need the ":" after "Ảnh"
        if ":" in text and (_PHOTO_ONLY.match(text) or (_PHOTO_CREDIT.search(text) and len(ln.words) <= 40)):
            ln.role = "caption"
            continue
        if k == 0 or k + 1 >= len(body):
            continue
        prev, nxt = lines[body[k - 1]], lines[body[k + 1]]
        words = ln.words
        if len(words) > 25 or _TERMINAL.search(text) or ln.is_bullet or parse_heading(text) or _is_caps(text):
            continue
        if text.endswith(",") or text[:1].islower():
            continue
        if not (prev.terminated or prev.role != "body") or not nxt.text[:1].isupper():
            continue
        # a caption repeats what the paragraph beside it says; one that carries a number must
        # repeat it closely (its number is then a repetition, not a figure)
        need = 0.6 if _DIGIT.search(text) else 0.4
        if max(_overlap(text, prev.text), _overlap(text, nxt.text)) >= need:
            ln.role = "caption"


def _overlap(a: str, b: str) -> float:
    wa = {w.casefold().strip('.,;:“”"()') for w in a.split()}
    wb = {w.casefold().strip('.,;:“”"()') for w in b.split()}
    wa.discard("")
    if not wa:
        return 0.0
    return len(wa & wb) / len(wa)


def is_bulletin_title(title: str | None) -> bool:
    """Whether a page's headline is a bulletin's ("Bản tin ...", "... - Số 03"): the page is then a
    "bản tin" (spec §3 doc_type), not a news article."""
    return bool(title) and _BULLETIN_TITLE.search(title or "") is not None


def body_byline(lines: list[Line], i: int | None) -> str | None:
    """The body a byline names ("Ban Chỉ huy các Chiến dịch tình nguyện hè 2025"), else None."""
    if i is None:
        return None
    text = lines[i].text
    return text if _BODY_BYLINE.match(text) else None


def mark_byline(lines: list[Line]) -> int | None:
    """The author's byline: a short final line of initials or a name ("THÀNH ĐẠT", "T.H.", "CTG"),
    or the name of the body that wrote the page ("Ban Chỉ huy ... hè 2025": its only digits a
    year, no sentence punctuation)."""
    body = [i for i, ln in enumerate(lines) if ln.role == "body"]
    if len(body) < 2:
        return None
    i = body[-1]
    text = lines[i].text
    words = text.split()
    if (
        _BODY_BYLINE.match(text)
        and len(words) <= _BODY_BYLINE_WORDS
        and not _TERMINAL.search(text)
        and not _DIGIT.search(_YEAR_ONLY.sub("", text))
    ):
        lines[i].role = "byline"
        return i
    if not words or len(words) > 6 or _DIGIT.search(text):
        return None
    if _THEO.match(text) or all(_BYLINE_WORD.match(w) for w in words) or _is_caps(text):
        if text.endswith(":"):
            return None
        lines[i].role = "byline"
        return i
    return None
