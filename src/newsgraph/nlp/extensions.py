"""The Doc extension attributes newsgraph's components write, registered in one place.

They hold plain data only (ints, strings, lists, dicts) so that docs serialise and
travel between processes. Offsets are character offsets into `doc.text`; actor, place
and claim references are indexes into the doc's own lists. Only `nlp/to_record.py`
reads them to build records.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

EXTENSIONS: dict[str, object] = {
    "ng_published": None,  # ISO date of publication, set before the pipeline runs
    "ng_dateline": None,  # {"name", "start", "end", "filed_at": place, "place": place if the story happens there} or None
    "ng_actors": None,  # [{"name","kind","aliases","country","sector","roles","designations","mentions"}]
    "ng_token_actor": None,  # {token index: actor index} for every token of a mention
    "ng_places": None,  # [{"name","country","lat","lon","geonameid","resolution","mentions"}]
    "ng_token_place": None,  # {token index: place index}
    "ng_dates": None,  # [{"start","end","text","value","end_value","granularity"}]
    "ng_claims": None,  # [{"speaker","cue","content","kind","stance","hedges","channel","about"}]
    "ng_events": None,  # [{"event","mode",...,"attribution": claim index or None}]
    "ng_conflicts": None,  # [{"claims","about","topic","explanation"}]
    "ng_warnings": None,  # [str]
}


def register_extensions() -> None:
    for name, default in EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def text_of(doc: Doc) -> str:
    """`doc.text`, built once per doc: spaCy rebuilds the string on every access, and the
    components read it in loops."""
    cached = doc.user_data.get("ng_text")
    if not isinstance(cached, str):
        cached = doc.user_data["ng_text"] = doc.text
    return cached


VERBAL = frozenset({"VERB", "AUX"})
NOMINAL = frozenset({"NOUN", "PROPN"})


def indexes_where(doc: Doc, *, pos: frozenset[str] | set[str] | None = None, lower: str | None = None) -> list[int]:
    """Indexes of the tokens with one of these parts of speech and/or this lower-case form,
    read from spaCy's arrays: a loop over `doc` builds a Token object per word, and the
    components would otherwise do that for every word of every article several times."""
    columns = []
    if pos is not None:
        columns.append(POS)
    if lower is not None:
        columns.append(LOWER)
    if not columns or not len(doc):
        return list(range(len(doc))) if not columns else []
    array = doc.to_array(columns).reshape(len(doc), len(columns))
    keep = numpy.ones(len(doc), dtype=bool)
    column = 0
    if pos is not None:
        keep &= numpy.isin(array[:, column], [POS_IDS[p] for p in pos])
        column += 1
    if lower is not None:
        keep &= array[:, column] == doc.vocab.strings.add(lower)
    return [int(i) for i in numpy.flatnonzero(keep)]
