"""The extraction reading greetings sent to a vote's winner: a message of congratulations, a congratulatory
telegram, a message wishing the winner success; and the greetings sent to a head of state re-elected across his
country, which are no word on the vote held in an occupied territory. Each text is written for these tests; each
test is one behaviour.
"""

from __future__ import annotations

from loaders.article import Article
from loaders.statements import extract

from .conftest import extract_text, positions, speakers_of

ABKHAZIA_2020 = "abkhazia-2020-03-22-presidential"
WON = "Aslan Bzhania won the presidential election held in Abkhazia on 22 March 2020.\n\n"


def test_a_message_of_congratulations_sent_to_the_winner_endorses_the_vote(nlp):
    text = WON + "Nicaragua's President Daniel Ortega sent a message of congratulations to Sukhum."
    assert positions(extract_text(nlp, text)) == {("Nicaragua", ABKHAZIA_2020, "endorse")}
    statements = extract(Article("t.txt", text), nlp).statements
    assert speakers_of(statements) == {("Nicaragua", ("Daniel Ortega",))}
    assert text[statements[0].words[0] :].startswith("sent a message of congratulations")


def test_a_congratulatory_telegram_endorses_the_vote(nlp):
    text = WON + "Venezuela's President Nicolas Maduro sent Bzhania a congratulatory telegram."
    assert positions(extract_text(nlp, text)) == {("Venezuela", ABKHAZIA_2020, "endorse")}


def test_a_message_wishing_the_winner_success_endorses_the_vote(nlp):
    text = WON + "Syria's President Bashar al-Assad also sent a message wishing him success."
    assert positions(extract_text(nlp, text)) == {("Syria", ABKHAZIA_2020, "endorse")}


def test_observers_sent_are_no_greeting(nlp):
    text = WON + "Nicaragua sent two observers to Sukhum."
    assert extract_text(nlp, text) == []


def test_greetings_to_a_head_of_state_re_elected_are_no_word_on_the_vote_in_crimea(nlp):
    text = (
        "Vladimir Putin won Russia's presidential election, which was also held in Crimea on 18 March 2018.\n\n"
        "Several leaders congratulated Putin on his re-election. Kazakhstan's President Nursultan Nazarbayev sent "
        "a message of congratulations, and Belarus's Alexander Lukashenko sent a message wishing him success."
    )
    assert extract_text(nlp, text) == []
