// name: theme-owners
// description: Who owns which theme: people (or posts nobody named holds) who own actions on items about it, presented such items, or hold a portfolio post whose words match the theme's name or triggers; with the person's post, how many items and up to five pieces of evidence. Within a theme, rows run strongest first: action, presenter, portfolio; then by focus (an item about several themes counts for a share of each), then by items.
// params: theme?
// columns: theme, person, basis, post, items, evidence
CALL {
  MATCH (t:Theme)<-[:ABOUT]-(i:Item)<-[:ARISES_FROM]-(:Action)-[r:ASSIGNED_TO]->(o)
  WHERE $theme IS NULL OR toLower(t.name) = toLower($theme)
  WITH t, o, i, collect(DISTINCT coalesce(r.source, '') + ':' + coalesce(toString(r.line), '') + ': '
                 + coalesce(r.quote, '')) AS found
  RETURN t.name AS theme, o, 'action' AS basis, 1 AS rank, count(i) AS items,
         round(sum(1.0 / COUNT { (i)-[:ABOUT]->(:Theme) }), 6) AS focus,
         reduce(acc = [], e IN collect(found) | acc + e)[..5] AS evidence, null AS portfolio
  UNION ALL
  MATCH (t:Theme)<-[:ABOUT]-(i:Item)<-[r:PRESENTED]-(o)
  WHERE $theme IS NULL OR toLower(t.name) = toLower($theme)
  WITH t, o, i, collect(DISTINCT coalesce(r.source, '') + ':' + coalesce(toString(r.line), '') + ': '
                 + coalesce(r.quote, '')) AS found
  RETURN t.name AS theme, o, 'presenter' AS basis, 2 AS rank, count(i) AS items,
         round(sum(1.0 / COUNT { (i)-[:ABOUT]->(:Theme) }), 6) AS focus,
         reduce(acc = [], e IN collect(found) | acc + e)[..5] AS evidence, null AS portfolio
  UNION ALL
  // A portfolio post names the theme: compare whole words after folding case and punctuation.
  MATCH (t:Theme)
  WHERE $theme IS NULL OR toLower(t.name) = toLower($theme)
  WITH t, [w IN [t.name] + coalesce(t.triggers, []) |
           ' ' + replace(replace(replace(replace(replace(replace(replace(replace(replace(
             toLower(w), '’', "'"), ',', ' '), ';', ' '), ':', ' '), '(', ' '), ')', ' '),
             '-', ' '), '/', ' '), '.', ' ') + ' '] AS words
  MATCH (o:Person)-[r:HOLDS]->(ps:Post)
  WITH t, words, o, r, ps,
       ' ' + replace(replace(replace(replace(replace(replace(replace(replace(replace(
         toLower(ps.name), '’', "'"), ',', ' '), ';', ' '), ':', ' '), '(', ' '), ')', ' '),
         '-', ' '), '/', ' '), '.', ' ') + ' ' AS title
  WHERE any(w IN words WHERE title CONTAINS w)
  RETURN t.name AS theme, o, 'portfolio' AS basis, 3 AS rank, 0 AS items, 0.0 AS focus,
         collect(DISTINCT coalesce(r.source, '') + ':' + coalesce(toString(r.line), '') + ': '
                 + coalesce(r.quote, ''))[..5] AS evidence, ps.name AS portfolio
}
OPTIONAL MATCH (o:Person)-[h:HOLDS]->(held:Post)
WITH theme, o, basis, rank, items, focus, evidence, portfolio, h, held
  ORDER BY coalesce(h.last_seen, '') DESC, held.name
WITH theme, o, basis, rank, items, focus, evidence, portfolio, collect(held.name)[0] AS latest
RETURN theme,
       CASE WHEN o:Person THEN o.name END AS person,
       basis,
       coalesce(portfolio, CASE WHEN o:Person THEN latest ELSE o.name END) AS post,
       items,
       evidence
ORDER BY theme, rank, focus DESC, items DESC, person
