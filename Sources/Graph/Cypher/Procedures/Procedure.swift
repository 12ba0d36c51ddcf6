import Foundation

/// A procedure that `CALL name(arguments) YIELD columns` runs: typed arguments,
/// typed output columns, a one-line summary, and a body that reads the graph.
///
/// The engine's built-ins are in `BuiltInProcedures`; plugins add theirs
/// through the registrar, and the engine takes them in its `procedures`.
public struct Procedure: Sendable {
    /// One argument or output column.
    public struct Field: Sendable, Equatable {
        public var name: String
        public var type: ProcedureType

        public init(_ name: String, _ type: ProcedureType) {
            self.name = name
            self.type = type
        }
    }

    /// The body: the arguments, in order (already checked against their types), and the graph;
    /// returns rows with one value per output column, in order.
    public typealias Body = @Sendable (_ arguments: [Value], _ graph: PropertyGraph) throws -> [[Value]]

    /// Dotted, as called: `db.labels`.
    public var name: String
    public var arguments: [Field]
    public var outputs: [Field]
    public var summary: String
    public var body: Body

    public init(name: String, arguments: [Field] = [], outputs: [Field], summary: String, body: @escaping Body) {
        self.name = name
        self.arguments = arguments
        self.outputs = outputs
        self.summary = summary
        self.body = body
    }

    /// `name(in :: INTEGER?) :: (out :: STRING?)`, as `dbms.procedures()` shows it.
    public var signature: String {
        func list(_ fields: [Field]) -> String {
            fields.map { "\($0.name) :: \($0.type)" }.joined(separator: ", ")
        }
        return "\(name)(\(list(arguments))) :: (\(list(outputs)))"
    }
}

/// The type of a procedure's argument or output column, as Neo4j writes it (`STRING?`).
public struct ProcedureType: Sendable, Equatable, CustomStringConvertible {
    public enum Base: String, Sendable, CaseIterable {
        case any = "ANY", boolean = "BOOLEAN", string = "STRING", integer = "INTEGER", float = "FLOAT"
        case number = "NUMBER", list = "LIST", map = "MAP", node = "NODE", relationship = "RELATIONSHIP"
        case path = "PATH"
    }

    public var base: Base
    /// `?`: null is allowed.
    public var nullable: Bool

    public init(_ base: Base, nullable: Bool = true) {
        self.base = base
        self.nullable = nullable
    }

    /// Reads `STRING?`, `INTEGER`, `LIST OF STRING?` (a list of anything), case-insensitively; nil when unknown.
    public init?(_ text: String) {
        var word = text.trimmingCharacters(in: .whitespaces).uppercased()
        nullable = word.hasSuffix("?")
        if nullable { word.removeLast() }
        if word.hasPrefix("LIST") { word = "LIST" }
        guard let base = Base(rawValue: word) else { return nil }
        self.base = base
    }

    public var description: String { base.rawValue + (nullable ? "?" : "") }

    /// `value` as an argument of this type: an integer passed as a FLOAT becomes a float;
    /// nil when the value does not fit.
    public func accept(_ value: Value) -> Value? {
        switch (base, value) {
        case (_, .null): return nullable ? value : nil
        case (.any, _): return value
        case (.boolean, .bool), (.string, .string), (.integer, .int), (.float, .float), (.list, .list), (.map, .map),
            (.node, .node), (.relationship, .relationship), (.path, .path), (.number, .int), (.number, .float):
            return value
        case (.float, .int(let i)): return .float(Double(i))
        default: return nil
        }
    }
}
