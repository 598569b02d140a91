"""A spaCy pipeline component: the figures of a report as ``doc.spans["figures"]``.

    >>> from reportextract.outputs.spacy_component import blank_vi
    >>> nlp = blank_vi()                      # spacy.blank("vi") without pyvi
    >>> nlp.add_pipe("reportextract")          # or "reportextract_figures_v1"
    >>> doc = nlp("Toàn tỉnh ra quân 120 đội hình với hơn 3.500 đoàn viên tham gia.")
    >>> [(s.text, s.label_, s._.value, s._.qualifier) for s in doc.spans["figures"]]
    >>> from spacy import displacy
    >>> displacy.render(doc, style="span", options={"spans_key": "figures"})

Each span is labelled with the figure's category (spec §2.4) and carries ``Span._.value``,
``._.unit``, ``._.qualifier``, ``._.measure``, ``._.category`` and ``._.figure`` (the figure
as a dict, the output contract's form); ``Doc._.report`` holds the whole report as
``Report.to_dict()``. Plain data, so that ``doc.to_bytes()``, `DocBin` and pickling keep
working. The extensions are set once, when this module is imported.

The component runs `reportextract.extract` on ``doc.text`` (passed as UTF-8 bytes, so a short
text that happens to look like a file name is never opened as a path). Figure offsets point
into the report's clean `body` (or a footnote's text), which equals ``doc.text`` only when the
text needs no cleaning; otherwise (markers, emphasis, footnote bodies or page furniture taken
out) each figure's surface text is searched in ``doc.text`` near where the offsets so far
predict it (any whitespace standing for a space, emphasis marks allowed inside), and a
figure that cannot be found there is left out (counted in
``doc.user_data["reportextract_unaligned"]``). Spans are token-aligned with
``alignment_mode="expand"``.

Vietnamese tokenisation: spaCy's default ``spacy.blank("vi")`` needs the `pyvi` word
segmenter. `blank_vi()` gives the same pipeline with syllable tokenisation and no pyvi; to use
pyvi, ``pip install pyvi`` and call ``blank_vi(use_pyvi=True)`` (or plain ``spacy.blank("vi")``).

spaCy is imported only by this module (an import-linter contract keeps it so).
"""

from __future__ import annotations

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from reportextract.errors import ReportExtractError
from reportextract.model import Figure, Report, plain_value

DEFAULT_SPANS_KEY = "figures"
#: how far (in characters) from the predicted place a figure's text is searched first
_WINDOW = 400

_SPAN_EXTENSIONS = ("value", "unit", "qualifier", "measure", "category", "figure")
for _name in _SPAN_EXTENSIONS:
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Doc.has_extension("report"):
    Doc.set_extension("report", default=None)


def blank_vi(*, use_pyvi: bool = False) -> Language:
    """A blank Vietnamese pipeline; syllable tokenisation unless `use_pyvi` (needs ``pip install pyvi``)."""
    import spacy  # noqa: PLC0415 - spacy is imported by this module anyway

    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": use_pyvi}}})


class FiguresComponent:
    """Adds the report's figures to ``doc.spans[spans_key]`` (see the module docstring)."""

    def __init__(
        self, nlp: Language, name: str, *, spans_key: str, scope: str | None, input_format: str
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        self.scope = scope
        self.input_format = input_format

    def __call__(self, doc: Doc) -> Doc:
        from reportextract.pipeline import extract  # noqa: PLC0415 - the library loads on first use

        spans: list[Span] = []
        doc.user_data["reportextract_unaligned"] = 0
        if doc.text.strip():
            try:
                report = extract(
                    doc.text.encode("utf-8"), format=self.input_format, name="<spacy doc>", scope=self.scope
                )
            except ReportExtractError as exc:
                doc.user_data["reportextract_error"] = str(exc)
            else:
                doc._.report = report.to_dict()
                spans = self._spans(doc, report)
        doc.spans[self.spans_key] = spans
        return doc

    def _spans(self, doc: Doc, report: Report) -> list[Span]:
        located = align_figures(doc.text, report)
        spans = []
        figure_dicts = report.to_dict()["figures"]
        for fig, fig_dict, where in zip(report.figures, figure_dicts, located, strict=True):
            if where is None:
                doc.user_data["reportextract_unaligned"] += 1
                continue
            span = doc.char_span(where[0], where[1], label=fig.category, alignment_mode="expand")
            if span is None:
                doc.user_data["reportextract_unaligned"] += 1
                continue
            span._.value = plain_value(fig.value)
            span._.unit = fig.unit
            span._.qualifier = fig.qualifier
            span._.measure = fig.measure
            span._.category = fig.category
            span._.figure = fig_dict
            spans.append(span)
        return spans


def align_figures(text: str, report: Report) -> list[tuple[int, int] | None]:
    """Where each figure of `report` stands in `text` (the text the report was made from).

    Returns ``(start, end)`` character offsets in `text` per figure, or None where the
    figure's surface text cannot be found near its expected place.
    """
    out: list[tuple[int, int] | None] = [None] * len(report.figures)
    body_figs = sorted(
        (i for i, f in enumerate(report.figures) if f.where == "body"), key=lambda i: report.figures[i].span
    )
    drift = 0
    cursor = 0
    for i in body_figs:
        fig = report.figures[i]
        hit = _locate(text, _surface(fig, report.body), fig.span[0] + drift, lo=cursor)
        if hit is not None:
            out[i] = hit
            drift = hit[0] - fig.span[0]
            cursor = hit[0]
    notes = {n.id: n for n in report.footnotes}
    note_pos: dict[str, int | None] = {}
    for i, fig in enumerate(report.figures):
        if fig.where != "footnote" or fig.footnote not in notes:
            continue
        note = notes[fig.footnote]
        if note.id not in note_pos:
            found = _locate(text, note.text[:60], len(text), lo=0)
            note_pos[note.id] = found[0] if found else None
        base = note_pos[note.id]
        if base is None:
            continue
        out[i] = _locate(text, _surface(fig, note.text), base + fig.span[0], lo=base)
    return out


def _surface(fig: Figure, text: str) -> str:
    start, end = fig.span
    if 0 <= start < end <= len(text):
        return text[start:end]
    return fig.text


def _locate(text: str, needle: str, hint: int, *, lo: int = 0) -> tuple[int, int] | None:
    """The occurrence of `needle` (whitespace-flexible) in `text` nearest to `hint`, at or after
    `lo` if there is one there."""
    needle = needle.strip()
    if not needle:
        return None
    hint = max(0, min(hint, len(text)))
    if text.startswith(needle, hint):
        return hint, hint + len(needle)
    pattern = _flexible(needle)
    for start, stop in (
        (max(lo, hint - _WINDOW), hint + _WINDOW + len(needle)),
        (lo, len(text)),
        (0, len(text)),
    ):
        best: tuple[int, int] | None = None
        for m in pattern.finditer(text, start, stop, overlapped=True):
            if best is None or abs(m.start() - hint) < abs(best[0] - hint):
                best = (m.start(), m.end())
        if best is not None:
            return best
    return None


def _flexible(needle: str) -> regex.Pattern[str]:
    """A pattern for `needle` as it may stand in raw text: any run of whitespace for a space, and
    markdown emphasis (``*``, ``_``) allowed between characters ("**475** triệu" for "475 triệu")."""
    words = [r"(?:[*_]{1,3})?".join(regex.escape(ch) for ch in word) for word in needle.split()]
    return regex.compile(r"(?:\s|[*_])+".join(words))


@Language.factory(
    "reportextract_figures_v1",
    assigns=["doc.spans"],
    default_config={"spans_key": DEFAULT_SPANS_KEY, "scope": None, "input_format": "txt"},
)
def make_figures_component(
    nlp: Language, name: str, spans_key: str, scope: str | None, input_format: str
) -> FiguresComponent:
    """Factory of the figures component (registered as "reportextract_figures_v1" and "reportextract").

    `spans_key`: the ``doc.spans`` key (default "figures"); `scope`: the unit the texts belong
    to (spec §5 hints); `input_format`: the reader for ``doc.text`` ("txt" or "md").
    """
    return FiguresComponent(nlp, name, spans_key=spans_key, scope=scope, input_format=input_format)


Language.factory(
    "reportextract",
    assigns=["doc.spans"],
    default_config={"spans_key": DEFAULT_SPANS_KEY, "scope": None, "input_format": "txt"},
    func=make_figures_component,
)
