"""Layouts and turns of phrase met in round 31's articles: a reactions table ("| Moldova | ... |"), posts quoted under
their author's name and handle, a peer labelled in a parliament's record ("Lord Ahmad of Wimbledon: ..."), who a
phrase names before a colon that opens a quotation, the one who "spoke to our correspondent" in an interview laid out
as questions and answers, "the EU's delegation in Georgia", "Turkey, Azerbaijan's closest ally, condemned what its
foreign ministry called ...", "the first foreign diplomat to congratulate" the winner, "Britain, France, Poland and
the Baltic states"; and the votes: Russia's State Duma election of 2021 among passport holders in occupied Donbas, "a
referendum held alongside it", "Tbilisi, 14 November 2011" on a line of its own, an assembly's vote counted in the
text ("by a vote of 100 to 11", then "Today's vote"), what a speaker calls a resolution on the vote, the mediators'
"did not consider the outcome to prejudge the final legal status", words that only say when a vote is held, a page's
address with the day in its path, an aside in brackets with words of its own, "Russian Security Council", and a day in
the week after a known vote (the reaction's, not another vote's), "Chișinău, 30 November 2015" on a line of its own,
"More than 50 countries, among them Germany and Canada, signed", "U.S. Senator Jon Ossoff of Georgia", and a web
page's "READ MORE:" line; the day someone reacted on ("Ukraine on Wednesday denounced the elections"), which is not
the vote's; and the diplomats' verbs and nouns of disapproval ("regrets the holding of", "its opposition to") and of
support ("its support for the referendum"). Each text is written for these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

from loaders.dates import stated_date

from .conftest import extract_text, positions, speakers_in, verdicts


def test_an_organisations_delegation_in_a_state_speaks_for_the_organisation_not_the_host(nlp):
    text = (
        "Tskhinvali held so-called parliamentary elections on Sunday.\n\nThe EU's delegation in Georgia said on "
        'Monday the bloc "does not recognise the legal framework within which the elections took place".'
    )
    found = extract_text(nlp, text, date(2024, 6, 10))
    assert positions(found) == {("European Union", "south-ossetia-2024-06-09-parliamentary", "reject")}


def test_the_one_who_spoke_to_our_correspondent_answers_the_questions(nlp):
    text = (
        "Moldova's Deputy Prime Minister Oleg Serebrian spoke to our correspondent on December 1, 2025.\n\n"
        "Q: How does Chisinau view Sunday's elections in the Transnistrian region?\n\n"
        "A: Let me be clear. These elections are illegitimate and have no legal value."
    )
    assert positions(extract_text(nlp, text, date(2025, 12, 1))) == {
        ("Moldova", "transnistria-2025-11-30-parliamentary", "reject")
    }
    assert speakers_in(nlp, text, date(2025, 12, 1)) == {("Moldova", ("Oleg Serebrian",))}


def test_the_duma_vote_russia_held_in_occupied_donbas_is_known(nlp):
    text = (
        "KYIV, Sept 20, 2021 - Ukraine condemned the State Duma election that Russia held over the weekend among "
        "passport holders in occupied Donetsk, calling it null and void."
    )
    found = extract_text(nlp, text, date(2021, 9, 20))
    assert positions(found) == {("Ukraine", "donetsk-2021-09-17-parliamentary", "reject")}


def test_a_place_and_a_date_alone_on_a_line_date_the_story():
    assert stated_date("Georgia rejects vote\n\nTbilisi, 14 November 2011\n\nGeorgia on Monday ...") == date(
        2011, 11, 14
    )


def test_a_referendum_held_alongside_a_dated_vote_is_held_that_day(nlp):
    text = (
        "Georgia rejects vote and referendum\n\nGeorgia on Monday denounced Sunday's presidential election in South "
        "Ossetia, and a referendum held alongside it, as illegitimate."
    )
    assert positions(extract_text(nlp, text, date(2011, 11, 14))) == {
        ("Georgia", "south-ossetia-2011-11-13-presidential", "reject"),
        ("Georgia", "south-ossetia-2011-11-13-referendum", "reject"),
    }


def test_its_ministry_is_the_subjects_not_the_one_its_apposition_names(nlp):
    text = (
        "Voters in Nagorno-Karabakh approved a new constitution in a referendum on Monday.\n\nTurkey, Azerbaijan's "
        "closest ally, condemned what its foreign ministry called an illegitimate vote held on occupied territory."
    )
    assert positions(extract_text(nlp, text, date(2017, 2, 21))) == {
        ("Turkey", "nagorno-karabakh-2017-02-20-referendum", "reject")
    }


def test_not_considering_the_outcome_to_prejudge_the_status_is_the_mediators_non_recognition(nlp):
    text = (
        "Voters in Nagorno-Karabakh approved a new constitution in a referendum on Monday.\n\nThe co-chairs of the "
        "OSCE Minsk Group said they did not consider the outcome of the referendum to prejudge the final legal status "
        "of the region."
    )
    assert verdicts(extract_text(nlp, text, date(2017, 2, 21))) == {
        ("OSCE Minsk Group", "reject", ("non-recognition",))
    }


def test_a_post_under_its_authors_name_and_handle_is_their_words(nlp):
    text = (
        "Russia held local elections in occupied Kherson from September 8 to 10.\n\n"
        "Dmytro Kuleba (@DmytroKuleba), Ukraine's foreign minister:\n"
        "These sham votes are null and void."
    )
    assert positions(extract_text(nlp, text, date(2023, 9, 10))) == {("Ukraine", "kherson-2023-09-08-local", "reject")}
    assert speakers_in(nlp, text, date(2023, 9, 10)) == {("Ukraine", ("Dmytro Kuleba",))}


def test_a_posts_author_sent_to_a_state_speaks_for_the_state_that_sent_them(nlp):
    text = (
        "Russia held local elections in occupied Kherson from September 8 to 10.\n\n"
        "Jane Example (@ExampleAmb), U.S. Ambassador to Ukraine: These sham votes are a propaganda exercise."
    )
    assert speakers_in(nlp, text, date(2023, 9, 10)) == {("United States", ("Jane Example",))}


def test_a_peer_labelled_in_a_parliaments_record_speaks_for_the_office_they_hold(nlp):
    text = (
        "Crimea: Elections\n\nAnswered on 27 March 2018\n\nLord Ahmad of Wimbledon: We do not recognise the "
        "legitimacy of the Russian presidential election held in Crimea."
    )
    assert speakers_in(nlp, text, date(2018, 3, 27)) == {("United Kingdom", ("Lord Ahmad of Wimbledon",))}


def test_the_first_diplomat_to_congratulate_the_winner_congratulated_him(nlp):
    text = (
        "Transnistria elected Vadim Krasnoselsky its leader on Sunday.\n\nRussia's ambassador in Chisinau, Farit "
        "Mukhametshin, was the first foreign diplomat to congratulate Krasnoselsky on his victory in the election."
    )
    assert speakers_in(nlp, text, date(2016, 12, 12)) == {("Russia", ("Farit Mukhametshin",))}


def test_a_group_of_states_listed_beside_others_is_its_members(nlp):
    text = (
        "Britain, France, Poland and the Baltic states said on Monday they would not recognise the result of "
        "Sunday's referendum in Crimea."
    )
    assert {actor for actor, _, _ in positions(extract_text(nlp, text, date(2014, 3, 17)))} == {
        "United Kingdom",
        "France",
        "Poland",
        "Estonia",
        "Latvia",
        "Lithuania",
    }


def test_a_group_of_states_an_apposition_names_does_not_speak(nlp):
    text = "Poland, a neighbour of the Baltic states, said on Monday it would not recognise the referendum in Crimea."
    assert {actor for actor, _, _ in positions(extract_text(nlp, text, date(2014, 3, 17)))} == {"Poland"}


def test_a_table_rows_first_cell_names_whose_words_the_row_gives(nlp):
    text = (
        "Transnistria held a presidential election on Sunday.\n\n| Actor | Reaction |\n"
        '| Moldova | "The so-called elections have no legal value" - Bureau for Reintegration Policies |'
    )
    assert positions(extract_text(nlp, text, date(2021, 12, 13))) == {
        ("Moldova", "transnistria-2021-12-12-presidential", "reject")
    }


def test_who_a_phrase_names_before_a_colon_speaks_the_quotation_after_it(nlp):
    text = (
        'Abkhazia held a runoff on Saturday.\n\nZakharova: "We regard the elections as an important event."\n\n'
        'The reaction in Tbilisi was swift. Georgian Foreign Minister Maka Botchorishvili: "These so-called '
        'elections are illegitimate."'
    )
    assert ("Georgia", ("Maka Botchorishvili",)) in speakers_in(nlp, text, date(2025, 3, 3))


def test_an_assemblys_vote_counted_in_the_text_is_not_the_election(nlp):
    text = (
        "The UN General Assembly on Thursday adopted a resolution declaring the referendum held in Crimea on March 16 "
        'invalid, by a vote of 100 in favour to 11 against.\n\n"Today\'s vote shows that Russia is isolated," the '
        "Ukrainian foreign minister told reporters."
    )
    assert {actor for actor, _, _ in positions(extract_text(nlp, text, date(2014, 3, 27)))} == {"United Nations"}


def test_what_a_speaker_calls_a_resolution_on_the_vote_is_not_said_of_the_vote(nlp):
    text = (
        "The UN General Assembly adopted a resolution on the Crimea referendum of March 16.\n\nRussia's envoy Vitaly "
        "Churkin said the referendum had been a genuine expression of the will of the people and called the "
        'resolution "counterproductive".'
    )
    assert positions(extract_text(nlp, text, date(2014, 3, 27))) >= {
        ("Russia", "crimea-2014-03-16-referendum", "endorse")
    }
    assert ("Russia", "crimea-2014-03-16-referendum", "reject") not in positions(
        extract_text(nlp, text, date(2014, 3, 27))
    )


def test_words_that_only_say_when_a_vote_is_held_take_no_side(nlp):
    text = (
        "Russia announced on Tuesday that referendums on joining Russia would be held from September 23 to 27 in the "
        "Donetsk and Luhansk regions."
    )
    assert extract_text(nlp, text, date(2022, 9, 20)) == []


def test_words_that_say_how_a_vote_is_held_still_take_a_side(nlp):
    text = "Russia said on Tuesday that the referendums in the Donetsk and Luhansk regions would be free and fair."
    assert {polarity for _, _, polarity in positions(extract_text(nlp, text, date(2022, 9, 20)))} == {"endorse"}


def test_a_pages_address_with_the_day_in_its_path_dates_the_story():
    text = "Source: https://www.example.org/world/2019/06/10/lithuania-condemns-vote\nLithuania condemns vote\n\nText."
    assert stated_date(text) == date(2019, 6, 10)


def test_an_aside_in_brackets_with_words_of_its_own_is_not_the_clause_it_sits_in(nlp):
    text = (
        "Voting ended on Sunday in Russia's presidential election, which was also held in the occupied part of "
        'Ukraine\'s Kherson region (Kyiv has called the vote there "null and void").'
    )
    assert positions(extract_text(nlp, text, date(2024, 3, 17))) == {
        ("Ukraine", "kherson-2024-03-15-presidential", "reject")
    }


def test_a_states_security_council_is_the_states_not_the_uns(nlp):
    text = (
        "Russia-installed officials announced the results of the referendum in occupied Kherson on Wednesday.\n\n"
        'Russian Security Council deputy chairman Dmitry Medvedev said the results showed the "free will" of the '
        "residents."
    )
    assert positions(extract_text(nlp, text, date(2022, 9, 28))) == {
        ("Russia", "kherson-2022-09-23-referendum", "endorse")
    }


def test_a_day_in_the_week_after_a_known_vote_is_the_day_of_the_reaction_not_of_another_vote(nlp):
    text = "Ukraine condemned the referendum held in occupied Kherson on Wednesday, after Moscow announced its results."
    assert positions(extract_text(nlp, text, date(2022, 9, 28))) == {
        ("Ukraine", "kherson-2022-09-23-referendum", "reject")
    }


def test_a_place_with_letters_beyond_ascii_and_a_date_alone_on_a_line_date_the_story():
    assert stated_date("Moldova rejects vote\n\nChișinău, 30 November 2015\n\nThe Government ...") == date(2015, 11, 30)


def test_the_states_named_among_a_count_of_countries_are_who_spoke(nlp):
    text = (
        "More than 50 countries, among them Germany and Canada, signed a joint statement on Monday condemning "
        "Russia's holding of its presidential election in occupied Crimea."
    )
    assert positions(extract_text(nlp, text, date(2024, 3, 19))) == {
        ("Germany", "crimea-2024-03-15-presidential", "reject"),
        ("Canada", "crimea-2024-03-15-presidential", "reject"),
    }


def test_the_state_a_legislator_sits_for_is_not_a_country_speaking(nlp):
    text = (
        'U.S. senators call referendums in occupied Ukraine a "sham"\n\n'
        "U.S. Senator Jon Ossoff of Georgia called the referendums being staged by Russia in the occupied regions of "
        'Ukraine "a sham designed to justify an illegal land grab".'
    )
    assert {actor for actor, _, _ in positions(extract_text(nlp, text, date(2022, 9, 24)))} == {"United States"}


def test_a_line_pointing_to_another_story_is_not_this_storys_words(nlp):
    text = (
        "Georgia condemns vote in Abkhazia\n\nGeorgia on Sunday condemned the so-called parliamentary elections held "
        "in Abkhazia on Saturday.\n\nREAD MORE: Moldova rejects Transnistria's parliamentary elections\n\nThe ministry "
        "said the vote had no legal force."
    )
    assert {actor for actor, _, _ in positions(extract_text(nlp, text, date(2022, 3, 13)))} == {"Georgia"}


def test_the_day_someone_reacted_on_is_not_the_votes_day(nlp):
    text = "Ukraine on Wednesday denounced the elections to the People's Council of the so-called DPR as illegal."
    assert positions(extract_text(nlp, text, date(2020, 4, 15))) == {
        ("Ukraine", "donetsk-undated-unspecified", "reject")
    }


def test_verbs_and_nouns_of_disapproval_condemn_the_vote(nlp):
    found = [
        verdicts(
            extract_text(
                nlp, f"Russia held a presidential election in Crimea from March 15 to 17. {t}", date(2024, 3, 18)
            )
        )
        for t in (
            "Japan regrets the holding of the election in Crimea.",
            "Japan expressed regret over the election in Crimea.",
            "Japan voiced its opposition to the election in Crimea.",
            "Japan protested against the election in Crimea.",
        )
    ]
    assert found == [{("Japan", "reject", ("condemnation",))}] * 4


def test_regretting_the_criticism_of_a_vote_does_not_condemn_the_vote(nlp):
    text = (
        "Russia held a presidential election in Crimea from March 15 to 17. Lavrov regretted the Western criticism "
        "of the election in Crimea."
    )
    assert "reject" not in {polarity for _, _, polarity in positions(extract_text(nlp, text, date(2024, 3, 18)))}


def test_support_for_the_vote_recognises_it(nlp):
    text = (
        "Russia held a presidential election in Crimea from March 15 to 17. Syria expressed its support for the "
        "election in Crimea."
    )
    assert verdicts(extract_text(nlp, text, date(2024, 3, 18))) == {("Syria", "endorse", ("recognition",))}


def test_a_vote_said_to_have_been_held_is_not_only_a_notice_of_it(nlp):
    from loaders.judged import only_scheduled

    def scheduled(text: str, words: str) -> bool:
        doc = nlp(text)
        start = text.index(words)
        tokens = [t for t in doc if start <= t.idx < start + len(words)]
        return only_scheduled(tokens, {t.i for t in tokens if t.lower_ in ("referendum", "referendums")})

    assert scheduled("Russia said referendums would be held from September 23 to 27.", "referendums would be held")
    assert not scheduled("We have noted the referendum held in Crimea.", "the referendum held in Crimea")


def test_regretting_what_others_declared_about_a_vote_does_not_condemn_it(nlp):
    text = (
        "The Donetsk and Luhansk regions held elections on Sunday. Moscow regretted that Kiev had hastened to "
        "declare the elections illegitimate."
    )
    assert "condemnation" not in {
        s for _, _, _, stances, _ in extract_text(nlp, text, date(2018, 11, 12)) for s in stances
    }


def test_not_understanding_the_criticism_of_a_vote_defends_it(nlp):
    text = (
        "Crimea voted in Russia's State Duma election on Sunday.\n\nKremlin spokesman Dmitry Peskov said Moscow "
        '"does not understand" the criticism of the vote in Crimea.'
    )
    assert positions(extract_text(nlp, text, date(2016, 9, 19))) == {
        ("Russia", "crimea-2016-09-18-parliamentary", "endorse")
    }


def test_not_accepting_the_vote_still_rejects_it(nlp):
    text = (
        "Crimea voted in Russia's State Duma election on Sunday.\n\nUkraine said it does not accept the vote in Crimea."
    )
    assert positions(extract_text(nlp, text, date(2016, 9, 19))) == {
        ("Ukraine", "crimea-2016-09-18-parliamentary", "reject")
    }


def test_the_date_a_timelines_entry_opens_with_dates_the_votes_it_names(nlp):
    text = (
        "Timeline: the votes in eastern Ukraine\n\n"
        '- May 11, 2014: The separatists in Donetsk hold "referendums" on self-rule. Kiev calls them "a farce".\n\n'
        '- November 11, 2018: New "elections" follow in Donetsk. The EU says it will not recognise them.'
    )
    assert positions(extract_text(nlp, text, date(2019, 2, 20))) == {
        ("Ukraine", "donetsk-2014-05-11-referendum", "reject"),
        ("European Union", "donetsk-2018-11-11-general", "reject"),
    }
