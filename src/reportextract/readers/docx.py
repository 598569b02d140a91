"""Word .docx reader (python-docx).

Body paragraphs and tables in document order. A paragraph becomes one block per line (a
manual line break ``w:br`` starts a new block, as the .txt export of the same report would):

* style "Heading N" / "Title" -> ``heading`` (level N), "Caption" -> ``caption``;
* Word auto-numbering is rendered as it prints ("1. ", "a) ", "II. ") into the text and into
  `Block.numbering`; bullet numbering gives a ``list_item`` whose `numbering` is the bullet;
* typed bullets ("- ", "* ", "• "), typed superscript markers and footnote bodies typed as
  paragraphs are recognised as in text exports (`text.analyse_line`);
* real Word footnotes and endnotes: the notes part is found through the document part's
  relationships (python-docx has no footnote API); a `NoteRef` is placed where each
  ``w:footnoteReference`` stands, with the number Word prints (footnotes 1, 2, 3 by order of
  reference; endnotes i, ii, iii unless the document sets another format; a custom mark is
  kept as written); the note bodies follow the body as ``footnote`` blocks, in that order;
* table cells -> ``table_cell`` blocks with table/row/col (merged cells counted once);
* runs in legacy fonts (``.VnTime``: TCVN3; ``VNI-Times``: VNI) are converted to Unicode;
* text boxes: their paragraphs follow the paragraph that anchors them (read once).

Deleted revisions, field codes, headers and footers are left out.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from reportextract.errors import CorruptFileError, EncryptedFileError
from reportextract.model import Block, Document
from reportextract.readers import legacy
from reportextract.readers.text import analyse_line, digits_to_sup, line_to_block
from reportextract.textnorm import nfc

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_REL_FOOTNOTES = "/footnotes"
#: core-property titles that tools write by default: not the document's title
_PLACEHOLDER_TITLES = frozenset({"word document", "document", "untitled", "microsoft word document", "title"})
_REL_ENDNOTES = "/endnotes"

_SKIP = {
    f"{W}del",
    f"{W}delText",
    f"{W}instrText",
    f"{W}rPr",
    f"{W}pPr",
    f"{W}fldData",
    f"{MC}AlternateContent",
    f"{W}drawing",
    f"{W}pict",
    f"{W}object",
}


def _roman(n: int) -> str:
    vals = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ]
    out = []
    for v, s in vals:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def _letters(n: int) -> str:
    # Word: a..z, aa..zz, aaa..
    if n <= 0:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str | None) -> str:
    """Render a counter in a Word number format (decimal, lowerRoman, upperLetter, ...)."""
    fmt = fmt or "decimal"
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


def _attr(el: Any, name: str) -> str | None:
    return el.get(f"{W}{name}") if el is not None else None


# --------------------------------------------------------------------------- numbering


class _Numbering:
    """Word list numbering: renders "1.", "a)", "II." for each numbered paragraph in order."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, list[int]] = {}
        self.abstract_of: dict[str, str] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstracts: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.findall(f"{W}abstractNum"):
            lv: dict[int, tuple[str, str, int]] = {}
            for lvl in an.findall(f"{W}lvl"):
                ilvl = int(_attr(lvl, "ilvl") or 0)
                fmt = _attr(lvl.find(f"{W}numFmt"), "val") or "decimal"
                text = _attr(lvl.find(f"{W}lvlText"), "val") or ""
                start = int(_attr(lvl.find(f"{W}start"), "val") or 1)
                lv[ilvl] = (fmt, text, start)
            abstracts[_attr(an, "abstractNumId") or ""] = lv
        for num in root.findall(f"{W}num"):
            nid = _attr(num, "numId") or ""
            aid = _attr(num.find(f"{W}abstractNumId"), "val") or ""
            self.abstract_of[nid] = aid
            levels = dict(abstracts.get(aid, {}))
            for ov in num.findall(f"{W}lvlOverride"):
                ilvl = int(_attr(ov, "ilvl") or 0)
                so = ov.find(f"{W}startOverride")
                if so is not None and ilvl in levels:
                    fmt, text, _ = levels[ilvl]
                    levels[ilvl] = (fmt, text, int(_attr(so, "val") or 1))
            self.levels[nid] = levels

    def render(self, num_id: str, ilvl: int) -> tuple[str, bool] | None:
        """(rendered label, is_bullet) for the next paragraph of list `num_id` at level `ilvl`."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels or num_id == "0":
            return None
        key = self.abstract_of.get(num_id, num_id)
        counters = self.counters.setdefault(key, [0] * 9)
        fmt, text, start = levels[ilvl]
        if counters[ilvl] == 0:
            counters[ilvl] = start
        else:
            counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        if fmt == "bullet":
            # Symbol/Wingdings bullets are private-use code points: show them as "•"
            if not text or any(0xE000 <= ord(c) <= 0xF8FF for c in text):
                text = "•"
            return text, True
        label = text
        for lv in range(9):
            token = f"%{lv + 1}"
            if token in label:
                lfmt, _, lstart = levels.get(lv, ("decimal", "", 1))
                value = counters[lv] or lstart
                label = label.replace(token, format_number(value, lfmt))
        return label, False


# --------------------------------------------------------------------------- runs


class _NoteCounter:
    """Numbers notes by order of first reference, as Word prints them."""

    def __init__(self, fmt: str, start: int) -> None:
        self.fmt = fmt
        self.next = start
        self.label: dict[str, str] = {}
        self.order: list[str] = []
        #: notes referenced with a custom mark (Word repeats the mark as text in the note body)
        self.custom: set[str] = set()

    def ref(self, wid: str, custom: str | None) -> str:
        if custom is not None:
            self.label.setdefault(wid, custom)
            self.custom.add(wid)
        elif wid not in self.label:
            self.label[wid] = format_number(self.next, self.fmt)
            self.next += 1
        if wid not in self.order:
            self.order.append(wid)
        return self.label[wid]


def _legacy_of_font(name: str | None) -> str | None:
    if not name:
        return None
    low = name.lower()
    if low.startswith((".vn", "vn3", "abc")):
        return "tcvn3"
    if low.startswith(("vni-", "vni ")):
        return "vni"
    return None


class _Para:
    """Text of one paragraph, split into lines, with note references per line."""

    def __init__(self) -> None:
        self.lines: list[tuple[list[str], list[tuple[str, int, str]]]] = [([], [])]

    def add(self, s: str) -> None:
        if "\n" in s:
            first, *rest = s.split("\n")
            self.lines[-1][0].append(first)
            for part in rest:
                self.lines.append(([part], []))
        else:
            self.lines[-1][0].append(s)

    def ref(self, nid: str) -> None:
        parts, refs = self.lines[-1]
        refs.append((nid, sum(len(p) for p in parts), "word"))


class _Reader:
    def __init__(self, document: Any, source: str) -> None:
        self.document = document
        self.source = source
        self.numbering = _Numbering(document)
        self.footnotes = self._notes_part(_REL_FOOTNOTES, "footnote")
        self.endnotes = self._notes_part(_REL_ENDNOTES, "endnote")
        sect = document.element.body.find(f"{W}sectPr")
        fpr = sect.find(f"{W}footnotePr") if sect is not None else None
        epr = sect.find(f"{W}endnotePr") if sect is not None else None
        if fpr is None or epr is None:  # document-wide note settings live in settings.xml
            try:
                settings = document.settings.element
            except (AttributeError, KeyError, ValueError):
                settings = None
            if settings is not None:
                fpr = fpr if fpr is not None else settings.find(f"{W}footnotePr")
                epr = epr if epr is not None else settings.find(f"{W}endnotePr")
        self.fn_counter = _NoteCounter(*self._note_format(fpr, "decimal"))
        self.en_counter = _NoteCounter(*self._note_format(epr, "lowerRoman"))
        self.style_cache: dict[str, tuple[str | None, str | None]] = {}
        self.styles_by_id: dict[str, Any] | None = None
        self.warnings: list[str] = []
        self.converted_legacy: set[str] = set()

    @staticmethod
    def _note_format(pr: Any, default: str) -> tuple[str, int]:
        if pr is None:
            return default, 1
        fmt = _attr(pr.find(f"{W}numFmt"), "val") or default
        start = int(_attr(pr.find(f"{W}numStart"), "val") or 1)
        return fmt, start

    def _notes_part(self, reltype_suffix: str, tag: str) -> dict[str, Any]:
        from docx.oxml import parse_xml  # noqa: PLC0415 (lazy: no work at import)

        for rel in self.document.part.rels.values():
            if rel.is_external or not rel.reltype.endswith(reltype_suffix):
                continue
            part = rel.target_part
            element = getattr(part, "element", None)
            if element is None:
                element = parse_xml(part.blob)
            notes = {}
            for note in element.findall(f"{W}{tag}"):
                if _attr(note, "type") in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                notes[_attr(note, "id") or ""] = note
            return notes
        return {}

    # -- styles

    def _style(self, p: Any) -> tuple[str | None, str | None]:
        """(style name, font name of the style chain) of paragraph element `p`."""
        sid = _attr(p.find(f"{W}pPr/{W}pStyle"), "val") or ""
        if sid in self.style_cache:
            return self.style_cache[sid]
        name = font = None
        if self.styles_by_id is None:
            self.styles_by_id = {}
            try:
                for st in self.document.styles:
                    if st.type == 1:  # WD_STYLE_TYPE.PARAGRAPH
                        self.styles_by_id[st.style_id] = st
                default = self.document.styles.default(1)
            except (KeyError, ValueError, AttributeError):
                default = None
            self.styles_by_id[""] = default
        style = self.styles_by_id.get(sid) or self.styles_by_id.get("")
        if style is not None:
            name = style.name
            s = style
            while s is not None and font is None:
                font = s.font.name
                s = s.base_style
        self.style_cache[sid] = (name, font)
        return name, font

    def _style_num_pr(self, p: Any) -> Any:
        """The numbering a paragraph gets from its style chain ("List Number"), if any."""
        sid = _attr(p.find(f"{W}pPr/{W}pStyle"), "val") or ""
        if not sid:
            return None
        self._style(p)
        style = (self.styles_by_id or {}).get(sid)
        seen = 0
        while style is not None and seen < 10:
            num_pr = style.element.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                return num_pr
            style = style.base_style
            seen += 1
        return None

    # -- text of a paragraph

    def _runs(self, p: Any, para: _Para, style_font: str | None, record_refs: bool = True) -> None:
        pending_custom: list[str] = []  # a custom footnote mark: the next run's text is the mark

        def walk(el: Any) -> Iterator[Any]:
            for child in el:
                tag = child.tag
                if not isinstance(tag, str) or tag in _SKIP:
                    continue
                if tag == f"{W}r":
                    yield child
                elif tag == f"{W}p":
                    continue  # nested paragraphs (text boxes) are not part of this paragraph
                else:
                    yield from walk(child)

        for r in walk(p):
            rpr = r.find(f"{W}rPr")
            font = None
            sup = False
            if rpr is not None:
                rf = rpr.find(f"{W}rFonts")
                if rf is not None:
                    font = _attr(rf, "ascii") or _attr(rf, "hAnsi")
                va = rpr.find(f"{W}vertAlign")
                sup = _attr(va, "val") == "superscript"
            enc = _legacy_of_font(font or style_font)
            for child in r:
                tag = child.tag
                if tag == f"{W}t":
                    s = child.text or ""
                    if pending_custom:
                        pending_custom.clear()
                        continue
                    if enc:
                        s = legacy.decode_text(s, enc)
                        self.converted_legacy.add(enc)
                    if sup and s.strip().isdigit():
                        s = digits_to_sup(s.strip())
                    para.add(s)
                elif tag == f"{W}tab":
                    para.add("\t")
                elif tag in (f"{W}br", f"{W}cr"):
                    if _attr(child, "type") != "page":
                        para.add("\n")
                elif tag == f"{W}noBreakHyphen":
                    para.add("-")
                elif tag == f"{W}sym":
                    code = _attr(child, "char")
                    if code:
                        try:
                            ch = chr(int(code, 16))
                            # Symbol-font private-use bullets read as a bullet
                            para.add("•" if 0xF000 <= ord(ch) <= 0xF0FF else ch)
                        except ValueError:
                            pass
                elif tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
                    wid = _attr(child, "id") or ""
                    custom = None
                    if _attr(child, "customMarkFollows") in ("1", "true", "on"):
                        custom = self._custom_mark(r)
                        pending_custom.append(custom or "")
                    counter = self.fn_counter if tag.endswith("footnoteReference") else self.en_counter
                    label = counter.ref(wid, custom)
                    if record_refs:
                        para.ref(label)

    @staticmethod
    def _custom_mark(r: Any) -> str | None:
        nxt = r.getnext()
        while nxt is not None:
            t = nxt.find(f"{W}t")
            if t is not None and t.text:
                return t.text.strip()
            nxt = nxt.getnext()
        return None

    # -- blocks

    def paragraph_blocks(self, p: Any) -> list[tuple[Block, list[tuple[str, int, str]]]]:
        style_name, style_font = self._style(p)
        para = _Para()
        self._runs(p, para, style_font)
        label = None
        is_bullet = False
        num_pr = p.find(f"{W}pPr/{W}numPr")
        if num_pr is None:
            num_pr = self._style_num_pr(p)
        if num_pr is not None:
            nid = _attr(num_pr.find(f"{W}numId"), "val")
            ilvl = int(_attr(num_pr.find(f"{W}ilvl"), "val") or 0)
            if nid:
                rendered = self.numbering.render(nid, ilvl)
                if rendered:
                    label, is_bullet = rendered
        kind_from_style: str | None = None
        level = None
        low = (style_name or "").lower()
        if low.startswith("heading"):
            kind_from_style = "heading"
            digits = "".join(c for c in low if c.isdigit())
            level = int(digits) if digits else 1
        elif low == "title":
            kind_from_style, level = "heading", 1
        elif low == "caption" or low.startswith("caption"):
            kind_from_style = "caption"
        out: list[tuple[Block, list[tuple[str, int, str]]]] = []
        for i, (parts, refs) in enumerate(para.lines):
            text = "".join(parts)
            prefix = ""
            if i == 0 and label and not is_bullet:
                prefix = label + " "
                refs = [(n, o + len(prefix), s) for n, o, s in refs]
                text = prefix + text
            ln = analyse_line(text, refs, markdown=False, detect_caption=False)
            if not ln.text:
                continue
            block = line_to_block(ln, style=style_name)
            if i == 0 and label:
                if is_bullet:
                    block.kind = "list_item"
                    block.numbering = label
                else:
                    block.numbering = label
            if kind_from_style and block.kind != "footnote":
                block.kind = kind_from_style  # type: ignore[assignment]
                block.level = level
            out.append((block, ln.refs))
        for inner in self._text_box_paragraphs(p):
            out.extend(self.paragraph_blocks(inner))
        return out

    @staticmethod
    def _text_box_paragraphs(p: Any) -> list[Any]:
        """Paragraphs of the text boxes anchored in paragraph `p` (the VML fallback copy of a
        DrawingML text box is skipped)."""
        found = []
        for box in p.iter(f"{W}txbxContent"):
            if any(anc.tag == f"{MC}Fallback" for anc in box.iterancestors()):
                continue
            if any(anc.tag == f"{W}txbxContent" for anc in box.iterancestors()):
                continue  # a box inside a box is reached through its parent box
            found.extend(box.findall(f"{W}p"))
        return found

    def table_blocks(self, tbl: Any, table_no: int) -> list[tuple[Block, list[tuple[str, int, str]]]]:
        out: list[tuple[Block, list[tuple[str, int, str]]]] = []
        for row_no, tr in enumerate(tbl.findall(f"{W}tr")):
            col = 0
            for tc in tr.findall(f"{W}tc"):
                tcpr = tc.find(f"{W}tcPr")
                span = int(_attr(tcpr.find(f"{W}gridSpan"), "val") or 1) if tcpr is not None else 1
                vmerge = tcpr.find(f"{W}vMerge") if tcpr is not None else None
                continued = vmerge is not None and _attr(vmerge, "val") in (None, "continue")
                if not continued:
                    texts: list[str] = []
                    refs: list[tuple[str, int, str]] = []
                    for p in tc.iter(f"{W}p"):
                        for block, brefs in self.paragraph_blocks(p):
                            base = sum(len(t) + 1 for t in texts)
                            refs.extend((n, o + base, s) for n, o, s in brefs)
                            texts.append(block.text)
                    text = "\n".join(texts)
                    if text.strip():
                        out.append(
                            (
                                Block(
                                    kind="table_cell",
                                    text=text,
                                    table=table_no,
                                    row=row_no,
                                    col=col,
                                    style="table",
                                ),
                                refs,
                            )
                        )
                col += span
        return out

    def body(self) -> list[tuple[Block, list[tuple[str, int, str]]]]:
        out: list[tuple[Block, list[tuple[str, int, str]]]] = []
        table_no = 0

        def visit(container: Any) -> None:
            nonlocal table_no
            for el in container:
                tag = el.tag
                if tag == f"{W}p":
                    out.extend(self.paragraph_blocks(el))
                elif tag == f"{W}tbl":
                    out.extend(self.table_blocks(el, table_no))
                    table_no += 1
                elif tag in (f"{W}sdt",):
                    content = el.find(f"{W}sdtContent")
                    if content is not None:
                        visit(content)
                elif tag in (f"{W}customXml", f"{W}ins"):
                    visit(el)

        visit(self.document.element.body)
        return out

    def note_blocks(self) -> list[tuple[Block, list[tuple[str, int, str]]]]:
        out: list[tuple[Block, list[tuple[str, int, str]]]] = []
        for counter, notes in ((self.fn_counter, self.footnotes), (self.en_counter, self.endnotes)):
            for wid in counter.order:
                note = notes.get(wid)
                if note is None:
                    continue
                texts: list[str] = []
                for p in note.iter(f"{W}p"):
                    _, style_font = self._style(p)
                    para = _Para()
                    self._runs(p, para, style_font, record_refs=False)
                    for parts, _refs in para.lines:
                        t = "".join(parts).strip()
                        if t:
                            texts.append(t)
                body = " ".join(texts)
                mark = counter.label[wid]
                if wid in counter.custom and mark and body.startswith(mark):
                    body = body[len(mark) :].lstrip()
                ln = analyse_line(body, markdown=False, detect_footnote=False, detect_caption=False)
                out.append(
                    (
                        Block(
                            kind="footnote", text=ln.text, footnote_id=counter.label[wid], style="footnote"
                        ),
                        ln.refs,
                    )
                )
        return out


def read_docx(data: bytes, *, source: str) -> Document:
    """Read the bytes of a .docx file."""
    import docx  # noqa: PLC0415 (lazy: no work at import)
    from docx.opc.exceptions import PackageNotFoundError  # noqa: PLC0415 (lazy: no work at import)

    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            raise EncryptedFileError(
                f"{source}: the .docx is password-protected; open it in Word, remove the password "
                "(File > Info > Protect Document) and save it again",
                source=source,
            )
        raise CorruptFileError(
            f"{source}: this is an old Word .doc (OLE) file, not a .docx; open it in Word or LibreOffice and "
            "re-save it as .docx",
            source=source,
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise CorruptFileError(
            f"{source}: not a valid .docx (it is not a zip package); if it was renamed from another format, "
            "open it in Word or LibreOffice and re-save it as .docx",
            source=source,
        )
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise CorruptFileError(
            f"{source}: the .docx package is broken ({exc}); open it in Word or LibreOffice and "
            "re-save it as .docx",
            source=source,
        ) from exc
    except Exception as exc:  # lxml syntax errors and the like
        raise CorruptFileError(
            f"{source}: the .docx content cannot be parsed ({type(exc).__name__}: {exc}); "
            "re-save it as .docx",
            source=source,
        ) from exc
    reader = _Reader(document, source)
    pairs = reader.body()
    pairs += reader.note_blocks()
    blocks: list[Block] = []
    refs: list[tuple[str, int, int, str]] = []
    for block, brefs in pairs:
        block.text = nfc(block.text)
        refs.extend((n, len(blocks), o, s) for n, o, s in brefs)
        blocks.append(block)
    warnings = list(reader.warnings)
    if reader.converted_legacy:
        warnings.append("runs in legacy fonts converted from " + ", ".join(sorted(reader.converted_legacy)))
    title = None
    try:
        title = (document.core_properties.title or "").strip() or None
    except Exception:  # pragma: no cover - a broken core part only costs the title
        title = None
    if title and title.casefold() in _PLACEHOLDER_TITLES:
        title = None
    enc = next(iter(reader.converted_legacy)) if len(reader.converted_legacy) == 1 else None
    return Document.from_blocks(source, "docx", blocks, refs, title=title, warnings=warnings, encoding=enc)
