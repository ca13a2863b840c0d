// name: schema
// description: Constraints and indexes graphgov needs in Neo4j 5. `graphgov push` runs every
//   statement before loading; each is IF NOT EXISTS, so running them again changes nothing.
// params: none

// One node per natural key: `id` is schema.node_id(label, *natural keys), the same key the
// NetworkX store uses. The uniqueness constraint also gives MERGE its index.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT council_id IF NOT EXISTS FOR (n:Council) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT body_id IF NOT EXISTS FOR (n:Body) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (n:Post) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT item_id IF NOT EXISTS FOR (n:Item) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT resolution_id IF NOT EXISTS FOR (n:Resolution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT action_id IF NOT EXISTS FOR (n:Action) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;

// Lookups the named queries make by name, date, title or council.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX person_council IF NOT EXISTS FOR (n:Person) ON (n.council);
CREATE INDEX post_name IF NOT EXISTS FOR (n:Post) ON (n.name);
CREATE INDEX body_name IF NOT EXISTS FOR (n:Body) ON (n.name);
CREATE INDEX council_name IF NOT EXISTS FOR (n:Council) ON (n.name);
CREATE INDEX theme_name IF NOT EXISTS FOR (n:Theme) ON (n.name);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX meeting_council IF NOT EXISTS FOR (n:Meeting) ON (n.council);
CREATE INDEX item_title IF NOT EXISTS FOR (n:Item) ON (n.title);
CREATE INDEX document_path IF NOT EXISTS FOR (n:Document) ON (n.path);
