"""Stores that hold the property graph: NetworkX on disk (default) and Neo4j."""
