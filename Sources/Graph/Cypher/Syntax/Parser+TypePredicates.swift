/// `expression IS [NOT] :: TYPE` (Neo4j 5, GQL): whether a value has a type. Types are read
/// by `parseType`; temporal, spatial and the property-value type are refused as not supported.
extension Parser {
    /// Names of the simple types, with their GQL synonyms.
    static let simpleTypes: [String: CypherType.Base] = [
        "ANY": .any, "NOTHING": .nothing, "NULL": .null, "BOOL": .boolean, "BOOLEAN": .boolean,
        "STRING": .string, "VARCHAR": .string, "INT": .integer, "INTEGER": .integer, "INT64": .integer,
        "INTEGER64": .integer, "SIGNED": .integer, "FLOAT": .float, "FLOAT64": .float, "NODE": .node, "VERTEX": .node,
        "RELATIONSHIP": .relationship, "EDGE": .relationship, "PATH": .path, "MAP": .map,
    ]
    static let unsupportedTypes: Set<String> = [
        "DATE", "TIME", "DATETIME", "LOCAL", "ZONED", "DURATION", "POINT", "PROPERTY", "TIMESTAMP",
    ]

    /// After `IS [NOT]`, at `::`: the type, as a predicate on `operand`.
    mutating func parseTypePredicate(_ operand: Expression, negated: Bool) throws -> Expression {
        try expect(symbol: ":", "to start ':: TYPE'")
        try expect(symbol: ":", "to complete ':: TYPE'")
        let type = try parseTypeUnion()
        return Expression(.typePredicate(operand, type, negated: negated), offset: operand.offset, length: previousEnd - operand.offset)
    }

    /// `TYPE [| TYPE …]`.
    mutating func parseTypeUnion() throws -> CypherType {
        var members = [try parseType()]
        // A `|` followed by a type name continues the union (in `[x IN l WHERE x IS :: INT | x]` it ends the predicate).
        while current.isSymbol("|"), let word = peek().word?.uppercased(), Self.simpleTypes[word] != nil || ["LIST", "ARRAY"].contains(word) {
            advance()
            members.append(try parseType())
        }
        return members.count == 1 ? members[0] : CypherType(base: .union(members))
    }

    /// One type, with `NOT NULL` when written.
    mutating func parseType() throws -> CypherType {
        guard let word = current.word?.uppercased() else { throw unexpected("expected a type such as INTEGER, STRING or LIST<INTEGER>") }
        let start = current.offset
        var type: CypherType
        if Self.unsupportedTypes.contains(word) {
            throw QueryError.unsupported("the type \(word) in IS :: TYPE", at: start, length: current.length)
        }
        if word == "LIST" || word == "ARRAY" {
            advance()
            if accept(symbol: "<") {
                let element = try parseTypeUnion()
                try expect(symbol: ">", "to close LIST<…>")
                type = CypherType(base: .list(element))
            } else if accept(keyword: "OF") {
                type = CypherType(base: .list(try parseType()))
            } else {
                type = CypherType(base: .list(CypherType(base: .any)))
            }
        } else if word == "ANY" {
            advance()
            if accept(symbol: "<") {
                let inner = try parseTypeUnion()
                try expect(symbol: ">", "to close ANY<…>")
                type = inner
            } else if let next = current.word?.uppercased(), ["NODE", "VERTEX", "RELATIONSHIP", "EDGE", "MAP", "VALUE"].contains(next) {
                advance()
                type = CypherType(base: next == "VALUE" ? .any : Self.simpleTypes[next]!)
            } else if current.word?.uppercased() == "PROPERTY" {
                throw QueryError.unsupported("the type ANY PROPERTY VALUE in IS :: TYPE", at: start)
            } else {
                type = CypherType(base: .any)
            }
        } else if let base = Self.simpleTypes[word] {
            advance()
            if word == "SIGNED" { try expect(keyword: "INTEGER", "after SIGNED") }
            type = CypherType(base: base)
        } else {
            throw QueryError.syntax(
                "InvalidType", "'\(current.word ?? word)' is not a type; write one such as INTEGER, FLOAT, STRING, BOOLEAN, NODE, MAP or LIST<INTEGER>",
                at: start, length: current.length)
        }
        if current.isKeyword("NOT"), peek().isKeyword("NULL") {
            advance(); advance()
            type.nullable = false
        }
        return type
    }
}
