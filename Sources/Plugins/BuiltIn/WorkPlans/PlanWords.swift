import Foundation
import Yams

/// The words of `Resources/lexicons/plan-words.yaml`, as bytes (read once per process): leaders'
/// posts, how a plan says the first-listed unit leads and that a rule holds below, and the
/// characters that make 会 the start of a word rather than 会同.
struct PlanWords {
    var leaderPosts: [String]
    var firstListed: [[UInt8]]
    var sameBelow: [[UInt8]]
    var huiWordOpeners: Set<Character>

    static let shared: PlanWords = {
        guard let folder = Bundle.module.url(forResource: "Resources", withExtension: nil),
              let text = try? String(contentsOf: folder.appendingPathComponent("lexicons/plan-words.yaml"), encoding: .utf8),
              let map = (try? Yams.compose(yaml: text))??.mapping
        else { return PlanWords(leaderPosts: [], firstListed: [], sameBelow: [], huiWordOpeners: []) }
        func list(_ key: String) -> [String] { map[key]?.sequence?.compactMap(\.string) ?? [] }
        return PlanWords(leaderPosts: list("leader-posts"), firstListed: list("first-listed").map { Array($0.utf8) },
                         sameBelow: list("same-below").map { Array($0.utf8) },
                         huiWordOpeners: Set(map["hui-word-openers"]?.string ?? ""))
    }()
}
