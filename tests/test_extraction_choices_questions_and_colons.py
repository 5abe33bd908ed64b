"""Turns of phrase met in rounds 78-89's probes and articles: the people of a territory who "have shown their commitment
to democracy" (praise of their vote; not a state's own people); "any so-called referendums or elections" (the vote at
hand, not a vote of no kind); voters "deprived of their right to choose their leader freely"; what someone "has never
said" (nobody's stance); "Asked to comment on the statement of the ministers, who called ... and said ..." and
"Responding to the ministers, who called ..." (the ministers' words, not the speaker's); a speaker whose verb a colon
follows ("X said: "..."") and the quotation before it; an offer "to meet him", "the two leaders"; "would keep talking to
Tiraspol"; "build on the progress made so far"; a subject the parse cut ("In Brussels the EU's commissioner, X, urged
... and said ..."); "The Council of Europe's Secretary General said"; a vote "marred by irregularities", "tainted",
"flawed"; and round 82's "Commentary of the Spokesperson of the Ministry of Foreign Affairs, Hikmet Hajiyev, regarding
..." (a titled commentary in a known spokesperson's voice); and round 83's "HR/VP Kallas:" labelling a transcript's
speech, and a post headed by its author's name over "1 December 2025 · Facebook"; and round 84's "the will of the people
had to be taken into account", "devoid of any legal relevance" and "was among the first to phone Sahakyan with
congratulations"; and round 85's "the election in Crimea and the other occupied regions" (all the claimant's occupied
territories) and results held up as "the most convincing answer" to "those in the West who refuse to recognize them"
(praise, and others' refusal; not "Those who organised this farce", the speaker's words); and round 86's 'The so-called
elections ... "change nothing" ..., Government Spokesman X said' (a clause the parse made a second subject), "adherence
to democratic values" and "a significant event" (not a headline's "referendum: Baku condemns, China calls for
dialogue"); and round 87's "Deputy Prime Minister for Reintegration X" (the claimant's portfolio) and a commentary
titled "... M.V. Zakharova in connection with ..."; and round 88's turnout that "proved the residents' wish "to be with
Russia forever""; and round 89's "last weekend's vote" (the Sunday before the story) and a parliament that "re-elected X
... as its speaker" (no vote of its own). Each text is written for these tests; each test is one behaviour; the guards
pass on the code before them and fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text, sides, speakers_in

KARABAKH_2020 = "nagorno-karabakh-2020-03-31-general"
KARABAKH_VOTED = "Nagorno-Karabakh held general elections on 31 March despite the pandemic. "
KARABAKH_PUBLISHED = date(2020, 4, 2)


def test_the_territorys_people_showing_their_commitment_to_democracy_praises_the_vote(nlp):
    text = KARABAKH_VOTED + (
        "Armenia's foreign minister wrote that the people of Artsakh had \"once more shown their commitment to "
        'democratic values".'
    )
    assert sides(extract_text(nlp, text, KARABAKH_PUBLISHED)) == {("Armenia", KARABAKH_2020, "endorse")}


def test_a_states_own_people_showing_their_commitment_to_democracy_is_no_word_on_the_vote(nlp):  # guard
    text = (
        "Abkhazia held a presidential election on Saturday. Georgian President Salome Zourabichvili said the people of "
        "Georgia had shown their commitment to democracy."
    )
    assert sides(extract_text(nlp, text, date(2025, 2, 17))) == set()


def test_referendums_or_elections_named_as_a_pair_are_the_vote_at_hand(nlp):
    text = (
        "Sunday's referendum in Abkhazia on an early presidential election failed for lack of turnout. "
        '"All so-called referendums and elections in the occupied regions are null and void," Georgia\'s foreign '
        "ministry said."
    )
    assert sides(extract_text(nlp, text, date(2016, 7, 12))) == {
        ("Georgia", "abkhazia-2016-07-10-referendum", "reject")
    }


NORTH_2020 = "northern-cyprus-2020-10-11-presidential"
NORTH_VOTED = "Ersin Tatar won the Turkish Cypriot leadership runoff on Sunday. "
NORTH_PUBLISHED = date(2020, 10, 20)


def test_voters_deprived_of_choosing_their_leader_freely_reject_the_vote(nlp):
    text = (
        NORTH_VOTED + "Athens said the Turkish Cypriots had been deprived of the right to choose their leader freely."
    )
    assert extract_text(nlp, text, NORTH_PUBLISHED) == [
        ("Greece", NORTH_2020, "reject", ["non-recognition"], "indirect")
    ]


def test_voters_who_freely_elected_their_leader_praise_the_vote(nlp):
    text = NORTH_VOTED + "Ankara said the Turkish Cypriots had freely elected their president."
    assert sides(extract_text(nlp, text, NORTH_PUBLISHED)) == {("Turkey", NORTH_2020, "endorse")}


DONBAS_2018 = {"donetsk-2018-11-11-general", "luhansk-2018-11-11-general"}
DONBAS_VOTED = "Residents of Donetsk and Luhansk voted on Sunday for their leaders and assemblies. "
DONBAS_PUBLISHED = date(2018, 11, 13)


def test_what_a_speaker_has_never_said_is_no_stance(nlp):
    text = DONBAS_VOTED + 'The Kremlin "has never said" the votes breached the Minsk agreements, Peskov stressed.'
    assert sides(extract_text(nlp, text, DONBAS_PUBLISHED)) == {("Russia", key, "neutral") for key in DONBAS_2018}


def test_not_saying_whether_one_will_recognise_the_vote_takes_no_side(nlp):  # guard
    text = DONBAS_VOTED + "Minsk did not say whether it would recognise the outcome."
    assert sides(extract_text(nlp, text, DONBAS_PUBLISHED)) == {("Belarus", key, "neutral") for key in DONBAS_2018}


def test_the_statement_a_speaker_is_asked_to_comment_on_is_not_theirs(nlp):
    text = DONBAS_VOTED + (
        "Asked to comment on the statement of the foreign ministers of France and Germany, who called the votes "
        '"null and void" and said they "undermine the peace process", Peskov said: "We see it differently."'
    )
    assert sides(extract_text(nlp, text, DONBAS_PUBLISHED)) == {
        (actor, key, "reject") for actor in ("France", "Germany") for key in DONBAS_2018
    } | {("Russia", key, "neutral") for key in DONBAS_2018}


def test_the_words_of_those_a_speaker_responds_to_are_theirs(nlp):
    text = DONBAS_VOTED + (
        "Responding to the foreign ministers of France and Germany, who called the votes illegal, Lavrov said Moscow "
        "saw things differently."
    )
    assert {(actor, polarity) for actor, _, polarity in sides(extract_text(nlp, text, DONBAS_PUBLISHED))} == {
        ("France", "reject"),
        ("Germany", "reject"),
    }


def test_a_relative_clause_naming_the_speakers_own_government_is_its_words(nlp):  # guard
    text = DONBAS_VOTED + "The votes, which Ukraine's government dismissed as illegal, were held under fire, Kyiv said."
    assert sides(extract_text(nlp, text, DONBAS_PUBLISHED)) == {("Ukraine", key, "reject") for key in DONBAS_2018}


def test_a_state_that_has_asked_another_to_condemn_the_vote_condemns_it(nlp):  # guard
    text = DONBAS_VOTED + "Ukraine has asked the United Nations to condemn the so-called elections."
    assert sides(extract_text(nlp, text, DONBAS_PUBLISHED)) == {("Ukraine", key, "reject") for key in DONBAS_2018}


def test_a_speaker_whose_verb_a_colon_follows_has_the_quotation_after_it_not_the_one_before(nlp):
    from loaders.article import Article
    from loaders.statements import extract

    text = DONBAS_VOTED + (
        "Asked to comment on the statement of the foreign ministers of France and Germany, who called the votes "
        '"null and void" and said they "undermine the peace process", Peskov said: "We see it differently."'
    )
    article = Article("t.txt", text, published=DONBAS_PUBLISHED)
    russian = [article.text[slice(*s.words)] for s in extract(article, nlp).statements if s.actor.name == "Russia"]
    assert russian and all(w == "We see it differently." for w in russian)


def test_offers_to_meet_him_or_the_two_leaders_call_for_talks(nlp):
    text = NORTH_VOTED + (
        "The Cypriot president telephoned Tatar and said he was ready to meet him soon. The UN Secretary-General "
        "congratulated Tatar and looked forward to meeting the two leaders."
    )
    found = extract_text(nlp, text, NORTH_PUBLISHED)
    assert {actor for actor, _, _, stances, _ in found if "call-for-peaceful-settlement" in stances} == {
        "Cyprus",
        "United Nations",
    }


def test_a_meeting_held_with_him_is_no_offer_of_talks(nlp):  # guard
    text = NORTH_VOTED + "The Cypriot president said he had met him last year."
    assert extract_text(nlp, text, NORTH_PUBLISHED) == []


def test_keeping_on_talking_to_the_other_side_calls_for_talks(nlp):
    text = (
        "Vadim Krasnoselsky was re-elected on Sunday in Moldova's breakaway Transnistria region. Moldova's deputy "
        "prime minister said Chisinau would keep talking to Tiraspol in the 5+2 format."
    )
    assert extract_text(nlp, text, date(2021, 12, 14)) == [
        ("Moldova", "transnistria-2021-12-12-presidential", "neutral", ["call-for-peaceful-settlement"], "indirect")
    ]


NORTH_2010 = "northern-cyprus-2010-04-18-presidential"
NORTH_VOTED_2010 = "Turkish Cypriots elected Dervis Eroglu as their leader on Sunday.\n\n"


def test_building_on_the_progress_made_calls_for_talks(nlp):
    text = NORTH_VOTED_2010 + "The US said it hoped the two leaders would build on the progress made so far."
    assert sides(extract_text(nlp, text, date(2010, 4, 19))) == {("United States", NORTH_2010, "neutral")}


def test_a_speech_verb_joined_to_a_main_verb_the_parse_left_without_subject_is_the_subjects(nlp):
    text = (
        "Turkish Cypriots elected Derviş Eroğlu as their leader on Sunday.\n\n"
        "Greece's foreign minister, Dimitris Droutsas, said Athens hoped the talks would go on.\n\n"
        'In Brussels the EU\'s enlargement commissioner, Štefan Füle, urged both communities to "seize the momentum" '
        "and said the union expected the negotiations to resume quickly."
    )
    assert sides(extract_text(nlp, text, date(2010, 4, 19))) == {
        ("Greece", NORTH_2010, "neutral"),
        ("European Union", NORTH_2010, "neutral"),
    }


def test_an_organisations_secretary_general_the_parse_cut_speaks_for_it(nlp):
    text = (
        "Russia held elections to Crimea's State Council on Sunday. The Council of Europe's Secretary General said the "
        "elections were null and void."
    )
    assert sides(extract_text(nlp, text, date(2019, 9, 10))) == {
        ("Council of Europe", "crimea-2019-09-08-parliamentary", "reject")
    }


def test_two_states_whose_ministries_spoke_both_speak(nlp):  # guard
    text = (
        "Russia held elections to Crimea's State Council on Sunday. The vote was declared illegitimate by Estonia and "
        "Latvia, whose foreign ministries issued statements on Monday."
    )
    assert sides(extract_text(nlp, text, date(2019, 9, 10))) == {
        (actor, "crimea-2019-09-08-parliamentary", "reject") for actor in ("Estonia", "Latvia")
    }


def test_a_vote_marred_tainted_or_flawed_is_condemned(nlp):
    text = NORTH_VOTED + (
        "Athens said the vote was marred by Ankara's meddling. Paris described it as a process tainted by pressure. "
        "Vienna called the election flawed."
    )
    assert {actor: stances for actor, _, _, stances, _ in extract_text(nlp, text, NORTH_PUBLISHED)} == {
        "Greece": ["condemnation"],
        "France": ["condemnation"],
        "Austria": ["condemnation"],
    }


def test_a_vote_said_not_to_be_flawed_is_not_condemned(nlp):  # guard
    text = NORTH_VOTED + "Ankara said the election was not flawed."
    assert [s for s in extract_text(nlp, text, NORTH_PUBLISHED) if "condemnation" in s[3]] == []


def test_a_settlement_that_respects_the_claimants_integrity_is_the_speakers_words(nlp):  # guard
    text = (
        "Transnistria elected Vadim Krasnoselsky on Sunday. The OSCE Mission to Moldova reiterated its support for a "
        "settlement that respects Moldova's sovereignty and territorial integrity."
    )
    found = extract_text(nlp, text, date(2016, 12, 13))
    assert [stances for actor, *_, stances, _ in found] == [
        ["call-for-peaceful-settlement", "support-territorial-integrity"]
    ]


def test_a_commentary_titled_by_a_known_spokesperson_speaks_in_their_voice(nlp):
    text = (
        "No:101/15, Commentary of the Spokesperson of the Ministry of Foreign Affairs, Hikmet Hajiyev, regarding the "
        'so-called "elections" in the occupied region\n\n'
        "4 May 2015\n\n"
        'The "parliamentary elections" held on 3 May 2015 in the occupied Nagorno-Karabakh region are null and void.'
    )
    assert sides(extract_text(nlp, text, date(2015, 5, 4))) == {
        ("Azerbaijan", "nagorno-karabakh-2015-05-03-parliamentary", "reject")
    }


def test_a_commentary_titled_by_an_unknown_spokesperson_speaks_in_no_ones_voice(nlp):  # guard
    text = (
        "Commentary of the Spokesperson of the Ministry of Foreign Affairs, Jane Example, regarding the vote\n\n"
        "4 May 2015\n\n"
        'The "parliamentary elections" held on 3 May 2015 in the occupied Nagorno-Karabakh region are null and void.'
    )
    assert extract_text(nlp, text, date(2015, 5, 4)) == []


def test_a_transcripts_hr_vp_label_names_the_high_representative(nlp):
    text = (
        "Remarks by the High Representative at the press conference following the Foreign Affairs Council\n\n"
        "Q: Abkhazia held a presidential election on 15 February. What is your position?\n\n"
        "HR/VP Kallas: The European Union does not recognise the so-called elections in Abkhazia.\n\n"
        "Q: And on the sanctions?\n\n"
        "HR/VP Kallas: We will discuss them next month."
    )
    found = speakers_in(nlp, text, date(2025, 2, 24))
    assert found == {("European Union", ("Kaja Kallas",))}


def test_a_post_headed_by_its_authors_name_and_a_dated_line_is_theirs(nlp):
    text = (
        "Maia Sandu\n"
        "1 December 2025 · Facebook\n\n"
        'Yesterday the regime in Tiraspol held so-called "elections" to its Supreme Council. The Republic of Moldova '
        "does not recognise them."
    )
    assert speakers_in(nlp, text, date(2025, 12, 1)) == {("Moldova", ("Maia Sandu",))}


DNIESTER_2006 = "transnistria-2006-09-17-referendum"
DNIESTER_VOTED = "Transnistria's separatist authorities said 97 percent backed independence in Sunday's referendum. "


def test_the_will_of_the_people_that_had_to_be_taken_into_account_accepts_the_vote(nlp):
    text = DNIESTER_VOTED + "Moscow said the will of the people of Transnistria had to be taken into account."
    assert sides(extract_text(nlp, text, date(2006, 9, 19))) == {("Russia", DNIESTER_2006, "endorse")}


def test_a_vote_devoid_of_any_legal_relevance_is_not_recognised(nlp):
    text = DNIESTER_VOTED + "Bucharest described the plebiscite as devoid of any legal relevance."
    assert extract_text(nlp, text, date(2006, 9, 19)) == [
        ("Romania", DNIESTER_2006, "reject", ["non-recognition"], "indirect")
    ]


KARABAKH_2012 = "nagorno-karabakh-2012-07-19-presidential"
KARABAKH_VOTED_2012 = "Bako Sahakyan was re-elected in Nagorno-Karabakh's presidential vote on Thursday. "


def test_one_among_the_first_to_phone_the_winner_with_congratulations_congratulates_him(nlp):
    text = KARABAKH_VOTED_2012 + (
        "Armenian President Serzh Sargsyan was among the first to phone Sahakyan with congratulations."
    )
    assert extract_text(nlp, text, date(2012, 7, 21)) == [
        ("Armenia", KARABAKH_2012, "endorse", ["recognition"], "indirect")
    ]


def test_a_call_with_a_question_is_no_greeting(nlp):  # guard
    text = KARABAKH_VOTED_2012 + "Armenian President Serzh Sargsyan phoned Sahakyan with questions about the count."
    assert extract_text(nlp, text, date(2012, 7, 21)) == []


CRIMEA_2024 = "crimea-2024-03-15-presidential"
OCCUPIED_2024 = {CRIMEA_2024} | {
    f"{r}-2024-03-15-presidential" for r in ("donetsk", "luhansk", "zaporizhzhia", "kherson")
}
VOTED_2024 = (
    "Russia held its presidential election from March 15 to 17, also in annexed Crimea and in the Donetsk, Luhansk, "
    "Zaporizhzhia and Kherson regions. "
)


def test_crimea_and_the_other_occupied_regions_are_all_the_claimants_occupied_territories(nlp):
    text = VOTED_2024 + (
        "The EU's foreign policy chief said the bloc would never recognize the holding of the election in Crimea and "
        "the other occupied regions."
    )
    assert sides(extract_text(nlp, text, date(2024, 3, 18))) == {
        ("European Union", key, "reject") for key in OCCUPIED_2024
    }


def test_results_held_up_as_the_answer_to_those_who_refuse_to_recognise_them_praise_the_vote(nlp):
    text = (
        "Turnout in annexed Crimea reached 84 percent in the presidential election of March 15-17. Kremlin spokesman "
        'Dmitry Peskov said the results in Crimea were "the most convincing answer" to those in the West who refuse '
        "to recognize them."
    )
    assert sides(extract_text(nlp, text, date(2024, 3, 18))) == {("Russia", CRIMEA_2024, "endorse")}


def test_results_called_proof_of_fraud_are_no_praise(nlp):  # guard
    text = (
        "Turnout in annexed Crimea reached 84 percent in the presidential election of March 15-17. Kyiv said the "
        "results in Crimea were proof of fraud."
    )
    assert ("Ukraine", CRIMEA_2024, "endorse") not in sides(extract_text(nlp, text, date(2024, 3, 18)))


def test_those_who_organised_the_farce_are_described_in_the_speakers_words(nlp):  # guard
    text = (
        "Russia held State Duma elections on Sunday, including in annexed Crimea. Ukraine's foreign minister Pavlo "
        'Klimkin called for sanctions. "Those who organised this farce in Crimea must be held responsible," he wrote.'
    )
    assert sides(extract_text(nlp, text, date(2016, 9, 20))) == {
        ("Ukraine", "crimea-2016-09-18-parliamentary", "reject")
    }


NORTH_2009 = "northern-cyprus-2009-04-19-parliamentary"


def test_a_clause_the_parse_made_a_second_subject_of_said_is_what_the_name_before_said(nlp):
    text = (
        "The so-called parliamentary elections held yesterday in the occupied areas, which were won by the National "
        'Unity Party, "change nothing" as regards the illegality of the pseudo-state, Government Spokesman Stefanos '
        "Stefanou said."
    )
    assert extract_text(nlp, text, date(2009, 4, 20)) == [
        ("Cyprus", NORTH_2009, "reject", ["non-recognition"], "indirect")
    ]


def test_adherence_to_democratic_values_and_a_significant_event_praise_the_vote(nlp):
    text = (
        "Nagorno-Karabakh elected a new parliament on 23 May. Yerevan said the people of Nagorno-Karabakh had shown "
        "their adherence to democratic values. Moscow called the elections a significant event."
    )
    assert sides(extract_text(nlp, text, date(2010, 5, 24))) == {
        (actor, "nagorno-karabakh-2010-05-23-parliamentary", "endorse") for actor in ("Armenia", "Russia")
    }


def test_a_headline_of_two_actors_is_no_clause_said_by_the_second(nlp):  # guard
    text = (
        "Karabakh referendum: Baku condemns, China calls for dialogue\n\n"
        "Nagorno-Karabakh held a constitutional referendum on 20 February 2017."
    )
    found = {
        tuple(stances) for actor, _, _, stances, _ in extract_text(nlp, text, date(2017, 2, 21)) if actor == "China"
    }
    assert found == {("call-for-peaceful-settlement",)}


def test_a_minister_for_reintegration_no_state_owns_speaks_for_the_claimant(nlp):
    text = (
        "Transnistria elected a new leader on Sunday. Deputy Prime Minister for Reintegration Gheorghe Bălan said on "
        "Monday that the authorities do not recognise the presidential elections held on Sunday in the region."
    )
    assert speakers_in(nlp, text, date(2016, 12, 12)) == {("Moldova", ("Gheorghe Bălan",))}


def test_a_commentary_titled_with_a_spokespersons_initials_speaks_in_their_voice(nlp):
    text = (
        "Comment by the Official Representative of the Ministry of Foreign Affairs of the Russian Federation M.V. "
        "Zakharova in connection with the parliamentary elections in the Republic of South Ossetia\n\n"
        "10 June 2019\n\n"
        "We note that the elections in South Ossetia on June 9 took place in a calm atmosphere."
    )
    assert speakers_in(nlp, text, date(2019, 6, 10)) == {("Russia", ("Maria Zakharova",))}


LOCAL_2023 = {f"{r}-2023-09-08-local" for r in ("donetsk", "luhansk", "zaporizhzhia", "kherson")}
VOTED_2023 = (
    "From Sept. 8 to 10, Russia held regional elections in the occupied parts of the Donetsk, Luhansk, Zaporizhzhia "
    "and Kherson regions. "
)


def test_a_turnout_that_proved_the_residents_wish_to_be_with_russia_praises_the_vote(nlp):
    text = VOTED_2023 + (
        "Russia's election commission chief Ella Pamfilova said the turnout proved the residents' wish \"to be with "
        'Russia forever".'
    )
    assert sides(extract_text(nlp, text, date(2023, 9, 12))) == {("Russia", key, "endorse") for key in LOCAL_2023}


def test_a_turnout_that_proved_nothing_is_no_praise(nlp):  # guard
    text = VOTED_2023 + "Russia's election commission chief Ella Pamfilova said the turnout proved the count was fast."
    assert ("Russia", "donetsk-2023-09-08-local", "endorse") not in sides(extract_text(nlp, text, date(2023, 9, 12)))


def test_last_weekends_vote_is_the_one_held_the_sunday_before_the_story(nlp):
    text = (
        "The referendum held in Abkhazia last weekend on an early presidential election failed for lack of turnout. "
        "Georgia condemned the referendum."
    )
    assert sides(extract_text(nlp, text, date(2016, 7, 14))) == {
        ("Georgia", "abkhazia-2016-07-10-referendum", "reject")
    }


def test_a_parliament_that_re_elected_its_speaker_held_no_vote_of_its_own(nlp):
    text = (
        "The parliament elected in last weekend's vote in South Ossetia held its first session on Thursday and "
        "re-elected Alan Tadtaev, an ally of the region's leader Anatoly Bibilov, as its speaker. Georgia condemned "
        "the vote."
    )
    assert sides(extract_text(nlp, text, date(2019, 6, 14))) == {
        ("Georgia", "south-ossetia-2019-06-09-parliamentary", "reject")
    }


def test_a_territory_that_elected_a_new_parliament_held_a_vote(nlp):  # guard
    text = "Abkhazia elected a new parliament on Sunday. Georgia condemned the vote."
    assert sides(extract_text(nlp, text, date(2017, 3, 13))) == {
        ("Georgia", "abkhazia-2017-03-12-parliamentary", "reject")
    }
