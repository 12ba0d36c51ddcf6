import Foundation
import Graph

/// A disagreement between documents, kept as data: every side with its sources.
public struct Conflict: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// One person is given two or more parties (sectors such as 工商联 do not count).
        case personInTwoParties = "person-in-two-parties"
        /// Two spellings of one name with identical roles.
        case nameSpelling = "name-spelling"
        /// One name in the documents of two places (persons are kept apart by place),
        /// given different parties: two persons, or one person in two parties. A reader
        /// decides; the graph keeps them apart.
        case sameNameInTwoPlaces = "same-name-in-two-places"
    }

    /// One side of a conflict.
    public struct Claim: Sendable, Hashable {
        public var statement: String
        public var sources: [Provenance]
    }

    public var kind: Kind
    /// The person (or persons) concerned.
    public var subject: String
    public var summary: String
    public var claims: [Claim]
}

/// Two persons, in id order, as a set element.
struct PersonPair: Hashable {
    var first: NodeID
    var second: NodeID
    init(_ a: NodeID, _ b: NodeID) { (first, second) = a < b ? (a, b) : (b, a) }
}

/// An employer and a title, as held by a person.
struct Job: Hashable {
    var employer: NodeID
    var title: String

    // By the title's bytes: hashing a Chinese `String` normalizes it first.
    static func == (a: Job, b: Job) -> Bool { a.employer == b.employer && LabelledName.sameBytes(a.title, b.title) }

    func hash(into hasher: inout Hasher) {
        hasher.combine(employer)
        LabelledName.hash(title, into: &hasher)
    }
}

/// Finds conflicts in an extracted graph and marks them, so a query sees them
/// too. Nothing is removed or chosen: every claim stays with its sources.
public enum ConflictDetector {
    /// Every conflict, in a stable order (by kind, then subject).
    /// O(P · R) for persons P and their relationships R, plus O(k²) per group of
    /// persons that share an employer and title.
    public static func find(in graph: PropertyGraph) -> [Conflict] {
        find(in: graph, details: true)
    }

    /// How many conflicts `find` would list, without writing their summaries
    /// and claims (a build over thousands of documents reports only the count).
    public static func count(in graph: PropertyGraph) -> Int {
        find(in: graph, details: false).count
    }

    /// `details: false` leaves out summaries and claims (statements and their
    /// sorted sources), which `mark` does not use: with many conflicts they are
    /// most of the work.
    static func find(in graph: PropertyGraph, details: Bool) -> [Conflict] {
        var conflicts: [Conflict] = []
        for id in graph.nodes(withLabel: "Person") {
            let byParty = exclusiveParties(of: id, in: graph)
            guard byParty.count >= 2 else { continue }
            let person = graph.node(id)
            guard details else {
                conflicts.append(Conflict(kind: .personInTwoParties, subject: person.name ?? "?", summary: "", claims: []))
                continue
            }
            let claims = byParty.keys.sorted().map { party -> Conflict.Claim in
                let rels = byParty[party]!
                let roles = rels.map { describe($0) }.joined(separator: "; ")
                return Conflict.Claim(
                    statement: "\(person.name ?? "?") MEMBER_OF \(graph.node(party).name ?? "?") (\(roles))",
                    sources: Array(Set(rels.flatMap(\.sources))).sorted())
            }
            let parties = byParty.keys.sorted().compactMap { graph.node($0).name }
            conflicts.append(Conflict(
                kind: .personInTwoParties, subject: person.name ?? "?",
                summary: "\(person.name ?? "?") is given \(parties.count) parties: \(parties.joined(separator: ", "))",
                claims: claims))
        }
        conflicts += namesAcrossPlaces(in: graph, details: details)
        // Persons who hold the same job under names one character apart.
        var holders: [Job: [NodeID]] = [:]
        for id in graph.nodes(withLabel: "Person") {
            for rid in graph.outgoing(id) where graph.relationships[rid.rawValue].type == "WORKS_AT" {
                let r = graph.relationship(rid)
                let job = Job(employer: r.end, title: r.properties["title"]?.stringValue ?? "")
                if holders[job]?.last != id { holders[job, default: []].append(id) }
            }
        }
        var reported: Set<PersonPair> = []
        let jobs = holders.keys.sorted { ($0.employer, $0.title) < ($1.employer, $1.title) }
        for job in jobs {
            let ids = holders[job]!
            guard ids.count >= 2 else { continue }
            // A holder can be one side of many pairs: its claim is built once per job.
            var claimOf: [NodeID: Conflict.Claim] = [:]
            func claim(_ person: NodeID) -> Conflict.Claim {
                if let known = claimOf[person] { return known }
                var sources: [Provenance] = []
                for rid in graph.outgoing(person) {
                    let r = graph.relationship(rid)
                    guard r.type == "WORKS_AT", r.end == job.employer, (r.properties["title"]?.stringValue ?? "") == job.title else { continue }
                    sources += r.sources
                }
                let made = Conflict.Claim(
                    statement: "\(graph.node(person).name ?? "?") WORKS_AT \(graph.node(job.employer).name ?? "?") (\(job.title))",
                    sources: Array(Set(sources)).sorted())
                claimOf[person] = made
                return made
            }
            for (a, b) in pairsOneApart(ids.map { graph.nodes[$0.rawValue].name ?? "" }).map({ (ids[$0.0], ids[$0.1]) }) {
                // A correction that says the two are different persons (DISTINCT_FROM, docs/curation.md) settles it.
                guard !distinct(a, b, in: graph) else { continue }
                guard reported.insert(PersonPair(a, b)).inserted, let nameA = graph.nodes[a.rawValue].name, let nameB = graph.nodes[b.rawValue].name else { continue }
                guard details else {
                    conflicts.append(Conflict(kind: .nameSpelling, subject: "\(nameA) / \(nameB)", summary: "", claims: []))
                    continue
                }
                let claims = [claim(a), claim(b)]
                conflicts.append(Conflict(
                    kind: .nameSpelling, subject: "\(nameA) / \(nameB)",
                    summary: "\(nameA) and \(nameB) differ in one character and hold the same job; probably one person",
                    claims: claims))
            }
        }
        // Sorted by kind, then subject in code point order (UTF-8 byte order: the
        // order `String` gives for the NFC text of our documents, without
        // normalizing Chinese names at every comparison).
        let keys = conflicts.map { (kind: $0.kind.rawValue, subject: Array($0.subject.utf8)) }
        let order = conflicts.indices.sorted { x, y in
            if keys[x].kind != keys[y].kind { return keys[x].kind < keys[y].kind }
            return keys[x].subject.lexicographicallyPrecedes(keys[y].subject)
        }
        return order.map { conflicts[$0] }
    }

    /// True when a `DISTINCT_FROM` relationship joins `a` and `b`, either way: a reader has said
    /// they are two persons.
    static func distinct(_ a: NodeID, _ b: NodeID, in graph: PropertyGraph) -> Bool {
        graph.outgoing(a).contains { graph.relationship($0).type == "DISTINCT_FROM" && graph.relationship($0).end == b }
            || graph.outgoing(b).contains { graph.relationship($0).type == "DISTINCT_FROM" && graph.relationship($0).end == a }
    }

    /// Marks conflicting relationships and persons with a `conflict` property
    /// naming the conflict kind (and, for spellings, the other spelling).
    public static func mark(in graph: inout PropertyGraph) throws {
        for conflict in find(in: graph, details: false) {
            switch conflict.kind {
            case .personInTwoParties:
                for id in graph.nodes(named: conflict.subject) where graph.nodes[id.rawValue].labels.contains("Person") {
                    for r in graph.outgoing(id) where graph.relationships[r.rawValue].type == "MEMBER_OF"
                        && isExclusiveParty(graph.nodes[graph.relationships[r.rawValue].end.rawValue]) {
                        try graph.setProperty("conflict", to: .string(conflict.kind.rawValue), on: r)
                    }
                }
            case .sameNameInTwoPlaces:
                // Kept apart on purpose: a note on each person, no relationship marked.
                for id in graph.nodes(named: conflict.subject) where graph.nodes[id.rawValue].labels.contains("Person")
                    && graph.nodes[id.rawValue].properties["conflict"] == nil {
                    try graph.setProperty("conflict", to: .string(conflict.kind.rawValue), on: id)
                }
            case .nameSpelling:
                let names = conflict.subject.components(separatedBy: " / ")
                for (name, other) in [(names[0], names[1]), (names[1], names[0])] {
                    for id in graph.nodes(named: name) where graph.nodes[id.rawValue].labels.contains("Person") {
                        try graph.setProperty("conflict", to: .string("\(conflict.kind.rawValue): \(other)"), on: id)
                    }
                }
            }
        }
    }

    /// Persons of one name in two or more places whose parties differ. O(P · R).
    static func namesAcrossPlaces(in graph: PropertyGraph, details: Bool) -> [Conflict] {
        // By name bytes: a Chinese `String` key would be normalized at every hash.
        var byName: [[UInt8]: [NodeID]] = [:]
        for id in graph.nodes(withLabel: "Person") {
            let node = graph.nodes[id.rawValue]
            guard node.properties["place"]?.stringValue != nil, let name = node.name else { continue }
            byName[Array(name.utf8), default: []].append(id)
        }
        var found: [Conflict] = []
        for ids in byName.values where ids.count >= 2 {
            var partiesOf: [(person: NodeID, place: String, parties: [NodeID: [Relationship]])] = []
            for id in ids {
                let parties = exclusiveParties(of: id, in: graph)
                guard !parties.isEmpty else { continue }
                partiesOf.append((id, graph.nodes[id.rawValue].properties["place"]?.stringValue ?? "", parties))
            }
            let places = Set(partiesOf.map(\.place)), parties = Set(partiesOf.flatMap(\.parties.keys))
            guard places.count >= 2, parties.count >= 2, let name = graph.nodes[ids[0].rawValue].name else { continue }
            guard details else {
                found.append(Conflict(kind: .sameNameInTwoPlaces, subject: name, summary: "", claims: []))
                continue
            }
            let sides = partiesOf.sorted { $0.place.utf8.lexicographicallyPrecedes($1.place.utf8) }
            let claims = sides.flatMap { side in
                side.parties.keys.sorted().map { party -> Conflict.Claim in
                    let rels = side.parties[party]!
                    return Conflict.Claim(
                        statement: "\(name) of \(side.place) MEMBER_OF \(graph.node(party).name ?? "?") (\(rels.map { describe($0) }.joined(separator: "; ")))",
                        sources: Array(Set(rels.flatMap(\.sources))).sorted())
                }
            }
            let described = sides.map { side in
                "\(side.place): " + side.parties.keys.sorted().compactMap { graph.node($0).name }.joined(separator: ", ")
            }
            found.append(Conflict(
                kind: .sameNameInTwoPlaces, subject: name,
                summary: "\(name) is named in \(places.count) places with different parties (\(described.joined(separator: "; "))): two persons, or one in two parties",
                claims: claims))
        }
        return found
    }

    /// A person's MEMBER_OF relationships to exclusive parties, by party.
    static func exclusiveParties(of person: NodeID, in graph: PropertyGraph) -> [NodeID: [Relationship]] {
        var byParty: [NodeID: [Relationship]] = [:]
        for rid in graph.outgoing(person) where graph.relationships[rid.rawValue].type == "MEMBER_OF" {
            let r = graph.relationship(rid)
            // Only what documents state can conflict: an inferred membership is a guess, not a claim.
            if r.properties["inferred"] == .bool(true) { continue }
            if isExclusiveParty(graph.nodes[r.end.rawValue]) { byParty[r.end, default: []].append(r) }
        }
        return byParty
    }

    /// A party whose members belong to no other: a democratic party, the
    /// Communist Party, 无党派人士 (`exclusive`). A sector (界别: 工商联, 经济界 …)
    /// is not: a 民建 member who is also vice-chair of the 工商联 is no conflict.
    static func isExclusiveParty(_ node: Node) -> Bool {
        guard node.labels.contains("Party") else { return false }
        if node.properties["exclusive"]?.stringValue == "true" { return true }
        return node.properties["kind"]?.stringValue != "界别"
    }

    static func describe(_ r: Relationship) -> String {
        [r.properties["level"]?.stringValue, r.properties["role"]?.stringValue, r.properties["date"]?.textOrISOText]
            .compactMap { $0 }.joined(separator: " ")
    }

    /// Index pairs of `names` that are one character apart, found by bucketing
    /// each name under every one-character wildcard (廖小平 → *小平, 廖*平, 廖小*):
    /// O(n · L) for n names of length L instead of comparing every pair.
    static func pairsOneApart(_ names: [String]) -> [(Int, Int)] {
        // Keys are scalar arrays, not strings: hashing them needs no Unicode normalization.
        var buckets: [[UInt32]: [Int]] = [:]
        for (i, name) in names.enumerated() {
            let scalars = name.unicodeScalars.map(\.value)
            guard scalars.count >= 2, scalars.count <= 6 else { continue }
            for k in scalars.indices {
                var masked = scalars
                masked[k] = 0
                masked.append(UInt32(k))
                buckets[masked, default: []].append(i)
            }
        }
        // A pair packed in one integer (smaller index high): no array per pair, and
        // integer order is (first, second) order.
        var pairs: Set<Int> = []
        for members in buckets.values where members.count >= 2 {
            for (x, a) in members.enumerated() {
                for b in members[(x + 1)...] where names[a] != names[b] { pairs.insert(min(a, b) << 32 | max(a, b)) }
            }
        }
        return pairs.sorted().map { ($0 >> 32, $0 & 0xFFFF_FFFF) }
    }

    /// Same length and exactly one character different.
    static func oneApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard x.count == y.count, x != y else { return false }
        return zip(x, y).filter { $0 != $1 }.count == 1
    }
}
