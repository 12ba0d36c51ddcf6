extension QueryEngine {
    /// True when `query` would change the graph (it has a `CREATE`), found by
    /// parsing only: a read-only caller (the web explorer) refuses it before
    /// anything runs. Throws the parser's ``QueryError`` for a malformed query.
    public static func updates(_ query: String) throws -> Bool {
        try Parser.parse(query).clauses.contains { clause in
            if case .create = clause { return true }
            return false
        }
    }
}
