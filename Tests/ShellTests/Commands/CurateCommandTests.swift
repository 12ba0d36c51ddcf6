import Foundation
import Graph
import Testing
@testable import Shell

/// `:curate` saves the session's successful updates, in order, once each.
@Suite struct CurateCommandTests {
    final class Saved: @unchecked Sendable {
        var calls: [(statements: [String], note: String?)] = []
    }

    @Test func curateSavesTheUpdatesThatChangedSomethingInOrder() throws {
        let saved = Saved()
        let engine = QueryEngine(graph: try ShellFixture.graph())
        let (session, transcript) = try ShellFixture.session(runner: engine) { services in
            services.saveCuration = { statements, note in
                saved.calls.append((statements, note))
                return "saved \(statements.count)"
            }
        }
        #expect(!session.perform(":curate"))
        #expect(transcript.err.contains("no updates to save yet"))
        #expect(session.perform("MATCH (p:Person {name: '梁鸣'}) SET p.checked = true"))
        #expect(session.perform("MATCH (p:Person {name: '梁鸣'}) RETURN p.checked"))
        #expect(session.perform("MATCH (p:Person {name: '无此人'}) SET p.checked = true"))
        #expect(session.perform("CREATE (:Party {name: '九三学社'})"))
        #expect(!session.perform("CREATE (:Party {name: 1 / 0})"))
        #expect(session.perform(":curate --list"))
        #expect(transcript.out.contains("MATCH (p:Person {name: '梁鸣'}) SET p.checked = true;\nCREATE (:Party {name: '九三学社'});\n"))
        #expect(session.perform(":curate checked by hand"))
        #expect(saved.calls.count == 1)
        #expect(saved.calls.first?.statements == ["MATCH (p:Person {name: '梁鸣'}) SET p.checked = true", "CREATE (:Party {name: '九三学社'})"])
        #expect(saved.calls.first?.note == "checked by hand")
        #expect(transcript.out.contains("saved 2"))
        // Saved once: a second :curate has nothing left.
        #expect(!session.perform(":curate"))
        #expect(saved.calls.count == 1)
    }

    @Test func anUpdateWithParametersIsNotKeptAndTheUserIsTold() throws {
        let engine = QueryEngine(graph: try ShellFixture.graph())
        let (session, transcript) = try ShellFixture.session(runner: engine)
        #expect(session.perform(":param who '梁鸣'"))
        #expect(session.perform("MATCH (p:Person {name: $who}) SET p.checked = true"))
        #expect(transcript.err.contains("uses parameters, so :curate cannot save it"))
        #expect(session.unsavedUpdates.isEmpty)
        // Without a dataset folder there is nowhere to save to.
        #expect(session.perform("CREATE (:Party {name: '民盟'})"))
        #expect(!session.perform(":curate"))
        #expect(transcript.err.contains("no dataset folder"))
    }
}
