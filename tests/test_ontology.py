"""The ontology files: every term documented, the SKOS schemes and the shapes' sh:in lists in agreement."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from kg.namespaces import CE
from kg.resources import ontology_files, shapes_file


def ontology() -> Graph:
    g = Graph()
    for path in ontology_files():
        g.parse(path)
    return g


def test_every_term_has_a_label_and_a_comment():
    g = ontology()
    terms = {s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(str(CE))}
    undocumented = [t for t in terms if not g.value(t, RDFS.label) or not g.value(t, RDFS.comment)]
    assert terms and not undocumented


def test_the_ontology_reuses_standard_vocabularies():
    g = ontology()
    parents = {str(o) for o in g.objects(None, RDFS.subClassOf)} | {str(o) for o in g.objects(None, RDFS.subPropertyOf)}
    for vocabulary in (
        "http://www.w3.org/ns/prov#",
        "http://www.w3.org/ns/org#",
        "http://www.w3.org/ns/oa#",
        "http://schema.org/",
    ):
        assert any(p.startswith(vocabulary) for p in parents), vocabulary
    assert (URIRef("https://w3id.org/contested-elections/ontology"), RDF.type, OWL.Ontology) in g


def scheme_members(g: Graph, scheme) -> set[URIRef]:
    return set(g.subjects(SKOS.inScheme, scheme))


def test_shapes_in_lists_are_the_skos_schemes():
    g, shapes = ontology(), Graph().parse(shapes_file())
    lists = {}
    for prop in shapes.subjects(SH["in"], None):
        path = shapes.value(prop, SH.path)
        lists.setdefault(path, set()).update(Collection(shapes, shapes.value(prop, SH["in"])))
    assert lists[CE.stance] == scheme_members(g, CE.StanceScheme)
    assert lists[CE.polarity] == scheme_members(g, CE.PolarityScheme)
    assert lists[CE.mode] == scheme_members(g, CE.ModeScheme)
    assert lists[CE.kind] == scheme_members(g, CE.ElectionKindScheme)


def test_stance_keys_are_those_of_the_gold_vocabulary():
    from loaders.stance_words import STANCES

    assert {str(s).rsplit("#", 1)[-1] for s in scheme_members(ontology(), CE.StanceScheme)} == set(STANCES)


def test_every_target_class_is_in_the_ontology():
    g, shapes = ontology(), Graph().parse(shapes_file())
    for target in shapes.objects(None, SH.targetClass):
        assert (target, RDF.type, OWL.Class) in g, target
