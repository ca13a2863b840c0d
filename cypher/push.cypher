// name: push
// description: What `graphgov push` sends after schema.cypher, one statement per
//   label and per (relationship type, start label, end label), then the counts.
//   GENERATED from graphgov/graph/schema.py (neo4j_statements.py builds them; this
//   file is never executed): regenerate, do not edit.
// params: rows

UNWIND $rows AS row
MERGE (n:Document {id: row.id})
SET n += row.props
RETURN count(n) AS written;

UNWIND $rows AS row
MERGE (n:Council {id: row.id})
SET n += row.props
RETURN count(n) AS written;

UNWIND $rows AS row
MERGE (n:Body {id: row.id})
SET n += row.props
RETURN count(n) AS written;

UNWIND $rows AS row
MERGE (n:Meeting {id: row.id})
SET n += row.props
RETURN count(n) AS written;

UNWIND $rows AS row
MERGE (n:Person {id: row.id})
SET n += row.props
RETURN count(n) AS written;

UNWIND $rows AS row
MERGE (n:Post {id: row.id})
SET n += row.props
RETURN count(n) AS written;

UNWIND $rows AS row
MERGE (n:Item {id: row.id})
SET n += row.props
RETURN count(n) AS written;

UNWIND $rows AS row
MERGE (n:Resolution {id: row.id})
SET n += row.props
RETURN count(n) AS written;

UNWIND $rows AS row
MERGE (n:Action {id: row.id})
SET n += row.props
RETURN count(n) AS written;

UNWIND $rows AS row
MERGE (n:Theme {id: row.id})
SET n += row.props
RETURN count(n) AS written;

UNWIND $rows AS row
MATCH (a:Document {id: row.start})
MATCH (b:Meeting {id: row.end})
MERGE (a)-[r:RECORDS]->(b)
SET r += row.props
RETURN count(r) AS written;

UNWIND $rows AS row
MATCH (a:Body {id: row.start})
MATCH (b:Meeting {id: row.end})
MERGE (a)-[r:HELD]->(b)
SET r += row.props
RETURN count(r) AS written;

UNWIND $rows AS row
MATCH (a:Body {id: row.start})
MATCH (b:Council {id: row.end})
MERGE (a)-[r:PART_OF]->(b)
SET r += row.props
RETURN count(r) AS written;

UNWIND $rows AS row
MATCH (a:Person {id: row.start})
MATCH (b:Meeting {id: row.end})
MERGE (a)-[r:ATTENDED]->(b)
SET r += row.props
RETURN count(r) AS written;

UNWIND $rows AS row
MATCH (a:Person {id: row.start})
MATCH (b:Meeting {id: row.end})
MERGE (a)-[r:CHAIRED]->(b)
SET r += row.props
RETURN count(r) AS written;

UNWIND $rows AS row
MATCH (a:Person {id: row.start})
MATCH (b:Post {id: row.end})
MERGE (a)-[r:HOLDS]->(b)
SET r += row.props
RETURN count(r) AS written;

UNWIND $rows AS row
MATCH (a:Person {id: row.start})
MATCH (b:Body {id: row.end})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += row.props
RETURN count(r) AS written;

UNWIND $rows AS row
MATCH (a:Person {id: row.start})
MATCH (b:Body {id: row.end})
MERGE (a)-[r:CHAIR_OF]->(b)
SET r += row.props
RETURN count(r) AS written;

UNWIND $rows AS row
MATCH (a:Post {id: row.start})
MATCH (b:Council {id: row.end})
MERGE (a)-[r:POST_OF]->(b)
SET r += row.props
RETURN count(r) AS written;

UNWIND $rows AS row
MATCH (a:Meeting {id: row.start})
MATCH (b:Item {id: row.end})
MERGE (a)-[r:HAS_ITEM]->(b)
SET r += row.props
RETURN count(r) AS written;

UNWIND $rows AS row
MATCH (a:Person {id: row.start})
MATCH (b:Item {id: row.end})
MERGE (a)-[r:PRESENTED]->(b)
SET r += row.props
RETURN count(r) AS written;

UNWIND $rows AS row
MATCH (a:Post {id: row.start})
MATCH (b:Item {id: row.end})
MERGE (a)-[r:PRESENTED]->(b)
SET r += row.props
RETURN count(r) AS written;

UNWIND $rows AS row
MATCH (a:Item {id: row.start})
MATCH (b:Theme {id: row.end})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props
RETURN count(r) AS written;

UNWIND $rows AS row
MATCH (a:Item {id: row.start})
MATCH (b:Resolution {id: row.end})
MERGE (a)-[r:RESOLVED]->(b)
SET r += row.props
RETURN count(r) AS written;

UNWIND $rows AS row
MATCH (a:Action {id: row.start})
MATCH (b:Item {id: row.end})
MERGE (a)-[r:ARISES_FROM]->(b)
SET r += row.props
RETURN count(r) AS written;

UNWIND $rows AS row
MATCH (a:Action {id: row.start})
MATCH (b:Person {id: row.end})
MERGE (a)-[r:ASSIGNED_TO]->(b)
SET r += row.props
RETURN count(r) AS written;

UNWIND $rows AS row
MATCH (a:Action {id: row.start})
MATCH (b:Post {id: row.end})
MERGE (a)-[r:ASSIGNED_TO]->(b)
SET r += row.props
RETURN count(r) AS written;

UNWIND $rows AS row
MATCH (a:Item {id: row.start})
MATCH (b:Body {id: row.end})
MERGE (a)-[r:MENTIONS]->(b)
SET r += row.props
RETURN count(r) AS written;

UNWIND $rows AS row
MATCH (a:Meeting {id: row.start})
MATCH (b:Body {id: row.end})
MERGE (a)-[r:MENTIONS]->(b)
SET r += row.props
RETURN count(r) AS written;

MATCH (n:Document) RETURN count(n) AS count;

MATCH (n:Council) RETURN count(n) AS count;

MATCH (n:Body) RETURN count(n) AS count;

MATCH (n:Meeting) RETURN count(n) AS count;

MATCH (n:Person) RETURN count(n) AS count;

MATCH (n:Post) RETURN count(n) AS count;

MATCH (n:Item) RETURN count(n) AS count;

MATCH (n:Resolution) RETURN count(n) AS count;

MATCH (n:Action) RETURN count(n) AS count;

MATCH (n:Theme) RETURN count(n) AS count;

MATCH ()-[r:RECORDS]->() RETURN count(r) AS count;

MATCH ()-[r:HELD]->() RETURN count(r) AS count;

MATCH ()-[r:PART_OF]->() RETURN count(r) AS count;

MATCH ()-[r:ATTENDED]->() RETURN count(r) AS count;

MATCH ()-[r:CHAIRED]->() RETURN count(r) AS count;

MATCH ()-[r:HOLDS]->() RETURN count(r) AS count;

MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS count;

MATCH ()-[r:CHAIR_OF]->() RETURN count(r) AS count;

MATCH ()-[r:POST_OF]->() RETURN count(r) AS count;

MATCH ()-[r:HAS_ITEM]->() RETURN count(r) AS count;

MATCH ()-[r:PRESENTED]->() RETURN count(r) AS count;

MATCH ()-[r:ABOUT]->() RETURN count(r) AS count;

MATCH ()-[r:RESOLVED]->() RETURN count(r) AS count;

MATCH ()-[r:ARISES_FROM]->() RETURN count(r) AS count;

MATCH ()-[r:ASSIGNED_TO]->() RETURN count(r) AS count;

MATCH ()-[r:MENTIONS]->() RETURN count(r) AS count;
