import Foundation
import Graph
import Plugins

/// Names and labels typed on the command line, read as the shell reads them:
/// a label in the wrong case or misspelt gets the closest one offered
/// (`--label Persn`: did you mean Person?), and a name may be pinyin
/// (`--around liang`, `--around LiangMing`, `--around fagai`).
enum CommandLineNames {
    /// `labels` checked against the graph's; throws naming the closest for one it lacks.
    static func checkLabels(_ labels: [String], in graph: PropertyGraph) throws {
        let known = graph.labels
        for label in labels where !known.contains(label) {
            let distance: (String) -> Int = { EditDistance.between($0.lowercased(), label.lowercased()) }
            let closest = known.min { distance($0) < distance($1) }
            let near = closest.map { distance($0) <= max(2, label.count / 3) } ?? false
            throw CommandError(
                "unknown label '\(label)'" + (near ? "; did you mean \(closest!)?" : "")
                    + " Labels are: \(known.joined(separator: ", "))")
        }
    }

    /// The node name `text` stands for: itself when a node bears it, else
    /// the one name its pinyin spells (said on standard error); throws with
    /// the candidates when it spells several or none is near.
    static func resolve(_ text: String, in graph: PropertyGraph, option: String) throws -> String {
        // A name a node bears, or an id (n12) the selection reads itself.
        guard graph.nodes(named: text).isEmpty else { return text }
        if text.first == "n", text.count > 1, text.dropFirst().allSatisfy(\.isNumber) { return text }
        let names = graph.indexedNames
        var candidates: [String] = []
        if text.unicodeScalars.allSatisfy(\.isASCII) {
            candidates = PinyinIndex(names: names).names(matching: text)
            // Names whose pinyin starts with the letters come before those that only contain them.
            let letters = text.lowercased().filter(\.isLetter)
            let starting = candidates.filter { PinyinIndex.syllables(of: $0).joined().hasPrefix(letters) }
            if !starting.isEmpty { candidates = starting }
            if candidates.count == 1 {
                FileHandle.standardError.write(Data("\(option) \(text): taken as \(candidates[0]) (pinyin)\n".utf8))
                return candidates[0]
            }
        }
        if candidates.isEmpty {
            let limit = max(1, text.count / 2)
            var near: [(name: String, distance: Int)] = []
            for name in names {
                let distance = EditDistance.between(name, text)
                if distance <= limit { near.append((name, distance)) }
            }
            near.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
            candidates = near.map(\.name)
        }
        let offer = candidates.prefix(8).joined(separator: ", ")
        throw CommandError(
            "no node is named '\(text)' in this graph"
                + (candidates.isEmpty ? "; check the spelling (names, aliases and pinyin match)" : "; did you mean: \(offer)?"))
    }
}
