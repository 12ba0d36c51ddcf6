import Foundation
import Graph
import Testing
@testable import Plugins

/// Pages arrive cut, rejoined and re-broken: a copy keeps a table's first lines only, a scraper runs a page into one
/// line, a PDF breaks lines mid-word. Every plan layout the extractors are tested on, reshaped so, must read without
/// a crash (`UnitLedSentences.gluedDuty` crashed so; `WorkPlanCellRow.byContent` on a page edited by hand).
@Suite struct ExtractionRobustnessTests {
    /// A fixed sequence of numbers (a linear congruential generator), so that every run reshapes alike.
    struct Numbers {
        var state: UInt64
        mutating func next(below bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
    }

    /// The reshaped texts of `text`: cut after a line, every line run into one, and each line broken in two.
    static func reshaped(_ text: String, numbers: inout Numbers) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let cut = lines.prefix(1 + numbers.next(below: lines.count)).joined(separator: "\n")
        let joined = lines.joined(separator: " ")
        let broken = lines.map { line -> String in
            let characters = Array(line)
            guard characters.count > 4 else { return line }
            let at = numbers.next(below: characters.count)
            return String(characters[..<at]) + "\n" + String(characters[at...])
        }.joined(separator: "\n")
        return [cut, joined, broken]
    }

    @Test func reshapedPlanLayoutsReadWithoutACrash() throws {
        let folder = WorkPlanRealLayoutTests.folder.appendingPathComponent("plans")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count >= 100)
        var numbers = Numbers(state: 42)
        var read = 0
        for name in names {
            let (_, text) = try ExtractionScoreTests.split(folder.appendingPathComponent(name))
            for variant in Self.reshaped(text, numbers: &numbers) {
                let graph = try ExtractionScoreTests.extract(variant, city: nil, id: name)
                // Every task read keeps a title from the text.
                for id in graph.nodes(withLabel: "Task") {
                    #expect(graph.node(id).properties["title"]?.stringValue?.isEmpty == false, "\(name)")
                }
                read += 1
            }
        }
        #expect(read == 3 * names.count)
    }
}
