// name: path
// description: The shortest chain of relationships (at most 8 hops) between two people, bodies or themes, each hop with its direction and evidence. Documents and the council itself are not hops.
// params: from, to
// columns: step, from, relationship, to, evidence
CALL {
  MATCH (n:Person) WHERE toLower(n.name) = toLower($from) RETURN n
  UNION
  MATCH (n:Body) WHERE toLower(n.name) = toLower($from) RETURN n
  UNION
  MATCH (n:Theme) WHERE toLower(n.name) = toLower($from) RETURN n
}
WITH n AS a
CALL {
  MATCH (n:Person) WHERE toLower(n.name) = toLower($to) RETURN n
  UNION
  MATCH (n:Body) WHERE toLower(n.name) = toLower($to) RETURN n
  UNION
  MATCH (n:Theme) WHERE toLower(n.name) = toLower($to) RETURN n
}
WITH a, n AS b
WHERE a <> b
MATCH p = shortestPath((a)-[:ATTENDED|CHAIRED|HELD|HOLDS|MEMBER_OF|CHAIR_OF|HAS_ITEM|PRESENTED|ABOUT|ARISES_FROM|ASSIGNED_TO|MENTIONS*..8]-(b))
WITH p ORDER BY length(p) LIMIT 1
UNWIND range(0, length(p) - 1) AS k
WITH k, nodes(p)[k] AS x, relationships(p)[k] AS r, nodes(p)[k + 1] AS y
RETURN k + 1 AS step,
       labels(x)[0] + ': ' + coalesce(x.name, x.title, x.text, x.body + ' ' + x.date, x.id) AS `from`,
       CASE WHEN startNode(r) = x THEN '-[' + type(r) + ']->' ELSE '<-[' + type(r) + ']-' END
         AS relationship,
       labels(y)[0] + ': ' + coalesce(y.name, y.title, y.text, y.body + ' ' + y.date, y.id) AS `to`,
       [coalesce(r.source, '') + ':' + coalesce(toString(r.line), '') + ': '
        + coalesce(r.quote, '')] AS evidence
ORDER BY step
