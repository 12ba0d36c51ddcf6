import Foundation
import Graph

extension PinyinIndex {
    /// For `QueryEngine.similarNames`: the names of `graph`'s nodes (with the labels
    /// a pattern gives) whose pinyin a name typed in letters spells or starts
    /// (`liangming`, `Liang Ming` → 梁鸣; `sfg` → 市发改委 by initials). A name with
    /// anything but letters, spaces and apostrophes gets none. Each label's index is
    /// built on first use.
    public static func similarNames(in graph: PropertyGraph) -> @Sendable (String, [String]) -> [String] {
        let indexes = IndexCache()
        return { name, labels in
            let letters = name.filter { $0 != " " && $0 != "'" }
            guard letters.count >= 2, letters.allSatisfy({ $0.isASCII && $0.isLetter }) else { return [] }
            let index = indexes.index(for: labels.first ?? "") {
                let ids = labels.first.map { graph.nodes(withLabel: $0) } ?? graph.nodes.map(\.id)
                return ids.map { graph.node($0) }.filter { node in labels.allSatisfy(node.hasLabel) }.compactMap(\.name)
            }
            return index.names(matching: letters, limit: 3)
        }
    }

    /// One index per label, built once, shared by the closure's calls.
    final class IndexCache: @unchecked Sendable {
        private let lock = NSLock()
        private var byLabel: [String: PinyinIndex] = [:]

        func index(for label: String, names: () -> [String]) -> PinyinIndex {
            lock.withLock {
                if let known = byLabel[label] { return known }
                let built = PinyinIndex(names: names())
                byLabel[label] = built
                return built
            }
        }
    }
}
