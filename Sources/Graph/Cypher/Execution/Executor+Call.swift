/// `CALL`: runs a procedure for each row and binds the columns it yields.
extension Executor {
    /// The rows after the call, and the names of the columns the call yields (for a standalone CALL).
    func runCall(_ call: CallClause, _ rows: [Row]) throws -> (rows: [Row], columns: [String]) {
        guard let procedure = procedures.procedure(named: call.name) else {
            throw QueryError.runtime(
                "ProcedureError", "ProcedureNotFound", "there is no procedure \(call.name)", at: call.offset)
        }
        let yielded: [(output: Int, name: String)]
        if let items = call.yields {
            yielded = items.compactMap { item in
                procedure.outputs.firstIndex { $0.name == item.output }.map { ($0, item.name) }
            }
        } else {
            yielded = procedure.outputs.enumerated().map { ($0.offset, $0.element.name) }
        }
        var result: [Row] = []
        for row in rows {
            try checkpoint()
            var arguments: [Value] = []
            for (index, field) in procedure.arguments.enumerated() {
                let value: Value
                let at: Int
                if let expressions = call.arguments {
                    value = try evaluate(expressions[index], row)
                    at = expressions[index].offset
                } else {
                    value = parameters[field.name] ?? .null
                    at = call.offset
                }
                guard let accepted = field.type.accept(value) else {
                    throw QueryError.runtime(
                        "TypeError", "InvalidArgumentType",
                        "argument \(field.name) of \(procedure.name) must be \(field.type), not \(value.typeName)", at: at)
                }
                arguments.append(accepted)
            }
            let outputs = try procedure.body(arguments, graph)
            if procedure.outputs.isEmpty {
                // A procedure without outputs leaves each row as it was.
                result.append(row)
                continue
            }
            for output in outputs {
                var next = row
                for (index, name) in yielded { next[name] = index < output.count ? output[index] : .null }
                if let predicate = call.predicate, try evaluate(predicate, next) != .bool(true) { continue }
                result.append(next)
                try checkRowCount(result.count)
            }
        }
        return (result, yielded.map(\.name))
    }
}
