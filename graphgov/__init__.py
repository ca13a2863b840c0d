"""graphgov: read council minutes and build a graph of governance relationships.

Data flows one way: ingest (read documents, parse minutes) -> resolve (people, posts,
bodies) -> graph (build a neutral property graph) -> stores (NetworkX, Neo4j) -> queries ->
visualize / exports. `graphgov.api` holds the public functions.
"""

__version__ = "0.1.0"
