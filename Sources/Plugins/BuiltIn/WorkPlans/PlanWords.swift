import Foundation

/// The words of `Resources/lexicons/plan-words.yaml`, as bytes (read once per process): leaders'
/// posts, how a plan says the first-listed unit leads and that a rule holds below, the labels of
/// the units that only supply a task's figures, the marks set before a lead unit (and those that lead with no note), the words after 牵头 in a heading naming its tasks' lead, the characters that make 会 the start of a word rather than 会同, the fields of a listed proposal, what a glued table's cells open with (`WorkPlanGluedTable`), the facets of one task its items may be (`TaskFacets`), and the words that open a unit's duty after its name in a division's sentences (`DivisionClauses`).
struct PlanWords {
    var leaderPosts: [String]
    var firstListed: [[UInt8]]
    var sameBelow: [[UInt8]]
    var dataProviderLabels: [[UInt8]]
    var leadMarks: [[UInt8]]
    var leadMarkNotes: [[UInt8]]
    var unstatedLeadMarks: [[UInt8]]
    var leadHeadingTails: [[UInt8]]
    var huiWordOpeners: Set<Character>
    var proposalFields: [[UInt8]]
    var taskOpeners: [String]
    var unitContinuations: [String]
    var deadlineWords: [String]
    var taskFacets: [[UInt8]]
    var dutyOpeners: [String]

    static let loaded: Result<PlanWords, PluginError> =
        BundledWordList.mapping("plan-words", requiring: ["leader-posts", "first-listed", "same-below", "data-provider-labels", "lead-marks", "lead-mark-notes", "unstated-lead-marks", "lead-heading-tails", "hui-word-openers", "proposal-fields", "task-openers", "unit-continuations", "deadline-words", "task-facets", "duty-openers"]).map { map in
            func list(_ key: String) -> [String] { BundledWordList.strings(map, key) }
            return PlanWords(leaderPosts: list("leader-posts"), firstListed: list("first-listed").map { Array($0.utf8) },
                             sameBelow: list("same-below").map { Array($0.utf8) },
                             dataProviderLabels: list("data-provider-labels").map { Array($0.utf8) }.sorted { $0.count > $1.count },
                             leadMarks: (map["lead-marks"]?.string ?? "").map { Array(String($0).utf8) },
                             leadMarkNotes: list("lead-mark-notes").map { Array($0.utf8) },
                             unstatedLeadMarks: (map["unstated-lead-marks"]?.string ?? "").map { Array(String($0).utf8) },
                             leadHeadingTails: list("lead-heading-tails").map { Array($0.utf8) }.sorted { $0.count > $1.count },
                             huiWordOpeners: Set(map["hui-word-openers"]?.string ?? ""),
                             proposalFields: list("proposal-fields").map { Array($0.utf8) },
                             taskOpeners: list("task-openers"), unitContinuations: list("unit-continuations"),
                             deadlineWords: list("deadline-words").sorted { $0.count > $1.count },
                             taskFacets: list("task-facets").map { Array($0.utf8) }, dutyOpeners: list("duty-openers"))
        }

    /// The lists, or none if the file failed (`WorkPlansPlugin` has then refused to register).
    static let shared: PlanWords = (try? loaded.get()) ?? PlanWords(leaderPosts: [], firstListed: [], sameBelow: [], dataProviderLabels: [], leadMarks: [], leadMarkNotes: [], unstatedLeadMarks: [], leadHeadingTails: [], huiWordOpeners: [], proposalFields: [], taskOpeners: [], unitContinuations: [], deadlineWords: [], taskFacets: [], dutyOpeners: [])
}
