"""Claims from reporting idioms and misparsed constructions (real pipeline): "as X put it",
"made clear that", "was quoted as saying", a participle after the speaker, a cue read as
an adjective, characterisations with "as", quotes owned by another cue or nested in a quote."""

from __future__ import annotations

from claim_helpers import extract_at as _extract
from claim_helpers import speaker_names as _speaker_names
from claim_helpers import with_cue as _with_cue
from newsgraph import Pipeline


def test_as_speaker_put_it(pipeline: Pipeline) -> None:
    for text in (
        "The harbour has been closed to fishing boats for weeks, as Mayor Tomas Berg put it on Friday.",
        "As Mayor Tomas Berg put it on Friday, the harbour has been closed to fishing boats for weeks.",
    ):
        record = _extract(pipeline, text)
        found = _with_cue(record, "put")
        assert found, [(c.cue.text, c.content.text) for c in record.claims]
        assert found[0].content.text == "the harbour has been closed to fishing boats for weeks".replace(
            "the", "The" if text.startswith("The") else "the", 1
        )
        assert "Tomas Berg" in _speaker_names(record, found[0])


def test_put_without_as_is_no_claim(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Mayor Tomas Berg put it on the table during the council meeting on Friday.")
    assert not _with_cue(record, "put")


def test_made_clear_that(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Mayor Tomas Berg made clear that the harbour would reopen after the storm.")
    found = _with_cue(record, "made")
    assert found and found[0].content.text == "the harbour would reopen after the storm"
    assert "Tomas Berg" in _speaker_names(record, found[0])


def test_quoted_as_saying(pipeline: Pipeline) -> None:
    for text in (
        "Mayor Tomas Berg was quoted as saying the harbour would reopen after the storm.",
        "The Valdorian Post quoted Mayor Tomas Berg as saying the harbour would reopen after the storm.",
    ):
        record = _extract(pipeline, text)
        found = _with_cue(record, "saying")
        assert found, [(c.cue.text, c.content.text) for c in record.claims]
        assert found[0].content.text == "the harbour would reopen after the storm"
        assert _speaker_names(record, found[0]) == ["Tomas Berg"]
        assert not _with_cue(record, "quoted")


def test_participle_after_speaker_is_not_the_content(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Fishermen gathered at the quay said the new quota would ruin them.")
    found = _with_cue(record, "said")
    assert found and found[0].content.text == "the new quota would ruin them"
    assert _speaker_names(record, found[0]) == ["Fishermen"]


def test_cue_read_as_adjective_after_a_denial(pipeline: Pipeline) -> None:
    text = "The Valdorian Interior Ministry denied the report and accused smugglers of burning the depot last week."
    record = _extract(pipeline, text)
    found = _with_cue(record, "accused")
    assert found and found[0].content.text == "burning the depot last week"
    assert _speaker_names(record, found[0]) == _speaker_names(record, _with_cue(record, "denied")[0])


def test_accused_two_parties_of(pipeline: Pipeline) -> None:
    text = "The Valdorian government accused the coast guard and the harbour master Tomas Berg of hiding the spill."
    found = _with_cue(_extract(pipeline, text), "accused")
    assert found and found[0].content.text == "hiding the spill"


def test_characterisation_keeps_its_object(pipeline: Pipeline) -> None:
    record = _extract(pipeline, 'Mayor Tomas Berg described the audit as "a witch hunt".')
    found = _with_cue(record, "described")
    assert found and found[0].content.text.startswith("the audit as")


def test_bare_welcome_is_no_claim(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Mayor Tomas Berg welcomed the new harbour plan on Friday.")
    assert not _with_cue(record, "welcomed")


def test_quote_in_a_relative_clause_belongs_to_its_cue(pipeline: Pipeline) -> None:
    text = 'Lawyers for the shipyard appealed the fine, which Mayor Tomas Berg called "a disgrace".'
    record = _extract(pipeline, text)
    assert [c.cue.text for c in record.claims if "disgrace" in c.content.text] == ["called"]


def test_cue_inside_a_quote_leaves_it_to_the_outer_speaker(pipeline: Pipeline) -> None:
    text = (
        'Fishermen said the storm had sunk six boats. "My cousin rang me at dawn, he said the pier was gone," '
        "said Ana Lindqvist, a net maker."
    )
    record = _extract(pipeline, text)
    found = [c for c in record.claims if "pier was gone" in c.content.text]
    assert found and all(c.content.text.startswith("My cousin") for c in found)
    assert all(_speaker_names(record, c) == ["Ana Lindqvist"] for c in found)


def test_of_inside_a_name_is_not_the_accusation(pipeline: Pipeline) -> None:
    text = "The Valdorian government accused the Council of Elders and the militia of hiding the stolen grain."
    found = _with_cue(_extract(pipeline, text), "accused")
    assert found and found[0].content.text == "hiding the stolen grain"
