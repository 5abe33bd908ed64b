"""Forms met in rounds 638 and after: a round-up's entry opened by the actor's name alone as a sentence ("Japan. The
Foreign Ministry said ..."); "the separatist-held parts of eastern Ukraine", which are the Donbas's territories; voters
defended as entitled to the vote they cast ("had the right to vote wherever they lived", "exercised their right to elect
their leaders"); a clause "told a briefing that ..." that the parse hangs on the briefing; an institution named after a
sentence's "The" and its owner's adjective ("The Moldovan Bureau for Reintegration"); the voters who "displayed their
commitment to democracy", and a territory's people named with a state's adjective ("Turkish Cypriots"); a year a
sentence opens with after "Back"; a hope that the result "would not derail" the talks; one member of the European
Parliament, who speaks for no state; a capital's name that is a person's first name ("Baghdad Amreyev"); a quotation
credited after a dash under a capital's label; "another step in the democratic development"; a table's row with no bar
before its first cell; a position said "in the past"; a headline's "Portugal, for EU, says"; a vote called "an illegal
plebiscite", which is no referendum; a subject the parse hung on the place a sentence opens with ("In Sukhumi, the
Russian ambassador, X, said"); "a false impression of legitimacy"; unnamed sources telling of what a named official did;
a month in a relative clause on the speaker; a dated vote in the places a story names; a headline's clause before
another's verb with an object of its own ("Erdogan hails victory, EU urges talks"); a will "expressed" in the passive;
"it" after the annexation its sentence named; a speaker named right after a quotation whom the parse gave the next
clause; a vote "on joining Russia" on a day; a day after the vote on which its dispute "deepened into a crisis"; a
passive the parse read as a past verb ("dismissed as illegitimate by several Western countries"); a region's governor
named by the claimant's adjective ("Kherson's Ukrainian governor"). Each text is written for these tests; each test is
one behaviour; the guards pass on the code before them and fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text, positions, sides, speakers_in, stances_of

LOCAL_2023 = "Russia held local elections in occupied Zaporizhzhia from 8 to 10 September 2023.\n\n"
TRANSNISTRIA_2021 = "Transnistria elected a president on 12 December 2021.\n\n"
NORTH_CYPRUS_2010 = "Eroglu won the Turkish Cypriot leadership election on 18 April 2010.\n\n"
ZAPORIZHZHIA = "zaporizhzhia-2023-09-08-local"


def test_an_entry_named_alone_as_its_first_sentence_is_that_actors(nlp):
    text = (
        "Reactions to the vote\n\n" + LOCAL_2023 + "Turkey. Ankara said it did not recognise the elections.\n\n"
        "Japan. The Foreign Ministry said the elections were held in violation of Ukraine's sovereignty."
    )
    assert sides(extract_text(nlp, text, date(2023, 9, 11))) == {
        ("Turkey", ZAPORIZHZHIA, "reject"),
        ("Japan", ZAPORIZHZHIA, "reject"),
    }


def test_the_separatist_held_parts_of_eastern_ukraine_are_the_donbas(nlp):
    text = (
        "Residents of the separatist-held parts of eastern Ukraine voted in Russia's parliamentary election, which "
        "ran from 17 to 19 September 2021.\n\nThe US State Department said it would not recognise the results."
    )
    keys = {key for _, key, _ in positions(extract_text(nlp, text, date(2021, 9, 20)))}
    assert keys == {"donetsk-2021-09-17-parliamentary", "luhansk-2021-09-17-parliamentary"}


def test_russias_own_vote_named_with_crimea_keeps_crimea(nlp):
    # the guard: the peninsula named beside the Donbas is one of the vote's places
    text = (
        "Residents of Crimea and of the separatist-held parts of eastern Ukraine voted in Russia's parliamentary "
        "election, which ran from 17 to 19 September 2021.\n\nThe US State Department said it would not recognise "
        "the results."
    )
    keys = {key for _, key, _ in positions(extract_text(nlp, text, date(2021, 9, 20)))}
    assert "crimea-2021-09-17-parliamentary" in keys


def test_the_right_to_vote_wherever_one_lives_defends_the_vote(nlp):
    text = (
        "Transnistria elected a parliament on 30 November 2025.\n\nKremlin spokesman Dmitry Peskov said Russian "
        "citizens in the region had the right to vote wherever they lived."
    )
    assert sides(extract_text(nlp, text, date(2025, 12, 1))) == {
        ("Russia", "transnistria-2025-11-30-parliamentary", "endorse")
    }


def test_a_right_to_vote_asked_for_defends_nothing(nlp):
    # the guard: a right wished for, not one said to be held
    text = (
        "Transnistria elected a parliament on 30 November 2025.\n\nThe EU said people must have the right to vote "
        "wherever they live."
    )
    assert not any(polarity == "endorse" for _, _, polarity in positions(extract_text(nlp, text, date(2025, 12, 1))))


def test_voters_who_exercised_their_right_to_elect_defend_the_vote(nlp):
    text = (
        "Separatists in Donetsk held elections on 11 November 2018.\n\nThe Russian envoy said the people of Donetsk "
        "had exercised their right to elect their leaders."
    )
    assert ("Russia", "donetsk-2018-11-11-general", "endorse") in sides(extract_text(nlp, text, date(2018, 11, 13)))


def test_a_clause_told_to_a_briefing_is_the_speakers(nlp):
    text = (
        NORTH_CYPRUS_2010 + "Greek Foreign Ministry spokesman Grigoris Delavekouras told a briefing that Athens "
        "stood by Nicosia and regarded the vote as without legal effect."
    )
    assert speakers_in(nlp, text, date(2010, 4, 19)) == {("Greece", ("Grigoris Delavekouras",))}


def test_an_institution_after_the_and_its_owners_adjective_is_the_owners(nlp):
    text = (
        TRANSNISTRIA_2021 + "The Russian Foreign Ministry said the vote had been calm.\n\nThe Moldovan Bureau for "
        "Reintegration said the election had no legal effect."
    )
    assert sides(extract_text(nlp, text, date(2021, 12, 13))) == {
        ("Russia", "transnistria-2021-12-12-presidential", "endorse"),
        ("Moldova", "transnistria-2021-12-12-presidential", "reject"),
    }


def test_voters_who_displayed_their_commitment_to_democracy_praise_the_vote(nlp):
    text = (
        "Northern Cyprus elected a parliament on 23 January 2022.\n\nTurkish Vice President Fuat Oktay said the "
        "people of the TRNC had displayed their commitment to democracy."
    )
    assert sides(extract_text(nlp, text, date(2022, 1, 24))) == {
        ("Turkey", "northern-cyprus-2022-01-23-parliamentary", "endorse")
    }


def test_a_territorys_people_named_with_a_states_adjective_are_its_voters(nlp):
    text = (
        "Ersin Tatar won the Turkish Cypriot presidential run-off on 18 October 2020.\n\nAnkara said Turkish "
        "Cypriots had shown their commitment to democracy."
    )
    assert sides(extract_text(nlp, text, date(2020, 10, 19))) == {
        ("Turkey", "northern-cyprus-2020-10-11-presidential", "endorse")
    }


def test_a_states_people_showing_their_commitment_to_democracy_praise_no_vote(nlp):
    # the guard: a state's own people, not the territory's voters
    text = (
        "Abkhazia elected a president on 12 December 2009.\n\nTbilisi said the Georgian people had shown their "
        "commitment to democracy."
    )
    assert not any(polarity == "endorse" for _, _, polarity in positions(extract_text(nlp, text, date(2009, 12, 14))))


def test_a_year_opened_with_back_sets_the_vote(nlp):
    text = (
        "Raul Khajimba was re-elected in Abkhazia on 8 September 2019.\n\nBack in 2014, when Khajimba first won, "
        "Tbilisi had called the vote a crude violation of international law."
    )
    assert positions(extract_text(nlp, text, date(2019, 9, 10))) == {
        ("Georgia", "abkhazia-2014-08-24-presidential", "reject")
    }


def test_a_hope_that_the_result_would_not_derail_the_talks_calls_for_them(nlp):
    text = NORTH_CYPRUS_2010 + "Greece said it hoped the result would not derail the reunification process."
    assert extract_text(nlp, text, date(2010, 4, 19)) == [
        ("Greece", "northern-cyprus-2010-04-18-presidential", "neutral", ["call-for-peaceful-settlement"], "indirect")
    ]


def test_a_forecast_that_the_result_would_not_derail_the_talks_calls_for_nothing(nlp):
    # the guard: what one expects is not what one asks for
    text = NORTH_CYPRUS_2010 + "Greece said the result would not derail the reunification process."
    assert "call-for-peaceful-settlement" not in stances_of(nlp, text, date(2010, 4, 19), "Greece")


def test_one_member_of_the_european_parliament_speaks_for_no_state(nlp):
    text = (
        "Russia staged referendums in occupied parts of Ukraine from 23 to 27 September 2022.\n\nSpeaking for her "
        "group, an MEP from Poland described the votes as a farce."
    )
    assert extract_text(nlp, text, date(2022, 10, 5)) == []


def test_a_states_minister_still_speaks_for_the_state(nlp):
    # the guard: only the Parliament's member is no one's voice
    text = (
        "Russia staged referendums in occupied parts of Ukraine from 23 to 27 September 2022.\n\nPolish Foreign "
        "Minister Zbigniew Rau described the votes as a farce."
    )
    assert {actor for actor, _, _ in positions(extract_text(nlp, text, date(2022, 10, 5)))} == {"Poland"}


def test_a_capitals_name_that_is_a_first_name_names_no_state(nlp):
    text = (
        "Karabakh held a presidential run-off on 14 April 2020.\n\nThe Secretary General of the Turkic Council, "
        "Baghdad Amreyev, said the Council considered the elections null and void."
    )
    assert speakers_in(nlp, text, date(2020, 4, 16)) == {("Organization of Turkic States", ("Baghdad Amreyev",))}


def test_a_quotation_credited_after_a_dash_below_a_capitals_label(nlp):
    text = (
        "Abkhazia held parliamentary elections on 12 March 2022.\n\n"
        'TBILISI: "Illegitimate sham held under occupation" - Georgian Foreign Ministry'
    )
    assert sides(extract_text(nlp, text, date(2022, 3, 14))) == {
        ("Georgia", "abkhazia-2022-03-12-parliamentary", "reject")
    }


def test_a_step_in_the_democratic_development_praises_the_vote(nlp):
    text = (
        "Bako Sahakyan was elected in Nagorno-Karabakh on 19 July 2007.\n\nArmenia's foreign minister said the vote "
        'was "another step in the democratic development of Nagorno-Karabakh".'
    )
    assert sides(extract_text(nlp, text, date(2007, 7, 21))) == {
        ("Armenia", "nagorno-karabakh-2007-07-19-presidential", "endorse")
    }


def test_a_table_row_without_a_leading_bar_is_its_first_cells(nlp):
    text = (
        "Northern Cyprus elected a parliament on 7 January 2018.\n\nActor | Position | In their words\n\n"
        'Turkey (Foreign Ministry) | Congratulates | "We congratulate the Turkish Cypriot people."'
    )
    assert sides(extract_text(nlp, text, date(2018, 1, 9))) == {
        ("Turkey", "northern-cyprus-2018-01-07-parliamentary", "endorse")
    }


def test_a_position_said_in_the_past_is_no_reaction(nlp):
    text = (
        "Crimea voted in a referendum on 16 March 2014.\n\nHungary's government has said in the past that it "
        "supports Ukraine's territorial integrity."
    )
    assert extract_text(nlp, text, date(2014, 3, 19)) == []


def test_a_position_said_on_the_day_is_a_reaction(nlp):
    # the guard: a day, not the past, on the verb
    text = (
        "Crimea voted in a referendum on 16 March 2014.\n\nHungary's government said on Monday that it supports "
        "Ukraine's territorial integrity."
    )
    assert sides(extract_text(nlp, text, date(2014, 3, 19))) == {("Hungary", "crimea-2014-03-16-referendum", "reject")}


def test_a_state_for_the_eu_in_a_headline_speaks_for_the_eu(nlp):
    text = (
        "Portugal, for EU, says Karabakh vote has no legal effect\n\nBako Sahakyan was elected in Nagorno-Karabakh "
        "on 19 July 2007."
    )
    assert {actor for actor, _, _ in positions(extract_text(nlp, text, date(2007, 7, 21)))} == {"European Union"}


def test_a_vote_called_a_plebiscite_is_no_referendum(nlp):
    text = (
        "Abkhazia's parliamentary ballot: an illegal plebiscite, says Tbilisi\n\nAbkhazia elected a parliament on "
        'Sunday, March 12, 2017. Georgia condemned the ballot, calling it "an illegal plebiscite".'
    )
    keys = {key for _, key, _ in positions(extract_text(nlp, text, date(2017, 3, 13)))}
    assert keys == {"abkhazia-2017-03-12-parliamentary"}


def test_a_subject_set_after_the_place_a_sentence_opens_with(nlp):
    text = (
        "Abkhazia elected a parliament on March 12, 2017.\n\nIn Sukhumi, the Russian ambassador, Semyon Grigoryev, "
        'said the ballot had been "calm and well organised".'
    )
    assert speakers_in(nlp, text, date(2017, 3, 13)) == {("Russia", ("Semyon Grigoryev",))}


def test_a_false_impression_of_legitimacy_condemns(nlp):
    text = (
        "South Ossetia elected a parliament on 8 June 2014.\n\nNATO's Secretary General said the vote was another "
        'attempt "to create a false impression of legitimacy".'
    )
    assert stances_of(nlp, text, date(2014, 6, 9), "North Atlantic Treaty Organization") == {"condemnation"}


def test_unnamed_sources_tell_of_the_subjects_act(nlp):
    text = (
        "Mustafa Akinci won the Turkish Cypriot presidential run-off on 26 April 2015.\n\nPresident Erdogan "
        "congratulated Akinci on his election and wished him success, according to sources at the Presidency.\n\nIn "
        "Nicosia, government spokesman Nikos Christodoulides said Cyprus did not recognise the so-called elections."
    )
    assert sides(extract_text(nlp, text, date(2015, 4, 27))) == {
        ("Turkey", "northern-cyprus-2015-04-19-presidential", "endorse"),
        ("Cyprus", "northern-cyprus-2015-04-19-presidential", "reject"),
    }


def test_a_ministry_according_to_which_the_vote_is_illegal_speaks(nlp):
    # the guard: a named body after "according to" is who speaks
    text = (
        "Mustafa Akinci won the Turkish Cypriot presidential run-off on 26 April 2015.\n\nAccording to the Cypriot "
        "government, the vote was illegal."
    )
    assert {actor for actor, _, _ in positions(extract_text(nlp, text, date(2015, 4, 27)))} == {"Cyprus"}


def test_a_month_in_a_relative_clause_on_the_speaker_dates_nothing(nlp):
    text = (
        "Igor Smirnov was re-elected in Transdniestria on Sunday, December 9, 2001.\n\nThe OSCE said the vote was "
        "illegitimate.\n\nMoldovan President Vladimir Voronin, a communist who came to power in April, said he was "
        "ready to continue negotiations with Tiraspol."
    )
    assert ("Moldova", "transnistria-2001-12-09-presidential", "neutral") in sides(
        extract_text(nlp, text, date(2001, 12, 10))
    )


def test_a_dated_vote_is_in_the_places_the_story_names(nlp):
    text = (
        "Russia held its State Duma elections in occupied Crimea too.\n\nUkraine's Foreign Ministry called the vote, "
        'which ran from 17 to 19 September 2021, "null and void".'
    )
    keys = {key for _, key, _ in positions(extract_text(nlp, text, date(2021, 9, 20)))}
    assert keys == {"crimea-2021-09-17-parliamentary"}


def test_a_dated_vote_in_a_story_naming_no_place_is_everywhere_it_was_held(nlp):
    # the guard: with no territory named, the day's every vote
    text = (
        "Russia held its State Duma elections.\n\nUkraine's Foreign Ministry called the vote in the occupied "
        'territories, which ran from 17 to 19 September 2021, "null and void".'
    )
    keys = {key for _, key, _ in positions(extract_text(nlp, text, date(2021, 9, 20)))}
    assert "crimea-2021-09-17-parliamentary" in keys and "donetsk-2021-09-17-parliamentary" in keys


def test_a_headlines_clause_before_another_verb_is_not_its_words(nlp):
    text = (
        'Tatar elected Turkish Cypriot leader; Erdogan hails "victory", EU urges talks\n\nErsin Tatar won the '
        "Turkish Cypriot presidential run-off on 18 October 2020."
    )
    assert ("European Union", "northern-cyprus-2020-10-11-presidential", "endorse") not in sides(
        extract_text(nlp, text, date(2020, 10, 19))
    )


def test_words_before_a_verb_told_to_reporters_are_its_words(nlp):
    # the guard: the object of "told" is whom the words were told to
    text = (
        "Ersin Tatar won the Turkish Cypriot presidential run-off on 18 October 2020.\n\nThe vote was void, the "
        "Cypriot government spokesman told reporters."
    )
    assert sides(extract_text(nlp, text, date(2020, 10, 19))) == {
        ("Cyprus", "northern-cyprus-2020-10-11-presidential", "reject")
    }


def test_a_will_said_to_have_been_expressed_recognises_the_vote(nlp):
    text = (
        "Russia staged referendums in occupied parts of Ukraine from 23 to 27 September 2022.\n\n"
        '"The will of millions of people has been expressed," Putin said.'
    )
    assert {polarity for _, _, polarity in sides(extract_text(nlp, text, date(2022, 9, 30)))} == {"endorse"}


def test_it_after_the_annexation_named_before_is_the_annexation(nlp):
    text = (
        "Russia staged referendums in occupied parts of Ukraine from 23 to 27 September 2022.\n\nThe UN "
        'Secretary-General called the annexation "a dangerous escalation" and said it had "no legal value".'
    )
    assert extract_text(nlp, text, date(2022, 9, 30)) == []


def test_it_after_the_vote_named_before_is_the_vote(nlp):
    # the guard: "it" after the vote is the vote
    text = (
        "Russia staged referendums in occupied parts of Ukraine from 23 to 27 September 2022.\n\nThe UN "
        'Secretary-General called the referendums "a dangerous escalation" and said they had "no legal value".'
    )
    assert {actor for actor, _, _ in positions(extract_text(nlp, text, date(2022, 9, 30)))} == {"United Nations"}


def test_a_speaker_after_a_quotation_whom_the_parse_gave_the_next_clause(nlp):
    text = (
        '"This so-called election is yet another provocation that undermines the peace process," said Hikmet '
        "Hajiyev, spokesman for Azerbaijan's Foreign Ministry, a day after Nagorno-Karabakh elected its parliament "
        "on May 3, 2015."
    )
    assert speakers_in(nlp, text, date(2015, 5, 4)) == {("Azerbaijan", ("Hikmet Hajiyev",))}


def test_a_vote_on_joining_a_state_on_a_day_is_the_referendum(nlp):
    text = "Crimea voted on joining Russia on 16 March 2014.\n\nMoscow said it respected the choice of the residents."
    assert positions(extract_text(nlp, text, date(2014, 3, 18))) == {
        ("Russia", "crimea-2014-03-16-referendum", "endorse")
    }


def test_a_day_after_the_vote_on_which_its_dispute_deepened_is_not_its_day(nlp):
    text = (
        "The disputed presidential election in Abkhazia deepened into a crisis on Tuesday, October 12, 2004.\n\n"
        'Georgian President Mikheil Saakashvili said the vote was "illegitimate".'
    )
    assert positions(extract_text(nlp, text, date(2004, 10, 12))) == {
        ("Georgia", "abkhazia-2004-10-03-presidential", "reject")
    }


def test_a_passive_misread_as_a_past_verb_is_its_agents(nlp):
    text = (
        "Ethnic Armenian authorities in Nagorno-Karabakh chose Samvel Shahramanyan as their leader on 9 September "
        "2023 in a vote condemned by Azerbaijan and dismissed as illegitimate by several Western countries."
    )
    assert {actor for actor, _, _ in positions(extract_text(nlp, text, date(2023, 9, 10)))} == {"Azerbaijan"}


def test_a_regions_governor_named_by_the_claimants_adjective_is_the_claimants(nlp):
    text = (
        "Russia held a referendum in occupied Kherson from September 23 to 27, 2022.\n\nKherson's Ukrainian governor, "
        'Yaroslav Yanushevych, said the vote was "a sham".'
    )
    assert speakers_in(nlp, text, date(2022, 9, 28)) == {("Ukraine", ("Yaroslav Yanushevych",))}


def test_a_regions_russian_installed_governor_speaks_for_no_state(nlp):
    # the guard: the territory's own governor
    text = (
        "Russia held a referendum in occupied Kherson from September 23 to 27, 2022.\n\nThe region's Russian-installed "
        "governor, Vladimir Saldo, said the vote was a triumph."
    )
    assert extract_text(nlp, text, date(2022, 9, 28)) == []
