/// The openCypher words Tab offers in a query.
enum CypherVocabulary {
    static let keywords = [
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "ORDER", "BY", "SKIP", "LIMIT", "DISTINCT",
        "AS", "AND", "OR", "XOR", "NOT", "IN", "STARTS", "ENDS", "CONTAINS", "IS", "NULL", "TRUE", "FALSE",
        "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "CASE", "WHEN", "THEN", "ELSE", "END",
        "UNION", "ALL", "CALL", "YIELD", "EXISTS", "ASC", "DESC", "ASCENDING", "DESCENDING", "EXPLAIN", "PROFILE",
    ]

    static let functions = [
        "count", "collect", "type", "labels", "id", "keys", "properties", "size", "length", "nodes",
        "relationships", "startNode", "endNode", "coalesce", "toString", "toInteger", "toFloat", "toLower",
        "toUpper", "trim", "split", "substring", "replace", "head", "last", "tail", "range", "min", "max",
        "sum", "avg", "exists", "shortestPath", "allShortestPaths", "any", "none", "single", "reverse",
    ]
}
