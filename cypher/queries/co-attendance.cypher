// name: co-attendance
// description: Who sits with a person: everyone present at the same meetings, how often, at which bodies, first and last time.
// params: name
// columns: person, other, meetings, bodies, first, last
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
MATCH (p)-[a1:ATTENDED]->(m:Meeting)<-[a2:ATTENDED]-(o:Person)
WHERE o <> p
  AND coalesce(a1.status, 'present') = 'present'
  AND coalesce(a2.status, 'present') = 'present'
RETURN p.name AS person,
       o.name AS other,
       count(DISTINCT m) AS meetings,
       collect(DISTINCT m.body) AS bodies,
       min(m.date) AS first,
       max(m.date) AS last
ORDER BY meetings DESC, other
