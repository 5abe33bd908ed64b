"""The extraction finding whom a speaker speaks for when they chair an organisation, hold the EU's presidency or
speak on another's behalf (`loaders.presiding`), and who "he" is after a delegate named by their role. Each text
is written for these tests; each test is one behaviour.
"""

from __future__ import annotations

from .conftest import extract_text, positions, speakers_in

OSCE = "Organization for Security and Co-operation in Europe"


def test_a_minister_who_chairs_an_organisation_speaks_for_it(nlp):
    for text in (
        "Karel De Gucht, the Belgian foreign minister who holds the rotating chairmanship of the OSCE, said the "
        "organisation would not recognise the referendum held in Transnistria on 17 September 2006.",
        "OSCE Chairperson-in-Office Ian Borg said the so-called elections held in occupied Crimea on 15 March 2024 "
        "were illegitimate.",
        "The chairman-in-office, Italian Foreign Minister Enzo Moavero Milanesi, said the votes held in Donetsk "
        "and Luhansk on 11 November 2018 ran counter to the Minsk agreements.",
    ):
        found = speakers_in(nlp, text)
        assert {actor for actor, _ in found} == {OSCE}, text
        assert all(persons and "Office" not in persons[0] for _, persons in found), text


def test_a_state_holding_the_eu_presidency_speaks_for_the_union(nlp):
    text = (
        "Finland, which holds the EU presidency, said in a statement on behalf of the bloc that the referendum held "
        "in Transnistria on 17 September 2006 contradicts the sovereignty and territorial integrity of Moldova."
    )
    assert positions(extract_text(nlp, text)) == {("European Union", "transnistria-2006-09-17-referendum", "reject")}


def test_a_delegate_speaking_on_behalf_of_the_union_speaks_for_it(nlp):
    text = (
        "Speaking on behalf of the European Union, the representative of Greece said the bloc condemned the illegal "
        "referendum held in Crimea on 16 March 2014."
    )
    assert positions(extract_text(nlp, text)) == {("European Union", "crimea-2014-03-16-referendum", "reject")}


def test_a_state_presiding_the_security_council_speaks_for_itself(nlp):
    text = (
        "Russia, which holds the presidency of the UN Security Council this month, said the referendum held in "
        "Crimea on 16 March 2014 was legitimate."
    )
    assert {s[0] for s in extract_text(nlp, text)} == {"Russia"}


def test_the_co_chairs_named_with_their_states_speak_for_their_group(nlp):
    text = (
        "The co-chairmen of the OSCE Minsk Group issued a statement on Monday.\n\n"
        '"These elections cannot have any effect on the final status of Nagorno-Karabakh," the co-chairs - Yuri '
        "Merzlyakov of Russia, Bernard Fassier of France and Steven Mann of the United States - said of the "
        "parliamentary elections held on 19 June 2005."
    )
    assert {actor for actor, _ in speakers_in(nlp, text)} == {"OSCE Minsk Group"}


def test_he_after_a_delegate_named_by_role_is_that_delegate(nlp):
    text = (
        "Ukraine's acting foreign minister, Andrii Deshchytsia, said the referendum held in Crimea on 16 March 2014 "
        "was illegal.\n\n"
        "The representative of the Russian Federation said the referendum had been held in full conformity with "
        'international law. The results "reflect the free will of the overwhelming majority", he said.'
    )
    assert positions(extract_text(nlp, text)) == {
        ("Ukraine", "crimea-2014-03-16-referendum", "reject"),
        ("Russia", "crimea-2014-03-16-referendum", "endorse"),
    }


def test_a_quantified_subject_speaks_for_nobody(nlp):
    lead = (
        "Moldova's foreign ministry said the presidential election held in occupied Crimea on 15 March 2024 was "
        "illegitimate."
    )
    assert extract_text(nlp, lead + "\n\nNot every government condemned the vote.") == extract_text(nlp, lead)


def test_co_chairs_the_parse_cut_from_their_group_speak_for_it(nlp):
    text = (
        "Azerbaijan rejected the presidential election held in Nagorno-Karabakh on 19 July 2007.\n\n"
        "The co-chairmen of the OSCE Minsk Group - Matthew Bryza of the United States, Bernard Fassier of France and "
        'Yuri Merzlyakov of Russia - said the vote "should not prejudice" the outcome of the negotiations on the '
        "region's status."
    )
    assert ("OSCE Minsk Group", "nagorno-karabakh-2007-07-19-presidential", "reject") in positions(
        extract_text(nlp, text)
    )


def test_the_organisations_chairmanship_named_with_its_state_speaks_for_the_organisation(nlp):
    text = (
        "Ukraine condemned the elections held in Crimea on 14 September 2014.\n\n"
        "The OSCE's Swiss chairmanship said it regarded the vote as \"not in conformity with Ukraine's constitution\"."
    )
    assert positions(extract_text(nlp, text)) == {
        ("Ukraine", "crimea-2014-09-14-parliamentary", "reject"),
        (OSCE, "crimea-2014-09-14-parliamentary", "reject"),
    }
