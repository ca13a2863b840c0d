// name: post-holders
// description: Who held a post (first and last meeting seen holding it); with a date, who held it on that date.
// params: post, date?:date
// columns: post, person, first_seen, last_seen, evidence
MATCH (ps:Post)
WHERE toLower(ps.name) = toLower($post)
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
