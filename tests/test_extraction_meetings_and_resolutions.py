"""Who says what in the records of meetings and assemblies and in the ways agencies lay out and frame words: a
Security Council delegate who "said the principles must be respected, and called for a ceasefire", a briefing by a UN
under-secretary-general, a parliament's resolution whose paragraph "3. Calls on ..." the parse takes for a noun and
which "welcomes the statements of partners", a position "echoed by" others, quotations below "made the following
statement:", a quotation credited by the line under it, "As X put it", "In the words of X's statement", "assured
that", the head of a state's diplomacy; when a vote was (a sentence "On 12 November 2006, ...", a vote held the same
day as the one dated, the vote just held, not one named to liken); and what was said of it: "Russian lawmakers said it
had been free and fair", "came to the polls freely", "called the vote a show staged on occupied land", "cannot be
considered an expression of the will". Each text is written for these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text, positions, sides, speakers_in, verdicts

REFERENDUMS_2022 = (
    "The Security Council met as polling closed in the so-called referendums organised in the Donetsk, Luhansk, "
    "Zaporizhzhia and Kherson regions of Ukraine.\n\n"
)
SEPTEMBER_2022 = date(2022, 9, 28)


def test_a_call_joined_to_the_reported_clause_is_the_speakers_not_the_clause_subjects(nlp):
    text = REFERENDUMS_2022 + (
        "Kenya's delegate said the territorial integrity of Ukraine must be respected, and called for a ceasefire."
    )
    found = extract_text(nlp, text, SEPTEMBER_2022)
    assert {actor for actor, *_ in found} == {"Kenya"}


def test_a_un_under_secretary_general_speaks_for_the_united_nations(nlp):
    text = REFERENDUMS_2022 + (
        'Briefing the Council, Rosemary DiCarlo said: "Such unilateral actions cannot be regarded as legal under '
        'international law."'
    )
    assert speakers_in(nlp, text, SEPTEMBER_2022) == {("United Nations", ("Rosemary DiCarlo",))}


TSKHINVALI_2024 = "south-ossetia-2024-06-09-parliamentary"
JUNE_2024 = date(2024, 6, 14)
RESOLUTION = (
    "Resolution of the Parliament of Georgia on the so-called parliamentary elections in the occupied Tskhinvali "
    "region, held on 9 June 2024\n\nThe Parliament of Georgia,\n\n"
)


def test_a_resolutions_paragraph_opened_by_a_verb_parsed_as_a_noun_is_said_by_its_author(nlp):
    text = (
        RESOLUTION + "1. Calls on the international community not to recognise the results of the so-called elections;"
    )
    assert verdicts(extract_text(nlp, text, JUNE_2024)) == {("Georgia", "reject", ("non-recognition",))}


def test_welcoming_the_statements_of_partners_is_not_welcoming_the_vote(nlp):
    text = RESOLUTION + (
        "1. Condemns the so-called elections as a violation of international law;\n\n"
        "2. Welcomes the statements of partners who have declared that they will not recognise the so-called elections."
    )
    assert sides(extract_text(nlp, text, JUNE_2024)) == {("Georgia", TSKHINVALI_2024, "reject")}


def test_a_position_echoed_by_others_named_after_it_is_theirs_too(nlp):
    text = (
        "South Ossetia held so-called parliamentary elections on 9 June 2024.\n\n"
        "Georgia said on Monday that it would never recognise the vote, a position echoed by Latvia and Estonia."
    )
    found = extract_text(nlp, text, JUNE_2024)
    assert positions(found) == {(actor, TSKHINVALI_2024, "reject") for actor in ("Georgia", "Latvia", "Estonia")}
    assert {actor for actor, *_, mode in found if mode == "reported"} == {"Latvia", "Estonia"}


def test_similar_statements_that_came_from_others_are_theirs(nlp):
    text = (
        "South Ossetia held so-called parliamentary elections on 9 June 2024.\n\n"
        "Georgia's foreign ministry said the vote was illegitimate. Similar statements came from Lithuania and Poland."
    )
    found = extract_text(nlp, text, JUNE_2024)
    assert positions(found) == {(actor, TSKHINVALI_2024, "reject") for actor in ("Georgia", "Lithuania", "Poland")}


SOUTH_OSSETIA = "Eduard Kokoity led the breakaway region of South Ossetia from 2001 to 2011.\n\n"
NOVEMBER_2018 = date(2018, 11, 14)


def test_a_sentence_opened_by_a_day_of_a_past_year_dates_its_vote(nlp):
    text = SOUTH_OSSETIA + (
        "On 12 November 2006, the region voted in a referendum on independence. Russia's foreign ministry said the "
        "referendum was an expression of the will of the people."
    )
    assert positions(extract_text(nlp, text, NOVEMBER_2018)) == {
        ("Russia", "south-ossetia-2006-11-12-referendum", "endorse")
    }


def test_a_vote_of_another_kind_is_the_one_held_the_same_day_as_the_vote_dated(nlp):
    text = SOUTH_OSSETIA + (
        "His second term came on 12 November 2006, when the region also voted in a referendum on independence. The "
        "European Union said it would not recognise the referendum or the presidential election."
    )
    assert positions(extract_text(nlp, text, NOVEMBER_2018)) == {
        ("European Union", "south-ossetia-2006-11-12-referendum", "reject"),
        ("European Union", "south-ossetia-2006-11-12-presidential", "reject"),
    }


TIRASPOL_2025 = "The ruling party won Sunday's election to the Supreme Council of Transnistria.\n\n"
DECEMBER_2025 = date(2025, 12, 1)


def test_a_states_lawmakers_speak_for_it_and_it_is_the_vote_they_call_free_and_fair(nlp):
    text = TIRASPOL_2025 + "Belarusian lawmakers who watched the count said it had been free and fair."
    assert verdicts(extract_text(nlp, text, DECEMBER_2025)) == {("Belarus", "endorse", ("recognition",))}


def test_a_communitys_leaders_are_not_its_states_voice(nlp):
    text = (
        "Turkish Cypriots elected Tufan Erhurman as their leader on Sunday.\n\n"
        "Greek Cypriot leaders welcomed his election on Monday."
    )
    assert extract_text(nlp, text, date(2025, 10, 20)) == []


def test_voters_who_came_to_the_polls_freely_is_praise_of_the_vote(nlp):
    text = TIRASPOL_2025 + '"People came to the polls freely," a Russian foreign ministry spokesman said of the vote.'
    assert verdicts(extract_text(nlp, text, DECEMBER_2025)) == {("Russia", "endorse", ("recognition",))}


def test_a_vote_called_a_show_staged_on_occupied_land_is_condemned(nlp):
    text = (
        "The so-called presidential election in occupied Abkhazia went to a runoff on 1 March 2025.\n\n"
        'On Facebook, Georgia\'s foreign minister called the vote "a Russian show staged in Sokhumi".'
    )
    assert verdicts(extract_text(nlp, text, date(2025, 3, 2))) == {("Georgia", "reject", ("condemnation",))}


ABKHAZIA_2022 = "abkhazia-2022-03-12-parliamentary"
MARCH_2022 = date(2022, 3, 14)


def test_quotations_in_the_paragraphs_below_a_statement_announced_with_a_colon_are_its_authors(nlp):
    text = (
        "STRASBOURG - The Secretary General of the Council of Europe made the following statement today:\n\n"
        '"The so-called parliamentary elections held on 12 March in Abkhazia have no legitimacy.\n\n'
        '"I call on all sides to engage constructively in the Geneva International Discussions."'
    )
    assert verdicts(extract_text(nlp, text, MARCH_2022)) == {
        ("Council of Europe", "reject", ("non-recognition",)),
        ("Council of Europe", "neutral", ("call-for-peaceful-settlement",)),
    }


def test_a_vote_that_cannot_be_considered_an_expression_of_the_will_is_not_recognised(nlp):
    text = (
        "Abkhazia held so-called parliamentary elections on 12 March.\n\n"
        "Georgia's foreign minister said the exercise could not be considered an expression of the will of the people."
    )
    assert verdicts(extract_text(nlp, text, MARCH_2022)) == {("Georgia", "reject", ("non-recognition",))}


def test_the_story_is_of_the_vote_just_held_not_of_one_held_months_before(nlp):
    text = (
        "The parliament of Nagorno-Karabakh on Wednesday elected Bako Sahakyan to a new term as leader, an arrangement "
        "introduced by a constitutional referendum in February.\n\n"
        "Turkey said it would not recognise its outcome."
    )
    assert positions(extract_text(nlp, text, date(2017, 7, 20))) == {
        ("Turkey", "nagorno-karabakh-2017-07-19-presidential", "reject")
    }


def test_a_vote_named_to_liken_the_vote_to_it_is_not_the_one_spoken_of(nlp):
    text = (
        "The parliament of Nagorno-Karabakh elected Bako Sahakyan as the region's leader on July 19, 2017.\n\n"
        "Ukraine's Foreign Ministry said the vote had no legal force, comparing it to the votes Russia organised in "
        "Crimea."
    )
    assert positions(extract_text(nlp, text, date(2017, 7, 20))) == {
        ("Ukraine", "nagorno-karabakh-2017-07-19-presidential", "reject")
    }


CRIMEA_2014 = "Crimea held a referendum on joining Russia on March 16, 2014.\n\nWHAT THEY SAID\n\n"


def test_a_quotation_in_a_box_is_the_one_the_line_under_it_credits(nlp):
    text = CRIMEA_2014 + (
        '"A referendum held at the barrel of a gun is a mockery of democracy."\n\n'
        "— British Foreign Secretary William Hague, speaking in London\n\n"
        '"We regard the referendum as a free expression of the will of the people."\n\n'
        "— Kremlin statement after Putin's call with Obama"
    )
    assert speakers_in(nlp, text, date(2014, 3, 17)) == {("United Kingdom", ("William Hague",)), ("Russia", ())}


def test_a_foreign_ministrys_seat_stands_for_its_state(nlp):
    text = CRIMEA_2014.split("\n\n")[0] + "\n\nThe Itamaraty said the referendum was illegal."
    assert positions(extract_text(nlp, text, date(2014, 3, 17))) == {
        ("Brazil", "crimea-2014-03-16-referendum", "reject")
    }


TIRASPOL_2016 = (
    "CHISINAU - Vadim Krasnoselsky won Sunday's presidential election in the breakaway Transnistria region.\n\n"
)
TRANSNISTRIA_2016 = "transnistria-2016-12-11-presidential"


def test_as_one_put_it_gives_the_main_clause_to_the_one_who_put_it(nlp):
    text = TIRASPOL_2016 + "As Romania's foreign minister put it on Monday, the vote was illegitimate."
    assert extract_text(nlp, text, date(2016, 12, 13)) == [
        ("Romania", TRANSNISTRIA_2016, "reject", ["non-recognition"], "indirect")
    ]


def test_in_the_words_of_a_states_statement_the_state_speaks(nlp):
    text = TIRASPOL_2016 + "In the words of Ukraine's statement, the so-called election was a farce."
    assert positions(extract_text(nlp, text, date(2016, 12, 13))) == {("Ukraine", TRANSNISTRIA_2016, "reject")}


def test_a_prime_minister_of_those_years_speaks_for_his_state(nlp):
    text = TIRASPOL_2016 + 'Prime Minister Pavel Filip was cautious. The vote has "no legal value", he said.'
    assert speakers_in(nlp, text, date(2016, 12, 13)) == {("Moldova", ("Pavel Filip",))}


def test_the_head_of_a_states_diplomacy_who_assured_that_speaks_for_it(nlp):
    text = (
        "Russia held referendums in four occupied regions of Ukraine from 23 to 27 September 2022.\n\n"
        "The head of Italian diplomacy, Antonio Tajani, assured on Friday that Italy would not recognise "
        "the referendums."
    )
    assert speakers_in(nlp, text, date(2022, 9, 30)) == {("Italy", ("Antonio Tajani",))}


def test_an_as_clause_telling_what_happened_meanwhile_is_no_ones_framing_of_the_main_clause(nlp):
    text = (
        "Badra Gunba won the runoff in Abkhazia on 1 March 2025.\n\n"
        "Georgia denounced the runoff as a farce as Moscow congratulated the winner."
    )
    assert positions(extract_text(nlp, text, date(2025, 3, 2))) == {
        ("Georgia", "abkhazia-2025-02-15-presidential", "reject"),
        ("Russia", "abkhazia-2025-02-15-presidential", "endorse"),
    }
