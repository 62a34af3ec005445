"""Participants the parse gives in odd places: a subject hung on the auxiliary, an
infinitive split from its verb by a reporting aside, the speaker's own side inside a
threat, a refused offer, a cut sentence run into the agency credit below it, and whom
welcoming a verdict backs."""

from __future__ import annotations

from tests.event_helpers import events_of, extract, names, one

from newsgraph import Pipeline


def test_subject_hung_on_the_auxiliary_still_acts(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Germany would not, for now, call back its ambassador, the minister added.")
    event = one(record, "SANCTION")
    assert names(record, event.actor) >= {"Germany"}


def test_infinitive_after_a_reporting_aside_belongs_to_the_verb_before_it(pipeline: Pipeline) -> None:
    record = extract(
        pipeline,
        "Syria and the Kurdish-led SDF agreed, the ministry said, to reopen the road between Aleppo and Raqqa.",
    )
    event = one(record, "RETREAT")
    assert "ministry" not in " ".join(names(record, event.actor)).lower()
    assert names(record, event.actor) >= {"SDF"}


def test_speakers_own_side_in_a_threat_is_not_threatened(pipeline: Pipeline) -> None:
    record = extract(
        pipeline,
        "Supporters of the Zartonk bloc marched through Yerevan on Monday. Their leader Armen Vardanyan "
        "warned that he and his supporters would block the main roads if the recount is not held.",
    )
    event = one(record, "THREATEN")
    assert not event.recipient


def test_threatened_party_in_the_complement_stays_recipient(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Iran's foreign minister warned that Israel would pay a heavy price for any attack.")
    event = one(record, "THREATEN")
    assert names(record, event.recipient) >= {"Israel"}


def test_refused_offer_answers_who_offered_it(pipeline: Pipeline) -> None:
    record = extract(
        pipeline,
        "Kenyan President William Ruto held talks with Sudan's army chief on Monday and offered to host a peace "
        "conference in Nairobi. The Rapid Support Forces rejected the offer, saying Kenya was not neutral.",
    )
    rejections = events_of(record, "REJECT")
    assert rejections, [(e.event, e.trigger.text if e.trigger else None) for e in record.events]
    assert names(record, rejections[0].recipient) >= {"William Ruto"}


def test_credit_after_a_cut_sentence_is_no_participant(pipeline: Pipeline) -> None:
    record = extract(
        pipeline,
        "A Malian official told AFP on Monday that talks had stalled. Last year Bamako ended its defence "
        "agreement with France and demanded the departure of the \n\n— AFP",
    )
    for event in events_of(record, "REQUEST"):
        assert "AFP" not in names(record, event.recipient)


def test_welcoming_a_verdict_backs_the_court_not_the_convicted(pipeline: Pipeline) -> None:
    record = extract(
        pipeline,
        "Judge Maria Lopez on Tuesday sentenced former mayor Carlos Ruiz to eight years in prison for taking "
        "bribes. The anti-corruption group Transparencia Activa welcomed the verdict.",
    )
    event = one(record, "SUPPORT")
    assert names(record, event.recipient) >= {"Maria Lopez"}
    assert "Carlos Ruiz" not in names(record, event.recipient)
