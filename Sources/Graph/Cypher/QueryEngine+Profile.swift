import Foundation

/// What PROFILE measured of one step of the plan.
struct StepProfile {
    /// Rows after the step.
    var rows: Int
    var nanoseconds: UInt64
}

/// `PROFILE query`: runs the query (updates included) and returns its plan, the steps
/// EXPLAIN shows, each with the rows it produced and the time it took.
extension QueryEngine {
    func executeProfiled(_ parsed: Query, parameters: [String: Value]) throws -> QueryResult {
        guard parsed.unions.isEmpty else {
            throw QueryError.unsupported("PROFILE of a UNION", at: parsed.unions[0].offset, length: 5)
        }
        let started = DispatchTime.now().uptimeNanoseconds
        let plan = Planner(graph: graph, parameters: parameters).plan(parsed)
        let (result, steps) = try run(plan, parameters: parameters, profiling: true)
        let total = DispatchTime.now().uptimeNanoseconds &- started
        let annotations = steps.map { step in
            "[\(step.rows) row\(step.rows == 1 ? "" : "s"), \(Self.milliseconds(step.nanoseconds)) ms]"
        }
        var lines = ["Profile:"] + Plan.lines(of: plan.steps, annotations: annotations)
        let returned = result.rows.count
        var summary = "\(returned) row\(returned == 1 ? "" : "s") returned in \(Self.milliseconds(total)) ms"
        let s = result.statistics
        let changes = [
            ("nodes created", s.nodesCreated), ("nodes deleted", s.nodesDeleted),
            ("relationships created", s.relationshipsCreated), ("relationships deleted", s.relationshipsDeleted),
            ("properties set", s.propertiesSet), ("labels added", s.labelsAdded), ("labels removed", s.labelsRemoved),
        ].filter { $0.1 > 0 }.map { "\($0.0): \($0.1)" }
        if !changes.isEmpty { summary += "; " + changes.joined(separator: ", ") }
        lines.append(summary)
        return QueryResult(columns: ["plan"], rows: lines.map { [.string($0)] }, statistics: result.statistics)
    }

    /// `query` profiled, as text: see `executeProfiled`. `PROFILE` in front is optional.
    public func profile(_ query: String, parameters: [String: Value] = [:]) throws -> String {
        let text = query.trimmingCharacters(in: .whitespacesAndNewlines)
        let profiled = text.uppercased().hasPrefix("PROFILE") ? text : "PROFILE " + text
        let result = try execute(profiled, parameters: parameters)
        return result.rows.compactMap { $0.first?.stringValue }.joined(separator: "\n")
    }

    private static func milliseconds(_ nanoseconds: UInt64) -> String {
        String(format: "%.2f", Double(nanoseconds) / 1e6)
    }
}
