"""`newsgraph explain "sentence"`: the events a text yields and why.

For each event: the trigger word, the lexicon entry that fired (as `events.yaml` names
it), and the reasons for the actor, recipient, mode, modality and attribution. Meant
for people extending the lexicon: run a sentence, see which rule fired or why none did.
"""

from __future__ import annotations

import logging
from typing import Any

from newsgraph.extract import Pipeline
from newsgraph.ingest.article import Article
from newsgraph.nlp.to_record import doc_to_event_explanations

LOGGER = logging.getLogger(__name__)


def explain(pipeline: Pipeline, text: str, published: str | None = None) -> list[dict[str, Any]]:
    """Run the pipeline on `text` and return one explanation per event (plain dicts)."""
    doc = pipeline.nlp(pipeline._make_doc(Article(text=text, published=published)))
    return doc_to_event_explanations(doc)


def format_explanations(explanations: list[dict[str, Any]]) -> str:
    """Human-readable lines, one block per event."""
    if not explanations:
        return "no event: no lexicon entry fired (see src/newsgraph/nlp/data/events.yaml)"
    lines: list[str] = []
    for n, e in enumerate(explanations, 1):
        why = e["why"]
        head = f"E{n} {e['event']}" + (f"/{e['mode']}" if e["mode"] else "") + f"  trigger '{e['trigger']}'"
        lines.append(head)
        lines.append(f"   rule:        {why.get('rule', '')}")
        lines.append(f"   actor:       {e['actor'] or '-'}  ({why.get('actor') or 'none found'})")
        lines.append(f"   recipient:   {e['recipient'] or '-'}  ({why.get('recipient') or 'none found'})")
        if why.get("mode"):
            lines.append(f"   mode:        {e['mode']}  ({why['mode']})")
        modal = ", ".join(e["modality"]) or "asserted"
        reasons = "; ".join(why.get("modality") or [])
        lines.append(f"   modality:    {modal}" + (f"  ({reasons})" if reasons else ""))
        if e["attribution"] is not None:
            lines.append(f"   attribution: claim by {e['attribution']}  ({why.get('attribution', '')})")
        if e["date"]:
            lines.append(f"   date:        {e['date']}")
        if e["size"]:
            lines.append(f"   size:        {e['size']}")
    return "\n".join(lines)
