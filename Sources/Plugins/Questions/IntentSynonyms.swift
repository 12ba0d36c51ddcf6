import Foundation
import Yams

/// Sets of words that ask the same thing (`Resources/lexicons/intent-synonyms.yaml`),
/// in English and Chinese: a query's intent group that names one word of a set
/// is read with every word of it, as strong or as weak (`~`) as the word it names.
/// So `ask` understands the question, not the few words a query's author listed.
struct IntentSynonyms: Sendable {
    /// Each set, its words normalized as questions are.
    let sets: [[String]]

    init(sets: [[String]]) {
        self.sets = sets.map { $0.map(QuestionText.normalized).filter { !$0.isEmpty } }
    }

    /// The built-in sets, read once; none when the file cannot be read (`ask` then uses the queries' own words).
    static let builtIn: IntentSynonyms = {
        guard let folder = Bundle.module.url(forResource: "Resources", withExtension: nil),
            let text = try? String(contentsOf: folder.appendingPathComponent("lexicons/intent-synonyms.yaml"), encoding: .utf8),
            let sets = (try? Yams.compose(yaml: text))??.mapping?["sets"]?.sequence
        else { return IntentSynonyms(sets: []) }
        return IntentSynonyms(sets: sets.map { $0.sequence?.compactMap(\.string) ?? [] })
    }()

    /// `query` with each intent group widened by the sets that share a word with it.
    func expanding(_ query: NamedQuery) -> NamedQuery {
        guard !sets.isEmpty, !query.intent.isEmpty else { return query }
        var expanded = query
        expanded.intent = query.intent.map(expanding)
        return expanded
    }

    /// One group widened: a synonym of a strong word is strong, of a weak word weak;
    /// a word the group already has keeps its own strength.
    func expanding(_ group: [String]) -> [String] {
        var present = Set(group.map(IntentWords.normalized))
        var added: [String] = []
        for weak in [false, true] {
            for word in group where word.hasPrefix("~") == weak {
                let normalized = IntentWords.normalized(word)
                for set in sets where set.contains(normalized) {
                    for synonym in set where present.insert(synonym).inserted {
                        added.append(weak ? "~" + synonym : synonym)
                    }
                }
            }
        }
        return group + added
    }
}
