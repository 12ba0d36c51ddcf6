// Built-in plugin `people`: persons wherever a document names them, in running
// prose of any city's or level's documents (news reports of meetings,
// standing-committee and consultation reports, speech digests, work plans).
//
// Contributes:
// - extractor `people-prose`: Person nodes (`roles` as written, the sentence
//   as a source; `reporter` for bylines), (Document)-[:MENTIONS {roles,
//   participant, evidence, date}]->(Person), and from the roles SERVES_ON,
//   MEMBER_OF (democratic parties, 中共 from party posts, sectors; a city's
//   工商联 is its own Party node, PART_OF the national one) and WORKS_AT.
// - data (not lexicons of nodes): `Resources/lexicons/surnames.yaml` (single,
//   ambiguous and compound surnames) and `person-words.yaml` (titles,
//   honorifics, bylines, collective roles, verbs, ordinary words).

/// Persons in running prose, with their roles, parties and sectors.
public struct PeoplePlugin: DomainPlugin {
    public init() {}

    public var id: String { "people" }
    public var summary: String { "Persons named in running prose (roles, titles, lists, reported speech, bylines), with their parties and sectors" }

    public func register(with registrar: inout PluginRegistrar) throws {
        _ = try FederationPlace.loadedBoundaryWords.get()
        _ = try DocumentCity.loadedProvinces.get()
        try registrar.add(extractor: ProsePersonExtractor(words: PersonWords.builtIn()))
    }
}
