"""The extraction where a statement's vote, speaker or stance comes from its context: votes held together in
several territories or as an election and a referendum, a sentence that says what the words answer, "its"
pointing back within the sentence, "X echoed the criticism", and words that praise or deny the vote.

Each text is written for these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

from loaders.article import Article
from loaders.html import html_to_text
from loaders.statements import extract

from .conftest import extract_text

DONBAS_2018 = ("donetsk-2018-11-11-general", "luhansk-2018-11-11-general")


def _positions(statements) -> set[tuple[str, str, str]]:
    return {(actor, key, polarity) for actor, key, polarity, _, _ in statements}


def test_a_bare_mention_after_a_list_of_regions_names_every_region(nlp):
    text = (
        "Separatists in the Donetsk and Luhansk regions held elections on 11 November 2018.\n\n"
        "Poland's foreign minister said the vote was a farce."
    )
    assert _positions(extract_text(nlp, text)) == {("Poland", key, "reject") for key in DONBAS_2018}


def test_a_share_of_the_vote_names_no_region(nlp):
    """'61 percent of the vote, ... in Luhansk' must not make Luhansk the place of every bare mention."""
    text = (
        "Separatists in the Donetsk and Luhansk regions held elections on 11 November 2018.\n\n"
        "Poland said the vote was a farce.\n\n"
        "One candidate took 61 percent of the vote while another won in Luhansk."
    )
    assert _positions(extract_text(nlp, text)) == {("Poland", key, "reject") for key in DONBAS_2018}


def test_plural_votes_name_an_election_and_a_referendum_held_the_same_day(nlp):
    text = (
        "South Ossetia held a presidential election and a referendum on its name on 9 April 2017.\n\n"
        "Latvia called the votes a provocation."
    )
    assert _positions(extract_text(nlp, text)) == {
        ("Latvia", "south-ossetia-2017-04-09-presidential", "reject"),
        ("Latvia", "south-ossetia-2017-04-09-referendum", "reject"),
    }


def test_words_naming_two_votes_once_each_are_about_both(nlp):
    text = (
        "Norway does not recognise the presidential election and the referendum held in South Ossetia "
        "on 9 April 2017, its foreign ministry said."
    )
    assert {key for _, key, _, _, _ in extract_text(nlp, text)} == {
        "south-ossetia-2017-04-09-presidential",
        "south-ossetia-2017-04-09-referendum",
    }


def test_recognising_the_results_in_an_article_about_votes_held_together(nlp):
    text = (
        "Referendums were held in Donetsk, Luhansk, Zaporizhzhia and Kherson on 23 September 2022.\n\n"
        "Kazakhstan will not recognise the results, a spokesman for its foreign ministry told reporters."
    )
    statements = extract_text(nlp, text)
    assert {s[1] for s in statements} == {
        f"{r}-2022-09-23-referendum" for r in ("donetsk", "luhansk", "zaporizhzhia", "kherson")
    }
    assert {(s[0], s[2]) for s in statements} == {("Kazakhstan", "reject")}


def test_the_sentence_says_what_the_words_answer(nlp):
    text = (
        "Abkhazia elected a president on 22 March 2020.\n\n"
        "Asked about the vote, India's foreign ministry spokesman said the dispute should be settled "
        "through dialogue."
    )
    assert extract_text(nlp, text) == [
        ("India", "abkhazia-2020-03-22-presidential", "neutral", ["call-for-peaceful-settlement"], "indirect")
    ]


def test_a_relative_clause_about_the_vote_does_not_make_the_words_about_it(nlp):
    text = (
        "Crimea held a referendum on 16 March 2014.\n\n"
        "Brazil, which abstained on a resolution on the vote, called for a political solution."
    )
    assert extract_text(nlp, text) == []


def test_the_integrity_of_all_states_is_a_principle_not_a_side(nlp):
    text = (
        "Crimea held a referendum on 16 March 2014.\n\n"
        "Asked about the referendum, India said the territorial integrity of all countries should be respected."
    )
    assert extract_text(nlp, text) == []


def test_its_points_back_to_the_actor_named_before_in_the_sentence(nlp):
    text = (
        "Russia's envoy said the referendum in Crimea on 16 March 2014 was legal.\n\n"
        "Armenia voted against the resolution, and its envoy said the referendum reflected the will of the people."
    )
    assert ("Armenia", "crimea-2014-03-16-referendum", "endorse") in _positions(extract_text(nlp, text))


def test_an_echo_of_the_criticism_takes_the_stance_just_reported(nlp):
    text = (
        "Finland said it does not recognise the presidential election held in Crimea on 18 March 2018.\n\n"
        "Sweden's foreign ministry echoed the criticism."
    )
    assert _positions(extract_text(nlp, text)) == {
        ("Finland", "crimea-2018-03-18-presidential", "reject"),
        ("Sweden", "crimea-2018-03-18-presidential", "reject"),
    }


def test_rejecting_the_criticism_is_not_rejecting_the_vote(nlp):
    text = "Russia rejected the criticism of the presidential election held in Crimea on 18 March 2018."
    assert [s[2] for s in extract_text(nlp, text)] == ["neutral"]


def test_praise_and_the_voters_will(nlp):
    published = date(2020, 10, 19)
    for text in (
        "Azerbaijan called the result of the presidential election in Northern Cyprus a great success.",
        "Azerbaijan said the presidential election in Northern Cyprus reflected the will of the people.",
        "Azerbaijan said voters had voted freely in the presidential election in Northern Cyprus.",
    ):
        assert _positions(extract_text(nlp, text, published)) == {
            ("Azerbaijan", "northern-cyprus-2020-10-11-presidential", "endorse")
        }, text


def test_denying_the_vote_is_legitimate(nlp):
    text = (
        "Greece does not regard the presidential election in Northern Cyprus on 11 October 2020 as a legitimate vote."
    )
    assert [(s[2], s[3]) for s in extract_text(nlp, text)] == [("reject", ["non-recognition"])]


def test_no_legal_value(nlp):
    text = "Moldova said the presidential election held in Transnistria on 11 December 2016 had no legal value."
    assert [s[3] for s in extract_text(nlp, text)] == [["non-recognition"]]


def test_a_speech_verb_negated_says_nothing(nlp):
    for text in (
        "The OSCE did not comment on the presidential election held in Transnistria on 11 December 2016.",
        "The OSCE declined to comment on the presidential election held in Transnistria on 11 December 2016.",
    ):
        assert extract_text(nlp, text) == [], text


def test_a_headline_clause_across_a_semicolon_is_not_the_reported_words(nlp):
    text = "Moscow hails the South Ossetia runoff on 8 May 2022; Tbilisi says the vote has no legal force"
    assert _positions(extract_text(nlp, text)) == {
        ("Russia", "south-ossetia-2022-04-10-presidential", "endorse"),
        ("Georgia", "south-ossetia-2022-04-10-presidential", "reject"),
    }


def test_an_indefinite_apposition_names_no_speaker(nlp):
    text = (
        "The government of Cyprus, a member of the European Union, said it does not recognise the presidential "
        "election held in Northern Cyprus on 11 October 2020."
    )
    assert {s[0] for s in extract_text(nlp, text)} == {"Cyprus"}


def test_the_aide_speaks_not_the_principal(nlp):
    text = (
        "German Chancellor Angela Merkel's spokesman, Steffen Seibert, said the elections held in the Donbas "
        "on 2 November 2014 were illegitimate."
    )
    [statement] = extract(Article("t.txt", text), nlp).statements[:1]
    assert statement.actor.name == "Germany" and statement.speaker.persons == ("Steffen Seibert",)


def test_a_bare_name_nobody_introduced_is_not_a_spokesman(nlp):
    text = (
        "Georgia said it does not recognise the presidential election held in South Ossetia on 10 April 2022.\n\n"
        "Gagloev, who has opposed a referendum on joining Russia, won the runoff."
    )
    assert {s[0] for s in extract_text(nlp, text)} == {"Georgia"}


def test_turkish_cypriot_names_the_territory_not_turkey(nlp):
    text = "Turkish Cypriot leader Ersin Tatar said the presidential election in the north of Cyprus was fair."
    assert all(s[0] != "Turkey" for s in extract_text(nlp, text, date(2020, 10, 19)))


def test_an_html_page_dates_its_article_from_its_metadata():
    page = (
        "<html><head><meta property='article:published_time' content='2024-06-10T09:00:00Z'></head>"
        "<body><article><p>Text.</p></article></body></html>"
    )
    assert html_to_text(page)[2] == date(2024, 6, 10)
    ld = '<html><head><script type=\'application/ld+json\'>{"datePublished": "2019-09-08"}</script></head></html>'
    assert html_to_text(ld + "<body><p>Text.</p></body>")[2] == date(2019, 9, 8)
    assert html_to_text("<html><body><p>No date.</p></body></html>")[2] is None


def test_a_welcome_development_and_an_expression_of_the_will(nlp):
    published = date(2015, 4, 27)
    for text in (
        "Cyprus said the presidential election in Northern Cyprus was a hopeful development.",
        "Belarus regarded the presidential election in Northern Cyprus as a free expression of the will of the people.",
    ):
        assert [s[2] for s in extract_text(nlp, text, published)] == ["endorse"], text


def test_whose_words_they_are_comes_from_the_clause_around_the_quotation(nlp):
    text = (
        "Kazakhstan said it respects the choice of the people in the referendum in Crimea on 16 March 2014.\n\n"
        'In Kiev, acting President Ivan Petrenko said Ukraine would "never recognise the referendum in Crimea".'
    )
    assert ("Ukraine", "crimea-2014-03-16-referendum", "reject") in _positions(extract_text(nlp, text))
    assert ("Kazakhstan", "crimea-2014-03-16-referendum", "reject") not in _positions(extract_text(nlp, text))


def test_the_person_a_statement_reports_is_its_speaker(nlp):
    text = (
        "French President Jean Dupont told his Russian counterpart that France would never recognise the "
        "referendum in Crimea on 16 March 2014, the Elysee Palace said."
    )
    statements = extract(Article("t.txt", text), nlp).statements
    assert statements and all(s.actor.name == "France" for s in statements)
    assert {s.speaker.persons for s in statements} == {("Jean Dupont",)}


def test_the_day_names_the_votes_when_the_nearest_place_does_not(nlp):
    text = (
        "Two years after Russia staged referendums in four Ukrainian regions on Sept. 23-27, 2022, and a decade "
        "after the March 16, 2014 referendum in Crimea, Ukraine's allies said on Monday they stood firm.\n\n"
        'Norway\'s foreign minister said: "None of these so-called referendums has any validity."'
    )
    assert {key for _, key, _, _, _ in extract_text(nlp, text, date(2024, 9, 30))} == {
        f"{r}-2022-09-23-referendum" for r in ("donetsk", "luhansk", "zaporizhzhia", "kherson")
    }


def test_the_other_places_of_a_known_vote_in_the_sentence_join_the_list(nlp):
    text = (
        "Estonia condemned the Russian presidential election that Moscow staged from March 15 to 17, 2024 in "
        "the parts of the Donetsk and Luhansk regions it occupies and in Crimea."
    )
    assert {key for _, key, _, _, _ in extract_text(nlp, text)} == {
        f"{r}-2024-03-15-presidential" for r in ("donetsk", "luhansk", "crimea")
    }


def test_an_institution_of_a_state_speaks_for_it(nlp):
    text = (
        "Moldova's Bureau for Reintegration said the so-called parliamentary elections held in the Transnistrian "
        "region on 29 November 2020 were illegitimate."
    )
    assert extract_text(nlp, text) == [
        ("Moldova", "transnistria-2020-11-29-parliamentary", "reject", ["non-recognition"], "indirect")
    ]


def test_a_title_the_model_takes_into_the_name_is_not_the_name(nlp):
    text = (
        "Azerbaijan condemned the presidential election held in Nagorno-Karabakh on 31 March 2020.\n\n"
        'Spokeswoman Leyla Abdullayeva said the vote was "a sham".'
    )
    persons = {s.speaker.persons for s in extract(Article("t.txt", text), nlp).statements if s.speaker.persons}
    assert persons == {("Leyla Abdullayeva",)}


def test_a_free_choice_is_recognition(nlp):
    text = "Russia said the residents made a free choice in the referendum held in Kherson on 23 September 2022."
    assert [(s[2], s[3]) for s in extract_text(nlp, text)] == [("endorse", ["recognition"])]


def test_a_clause_with_another_speaker_is_not_the_first_speakers_words(nlp):
    text = (
        "Moldova's government said the presidential election held in Transnistria on 11 December 2016 was "
        '"devoid of legitimacy", while Russia\'s foreign ministry said it would respect its outcome.'
    )
    assert _positions(extract_text(nlp, text)) == {
        ("Moldova", "transnistria-2016-12-11-presidential", "reject"),
        ("Russia", "transnistria-2016-12-11-presidential", "endorse"),
    }


def test_not_to_be_taken_seriously(nlp):
    text = "Germany said the referendums held in Donetsk and Luhansk on 11 May 2014 could not be taken seriously."
    assert {(s[0], s[2]) for s in extract_text(nlp, text)} == {("Germany", "reject")}


def test_a_passive_description_whose_agent_the_parse_misplaced(nlp):
    text = (
        'The referendum held in Kherson on 23 September 2022 was described as a "gross violation of international '
        "law\" by the Council of Europe's Committee of Ministers."
    )
    assert _positions(extract_text(nlp, text)) == {("Council of Europe", "kherson-2022-09-23-referendum", "reject")}


def test_a_resolution_speaks_for_who_adopted_it(nlp):
    text = (
        "The European Parliament adopted a resolution condemning the referendum held in Kherson on "
        '23 September 2022.\n\nThe resolution says the results are "null and void".'
    )
    statements = extract_text(nlp, text)
    assert {(s[0], s[2]) for s in statements} == {("European Union", "reject")}
    assert any("non-recognition" in s[3] for s in statements)


def test_a_round_up_labels_each_reaction_with_its_actor(nlp):
    text = (
        "Abkhazia held a presidential election on 15 February 2025. Here is how governments reacted.\n\n"
        'Georgia: The foreign ministry said the "so-called elections" were illegitimate.\n\n'
        "Russia: The foreign ministry said Moscow respected the choice of the people of Abkhazia."
    )
    assert _positions(extract_text(nlp, text)) == {
        ("Georgia", "abkhazia-2025-02-15-presidential", "reject"),
        ("Russia", "abkhazia-2025-02-15-presidential", "endorse"),
    }


def test_elections_do_not_name_a_referendum(nlp):
    text = (
        "Moldova condemned the so-called elections held in the occupied territories of Donetsk and Luhansk.\n\n"
        "Turnout was low."
    )
    keys = {key for _, key, _, _, _ in extract_text(nlp, text, date(2023, 9, 11))}
    assert keys and not any(key.endswith("-referendum") for key in keys), keys


def test_a_bare_vote_on_a_known_day_is_that_vote_only_where_the_sentence_points(nlp):
    """Votes were held in Ukraine's occupied regions on 8-10 September 2023, and in Nagorno-Karabakh on the 9th:
    the day alone does not make a vote in Ukraine the one in Karabakh."""
    text = (
        "Occupation authorities in four regions of Ukraine held local elections from Sept. 8 to 10, a vote Kyiv "
        "called a sham.\n\nUkraine's foreign ministry said the so-called elections were null and void."
    )
    keys = {key for _, key, _, _, _ in extract_text(nlp, text, date(2023, 9, 11))}
    assert keys and not any(key.startswith("nagorno-karabakh") for key in keys), keys


def test_an_illegal_annexation_is_not_an_illegal_vote(nlp):
    text = (
        "Ukraine condemned the constitutional vote held in Crimea on 1 July 2020.\n\n"
        "Turkey said it does not recognise the illegal annexation of Crimea."
    )
    assert {s[0] for s in extract_text(nlp, text)} == {"Ukraine"}


def test_declining_to_say_whether_one_recognises_is_no_recognition(nlp):
    text = (
        "Hungary's foreign minister declined to say whether Budapest would recognise the referendum held in "
        "Kherson on 23 September 2022."
    )
    assert all(s[2] != "endorse" for s in extract_text(nlp, text))


def test_a_live_blogs_time_stamped_labels(nlp):
    text = (
        "Referendums were held in Donetsk and Luhansk on 23 September 2022.\n\n"
        '09:40 GMT - Turkish Foreign Ministry: "We do not recognise these illegitimate referendums."\n\n'
        "11:02 GMT - Moldova says it firmly condemns the referendums."
    )
    statements = extract(Article("t.txt", text), nlp).statements
    assert {(s.actor.name, s.polarity) for s in statements} == {("Turkey", "reject"), ("Moldova", "reject")}
    assert all("GMT" not in " ".join(s.speaker.persons) for s in statements)


def test_a_clause_inside_the_subject_names_no_speaker(nlp):
    text = (
        "Ukraine on Thursday condemned Russia for holding its constitutional vote in Crimea on 1 July 2020, "
        "saying the results there were legally void."
    )
    assert {s[0] for s in extract_text(nlp, text)} == {"Ukraine"}


def test_the_dateline_says_whose_government_a_bare_government_is(nlp):
    text = (
        "NICOSIA, Oct 12 (Example Wire) - Government spokesman Andreas Pavlou said the presidential election in "
        "Northern Cyprus on 11 October 2020 was not a legitimate vote."
    )
    assert {(s[0], s[2]) for s in extract_text(nlp, text)} == {("Cyprus", "reject")}


def test_a_list_of_people_s_republics_and_regions_is_one_list(nlp):
    text = (
        "Belarus said the referendums in the Donetsk and Lugansk People's Republics and the Zaporozhye and Kherson "
        "regions on 23 September 2022 were legitimate."
    )
    assert {key for _, key, _, _, _ in extract_text(nlp, text)} == {
        f"{r}-2022-09-23-referendum" for r in ("donetsk", "luhansk", "zaporizhzhia", "kherson")
    }


def test_the_examples_of_those_who_did_not_recognise_the_vote(nlp):
    text = (
        "Ukraine thanked the partner states that did not recognise the elections held in Donetsk on "
        "11 November 2018, in particular Canada and Japan."
    )
    positions = _positions(extract_text(nlp, text))
    assert {("Canada", "donetsk-2018-11-11-general", "reject"), ("Japan", "donetsk-2018-11-11-general", "reject")} <= (
        positions
    )


def test_de_facto_authorities_and_their_capital_speak_for_no_actor(nlp):
    text = (
        "Abkhazia held parliamentary elections on 12 March 2022.\n\n"
        'The region\'s de facto leader said the vote had been "free and fair". Sukhumi thanked Moscow for its support.'
    )
    assert extract_text(nlp, text) == []


def test_a_spokesman_for_a_prime_minister_is_not_the_prime_minister(nlp):
    text = (
        "A spokesman for Prime Minister John Smith said Britain would not recognise the elections held in the "
        "Donbas on 2 November 2014."
    )
    statements = extract(Article("t.txt", text), nlp).statements
    assert statements and all(s.actor.name == "United Kingdom" and not s.speaker.persons for s in statements)


def test_a_joint_statement_speaks_for_all_who_issued_it(nlp):
    text = (
        "The foreign ministers of Estonia, Latvia and Lithuania issued a joint statement on the vote held in "
        'Abkhazia on 15 February 2025.\n\n"We do not recognise the so-called presidential election," the '
        "statement said."
    )
    assert {(s[0], s[2]) for s in extract_text(nlp, text)} == {
        ("Estonia", "reject"),
        ("Latvia", "reject"),
        ("Lithuania", "reject"),
    }


def test_the_vote_an_article_names_most_is_its_vote_despite_a_background_one(nlp):
    text = (
        "Azerbaijan condemned the presidential runoff held in Nagorno-Karabakh on 14 April 2020, the first vote "
        "under a constitution adopted in a referendum on 20 February 2017.\n\n"
        "The runoff was held despite the pandemic, and Azerbaijan called the election illegal.\n\n"
        "Armenia's prime minister congratulated the winner on his victory."
    )
    assert ("Armenia", "nagorno-karabakh-2020-03-31-general", "endorse") in _positions(extract_text(nlp, text))


def test_a_second_complement_joined_by_and_that_is_still_the_speakers(nlp):
    text = (
        "Poland's prime minister said the annexation of Crimea was unacceptable and that the world would never "
        "accept the result of the ballot held there on 16 March 2014."
    )
    assert [(s[0], s[2], s[3]) for s in extract_text(nlp, text)] == [("Poland", "reject", ["non-recognition"])]


def test_a_press_release_in_its_own_voice(nlp):
    text = (
        "Press Release Regarding the So-Called Presidential Election in Abkhazia\n\n"
        "We do not recognize the so-called presidential election held on 15 February 2025 in Abkhazia.\n\n"
        "Latvia will continue to support the sovereignty and territorial integrity of Georgia."
    )
    assert ("Latvia", "abkhazia-2025-02-15-presidential", "reject") in _positions(extract_text(nlp, text))


def test_in_accordance_with_local_legislation(nlp):
    text = (
        "According to the Russian foreign ministry, the presidential election held in Transnistria on "
        "12 December 2021 was held in accordance with local legislation."
    )
    assert {(s[0], s[2]) for s in extract_text(nlp, text)} == {("Russia", "endorse")}


def test_support_for_the_claimants_integrity_in_an_article_about_its_territorys_vote(nlp):
    text = (
        "Crimea held a referendum on joining Russia on 16 March 2014.\n\n"
        "China's foreign ministry spokesman urged restraint and said Beijing respected Ukraine's sovereignty and "
        "territorial integrity.\n\n"
        "On 2 March 2014, India said it respected the territorial integrity of Ukraine."
    )
    assert _positions(extract_text(nlp, text, date(2014, 3, 17))) == {
        ("China", "crimea-2014-03-16-referendum", "reject")
    }


def test_sharing_that_view(nlp):
    text = (
        "Norway said it does not recognise the presidential election held in Abkhazia on 25 August 2019.\n\n"
        "A State Department official said the United States shared that view."
    )
    assert {(s[0], s[2]) for s in extract_text(nlp, text)} == {("Norway", "reject"), ("United States", "reject")}


def test_an_attempt_to_legitimise_the_occupation(nlp):
    text = (
        "Ukraine's foreign ministry called the parliamentary elections held in South Ossetia on 9 June 2024 "
        '"another attempt by Moscow to legitimise the occupation of Georgian territories".'
    )
    assert [(s[0], s[2], s[3]) for s in extract_text(nlp, text)] == [("Ukraine", "reject", ["condemnation"])]
