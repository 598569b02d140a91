"""Outputs: what users do with reports.

* `serialize` — JSON / JSON Lines / CSV writers (atomic files, append logs), `figure_rows`,
  `read_jsonl`;
* `batch` — `convert(sources, out, to="jsonl"|"json"|"csv")`: archives in parallel, resumable,
  one error record per bad file (``reportextract convert``);
* `dataframe` — `to_dataframe(reports)` (needs pandas; also ``reportextract.to_dataframe``);
* `show` — the terminal view and a standalone HTML page (``reportextract show``);
* `spacy_component` — the "reportextract" spaCy pipeline component (imports spaCy).

Nothing is imported here: import the module you need.
"""
