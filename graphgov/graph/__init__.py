"""The property graph: schema, build (model -> graph), stores (NetworkX, Neo4j)."""
