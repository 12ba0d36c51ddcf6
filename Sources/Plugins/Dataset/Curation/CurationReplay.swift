import Graph

/// Replays a dataset's corrections on the graph extracted from its documents, statement by
/// statement in file order, and marks what each changes with its `curated` source.
///
/// Each statement runs as its own query (a failing one changes nothing). What it created or
/// changed is found by comparing the graph before and after (through the renumbering a
/// DELETE causes), so the engine needs no bookkeeping of its own for curation.
public enum CurationReplay {
    /// Replays `script` on `graph`. A statement that cannot run stops the replay with every such
    /// statement named (file:line:column and a caret), unless `skipFailures`: then it is left out
    /// and listed in the report. Nothing is ever dropped without a word.
    public static func replay(
        _ script: CurationScript, on graph: inout PropertyGraph, procedures: ProcedureCatalog = .builtIn,
        limits: QueryLimits = .default, skipFailures: Bool = false
    ) throws -> CurationReport {
        var report = CurationReport()
        report.files = script.files
        report.failures = script.failures
        let extracted = graph
        // For each element of the current graph, the element of the extracted graph it was, if any.
        var nodeOrigin: [NodeID?] = (0..<graph.nodeCount).map { NodeID($0) }
        var relationshipOrigin: [RelationshipID?] = (0..<graph.relationshipCount).map { RelationshipID($0) }
        for statement in script.statements {
            let engine = QueryEngine(graph: graph, limits: limits)
            engine.procedures = procedures
            let result: QueryResult
            do {
                result = try engine.execute(statement.text)
            } catch let error as QueryError {
                report.failures.append(
                    CurationFailure(
                        file: statement.file, text: script.texts[statement.file] ?? statement.text, error: error,
                        statementOffset: script.texts[statement.file] == nil ? 0 : statement.offset))
                continue
            } catch {
                let wrapped = QueryError(.runtime, kind: "Error", code: "Curation", "\(error)", offset: 0)
                report.failures.append(
                    CurationFailure(
                        file: statement.file, text: script.texts[statement.file] ?? statement.text, error: wrapped,
                        statementOffset: script.texts[statement.file] == nil ? 0 : statement.offset))
                continue
            }
            var change = Change(before: graph, after: engine.graph, renumbering: engine.lastRenumbering)
            if change.isEmpty {
                report.stale.append(
                    finding(
                        statement,
                        result.statistics.isEmpty
                            ? "changes nothing: it matches nothing in the graph built from the documents, or what it merges is already there"
                            : "changes nothing: the graph built from the documents already says so"))
                graph = change.after
                continue
            }
            report.applied += 1
            let source = statement.provenance
            for id in change.touchedNodes { change.after.addSource(source, to: id) }
            for id in change.touchedRelationships { change.after.addSource(source, to: id) }
            let against = Contradictions(
                extracted: extracted, change: change, nodeOrigin: nodeOrigin, relationshipOrigin: relationshipOrigin)
            if let contradiction = against.finding(for: statement) { report.contradictions.append(contradiction) }
            nodeOrigin = change.carry(nodeOrigin)
            relationshipOrigin = change.carry(relationshipOrigin)
            graph = change.after
        }
        if !skipFailures, !report.failures.isEmpty {
            let count = report.failures.count
            throw DatasetError(
                "\(count == 1 ? "a correction" : "\(count) corrections") cannot be replayed, and the graph would lack "
                    + "\(count == 1 ? "it" : "them"); fix \(count == 1 ? "it" : "them"), or build without "
                    + "\(count == 1 ? "it" : "them") with --skip-unreadable (explorer check then lists "
                    + "\(count == 1 ? "it" : "them")):\n"
                    + report.failures.map { "  " + $0.description.replacingOccurrences(of: "\n", with: "\n  ") }
                    .joined(separator: "\n"))
        }
        return report
    }

    /// Adds to `report` the conflicts between documents and corrections: a correction that gives
    /// a person a second party, say, while a document states another. `conflicts` are those found
    /// after the replay.
    public static func addConflicts(_ conflicts: [Conflict], to report: inout CurationReport) {
        for conflict in conflicts {
            let stated = conflict.claims.flatMap(\.sources).filter { !$0.isCurated }
            guard !stated.isEmpty else { continue }
            for claim in conflict.claims {
                for curation in claim.sources.compactMap(\.curation) {
                    let message = "\(conflict.summary.isEmpty ? conflict.kind.rawValue : conflict.summary) "
                        + "(\(claim.statement), by this correction)"
                    let finding = CurationReport.Finding(
                        file: curation.file, line: curation.line, statement: curation.statement, note: curation.note,
                        message: message, sources: stated.prefix(3).map(CurationReport.Source.init))
                    if !report.contradictions.contains(finding) { report.contradictions.append(finding) }
                }
            }
        }
    }

    static func finding(_ statement: CurationStatement, _ message: String, sources: [Provenance] = []) -> CurationReport.Finding {
        CurationReport.Finding(
            file: statement.file, line: statement.line, statement: statement.text, note: statement.note,
            message: message, sources: sources.map(CurationReport.Source.init))
    }
}
