"""Minutes -> PropertyGraph: nodes, relationships, evidence, schema conformance, docs."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import examples
import pytest

from graphgov.graph.build import Resolver, build_graph
from graphgov.graph.property_graph import EvidenceRef, PropertyGraph, check_properties
from graphgov.graph.schema import NATURAL_KEYS, RELATIONSHIPS, Label, Rel, node_id

DOCS = Path(__file__).resolve().parents[1] / "docs" / "schema.md"


def rels(pg: PropertyGraph, rel: Rel) -> set[tuple[str, str]]:
    return {(r.start, r.end) for r in pg.iter_relationships(rel)}


def person(name: str, council: str = "Ashcombe") -> str:
    return node_id(Label.PERSON, council, name)


@pytest.fixture()
def march() -> PropertyGraph:
    return build_graph(examples.march_minutes()).graph


def test_council_key_drops_borough_wrapper(march: PropertyGraph) -> None:
    council = march.nodes[node_id(Label.COUNCIL, "Ashcombe")]
    assert council.properties["name"] == "Ashcombe"
    assert council.properties["names"] == ["Borough of Ashcombe"]


def test_meeting_node_and_its_body(march: PropertyGraph) -> None:
    [meeting] = march.iter_nodes(Label.MEETING)
    assert meeting.properties == {
        "council": "Ashcombe", "body": examples.BOARD, "date": "2024-03-04",
        "start_time": "18:00", "end_time": "19:30", "venue": "Council Chamber, Ashcombe Town Hall",
    }
    board = node_id(Label.BODY, "Ashcombe", examples.BOARD)
    assert (board, meeting.id) in rels(march, Rel.HELD)
    assert march.nodes[board].properties["kind"] == "board"
    assert (board, node_id(Label.COUNCIL, "Ashcombe")) in rels(march, Rel.PART_OF)
    doc = node_id(Label.DOCUMENT, examples.march_minutes().source.sha256)
    assert (doc, meeting.id) in rels(march, Rel.RECORDS)


def test_attendance_properties_and_chair(march: PropertyGraph) -> None:
    [meeting] = march.iter_nodes(Label.MEETING)
    hale = march.relationships[(person("Tom Hale"), meeting.id, "ATTENDED")]
    assert hale.properties["chair"] is True
    assert hale.properties["capacity"] == "member"
    assert hale.properties["role"] == "Leader of the Council"
    assert (person("Tom Hale"), meeting.id) in rels(march, Rel.CHAIRED)
    assert len(rels(march, Rel.CHAIRED)) == 1
    anand = march.relationships[(person("Dev Anand"), meeting.id, "ATTENDED")]
    assert anand.properties["status"] == "apologies"
    assert march.nodes[person("Tom Hale")].properties["honorific"] == "Councillor"


def test_posts_held_with_dates_and_chair_of(march: PropertyGraph) -> None:
    post = node_id(Label.POST, "Ashcombe", "Corporate Director, Resources")
    holds = march.relationships[(person("Owen Baxter"), post, "HOLDS")]
    assert holds.properties == {"first_seen": "2024-03-04", "last_seen": "2024-03-04"}
    assert (post, node_id(Label.COUNCIL, "Ashcombe")) in rels(march, Rel.POST_OF)
    fssc = node_id(Label.BODY, "Ashcombe", "Finance Scrutiny Sub-Committee")
    assert (person("Ruth Baxter"), fssc) in rels(march, Rel.CHAIR_OF)


def test_members_and_represented_organisations(march: PropertyGraph) -> None:
    board = node_id(Label.BODY, "Ashcombe", examples.BOARD)
    members = {s for s, e in rels(march, Rel.MEMBER_OF) if e == board}
    assert members == {person("Tom Hale"), person("Ruth Baxter"), person("Imogen Fry"),
                       person("Dev Anand")}
    tenants = node_id(Label.BODY, "Ashcombe", "Ashcombe Tenants Association")
    rel = march.relationships[(person("Imogen Fry"), tenants, "MEMBER_OF")]
    assert rel.properties["capacity"] == "representative"
    assert march.nodes[tenants].properties["kind"] == "organisation"
    # An organisation someone represents is not a post.
    assert all(n.properties["name"] != "Ashcombe Tenants Association"
               for n in march.iter_nodes(Label.POST))


def test_items_resolutions_actions_themes(march: PropertyGraph) -> None:
    items = sorted(march.iter_nodes(Label.ITEM), key=lambda n: n.properties["order"])
    assert [(i.properties["number"], i.properties["title"]) for i in items] == [
        ("1", "Apologies for Absence"), ("2", "Budget Monitoring Quarter 3")]
    budget = items[1].id
    assert (person("Owen Baxter"), budget) in rels(march, Rel.PRESENTED)
    resolutions = [r for s, r in rels(march, Rel.RESOLVED) if s == budget]
    assert len(resolutions) == 2
    assert march.nodes[node_id(Label.RESOLUTION, budget, 1)].properties["text"] == \
        "That the forecast overspend be noted."
    action = node_id(Label.ACTION, budget, 1)
    assert (action, budget) in rels(march, Rel.ARISES_FROM)
    # "O. Baxter" fits Owen (initial O), never Ruth.
    assert rels(march, Rel.ASSIGNED_TO) == {(action, person("Owen Baxter"))}
    about = march.relationships[(budget, node_id(Label.THEME, "Finance"), "ABOUT")]
    assert about.properties["trigger"] == "budget"


def test_mentions_with_acronym_and_canonical_spelling(march: PropertyGraph) -> None:
    budget = next(n.id for n in march.iter_nodes(Label.ITEM) if n.properties["number"] == "2")
    fssc = node_id(Label.BODY, "Ashcombe", "Finance Scrutiny Sub-Committee")
    mention = march.relationships[(budget, fssc, "MENTIONS")]
    assert mention.properties["acronym"] == "FSSC"
    assert march.nodes[fssc].properties["acronym"] == "FSSC"
    assert march.nodes[fssc].properties["kind"] == "sub-committee"
    lga = node_id(Label.BODY, "Ashcombe", "Local Government Association")
    [meeting] = march.iter_nodes(Label.MEETING)
    assert (meeting.id, lga) in rels(march, Rel.MENTIONS)


def test_every_relationship_has_evidence(march: PropertyGraph) -> None:
    src = examples.march_minutes().source
    for rel in march.iter_relationships():
        assert rel.evidence, rel
        for ev in rel.evidence:
            assert ev.source == src.path and ev.document == src.sha256
            assert ev.line > 0 and ev.quote


def test_graph_follows_the_schema(march: PropertyGraph) -> None:
    specs = {spec.type: spec for spec in RELATIONSHIPS}
    for node in march.iter_nodes():
        check_properties(node.properties)
        assert node.id.startswith(node.label.value.lower() + ":")
        for key in NATURAL_KEYS[node.label]:
            assert key in node.properties or key in {"number", "start_time", "date", "body"}
    for rel in march.iter_relationships():
        spec = specs[rel.type]
        assert march.nodes[rel.start].label in spec.start, rel
        assert march.nodes[rel.end].label in spec.end, rel
        check_properties(rel.properties)


def test_building_twice_gives_the_same_graph() -> None:
    a = build_graph(examples.march_minutes()).graph
    b = build_graph(examples.march_minutes()).graph
    assert a.nodes == b.nodes and a.relationships == b.relationships


def test_council_inferred_from_body_prefix_then_option_then_unknown() -> None:
    resolver = Resolver()
    build_graph(examples.march_minutes(), resolver=resolver)
    inferred = build_graph(examples.planning_minutes(), resolver=resolver)
    assert inferred.councils == ("Ashcombe",)
    given = build_graph(examples.planning_minutes(), council="Wexbridge District Council")
    assert given.councils == ("Wexbridge",)
    alone = examples.planning_minutes()
    assert build_graph(alone).councils == (f"unknown {alone.source.sha256[:12]}",)


def test_people_of_two_documents_of_unknown_councils_stay_apart() -> None:
    resolver = Resolver()
    one = examples.planning_minutes()
    other = dataclasses.replace(one, source=examples.source("elsewhere.txt"))
    a = build_graph(one, resolver=resolver).graph
    b = build_graph(other, resolver=resolver).graph
    [ruth_a] = [n.id for n in a.iter_nodes(Label.PERSON)]
    [ruth_b] = [n.id for n in b.iter_nodes(Label.PERSON)]
    assert ruth_a != ruth_b
    [council] = a.iter_nodes(Label.COUNCIL)
    assert council.properties["known"] is False


def test_post_only_owner_becomes_a_post_and_ambiguous_surname_stays_apart() -> None:
    resolver = Resolver()
    build_graph(examples.march_minutes(), resolver=resolver)
    june = build_graph(examples.june_minutes(), resolver=resolver)
    pg = june.graph
    owners = {e for _, e in rels(pg, Rel.ASSIGNED_TO)}
    assert node_id(Label.POST, "Ashcombe", "Head of Audit") in owners
    assert person("Baxter") in owners  # its own node: Owen and Ruth both fit
    assert person("Owen Baxter") not in owners and person("Ruth Baxter") not in owners
    [uncertain] = june.uncertain
    assert uncertain.name == "Baxter"
    assert uncertain.candidates == ("Owen Baxter", "Ruth Baxter")
    # "P. Marsh" has one candidate: Priya Marsh.
    assert {s for s, _ in rels(pg, Rel.PRESENTED)} == {person("Priya Marsh")}


def test_acronym_and_spelling_variants_join_one_body() -> None:
    resolver = Resolver()
    build_graph(examples.march_minutes(), resolver=resolver)
    pg = build_graph(examples.june_minutes(), resolver=resolver).graph
    bodies = {n.properties["name"] for n in pg.iter_nodes(Label.BODY)}
    assert bodies == {examples.BOARD, "Finance Scrutiny Sub-Committee"}
    fssc = node_id(Label.BODY, "Ashcombe", "Finance Scrutiny Sub-Committee")
    assert len([s for s, e in rels(pg, Rel.MENTIONS) if e == fssc]) == 1  # one item, merged
    mention = next(r for r in pg.iter_relationships(Rel.MENTIONS) if r.end == fssc)
    assert [ev.line for ev in mention.evidence] == [22, 23]


def test_property_graph_rejects_unstorable_values() -> None:
    pg = PropertyGraph()
    with pytest.raises(TypeError):
        pg.add_node(Label.THEME, "theme:x", {"name": "X", "bad": {"nested": 1}})
    with pytest.raises(TypeError):
        pg.add_node(Label.THEME, "theme:y", {"name": "Y", "mixed": [1, "a"]})
    pg.add_node(Label.THEME, "theme:z", {"name": "Z", "unknown": None})
    assert "unknown" not in pg.nodes["theme:z"].properties
    with pytest.raises(ValueError, match="unknown node"):
        pg.add_relationship(Rel.ABOUT, "item:nope", "theme:z", EvidenceRef("p", "s", 1, "q"))


def test_schema_doc_lists_every_label_and_relationship() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for label in Label:
        assert f"### {label.value}" in text, label
    for rel in Rel:
        assert f"### {rel.value}" in text, rel
    for label, keys in NATURAL_KEYS.items():
        section = text.split(f"### {label.value}", 1)[1].split("###", 1)[0]
        for key in keys:
            assert f"`{key}`" in section, (label, key)


def test_aliases_map_councils_bodies_and_people() -> None:
    from graphgov.resolve.aliases import Aliases

    aliases = Aliases(people={"Baxter": "Owen Baxter"},
                      bodies={"FSSC": "Finance Scrutiny Sub-Committee"},
                      councils={"Ashcombe Borough Council": "Ashcombe Vale"})
    resolver = Resolver(aliases)
    build_graph(examples.march_minutes(), resolver=resolver)
    june = build_graph(examples.june_minutes(), resolver=resolver)
    assert june.councils == ("Ashcombe Vale",)
    assert june.uncertain == ()
    owners = {e for _, e in rels(june.graph, Rel.ASSIGNED_TO)}
    assert person("Owen Baxter", "Ashcombe Vale") in owners
