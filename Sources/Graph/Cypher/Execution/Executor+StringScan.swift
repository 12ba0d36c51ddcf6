import Foundation

/// Counting the nodes whose string property passes a test (`CONTAINS`, `STARTS WITH`,
/// `ENDS WITH`) from the graph's string column (`PropertyGraph.stringColumn`): per candidate an
/// integer read and the test on the stored string's UTF-8 bytes, with no row, no `Value` and
/// no decoding of the node's record. The test is the one `evaluate` applies (`ByteString`), so
/// the count is the one the expanded rows would give; a node added or changed since the
/// snapshot was opened is read as a value.
extension Executor {
    /// Candidates per slice: cancellation, memory and the deadline are checked between slices.
    static let stringScanSlice = 16_384

    /// The number of `candidates` that fit and whose property `key` is a string passing `test`.
    /// `fits` is nil when every candidate fits already (they come from the label index); then
    /// large scans use both cores (the counts of the halves add up, so the answer does not
    /// depend on the threads).
    func countStringMatches(
        _ candidates: [NodeID], _ key: String, _ test: @escaping (String) -> Bool,
        fits: ((NodeID) throws -> Bool)?
    ) throws -> Int {
        let passes = stringTester(key, test)
        let parallel = fits == nil && ProcessInfo.processInfo.activeProcessorCount > 1
        var total = 0
        var start = 0
        while start < candidates.count {
            try checkLimits()
            let slice = candidates[start..<min(start + Self.stringScanSlice, candidates.count)]
            start = slice.endIndex
            if let fits {
                for candidate in slice where try fits(candidate) && passes(candidate) { total += 1 }
            } else if parallel, slice.count == Self.stringScanSlice {
                var counts = [0, 0]
                counts.withUnsafeMutableBufferPointer { halves in
                    let buffer = halves
                    let mid = slice.startIndex + slice.count / 2
                    DispatchQueue.concurrentPerform(iterations: 2) { half in
                        let part = half == 0 ? slice[slice.startIndex..<mid] : slice[mid..<slice.endIndex]
                        var n = 0
                        for candidate in part where passes(candidate) { n += 1 }
                        buffer[half] = n
                    }
                }
                total += counts[0] + counts[1]
            } else {
                for candidate in slice where passes(candidate) { total += 1 }
            }
        }
        return total
    }

    /// `candidates` without those that fail one of `filters` (conditions `v.key CONTAINS|STARTS
    /// WITH|ENDS WITH x` on `variable`, see `PartPlan.startFilters`), in their order. Exact as a
    /// narrowing: a candidate dropped here makes the WHERE false or null.
    func narrowedByStringTests(_ candidates: [NodeID], _ filters: [Expression], on variable: String?) throws -> [NodeID] {
        var result = candidates
        for filter in filters {
            guard let direct = directStringTest(filter, on: variable) else { continue }
            let passes = stringTester(direct.key, direct.test)
            var kept: [NodeID] = []
            var start = 0
            while start < result.count {
                try checkLimits()
                let slice = result[start..<min(start + Self.stringScanSlice, result.count)]
                start = slice.endIndex
                kept.append(contentsOf: slice.lazy.filter(passes))
            }
            result = kept
        }
        return result
    }

    /// Whether a node's property `key` is a string passing `test`, read from the string column.
    private func stringTester(_ key: String, _ test: @escaping (String) -> Bool) -> (NodeID) -> Bool {
        let graph = self.graph
        let (ids, strings) = graph.stringColumn(key)
        return { candidate in
            let raw = candidate.rawValue
            let id = raw < ids.count ? ids[raw] : -2
            if id >= 0 { return test(strings[Int(id)]) }
            if id == -1 { return false }
            guard case .string(let text)? = graph.property(key, of: candidate) else { return false }
            return test(text)
        }
    }
}
