"""The extraction finding which person speaks and for whom: officials named alone or with a title, aides and
their principals, commentators who speak for nobody, an opinion piece's author, the person an office's statement
reports, names the model cuts or takes titles into. Each text is written for these tests; each test is one
behaviour.
"""

from __future__ import annotations

from loaders.article import Article
from loaders.statements import extract

from .conftest import extract_text, positions, speakers_in


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


def test_the_person_a_statement_reports_is_its_speaker(nlp):
    text = (
        "French President Jean Dupont told his Russian counterpart that France would never recognise the "
        "referendum in Crimea on 16 March 2014, the Elysee Palace said."
    )
    statements = extract(Article("t.txt", text), nlp).statements
    assert statements and all(s.actor.name == "France" for s in statements)
    assert {s.speaker.persons for s in statements} == {("Jean Dupont",)}


def test_a_title_the_model_takes_into_the_name_is_not_the_name(nlp):
    text = (
        "Azerbaijan condemned the presidential election held in Nagorno-Karabakh on 31 March 2020.\n\n"
        'Spokeswoman Leyla Abdullayeva said the vote was "a sham".'
    )
    persons = {s.speaker.persons for s in extract(Article("t.txt", text), nlp).statements if s.speaker.persons}
    assert persons == {("Leyla Abdullayeva",)}


def test_a_spokesman_for_a_prime_minister_is_not_the_prime_minister(nlp):
    text = (
        "A spokesman for Prime Minister John Smith said Britain would not recognise the elections held in the "
        "Donbas on 2 November 2014."
    )
    statements = extract(Article("t.txt", text), nlp).statements
    assert statements and all(s.actor.name == "United Kingdom" and not s.speaker.persons for s in statements)


def test_a_spokesperson_for_a_titled_principal_is_not_the_principal(nlp):
    for text in (
        "A spokesperson for EU foreign policy chief Catherine Ashton said the EU did not recognise the presidential "
        "election held in Nagorno-Karabakh on 19 July 2012.",
        '"The EU does not recognise the presidential election held in Nagorno-Karabakh on 19 July 2012," a '
        "spokesperson for the EU's foreign policy chief Catherine Ashton said.",
    ):
        statements = extract(Article("t.txt", text), nlp).statements
        assert statements and all(s.actor.name == "European Union" and not s.speaker.persons for s in statements)


def test_a_head_of_state_named_by_title_alone_speaks_for_the_dateline_state(nlp):
    text = (
        "ANKARA - President Recep Tayyip Erdogan congratulated Tufan Erhurman on winning the presidential election "
        "held in northern Cyprus on 19 October 2025."
    )
    assert positions(extract_text(nlp, text)) == {("Turkey", "northern-cyprus-2025-10-19-presidential", "endorse")}


def test_what_an_analyst_says_an_actor_thinks_is_no_statement_of_that_actor(nlp):
    text = "Analyst Mark Galeotti said the Kremlin saw the presidential vote held in Crimea on 18 March 2018 as a test."
    assert extract_text(nlp, text) == []


def test_a_consultancys_founder_quoted_on_an_actor_is_no_statement_of_that_actor(nlp):
    text = (
        "Separatists held referendums in Donetsk, Luhansk, Zaporizhzhia and Kherson on 23 September 2022.\n\n"
        '"Putin needs these votes to present any counter-offensive as an attack on Russia itself," said Ana Roe, '
        "founder of the R.Analytica consultancy."
    )
    assert extract_text(nlp, text) == []


def test_the_person_who_acted_speaks_in_a_statement_of_their_office(nlp):
    text = (
        "Russian President Dmitry Medvedev sent Yevgeny Shevchuk his congratulations on winning the presidential "
        "election held in Transnistria on 25 December 2011, the Kremlin said."
    )
    assert speakers_in(nlp, text) == {("Russia", ("Dmitry Medvedev",))}


def test_a_person_after_a_round_up_label_is_the_speaker(nlp):
    text = (
        "Germany: Chancellor Angela Merkel's spokesman Steffen Seibert said the referendum held in Crimea on "
        "16 March 2014 was illegal."
    )
    assert speakers_in(nlp, text) == {("Germany", ("Steffen Seibert",))}


def test_a_title_alone_is_not_a_name(nlp):
    """The model may tag a sentence's first word, a title, as a person: "[Spokesperson] for the ministry ..."."""
    from spacy.tokens import Span

    from loaders.persons import persons_in

    doc = nlp("Spokesperson Leyla Abdullayeva said it.")
    doc.ents = [Span(doc, 0, 1, "PERSON"), Span(doc, 1, 3, "PERSON")]
    assert [name for name, _, _ in persons_in(doc, doc[0:3], [])] == ["Leyla Abdullayeva"]


def test_an_official_named_alone_speaks_for_the_actor_of_the_office(nlp):
    text = "Lavrov said Moscow welcomed the referendum held in Crimea on 16 March 2014."
    result = extract(Article("t.txt", text), nlp)
    assert {(s.actor.name, s.speaker.persons, s.polarity) for s in result.statements} == {
        ("Russia", ("Sergey Lavrov",), "endorse")
    }


def test_an_officials_own_office_outweighs_the_state_spoken_of_last(nlp):
    text = (
        "Georgia condemned the parliamentary elections held in Abkhazia on 12 March 2017.\n\n"
        "Foreign Ministry spokeswoman Maria Zakharova described the vote as an important step for Abkhazia."
    )
    assert ("Russia", "abkhazia-2017-03-12-parliamentary", "endorse") in positions(extract_text(nlp, text))


def test_one_label_for_a_name_spelt_two_ways(nlp):
    from rdflib import Graph
    from rdflib.namespace import RDFS

    from loaders.triples import extraction_triples

    text = (
        "President Recep Tayyip Erdoğan congratulated the winner of the presidential election held in northern "
        "Cyprus on 19 October 2025, Turkey's presidency said.\n\n"
        '"The vote was free and fair," Recep Tayyip Erdogan said.'
    )
    graph = Graph().parse(data=extraction_triples(extract(Article("t.txt", text), nlp), "test"), format="nt")
    persons = {s for s in graph.subjects() if "/person/" in str(s)}
    assert persons and all(len(list(graph.objects(p, RDFS.label))) == 1 for p in persons)


def test_the_principal_of_a_spokeswoman_named_in_the_possessive_is_not_the_speaker(nlp):
    text = (
        "U.S. Secretary of State Hillary Clinton's spokeswoman said Washington did not recognise the presidential "
        "election held in Abkhazia on 26 August 2011."
    )
    assert speakers_in(nlp, text) == {("United States", ())}


def test_the_author_of_a_signed_opinion_piece_speaks_its_words(nlp):
    text = (
        "Opinion: The world must never accept Russia's sham referendums\n\n"
        "By Dmytro Kuleba, Minister of Foreign Affairs of Ukraine\n\n"
        "Ukraine will never recognise the referendums held in Kherson on 23 September 2022."
    )
    assert speakers_in(nlp, text) == {("Ukraine", ("Dmytro Kuleba",))}


def test_an_officials_name_the_model_cut_is_still_the_official(nlp):
    from loaders.named_officials import office_of

    assert office_of([("Jomart Tokayev", 0, 14)])[1] == "Kassym-Jomart Tokayev"


def test_a_name_the_parse_left_between_a_title_and_the_verb_is_the_speaker(nlp):
    text = (
        "Azerbaijan's foreign ministry spokeswoman Leyla Abdullayeva said the so-called runoff held in "
        "Nagorno-Karabakh on 14 April 2020 was illegal."
    )
    result = extract(Article("t.txt", text), nlp)
    assert {s.speaker.persons for s in result.statements} == {("Leyla Abdullayeva",)}


def test_the_president_who_congratulated_speaks_in_his_offices_statement(nlp):
    text = (
        "YEREVAN - Armenian President Armen Sarkissian congratulated Arayik Harutyunyan on his election in the "
        "runoff held in Nagorno-Karabakh on 14 April 2020, his office said."
    )
    assert speakers_in(nlp, text) == {("Armenia", ("Armen Sarkissian",))}


def test_the_person_the_words_name_speaks_when_the_reporter_names_no_actor(nlp):
    text = (
        "Turkish President Tayyip Erdogan congratulated Mustafa Akinci on winning the runoff held in northern "
        "Cyprus on 26 April 2015, the Turkish presidency said."
    )
    assert speakers_in(nlp, text) == {("Turkey", ("Tayyip Erdogan",))}


def test_the_minister_who_issued_a_statement_speaks_its_quoted_paragraphs(nlp):
    """The model cuts "Minister of Foreign Affairs Mélanie Joly today issued ..." into three sentences; the
    quotation after it is the minister's, although it names Canada as its subject."""
    text = (
        "Statement by Minister Joly on Russia's sham referendums in Ukraine\n\n"
        "Minister of Foreign Affairs Mélanie Joly today issued the following statement:\n\n"
        '"Canada strongly condemns the sham referendums that Russia staged in the Kherson region on '
        '23 September 2022."'
    )
    assert speakers_in(nlp, text) == {("Canada", ("Mélanie Joly",))}


def test_a_ministers_portfolio_is_not_part_of_the_name(nlp):
    text = (
        "Georgian Minister for Conflict Resolution Anzor Beridze said the referendum held in South Ossetia on "
        "12 November 2006 was a farce."
    )
    statements = extract(Article("t.txt", text), nlp).statements
    assert statements and {s.speaker.persons for s in statements} == {("Anzor Beridze",)}


def test_a_hyphenated_principal_in_the_possessive_is_not_the_speaker(nlp):
    text = (
        "Dervis Eroglu won the presidential election held in Northern Cyprus on 18 April 2010.\n\n"
        "Cypriot President Demetris Christofias said he was ready to continue negotiations.\n\n"
        'UN Secretary-General Ban Ki-moon\'s spokesman said the UN "looks forward to working with Mr. Eroglu" and '
        "expected negotiations to resume soon."
    )
    un = [s for s in extract(Article("t.txt", text), nlp).statements if s.actor.name == "United Nations"]
    assert un and all(not s.speaker.persons for s in un)


def test_a_portfolio_before_a_name_is_not_a_first_name(nlp):
    text = (
        "Moldovan Deputy Prime Minister for Reintegration Vladislav Kulminski said the so-called elections held in "
        "Transnistria on 12 December 2021 have no legal significance."
    )
    [statement] = extract(Article("t.txt", text), nlp).statements
    assert statement.speaker.persons == ("Vladislav Kulminski",)


def test_secretary_of_state_is_a_title_not_a_first_name(nlp):
    text = (
        "WASHINGTON, Nov 4 - U.S. Secretary of State Jane Roe said the elections held in Donetsk on 2 November 2014 "
        'were "illegitimate".'
    )
    assert {s.speaker.persons for s in extract(Article("t.txt", text), nlp).statements} == {("Jane Roe",)}


def test_a_surname_first_met_beside_another_is_that_person_alone(nlp):
    text = (
        "Kerry, Lavrov at odds over separatist votes\n\n"
        "The United States called the elections held in Donetsk on 2 November 2014 illegitimate.\n\n"
        'Lavrov said Moscow "respects the expression of the will" of the residents.'
    )
    statements = extract(Article("t.txt", text), nlp).statements
    assert {s.speaker.persons for s in statements if s.actor.name == "Russia"} == {("Sergey Lavrov",)}


def test_a_text_named_after_a_city_is_neither_its_state_nor_a_person(nlp):
    text = (
        "The Hague Declaration: G7 leaders condemn the referendum held in Crimea on 16 March 2014\n\n"
        "The Minsk agreements were also discussed."
    )
    statements = extract(Article("t.txt", text), nlp).statements
    assert {s.actor.name for s in statements} == {"Group of Seven"}
    assert not any(s.speaker.persons for s in statements)


def test_a_party_named_after_its_state_is_not_the_state(nlp):
    text = (
        "Ukraine said it would not recognise the State Duma election held in Crimea on 18 September 2016, as the "
        "ruling United Russia party claimed a landslide victory."
    )
    assert {s.actor.name for s in extract(Article("t.txt", text), nlp).statements} == {"Ukraine"}


def test_a_peers_title_keeps_its_place(nlp):
    text = (
        "South Ossetia held a presidential election on 10 April 2022.\n\n"
        "Britain's Minister for the European Neighbourhood, Lord Ahmad of Wimbledon, said on 11 April 2022 that the "
        "United Kingdom does not recognise the so-called presidential elections."
    )
    assert {s.speaker.persons for s in extract(Article("t.txt", text), nlp).statements} == {
        ("Lord Ahmad of Wimbledon",)
    }


def test_an_organisations_secretary_general_named_by_role_alone_speaks_for_it(nlp):
    text = "NATO's secretary general said the allies would never recognise the referendum held in Crimea in March 2014."
    assert positions(extract_text(nlp, text)) == {
        ("North Atlantic Treaty Organization", "crimea-2014-03-16-referendum", "reject")
    }


def test_the_leader_an_adviser_serves_is_not_the_speaker(nlp):
    text = (
        "Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev, said the so-called election held in "
        "Nagorno-Karabakh on 9 September 2023 was illegal."
    )
    assert speakers_in(nlp, text) == {("Azerbaijan", ("Hikmet Hajiyev",))}


def test_a_surname_after_a_particle_is_part_of_the_name(nlp):
    text = (
        "European Commission President Ursula von der Leyen congratulated the winner of the presidential election "
        "held in Northern Cyprus on 19 October 2025."
    )
    assert speakers_in(nlp, text) == {("European Union", ("Ursula von der Leyen",))}


def test_another_person_of_the_same_actor_speaking_on_in_the_sentence_speaks_too(nlp):
    text = (
        "Separatists in Donetsk and Luhansk held leadership votes on 11 November 2018.\n\n"
        'Russia\'s foreign ministry said it "respects the choice" of the residents, and Kremlin spokesman Dmitry '
        "Peskov said the elected leaders had a mandate to take part in peace talks."
    )
    assert speakers_in(nlp, text) == {("Russia", ()), ("Russia", ("Dmitry Peskov",))}
