/// What the runner needs from a query engine: run a query, and measure the graph
/// for side effects. One driver holds one graph; the runner makes a fresh driver
/// per scenario.
///
/// The indirection lets the runner be tested with a fake engine and keeps the one
/// adapter to the real engine in `EngineDriver.swift`.
protocol TCKDriver: AnyObject {
    /// Runs `query`; an engine error is an outcome, not a thrown error.
    func execute(_ query: String, parameters: [String: TCKValue]) -> TCKOutcome
    /// The graph state that side effects are computed from.
    func measure() -> GraphMeasure
    /// Defines a procedure from a `there exists a procedure` step: its signature
    /// (`name(in :: TYPE?) :: (out :: TYPE?)`) and its table (header: inputs then
    /// outputs; each row an answer). Returns why it cannot, or nil.
    func registerProcedure(signature: String, table: [[String]]) -> String?
}

/// The result of one query, converted to TCK values.
enum TCKOutcome {
    case rows(columns: [String], rows: [[TCKValue]])
    case error(TCKError)
}

/// An error reported by the engine, in the TCK's terms.
struct TCKError: CustomStringConvertible {
    enum Phase: String {
        case compileTime = "compile time"
        case runtime = "runtime"
    }

    /// Nil when the engine cannot say (a runner-side failure).
    var phase: Phase?
    /// `SyntaxError`, `TypeError`, `ArgumentError`, …
    var kind: String
    /// The TCK detail code, e.g. `UndefinedVariable`.
    var detail: String
    var message: String

    var description: String {
        "\(kind) at \(phase?.rawValue ?? "unknown phase"): \(detail)"
            + (message.isEmpty ? "" : " (\(oneLine(message)))")
    }
}

/// The graph state the TCK README defines side effects over ("Side effects"):
/// node ids, relationship ids, distinct label names, and the multiset of
/// (entity, key, value) properties.
struct GraphMeasure: Equatable {
    var nodes: Set<Int> = []
    var relationships: Set<Int> = []
    var labels: Set<String> = []
    /// Keys are "n3.name='x'" or "r1.weight=2"; values count repeats.
    var properties: [String: Int] = [:]

    static func property(node id: Int, key: String, value: TCKValue) -> String { "n\(id).\(key)=\(value)" }
    static func property(relationship id: Int, key: String, value: TCKValue) -> String { "r\(id).\(key)=\(value)" }
}

/// The eight side-effect counters, as in `the side effects should be:`.
struct SideEffects: Equatable, CustomStringConvertible {
    static let keys = [
        "+nodes", "-nodes", "+relationships", "-relationships", "+labels", "-labels", "+properties", "-properties",
    ]
    var counts: [String: Int] = [:]

    init(counts: [String: Int] = [:]) { self.counts = counts.filter { $0.value != 0 } }

    /// The differences between two measurements of the graph.
    init(before: GraphMeasure, after: GraphMeasure) {
        func multisetMinus(_ a: [String: Int], _ b: [String: Int]) -> Int {
            a.reduce(0) { $0 + max(0, $1.value - (b[$1.key] ?? 0)) }
        }
        self.init(counts: [
            "+nodes": after.nodes.subtracting(before.nodes).count,
            "-nodes": before.nodes.subtracting(after.nodes).count,
            "+relationships": after.relationships.subtracting(before.relationships).count,
            "-relationships": before.relationships.subtracting(after.relationships).count,
            "+labels": after.labels.subtracting(before.labels).count,
            "-labels": before.labels.subtracting(after.labels).count,
            "+properties": multisetMinus(after.properties, before.properties),
            "-properties": multisetMinus(before.properties, after.properties),
        ])
    }

    var description: String {
        counts.isEmpty ? "none" : Self.keys.compactMap { k in counts[k].map { "\(k) \($0)" } }.joined(separator: ", ")
    }
}

/// Collapses a message to one line for summaries and the report file.
func oneLine(_ text: String, limit: Int = 200) -> String {
    let flat = text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.joined(separator: " ⏎ ")
    return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
}
