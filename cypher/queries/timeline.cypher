// name: timeline
// description: How a theme moved across meetings and owners: each item about it in date order, with who presented it, who owns its actions, and the words that tagged it.
// params: theme
// columns: date, body, item, presenters, action_owners, trigger, evidence
// The indexed exact name first; only if nothing has it, a case-insensitive scan of the label.
OPTIONAL MATCH (exact:Theme {name: $theme})
WITH collect(exact) AS exacts
CALL {
  WITH exacts
  WITH exacts WHERE size(exacts) > 0
  UNWIND exacts AS t
  RETURN t
  UNION
  WITH exacts
  WITH exacts WHERE size(exacts) = 0
  MATCH (t:Theme)
  WHERE toLower(t.name) = toLower($theme)
  RETURN t
}
WITH t
MATCH (t)<-[r:ABOUT]-(i:Item)<-[:HAS_ITEM]-(m:Meeting)
OPTIONAL MATCH (i)<-[:PRESENTED]-(pr)
WITH r, i, m, collect(DISTINCT pr.name) AS presenters
OPTIONAL MATCH (i)<-[:ARISES_FROM]-(:Action)-[:ASSIGNED_TO]->(ow)
WITH r, i, m, presenters, collect(DISTINCT ow.name) AS action_owners
RETURN m.date AS date,
       m.body AS body,
       i.title AS item,
       presenters,
       action_owners,
       r.trigger AS trigger,
       [coalesce(r.source, '') + ':' + coalesce(toString(r.line), '') + ': '
        + coalesce(r.quote, '')] AS evidence
ORDER BY date, body, i.order
