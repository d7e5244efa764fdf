// Whether the graph was written before AFFILIATION existed (docs/graph-model.md): it has
// per-article AFFILIATED_WITH edges and not one AFFILIATION. Both counts come from the count
// store, so a current graph pays nothing for asking at every start.
CALL () { MATCH ()-[a:AFFILIATED_WITH]->() RETURN count(a) AS perArticle }
CALL () { MATCH ()-[b:AFFILIATION]->() RETURN count(b) AS aggregated }
RETURN perArticle > 0 AND aggregated = 0 AS missing
