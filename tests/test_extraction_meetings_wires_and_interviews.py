"""Layouts and turns of phrase met in round 34's articles: a UN meeting's record ("MARK LYALL GRANT (United Kingdom)
said ..."), an undated wire whose dateline gives the day ("NICOSIA, Feb 21 (AFP) -"), an interview titled "An
interview with X" and answered after "A:", headlines that a parse reads badly ("Leader re-elected; Baku, mediators
reject vote", "Smirnov claims third term in vote Chisinau calls a farce"); "a poll that Azerbaijan said it would not
recognise", "was re-elected", "brushed the criticism aside", "did not see any violations", "wanted the negotiations
to resume", "urged all sides to avoid steps that could raise tensions", "no bearing on the negotiations on the
status", "observers recognised by the OSCE", "any election held in the occupied territories", a quotation whose
subject is another actor than the ministry that said it, and words on the residents of territories the vote before
was not held in; and from round 35, a government press conference's transcript ("Government press conference of 12
November 2018", "QUESTION:", "ADEBAHR:", "The Federal Government") and "the elections had been calm and well
organised". Each text is written for these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text, positions, sides, speakers_in, verdicts

K02 = "nagorno-karabakh-2002-08-11-presidential"


def test_a_headline_whose_parse_puts_the_subject_before_a_semicolon_is_read_after_it(nlp):
    text = "Karabakh leader re-elected; Baku, mediators reject vote\n\nArkady Ghukasian won Sunday's election."
    assert ("Azerbaijan", K02, "reject") in positions(extract_text(nlp, text, date(2002, 8, 12)))


def test_a_vote_that_an_actor_said_it_would_not_recognise_is_not_recognised(nlp):
    text = "Karabakh re-elected its leader on Sunday in a poll that Azerbaijan said it would not recognise."
    assert verdicts(extract_text(nlp, text, date(2002, 8, 12))) == {("Azerbaijan", "reject", ("non-recognition",))}


def test_a_leader_re_elected_names_the_vote_beside_a_states_own_election(nlp):
    text = (
        "Igor Smirnov, the leader of Moldova's separatist Transdniestria region, was re-elected on Sunday.\n\n"
        "Moldova's President Vladimir Voronin, whose party won national elections in February, described the poll "
        "as a farce."
    )
    assert positions(extract_text(nlp, text, date(2001, 12, 11))) == {
        ("Moldova", "transnistria-2001-12-09-presidential", "reject")
    }


def test_a_headline_clause_before_the_subject_names_no_speaker(nlp):
    text = (
        "Moldova: Smirnov claims third term in vote Chisinau calls a farce\n\n"
        "Igor Smirnov, the leader of Transdniestria, was re-elected on Sunday."
    )
    assert speakers_in(nlp, text, date(2001, 12, 11)) == {("Moldova", ())}


def test_an_undated_wire_congratulating_a_winner_is_on_the_vote_before_its_dateline(nlp):
    text = (
        "NICOSIA, Feb 21 (AFP) - The pro-reunification party of Prime Minister Mehmet Ali Talat won Sunday's "
        "parliamentary election in the breakaway Turkish Republic of Northern Cyprus.\n\n"
        "Turkish Foreign Minister Abdullah Gul congratulated Talat."
    )
    keys = {key for actor, key, *_ in extract_text(nlp, text) if actor == "Turkey"}
    assert keys == {"northern-cyprus-2005-02-20-parliamentary"}


def test_hoping_for_momentum_in_un_efforts_is_a_call_for_talks(nlp):
    text = (
        "The Turkish Cypriot parliamentary election was held on Sunday.\n\n"
        "Britain said it hoped the result would give new momentum to UN efforts to reunify the island."
    )
    assert verdicts(extract_text(nlp, text, date(2005, 2, 21))) == {
        ("United Kingdom", "neutral", ("call-for-peaceful-settlement",))
    }


def test_a_ministrys_quotation_about_another_actor_is_the_ministrys(nlp):
    text = (
        "Russia held elections to its State Duma from 18 to 20 September 2026, and organised voting in occupied "
        'Crimea.\n\nUkraine\'s foreign ministry said the voting in Crimea was "legally null and void". '
        '"Russia cannot legitimise its occupation by staging elections on Ukrainian land," it said.'
    )
    assert {actor for actor, *_ in extract_text(nlp, text, date(2026, 9, 20))} == {"Ukraine"}


def test_brushing_the_criticism_aside_or_off_defends_the_vote(nlp):
    for brushed in ("brushed the criticism aside", "brushed off the criticism"):
        text = (
            "Russia held elections to its State Duma from 18 to 20 September 2026, and organised voting in occupied "
            f"Crimea.\n\nKremlin spokesman Dmitry Peskov {brushed}."
        )
        assert sides(extract_text(nlp, text, date(2026, 9, 20))) == {
            ("Russia", "crimea-2026-09-18-parliamentary", "endorse")
        }


def test_observers_who_did_not_see_any_violations_approve_of_the_vote(nlp):
    text = (
        "Transnistria elected a new Supreme Council on Sunday, December 12, 2010.\n\n"
        '"The elections were held openly. We did not see any violations that could affect the result," said State '
        "Duma deputy Sergei Markov."
    )
    assert verdicts(extract_text(nlp, text, date(2010, 12, 13))) == {("Russia", "endorse", ("recognition",))}


def test_wanting_the_negotiations_to_resume_is_a_call_for_talks(nlp):
    text = (
        "Dervis Eroglu won the Turkish Cypriot presidential election on Sunday, April 18, 2010.\n\n"
        'Greek Foreign Minister Dimitris Droutsas said Athens wanted the negotiations to resume "from where they left '
        'off" and called on Ankara to help.'
    )
    assert verdicts(extract_text(nlp, text, date(2010, 4, 19))) == {
        ("Greece", "neutral", ("call-for-peaceful-settlement",))
    }


def test_urging_all_sides_to_avoid_raising_tensions_is_no_condemnation(nlp):
    text = (
        "South Ossetia held a presidential runoff on November 27, 2011.\n\n"
        "State Department spokeswoman Victoria Nuland urged all sides to avoid steps that could raise tensions."
    )
    stances = {s for _, _, _, found, _ in extract_text(nlp, text, date(2011, 11, 30)) for s in found}
    assert stances == {"call-for-peaceful-settlement"}


def test_an_interview_titled_with_its_interviewee_gives_the_answers_to_them(nlp):
    text = (
        "An interview with Georgia's State Minister for Reintegration, Eka Tkeshelashvili\n\n"
        "Voters in South Ossetia went to the polls on Sunday, March 25, 2012.\n\n"
        "Q: How does the Georgian government view Sunday's vote in Tskhinvali?\n\n"
        "A: It is illegitimate, like every previous one. We do not recognise it and we never will."
    )
    assert ("Georgia", ("Eka Tkeshelashvili",)) in speakers_in(nlp, text, date(2012, 3, 27))
    assert {actor for actor, *_ in extract_text(nlp, text, date(2012, 3, 27))} == {"Georgia"}


def test_no_bearing_on_the_negotiations_on_the_status_is_the_mediators_non_recognition(nlp):
    text = (
        "Karabakh elected a president on 1 September 1997.\n\nThe co-chairmen of the OSCE Minsk Group stated that "
        "the elections would have no bearing on the negotiations on the status of Nagorno-Karabakh."
    )
    assert verdicts(extract_text(nlp, text, date(1997, 9, 2))) == {("OSCE Minsk Group", "reject", ("non-recognition",))}


def test_observers_recognised_by_an_organisation_are_no_position_of_it(nlp):
    text = (
        "Transnistria elected a new Supreme Soviet on 11 December 2005.\n\n"
        "The elections were organised without the participation of international observers recognised by the OSCE."
    )
    assert extract_text(nlp, text, date(2005, 12, 12)) == []


def test_any_election_held_in_the_occupied_territories_is_no_other_vote(nlp):
    text = (
        "Georgia's Foreign Ministry described the referendum held in occupied Abkhazia on July 10 as another "
        'provocation.\n\n"Any so-called election or referendum held in the occupied territories of Georgia is '
        'illegitimate," the ministry said.'
    )
    keys = {key for _, key, *_ in extract_text(nlp, text, date(2016, 7, 11))}
    assert keys == {"abkhazia-2016-07-10-referendum"}


def test_words_on_the_residents_of_other_territories_are_on_that_days_votes_there(nlp):
    text = (
        "Ukraine said the State Duma elections, held from Sept. 17 to 19, were null and void in Crimea as well as in "
        "the occupied parts of the Donetsk and Luhansk regions.\n\n"
        "The European Union said it did not recognise the holding of the elections in Crimea. Spokesman Peter Stano "
        'said the bloc was also "deeply concerned" about the participation of residents of Donetsk and Luhansk, '
        "which he said ran counter to the Minsk agreements."
    )
    keys = {key for actor, key, *_ in extract_text(nlp, text, date(2021, 9, 20)) if actor == "European Union"}
    assert keys == {
        "crimea-2021-09-17-parliamentary",
        "donetsk-2021-09-17-parliamentary",
        "luhansk-2021-09-17-parliamentary",
    }


def test_names_in_capitals_in_a_meetings_record_are_read_as_names(nlp):
    text = (
        "The Security Council met on 13 May 2014, two days after the referendums in Donetsk and Luhansk.\n\n"
        "SAMANTHA POWER (United States) said the so-called referendums had been a sham."
    )
    assert speakers_in(nlp, text, date(2014, 5, 13)) == {("United States", ("Samantha Power",))}


def test_an_officials_other_spellings_are_one_person_in_the_graph(nlp):
    from loaders.article import Article
    from loaders.statements import extract
    from loaders.triples import extraction_triples

    text = (
        "Dervis Eroglu won the Turkish Cypriot presidential election on Sunday, April 18, 2010.\n\n"
        "Turkish Prime Minister Tayyip Erdogan congratulated Eroglu by telephone."
    )
    graph = extraction_triples(extract(Article("t.txt", text, published=date(2010, 4, 19)), nlp), "test")
    assert "/person/recep-tayyip-erdogan>" in graph
    assert "/person/tayyip-erdogan>" not in graph


def test_a_ministry_that_states_speaks_though_the_tagger_reads_a_noun(nlp):
    text = (
        "On 4 March 2007, the separatist regime in Sokhumi held so-called parliamentary elections in the Abkhazian "
        "region of Georgia.\n\nThe Ministry of Foreign Affairs of Georgia states that these elections are "
        "illegitimate and have no legal force."
    )
    assert verdicts(extract_text(nlp, text, date(2007, 3, 5))) == {("Georgia", "reject", ("non-recognition",))}


def test_an_alliances_allies_are_no_persons_name(nlp):
    text = (
        "WHAT THEY SAID: reactions to the June 8 vote in South Ossetia\n\n9 June 2014\n\n"
        "The breakaway region of South Ossetia elected a new parliament on Sunday.\n\n"
        '* NATO Secretary General Anders Fogh Rasmussen: "NATO Allies do not recognise the so-called parliamentary '
        'elections held in the South Ossetia region of Georgia."'
    )
    persons = {name for _, names in speakers_in(nlp, text) for name in names}
    assert "Allies" not in persons
    assert "Anders Fogh Rasmussen" in persons


def test_one_of_a_group_that_spoke_before_says_the_people_made_their_choice(nlp):
    text = (
        "Eduard Kokoity won the second round of the presidential election in South Ossetia on 6 December 2001.\n\n"
        "A group of Russian State Duma deputies who observed the voting described it as democratic. "
        '"The people of South Ossetia have made their choice freely," said one of them, Viktor Alksnis.'
    )
    assert ("Russia", ("Viktor Alksnis",)) in speakers_in(nlp, text, date(2001, 12, 7))
    assert verdicts(extract_text(nlp, text, date(2001, 12, 7))) == {("Russia", "endorse", ("recognition",))}


def test_a_state_named_before_a_verb_does_not_own_the_body_after_it():
    from loaders.mentions import find_mentions

    bodies = [m for m in find_mentions("Ukraine said the State Duma elections were null and void.") if m.kind == "body"]
    assert [(m.text, m.entity.name) for m in bodies] == [("State Duma", "Russia")]
    owned = [m for m in find_mentions("Azerbaijan's foreign ministry said.") if m.kind == "body"]
    assert [m.text for m in owned] == ["Azerbaijan's foreign ministry"]


def test_the_people_having_made_their_choice_is_no_praise_unless_freely(nlp):
    def polarities(choice: str) -> set[str]:
        text = (
            "Vadim Krasnoselsky won the presidential election in Transnistria on 11 December 2016.\n\n"
            f'"The people of Transnistria have made their choice{choice}," Sergei Lavrov said.'
        )
        return {polarity for _, _, polarity, _, _ in extract_text(nlp, text, date(2016, 12, 12))}

    assert polarities(" freely") == {"endorse"}
    assert "endorse" not in polarities("")


_PRESS_CONFERENCE = (
    "Government press conference of 12 November 2018\n\nTranscript (excerpt)\n\n"
    "QUESTION: A question for the Foreign Office. Yesterday the separatists in Donetsk and Luhansk held so-called "
    "elections. How does the Federal Government assess them?\n\n"
    "ADEBAHR: The Federal Government does not recognise these so-called elections. We regret that Russia supported "
    "the holding of this vote."
)


def test_a_press_conference_is_dated_by_its_title():
    from loaders.dates import stated_date

    assert stated_date(_PRESS_CONFERENCE) == date(2018, 11, 12)


def test_answers_labelled_with_a_surname_in_capitals_are_not_the_texts_own_voice(nlp):
    found = extract_text(nlp, _PRESS_CONFERENCE, date(2018, 11, 12))
    assert not [s for s in found if s[4] == "direct"]  # (no text's own voice: not Russia's, the one subject named)
    assert positions(found) >= {  # ("the Federal Government": Germany's, as its press office writes it)
        ("Germany", "donetsk-2018-11-11-general", "reject"),
        ("Germany", "luhansk-2018-11-11-general", "reject"),
    }


def test_a_vote_said_to_have_been_calm_and_well_organised_is_praised(nlp):
    text = (
        "Voters in Transnistria elected a new Supreme Council on Sunday, November 29, 2015.\n\n"
        'Russia\'s ambassador in Chisinau told reporters that the elections had been "calm and well organised".'
    )
    assert verdicts(extract_text(nlp, text, date(2015, 11, 30))) == {("Russia", "endorse", ("recognition",))}
