"""Forms met in rounds 1254 and after, most of them stories with no date of their own (as pages scraped of their
headers are): a winner "re-elected" or in a "third term" (not his first win); a candidate's backer named as the
"outgoing leader"; officials who date a vote the winners named do not; a runoff of the vote before; the three days of
Russia's votes; a month recalled for the vote itself; a referendum a decree sets for a day to come; "That September"
after a year; "A decade ago today"; a round-up's paragraph labelled by its place; the headlines under a "Related"
heading; "The Parliamentary Assembly" of a resolution that names the Council of Europe; "the Minsk peace agreements";
a negation "or" shares; "neither necessary nor helpful"; "without congratulating"; "voter participation"; "it" for the
vote the paragraph named before; "statements about non-recognition"; "regarded Karabakh as part of Azerbaijan"; a
speaker the parse joined to an object; "in occupied territories". Each text is written for these tests; each test is
one behaviour; the lines marked (guard) held on the code before them and fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from loaders.dates import find_dates
from loaders.mention_years import adjacent_years, sentence_year
from loaders.text import normalise
from loaders.vote_year import vote_year

from .conftest import extract_text, positions, sides, speakers_in, stances_of

P24 = [f"{t}-2024-03-15-presidential" for t in ("crimea", "donetsk", "luhansk", "zaporizhzhia", "kherson")]


def test_a_winner_re_elected_is_not_at_his_first_win():
    text = (
        "Vadim Krasnoselsky has been re-elected as leader of Transnistria. The region broke away after a war in 1992."
    )
    assert vote_year(text) == 2021
    assert vote_year(text.replace("has been re-elected", "has been elected")) == 2016  # (guard)
    third = "Igor Smirnov won a third term as leader of Transnistria in Sunday's vote. Moldova said it was illegal."
    assert vote_year(third) == 2001


def test_a_re_elected_state_president_is_read_by_the_list_alone():
    # (guard: Putin's first win the list knows in Crimea, 2018, was his re-election, no territory leader's count)
    text = "Vladimir Putin was re-elected with 92 percent in Crimea in March. Kyiv did not recognise the vote."
    assert vote_year(text) in (2018, 2024)
    assert vote_year(text + " Ukraine's foreign minister Pavlo Klimkin called it a farce.") == 2018


def test_an_outgoing_leader_is_no_winner_and_officials_date_the_vote():
    text = (
        "Georgia's President Mikheil Saakashvili called Sunday's presidential election in Abkhazia illegitimate. The "
        "vote turned into a dispute between Sergei Bagapsh and Raul Khadzhimba, backed by outgoing leader Vladislav "
        "Ardzinba."
    )
    assert vote_year(text) == 2004


def test_a_runoff_of_the_vote_before_does_not_make_this_one_a_runoff(nlp):
    text = (
        "Aslan Bzhania won Sunday's snap presidential election in Abkhazia. The vote was called after Raul Khajimba, "
        "who had been declared the winner of a runoff in September, resigned. Georgia said the so-called elections "
        "were illegitimate."
    )
    keys = {key for _, key, _ in positions(extract_text(nlp, text))}
    assert keys == {"abkhazia-2020-03-22-presidential"}


def test_a_three_day_vote_ended_on_sunday_is_one_that_opened_on_friday():
    text = (
        "Dmytro Kuleba said the so-called elections to the State Duma in occupied Crimea were null and void, after "
        "the three-day vote ended on Sunday."
    )
    assert vote_year(text) == 2021
    assert vote_year(text.replace("the three-day vote ended", "the vote ended")) != 2021  # (guard)


def test_officials_date_a_vote_the_month_it_was_held_in_recalls(nlp):
    text = (
        "The EU on Monday imposed sanctions on those who organised Russia's presidential election in the occupied "
        'regions of Ukraine in March. "The UK will not recognise these sham elections," Foreign Secretary David '
        "Cameron said."
    )
    keys = {key for actor, key, _ in positions(extract_text(nlp, text)) if actor == "United Kingdom"}
    assert keys == set(P24)


def test_a_party_led_by_a_later_leader_does_not_date_its_parliament():
    text = (
        "The National Unity Party (UBP) led by Dervis Eroglu won Sunday's parliamentary election in northern Cyprus, "
        "defeating the party of President Mehmet Ali Talat. The Cyprus government said the vote had no legal standing."
    )
    assert vote_year(text) == 2009


def test_a_referendum_a_decree_sets_for_a_day_to_come(nlp):
    text = (
        "TBILISI, May 14 (Reuters) - The leader of South Ossetia, Anatoly Bibilov, signed a decree to hold a "
        "referendum on joining Russia on July 17. Georgia said the referendum would be unacceptable. Bibilov lost a "
        "presidential election last week to Alan Gagloev."
    )
    keys = {key for actor, key, _ in positions(extract_text(nlp, text)) if actor == "Georgia"}
    assert keys == {"south-ossetia-2022-07-17-referendum"}


def test_that_september_is_in_the_year_the_sentence_before_named():
    text = "The contrast with 2006 is instructive. That September Transnistria held a referendum."
    assert sentence_year(text, text.index("That"), len(text)) == 2006
    text = "The contrast is instructive. That September Transnistria held a referendum."
    assert sentence_year(text, text.index("That"), len(text)) is None  # (guard)


def test_a_pronoun_takes_the_vote_the_paragraph_named_before(nlp):
    text = (
        "Transnistria elected its Supreme Council on 30 November 2025. The EU said it did not recognise the vote.\n\n"
        "The contrast with 2006 is instructive. That September Transnistria held a referendum on independence. The EU "
        "and the United States refused to recognise it."
    )
    found = positions(extract_text(nlp, text, date(2025, 12, 4)))
    assert ("United States", "transnistria-2006-09-17-referendum", "reject") in found
    assert ("United States", "transnistria-2025-11-30-parliamentary", "reject") not in found


def test_a_decade_ago_today(nlp):
    text = (
        "A decade ago today, Crimeans voted in a referendum. The UN General Assembly declared the referendum invalid."
    )
    assert date(2014, 3, 16) in {d.value for d in find_dates(text, date(2024, 3, 16))}
    keys = {key for _, key, _ in positions(extract_text(nlp, text, date(2024, 3, 16)))}
    assert keys == {"crimea-2014-03-16-referendum"}


def test_a_round_ups_paragraph_is_of_the_place_its_label_names(nlp):
    text = (
        "2019 in review: votes in occupied territories\n\n"
        "September: Crimea. Elections to the State Council were held on 8 September. Ukraine called them illegal.\n\n"
        "August-September: Abkhazia. Raul Khajimba narrowly won a runoff on 8 September. The US State Department said "
        "it did not recognize the legitimacy of the vote.\n\n"
        "Crimea's vote, in Ukraine's words, was another step of the annexation of Crimea."
    )
    found = positions(extract_text(nlp, text, date(2019, 12, 30)))
    assert ("United States", "abkhazia-2019-08-25-presidential", "reject") in found
    assert ("United States", "crimea-2019-09-08-parliamentary", "reject") not in found


def test_the_headlines_under_a_related_heading_are_blanked():
    text = 'Text.\n\nRelated\n\nSouth Ossetia sets date of "parliamentary elections"\nKremlin welcomes the vote\n\nEnd.'
    assert "Kremlin" not in normalise(text) and "South Ossetia" not in normalise(text)
    kept = "Text.\n\nRelated talks continue.\n\nKremlin welcomes the vote."
    assert "Kremlin welcomes" in normalise(kept)  # (guard: a sentence, not a heading)


def test_the_parliamentary_assembly_of_a_resolution_naming_the_council_of_europe(nlp):
    text = (
        "Resolution 2463 (2022)\n\nParliamentary Assembly\n\n1. The Parliamentary Assembly strongly condemns the "
        "so-called referendums organised in the Kherson region of Ukraine.\n\n2. It calls on all member States of the "
        "Council of Europe not to recognise their outcome."
    )
    assert {actor for actor, _, _ in positions(extract_text(nlp, text, date(2022, 10, 13)))} == {"Council of Europe"}
    osce = text.replace("member States of the Council of Europe", "participating States of the OSCE")
    assert "Council of Europe" not in {actor for actor, _, _ in positions(extract_text(nlp, osce, date(2022, 10, 13)))}


def test_the_minsk_peace_agreements_are_no_word_of_belarus(nlp):
    text = (
        "Germany and France said the elections in Donetsk were illegal and would undermine the Minsk peace "
        'agreements. "We will not recognise these so-called elections," the two ministers said.'
    )
    assert "Belarus" not in {actor for actor, _, _ in positions(extract_text(nlp, text, date(2018, 11, 12)))}


def test_a_negation_an_or_joins_to_two_verbs_negates_both(nlp):
    text = "Transnistria held a referendum on Sunday. The OSCE said the organisation would not monitor or recognise it."
    assert sides(extract_text(nlp, text, date(2006, 9, 18))) == {
        ("Organization for Security and Co-operation in Europe", "transnistria-2006-09-17-referendum", "reject")
    }
    text = "Transnistria held a referendum on Sunday. Moscow said it would monitor it and recognise it."
    assert "recognition" in stances_of(nlp, text, date(2006, 9, 18), "Russia")  # (guard: "and", no negation)


def test_neither_necessary_nor_helpful_is_a_reproach(nlp):
    text = 'Transnistria held a referendum on Sunday. The OSCE said the referendum was "neither necessary nor helpful".'
    found = stances_of(nlp, text, date(2006, 9, 18), "Organization for Security and Co-operation in Europe")
    assert "condemnation" in found and "recognition" not in found


def test_looking_forward_to_talks_without_congratulating_the_winner(nlp):
    text = (
        "Tufan Erhurman won the Turkish Cypriot leadership election on Sunday. The European Commission said it looked "
        'forward to "the swift resumption of UN-led settlement talks", without congratulating the winner.'
    )
    assert sides(extract_text(nlp, text, date(2025, 10, 20))) == {
        ("European Union", "northern-cyprus-2025-10-19-presidential", "neutral")
    }


def test_welcoming_the_voter_participation_praises_the_vote(nlp):
    text = (
        'Nagorno-Karabakh held general elections on March 31. Armenia welcomed "the high level of voter participation".'
    )
    assert "recognition" in stances_of(nlp, text, date(2020, 4, 1), "Armenia")
    text = "Nagorno-Karabakh held general elections on March 31. Armenia welcomed Russia's participation in the talks."
    assert "recognition" not in stances_of(nlp, text, date(2020, 4, 1), "Armenia")  # (guard)


def test_statements_about_non_recognition_are_others_words(nlp):
    text = (
        "Crimea voted in Russia's presidential election on Sunday. Maria Zakharova said the residents of Crimea voted "
        'freely. "The Western statements about non-recognition have no meaning for them," she said.'
    )
    assert sides(extract_text(nlp, text, date(2018, 3, 19))) == {
        ("Russia", "crimea-2018-03-18-presidential", "endorse")
    }


def test_regarding_the_territory_as_part_of_the_claimant(nlp):
    text = (
        "Nagorno-Karabakh's parliament elected Samvel Shahramanyan as president on Saturday. The Kremlin said it "
        "regarded Karabakh as part of Azerbaijan."
    )
    assert stances_of(nlp, text, date(2023, 9, 10), "Russia") == {"support-territorial-integrity"}


def test_a_speaker_the_parse_joined_to_the_object_before(nlp):
    text = (
        "Alan Gagloev won the runoff in South Ossetia on May 8. The European Union said it did not recognize the "
        '"constitutional and legal framework" of the elections, and the U.S. Embassy in Tbilisi said Washington "will '
        'not recognize the results."'
    )
    assert ("United States", "south-ossetia-2022-04-10-presidential", "reject") in positions(
        extract_text(nlp, text, date(2022, 5, 9))
    )
    text = (
        "South Ossetia held a runoff on May 8. The Rada adopted an appeal to organizations and parliaments urging them "
        "not to recognize the results."
    )
    assert speakers_in(nlp, text, date(2022, 5, 9)) <= {("Ukraine", ())}  # (guard: "urging", no clause of its own)


def test_the_vote_in_occupied_territories_is_in_all_of_them(nlp):
    text = (
        "Crimea is voting in Russia's presidential election this weekend. Ukraine's foreign ministry called the vote "
        'in occupied territories "a crime".'
    )
    keys = {key for actor, key, _ in positions(extract_text(nlp, text, date(2024, 3, 16))) if actor == "Ukraine"}
    assert keys == set(P24)
    text = text.replace("the vote in occupied territories", "the vote in occupied Crimea")
    keys = {key for actor, key, _ in positions(extract_text(nlp, text, date(2024, 3, 16))) if actor == "Ukraine"}
    assert keys == {"crimea-2024-03-15-presidential"}  # (guard)


def test_elected_a_new_parliament_is_a_parliamentary_vote():
    text = (
        "Voters in Abkhazia elected a new parliament on Sunday, with candidates loyal to the region's leader Sergei "
        "Bagapsh winning most seats. State Department spokesman Sean McCormack said the United States did not "
        "recognise the elections."
    )
    assert vote_year(text) == 2007
    leader = "The parliament of Abkhazia elected a new leader on Sunday. Georgia said the vote was illegitimate."
    assert vote_year(leader) != 2007  # (guard: a leader elected, no parliament)


def test_a_year_before_and_belongs_to_the_vote_before_it():
    text = "local elections in September 2023 and the presidential election of March 2024, which Kyiv called a sham"
    start = text.index("presidential")
    assert adjacent_years(text, start, start + len("presidential election")) == [2024]
    text = "the 2023 presidential election"  # (guard: the year before its own vote)
    assert adjacent_years(text, 9, len(text)) == [2023]


def test_the_vote_in_a_story_of_many_years_is_its_paragraphs(nlp):
    text = (
        "Badra Gunba won the runoff of Abkhazia's presidential election on 1 March 2025. Georgia called the "
        "presidential election illegitimate.\n\n"
        "The first test came in December 2009, when Sergei Bagapsh was re-elected in Abkhazia. Georgia called the "
        'vote "a mockery of democracy".\n\n'
        "In April 2017 Anatoly Bibilov was elected in South Ossetia. In March 2020 Aslan Bzhania was elected in "
        "Abkhazia."
    )
    found = positions(extract_text(nlp, text, date(2025, 3, 2)))
    assert ("Georgia", "abkhazia-2009-12-12-presidential", "reject") in found
    assert ("Georgia", "abkhazia-2025-02-15-presidential", "reject") in found
    few = text.split("In April")[0]  # (guard: a story of two votes, whose "the vote" is the one it is about)
    assert ("Georgia", "abkhazia-2009-12-12-presidential", "reject") not in positions(
        extract_text(nlp, few, date(2025, 3, 2))
    )


def test_no_referendum_held_there_can_have_any_legal_effect(nlp):
    text = (
        "Nagorno-Karabakh held a constitutional referendum on 10 December 2006.\n\nBaku said no referendum held in "
        "the occupied territories could have any legal effect."
    )
    assert stances_of(nlp, text, date(2006, 12, 13), "Azerbaijan") == {"non-recognition"}


def test_measures_called_illegal_are_no_word_on_the_vote(nlp):
    text = (
        "The EU imposed sanctions on the organisers of Russia's presidential election in occupied Crimea. Russia's "
        'foreign ministry called the measures "illegal".'
    )
    assert ("Russia", "crimea-2024-03-15-presidential", "reject") not in positions(
        extract_text(nlp, text, date(2024, 5, 27))
    )
    text = text.replace('called the measures "illegal"', 'called the vote "illegal"')  # (guard)
    assert ("Russia", "crimea-2024-03-15-presidential", "reject") in positions(
        extract_text(nlp, text, date(2024, 5, 27))
    )


def test_protesting_against_the_participation_in_the_vote(nlp):
    text = (
        "Russia held State Duma elections on 17-19 September 2021. Ukraine's foreign ministry protested against the "
        "participation in the vote of residents of the occupied parts of the Donetsk region."
    )
    assert "condemnation" in stances_of(nlp, text, date(2021, 9, 20), "Ukraine")


def test_a_runoff_the_rival_quit_is_no_second_round():
    text = (
        "Rauf Denktash was declared the winner of the Turkish Cypriot leadership election after his rival in the "
        "runoff, Prime Minister Dervis Eroglu, withdrew. He had won 43.7 percent in the first round on April 15. "
        "Turkish Prime Minister Bulent Ecevit congratulated him."
    )
    assert vote_year(text) == 2000
    held = text.replace("after his rival in the runoff, Prime Minister Dervis Eroglu, withdrew", "in a runoff")
    assert vote_year(held.replace("Bulent Ecevit", "Tansu Ciller")) == 1995  # (guard: a runoff held)
