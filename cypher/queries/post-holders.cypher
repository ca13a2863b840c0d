// name: post-holders
// description: Who held a post (first and last meeting seen holding it); with a date, who held it then: those seen in the post around that date, else the last holder seen taking it up before it (first_seen and last_seen show the gap).
// params: post, date?:date
// columns: post, person, first_seen, last_seen, evidence
// The indexed exact name first; only if nothing has it, a case-insensitive scan of the label.
OPTIONAL MATCH (exact:Post {name: $post})
WITH collect(exact) AS exacts
CALL {
  WITH exacts
  WITH exacts WHERE size(exacts) > 0
  UNWIND exacts AS ps
  RETURN ps
  UNION
  WITH exacts
  WITH exacts WHERE size(exacts) = 0
  MATCH (ps:Post)
  WHERE toLower(ps.name) = toLower($post)
  RETURN ps
}
WITH ps
MATCH (p:Person)-[r:HOLDS]->(ps)
WITH ps, collect({person: p.name, first: r.first_seen, last: r.last_seen,
                  evidence: [coalesce(r.source, '') + ':' + coalesce(toString(r.line), '')
                             + ': ' + coalesce(r.quote, '')]}) AS holds
// On a date: whoever was seen in the post around it; if nobody was (a gap between the
// meetings that show holders), the last holder seen taking it up before that date.
WITH ps, holds,
     [h IN holds WHERE coalesce(h.first, '') <= $date
                   AND $date <= coalesce(h.last, '9999-12-31')] AS around,
     [h IN holds WHERE h.first IS NOT NULL AND h.first <= $date] AS before
WITH ps, CASE
       WHEN $date IS NULL THEN holds
       WHEN size(around) > 0 THEN around
       ELSE [h IN before WHERE h.first = reduce(m = '', x IN before |
                                                CASE WHEN x.first > m THEN x.first ELSE m END)]
     END AS chosen
UNWIND chosen AS h
RETURN ps.name AS post,
       h.person AS person,
       h.first AS first_seen,
       h.last AS last_seen,
       h.evidence AS evidence
ORDER BY first_seen, person
