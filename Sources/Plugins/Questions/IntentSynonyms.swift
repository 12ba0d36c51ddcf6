import Foundation

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

    /// The built-in sets as read; the built-in query plugins refuse to register when they failed.
    static let loaded: Result<IntentSynonyms, PluginError> =
        BundledWordList.mapping("intent-synonyms", requiring: ["sets"]).map { map in
            IntentSynonyms(sets: (map["sets"]?.sequence ?? []).map { $0.sequence?.compactMap(\.string) ?? [] })
        }

    /// The built-in sets; none if the file failed.
    static let builtIn: IntentSynonyms = (try? loaded.get()) ?? IntentSynonyms(sets: [])

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
