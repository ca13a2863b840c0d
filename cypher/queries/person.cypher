// name: person
// description: Everything about a person: posts held (first and last seen), bodies they are a member or chair of, bodies whose meetings they attended (how often, when), items presented, actions owned and the themes of those items, each with evidence (aggregated rows keep up to five pieces).
// params: name
// columns: subject, relation, target, detail, first, last, count, evidence
// The indexed exact name first; only if nothing has it, a case-insensitive scan of the label.
OPTIONAL MATCH (exact:Person {name: $name})
WITH collect(exact) AS exacts
CALL {
  WITH exacts
  WITH exacts WHERE size(exacts) > 0
  UNWIND exacts AS p
  RETURN p
  UNION
  WITH exacts
  WITH exacts WHERE size(exacts) = 0
  MATCH (p:Person)
  WHERE toLower(p.name) = toLower($name)
  RETURN p
}
WITH p
CALL {
  WITH p
  MATCH (p)-[r:HOLDS|MEMBER_OF|CHAIR_OF]->(x)
  RETURN CASE type(r) WHEN 'HOLDS' THEN 'holds' WHEN 'MEMBER_OF' THEN 'member of'
              ELSE 'chair of' END AS relation,
         x.name AS target, null AS detail, r.first_seen AS first, r.last_seen AS last,
         null AS `count`,
         [coalesce(r.source, '') + ':' + coalesce(toString(r.line), '') + ': '
          + coalesce(r.quote, '')] AS evidence
  UNION ALL
  WITH p
  MATCH (p)-[r:ATTENDED]->(m:Meeting)
  WHERE coalesce(r.status, 'present') = 'present'
  RETURN 'attended' AS relation, m.body AS target, null AS detail, min(m.date) AS first,
         max(m.date) AS last, count(DISTINCT m) AS `count`,
         collect(DISTINCT coalesce(r.source, '') + ':' + coalesce(toString(r.line), '') + ': '
                 + coalesce(r.quote, ''))[..5] AS evidence
  UNION ALL
  WITH p
  MATCH (p)-[r:PRESENTED]->(i:Item)<-[:HAS_ITEM]-(m:Meeting)
  RETURN 'presented' AS relation, i.title AS target, m.body AS detail, m.date AS first,
         m.date AS last, null AS `count`,
         [coalesce(r.source, '') + ':' + coalesce(toString(r.line), '') + ': '
          + coalesce(r.quote, '')] AS evidence
  UNION ALL
  WITH p
  MATCH (p)<-[r:ASSIGNED_TO]-(a:Action)-[:ARISES_FROM]->(i:Item)<-[:HAS_ITEM]-(m:Meeting)
  RETURN 'owns action' AS relation, coalesce(a.text, i.title) AS target, m.body AS detail,
         m.date AS first, m.date AS last, null AS `count`,
         [coalesce(r.source, '') + ':' + coalesce(toString(r.line), '') + ': '
          + coalesce(r.quote, '')] AS evidence
  UNION ALL
  WITH p
  MATCH (p)-[:PRESENTED|ASSIGNED_TO]-(x)
  WHERE x:Item OR x:Action
  MATCH (x)-[:ARISES_FROM*0..1]->(i:Item)-[r:ABOUT]->(t:Theme)
  MATCH (m:Meeting)-[:HAS_ITEM]->(i)
  RETURN 'theme' AS relation, t.name AS target, null AS detail, min(m.date) AS first,
         max(m.date) AS last, count(DISTINCT i) AS `count`,
         collect(DISTINCT coalesce(r.source, '') + ':' + coalesce(toString(r.line), '') + ': '
                 + coalesce(r.quote, ''))[..5] AS evidence
}
RETURN p.name AS subject, relation, target, detail, first, last, `count`, evidence
ORDER BY CASE relation WHEN 'holds' THEN 1 WHEN 'member of' THEN 2 WHEN 'chair of' THEN 3
         WHEN 'attended' THEN 4 WHEN 'presented' THEN 5 WHEN 'owns action' THEN 6 ELSE 7 END,
         first, target
