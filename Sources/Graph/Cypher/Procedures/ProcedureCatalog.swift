/// The procedures a query engine can `CALL`, by name.
public struct ProcedureCatalog: Sendable {
    private var byName: [String: Procedure] = [:]

    /// An empty catalog; `QueryEngine` starts from `builtIn`.
    public init() {}

    /// The engine's own procedures: `db.labels()`, `db.relationshipTypes()`,
    /// `db.propertyKeys()`, `db.schema.visualization()` and `dbms.procedures()`.
    public static var builtIn: ProcedureCatalog {
        var catalog = ProcedureCatalog()
        for procedure in BuiltInProcedures.all { try? catalog.register(procedure) }
        return catalog
    }

    /// Adds `procedure`; throws when its name is taken.
    public mutating func register(_ procedure: Procedure) throws {
        guard byName[procedure.name] == nil else {
            throw QueryError.runtime(
                "ProcedureError", "ProcedureAlreadyDefined",
                "a procedure named \(procedure.name) is already registered; give the new one another name")
        }
        byName[procedure.name] = procedure
    }

    /// Puts `procedure` in place of the one of the same name, or adds it.
    public mutating func replace(_ procedure: Procedure) {
        byName[procedure.name] = procedure
    }

    public func procedure(named name: String) -> Procedure? { byName[name] }

    /// Every procedure, sorted by name.
    public var all: [Procedure] { byName.values.sorted { $0.name < $1.name } }
}
