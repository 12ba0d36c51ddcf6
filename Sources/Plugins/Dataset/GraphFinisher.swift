import Graph

/// An extractor that also runs once after every document has been read, for
/// facts that join documents (a meeting and the proposal it discussed are
/// stated in different documents).
public protocol GraphFinisher: Sendable {
    /// Adds cross-document facts to `graph`.
    func finish(_ graph: inout PropertyGraph, context: ExtractionContext) throws
}
