// name: post-holders
// description: Who held a post (first and last meeting seen holding it); with a date, who held it on that date.
// params: post, date?:date
// columns: post, person, first_seen, last_seen, evidence
// The indexed exact name first; only if nothing has it, a case-insensitive scan of the label.
OPTIONAL MATCH (exact:Post {name: $post})
WITH collect(exact) AS exact
CALL {
  WITH exact
  WITH exact WHERE size(exact) > 0
  UNWIND exact AS ps
  RETURN ps
  UNION
  WITH exact
  WITH exact WHERE size(exact) = 0
  MATCH (ps:Post)
  WHERE toLower(ps.name) = toLower($post)
  RETURN ps
}
WITH ps
MATCH (p:Person)-[r:HOLDS]->(ps)
WHERE $date IS NULL
   OR (coalesce(r.first_seen, '') <= $date AND $date <= coalesce(r.last_seen, '9999-12-31'))
RETURN ps.name AS post,
       p.name AS person,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen,
       [coalesce(r.source, '') + ':' + coalesce(toString(r.line), '') + ': '
        + coalesce(r.quote, '')] AS evidence
ORDER BY first_seen, person
