extension QueryEngine {
    /// The catalog a query runs with: `procedures`, with `dbms.procedures()` listing it.
    var callableProcedures: ProcedureCatalog {
        var catalog = procedures
        let listed = procedures.all.map { [Value.string($0.name), .string($0.signature), .string($0.summary)] }
        if let listing = catalog.procedure(named: BuiltInProcedures.procedures.name) {
            catalog.replace(Procedure(
                name: listing.name, arguments: listing.arguments, outputs: listing.outputs, summary: listing.summary
            ) { _, _ in listed })
        }
        return catalog
    }

    /// Compile-time checks of every CALL against the catalog: the procedure exists, the
    /// argument count and literal argument types fit, implicit arguments are given as
    /// parameters, and YIELD names real output columns.
    func checkCalls(_ query: Query, parameters: [String: Value]) throws {
        try checkCalls(in: [query.clauses] + query.unions.map(\.clauses), nested: false, parameters: parameters)
    }

    /// The CALLs of each branch, and of the `CALL { … }` subqueries inside (never standalone).
    private func checkCalls(in branches: [[Clause]], nested: Bool, parameters: [String: Value]) throws {
        for clauses in branches {
            let standalone = clauses.count == 1 && !nested
            for clause in clauses {
                switch clause {
                case .call(let call): try check(call, standalone: standalone, parameters: parameters)
                case .subquery(let subquery): try checkCalls(in: subquery.branches, nested: true, parameters: parameters)
                default: break
                }
            }
        }
    }

    private func check(_ call: CallClause, standalone: Bool, parameters: [String: Value]) throws {
        guard let procedure = procedures.procedure(named: call.name) else {
            throw QueryError(
                .compileTime, kind: "ProcedureError", code: "ProcedureNotFound",
                "there is no procedure \(call.name); CALL dbms.procedures() lists them", offset: call.offset,
                length: 4)
        }
        if let arguments = call.arguments {
            guard arguments.count == procedure.arguments.count else {
                throw QueryError.syntax(
                    "InvalidNumberOfArguments",
                    "\(procedure.name) takes \(procedure.arguments.count) argument(s), not \(arguments.count): "
                        + procedure.signature, at: call.offset)
            }
            for (argument, field) in zip(arguments, procedure.arguments) {
                if case .literal(let value) = argument.kind, field.type.accept(value) == nil {
                    throw QueryError.syntax(
                        "InvalidArgumentType",
                        "argument \(field.name) of \(procedure.name) must be \(field.type), not \(value.typeName)",
                        at: argument.offset, length: argument.length)
                }
            }
        } else {
            if !standalone {
                throw QueryError.syntax(
                    "InvalidArgumentPassingMode",
                    "a CALL inside a query needs its arguments in parentheses: \(procedure.name)(…)", at: call.offset)
            }
            for field in procedure.arguments where parameters[field.name] == nil {
                throw QueryError(
                    .compileTime, kind: "ParameterMissing", code: "MissingParameter",
                    "\(procedure.name) called without parentheses takes its argument \(field.name) "
                        + "from the parameter $\(field.name), which is not given", offset: call.offset, length: 4)
            }
        }
        for item in call.yields ?? [] where !procedure.outputs.contains(where: { $0.name == item.output }) {
            throw QueryError.syntax(
                "UndefinedVariable",
                "\(procedure.name) has no output column \(item.output); it yields "
                    + procedure.outputs.map(\.name).joined(separator: ", "), at: item.offset,
                length: item.output.utf8.count)
        }
        if !standalone, call.yields == nil, !procedure.outputs.isEmpty {
            throw QueryError.syntax(
                "UndefinedVariable",
                "a CALL inside a query must YIELD the columns it uses: YIELD "
                    + procedure.outputs.map(\.name).joined(separator: ", "), at: call.offset)
        }
    }

    /// A query that is one CALL: its result has the columns it yields (all outputs without YIELD).
    func executeStandaloneCall(_ call: CallClause, parameters: [String: Value]) throws -> QueryResult {
        let executor = Executor(graph: graph, parameters: parameters, limits: limits, cancellation: cancellation)
        executor.procedures = callableProcedures
        let (rows, columns) = try executor.runCall(call, [[:]])
        // A procedure without outputs returns nothing, not one empty row.
        if columns.isEmpty { return QueryResult() }
        return QueryResult(columns: columns, rows: rows.map { row in columns.map { row[$0] ?? Value.null } })
    }
}
