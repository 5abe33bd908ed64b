"""Forms met in rounds 367 and after: congratulations offered ("Moscow offered its congratulations") and success
wished however the parse reads the quotation ('wished Gunba "every success"'); a vote named by who won it ("When X
won the presidency in 2014, ... called that vote illegitimate"); criticism said to change nothing; "the Secretariat"
of the organisation that speaks; "the local authorities" of the territory; a press conference's answers when no one
names who gives them; two asides framing one clause ('For Moscow, the vote was "...," as the Russian foreign ministry
put it'); a territory recognised as a state, which is no vote recognised; the vote's organisers held accountable;
"according to Kyiv" in a participle; an act spoken of with a dummy "it" ("finds it easy to criticise"); an opinion
piece's last line as its voice; a passive's agent the parse cut up ("co-chairs"); sanctions asked on those elected;
congratulations announced before the names of those who sent them ("Congratulations came quickly. X called him ...");
a paragraph that says an actor said nothing, which keeps the reactions going; a participle the parse hung on the
reported clause ('X said the elections "change nothing", adding that ...'). Each text is written for these tests;
each test is one behaviour; the guards pass on the code before them and fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text, positions, speakers_in, stances_of, words_in

ABKHAZIA_2025 = "Badra Gunba was declared the winner of the presidential election in Abkhazia on Sunday.\n\n"
CRIMEA_2020 = "Russia held a nationwide vote on constitutional amendments, including in Crimea, on 1 July 2020.\n\n"
KARABAKH_2023 = "The so-called presidential election was staged in Karabakh on 9 September 2023.\n\n"
LOCAL_2023 = "Russia held local elections in the occupied Donetsk region of Ukraine on 8 September 2023.\n\n"
REFERENDUMS_2022 = (
    "Russia staged referendums in the occupied Donetsk region of Ukraine from 23 to 27 September 2022.\n\n"
)


def test_congratulations_offered_recognise_the_vote(nlp):
    text = (
        ABKHAZIA_2025
        + "Moscow, which recognised Abkhazia as an independent state in 2008, offered its congratulations."
    )
    assert stances_of(nlp, text, date(2025, 2, 17), "Russia") == {"recognition"}


def test_offering_something_else_is_no_greeting(nlp):
    # the guard: "offered" alone sends nothing
    assert extract_text(nlp, ABKHAZIA_2025 + "Moscow offered to mediate between the parties.", date(2025, 2, 17)) == []


def test_success_wished_in_quotation_marks_before_another_verb_is_a_greeting(nlp):
    text = ABKHAZIA_2025 + (
        'President Vladimir Putin wished Gunba "every success" and said the vote showed "the high political activity '
        'of the citizens."'
    )
    assert "recognition" in stances_of(nlp, text, date(2025, 2, 17), "Russia")


def test_wishing_the_winner_well_is_a_greeting(nlp):
    assert stances_of(nlp, ABKHAZIA_2025 + "Putin wished Gunba well.", date(2025, 2, 17), "Russia") == {"recognition"}


def test_that_vote_is_the_one_won_in_the_year_its_sentence_names(nlp):
    text = "Voters in Abkhazia elected a new parliament on 10 March 2024.\n\n" + (
        "When Raul Khajimba won the presidency in 2014 after his predecessor was driven from office by protests, the "
        "U.S. State Department called that vote illegitimate too."
    )
    assert positions(extract_text(nlp, text, date(2024, 3, 12))) == {
        ("United States", "abkhazia-2014-08-24-presidential", "reject")
    }


def test_criticism_said_to_change_nothing_defends_the_vote(nlp):
    text = CRIMEA_2020 + (
        'Kremlin spokesman Dmitry Peskov told reporters that the criticism from Kyiv and Brussels "changes nothing."'
    )
    assert stances_of(nlp, text, date(2020, 7, 2), "Russia") == {"recognition"}


def test_criticism_said_not_to_matter_defends_the_vote(nlp):
    text = CRIMEA_2020 + "Peskov said Western criticism did not matter."
    assert stances_of(nlp, text, date(2020, 7, 2), "Russia") == {"recognition"}


def test_the_vote_said_to_change_nothing_is_not_defended(nlp):
    # the guard: what changes nothing is the vote itself, not what was said of it
    text = CRIMEA_2020 + "Kyiv said the vote changes nothing in the status of Crimea."
    assert "recognition" not in stances_of(nlp, text, date(2020, 7, 2), "Ukraine")


def test_the_secretariat_is_the_organisation_that_speaks_not_the_last_state(nlp):
    text = KARABAKH_2023 + (
        "The Ukrainian Foreign Ministry stated that Kyiv does not recognize the so-called elections. The Organization "
        "of Turkic States' Secretary General Kubanychbek Omuraliev said the Secretariat regards the vote as \"null and "
        'void".'
    )
    assert not any(
        actor == "Ukraine" and "null and void" in words for actor, words in words_in(nlp, text, date(2023, 9, 11))
    )


def test_the_local_authorities_are_the_territorys_own(nlp):
    text = "The referendum in Crimea was held on 16 March 2014. The local authorities said the vote was a success."
    assert extract_text(nlp, text, date(2014, 3, 17)) == []


PRESS_CONFERENCE = """Foreign Ministry Spokesperson{name} Regular Press Conference on March 17, 2014

Q: The referendum in Crimea was held yesterday, and the organisers say that most voters backed joining Russia. What is \
China's comment? Will China recognise the result?

A: China's position on the Ukraine issue is consistent. We always respect the sovereignty and territorial integrity \
of all countries. Russia and Ukraine should settle their differences through dialogue. We call on all parties to \
exercise restraint.

Q: Can you confirm the Premier's visit to Africa next month?

A: We will release information in due course.
"""


def test_a_press_conferences_answers_are_the_asked_actors_when_no_one_is_named(nlp):
    text = PRESS_CONFERENCE.format(name="'s")
    assert ("China", "crimea-2014-03-16-referendum", "neutral") in positions(extract_text(nlp, text, date(2014, 3, 17)))


def test_a_press_conferences_named_spokesperson_still_speaks(nlp):
    # the guard: a spokesperson the title names is who speaks, by name
    text = PRESS_CONFERENCE.format(name=" Qin Gang's")
    assert ("China", ("Qin Gang",)) in speakers_in(nlp, text, date(2014, 3, 17))


def test_two_asides_framing_one_clause_do_not_cancel_each_other(nlp):
    text = "Raul Khajimba won a second term in Abkhazia in a runoff on 8 September 2019.\n\n" + (
        'For Moscow, the election was "an important event in the democratic life of Abkhazia," as the Russian foreign '
        "ministry put it in a statement that also congratulated Khajimba."
    )
    assert stances_of(nlp, text, date(2019, 9, 9), "Russia") == {"recognition"}


def test_a_verb_joined_to_a_speech_verb_is_no_second_statement(nlp):
    # the guard: "said the vote was illegitimate and would not be recognised" is one statement
    text = "Crimea held a referendum on 16 March 2014.\n\n" + (
        "Kiev's interim government said the vote was illegitimate and would not be recognised."
    )
    assert len(extract_text(nlp, text, date(2014, 3, 17))) == 1


def test_a_territory_recognised_as_a_state_is_no_vote_recognised(nlp):
    text = "South Ossetia held parliamentary elections on 9 June 2024.\n\n" + (
        "Russia recognised it as an independent state after a five-day war with Georgia in 2008."
    )
    assert extract_text(nlp, text, date(2024, 6, 10)) == []


def test_recognising_only_the_claimant_still_rejects_the_vote(nlp):
    # the guard: "recognised only the Republic of Cyprus" names a state and refuses the vote
    text = "Turkish Cypriots elected a new leader on 15 April 2000.\n\n" + (
        "The EU said it recognised only the Republic of Cyprus."
    )
    assert stances_of(nlp, text, date(2000, 4, 17), "European Union") == {"non-recognition"}


def test_holding_the_votes_organisers_accountable_condemns_the_votes(nlp):
    text = LOCAL_2023 + "The European Union has announced that it will hold accountable those who organised the votes."
    assert stances_of(nlp, text, date(2023, 9, 12), "European Union") == {"condemnation"}


def test_the_organisers_held_accountable_in_the_passive_condemn_the_votes(nlp):
    text = LOCAL_2023.strip() + " Kyiv said their organisers would be held accountable."
    assert stances_of(nlp, text, date(2023, 9, 12), "Ukraine") == {"condemnation"}


def test_accountability_for_another_act_is_no_stance_on_the_vote(nlp):
    # the guard: war crimes are not the vote
    assert extract_text(nlp, LOCAL_2023 + "Kyiv said Russia would be held accountable for war crimes.", None) == []


def test_according_to_in_a_participle_leaves_the_main_clauses_agents_their_words(nlp):
    text = REFERENDUMS_2022 + (
        "The referendums, held at gunpoint according to Kyiv, have been denounced by Ukraine, the European Union and "
        "the United States as a sham."
    )
    found = {actor for actor, _, _ in positions(extract_text(nlp, text, date(2022, 9, 29)))}
    assert {"European Union", "United States"} <= found


def test_an_act_a_dummy_it_holds_is_nobodys(nlp):
    text = (
        LOCAL_2023
        + "The EU said it did not recognise the votes. Not every government finds it easy to criticise Moscow."
    )
    assert stances_of(nlp, text, date(2023, 9, 12), "European Union") == {"non-recognition"}


def test_an_act_a_speaker_was_quick_to_do_is_theirs(nlp):
    # the guard: "Tbilisi was quick to dismiss the vote" is Tbilisi's act
    text = ABKHAZIA_2025 + "Tbilisi was quick to dismiss the vote."
    assert stances_of(nlp, text, date(2025, 2, 17), "Georgia") == {"non-recognition"}


OPED = """Russia's sham votes change nothing

By Dmytro Kuleba

Over the past weekend, Russia staged what it calls "elections" in the parts of the Donetsk region it occupies since \
2014. Soldiers went door to door with ballot boxes.

They are null and void.

{extra}

Dmytro Kuleba is the Minister of Foreign Affairs of Ukraine.
"""


def test_an_opinion_pieces_last_line_gives_it_its_voice(nlp):
    text = OPED.format(extra="We will restore our borders.")
    found = words_in(nlp, text, date(2023, 9, 12))
    assert any(actor == "Ukraine" and words.strip() == "They are null and void." for actor, words in found)


def test_an_agent_the_parse_cut_up_speaks_once_and_not_in_the_voice(nlp):
    # the guard: "by the OSCE Minsk Group co-chairs" is the Minsk Group's, not the piece's voice on those votes
    text = """Sham elections cannot hide the truth

By Jeyhun Bayramov

On March 31, Armenia staged so-called "elections" in the occupied Nagorno-Karabakh region of Azerbaijan.

The so-called "elections" of 2015 and 2017 were rejected by the OSCE Minsk Group co-chairs.

They are null and void.

Jeyhun Bayramov is the Minister of Foreign Affairs of the Republic of Azerbaijan.
"""
    found = positions(extract_text(nlp, text, date(2020, 4, 2)))
    assert ("OSCE Minsk Group", "nagorno-karabakh-2015-05-03-parliamentary", "reject") in found
    assert not any(
        actor == "Azerbaijan" and key.startswith(("nagorno-karabakh-2015", "nagorno-karabakh-2017"))
        for actor, key, _ in found
    )


DUMA_2016 = "Russia held State Duma elections on 18 September 2016, including in annexed Crimea.\n\n"


def test_sanctions_asked_on_those_elected_condemn_the_vote(nlp):
    text = DUMA_2016 + (
        "Kyiv condemned the vote. Foreign Minister Pavlo Klimkin said Kyiv would ask its partners to impose personal "
        "sanctions on those elected in Crimea."
    )
    assert speakers_in(nlp, text, date(2016, 9, 19)) == {("Ukraine", ()), ("Ukraine", ("Pavlo Klimkin",))}


def test_sanctions_against_a_state_are_no_stance_on_the_vote(nlp):
    # the guard: sanctions against Russia are not aimed at the vote
    assert extract_text(nlp, DUMA_2016 + "Canada said it would keep its sanctions against Russia.", None) == []


AKINCI = "Mustafa Akinci won the Turkish Cypriot leadership runoff on 26 April 2015.\n\n"


def test_congratulations_announced_make_the_next_reactions_greetings(nlp):
    text = AKINCI + (
        "Congratulations came quickly. Greek Cypriot President Nicos Anastasiades called him on the night of the vote "
        'and said he looked forward to meeting him soon "to resume the negotiations."'
    )
    assert positions(extract_text(nlp, text, date(2015, 5, 1))) == {
        ("Cyprus", "northern-cyprus-2015-04-19-presidential", "endorse")
    }


def test_congratulations_said_to_come_from_one_actor_leave_the_others_words_alone(nlp):
    # the guard: "Congratulations came from Ankara" names who sent them; Nicosia's call for talks takes no side
    text = AKINCI + (
        "Congratulations came from Ankara. Greek Cypriot President Nicos Anastasiades said he looked forward to "
        'meeting him soon "to resume the negotiations."'
    )
    assert ("Cyprus", "northern-cyprus-2015-04-19-presidential", "neutral") in positions(
        extract_text(nlp, text, date(2015, 5, 1))
    )


def test_a_paragraph_of_silence_keeps_the_reactions_going(nlp):
    text = (
        "Vadim Krasnoselsky won a second term in Transnistria's presidential election on 12 December 2021.\n\n"
        'Russian State Duma deputies who observed the vote said it had been "transparent and well organised."\n\n'
        "Ukraine's foreign ministry has not commented.\n\n"
        'The head of the OSCE Mission to Moldova, Claus Neukirch, said the mission "will continue to support the '
        'settlement process in all formats."'
    )
    assert stances_of(nlp, text, date(2021, 12, 13), "Organization for Security and Co-operation in Europe") == {
        "call-for-peaceful-settlement"
    }


NORTH_2018 = "Turkish Cypriots voted in an early general election on 7 January 2018.\n\n"


def test_a_participle_the_parse_hung_on_the_reported_clause_is_the_speakers(nlp):
    text = NORTH_2018 + (
        'Government spokesman Nikos Christodoulides said the so-called elections in the north "do not change '
        'anything", adding that President Nicos Anastasiades remained ready to resume negotiations.'
    )
    assert speakers_in(nlp, text, date(2018, 1, 8)) == {("Cyprus", ("Nikos Christodoulides",))}


def test_a_participle_on_a_reported_act_is_the_acts_doers(nlp):
    # the guard: "Putin congratulated Khajimba in a telegram, saying ..., the Kremlin said" is Putin saying it
    text = "Raul Khajimba won the presidential election in Abkhazia on 24 August 2014.\n\n" + (
        'President Vladimir Putin congratulated Khajimba in a telegram, saying the vote had "confirmed the commitment '
        'of the people of Abkhazia to the path of democratic development", the Kremlin said.'
    )
    assert speakers_in(nlp, text, date(2014, 8, 26)) == {("Russia", ("Vladimir Putin",))}


def test_the_committee_of_ministers_decisions_are_the_council_of_europes(nlp):
    text = """Committee of Ministers
1196th meeting - 2 April 2014

Decisions

The Deputies

1. recalled the commitment of the Council of Europe to the territorial integrity of Ukraine;

2. considered that the "referendum" held in Crimea on 16 March 2014 was illegal and contrary to international law.
"""
    assert ("Council of Europe", "crimea-2014-03-16-referendum", "reject") in positions(
        extract_text(nlp, text, date(2014, 4, 2))
    )


def test_the_committee_named_after_the_council_of_europes_committee_of_ministers_is_the_councils(nlp):
    # the guard: "The Committee" points back to the organisation's body named before, not to the last state
    text = LOCAL_2023 + (
        "Ukraine called the vote null and void. The Council of Europe's Committee of Ministers met on Wednesday. The "
        "Committee condemns the holding of the so-called elections."
    )
    assert stances_of(nlp, text, date(2023, 9, 14), "Council of Europe") == {"condemnation", "non-recognition"}


def test_an_organisations_body_the_gazetteer_names_is_its_voice(nlp):
    from loaders.article import Article
    from loaders.statements import extract

    text = "Turkish Cypriots elected Mehmet Ali Talat on 17 April 2005.\n\n" + (
        'The European Commission said it hoped the result would give "new momentum" to reunification efforts.'
    )
    found = extract(Article("t.txt", text, published=date(2005, 4, 18)), nlp).statements
    assert {(s.actor.name, s.speaker.body) for s in found} == {("European Union", "European Commission")}


TRANSNISTRIA_2025 = "Transnistria elected a new Supreme Council on 30 November 2025.\n\n"


def test_its_embassy_in_a_capital_is_the_embassy_of_the_capital_named_before(nlp):
    text = TRANSNISTRIA_2025 + (
        'Moscow did, however, send a group of observers, and its embassy in Chisinau said the vote had been "calm and '
        'orderly."'
    )
    assert positions(extract_text(nlp, text, date(2025, 12, 1))) == {
        ("Russia", "transnistria-2025-11-30-parliamentary", "endorse")
    }


def test_open_to_dialogue_calls_for_talks(nlp):
    text = TRANSNISTRIA_2025 + "Deputy Prime Minister Valeriu Chiveri said that Chisinau was open to dialogue."
    assert stances_of(nlp, text, date(2025, 12, 1), "Moldova") == {"call-for-peaceful-settlement"}


KARABAKH_PARLIAMENT_2023 = "Artsakh's parliament elected Samvel Shahramanyan president on 9 September 2023.\n\n"


def test_neither_a_titled_leader_nor_a_ministry_commenting_is_silence(nlp):
    text = KARABAKH_PARLIAMENT_2023 + (
        "Neither Prime Minister Nikol Pashinyan nor the Armenian Foreign Ministry commented on the vote."
    )
    assert extract_text(nlp, text, date(2023, 9, 11)) == []


def test_declining_to_say_whether_the_vote_is_legitimate_judges_nothing(nlp):
    text = KARABAKH_PARLIAMENT_2023 + (
        "A ministry spokeswoman, Ani Badalyan, declined to say whether Yerevan considered the vote legitimate."
    )
    assert "recognition" not in stances_of(nlp, text, date(2023, 9, 11), "Armenia")


def test_a_condition_opened_by_whether_still_calls_for_a_solution(nlp):
    # the guard: "what matters is whether ..." sets a condition, it does not ask
    text = "Turkish Cypriots elected a new parliament on 28 July 2013.\n\n" + (
        '"What matters for us is whether the new leadership will contribute to a solution," Cypriot government '
        "spokesman Christos Stylianides said."
    )
    assert stances_of(nlp, text, date(2013, 7, 29), "Cyprus") == {"call-for-peaceful-settlement"}


def test_what_a_leader_has_repeatedly_said_is_background(nlp):
    text = KARABAKH_PARLIAMENT_2023 + (
        "Pashinyan has repeatedly said that Armenia recognises Azerbaijan's territorial integrity, including "
        "Nagorno-Karabakh."
    )
    assert extract_text(nlp, text, date(2023, 9, 11)) == []


def test_a_labels_sentence_is_all_its_words_not_only_its_last_quotation(nlp):
    text = LOCAL_2023 + (
        'Ukraine\'s Foreign Ministry: the so-called "elections" are "null and void" and "will not have any legal '
        'consequences."'
    )
    assert any(
        "null and void" in words for actor, words in words_in(nlp, text, date(2023, 9, 10)) if actor == "Ukraine"
    )


def test_a_president_voted_for_in_an_undated_story_is_that_years_general_election(nlp):
    text = (
        "Voters in Nagorno-Karabakh elected a new parliament and voted for a president on Tuesday.\n\n"
        "No candidate won an outright majority in the presidential race, and a runoff between the former prime "
        "minister Arayik Harutyunyan and the foreign minister Masis Mayilyan is due on 14 April.\n\n"
        'Turkey said the vote was "null and void".'
    )
    assert positions(extract_text(nlp, text)) == {("Turkey", "nagorno-karabakh-2020-03-31-general", "reject")}


def test_a_quotation_another_verb_holds_is_not_the_next_speech_verbs(nlp):
    text = "Nagorno-Karabakh held general elections on 31 March 2020.\n\n" + (
        'In Yerevan, by contrast, the foreign ministry praised the "high level of civic engagement" in Karabakh and '
        'said the vote had been "free and competitive".'
    )
    assert positions(extract_text(nlp, text, date(2020, 4, 1))) == {
        ("Armenia", "nagorno-karabakh-2020-03-31-general", "endorse")
    }


def test_a_party_leader_named_dates_no_presidency(nlp):
    from loaders.vote_year import vote_year

    text = (
        "The UBP won Sunday's parliamentary elections in northern Cyprus, ousting the party of Turkish Cypriot leader "
        "Mehmet Ali Talat. Erdogan congratulated UBP leader Dervis Eroglu."
    )
    assert vote_year(text) == 2009
