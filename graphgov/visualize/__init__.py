"""Interactive views of the graph (pyvis pages that open offline)."""
