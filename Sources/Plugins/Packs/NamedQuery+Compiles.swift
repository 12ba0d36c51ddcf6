import Graph
import Yams

extension NamedQuery {
    /// Compiles `text` (parse and check, without a graph) so that a pack's
    /// query with a syntax error is refused when the pack loads, at the line of
    /// the pack file where the error is, not when someone first runs it.
    static func checkCompiles(_ text: String, node: PackYAML, query id: String, what: String) throws {
        do {
            _ = try QueryEngine(graph: PropertyGraph()).explain(text)
        } catch let error as QueryError {
            var problem = node.problem("\(what) of '\(id)' does not compile: " + error.rendered(query: text))
            if let line = problem.line, let offset = error.offset {
                let queryLine = text.utf8.prefix(offset).filter { $0 == UInt8(ascii: "\n") }.count
                // A block scalar (`cypher: |`) starts on the line after its key.
                var isBlock = false
                if case .scalar(let scalar) = node.node { isBlock = scalar.style == .literal || scalar.style == .folded }
                problem.line = line + queryLine + (isBlock ? 1 : 0)
                problem.column = nil
            }
            throw problem
        }
    }
}
