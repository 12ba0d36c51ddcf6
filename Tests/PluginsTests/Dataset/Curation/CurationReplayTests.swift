import Foundation
import Graph
import Testing
@testable import Plugins

/// Replaying corrections on an extracted graph: order, provenance, stale and contradicting
/// corrections, broken statements.
@Suite struct CurationReplayTests {
    static let quote = "市政协常委、民革市委委员廖小平"

    /// Two persons with a party each, as extraction would give them.
    static func extracted() throws -> PropertyGraph {
        var graph = PropertyGraph()
        let source = Provenance(document: "standing-committee", offset: 10, length: quote.utf8.count, quote: quote)
        let liao = try graph.addNode(labels: ["Person"], properties: ["name": "廖小平", "place": "武汉"], sources: [source])
        let miao = try graph.addNode(labels: ["Person"], properties: ["name": "缪小平", "place": "武汉"], sources: [source])
        let minge = try graph.addNode(labels: ["Party"], properties: ["name": "民革"], sources: [source])
        let nonggong = try graph.addNode(labels: ["Party"], properties: ["name": "农工党"], sources: [source])
        try graph.addRelationship(type: "MEMBER_OF", from: liao, to: minge, sources: [source])
        try graph.addRelationship(type: "MEMBER_OF", from: miao, to: nonggong, sources: [source])
        return graph
    }

    static func replay(_ text: String, file: String = "curation.cypher", skip: Bool = true) throws -> (PropertyGraph, CurationReport) {
        var graph = try extracted()
        var script = CurationScript()
        script.files = [file]
        script.texts[file] = text
        script.statements = try CurationScript.split(text, file: file)
        let report = try CurationReplay.replay(script, on: &graph, skipFailures: skip)
        return (graph, report)
    }

    @Test func statementsAreCutOutsideStringsAndCommentsWithLineAndNote() throws {
        let text = """
            // corrections for 2025
            // note: 同一人; the list of 2025 spells it 廖小平
            MATCH (p:Person {name: '缪小平'}) SET p.aliases = ['廖小平;'];

            // note: this note is cut off by the blank line below

            /* a block; comment */ MATCH (p:Person {name: '廖小平'}) SET p.checked = true  ;
            MATCH (n) // trailing; comment
            RETURN count(n)
            """
        let statements = try CurationScript.split(text, file: "curation.cypher")
        #expect(statements.count == 3)
        #expect(statements[0].line == 3)
        #expect(statements[0].note == "同一人; the list of 2025 spells it 廖小平")
        #expect(statements[0].text == "MATCH (p:Person {name: '缪小平'}) SET p.aliases = ['廖小平;']")
        #expect(statements[1].line == 7)
        #expect(statements[1].note == nil)
        #expect(statements[2].line == 8)
        #expect(statements[2].text.hasSuffix("RETURN count(n)"))
    }

    @Test func laterStatementsSeeWhatEarlierOnesDid() throws {
        let (graph, report) = try Self.replay("""
            CREATE (:Party {name: '九三学社'});
            MATCH (p:Person {name: '廖小平'}), (q:Party {name: '九三学社'}) MERGE (p)-[:MEMBER_OF]->(q);
            """)
        #expect(report.applied == 2)
        #expect(report.stale.isEmpty)
        let liao = graph.nodes(named: "廖小平")[0]
        let parties = graph.outgoing(liao).map { graph.node(graph.relationship($0).end).name }
        #expect(parties.contains("九三学社"))
        // In the other order the MERGE would match nothing.
        let (_, reversed) = try Self.replay("""
            MATCH (p:Person {name: '廖小平'}), (q:Party {name: '九三学社'}) MERGE (p)-[:MEMBER_OF]->(q);
            CREATE (:Party {name: '九三学社'});
            """)
        #expect(reversed.stale.map(\.line) == [1])
        #expect(reversed.stale.first?.message.contains("it matches nothing") == true)
    }

    @Test func createdAndChangedElementsCarryTheirCorrection() throws {
        let (graph, report) = try Self.replay("""
            // note: 民革 is the party's short name
            MATCH (q:Party {name: '民革'}) SET q.fullName = '中国国民党革命委员会';

            CREATE (:Party {name: '九三学社'});
            """)
        #expect(report.applied == 2)
        let minge = graph.node(graph.nodes(named: "民革")[0])
        let curated = minge.sources.compactMap(\.curation)
        #expect(curated == [
            Provenance.Curation(
                file: "curation.cypher", line: 2, note: "民革 is the party's short name",
                statement: "MATCH (q:Party {name: '民革'}) SET q.fullName = '中国国民党革命委员会'")
        ])
        // Its document source stays.
        #expect(minge.sources.contains { !$0.isCurated })
        let created = graph.node(graph.nodes(named: "九三学社")[0])
        #expect(created.sources.count == 1)
        #expect(created.sources[0].curation?.location == "curation.cypher:4")
        #expect(created.sources[0].curation?.note == nil)
        // Untouched elements get nothing.
        let miao = graph.node(graph.nodes(named: "缪小平")[0])
        #expect(miao.sources.allSatisfy { !$0.isCurated })
    }

    @Test func aStatementThatChangesNothingIsStale() throws {
        let (_, report) = try Self.replay("""
            MATCH (p:Person {name: '王伟'}) SET p.party = '民盟';
            MATCH (p:Person {name: '廖小平'}) SET p.place = '武汉';
            """)
        #expect(report.applied == 0)
        #expect(report.stale.map(\.line) == [1, 2])
        #expect(report.stale[0].message.hasPrefix("changes nothing: it matches nothing in the graph built from the documents"))
        #expect(report.stale[1].message.contains("already says so"))
        #expect(report.text.contains("curation.cypher:1: changes nothing"))
    }

    @Test func settingRemovingAndDeletingWhatADocumentStatesContradictsIt() throws {
        let (graph, report) = try Self.replay("""
            MATCH (p:Person {name: '廖小平'}) SET p.place = '北京';
            MATCH (:Person {name: '廖小平'})-[r:MEMBER_OF]->(:Party {name: '民革'}) DELETE r;
            MATCH (p:Person {name: '缪小平'}) SET p.aliases = ['缪晓平'];
            MATCH (p:Person {name: '缪小平'}) REMOVE p.place;
            """)
        #expect(report.applied == 4)
        #expect(report.contradictions.map(\.line) == [1, 2, 4])
        #expect(report.contradictions[0].message == "sets (:Person 廖小平).place to 北京, where a document gives 武汉")
        #expect(report.contradictions[1].message == "deletes (廖小平)-[:MEMBER_OF]->(民革), which a document states")
        #expect(report.contradictions[1].sources.first?.document == "standing-committee")
        #expect(report.contradictions[2].message.contains("removes (:Person 缪小平).place"))
        #expect(graph.relationshipCount == 1)
    }

    @Test func aBrokenStatementIsNamedWithFileLineAndCaretAndTheOthersStillRun() throws {
        let text = """
            CREATE (:Party {name: '九三学社'});
            MATCH (p:Person {name: '廖小平'}) SET p.place = ;
            MATCH (p:Person) SET p.x = 1 / 0;
            """
        let (graph, report) = try Self.replay(text)
        #expect(report.applied == 1)
        #expect(report.failures.count == 2)
        let failure = report.failures[0]
        #expect(failure.file == "curation.cypher")
        #expect(failure.line == 2)
        #expect(failure.description.hasPrefix("curation.cypher:2:"))
        #expect(failure.excerpt.contains("SET p.place = "))
        #expect(failure.excerpt.contains("^"))
        #expect(report.failures[1].line == 3)
        #expect(!graph.nodes(named: "九三学社").isEmpty)
        // Without skipping, the replay stops with every broken statement named.
        #expect {
            _ = try Self.replay(text, skip: false)
        } throws: { error in
            let message = (error as? DatasetError)?.message ?? ""
            return message.contains("2 corrections cannot be replayed") && message.contains("curation.cypher:2:")
                && message.contains("curation.cypher:3:") && message.contains("--skip-unreadable")
        }
    }

    @Test func anUnclosedStringIsAFailureOfItsFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("curation-unclosed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "CREATE (:A);\nCREATE (:B {name: 'open});\n".write(
            to: folder.appendingPathComponent("curation.cypher"), atomically: true, encoding: .utf8)
        let script = try CurationScript.load(from: folder)
        #expect(script.statements.isEmpty)
        #expect(script.failures.count == 1)
        #expect(script.failures.first?.line == 2)
    }

    @Test func filesAreReadInOrderAndAppendedTo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("curation-order-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("curation"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in [("curation.cypher", "CREATE (:A);"), ("curation/10-b.cypher", "CREATE (:C);"), ("curation/02-a.cypher", "CREATE (:B);"), ("curation/notes.txt", "x")] {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        #expect(CurationScript.files(in: folder) == ["curation.cypher", "curation/02-a.cypher", "curation/10-b.cypher"])
        let target = folder.appendingPathComponent("curation/10-b.cypher")
        try CurationFile.append(["MATCH (c:C) SET c.x = 1", "CREATE (:D)"], note: "from the shell", to: target)
        let statements = try CurationScript.load(from: folder).statements
        #expect(statements.map(\.text) == ["CREATE (:A)", "CREATE (:B)", "CREATE (:C)", "MATCH (c:C) SET c.x = 1", "CREATE (:D)"])
        #expect(statements[3].note == "from the shell")
        #expect(statements[3].location == "curation/10-b.cypher:4")
        #expect(statements[4].note == "from the shell")
    }
}
