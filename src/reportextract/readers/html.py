"""HTML reader (lxml): a news page's headline and article text, without the page around it.

* the headline: the page's own ``<h1>`` (not a logo or site name in the page header), else
  ``og:title``, else ``<title>`` (a " - Site name" suffix removed) goes to `Document.title`, and
  to a first ``heading`` block unless the article already starts with it; nothing else of
  ``<head>`` (meta descriptions, ``og:*``) becomes text; a date stamp written between the
  ``<h1>`` and an article element that does not hold it is read before the article;
* scripts, styles, forms, ``nav``/``aside``/``footer``, comments and elements whose class or id
  names a menu, comment box, share bar, tools bar, related links, tags, ads, ... are dropped, and
  so are a line made only of page actions and their counters ("In bài | Gửi email | Chia sẻ
  Facebook (23)", spec §2.1 page furniture) and
  related-article links written inside the article ("<p><strong>Xem thêm:</strong> <a>...</a>",
  a "Tin liên quan:" line over a list of links);
* the article is the ``<article>`` / ``itemprop=articleBody`` element, else the element with the
  most paragraph text; its blocks are emitted in order: ``h1``-``h6`` -> heading, ``li`` ->
  list_item (ordered lists: the number goes into the text, as Word numbering does), table
  cells -> table_cell, ``figcaption`` and elements with a caption class -> caption, the rest ->
  paragraph (a ``<br>`` starts a new block);
* ``<sup>`` digits and note links (``[1]`` pointing at ``#_ftn1``, ``#fn1``, ``#cite_note-1``)
  become footnote markers; note lists kept outside the article (Word's "Save as web page")
  are read after it; layout tables are read as text; lines are classified as in text exports.
"""

from __future__ import annotations

from typing import Any

import regex

from reportextract.model import Block, Document
from reportextract.readers import legacy
from reportextract.readers.text import analyse_line, digits_to_sup, line_to_block
from reportextract.textnorm import collapse_ws, nfc

_DROP_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "nav",
    "aside",
    "footer",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "map",
    "head",
}
_BOILERPLATE = regex.compile(
    r"(?:^|[\s_-])(?:menu|nav|navbar|navigation|breadcrumbs?|footer|sidebar|side-bar|comments?|binh-?luan|"
    r"related|relate|lien-?quan|tin-?khac|other-?news|share|sharing|social|tags?|keywords?|advert\w*|ads?|"
    r"banner|popup|modal|cookie|widget|subscribe|newsletter|login|search|toolbar|tools?|pagination|paging|rating|"
    r"most-?view\w*|xem-?nhieu|author-?box|byline|print|hidden|sr-only)(?:$|[\s_-])",
    regex.I,
)
#: the label of a related-article link written inside the article ("Xem thêm:", "Đọc thêm:", "Tin
#: liên quan:", "Bài liên quan:", ">> Xem thêm"): with only links after it, the element is page
#: furniture (spec §2.1), like the related lists of an ``<aside>``
_RELATED_LABEL = regex.compile(
    r"^[\s>»›→\-–•*]*(?:xem\s+thêm|đọc\s+thêm|tin\s+liên\s+quan|bài\s+liên\s+quan|tin\s+cùng\s+chuyên\s+mục"
    r"|có\s+thể\s+bạn\s+quan\s+tâm|mời\s+xem\s+thêm|xem\s+tiếp)[\s:>»›.\-–]*$",
    regex.I,
)
#: a page action of a tools or share bar, with its counter ("Chia sẻ Facebook (23)", "Bình luận 4")
_PAGE_ACTION = (
    r"(?:in\s+bài(?:\s+viết)?|in|gửi\s+(?:email|e-mail|bài(?:\s+viết)?|cho\s+bạn\s+bè)|chia\s+sẻ|bình\s+luận|thích"
    r"|lưu(?:\s+bài(?:\s+viết)?)?|báo\s+lỗi|like|share|tweet|facebook|zalo|twitter|email)"
)
#: a line made only of page actions and their counters, separated by bars or dots
_ACTION_LINE = regex.compile(
    rf"^[\s|·•/,\-]*{_PAGE_ACTION}(?:\s+{_PAGE_ACTION})*(?:\s*\(?\d[\d.,]*\)?)?"
    rf"(?:[\s|·•/,\-]+{_PAGE_ACTION}(?:\s+{_PAGE_ACTION})*(?:\s*\(?\d[\d.,]*\)?)?)*[\s|·•/,\-]*$",
    regex.I,
)
_CAPTION_CLASS = regex.compile(r"caption|image-?desc|img-?desc|photo-?desc|chu-?thich|expNoEdit", regex.I)
_ARTICLE_HINT = regex.compile(
    r"(?:^|[\s_-])(?:article|content|detail|post|entry|story|body|main|news|fck|maincontent)", regex.I
)
_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "table",
    "tr",
    "td",
    "th",
    "tbody",
    "thead",
    "tfoot",
    "figure",
    "figcaption",
    "blockquote",
    "pre",
    "header",
    "dl",
    "dt",
    "dd",
    "address",
    "center",
    "hr",
    "caption",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_TITLE_SUFFIX = regex.compile(r"\s+[|\-–—]\s+[^|\-–—]{2,60}$")
_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", regex.I)


def _classid(el: Any) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def _tag(el: Any) -> str:
    t = el.tag
    return t.lower() if isinstance(t, str) else ""


class _Emitter:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.refs: list[tuple[str, int, int, str]] = []
        self.table_no = -1

    def add(
        self,
        text: str,
        *,
        kind: str | None = None,
        level: int | None = None,
        style: str | None = None,
        numbering: str | None = None,
        **extra: Any,
    ) -> None:
        for line in text.split("\n"):
            if not line.strip():
                continue
            ln = analyse_line(
                line, markdown=False, detect_caption=kind is None, detect_footnote=kind in (None, "paragraph")
            )
            if not ln.text:
                continue
            block = line_to_block(ln, style=style, **extra)
            if kind is not None and not (kind == "paragraph" and block.kind in ("footnote", "list_item")):
                block.kind = kind  # type: ignore[assignment]
            if level is not None:
                block.level = level
            if numbering is not None:
                block.numbering = numbering
            self.refs.extend((n, len(self.blocks), o, s) for n, o, s in ln.refs)
            self.blocks.append(block)


def _src(s: str | None) -> str:
    """Source text of a node: newlines in HTML source are plain spaces."""
    return s.replace("\r", " ").replace("\n", " ") if s else ""


def _inline_text(el: Any) -> str:
    """Text of an element with inline markup: ``<br>`` -> newline, ``<sup>`` digits -> ¹²³."""
    parts: list[str] = [_src(el.text)]
    for child in el:
        parts.append(_inline_node(child))
        parts.append(_src(child.tail))
    return "".join(parts)


def _inline_node(node: Any) -> str:
    tag = _tag(node)
    if not tag or tag in _DROP_TAGS or tag == "img":
        return ""
    if tag == "br":
        return "\n"
    if tag == "sup" or (tag == "a" and _NOTE_LINK.match(node.get("href") or "")):
        t = collapse_ws(node.text_content())
        t2 = t.strip("[]() ")
        return digits_to_sup(t2) if t2.isdigit() else t
    return _inline_text(node)


#: links to and from notes: Word's HTML export ("#_ftn1", "#_ftnref1", "#_edn1"), "#fn1", "#cite_note-1"
_NOTE_LINK = regex.compile(r"^#(?:_?ftn|_?edn|fn|footnote|cite_note|note)[-_]?(?:ref)?[-_]?\d", regex.I)


def _has_block_child(el: Any) -> bool:
    return any(_tag(c) in _BLOCK_TAGS for c in el.iterdescendants())


def _inline_fragment_text(nodes: list[Any], lead: str | None) -> str:
    parts: list[str] = [_src(lead)]
    for node in nodes:
        if isinstance(node.tag, str):
            parts.append(_inline_node(node))
        parts.append(_src(node.tail))
    return "".join(parts)


def _normalise_ws(text: str) -> str:
    return "\n".join(collapse_ws(x) for x in text.split("\n"))


def _walk(el: Any, out: _Emitter) -> None:
    tag = _tag(el)
    cls = _classid(el)
    if tag in _HEADINGS:
        out.add(
            _normalise_ws(_inline_text(el)).replace("\n", " "), kind="heading", level=int(tag[1]), style=tag
        )
        return
    if tag in {"figcaption", "caption"} or (cls and _CAPTION_CLASS.search(cls)):
        out.add(_normalise_ws(_inline_text(el)).replace("\n", " "), kind="caption", style=tag)
        return
    if tag == "figure":
        for cap in el.iter("figcaption"):
            _walk(cap, out)
        return
    if tag == "table":
        _table(el, out)
        return
    if tag in ("ul", "ol"):
        n = int(el.get("start") or 1) if (el.get("start") or "1").isdigit() else 1
        for li in el:
            if _tag(li) != "li":
                continue
            if _has_block_child(li):
                _walk_children(li, out)
                continue
            text = _normalise_ws(_inline_text(li))
            if tag == "ol":
                label = f"{n}."
                out.add(f"{label} {text}", kind="paragraph", numbering=label, style="ol")
                n += 1
            else:
                out.add(text, kind="list_item", numbering="•", style="ul")
        return
    if not _has_block_child(el):
        out.add(_normalise_ws(_inline_text(el)), style=tag)
        return
    _walk_children(el, out)


def _walk_children(el: Any, out: _Emitter) -> None:
    """Visit block children; runs of inline content between them become paragraphs."""
    inline: list[Any] = []
    lead = el.text

    def flush() -> None:
        nonlocal inline, lead
        text = _normalise_ws(_inline_fragment_text(inline, lead))
        if text.strip():
            out.add(text, style=_tag(el))
        inline = []
        lead = None

    for child in el:
        if not isinstance(child.tag, str):
            if child.tail:
                inline.append(child)  # a comment: keep only its tail
            continue
        ctag = _tag(child)
        if ctag in _BLOCK_TAGS or _has_block_child(child):
            flush()
            if ctag not in _DROP_TAGS:
                _walk(child, out)
            if child.tail and child.tail.strip():
                lead = child.tail
        else:
            inline.append(child)
    flush()


def _table(tbl: Any, out: _Emitter) -> None:
    # rows of this table, not of tables nested in its cells
    rows = [r for r in tbl.iter("tr") if next(r.iterancestors("table"), None) is tbl]
    # an image table (photo + caption) on news sites: its text cells are captions
    if tbl.find(".//img") is not None and len(rows) <= 3 and sum(len(r.findall("td")) for r in rows) <= 3:
        for r in rows:
            for td in r:
                text = _normalise_ws(_inline_text(td)).replace("\n", " ")
                if text.strip():
                    out.add(text, kind="caption", style="td")
        return
    # a layout table (old portals put the whole page in one): its cells hold paragraphs
    cells = [c for r in rows for c in r if _tag(c) in ("td", "th")]
    if any(
        c.find(".//p") is not None
        or c.find(".//div") is not None
        or c.find(".//table") is not None
        or len(c.text_content()) > 400
        for c in cells
    ):
        for c in cells:
            if _has_block_child(c):
                _walk_children(c, out)
            else:
                out.add(_normalise_ws(_inline_text(c)), style="td")
        return
    out.table_no += 1
    for ri, row in enumerate(rows):
        col = 0
        for cell in row:
            if _tag(cell) not in ("td", "th"):
                continue
            text = _normalise_ws(_inline_text(cell))
            if text.strip():
                out.add(
                    text.replace("\n", " "),
                    kind="table_cell",
                    style=_tag(cell),
                    table=out.table_no,
                    row=ri,
                    col=col,
                )
            span = cell.get("colspan") or "1"
            col += int(span) if span.isdigit() else 1


def _clean(root: Any) -> None:
    from lxml import etree  # noqa: PLC0415 (lazy: no work at import)

    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        parent = el.getparent()
        if parent is not None:
            el.drop_tree() if hasattr(el, "drop_tree") else parent.remove(el)
    total = len(root.text_content()) or 1
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        tag = _tag(el)
        if tag in ("html", "body"):
            continue
        if tag in _DROP_TAGS:
            el.drop_tree()
            continue
        style = (el.get("style") or "").replace(" ", "").lower()
        if "display:none" in style or el.get("hidden") is not None or el.get("aria-hidden") == "true":
            el.drop_tree()
            continue
        cls = _classid(el)
        # a wrapper holding most of the page is not boilerplate, whatever its class says
        if (
            cls
            and _BOILERPLATE.search(cls)
            and not _CAPTION_CLASS.search(cls)
            and len(el.text_content()) < 0.5 * total
        ):
            el.drop_tree()
            continue
        if tag in _LINE_HOLDERS and not _has_block_child(el) and _is_action_line(el):
            el.drop_tree()
    _drop_related_links(root)


def _is_action_line(el: Any) -> bool:
    """Whether `el` is a line of page actions only ("In bài | Gửi email | Chia sẻ Facebook (23)"):
    a short text, whose words are all actions of a tools or share bar and counters."""
    text = el.text_content()
    if len(text) > 120 or not text.strip():
        return False
    low = text.lower()
    if "chia sẻ" not in low and "in bài" not in low and "bình luận" not in low and "gửi" not in low:
        return False  # cheap first test: every action line has one of these
    return bool(_ACTION_LINE.match(collapse_ws(text)))


#: elements that hold a line of text (a link's line is the nearest of them around it)
_LINE_HOLDERS = frozenset({"p", "div", "li", "h3", "h4", "h5", "h6", "blockquote"})


def _drop_related_links(root: Any) -> None:
    """Drop the related-article links written inside the article (spec §2.1: not body text):

    * a line whose text outside its links is only a related-link label: "<p><strong>Xem
      thêm:</strong> <a href=...>Tuổi trẻ ... 8 cây cầu ...</a></p>";
    * a label line followed by a list whose items are links only: "<p>Tin liên quan:</p><ul><li><a
      href=...>...</a></li>...</ul>".

    A sentence that merely holds a link ("Xem thêm kế hoạch tại <a>...</a> để đăng ký") has other
    words and stays; so does a list of links with no label before it. Only the page's links are
    looked at (few), each with the nearest line that holds it."""
    seen: set[int] = set()
    for a in list(root.iter("a")):
        href = (a.get("href") or "").strip()
        if not href or _NOTE_LINK.match(href) or not collapse_ws(a.text_content()):
            continue
        holder = next((e for e in a.iterancestors() if _tag(e) in _LINE_HOLDERS), None)
        if holder is None or id(holder) in seen or holder.getparent() is None:
            continue
        seen.add(id(holder))
        outside = collapse_ws(_text_outside_links(holder))
        if _RELATED_LABEL.match(outside):
            holder.drop_tree()
        elif not outside and _tag(holder) == "li":
            _drop_labelled_list(holder.getparent())


def _drop_labelled_list(lst: Any) -> None:
    """Drop a list of links (`lst`, every item a link only) with the related-link label line just
    before it."""
    if lst is None or _tag(lst) not in ("ul", "ol") or lst.getparent() is None:
        return
    if any(collapse_ws(_text_outside_links(li)) for li in lst if isinstance(li.tag, str)):
        return
    label = lst.getprevious()
    while label is not None and not isinstance(label.tag, str):
        label = label.getprevious()
    if label is None or label.find(".//a") is not None:
        return
    if not _RELATED_LABEL.match(collapse_ws(label.text_content())):
        return
    label.drop_tree()
    lst.drop_tree()


def _text_outside_links(el: Any) -> str:
    """The text of `el` without the text of the links in it."""
    parts = [_src(el.text)]
    for child in el:
        if isinstance(child.tag, str) and _tag(child) != "a":
            parts.append(_text_outside_links(child))
        parts.append(_src(child.tail))
    return " ".join(parts)


def _note_lists(root: Any, article: Any) -> list[Any]:
    """Footnote/endnote containers outside the article: ``<div style="mso-element:footnote-list">``,
    ``<div id="ftn1">``, ``<ol class="footnotes">``."""
    found: list[Any] = []
    for el in root.iter("div", "ol", "section", "aside"):
        style = (el.get("style") or "").replace(" ", "").lower()
        ident = f"{el.get('id') or ''} {el.get('class') or ''}".lower()
        is_notes = (
            "mso-element:footnote-list" in style
            or "mso-element:endnote-list" in style
            or bool(regex.search(r"(?:^|[\s_-])(?:footnotes|endnotes|ftn\d+|edn\d+)(?:$|[\s_-])", ident))
        )
        if not is_notes:
            continue
        if any(anc is article for anc in el.iterancestors()) or el is article:
            continue
        if any(f is anc for f in found for anc in el.iterancestors()):
            continue
        found.append(el)
    return found


def _article_root(root: Any) -> Any:
    for xp in ("//*[@itemprop='articleBody']", "//article"):
        found = [e for e in root.xpath(xp) if len(collapse_ws(e.text_content())) > 100]
        if found:
            return max(found, key=lambda e: len(e.text_content()))
    best, best_score = None, 0.0
    for el in root.iter("div", "section", "main", "td"):
        score = float(sum(len(collapse_ws(p.text_content())) for p in el.findall("p") + el.findall("*/p")))
        cls = _classid(el)
        if cls and _ARTICLE_HINT.search(cls):
            score *= 1.2
        if score > best_score:
            best, best_score = el, score
    if best is not None and best_score >= 200:
        return best
    body = root.find(".//body")
    return body if body is not None else root


#: classes and tags of the page's own header, where an ``<h1>`` holds the site's name or logo
_SITE_HEADER = regex.compile(
    r"(?:^|[\s_-])(?:logo|brand|site-?name|site-?title|masthead)(?:$|[\s_-])", regex.I
)


def _page_h1_element(root: Any) -> Any:
    """The page's first ``<h1>`` that is the article's headline: not inside the page's
    ``<header>``/``<nav>`` or a logo/brand element, and of at least four words (a site name is
    shorter)."""
    for h1 in root.iter("h1"):
        text = collapse_ws(h1.text_content())
        if len(text.split()) < 4:
            continue
        chain = [h1, *h1.iterancestors()]
        if any(_tag(e) in ("header", "nav", "footer") or _SITE_HEADER.search(_classid(e)) for e in chain):
            continue
        return h1
    return None


def _page_h1(root: Any) -> str | None:
    """The text of the headline ``<h1>`` (`_page_h1_element`)."""
    h1 = _page_h1_element(root)
    return collapse_ws(h1.text_content()) if h1 is not None else None


#: a full date ("20/12/2024", "20-12-2024")
_FULL_DATE = regex.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b")


def _stamp_after_headline(root: Any, article: Any) -> str | None:
    """The page's date stamp written between the headline and an article element that does not
    hold the headline ("<h1>…</h1><p class="time">Thứ Sáu, 20/12/2024, 10:12 GMT+7</p><div
    class="detail">…"): the short line right after the ``<h1>`` (or after the line under it) that
    holds a full date. It is the page's posting date (spec §3), read like a text export's stamp."""
    h1 = _page_h1_element(root)
    if h1 is None or any(a is article for a in h1.iterancestors()):
        return None
    el = h1.getnext()
    for _ in range(3):
        if el is None or el is article or any(d is article for d in el.iterdescendants()):
            return None
        if isinstance(el.tag, str):
            text = collapse_ws(el.text_content())
            if text and len(text) <= 80 and _FULL_DATE.search(text):
                return text
        el = el.getnext()
    return None


def _headline(root: Any) -> str | None:
    """The page's headline: its ``<h1>`` (what the reader sees over the article), else
    ``og:title``/``twitter:title`` (which sites often write as a shorter or different teaser),
    else ``<title>`` without the site's name."""
    h1 = _page_h1(root)
    if h1:
        return h1
    for meta in root.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() in ("og:title", "twitter:title"):
            content = collapse_ws(meta.get("content") or "")
            if content:
                return _TITLE_SUFFIX.sub("", content) if len(content) > 40 else content
    h1 = root.find(".//h1")
    if h1 is not None and collapse_ws(h1.text_content()):
        return collapse_ws(h1.text_content())
    title = root.find(".//title")
    if title is not None and collapse_ws(title.text_content()):
        return _TITLE_SUFFIX.sub("", collapse_ws(title.text_content()))
    return None


def read_html(
    text: str, *, source: str, encoding: str | None = None, warnings: list[str] | None = None
) -> Document:
    """Read an HTML page (as text) into a `Document`."""
    import lxml.html  # noqa: PLC0415 (lazy: no work at import)

    text = nfc(text)
    warnings = list(warnings or [])
    # pages of the 2000s set legacy fonts (<font face="VNI-Times">): their text is glyph codes
    visible = regex.sub(r"<(script|style)\b.*?</\1>|<[^>]*>", " ", text[:200000], flags=regex.S | regex.I)
    legacy_enc = legacy.detect_text(visible)
    if legacy_enc:
        text = nfc(legacy.decode_text(text, legacy_enc))
        warnings.append(f"text in {legacy_enc} glyph codes (legacy font) converted to Unicode")
        encoding = legacy_enc
    try:
        root = lxml.html.document_fromstring(text)
    except Exception:  # lxml refuses some inputs (e.g. an XML declaration with a str)
        root = lxml.html.document_fromstring(regex.sub(r"^\s*<\?xml[^>]*>", "", text))
    headline = _headline(root)
    _clean(root)
    article = _article_root(root)
    out = _Emitter()
    stamp = _stamp_after_headline(root, article)
    if stamp:
        out.add(stamp, kind="paragraph")
    _walk(article, out)
    # note lists kept apart from the article (Word's HTML export puts them after the text)
    for notes in _note_lists(root, article):
        _walk(notes, out)
    if headline:
        key = collapse_ws(headline).casefold()
        present = any(collapse_ws(b.text).casefold() == key for b in out.blocks[:5])
        if not present:
            out.blocks.insert(0, Block(kind="heading", text=collapse_ws(headline), level=1, style="title"))
            out.refs = [(n, bi + 1, o, s) for n, bi, o, s in out.refs]
    return Document.from_blocks(
        source, "html", out.blocks, out.refs, title=headline, encoding=encoding, warnings=warnings
    )


def read_html_bytes(data: bytes, *, source: str) -> Document:
    """Decode an HTML file (declared charset, else detection) and read it."""
    from reportextract.readers.encoding import decode_bytes  # noqa: PLC0415 (lazy: no work at import)

    m = _META_CHARSET.search(data[:4096])
    text = enc = None
    warnings: list[str] = []
    if m:
        declared = m.group(1).decode("ascii", "replace").lower()
        try:
            text = data.decode(declared)
            enc = declared
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        text, enc, warnings = decode_bytes(data, source=source)
    return read_html(text, source=source, encoding=enc, warnings=warnings)
