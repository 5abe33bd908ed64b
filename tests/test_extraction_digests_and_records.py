"""Layouts and turns of phrase met in round 36's articles, most of them on votes no list knows (Transnistria's of
1996 and 2000, Nagorno-Karabakh's of 2000, Northern Cyprus's of 2003, South Ossetia's of 2004, Abkhazia's of 2002):
a vote dated by the sentence that opens with its day ("On 18 June 2000 the regime held so-called elections"), named
by its kind once and by "Sunday's vote" elsewhere, 'so-called "elections" to the State Duma'; a news digest's items
titled in capitals ("RUSSIAN DIPLOMAT SAYS VOTE WAS CALM. ..."), a round-up's headings in capitals on lines of their
own ("EUROPEAN UNION"), a bullet labelled with who spoke and when ("X, asked at the briefing: ..."), the Lords'
record ("The Minister of State, Foreign and Commonwealth Office (Baroness X of Y): ... the Government do not
recognise"), "said much the same thing", "making exactly the same point", "X telephoned Y to congratulate him,
according to the agency", "Their Foreign Ministry" after "I'm sure the Azerbaijani Government ...", "Its leader"
after a party, "Russian parliamentary speaker X" and "an internal matter of Georgia"; and in round 37's, an AP wire
of 1991 ("Residents ... voted Sunday" to approve a referendum and elect a president, both unknown to any list), an
OSCE mission's spot report ("The Head of Mission, in a conversation with the Georgian Deputy Foreign Minister, ...")
and an official's post on a social network, headed by the author's name and role; and in round 38's, "the
elections in the occupied areas" of a state with one such territory, "Azerbaijan's leadership" and "The Commission"
answering a question of the European Parliament; and in round 39's, an interview whose questions and answers are
labelled with initials, a ministry's list of the states that "declared that they do
not recognize" a vote, one to a line, and "The Council" after "the GUAM Council of Ministers". Each text is written for
these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text, positions, sides, speakers_in, verdicts

K00 = "nagorno-karabakh-2000-06-18-parliamentary"
T00 = "transnistria-2000-12-10-parliamentary"
C03 = "northern-cyprus-2003-12-14-parliamentary"
S04 = "south-ossetia-2004-05-23-parliamentary"


def test_a_sentence_opening_with_a_day_dates_the_vote_it_says_was_held(nlp):
    text = (
        "On 18 June 2000 the separatist regime in the Nagorno-Karabakh region of Azerbaijan held so-called "
        'parliamentary elections.\n\nAzerbaijan said the "elections" were null and void.'
    )
    assert positions(extract_text(nlp, text, date(2000, 6, 20))) == {("Azerbaijan", K00, "reject")}


def test_a_vote_named_without_its_kind_on_the_day_of_one_named_with_it_is_that_vote(nlp):
    text = (
        "Transdniestria held parliamentary elections on December 10. Moldova said Sunday's vote was illegal and "
        "that it would not recognise these so-called elections."
    )
    assert {key for _, key, *_ in extract_text(nlp, text, date(2000, 12, 12))} == {T00}


def test_quoted_elections_to_the_state_duma_are_parliamentary(nlp):
    text = (
        'From 18 to 20 September 2026, Russia held so-called "elections" to the State Duma in occupied Crimea. '
        "Ukraine condemned them."
    )
    assert positions(extract_text(nlp, text, date(2026, 9, 21))) == {
        ("Ukraine", "crimea-2026-09-18-parliamentary", "reject")
    }


def test_a_digests_item_titled_in_capitals_is_read_as_a_sentence(nlp):
    text = (
        "DIGEST, 25 May 2004\n\n"
        "GEORGIA SLAMS SOUTH OSSETIAN ELECTION... Speaking in Tbilisi on 24 May, President Mikheil Saakashvili "
        "called the previous day's parliamentary election in South Ossetia a farce. LF\n\n"
        "RUSSIAN DIPLOMAT SAYS VOTE WAS CALM. Russian Foreign Ministry spokesman Aleksandr Yakovenko said the "
        "ballot in South Ossetia passed in a calm atmosphere. LF"
    )
    assert sides(extract_text(nlp, text, date(2004, 5, 25))) == {("Georgia", S04, "reject"), ("Russia", S04, "endorse")}


def test_a_heading_in_capitals_on_a_line_of_its_own_names_who_speaks_below_it(nlp):
    text = (
        "Reactions to the parliamentary election of 14 December in the north of Cyprus.\n\n"
        "GREECE\nForeign Minister George Papandreou said Athens did not recognise the vote.\n\n"
        "EUROPEAN UNION\nEnlargement Commissioner Guenter Verheugen urged the two sides to resume talks after the vote."
    )
    assert sides(extract_text(nlp, text, date(2003, 12, 16))) == {
        ("Greece", C03, "reject"),
        ("European Union", C03, "neutral"),
    }


def test_a_bullet_labelled_with_who_spoke_and_when_names_the_speaker(nlp):
    text = (
        "South Ossetia held a presidential election on November 13.\n\n"
        "* Georgia's Foreign Ministry: the vote is illegitimate.\n"
        '* US State Department spokesperson Victoria Nuland, asked at the briefing: "We do not recognise these '
        'so-called elections."'
    )
    assert ("United States", ("Victoria Nuland",)) in speakers_in(nlp, text, date(2011, 11, 14))


def test_a_lords_minister_labelled_with_the_office_speaks_for_its_state_and_the_government(nlp):
    text = (
        "House of Lords\n\nAsked by Lord Example\n\nTo ask the Government what is their response to the presidential "
        "election held in Abkhazia on 12 December.\n\n"
        "The Minister of State, Foreign and Commonwealth Office (Baroness Example of Town): My Lords, the "
        "Government do not recognise the so-called presidential election held in Abkhazia on 12 December."
    )
    assert speakers_in(nlp, text, date(2009, 12, 15)) == {("United Kingdom", ("Baroness Example of Town",))}


def test_said_much_the_same_thing_shares_all_the_speaker_said_before(nlp):
    text = (
        "Karabakh held a presidential election on July 19.\n\n"
        "MR. SPOKESMAN: The United States does not recognize the results of the so-called presidential election. "
        "We believe the only way to a settlement is through negotiation. The Minsk Group co-chairs said much the "
        "same thing in a statement."
    )
    found = {v for v in verdicts(extract_text(nlp, text, date(2007, 7, 20))) if v[0] == "OSCE Minsk Group"}
    assert found == {("OSCE Minsk Group", "reject", ("call-for-peaceful-settlement", "non-recognition"))}


def test_a_speaker_reporting_a_declaration_making_the_same_point_does_not_speak_it(nlp):
    text = (
        "Abkhazia held a presidential election on 12 December.\n\n"
        "The Minister of State, Foreign and Commonwealth Office (Baroness Example of Town): My Lords, the "
        "Government do not recognise the so-called presidential election held in Abkhazia. The presidency issued a "
        "declaration on behalf of the European Union making exactly the same point."
    )
    statements = extract_text(nlp, text, date(2009, 12, 15))
    assert sides(statements) == {
        ("United Kingdom", "abkhazia-2009-12-12-presidential", "reject"),
        ("European Union", "abkhazia-2009-12-12-presidential", "reject"),
    }


def test_a_congratulation_according_to_an_agency_is_the_congratulators(nlp):
    text = (
        "Parliamentary elections were held in northern Cyprus on Sunday.\n\n"
        "Turkish Foreign Minister Ahmet Davutoglu telephoned the winner to congratulate him on the result, according "
        "to Anadolu news agency."
    )
    assert positions(extract_text(nlp, text, date(2013, 7, 29))) == {
        ("Turkey", "northern-cyprus-2013-07-28-parliamentary", "endorse")
    }


def test_their_ministry_after_i_am_sure_the_government_is_that_governments(nlp):
    text = (
        "Karabakh held a presidential election on July 19.\n\n"
        "MR. SPOKESMAN: The United States does not recognize the results.\n\nQUESTION: And Baku?\n\n"
        "MR. SPOKESMAN: I'm sure the Azerbaijani Government has made its views known. Their Foreign Ministry has "
        "already called the vote illegal."
    )
    assert positions(extract_text(nlp, text, date(2007, 7, 20))) == {
        ("United States", "nagorno-karabakh-2007-07-19-presidential", "reject"),
        ("Azerbaijan", "nagorno-karabakh-2007-07-19-presidential", "reject"),
    }


def test_its_leader_after_a_party_named_is_nobodys_official(nlp):
    text = (
        "Turkish Foreign Minister Ahmet Davutoglu congratulated the winner of Sunday's parliamentary election in "
        "northern Cyprus.\n\nThe CTP is expected to form a coalition. Its leader has said his party will support the "
        "talks."
    )
    assert positions(extract_text(nlp, text, date(2013, 7, 29))) == {
        ("Turkey", "northern-cyprus-2013-07-28-parliamentary", "endorse")
    }


def test_a_parliamentary_speaker_named_with_a_demonym_speaks_for_the_state(nlp):
    text = (
        "On 19 January 1992, South Ossetia held a referendum on independence. Russian parliamentary speaker Ruslan "
        "Khasbulatov said the referendum was illegal."
    )
    assert speakers_in(nlp, text, date(1992, 1, 22)) == {("Russia", ("Ruslan Khasbulatov",))}


def test_an_internal_matter_of_the_claimant_affirms_its_integrity(nlp):
    text = (
        "On 19 January 1992, South Ossetia held a referendum on independence. Russian Foreign Minister Andrei "
        'Kozyrev described it as "an internal matter of Georgia".'
    )
    assert verdicts(extract_text(nlp, text, date(1992, 1, 22))) == {
        ("Russia", "reject", ("support-territorial-integrity",))
    }


def test_a_vote_people_voted_in_on_a_weekday_without_on_is_that_days(nlp):
    text = (
        "CHISINAU (AP) _ Moldova on Monday declared invalid a referendum and a presidential election held by "
        "separatists in the Dniester region. Residents of the region voted Sunday to approve independence and chose "
        "a president.\n\nMoldova said the vote had no legal force."
    )
    assert positions(extract_text(nlp, text, date(1991, 12, 2))) == {
        ("Moldova", "transnistria-1991-12-01-presidential", "reject"),
        ("Moldova", "transnistria-1991-12-01-referendum", "reject"),
    }


def test_whom_the_speaker_spoke_with_is_not_the_speaker(nlp):
    text = (
        "South Ossetia held a presidential election on 10 November.\n\n"
        "The OSCE Head of Mission, in a conversation with the Georgian Deputy Foreign Minister on 11 November, "
        "reiterated that the OSCE did not recognise the election."
    )
    assert positions(extract_text(nlp, text, date(1996, 11, 12))) == {
        ("Organization for Security and Co-operation in Europe", "south-ossetia-1996-11-10-presidential", "reject")
    }


def test_a_post_headed_by_its_authors_name_and_role_is_their_words(nlp):
    text = (
        "Olga Cebotari\nDeputy Prime Minister for Reintegration of the Republic of Moldova\n"
        "29 November 2020 at 19:04 ·\n\n"
        'Today, so-called "elections" were held in the Transnistrian region. Their results will not be recognised.'
    )
    assert speakers_in(nlp, text, date(2020, 11, 29)) == {("Moldova", ("Olga Cebotari",))}


def test_the_occupied_areas_of_a_state_with_one_such_territory_are_that_territory(nlp):
    text = (
        "Rauf Denktash won the runoff held last Saturday, April 22. Government Spokesman Yiannakis Cassoulides said "
        'the "elections" in the occupied areas were illegal as far as the Republic of Cyprus was concerned.'
    )
    # (the runoff of the presidential vote of 1995, which the list of known votes holds since session 65)
    assert positions(extract_text(nlp, text, date(1995, 4, 28))) == {
        ("Cyprus", "northern-cyprus-1995-04-15-presidential", "reject")
    }


def test_a_states_leadership_speaks_for_it(nlp):
    text = (
        "On 10 December 1991 a referendum on independence was held in Nagorno-Karabakh. Azerbaijan's leadership "
        "declared the referendum illegal."
    )
    assert positions(extract_text(nlp, text, date(2016, 4, 2))) == {
        ("Azerbaijan", "nagorno-karabakh-1991-12-10-referendum", "reject")
    }


def test_the_commission_answering_the_european_parliament_is_the_unions(nlp):
    text = (
        "Question for written answer to the Commission by a Member of the European Parliament: what does the "
        "Commission make of the parliamentary elections held in northern Cyprus on 19 April?\n\n"
        "Answer given by Mr Rehn on behalf of the Commission (10 June 2009)\n\n"
        "The Commission continues to support the negotiations under UN auspices after the elections."
    )
    assert positions(extract_text(nlp, text, date(2009, 6, 10))) == {
        ("European Union", "northern-cyprus-2009-04-19-parliamentary", "neutral")
    }


def test_an_interview_labelled_with_initials_is_the_interviewees(nlp):
    text = (
        "Georgia's Foreign Minister Mikheil Janelidze spoke to us after the parliamentary elections held in "
        "Abkhazia on 12 March.\n\n"
        "AK: Minister, how does Tbilisi see the vote?\n\n"
        "MJ: These so-called elections are illegal, and their results have no legal force."
    )
    assert speakers_in(nlp, text, date(2017, 3, 14)) == {("Georgia", ("Mikheil Janelidze",))}


def test_the_states_listed_below_a_line_that_says_what_they_declared_take_it(nlp):
    text = (
        "International reaction to the illegal parliamentary elections held in Nagorno-Karabakh on 3 May 2015\n\n"
        "The following states have made statements in which they declared that they do not recognize the so-called "
        "parliamentary elections:\n\n- Republic of Turkey\n- Ukraine\n\nThe list will be updated."
    )
    found = {(actor, mode) for actor, _, _, _, mode in extract_text(nlp, text, date(2015, 5, 5))}
    assert {("Turkey", "reported"), ("Ukraine", "reported")} <= found


def test_the_council_after_an_organisations_council_is_the_organisations(nlp):
    text = (
        "Statement of the GUAM Council of Ministers for Foreign Affairs, Kyiv, 20 November 2006\n\n"
        "The Council considers the so-called referendum held on 17 September 2006 in the Transnistrian region of the "
        "Republic of Moldova illegitimate. The Council supports the territorial integrity of Georgia."
    )
    assert {actor for actor, *_ in extract_text(nlp, text, date(2006, 11, 20))} == {
        "GUAM Organization for Democracy and Economic Development"
    }
