// name: brokers
// description: People who link bodies: those present at meetings of (or members or chairs of) two or more bodies. NetworkX ranks by betweenness centrality in the person-body network; Neo4j (no GDS) ranks by the number of bodies, so score and order can differ between backends.
// params: top?:int=10
// columns: person, bodies, score, body_names
CALL {
  MATCH (p:Person)-[a:ATTENDED]->(:Meeting)<-[:HELD]-(b:Body)
  WHERE coalesce(a.status, 'present') = 'present'
  RETURN p, b
  UNION
  MATCH (p:Person)-[:MEMBER_OF|CHAIR_OF]->(b:Body)
  RETURN p, b
}
WITH p, collect(DISTINCT b.name) AS body_names
WHERE size(body_names) >= 2
RETURN p.name AS person,
       size(body_names) AS bodies,
       toFloat(size(body_names)) AS score,
       body_names
ORDER BY score DESC, bodies DESC, person
LIMIT $top
