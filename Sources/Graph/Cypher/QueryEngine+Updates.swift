extension QueryEngine {
    /// True when `query` would change the graph (it has a `CREATE`, `MERGE`, `SET`, `REMOVE` or `DELETE`), found by
    /// parsing only: a read-only caller (the web explorer) refuses it before
    /// anything runs. Throws the parser's ``QueryError`` for a malformed query.
    public static func updates(_ query: String) throws -> Bool {
        let parsed = try Parser.parse(query)
        return (parsed.clauses + parsed.unions.flatMap(\.clauses)).contains(where: \.updates)
    }
}
