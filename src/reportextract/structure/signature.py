"""Signature block and distribution list of an administrative document.

The tail of an official document holds "Nơi nhận:" with its recipient lines and the signature:
an authority prefix (TM. "on behalf of", KT. "for", TL. "by order of", TUQ., T/M, Q.) with the
signing body, the signer's title ("PHÓ BÍ THƯ", "CHÁNH VĂN PHÒNG"), often "(Đã ký)", and the
signer's name. Text exports put the two columns one after the other, or on one line separated
by tabs or runs of spaces.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex

from reportextract.structure import _data
from reportextract.structure.lines import Line
from reportextract.structure.names import case_org, case_title, expand_org

_PREFIX = regex.compile(
    r"^(?P<pre>T\s*/\s*M|T\.M|TM|TL|T\.L|KT|K\.T|TUQ|Q|Q\.\s*)\s*[.:]?\s+(?P<org>\p{Lu}[\p{Lu}\p{M}\s.,/\-–]*)$"
)
_RECIPIENTS = regex.compile(r"^(?P<head>N[ơo]i\s+nh[ậa]n)\s*[:.]?\s*(?P<rest>.*)$", regex.IGNORECASE)
#: the first characters a cell that `_RECIPIENTS` or `_PREFIX` matches can have
_TAIL_OPENERS = frozenset("NnTKQ")
_SIGNED = regex.compile(
    r"^\(?\s*(?:đã\s+ký|ký\s+tên|ký,?\s+đóng\s+dấu|ký\s+và\s+ghi\s+rõ.*|signed)\s*[).]*$", regex.I
)
_SIGNED_LEAD = regex.compile(r"^\(\s*(?:đã\s+ký|ký\s+tên|đã\s+ký\s+và\s+đóng\s+dấu)\s*\)\s*", regex.I)
_ANNEX = regex.compile(
    r"^(?:PHỤ\s+LỤC|Phụ\s+lục|BIỂU\s+(?:MẪU|TỔNG\s+HỢP|SỐ)|DANH\s+SÁCH|BẢNG\s+(?:TỔNG\s+HỢP|THỐNG\s+KÊ))"
)
#: a military or police rank written before a signer's name ("Thượng tá Nguyễn Văn A", "ĐẠI ÚY TRẦN B"):
#: no part of the name (spec: signer name), as "đồng chí" is not
_RANK = r"(?i:(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy|uý))"
#: what may stand before a name without being part of it: "đồng chí" or a rank
_HONORIFIC = rf"(?:đ/c|Đ/c|đồng chí|Đồng chí|{_RANK})"
_NAME = regex.compile(
    rf"^(?:{_HONORIFIC}\s+)?"
    r"(?P<name>\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,5})$"
)
_DASH_LEAD = regex.compile(r"^[-–—+•*]\s*")
_SEMICOLON = regex.compile(r";\s*")
_COMRADE = regex.compile(rf"^{_HONORIFIC}\s+")


@dataclass
class SignatureInfo:
    org: str | None = None
    title: str | None = None
    name: str | None = None
    recipients: list[str] = field(default_factory=list)
    #: line indices of the recipients and signature parts
    recipient_lines: list[int] = field(default_factory=list)
    signature_lines: list[int] = field(default_factory=list)


def _is_caps(text: str) -> bool:
    """Written in capitals (tolerating the odd lower-case letter a legacy-font conversion leaves)."""
    letters = list(filter(str.isalpha, text))
    return len(letters) >= 2 and sum(map(str.isupper, letters)) >= 0.75 * len(letters)


@cache
def _title_keys() -> list[tuple[str, str, int]]:
    """(title, folded title, number of words) of the known signer titles, in their order."""
    return [(t, _data.fold(t), len(t.split())) for t in _data.signer_titles()]


def match_title(text: str, *, prefix: bool = False) -> str | None:
    """The known signer title `text` spells (case- and one-slip-tolerant), as the gold writes it.

    With `prefix`, a known title followed by the name of a department also counts
    ("TRƯỞNG BAN TUYÊN GIÁO" -> "Trưởng ban Tuyên giáo").
    """
    key = _data.fold(text)
    if not key or len(key) > 60:
        return None
    if prefix:
        exact = match_title(text)
        if exact:
            return exact
        words = text.split()
        head_keys: dict[int, str] = {}  # fold of the first n words
        for title, tkey, n in _title_keys():
            if len(words) > n:
                if n not in head_keys:
                    head_keys[n] = _data.fold(" ".join(words[:n]))
                if head_keys[n] == tkey:
                    return f"{title} {case_org(' '.join(words[n:]))}"
        return None
    if len(key) > 40:
        return None
    best = None
    for title, tkey, _n in _title_keys():
        if key == tkey:
            return _exact_case(text, title)
        if abs(len(key) - len(tkey)) <= 1 and len(tkey) >= 8 and _edit1(key, tkey) and best is None:
            best = title
    return best


def _exact_case(text: str, title: str) -> str:
    # keep the diacritics the document wrote when they only differ in case
    if text.casefold() == title.casefold():
        return title
    return title


def _edit1(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))


def find_signature(lines: list[Line]) -> SignatureInfo | None:
    """Find "Nơi nhận" and the signature block in the document's tail; relabel their lines."""
    body = [i for i, ln in enumerate(lines) if ln.role == "body"]
    if not body:
        return None
    tail = body[-40:]
    start = None
    for i in tail:
        ln = lines[i]
        cells = ln.cells or [ln.text]
        if any(c[:1] in _TAIL_OPENERS and (_RECIPIENTS.match(c) or _PREFIX.match(c)) for c in cells):
            start = i
            break
    if start is None:
        # a bare title + name at the very end ("BÍ THƯ" / "Nguyễn Văn A")
        if len(body) >= 3:
            t, n = lines[body[-2]], lines[body[-1]]
            if _is_caps(t.text) and match_title(t.text) and _NAME.match(n.text):
                info = SignatureInfo(title=match_title(t.text), name=case_name(n.text))
                info.signature_lines = [body[-2], body[-1]]
                for i in info.signature_lines:
                    lines[i].role = "signature"
                return info
        return None
    info = SignatureInfo()
    seen_rec = False
    seen_sig = False
    org_parts: list[str] = []
    for i in [j for j in body if j >= start]:
        ln = lines[i]
        cells = ln.cells or [ln.text]
        roles_here: set[str] = set()
        # the block ends where running text resumes (an annex after the signature: "PHỤ LỤC", a table)
        bullets = seen_rec and all(c[:1] in "-–—+•*" or _RECIPIENTS.match(c) for c in cells)
        if not bullets and (_ANNEX.match(ln.text) or (len(ln.words) > 20 and not _RECIPIENTS.match(ln.text))):
            break
        if info.name and not bullets and not any(_SIGNED.match(c) for c in cells):
            break
        for cell in cells:
            if _SIGNED_LEAD.match(cell) and not _SIGNED.match(cell):
                cell = _SIGNED_LEAD.sub("", cell)  # "(Đã ký) Nguyễn Văn A"
            caps = _is_caps(cell)
            m_rec = _RECIPIENTS.match(cell)
            m_pre = _PREFIX.match(cell)
            if m_rec:
                seen_rec = True
                roles_here.add("recipients")
                rest = m_rec.group("rest").strip()
                if rest:
                    info.recipients.extend(_split_recipients(rest))
            elif m_pre:
                seen_sig = True
                roles_here.add("signature")
                if org_parts:
                    # "KT. BÍ THƯ" under "TM. BAN THƯỜNG VỤ": signing for the secretary; the
                    # signer's own title follows (on the next line, or after it on this one)
                    _rest, title = _split_title_suffix(m_pre.group("org"))
                    if title and _rest and info.title is None:
                        info.title = title
                    continue
                org, title = _split_title_suffix(m_pre.group("org"))
                if title is None and match_title(org):
                    # "KT. BÍ THƯ" with no body above it: signing for the head, named by a title
                    # alone; no body (the signer's own title follows: "PHÓ BÍ THƯ")
                    continue
                org_parts = [org]
                if title and info.title is None:
                    info.title = title
            elif seen_rec and cell[:1] in "-–—+•*":
                glued = _glued_name(cell) if seen_sig and info.name is None else None
                if glued is not None:
                    # two columns of a PDF read as one line: "- Ban X (để phối hợp);Thượng tá Nguyễn Văn A"
                    info.recipients.extend(_split_recipients(cell[: glued.start()]))
                    info.name = case_name(glued.group("whole"))
                    roles_here.add("signature")
                    continue
                info.recipients.extend(_split_recipients(cell))
                roles_here.add("recipients")
            elif _SIGNED.match(cell):
                roles_here.add("signature")
            elif caps and info.title is None and match_title(cell, prefix=True):
                seen_sig = True
                info.title = match_title(cell, prefix=True)
                roles_here.add("signature")
            elif seen_sig and caps and info.title is None and not _name_caps_only(cell):
                org_parts.append(cell)
                roles_here.add("signature")
            elif seen_sig and (_NAME.match(cell) or (caps and 2 <= len(cell.split()) <= 5)):
                info.name = case_name(cell)
                roles_here.add("signature")
            elif seen_rec and not seen_sig:
                info.recipients.extend(_split_recipients(cell))
                roles_here.add("recipients")
            else:
                roles_here.add("signature" if seen_sig else "recipients")
        if "signature" in roles_here:
            ln.role = "signature"
            info.signature_lines.append(i)
        elif "recipients" in roles_here:
            ln.role = "recipients"
            info.recipient_lines.append(i)
    if org_parts:
        info.org = expand_org(case_org(" ".join(org_parts)))
    if not (info.recipients or info.name or info.title or info.org):
        return None
    return info


#: a signer's name glued to the end of a recipient line: after its ";" a rank and a name (a space
#: between allowed: no recipient starts with a rank), or three to five capitalised words with no
#: space after the ";"
_GLUED_NAME = regex.compile(
    rf";(?:\s+(?={_RANK}))?(?P<whole>(?:{_RANK}\s+\p{{Lu}}[\p{{L}}\p{{M}}]*(?:\s+\p{{Lu}}[\p{{L}}\p{{M}}]*){{1,4}}"
    r"|\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){2,4}))\s*$"
)


def _glued_name(cell: str) -> regex.Match[str] | None:
    """The signer's name glued after the last ";" of a recipient line, as two columns of a PDF read
    as one line give it ("- Ban Thường vụ Tỉnh đoàn (để phối hợp);Thượng tá Nguyễn Văn A", or with
    a space before a rank: "...; Thiếu tá Nguyễn Văn A"); a space after the ";" before a name
    without a rank is the next recipient ("…; Lưu VP")."""
    return _GLUED_NAME.search(cell) if ";" in cell else None


def _name_caps_only(cell: str) -> bool:
    """An all-caps line that is a person's name rather than a body ("NGUYỄN QUỐC HUY")."""
    words = cell.split()
    if not 2 <= len(words) <= 5:
        return False
    orgish = {
        "BAN",
        "ĐOÀN",
        "TỈNH",
        "THÀNH",
        "HUYỆN",
        "TRUNG",
        "ƯƠNG",
        "THƯỜNG",
        "VỤ",
        "BÍ",
        "THƯ",
        "CHẤP",
        "HÀNH",
    }
    return not any(w in orgish for w in words)


def _split_title_suffix(org: str) -> tuple[str, str | None]:
    """ "BAN THƯỜNG VỤ TỈNH ĐOÀN PHÓ BÍ THƯ" (one line in a PDF) -> the body and the title."""
    words = org.split()
    for n in range(min(5, len(words) - 1), 0, -1):
        title = match_title(" ".join(words[-n:]))
        if title and words[-n - 1].upper() != "BAN":  # "BAN BÍ THƯ" is a body
            return " ".join(words[:-n]), title
    return org, None


def _split_recipients(text: str) -> list[str]:
    """One "Nơi nhận" line -> its recipients, without leading dash and trailing ";" or "."."""
    text = _DASH_LEAD.sub("", text.strip())
    out = []
    for part in _SEMICOLON.split(text):
        part = _DASH_LEAD.sub("", part.strip())
        part = part.rstrip(" ;.,").strip()
        if part:
            out.append(part)
    return out


def case_name(text: str) -> str:
    """A person's name in name case ("NGUYỄN QUỐC HUY" -> "Nguyễn Quốc Huy")."""
    text = _COMRADE.sub("", text.strip())
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())


__all__ = ["SignatureInfo", "case_name", "case_title", "find_signature", "match_title"]
