"""The extraction finding which actor speaks from the context of the words: "its" pointing back within the
sentence, institutions and parliaments, round-up labels, live blogs, datelines, joint statements, press releases
in the first person, subjects the parse cut or misplaced (persons: test_extraction_persons). Each text is written
for these tests; each test is one behaviour.
"""

from __future__ import annotations

from loaders.article import Article
from loaders.statements import extract

from .conftest import extract_text, positions, speakers_in


def test_its_points_back_to_the_actor_named_before_in_the_sentence(nlp):
    text = (
        "Russia's envoy said the referendum in Crimea on 16 March 2014 was legal.\n\n"
        "Armenia voted against the resolution, and its envoy said the referendum reflected the will of the people."
    )
    assert ("Armenia", "crimea-2014-03-16-referendum", "endorse") in positions(extract_text(nlp, text))


def test_a_speech_verb_negated_says_nothing(nlp):
    for text in (
        "The OSCE did not comment on the presidential election held in Transnistria on 11 December 2016.",
        "The OSCE declined to comment on the presidential election held in Transnistria on 11 December 2016.",
    ):
        assert extract_text(nlp, text) == [], text


def test_a_headline_clause_across_a_semicolon_is_not_the_reported_words(nlp):
    text = "Moscow hails the South Ossetia runoff on 8 May 2022; Tbilisi says the vote has no legal force"
    assert positions(extract_text(nlp, text)) == {
        ("Russia", "south-ossetia-2022-04-10-presidential", "endorse"),
        ("Georgia", "south-ossetia-2022-04-10-presidential", "reject"),
    }


def test_an_indefinite_apposition_names_no_speaker(nlp):
    text = (
        "The government of Cyprus, a member of the European Union, said it does not recognise the presidential "
        "election held in Northern Cyprus on 11 October 2020."
    )
    assert {s[0] for s in extract_text(nlp, text)} == {"Cyprus"}


def test_whose_words_they_are_comes_from_the_clause_around_the_quotation(nlp):
    text = (
        "Kazakhstan said it respects the choice of the people in the referendum in Crimea on 16 March 2014.\n\n"
        'In Kiev, acting President Ivan Petrenko said Ukraine would "never recognise the referendum in Crimea".'
    )
    assert ("Ukraine", "crimea-2014-03-16-referendum", "reject") in positions(extract_text(nlp, text))
    assert ("Kazakhstan", "crimea-2014-03-16-referendum", "reject") not in positions(extract_text(nlp, text))


def test_an_institution_of_a_state_speaks_for_it(nlp):
    text = (
        "Moldova's Bureau for Reintegration said the so-called parliamentary elections held in the Transnistrian "
        "region on 29 November 2020 were illegitimate."
    )
    assert extract_text(nlp, text) == [
        ("Moldova", "transnistria-2020-11-29-parliamentary", "reject", ["non-recognition"], "indirect")
    ]


def test_a_clause_with_another_speaker_is_not_the_first_speakers_words(nlp):
    text = (
        "Moldova's government said the presidential election held in Transnistria on 11 December 2016 was "
        '"devoid of legitimacy", while Russia\'s foreign ministry said it would respect its outcome.'
    )
    assert positions(extract_text(nlp, text)) == {
        ("Moldova", "transnistria-2016-12-11-presidential", "reject"),
        ("Russia", "transnistria-2016-12-11-presidential", "endorse"),
    }


def test_a_passive_description_whose_agent_the_parse_misplaced(nlp):
    text = (
        'The referendum held in Kherson on 23 September 2022 was described as a "gross violation of international '
        "law\" by the Council of Europe's Committee of Ministers."
    )
    assert positions(extract_text(nlp, text)) == {("Council of Europe", "kherson-2022-09-23-referendum", "reject")}


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
    assert positions(extract_text(nlp, text)) == {
        ("Georgia", "abkhazia-2025-02-15-presidential", "reject"),
        ("Russia", "abkhazia-2025-02-15-presidential", "endorse"),
    }


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


def test_de_facto_authorities_and_their_capital_speak_for_no_actor(nlp):
    text = (
        "Abkhazia held parliamentary elections on 12 March 2022.\n\n"
        'The region\'s de facto leader said the vote had been "free and fair". Sukhumi thanked Moscow for its support.'
    )
    assert extract_text(nlp, text) == []


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
    assert ("Latvia", "abkhazia-2025-02-15-presidential", "reject") in positions(extract_text(nlp, text))


def test_a_comment_in_its_own_voice_says_what_its_sentences_say(nlp):
    text = (
        "Comment on the elections to the Supreme Council held in Transnistria on 29 November 2020\n\n"
        "The voting was well organised and took place in a calm atmosphere.\n\n"
        "We hope that the new legislature will help resume dialogue. Moscow remains ready to help."
    )
    found = positions(extract_text(nlp, text))
    assert ("Russia", "transnistria-2020-11-29-parliamentary", "endorse") in found
    assert {actor for actor, _, _ in found} == {"Russia"}


def test_an_unowned_ministry_speaks_for_the_capital_its_clause_is_set_in(nlp):
    text = (
        "Romania said the presidential election held in Transnistria on 11 December 2016 was illegitimate.\n\n"
        "In Moscow, the foreign ministry welcomed the election."
    )
    assert ("Russia", "transnistria-2016-12-11-presidential", "endorse") in positions(extract_text(nlp, text))


def test_an_institution_no_list_names_speaks_for_the_state_spoken_of(nlp):
    text = (
        "Moldova said the presidential election held in Transnistria on 11 December 2016 had no legal value.\n\n"
        '"The so-called election is not recognised," the Bureau for Reintegration said.'
    )
    result = extract(Article("t.txt", text), nlp)
    quoted = [s for s in result.statements if text[s.words[0] : s.words[1]].startswith("The so-called")]
    assert [(s.actor.name, s.speaker.body) for s in quoted] == [("Moldova", "Bureau for Reintegration")]


def test_a_body_spelt_two_ways_has_one_label(nlp):
    """'the Foreign Ministry' and 'the ministry' are one body node; its label must not depend on the spelling."""
    from rdflib import Graph, URIRef
    from rdflib.namespace import RDFS

    from loaders.triples import extraction_triples

    text = (
        "MOSCOW - Russia respects the result of the presidential election held in Abkhazia on 22 March 2020, "
        "the Foreign Ministry said.\n\n"
        '"The election was held in full accordance with the law," the ministry said.'
    )
    graph = Graph().parse(data=extraction_triples(extract(Article("t.txt", text), nlp), "test"), format="nt")
    bodies = {s for s in graph.subjects() if "/body/" in str(s)}
    assert bodies and all(len(list(graph.objects(URIRef(b), RDFS.label))) == 1 for b in bodies)


def test_a_spokeswoman_of_an_unowned_ministry_speaks_for_the_capital_her_clause_is_set_in(nlp):
    text = (
        "Georgia condemned the parliamentary elections held in Abkhazia on 12 March 2017.\n\n"
        "In Moscow, Foreign Ministry spokeswoman Maria Zakharova described the vote as an important step for "
        "Abkhazia's democratic institutions."
    )
    assert ("Russia", "abkhazia-2017-03-12-parliamentary", "endorse") in positions(extract_text(nlp, text))


def test_a_name_the_parse_cut_in_the_subject_still_speaks(nlp):
    """'Earlier, the co-chairs of ...' parses as '[co-] [chairs of the OSCE Minsk Group]'; and 'did not consider
    the referendum legitimate' denies its legitimacy."""
    text = (
        "Azerbaijan condemned the referendum held in Nagorno-Karabakh on 20 February 2017.\n\n"
        "Earlier, the co-chairs of the OSCE Minsk Group said in a statement that they did not consider the "
        "referendum legitimate."
    )
    assert ("OSCE Minsk Group", "nagorno-karabakh-2017-02-20-referendum", "reject") in positions(
        extract_text(nlp, text)
    )


def test_a_subject_the_parse_made_the_root_still_speaks(nlp):
    """'Brazil's ambassador, X, called on ...' parses with the ambassador as the root and 'called' hung on it."""
    text = (
        "Russia said the referendums held in Kherson on 23 September 2022 were legal.\n\n"
        'Brazil\'s ambassador, Ronaldo Costa Filho, called on the parties to seek "a negotiated solution" and said '
        "Brazil's vote on the draft resolution reflected its commitment to dialogue."
    )
    assert ("Brazil", "kherson-2022-09-23-referendum", "neutral") in positions(extract_text(nlp, text))


def test_it_in_a_relative_clause_is_the_subject_of_its_sentence(nlp):
    text = (
        "The European Union took note of the presidential vote held in Transnistria on 11 December 2011, "
        "which it said it did not recognise."
    )
    assert positions(extract_text(nlp, text)) == {("European Union", "transnistria-2011-12-11-presidential", "reject")}


def test_a_round_up_entry_labelled_by_actor_takes_no_side_by_a_principle(nlp):
    text = (
        "The referendum held in Crimea on 16 March 2014 drew reactions around the world.\n\n"
        "Japan: Tokyo said it did not recognise the result.\n\n"
        "Belarus: The president said the peninsula was now a fact.\n\n"
        "China: The foreign ministry said China respected the sovereignty of all countries and called for a "
        "political solution."
    )
    assert ("China", "crimea-2014-03-16-referendum", "neutral") in positions(extract_text(nlp, text))


def test_them_after_another_actors_words_on_the_votes_are_those_votes(nlp):
    text = (
        "The European Union said it did not recognise the presidential election and the referendum held in South "
        "Ossetia on 9 April 2017, and NATO Secretary General Jens Stoltenberg called them a violation of Georgia's "
        "integrity."
    )
    assert {actor for actor, *_ in extract_text(nlp, text)} == {"European Union", "North Atlantic Treaty Organization"}


def test_words_about_an_actor_are_not_its_words(nlp):
    """'"Russia's actions are dangerous," spokesman X said': the quotation's subject is Russia's actions."""
    text = (
        "The United States condemned the referendum held in Crimea on 16 March 2014.\n\n"
        '"Russia\'s actions are dangerous and destabilising," spokesman Jay Carney said.'
    )
    assert "Russia" not in {actor for actor, *_ in extract_text(nlp, text)}


def test_the_quai_d_orsay_is_frances_foreign_ministry_not_a_person(nlp):
    text = (
        "The French foreign ministry (Quai d'Orsay) said the elections held in Donetsk on 2 November 2014 were "
        "a new obstacle on the path to peace and contravened the Minsk protocol."
    )
    assert speakers_in(nlp, text) == {("France", ())}


def test_the_leader_of_a_states_breakaway_region_does_not_speak_for_the_state(nlp):
    text = (
        "Alexander Ankvab, the acting leader of Georgia's breakaway region of Abkhazia, won the presidential "
        "election held on 26 August 2011, the region's election commission said."
    )
    assert extract_text(nlp, text) == []


def test_a_parliament_by_its_own_name_and_its_speaker(nlp):
    text = (
        "The Milli Majlis adopted a statement denouncing the so-called elections held in Nagorno-Karabakh on "
        "31 March 2020. Speaker Ogtay Asadov urged parliaments of other countries to condemn the vote."
    )
    assert speakers_in(nlp, text) == {
        ("Azerbaijan", ()),
        ("Azerbaijan", ("Ogtay Asadov",)),
    }


def test_a_state_named_before_an_institution_owns_it(nlp):
    text = (
        "The presidential election held in Crimea on 18 March 2018 was lawful, Russian Central Election Commission "
        "Chairwoman Ella Pamfilova said."
    )
    assert speakers_in(nlp, text) == {("Russia", ("Ella Pamfilova",))}


def test_a_round_up_entry_whose_subject_belongs_to_the_organisation(nlp):
    """'OSCE: The organisation's chairmanship said it remained committed to the Geneva International Discussions'."""
    text = (
        "Georgia condemned the presidential election held in Abkhazia on 15 February 2025.\n\n"
        "OSCE: The organisation's chairmanship said it remained committed to the Geneva International Discussions."
    )
    assert (
        "Organization for Security and Co-operation in Europe",
        "abkhazia-2025-02-15-presidential",
        "neutral",
    ) in positions(extract_text(nlp, text))


def test_a_headline_subject_does_not_reach_across_a_semicolon(nlp):
    from datetime import date

    text = "Armenia congratulates Harutyunyan; Azerbaijan calls Karabakh runoff illegal"
    assert positions(extract_text(nlp, text, date(2020, 4, 15))) == {
        ("Azerbaijan", "nagorno-karabakh-2020-03-31-general", "reject")
    }


def test_the_rest_of_a_reaction_in_the_same_sentence_lengthens_its_words(nlp):
    text = (
        "Russian Foreign Minister Sergei Lavrov congratulated the winner of the presidential election held in "
        'South Ossetia on 25 March 2012 and said Moscow would help the region "strengthen its statehood".'
    )
    [statement] = extract(Article("t.txt", text), nlp).statements
    assert statement.polarity == "endorse" and text[slice(*statement.words)].endswith('strengthen its statehood"')


def test_persons_listed_with_as_many_states_speak_for_them_respectively(nlp):
    text = (
        "The foreign ministers of Austria and Sweden, Anna Berger and Lars Holm, said the elections held in "
        "Donetsk on 11 November 2018 were illegal."
    )
    found = speakers_in(nlp, text)
    assert found == {("Austria", ("Anna Berger",)), ("Sweden", ("Lars Holm",))}


def test_the_subject_of_a_relative_clause_in_the_words_is_not_who_speaks(nlp):
    text = (
        "The international community has refused to recognise the elections to the State Duma, which Russia held "
        "in Crimea on 18 September 2016."
    )
    assert extract_text(nlp, text) == []


def test_an_election_commissions_count_is_no_position(nlp):
    text = (
        "Putin won 87 percent in the presidential election held in Crimea on 15 March 2024, according to Russia's "
        "Central Election Commission."
    )
    assert extract_text(nlp, text) == []


def test_we_in_a_transcript_paragraph_labelled_with_an_official_is_that_official(nlp):
    text = (
        "Question: How do you assess the presidential election held in Abkhazia on 22 March 2020?\n\n"
        "Maria Zakharova: We welcome the fact that the election was held in a calm atmosphere."
    )
    found = {(s.actor.name, s.speaker.persons, s.polarity) for s in extract(Article("t.txt", text), nlp).statements}
    assert found == {("Russia", ("Maria Zakharova",), "endorse")}


def test_its_at_the_head_of_a_sentence_is_the_subject_of_the_one_before(nlp):
    text = (
        "Russia held so-called referendums in Kherson on 23 September 2022. China said the sovereignty of all "
        "countries should be respected.\n\n"
        "North Korea was among the few to side with Moscow. Its foreign ministry said it respected the results."
    )
    assert ("North Korea", "kherson-2022-09-23-referendum", "endorse") in positions(extract_text(nlp, text))


def test_a_government_no_state_owns_is_the_claimants_when_none_was_named(nlp):
    text = (
        "The government on Monday dismissed the parliamentary elections held in Northern Cyprus on 7 January 2018.\n\n"
        '"The so-called elections held in the occupied areas have no legal standing whatsoever," government '
        "spokesman Prodromos Prodromou said."
    )
    assert {s[0] for s in extract_text(nlp, text)} == {"Cyprus"}


def test_a_press_release_in_the_first_person_gives_its_whole_sentence(nlp):
    text = (
        "Press Release Regarding the So-Called Elections Held in Nagorno-Karabakh\n\n"
        'We do not recognize the so-called "elections" held on 31 March 2020 in Nagorno-Karabakh.\n\n'
        "Türkiye will continue to support Azerbaijan."
    )
    words = [text[s.words[0] : s.words[1]] for s in extract(Article("t.txt", text), nlp).statements]
    assert [w for w in words if "not recognize" in w] == [
        'We do not recognize the so-called "elections" held on 31 March 2020 in Nagorno-Karabakh'
    ]


def test_the_holding_of_a_vote_speaks_for_no_one(nlp):
    text = (
        "The holding of so-called elections in the occupied areas of Ukraine on 10 September 2023 has no legal basis "
        "under international law and the Secretary-General fully supports the territorial integrity of Ukraine."
    )
    assert "Ukraine" not in {s[0] for s in extract_text(nlp, text)}


def test_the_mediators_are_the_group_that_spoke_before(nlp):
    text = (
        "Nagorno-Karabakh held parliamentary elections on 3 May 2015.\n\n"
        "The co-chairs of the OSCE Minsk Group said they did not recognise Nagorno-Karabakh as an independent state. "
        "The mediators also said the vote did not prejudge the region's future status."
    )
    assert {s[0] for s in extract_text(nlp, text)} == {"OSCE Minsk Group"}
