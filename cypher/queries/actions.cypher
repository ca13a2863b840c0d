// name: actions
// description: The action register: each action with its meeting date, body, item, owner (person, or post nobody named holds), the owner's post, the item's themes and the evidence; filter by owner, theme, body and a date range (ISO dates, inclusive).
// params: owner?, theme?, body?, from?:date, to?:date
// columns: date, body, item, person, post, action, themes, evidence
MATCH (a:Action)-[r:ASSIGNED_TO]->(o)
WHERE $owner IS NULL OR toLower(o.name) = toLower($owner)
MATCH (a)-[:ARISES_FROM]->(i:Item)<-[:HAS_ITEM]-(m:Meeting)
WHERE ($body IS NULL OR toLower(m.body) = toLower($body))
  AND ($from IS NULL OR m.date >= $from)
  AND ($to IS NULL OR m.date <= $to)
  AND ($theme IS NULL OR EXISTS {
        MATCH (i)-[:ABOUT]->(t:Theme) WHERE toLower(t.name) = toLower($theme) })
OPTIONAL MATCH (i)-[:ABOUT]->(th:Theme)
WITH a, r, o, i, m, collect(DISTINCT th.name) AS themes
OPTIONAL MATCH (o:Person)-[h:HOLDS]->(ps:Post)
WITH a, r, o, i, m, themes, h, ps ORDER BY coalesce(h.last_seen, '') DESC, ps.name
WITH a, r, o, i, m, themes, collect(ps.name)[0] AS latest
RETURN m.date AS date,
       m.body AS body,
       i.title AS item,
       CASE WHEN o:Person THEN o.name END AS person,
       CASE WHEN o:Person THEN latest ELSE o.name END AS post,
       a.text AS action,
       themes,
       [coalesce(r.source, '') + ':' + coalesce(toString(r.line), '') + ': '
        + coalesce(r.quote, '')] AS evidence
ORDER BY date, body, i.order, a.index
