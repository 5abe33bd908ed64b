"""Forms met in rounds 126-130's articles and the 33rd to 35th sets of probes: a live blog's entries, opened by a
time of day ("14:05 - Romania's foreign ministry has weighed in. In a short post it reaffirmed ...") and written by a
newsroom that says "we" ("Our correspondent in Tiraspol reports ...", "We will update this page"), which is no actor's
voice; a table of reactions in tab-separated rows ("Serbia<tab>Will not recognise the results<tab>President X, 29
Sept") under a title dated as a page ("updated 3 October 2022"); "only dialogue can bring a settlement"; a resolution's
text as its author's words ("The text condemns ..."); what "it" and "the vote" stand for after an assembly adopted a
resolution by a count of votes ("Tbilisi welcomes it", "welcomed the vote": the resolution, the assembly's vote); an
object moved after the judgement of it ('rejected as "absurd" Western statements that ...'); a vote said to show a
people's commitment to democracy; the mediators' "usual formula", and a statement issued before a colon; a post's
label with a role before its author's name ("Czech Foreign Minister Jan Lipavsky (@JanLipavsky):") or a body's
account; "voting there had been calm"; "a change of the status quo by force". Each text is written for these tests;
each test is one behaviour; the guards pass on the code before them and fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text, sides, speakers_in, verdicts, words_in

TRANSNISTRIA_2025 = "transnistria-2025-11-30-parliamentary"
TRANSNISTRIA_VOTED = "Transnistria elected a new Supreme Council on Sunday.\n\n"
TRANSNISTRIA_PUBLISHED = date(2025, 12, 1)
ABKHAZIA_2025 = "abkhazia-2025-02-15-presidential"
ABKHAZIA_VOTED = "Badra Gunba won the presidential runoff in Abkhazia on Saturday. "
ABKHAZIA_PUBLISHED = date(2025, 3, 13)
CRIMEA_2014 = "crimea-2014-03-16-referendum"
CRIMEA_PUBLISHED = date(2014, 3, 28)
KARABAKH_2020 = "nagorno-karabakh-2020-03-31-general"
KARABAKH_VOTED = "Nagorno-Karabakh voted for a president and a parliament on Tuesday. "
KARABAKH_PUBLISHED = date(2020, 4, 2)


def test_a_newsrooms_we_makes_no_actors_voice(nlp):
    text = (
        TRANSNISTRIA_VOTED + "The Russian Foreign Ministry said that Russia would respect the outcome.\n\n"
        "Our correspondent in Tiraspol reports long queues at a handful of polling stations. "
        "Most residents we spoke to said they did not expect change.\n\n"
        "We will update this page as reactions come in."
    )
    assert words_in(nlp, text, TRANSNISTRIA_PUBLISHED) == [("Russia", "that Russia would respect the outcome")]


def test_guard_a_press_release_that_says_we_is_still_its_actors_voice(nlp):
    text = (
        "Press release on the so-called parliamentary elections in the Transnistrian region of Moldova\n\n"
        "We do not recognise the so-called elections held on 30 November. "
        "Romania will continue to support the sovereignty and territorial integrity of the Republic of Moldova."
    )
    assert ("Romania", TRANSNISTRIA_2025, "reject") in sides(extract_text(nlp, text, TRANSNISTRIA_PUBLISHED))


def test_an_actor_that_weighed_in_is_the_it_that_speaks_next(nlp):
    text = (
        TRANSNISTRIA_VOTED + "10:47 - Russian Foreign Ministry spokeswoman Maria Zakharova said the vote "
        "was an expression of the will of the people.\n\n"
        "14:05 - Romania's foreign ministry has weighed in. In a short post it reaffirmed Romania's support for "
        "the territorial integrity of the Republic of Moldova."
    )
    assert sides(extract_text(nlp, text, TRANSNISTRIA_PUBLISHED)) == {
        ("Russia", TRANSNISTRIA_2025, "endorse"),
        ("Romania", TRANSNISTRIA_2025, "reject"),
    }


def test_a_live_blogs_time_of_day_is_no_part_of_the_speaker(nlp):
    from loaders.article import Article
    from loaders.statements import extract

    text = (
        TRANSNISTRIA_VOTED + "15:20 GMT - An EU spokesperson said the bloc does not recognise the so-called "
        "parliamentary elections in the Transnistrian region."
    )
    (statement,) = extract(Article("t.txt", text, published=TRANSNISTRIA_PUBLISHED), nlp).statements
    assert statement.actor.name == "European Union"
    assert statement.speaker.role == "EU spokesperson"


def test_only_dialogue_can_bring_a_settlement_calls_for_one(nlp):
    text = TRANSNISTRIA_VOTED + "The OSCE said after the vote that only dialogue can bring a lasting settlement."
    assert verdicts(extract_text(nlp, text, TRANSNISTRIA_PUBLISHED)) == {
        ("Organization for Security and Co-operation in Europe", "neutral", ("call-for-peaceful-settlement",))
    }


def test_the_only_way_forward_being_talks_calls_for_them(nlp):
    text = (
        "Ersin Tatar won the Turkish Cypriot leadership runoff on Sunday. Athens said the only way forward was a "
        "return to UN-led talks on a bizonal, bicommunal federation."
    )
    assert verdicts(extract_text(nlp, text, date(2020, 10, 19))) == {
        ("Greece", "neutral", ("call-for-peaceful-settlement",))
    }


def test_guard_the_only_path_to_peace_being_a_demand_is_no_call_for_talks(nlp):
    text = (
        "South Ossetia held a presidential election on Sunday. The only path to peace is the de-occupation of "
        "Georgian territory, Tbilisi said, calling the vote illegal."
    )
    assert verdicts(extract_text(nlp, text, date(2017, 4, 10))) == {("Georgia", "reject", ("non-recognition",))}


def test_guard_only_a_state_can_bring_is_no_call_for_talks(nlp):
    text = TRANSNISTRIA_VOTED + "The OSCE said after the vote that only Russia can bring the region into its fold."
    assert extract_text(nlp, text, TRANSNISTRIA_PUBLISHED) == []


def test_a_resolutions_text_speaks_for_its_author(nlp):
    text = (
        "The European Parliament on Thursday adopted a resolution on the presidential election in Abkhazia. "
        "The text condemns the holding of so-called presidential elections in the Russian-occupied Georgian "
        "region of Abkhazia."
    )
    assert sides(extract_text(nlp, text, ABKHAZIA_PUBLISHED)) == {("European Union", ABKHAZIA_2025, "reject")}


def test_welcoming_it_after_a_resolution_on_the_vote_welcomes_the_resolution(nlp):
    text = "European Parliament adopts resolution on Abkhazia vote; Tbilisi welcomes it\n\n" + ABKHAZIA_VOTED
    assert ("Georgia", ABKHAZIA_2025, "endorse") not in sides(extract_text(nlp, text, ABKHAZIA_PUBLISHED))


def test_guard_welcoming_it_after_the_vote_welcomes_the_vote(nlp):
    text = "Abkhazia held a presidential runoff on Saturday. Russia welcomed it."
    assert sides(extract_text(nlp, text, ABKHAZIA_PUBLISHED)) == {("Russia", ABKHAZIA_2025, "endorse")}


def test_the_vote_after_an_assemblys_count_is_the_assemblys(nlp):
    text = (
        "The UN General Assembly on Thursday declared the Crimea referendum invalid in a resolution adopted by "
        "100 votes to 11. Ukraine welcomed the vote."
    )
    assert sides(extract_text(nlp, text, CRIMEA_PUBLISHED)) == {("United Nations", CRIMEA_2014, "reject")}


def test_guard_the_vote_in_a_territory_after_a_count_is_still_that_vote(nlp):
    text = (
        "The UN General Assembly on Thursday adopted a resolution by 100 votes to 11. "
        "Russia praised the vote in Crimea as free and fair."
    )
    assert sides(extract_text(nlp, text, CRIMEA_PUBLISHED)) == {("Russia", CRIMEA_2014, "endorse")}


def test_guard_a_day_before_in_favour_of_is_no_count(nlp):
    text = (
        "Residents of Transnistria voted overwhelmingly on September 17 in favour of independence from Moldova. "
        "Moldova said the vote had no legal force."
    )
    assert sides(extract_text(nlp, text, date(2006, 9, 18))) == {
        ("Moldova", "transnistria-2006-09-17-referendum", "reject")
    }


def test_a_vote_said_to_show_the_peoples_commitment_to_democracy_is_praised(nlp):
    text = (
        KARABAKH_VOTED + "Foreign Minister Zohrab Mnatsakanyan said the elections showed the commitment of the "
        "people of Artsakh to democracy."
    )
    assert sides(extract_text(nlp, text, KARABAKH_PUBLISHED)) == {("Armenia", KARABAKH_2020, "endorse")}


def test_guard_a_vote_said_to_show_anger_is_not_praised(nlp):
    text = KARABAKH_VOTED + "Foreign Minister Zohrab Mnatsakanyan said the elections showed the anger of the people."
    assert sides(extract_text(nlp, text, KARABAKH_PUBLISHED)) == {("Armenia", KARABAKH_2020, "neutral")}


def test_the_mediators_usual_formula_is_their_words(nlp):
    text = (
        KARABAKH_VOTED + "Azerbaijan's foreign ministry called the vote a provocation.\n\n"
        "The co-chairs of the OSCE Minsk Group issued their usual formula: they "
        '"do not recognize Nagorno-Karabakh as an independent and sovereign state" and the vote does not '
        '"prejudge the final status" of the region.'
    )
    assert speakers_in(nlp, text, KARABAKH_PUBLISHED) >= {("OSCE Minsk Group", ())}
    assert ("OSCE Minsk Group", KARABAKH_2020, "reject") in sides(extract_text(nlp, text, KARABAKH_PUBLISHED))


REFERENDUMS_2022 = [f"{t}-2022-09-23-referendum" for t in ("donetsk", "luhansk", "zaporizhzhia", "kherson")]
REFERENDUMS_STAGED = (
    "Russia staged referendums in four occupied regions of Ukraine last week.\n\nCountry\tReaction\tSource\n"
)
REFERENDUMS_PUBLISHED = date(2022, 10, 3)


def test_a_tab_separated_rows_reaction_is_its_first_cells_actors(nlp):
    text = REFERENDUMS_STAGED + "Lithuania\tThe referendums are null and void\tForeign Ministry, 28 Sept"
    assert sides(extract_text(nlp, text, REFERENDUMS_PUBLISHED)) == {
        ("Lithuania", key, "reject") for key in REFERENDUMS_2022
    }
    # (its words end with their cell: the source's cell says who, and when)
    assert {words for _, words in words_in(nlp, text, REFERENDUMS_PUBLISHED)} == {"The referendums are null and void"}


def test_a_rows_source_cell_names_its_speaker(nlp):
    text = REFERENDUMS_STAGED + "Serbia\tWill not recognise the results\tPresident Aleksandar Vucic, 29 Sept"
    assert speakers_in(nlp, text, REFERENDUMS_PUBLISHED) == {("Serbia", ("Aleksandar Vucic",))}


def test_a_pages_date_in_its_title_is_not_its_votes(nlp):
    text = (
        'Who said what about the "referendums" in occupied Ukraine (updated 3 October 2022)\n\n'
        "Russia staged the votes from 23 to 27 September in the occupied parts of the Donetsk, Luhansk, "
        "Zaporizhzhia and Kherson regions. Ukraine said the referendums were null and void."
    )
    assert sides(extract_text(nlp, text, REFERENDUMS_PUBLISHED)) == {
        ("Ukraine", key, "reject") for key in REFERENDUMS_2022
    }


def test_rejecting_as_absurd_statements_that_refuse_recognition_defends_the_vote(nlp):
    text = (
        "Putin won the presidential election in Crimea on Sunday. The Russian Foreign Ministry has rejected as "
        '"absurd" Western statements that refuse to recognise the results of the election in Crimea.'
    )
    assert sides(extract_text(nlp, text, date(2018, 3, 19))) == {
        ("Russia", "crimea-2018-03-18-presidential", "endorse")
    }


def test_dismissing_as_baseless_the_criticism_defends_the_vote(nlp):
    text = (
        "Ersin Tatar won the Turkish Cypriot presidential runoff on Sunday. Ankara dismissed as baseless the "
        "criticism of the election by Greek Cypriot leaders."
    )
    assert sides(extract_text(nlp, text, date(2020, 10, 19))) == {
        ("Turkey", "northern-cyprus-2020-10-11-presidential", "endorse")
    }


def test_guard_rejecting_as_illegal_the_vote_rejects_it(nlp):
    text = (
        "Putin won the presidential election in Crimea on Sunday. Ukraine rejected as illegal the election in Crimea."
    )
    assert sides(extract_text(nlp, text, date(2018, 3, 19))) == {
        ("Ukraine", "crimea-2018-03-18-presidential", "reject")
    }


def test_criticising_the_vote_after_an_assemblys_count_criticises_the_assemblys(nlp):
    text = (
        "The UN General Assembly adopted a resolution on the Crimea referendum by 100 votes to 11. "
        "Russia criticised the vote, saying the resolution was counterproductive."
    )
    assert ("Russia", CRIMEA_2014, "reject") not in sides(extract_text(nlp, text, CRIMEA_PUBLISHED))


OCCUPIED_2024 = [f"{t}-2024-03-15-presidential" for t in ("crimea", "donetsk", "luhansk", "zaporizhzhia", "kherson")]
OCCUPIED_VOTED = (
    "Russia held its presidential election from March 15 to 17, also in the occupied territories of Ukraine.\n\n"
)
OCCUPIED_PUBLISHED = date(2024, 3, 18)


def test_a_posts_label_with_a_role_before_the_name_names_the_person(nlp):
    text = (
        OCCUPIED_VOTED + "Czech Foreign Minister Jan Lipavsky (@JanLipavsky):\n"
        '"Holding elections in occupied Ukrainian territories is illegal. We do not recognise their results."'
    )
    assert speakers_in(nlp, text, OCCUPIED_PUBLISHED) == {("Czechia", ("Jan Lipavsky",))}


def test_a_bodys_account_posts_for_its_actor(nlp):
    text = (
        OCCUPIED_VOTED + "Ukraine's Ministry of Foreign Affairs (@MFA_Ukraine):\n"
        '"The so-called elections on the temporarily occupied territories are null and void."'
    )
    assert speakers_in(nlp, text, OCCUPIED_PUBLISHED) == {("Ukraine", ())}


def test_voting_there_said_to_be_calm_is_praised(nlp):
    text = (
        "Russia held a presidential election from March 15 to 17, including in occupied Crimea. "
        "Foreign Ministry spokeswoman Maria Zakharova told state media that voting there had been calm."
    )
    assert sides(extract_text(nlp, text, OCCUPIED_PUBLISHED)) == {("Russia", OCCUPIED_2024[0], "endorse")}


def test_a_statement_issued_before_a_colon_says_the_clause_after_it(nlp):
    text = (
        "South Ossetia held a presidential election on Sunday. Georgia's foreign ministry issued its usual "
        "statement: the vote was illegitimate."
    )
    assert words_in(nlp, text, date(2011, 11, 14)) == [("Georgia", "the vote was illegitimate")]


def test_guard_a_statement_issued_on_the_vote_speaks_later(nlp):
    text = (
        "South Ossetia held a presidential election on Sunday. Georgia's foreign ministry issued a statement on the "
        "vote. It said the vote was illegitimate."
    )
    assert words_in(nlp, text, date(2011, 11, 14)) == [("Georgia", "the vote was illegitimate")]


def test_never_accepting_a_change_of_the_status_quo_by_force_rejects_the_votes(nlp):
    text = (
        "Russia began referendums in four occupied regions of Ukraine on Friday. Japan's chief cabinet secretary "
        "said Tokyo would never accept what he called a change of the status quo by force."
    )
    assert sides(extract_text(nlp, text, date(2022, 9, 24))) == {("Japan", key, "reject") for key in REFERENDUMS_2022}


def test_guard_accepting_no_change_in_sanctions_says_nothing_of_the_votes(nlp):
    text = (
        "Russia began referendums in four occupied regions of Ukraine on Friday. Japan said it would accept no "
        "change in its sanctions."
    )
    assert extract_text(nlp, text, date(2022, 9, 24)) == []
