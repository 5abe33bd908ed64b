"""Forms met in rounds 227-250's articles: "the three ministers said" after a statement they made together (each
minister speaks); an official no list knows after a sentence whose subject is a state ("Hungary ... struck a different
tone. Foreign Minister X told"); a clause set off by "as" in which another subject takes a stance, inside a speaker's
words, or "after" one before them; "the Bureau for Reintegration" after others spoke; what follows the colon of "said
its position was unchanged: ..."; a written answer "Answered by: Lord X of Y"; a bare "the vote" after one held "in the
occupied territories of Ukraine, including Crimea"; "not in a position to recognise"; a vote that "did not violate" or
was "not in contradiction with" an agreement; voters who "turned out in large numbers, showing their trust"; a vote
called "a crime"; "respects the decision of the people of Crimea"; "an example of the realisation of the right of
peoples to self-determination"; "with the foreign ministry saying"; a post's handle with who it is in brackets; the
region's "electoral authorities"; a quotation telling what another actor has done; a wire dateline with a country and
an agency; and a vote "called" a farce (a name, not a call). Each text is written for these tests; each test is one
behaviour; the guards pass on the code before them and fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from loaders.article import Article
from loaders.dates import stated_date
from loaders.statements import extract

from .conftest import extract_text, speakers_in, stances_of, words_in

DONBAS_2022 = (
    "Russia held so-called referendums in the occupied Donetsk, Luhansk, Zaporizhzhia and Kherson regions of Ukraine "
    "from 23 to 27 September 2022.\n"
)
CRIMEA_2014 = "Crimea voted in a referendum on joining Russia on 16 March 2014.\n"
DONBAS_2018 = "Separatists in Donetsk and Luhansk held elections on 11 November 2018.\n"
DONBAS_2014 = "Separatists held leadership elections in Donetsk and Luhansk on 2 November 2014.\n"
TRANSNISTRIA_2006 = "Igor Smirnov was re-elected in Transnistria's presidential election on 10 December 2006.\n"
CYPRUS_2020 = "Ersin Tatar won the Turkish Cypriot leadership runoff on 18 October 2020.\n"
ABKHAZIA_2020 = "Aslan Bzhania won Abkhazia's presidential election on 22 March 2020.\n"
OCCUPIED_2024 = "Russia held a presidential election from 15 to 17 March 2024.\n"


def _keys(nlp, text: str, published: date, actor: str) -> set[str]:
    return {key for who, key, *_ in extract_text(nlp, text, published) if who == actor}


def test_the_three_ministers_are_those_who_spoke_together(nlp):
    text = DONBAS_2022 + (
        "The foreign ministers of France, Germany and Poland, Catherine Colonna, Annalena Baerbock and Zbigniew Rau, "
        'condemned the votes.\n\n"These sham referendums are null and void. We will never recognise the attempted '
        'annexation," the three ministers said in a joint declaration.'
    )
    statements = extract(Article("t.txt", text, published=date(2022, 9, 28)), nlp).statements
    quoted = {(s.actor.name, s.speaker.persons) for s in statements if "null and void" in text[slice(*s.words)]}
    assert {("France", ("Catherine Colonna",)), ("Poland", ("Zbigniew Rau",))} <= quoted


def test_several_ministers_are_nobody_in_particular(nlp):
    # the guard: a quantifier points back to no one
    text = DONBAS_2022 + (
        "The foreign ministers of France and Germany condemned the votes.\n\n"
        'Several ministers said: "These sham referendums are null and void."'
    )
    assert not [w for w in words_in(nlp, text, date(2022, 9, 28)) if "null and void" in w[1] and w[0] == "Poland"]


def test_an_unlisted_minister_after_a_state_subject_is_that_states(nlp):
    text = DONBAS_2022 + (
        "The German foreign minister, Annalena Baerbock, condemned the sham referendums.\n\n"
        "Hungary, which has resisted some sanctions, struck a different tone. Foreign Minister Peter Szijjarto told "
        'reporters that the votes "do not bring peace any closer" and called for peace talks.'
    )
    assert "call-for-peaceful-settlement" in stances_of(nlp, text, date(2022, 9, 28), "Hungary")
    assert "call-for-peaceful-settlement" not in stances_of(nlp, text, date(2022, 9, 28), "Germany")


def test_a_listed_minister_after_another_states_sentence_keeps_the_office_the_list_gives(nlp):
    # the guard: the sentence before is a guess, which a listed official overrides
    text = DONBAS_2022 + (
        "Hungary, which has resisted some sanctions, struck a different tone. Foreign Minister Annalena Baerbock told "
        "reporters that the votes were null and void."
    )
    assert "non-recognition" in stances_of(nlp, text, date(2022, 9, 28), "Germany")
    assert "non-recognition" not in stances_of(nlp, text, date(2022, 9, 28), "Hungary")


def test_a_stance_another_subject_takes_in_an_as_clause_is_not_the_speakers(nlp):
    text = TRANSNISTRIA_2006 + (
        'Moldova\'s government said the vote had "no legal effect whatsoever", as Russia praised the way the '
        "election was organised."
    )
    assert stances_of(nlp, text, date(2006, 12, 12), "Moldova") == {"non-recognition"}


def test_the_speakers_own_reason_in_an_as_clause_stays_theirs(nlp):
    # the guard: "as it does not recognise ..." is the speaker's own clause
    text = CRIMEA_2014 + (
        'Turkey said it did not recognise the referendum, as it "does not recognise the illegal annexation of Crimea".'
    )
    assert any("illegal annexation" in w for who, w in words_in(nlp, text, date(2014, 3, 18)) if who == "Turkey")


def test_a_clause_of_another_subject_before_that_is_not_what_was_said(nlp):
    text = TRANSNISTRIA_2006 + (
        "The Ministry of Reintegration said, after Russia welcomed the result, that the vote had no legal value."
    )
    assert "non-recognition" in stances_of(nlp, text, date(2006, 12, 12), "Moldova")


def test_a_reintegration_bureau_is_the_claimants_after_others_spoke(nlp):
    text = TRANSNISTRIA_2006 + (
        'Russia said the vote was "calm and orderly".\n\nThe Bureau for Reintegration Policies said the so-called '
        "elections were not recognised."
    )
    assert "non-recognition" in stances_of(nlp, text, date(2006, 12, 12), "Moldova")
    assert "non-recognition" not in stances_of(nlp, text, date(2006, 12, 12), "Russia")


def test_what_follows_a_colon_is_what_the_position_is(nlp):
    text = CYPRUS_2020 + (
        "Asked about the vote, a spokeswoman for the Greek foreign ministry said Athens's position was unchanged: a "
        "settlement must be found within the framework of the relevant U.N. Security Council resolutions."
    )
    assert "call-for-peaceful-settlement" in stances_of(nlp, text, date(2020, 10, 19), "Greece")


WRITTEN_ANSWER = (
    "Abkhazia: Elections\n\nQuestion for Foreign and Commonwealth Office\n\nAsked by: Lord Hylton\n\n"
    "To ask Her Majesty's Government what assessment they have made of the elections held in Abkhazia on 22 March "
    "2020.\n\nAnswered on: 30 March 2020\nAnswered by: Lord Ahmad of Wimbledon\n\n"
    "The UK does not recognise the so-called presidential election held in Abkhazia on 22 March 2020."
)


def test_a_written_answer_on_a_line_of_its_own_names_who_answers(nlp):
    assert ("United Kingdom", ("Lord Ahmad of Wimbledon",)) in speakers_in(nlp, WRITTEN_ANSWER, date(2020, 3, 30))


def test_who_asks_a_written_question_does_not_answer_it(nlp):
    # the guard: the asker's name is no speaker
    assert not any("Lord Hylton" in persons for _, persons in speakers_in(nlp, WRITTEN_ANSWER, date(2020, 3, 30)))


def test_the_vote_after_one_in_all_the_occupied_territories_is_that_vote(nlp):
    text = (
        "Strasbourg, 18.03.2024 - Council of Europe Secretary General Marija Pejcinovic Buric made the following "
        'statement:\n\n"The holding of the Russian presidential election in the occupied territories of Ukraine, '
        'including Crimea, is another flagrant violation of international law."\n\nThe President of the '
        "Parliamentary Assembly, Theodoros Rousopoulos, also condemned the vote."
    )
    statements = extract(Article("t.txt", text, published=date(2024, 3, 18)), nlp).statements
    condemned = {s.election.key for s in statements if "Theodoros Rousopoulos" in s.speaker.persons}
    assert len(condemned) == 5


def test_the_vote_after_one_in_places_unnamed_stays_in_the_place_named(nlp):
    # the guard: "the vote in the parts of its territory occupied by Russia" names no place; Crimea is the one named
    text = (
        "Western governments dismissed the re-election of Vladimir Putin, while Ukraine condemned the holding of the "
        "vote in the parts of its territory occupied by Russia.\n\n"
        'German Chancellor Olaf Scholz said the vote was "neither free nor fair".\n\n'
        "Ukraine's Foreign Ministry said the so-called elections held in the occupied territories of Ukraine, "
        "including Crimea, were null and void."
    )
    assert len(_keys(nlp, text, date(2024, 3, 18), "Germany")) <= 1


def test_not_in_a_position_to_recognise_is_a_refusal(nlp):
    text = DONBAS_2018 + 'The United Nations said it was "not in a position to recognise" the elections.'
    assert stances_of(nlp, text, date(2018, 11, 20), "United Nations") == {"non-recognition"}


def test_a_vote_that_did_not_violate_an_agreement_is_defended(nlp):
    text = DONBAS_2018 + "Russia's envoy said the elections did not violate the Minsk agreements."
    assert stances_of(nlp, text, date(2018, 11, 20), "Russia") == {"recognition"}


def test_a_vote_that_did_not_only_violate_an_agreement_is_condemned(nlp):
    # the guard: "not only" negates nothing
    text = DONBAS_2018 + "Ukraine's envoy said the elections did not only violate the Minsk agreements but the law."
    assert stances_of(nlp, text, date(2018, 11, 20), "Ukraine") == {"condemnation"}


def test_in_contradiction_with_an_agreement_condemns_and_not_in_it_defends(nlp):
    text = DONBAS_2018 + (
        "Kyiv said the votes were in contradiction with the Minsk agreements. Moscow said the votes were not in "
        "contradiction with the Minsk agreements."
    )
    assert stances_of(nlp, text, date(2018, 11, 20), "Ukraine") == {"condemnation"}
    assert stances_of(nlp, text, date(2018, 11, 20), "Russia") == {"recognition"}


def test_voters_turning_out_in_numbers_to_show_trust_praise_the_vote(nlp):
    text = DONBAS_2014 + (
        "Voters turned out in huge numbers, the Russian foreign ministry said, demonstrating their support for the new "
        "authorities."
    )
    assert "recognition" in stances_of(nlp, text, date(2014, 11, 4), "Russia")


def test_voters_turning_out_in_few_numbers_praise_nothing(nlp):
    # the guard: only a high turnout shows anything
    text = DONBAS_2014 + (
        "Few voters turned out, the Ukrainian foreign ministry said, demonstrating their distrust of the organisers."
    )
    assert "recognition" not in stances_of(nlp, text, date(2014, 11, 4), "Ukraine")


def test_a_vote_called_a_crime_is_condemned(nlp):
    text = ABKHAZIA_2020 + "Georgia's foreign ministry said the so-called elections were a crime against the state."
    assert "condemnation" in stances_of(nlp, text, date(2020, 3, 23), "Georgia")


def test_respecting_the_decision_of_a_territorys_people_endorses_its_vote(nlp):
    text = CRIMEA_2014 + 'Afghanistan said it "respects the decision of the people of Crimea".'
    assert stances_of(nlp, text, date(2014, 3, 20), "Afghanistan") == {"recognition"}


def test_respecting_the_choice_of_a_states_own_people_endorses_nothing(nlp):
    # the guard: a state's people choose in its own vote, not the territory's
    text = CRIMEA_2014 + "Moscow said it respected the choice of the Russian people."
    assert "recognition" not in stances_of(nlp, text, date(2014, 3, 20), "Russia")


def test_an_example_of_the_realisation_of_self_determination_endorses_the_vote(nlp):
    text = CRIMEA_2014 + (
        "Armenia's president described the vote as another example of the realisation of the right of peoples to "
        "self-determination."
    )
    assert "recognition" in stances_of(nlp, text, date(2014, 3, 20), "Armenia")


def test_the_foreign_ministry_saying_is_the_body_of_the_sentences_subject(nlp):
    text = CRIMEA_2014 + (
        "Japan condemned the vote.\n\nKazakhstan chose its words carefully, with the foreign ministry saying it "
        '"treats with understanding" the decision of the residents of Crimea.'
    )
    assert "recognition" in stances_of(nlp, text, date(2014, 3, 20), "Kazakhstan")
    assert "recognition" not in stances_of(nlp, text, date(2014, 3, 20), "Japan")


def test_the_foreign_ministry_in_a_capital_is_that_capitals(nlp):
    # the guard: a clause set in a capital is that state's, whatever the subject before it
    text = CRIMEA_2014 + (
        "Japan condemned the vote, while in Astana the foreign ministry said it respected the decision of the people "
        "of Crimea."
    )
    assert "recognition" in stances_of(nlp, text, date(2014, 3, 20), "Kazakhstan")


def test_a_posts_handle_with_who_it_is_in_brackets_labels_the_quotation(nlp):
    text = ABKHAZIA_2020 + (
        '\n@kelly_degnan (U.S. Ambassador to Georgia Kelly Degnan): "The U.S. position is clear: we do not recognize '
        'the so-called elections in Abkhazia."'
    )
    assert ("United States", ("Kelly Degnan",)) in speakers_in(nlp, text, date(2020, 3, 23))


def test_a_territorys_electoral_authorities_speak_for_no_state(nlp):
    text = (
        "Aslan Bzhania was declared the winner of the snap presidential vote in Abkhazia on 22 March 2020, according "
        "to the region's electoral authorities."
    )
    assert not extract_text(nlp, text, date(2020, 3, 23))


def test_a_quotation_telling_what_another_actor_has_done_is_the_speakers(nlp):
    text = CRIMEA_2014 + (
        '"This is a sad moment," U.S. Ambassador Samantha Power told the council. "Russia has used its veto to protect '
        'an illegal referendum. The United States will not recognise its results."'
    )
    assert "non-recognition" in stances_of(nlp, text, date(2014, 3, 15), "United States")
    assert "non-recognition" not in stances_of(nlp, text, date(2014, 3, 15), "Russia")


def test_a_wire_dateline_with_a_country_and_an_agency_dates_the_story():
    lead = "DONETSK, Ukraine (AP) - Nov. 3, 2014 - Pro-Russian separatist leaders in eastern Ukraine claimed victories."
    assert stated_date("Title\n\n" + lead) == date(2014, 11, 3)


def test_a_dateline_without_a_date_dates_nothing():
    # the guard: a place, a country and an agency are no date
    lead = "SIMFEROPOL, Ukraine (AP) - Crimea's leaders declared on Monday that voters had backed joining Russia."
    assert stated_date("Title\n\n" + lead) is None


def test_a_vote_called_a_farce_beside_a_peace_deal_is_no_call(nlp):
    text = DONBAS_2014 + (
        "Ukraine's president called Sunday's votes in the Donetsk and Luhansk regions \"a farce at gunpoint\" and "
        "said they violated the Minsk peace deal."
    )
    assert "call-for-peaceful-settlement" not in stances_of(nlp, text, date(2014, 11, 3), "Ukraine")


def test_a_call_for_a_return_to_a_peace_deal_is_a_call(nlp):
    # the guard: "called for" still calls
    text = DONBAS_2014 + "Ukraine's president condemned the votes and called for a return to the Minsk peace deal."
    assert "call-for-peaceful-settlement" in stances_of(nlp, text, date(2014, 11, 3), "Ukraine")
