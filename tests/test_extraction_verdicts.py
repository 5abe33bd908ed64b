"""Verdicts on a vote worded as a denial or an absence, as long wire stories give them: nobody will recognise it,
it was not an election one recognised, it had nothing to do with the will of the people, observers found no
violations, it is not conducive to a settlement, a fait accompli one will never accept. Each text is written for
these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text, positions, verdicts

KARABAKH_1996 = "nagorno-karabakh-1996-11-24-presidential"
ABKHAZIA_2012 = "abkhazia-2012-03-10-parliamentary"


def test_nobody_recognising_the_vote_is_non_recognition(nlp):
    text = (
        "Robert Kocharian was elected president of Nagorno-Karabakh on November 24, 1996. "
        '"No one in the world will recognize this so-called president," Azerbaijani President Heydar Aliyev said.'
    )
    assert verdicts(extract_text(nlp, text)) == {("Azerbaijan", "reject", ("non-recognition",))}


def test_not_an_election_ones_government_recognised_is_non_recognition(nlp):
    text = (
        "Turkish Cypriots elected a new parliament on Sunday, April 19, 2009. Cyprus President Demetris Christofias "
        "said the vote in the north was not an election his government recognized."
    )
    assert verdicts(extract_text(nlp, text)) == {("Cyprus", "reject", ("non-recognition",))}


def test_nothing_to_do_with_the_will_of_the_people_is_non_recognition(nlp):
    text = (
        "Abkhazia held parliamentary elections on March 10, 2012. Georgian Reintegration Minister Eka "
        'Tkeshelashvili said the vote had "nothing to do with the will of the population".'
    )
    assert verdicts(extract_text(nlp, text)) == {("Georgia", "reject", ("non-recognition",))}


def test_observers_who_found_no_violations_approve_of_the_vote(nlp):
    text = (
        "Abkhazia held parliamentary elections on March 10, 2012. A group of observers from the Commonwealth of "
        "Independent States said they had registered no serious violations."
    )
    assert positions(extract_text(nlp, text)) == {("Commonwealth of Independent States", ABKHAZIA_2012, "endorse")}


def test_a_vote_not_conducive_to_a_settlement_is_condemned(nlp):
    text = (
        "Robert Kocharian was elected president of Nagorno-Karabakh on November 24, 1996. The Russian Foreign "
        'Ministry said the vote was "not conducive" to a settlement.'
    )
    assert verdicts(extract_text(nlp, text)) == {("Russia", "reject", ("condemnation",))}


def test_a_fait_accompli_never_accepted_is_non_recognition(nlp):
    text = (
        "Robert Kocharian was elected president of Nagorno-Karabakh on November 24, 1996. The Turkish Foreign "
        'Ministry said Ankara "will never accept a fait accompli achieved through the occupation of Azerbaijani '
        'lands."'
    )
    assert verdicts(extract_text(nlp, text)) == {("Turkey", "reject", ("non-recognition",))}


def test_a_vote_that_cannot_prejudge_the_determination_of_the_status(nlp):
    text = (
        "Robert Kocharian was elected president of Nagorno-Karabakh on November 24, 1996. The OSCE said the "
        'results "cannot in any way prejudge the determination of the future status of Nagorno-Karabakh."'
    )
    statements = extract_text(nlp, text)
    assert verdicts(statements) == {
        ("Organization for Security and Co-operation in Europe", "reject", ("non-recognition",))
    }


def test_an_electoral_exercise_is_a_vote(nlp):
    text = (
        "Transnistria elected its Supreme Council on November 30, 2025. Romania's Ministry of Foreign Affairs said "
        'Bucharest "does not recognize the electoral exercise" in the Transnistrian region.'
    )
    statements = extract_text(nlp, text, published=date(2025, 12, 1))
    assert verdicts(statements) == {("Romania", "reject", ("non-recognition",))}


def test_non_recognition_voiced_is_non_recognition_but_not_of_an_annexation(nlp):
    text = (
        "Nagorno-Karabakh held a constitutional referendum on February 20, 2017. Georgia also voiced its "
        "non-recognition of the vote. The EU said it remained committed to its policy of non-recognition of the "
        "annexation of Crimea."
    )
    assert verdicts(extract_text(nlp, text)) == {("Georgia", "reject", ("non-recognition",))}


def test_praising_the_turnout_praises_the_vote(nlp):
    text = (
        "Russia held local elections in the occupied parts of Donetsk on September 10, 2023. Moscow praised the "
        "turnout."
    )
    assert verdicts(extract_text(nlp, text, published=date(2023, 9, 11))) == {("Russia", "endorse", ("recognition",))}


def test_an_abstention_that_did_not_mean_acceptance_of_the_vote(nlp):
    text = (
        "Russia held referendums in the occupied Donetsk region on September 23-27, 2022. The representative of "
        "Brazil said his country's abstention did not mean acceptance of the referendums."
    )
    statements = extract_text(nlp, text, published=date(2022, 9, 30))
    assert verdicts(statements) == {("Brazil", "reject", ("non-recognition",))}
