// name: presenters
// description: Who brought what to which body: each item presented, with the meeting date and body, the presenter (person, or post nobody named holds), their post, the item's themes and the evidence; filter by body and theme.
// params: body?, theme?
// columns: date, body, item, person, post, themes, evidence
MATCH (o)-[r:PRESENTED]->(i:Item)<-[:HAS_ITEM]-(m:Meeting)
WHERE ($body IS NULL OR toLower(m.body) = toLower($body))
  AND ($theme IS NULL OR EXISTS {
        MATCH (i)-[:ABOUT]->(t:Theme) WHERE toLower(t.name) = toLower($theme) })
OPTIONAL MATCH (i)-[:ABOUT]->(th:Theme)
WITH r, o, i, m, collect(DISTINCT th.name) AS themes
OPTIONAL MATCH (o:Person)-[h:HOLDS]->(ps:Post)
WITH r, o, i, m, themes, h, ps ORDER BY coalesce(h.last_seen, '') DESC, ps.name
WITH r, o, i, m, themes, collect(ps.name)[0] AS latest
RETURN m.date AS date,
       m.body AS body,
       i.title AS item,
       CASE WHEN o:Person THEN o.name END AS person,
       CASE WHEN o:Person THEN latest ELSE o.name END AS post,
       themes,
       [coalesce(r.source, '') + ':' + coalesce(toString(r.line), '') + ': '
        + coalesce(r.quote, '')] AS evidence
ORDER BY date, body, i.order, person
