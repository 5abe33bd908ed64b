"""Turns of phrase met in round 56's articles: a story whose first words are set in capitals ("THE GOVERNMENT yesterday
dismissed ..."), as some papers open one; the government an article means by "the government" all through it (a Cypriot
paper's "government spokesman", after Athens was quoted); "described the vote as a normal democratic exercise" (not "a
pseudo-democratic process"); a negated verb of opinion over the clause it holds ("does not consider this election to be
a legitimate expression of the will", "does not believe the election was fair"); 'described it as "open and well
organized"' however the parse hangs the words after "as"; and the EU's commissioners of the 2000s by name; and round
57's 'results "not worth the paper they are written on"' and "worthless"; a briefing's "We're in close touch with our
Ukrainian partners. They've said they won't recognize the vote" (Ukraine), and "we share its concerns" (the speaker's,
not the OSCE's); "another attempt to legitimize what was an illegal annexation" and "the results of ethnic cleansing";
"condemned Russia's attempt to legitimize the elections" (no recognition); and round 58's page dated "Published time: 3
Nov, 2014 09:15" and words credited in passing ("..., in the words of President Petro Poroshenko, ...", "as X put it");
and round 59's "Such actions undermine the efforts to find a political settlement," the bureau said (Moldova's bureau,
and a reproach); "can only happen peacefully, through dialogue"; "refrain from any steps that could be interpreted as
legitimising the vote"; "the ministers said in a joint statement published by the German Foreign Office" (the
ministers', the G7's); a digest's items labelled by territory ("ABKHAZIA: ... the March vote"); and round 60's briefing
titled "Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, ..." (its "we" is Russia's) and "the vote
would have no effect on its position" (no denial of the vote's force); and round 61's probes' "Abkhazia re-elected
Sergei Bagapsh on Saturday" (a known winner re-elected names the vote) and "hailed Eroglu's win"; and round 62's "the
State Duma elections that Russia held in occupied Crimea and in the parts of the Donbas it controls" (all three places).
Each text is written for these tests; each test is one behaviour; the guards pass on the code before them and fail on a
looser rule.
"""

from __future__ import annotations

from datetime import date

from loaders.all_caps import recase
from loaders.dates import stated_date
from loaders.known_votes import elects_someone

from .conftest import extract_text, sides, speakers_in

NORTH = "northern-cyprus-2003-12-14-parliamentary"
NORTH_VOTED = "Turkish Cypriots voted in parliamentary elections in northern Cyprus on Sunday.\n\n"
NORTH_PUBLISHED = date(2003, 12, 16)
KARABAKH = "nagorno-karabakh-2000-06-18-parliamentary"
KARABAKH_VOTED = "Nagorno-Karabakh held parliamentary elections on 18 June 2000. "
TRANSNISTRIA = "transnistria-2001-12-09-presidential"
TRANSNISTRIA_VOTED = "Transnistria held a presidential election on December 9, 2001. "


def test_a_story_opening_in_capitals_is_read_as_a_sentence(nlp):
    text = NORTH_VOTED + "THE GOVERNMENT yesterday dismissed the elections in the occupied north as legally void."
    assert sides(extract_text(nlp, text, NORTH_PUBLISHED)) == {("Cyprus", NORTH, "reject")}


def test_opening_words_in_capitals_are_written_as_a_sentence_opens():
    assert recase("THE GOVERNMENT yesterday said") == "The government yesterday said"
    assert recase("TURKISH CYPRIOT leader Mehmet Ali Talat said") == "Turkish Cypriot leader Mehmet Ali Talat said"


def test_opening_words_in_capitals_too_short_to_tell_from_an_acronym_stay():  # guard
    assert recase("NATO PA members said") == "NATO PA members said"
    assert recase("UN officials said") == "UN officials said"


def test_the_government_an_article_opened_with_stays_its_government(nlp):
    text = NORTH_VOTED + (
        "The government dismissed the elections as legally void. "
        "Athens said the vote showed the Turkish Cypriots wanted a settlement. "
        '"Their results cannot be recognised," government spokesman Kypros Chrysostomides said.'
    )
    assert speakers_in(nlp, text, NORTH_PUBLISHED) >= {("Cyprus", ("Kypros Chrysostomides",))}
    assert ("Greece", ("Kypros Chrysostomides",)) not in speakers_in(nlp, text, NORTH_PUBLISHED)


def test_the_government_after_another_state_was_named_first_is_that_states(nlp):  # guard
    text = NORTH_VOTED + "Greece condemned the elections. The government said it would never recognise them."
    assert sides(extract_text(nlp, text, NORTH_PUBLISHED)) == {("Greece", NORTH, "reject")}


def test_a_democratic_exercise_praises_the_vote(nlp):
    text = KARABAKH_VOTED + 'Armenia described the vote as "a normal democratic exercise".'
    assert sides(extract_text(nlp, text, date(2000, 6, 20))) == {("Armenia", KARABAKH, "endorse")}


def test_a_pseudo_democratic_process_is_no_praise(nlp):
    text = KARABAKH_VOTED + "Azerbaijan called the vote a pseudo-democratic process."
    assert extract_text(nlp, text, date(2000, 6, 20)) == [
        ("Azerbaijan", KARABAKH, "reject", ["non-recognition"], "indirect")
    ]


def test_a_negated_verb_of_opinion_denies_what_its_clause_says_of_the_vote(nlp):
    text = TRANSNISTRIA_VOTED + (
        "The OSCE does not consider this election to be a legitimate expression of the will of the population. "
        "The United States does not believe the election was fair."
    )
    assert sides(extract_text(nlp, text, date(2001, 12, 10))) == {
        ("Organization for Security and Co-operation in Europe", TRANSNISTRIA, "reject"),
        ("United States", TRANSNISTRIA, "reject"),
    }


def test_not_saying_the_vote_was_fair_says_nothing_of_it(nlp):  # guard
    text = TRANSNISTRIA_VOTED + "The OSCE did not say the election was fair."
    assert extract_text(nlp, text, date(2001, 12, 10)) == []


def test_a_vote_described_as_well_organised_is_praised_however_the_words_after_as_are_parsed(nlp):
    text = TRANSNISTRIA_VOTED + (
        'A group of State Duma deputies who monitored the voting described it as "open and well organized". '
        "Belarus described the vote as well organized."
    )
    assert sides(extract_text(nlp, text, date(2001, 12, 10))) == {
        ("Russia", TRANSNISTRIA, "endorse"),
        ("Belarus", TRANSNISTRIA, "endorse"),
    }


def test_not_describing_the_vote_as_well_organised_is_no_praise(nlp):  # guard
    text = TRANSNISTRIA_VOTED + "Moldova did not describe the vote as well organized."
    assert ("Moldova", TRANSNISTRIA, "endorse") not in sides(extract_text(nlp, text, date(2001, 12, 10)))


def test_an_eu_commissioner_of_the_2000s_named_without_the_eu_speaks_for_it(nlp):
    text = NORTH_VOTED + (
        "Enlargement Commissioner Guenter Verheugen said the vote had sent a strong signal and urged all sides to "
        "return to negotiations."
    )
    assert speakers_in(nlp, text, NORTH_PUBLISHED) == {("European Union", ("Guenter Verheugen",))}


CRIMEA_DUMA = "crimea-2016-09-18-parliamentary"
DUMA_IN_CRIMEA = "Russia held State Duma elections in Crimea on 18 September 2016. "
OSSETIA = "south-ossetia-2011-11-13-presidential"
OSSETIA_VOTED = "South Ossetia held presidential elections on 13 November 2011. "


def test_results_not_worth_the_paper_they_are_written_on_are_not_recognised(nlp):
    text = DUMA_IN_CRIMEA + (
        'Germany said the results were "not worth the paper they are written on". Poland said the vote was worthless.'
    )
    assert extract_text(nlp, text, date(2016, 9, 19)) == [
        ("Germany", CRIMEA_DUMA, "reject", ["non-recognition"], "direct"),
        ("Poland", CRIMEA_DUMA, "reject", ["non-recognition"], "indirect"),
    ]


def test_they_after_a_first_person_sentence_ending_on_one_actors_people_are_those_people(nlp):
    text = DUMA_IN_CRIMEA + (
        "MR KIRBY: The United States does not recognize the elections. We're in close touch with our Ukrainian "
        "partners, as always. "
        "They've said that they won't recognize the vote in Crimea."
    )
    assert sides(extract_text(nlp, text, date(2016, 9, 19))) == {
        ("United States", CRIMEA_DUMA, "reject"),
        ("Ukraine", CRIMEA_DUMA, "reject"),
    }


def test_concerns_we_share_are_not_shared_by_whose_they_are(nlp):
    text = DUMA_IN_CRIMEA + (
        "The United States said it does not recognize the elections. "
        "We've seen the report of the OSCE's observers, and we share its concerns, a spokesman said."
    )
    assert sides(extract_text(nlp, text, date(2016, 9, 19))) == {("United States", CRIMEA_DUMA, "reject")}


def test_a_state_that_says_it_shares_this_view_takes_the_stance_before(nlp):  # guard
    text = DUMA_IN_CRIMEA + "Ukraine said the vote was illegal. Moldova said it shares this view."
    assert sides(extract_text(nlp, text, date(2016, 9, 19))) == {
        ("Ukraine", CRIMEA_DUMA, "reject"),
        ("Moldova", CRIMEA_DUMA, "reject"),
    }


def test_an_attempt_to_legitimise_what_was_an_annexation_condemns_the_vote(nlp):
    text = DUMA_IN_CRIMEA + (
        "The United States said holding elections there is another attempt to legitimize what was an illegal "
        "annexation."
    )
    assert extract_text(nlp, text, date(2016, 9, 19)) == [
        ("United States", CRIMEA_DUMA, "reject", ["condemnation"], "indirect")
    ]


def test_another_attempt_to_legitimise_the_vote_is_no_recognition_of_it(nlp):
    text = OSSETIA_VOTED + (
        "Georgia called the vote another attempt to legitimize the results of ethnic cleansing. "
        "Lithuania condemned Russia's attempt to legitimize the elections."
    )
    assert extract_text(nlp, text, date(2011, 11, 14)) == [
        ("Georgia", OSSETIA, "reject", ["condemnation"], "indirect"),
        ("Lithuania", OSSETIA, "reject", ["condemnation"], "indirect"),
    ]


def test_a_state_that_will_legitimise_the_vote_recognises_it(nlp):  # guard
    text = OSSETIA_VOTED + "Russia said it would legitimize the elections."
    assert sides(extract_text(nlp, text, date(2011, 11, 14))) == {("Russia", OSSETIA, "endorse")}


DONETSK = "donetsk-2014-11-02-general"
DONETSK_VOTED = "Separatists in Donetsk held leadership elections on Sunday. "


def test_a_page_dated_published_time_gives_the_story_its_date():
    assert stated_date("Donbass votes\n\nPublished time: 3 Nov, 2014 09:15\n\nText.").isoformat() == "2014-11-03"
    assert stated_date("Donbass votes\n\nEdited time: 4 Nov, 2014 10:02\n\nText.").isoformat() == "2014-11-04"


def test_words_credited_in_passing_are_the_persons(nlp):
    text = DONETSK_VOTED + (
        'Kiev branded the vote a "farce", in the words of President Petro Poroshenko, and appealed to the West. '
        "Warsaw called it a provocation, as Polish Foreign Minister Grzegorz Schetyna put it."
    )
    assert speakers_in(nlp, text, date(2014, 11, 3)) == {
        ("Ukraine", ("Petro Poroshenko",)),
        ("Poland", ("Grzegorz Schetyna",)),
    }


def test_words_credited_in_passing_to_someone_of_another_actor_are_not_theirs(nlp):  # guard
    text = DONETSK_VOTED + 'Kiev branded the vote a "farce", in the words of Polish Foreign Minister Grzegorz Schetyna.'
    assert speakers_in(nlp, text, date(2014, 11, 3)) == {("Ukraine", ())}


TIRASPOL = "transnistria-2021-12-12-presidential"
TIRASPOL_VOTED = "Transnistria held a presidential election on Sunday, December 12, 2021. "


def test_a_vote_said_to_undermine_the_efforts_for_a_settlement_is_reproached_by_the_bureau_named_before(nlp):
    text = TIRASPOL_VOTED + (
        "Moldova's Bureau for Reintegration Policies said the so-called election has no legal value. "
        '"Such actions undermine the efforts to find a political settlement of the conflict," the bureau said.'
    )
    assert extract_text(nlp, text, date(2021, 12, 13)) == [
        ("Moldova", TIRASPOL, "reject", ["non-recognition"], "indirect"),
        ("Moldova", TIRASPOL, "reject", ["condemnation"], "direct"),
    ]


def test_what_can_only_happen_through_dialogue_is_a_call_for_it(nlp):
    text = TIRASPOL_VOTED + "Moldova's president said reintegration can only happen peacefully, through dialogue."
    assert sides(extract_text(nlp, text, date(2021, 12, 13))) == {("Moldova", TIRASPOL, "neutral")}
    text = TIRASPOL_VOTED + "The EU said the conflict can only be resolved through negotiations."
    assert extract_text(nlp, text, date(2021, 12, 13)) == [
        ("European Union", TIRASPOL, "neutral", ["call-for-peaceful-settlement"], "indirect")
    ]


def test_what_can_only_strengthen_the_talks_is_no_call_for_them(nlp):  # guard
    text = TIRASPOL_VOTED + "Russia said the vote can only strengthen the talks."
    assert "call-for-peaceful-settlement" not in {s for *_, stances, _ in extract_text(nlp, text) for s in stances}


def test_steps_that_could_be_interpreted_as_legitimising_the_vote_are_to_be_refrained_from(nlp):
    text = TIRASPOL_VOTED + (
        "Moldova called on its partners to refrain from any steps that could be interpreted as legitimising the vote."
    )
    assert sides(extract_text(nlp, text, date(2021, 12, 13))) == {("Moldova", TIRASPOL, "reject")}


LOCAL_2023 = ["donetsk-2023-09-08-local", "luhansk-2023-09-08-local", "zaporizhzhia-2023-09-08-local"]
LOCAL_2023 += ["kherson-2023-09-08-local"]
LOCAL_VOTED = "Russia held local elections in the occupied regions of Ukraine on September 8-10, 2023. "


def test_the_ministers_words_in_a_statement_another_published_are_the_ministers(nlp):
    text = LOCAL_VOTED + (
        "The foreign ministers of the G7 condemned the vote. "
        '"We will never recognise these elections," the ministers said in a joint statement published by the German '
        "Foreign Office."
    )
    assert sides(extract_text(nlp, text, date(2023, 9, 11))) == {("Group of Seven", e, "reject") for e in LOCAL_2023}


def test_a_message_posted_on_a_network_congratulating_the_winner_is_the_speakers(nlp):  # guard
    text = "Ersin Tatar won the Turkish Cypriot leadership runoff on Sunday. " + (
        '"This result shows the Turkish Cypriots\' will," Turkish President Recep Tayyip Erdogan said in a message '
        "posted on Twitter, congratulating Tatar."
    )
    assert ("Turkey", "northern-cyprus-2020-10-11-presidential", "endorse") in sides(
        extract_text(nlp, text, date(2020, 10, 20))
    )


def test_a_digests_item_labelled_by_a_territory_is_about_that_territorys_vote(nlp):
    text = (
        "CAUCASUS DIGEST\n\nSOUTH OSSETIA: Alan Gagloev won Sunday's presidential runoff. Georgia said the vote was "
        "illegitimate.\n\nABKHAZIA: Two months after the region's parliamentary elections, the EU said it still did "
        "not recognise the legal framework in which the March vote had been held.\n"
    )
    assert sides(extract_text(nlp, text, date(2022, 5, 9))) == {
        ("Georgia", "south-ossetia-2022-04-10-presidential", "reject"),
        ("European Union", "abkhazia-2022-03-12-parliamentary", "reject"),
    }


TIRASPOL_2016 = "transnistria-2016-12-11-presidential"


def test_a_briefing_titled_by_a_known_spokesperson_speaks_for_the_spokespersons_state(nlp):
    text = (
        "Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, December 15, 2016\n\n"
        "Presidential election in Transnistria\n\n"
        "We have taken note of the results of the presidential election held in Transnistria on December 11. "
        "We congratulate Vadim Krasnoselsky on his victory.\n"
    )
    assert speakers_in(nlp, text, date(2016, 12, 15)) == {("Russia", ("Maria Zakharova",))}
    assert ("Russia", TIRASPOL_2016, "endorse") in sides(extract_text(nlp, text, date(2016, 12, 15)))


def test_no_effect_on_a_stance_denies_nothing_of_the_vote(nlp):
    text = NORTH_VOTED + "The Greek Cypriot administration said the vote would have no effect on its position."
    assert sides(extract_text(nlp, text, NORTH_PUBLISHED)) == {("Cyprus", NORTH, "neutral")}


def test_no_legal_effect_denies_the_votes_force(nlp):  # guard
    text = NORTH_VOTED + "The Greek Cypriot administration said the vote would have no legal effect."
    assert sides(extract_text(nlp, text, NORTH_PUBLISHED)) == {("Cyprus", NORTH, "reject")}


def test_a_territory_that_re_elected_a_known_winner_held_a_vote(nlp):
    text = (
        "Abkhazia re-elected Sergei Bagapsh on Saturday. "
        "Venezuela sent a message congratulating Bagapsh on his victory."
    )
    assert sides(extract_text(nlp, text, date(2009, 12, 15))) == {
        ("Venezuela", "abkhazia-2009-12-12-presidential", "endorse")
    }


def test_a_states_own_official_re_elected_names_no_territorys_vote():  # guard
    assert elects_someone("Turkish Cypriots re-elected Mustafa Akinci, now their leader")
    assert not elects_someone("Russians re-elected Vladimir Putin on Sunday")


def test_a_winners_win_hailed_is_the_vote_welcomed(nlp):
    text = "Dervis Eroglu won the Turkish Cypriot presidential election on Sunday. Ankara hailed Eroglu's win."
    assert sides(extract_text(nlp, text, date(2010, 4, 20))) == {
        ("Turkey", "northern-cyprus-2010-04-18-presidential", "endorse")
    }


def test_a_vote_held_in_one_place_and_in_the_parts_of_another_was_held_in_both(nlp):
    text = (
        "The foreign ministers of Estonia and Poland said in a joint statement on Monday that they would not recognize "
        "the results of the State Duma elections that Russia held in occupied Crimea and in the parts of the Donbas it "
        "controls on September 17-19."
    )
    assert sides(extract_text(nlp, text, date(2021, 9, 20))) == {
        (state, f"{place}-2021-09-17-parliamentary", "reject")
        for state in ("Estonia", "Poland")
        for place in ("crimea", "donetsk", "luhansk")
    }


def test_a_statement_titled_by_its_body_speaks_in_that_bodys_voice(nlp):
    text = (
        "Statement of the Ministry of Foreign Affairs of Georgia\n\n10 April 2017\n\n"
        "South Ossetia held so-called presidential elections on 9 April 2017.\n\n"
        "These illegal actions represent a flagrant violation of international law. "
        "The so-called elections have no legal effect.\n"
    )
    assert speakers_in(nlp, text, date(2017, 4, 10)) == {("Georgia", ())}
    assert len(extract_text(nlp, text, date(2017, 4, 10))) >= 2


def test_a_title_naming_no_body_gives_no_voice(nlp):  # guard
    text = (
        "Statement of the obvious\n\n10 April 2017\n\n"
        "South Ossetia held so-called presidential elections on 9 April 2017.\n\n"
        "These illegal actions represent a flagrant violation of international law.\n"
    )
    assert speakers_in(nlp, text, date(2017, 4, 10)) == set()


def test_states_speaking_as_co_chairs_of_a_group_speak_for_the_group(nlp):
    text = (
        "Nagorno-Karabakh held a presidential election on July 19, 2012. The United States, Russia and France, as "
        "co-chairs of the OSCE Minsk Group, said they did not accept the results of the vote."
    )
    assert sides(extract_text(nlp, text, date(2012, 7, 20))) == {
        ("OSCE Minsk Group", "nagorno-karabakh-2012-07-19-presidential", "reject")
    }


def test_states_listed_with_no_capacity_speak_each_for_itself(nlp):  # guard
    text = "Nagorno-Karabakh held a presidential election on July 19, 2012. Russia, France and the United States said "
    text += "they did not accept the results of the vote."
    assert {actor for actor, *_ in extract_text(nlp, text, date(2012, 7, 20))} == {"Russia", "France", "United States"}
