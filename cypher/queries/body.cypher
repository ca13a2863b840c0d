// name: body
// description: Everything about a body (by name or acronym): members and chairs (first and last seen), who chaired its meetings, officers who attend, its meetings and the themes of its items, each with evidence (aggregated rows keep up to five pieces).
// params: name
// columns: subject, relation, target, detail, first, last, count, evidence
// The indexed exact name first; only if nothing has it, a case-insensitive scan of the label.
OPTIONAL MATCH (exact:Body {name: $name})
WITH collect(exact) AS exacts
CALL {
  WITH exacts
  WITH exacts WHERE size(exacts) > 0
  UNWIND exacts AS b
  RETURN b
  UNION
  WITH exacts
  WITH exacts WHERE size(exacts) = 0
  MATCH (b:Body)
  WHERE toLower(b.name) = toLower($name) OR toLower(b.acronym) = toLower($name)
  RETURN b
}
WITH b
CALL {
  WITH b
  MATCH (b)<-[r:MEMBER_OF|CHAIR_OF]-(p:Person)
  RETURN CASE type(r) WHEN 'MEMBER_OF' THEN 'member' ELSE 'chair' END AS relation,
         p.name AS target, null AS detail, r.first_seen AS first, r.last_seen AS last,
         null AS `count`,
         [coalesce(r.source, '') + ':' + coalesce(toString(r.line), '') + ': '
          + coalesce(r.quote, '')] AS evidence
  UNION ALL
  WITH b
  MATCH (b)-[:HELD]->(m:Meeting)<-[r:CHAIRED]-(p:Person)
  RETURN 'chaired' AS relation, p.name AS target, null AS detail, min(m.date) AS first,
         max(m.date) AS last, count(DISTINCT m) AS `count`,
         collect(DISTINCT coalesce(r.source, '') + ':' + coalesce(toString(r.line), '') + ': '
                 + coalesce(r.quote, ''))[..5] AS evidence
  UNION ALL
  WITH b
  MATCH (b)-[:HELD]->(m:Meeting)<-[r:ATTENDED]-(p:Person)
  WHERE r.capacity = 'officer' AND coalesce(r.status, 'present') = 'present'
  WITH p, min(m.date) AS first, max(m.date) AS last, count(DISTINCT m) AS `count`,
       collect(DISTINCT coalesce(r.source, '') + ':' + coalesce(toString(r.line), '') + ': '
               + coalesce(r.quote, ''))[..5] AS evidence
  OPTIONAL MATCH (p)-[h:HOLDS]->(ps:Post)
  WITH p, first, last, `count`, evidence, h, ps ORDER BY coalesce(h.last_seen, '') DESC, ps.name
  WITH p, first, last, `count`, evidence, collect(ps.name)[0] AS post
  RETURN 'officer' AS relation, p.name AS target, post AS detail, first, last, `count`, evidence
  UNION ALL
  WITH b
  MATCH (b)-[r:HELD]->(m:Meeting)
  RETURN 'meeting' AS relation, m.date AS target, m.venue AS detail, m.date AS first,
         m.date AS last, COUNT { (m)-[:HAS_ITEM]->(:Item) } AS `count`,
         [coalesce(r.source, '') + ':' + coalesce(toString(r.line), '') + ': '
          + coalesce(r.quote, '')] AS evidence
  UNION ALL
  WITH b
  MATCH (b)-[:HELD]->(m:Meeting)-[:HAS_ITEM]->(i:Item)-[r:ABOUT]->(t:Theme)
  RETURN 'theme' AS relation, t.name AS target, null AS detail, min(m.date) AS first,
         max(m.date) AS last, count(DISTINCT i) AS `count`,
         collect(DISTINCT coalesce(r.source, '') + ':' + coalesce(toString(r.line), '') + ': '
                 + coalesce(r.quote, ''))[..5] AS evidence
}
RETURN b.name AS subject, relation, target, detail, first, last, `count`, evidence
ORDER BY CASE relation WHEN 'chair' THEN 1 WHEN 'chaired' THEN 2 WHEN 'member' THEN 3
         WHEN 'officer' THEN 4 WHEN 'meeting' THEN 5 ELSE 6 END,
         first, target
