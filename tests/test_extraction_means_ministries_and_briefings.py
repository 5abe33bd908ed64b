"""Forms met in rounds 180-184's articles and the 50th probe set: a call after a relative clause the parse joined it to
('regarded the vote as "an internal event" that could not affect the status of the region, and urged both sides to
return to the negotiating table': the finite "urged" cannot share the clause's "could"); a pledge of peaceful means
("would use only peaceful means to restore its control", "by peaceful means only"); a bare "The ministry" after the
ministry was named ("Azerbaijan's Foreign Ministry said ... The ministry called on ...": the same body); a title dated
with a note in brackets ("..., 10 April 2017 (excerpts)") or after a colon ("Daily brief: April 15, 2020"); a
telephone call made "to offer his congratulations"; and a settlement named as the priority ("Our priority remains a
peaceful settlement"). Each text is written for these tests; each test is one behaviour; the guards pass on the code
before them and fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from loaders.dates import stated_date

from .conftest import extract_text, positions, stances_of

TRANSNISTRIA_2001 = "transnistria-2001-12-09-presidential"
OSCE = "Organization for Security and Co-operation in Europe"
ABKHAZIA_RERUN = "Sergei Bagapsh won the repeat presidential election in Abkhazia on Wednesday.\n"


def test_a_finite_verb_after_a_relative_clause_with_a_modal_is_the_speakers_call(nlp):
    text = (
        "Igor Smirnov won a third term in the presidential election in Transnistria on Sunday.\n"
        'A spokesman for the OSCE mission said the OSCE regarded the vote as "an internal event of the region" that '
        "could not affect the status of Trans-Dniester, and urged both sides to return to the negotiating table."
    )
    assert {"non-recognition", "call-for-peaceful-settlement"} <= stances_of(nlp, text, date(2001, 12, 10), OSCE)


def test_a_call_told_of_someone_a_relative_clause_describes_is_no_call(nlp):
    # the guard: the verbs of one relative clause, joined with no comma, are said of its noun ("a leader who ...")
    text = (
        "Igor Smirnov won a third term in the presidential election in Transnistria on Sunday.\n"
        "Moldova said the vote had no legal force and criticised Smirnov, a leader who would not compromise and "
        "urged a return to the negotiating table only on his own terms."
    )
    assert "call-for-peaceful-settlement" not in stances_of(nlp, text, date(2001, 12, 10), "Moldova")


def test_using_only_peaceful_means_is_a_call_for_a_peaceful_settlement(nlp):
    text = (
        ABKHAZIA_RERUN + "Saakashvili called the vote a farce and said Georgia would use only peaceful means to "
        "restore its control over the region."
    )
    assert {"condemnation", "call-for-peaceful-settlement"} <= stances_of(nlp, text, date(2005, 1, 13), "Georgia")


def test_restoring_integrity_by_peaceful_means_only_is_a_call_as_well(nlp):
    text = (
        ABKHAZIA_RERUN + 'Saakashvili called the vote a farce. "We will restore our territorial integrity by peaceful '
        'means only," he said.'
    )
    stances = stances_of(nlp, text, date(2005, 1, 13), "Georgia")
    assert {"support-territorial-integrity", "call-for-peaceful-settlement"} <= stances


def test_peaceful_means_ruled_out_are_no_call(nlp):
    # the guard: a negated pledge calls for nothing
    text = (
        ABKHAZIA_RERUN + "Saakashvili called the vote a farce and said Georgia would never restore its territorial "
        "integrity by peaceful means."
    )
    assert "call-for-peaceful-settlement" not in stances_of(nlp, text, date(2005, 1, 13), "Georgia")


def _bodies(nlp, text: str, published: date) -> list[tuple[str, str | None]]:
    from loaders.article import Article
    from loaders.statements import extract

    found = extract(Article("t.txt", text, published=published), nlp).statements
    return [(s.speaker.actor.name, s.speaker.body_kind or s.speaker.body) for s in found]


KARABAKH_2002 = "Arkady Ghukasyan has been re-elected president of Nagorno-Karabakh after a vote on August 11.\n"


def test_the_ministry_after_the_foreign_ministry_is_the_foreign_ministry(nlp):
    text = (
        KARABAKH_2002 + "Azerbaijan's Foreign Ministry said in a statement that the so-called presidential election "
        'was "null and void". The ministry called on the international community to condemn the vote.'
    )
    bodies = _bodies(nlp, text, date(2002, 8, 12))
    assert len(bodies) == 2 and set(bodies) == {("Azerbaijan", "Ministry of Foreign Affairs")}


def test_the_ministry_named_before_no_body_stays_a_bare_ministry(nlp):
    # the guard: with no ministry named before, "the ministry" keeps its own word
    text = KARABAKH_2002 + "Azerbaijan rejected the vote. The ministry called it null and void."
    assert ("Azerbaijan", "ministry") in _bodies(nlp, text, date(2002, 8, 12))


def test_a_title_dated_before_a_note_in_brackets_dates_the_text():
    title = "Briefing by the Spokesperson of the Ministry of Foreign Affairs of Georgia, 10 April 2017 (excerpts)\n\nQ:"
    assert stated_date(title) == date(2017, 4, 10)


def test_a_date_in_a_sentence_before_brackets_does_not_date_the_text():
    # the guard: a date the lead's sentence gives is its matter, brackets or not
    assert stated_date("The vote was held on 9 April 2017 (a Sunday) in Tskhinvali.\n\nGeorgia said ...") is None


def test_a_dated_briefing_reads_yesterdays_vote_as_that_days(nlp, tmp_path):
    from loaders.readers import read_paths
    from loaders.statements import extract

    text = (
        "Briefing by the Spokesperson of the Ministry of Foreign Affairs of Georgia, 10 April 2017 (excerpts)\n\n"
        "Question: How do you assess the so-called presidential election held in Tskhinvali yesterday?\n\n"
        "Spokesperson: The so-called elections held in the occupied Tskhinvali region are illegitimate."
    )
    (tmp_path / "briefing.txt").write_text(text, encoding="utf-8")
    [article] = read_paths([tmp_path / "briefing.txt"])
    assert article.published == date(2017, 4, 10)
    assert {s.election.key for s in extract(article, nlp).statements} == {"south-ossetia-2017-04-09-presidential"}


NORTH_2018 = "Turkish Cypriots voted in a parliamentary election on 7 January 2018. "


def test_a_call_made_to_offer_congratulations_sends_them(nlp):
    text = NORTH_2018 + "President Erdogan telephoned the winning party's leader to offer his congratulations."
    assert positions(extract_text(nlp, text, date(2018, 1, 9))) == {
        ("Turkey", "northern-cyprus-2018-01-07-parliamentary", "endorse")
    }


def test_a_call_made_to_discuss_something_else_sends_no_congratulations(nlp):
    # the guard: a telephone call for another purpose says nothing of the vote
    text = NORTH_2018 + "President Erdogan telephoned the winning party's leader to discuss the economy."
    assert positions(extract_text(nlp, text, date(2018, 1, 9))) == set()


TRANSNISTRIA_2020 = "Voters in Transnistria elected a new Supreme Soviet on Sunday, 29 November 2020.\n"


def test_a_settlement_named_as_the_priority_is_called_for(nlp):
    text = (
        TRANSNISTRIA_2020 + '"Our priority remains a peaceful settlement of the conflict," Moldova\'s government said.'
    )
    assert "call-for-peaceful-settlement" in stances_of(nlp, text, date(2020, 11, 30), "Moldova")


def test_a_settlement_denied_to_be_the_goal_is_no_call(nlp):
    # the guard: a negated copula calls for nothing
    text = (
        TRANSNISTRIA_2020 + "Moldova's government said the vote had no legal force and that its goal was not a "
        "settlement on Tiraspol's terms."
    )
    assert "call-for-peaceful-settlement" not in stances_of(nlp, text, date(2020, 11, 30), "Moldova")


def test_a_title_dated_after_a_colon_dates_the_text():
    assert stated_date("Daily brief: April 15, 2020\n\nArayik Harutyunyan won the run-off on Tuesday.") == date(
        2020, 4, 15
    )


def test_a_headline_naming_a_date_after_a_colon_does_not_date_the_text():
    # the guard: a date inside a headline's sentence is its matter, not the text's date
    assert stated_date("Georgia: the vote of 9 April 2017 was illegal, Tbilisi says\n\nThe ministry ...") is None
