import Foundation
import Graph
import Testing
@testable import Shell

/// `:why` of a link no document states says that it is inferred, and why.
@Suite struct WhyInferredTests {
    @Test func whySaysAnInferredLinkIsNotStated() throws {
        var graph = PropertyGraph()
        let theme = "围绕“推动科技创新和产业创新深度融合”"
        let quote = Provenance(document: "meeting", offset: 40, length: theme.utf8.count, quote: theme)
        let meeting = try graph.addNode(labels: ["Meeting"], properties: ["name": "常务委员会第二十一次会议"], sources: [quote])
        let proposal = try graph.addNode(labels: ["Proposal"], properties: ["name": "关于推动科技创新和产业创新深度融合的建议案"])
        try graph.addRelationship(
            type: "DISCUSSED", from: meeting, to: proposal,
            properties: ["inferred": true, "reason": "the meeting's theme and the proposal's title name the same topic"],
            sources: [quote])
        let transcript = Transcript()
        let session = ShellSession(
            graph: graph, services: ShellServices(datasetName: "inferred", runner: TableRunner()),
            reader: ScriptedLineReader([], interactive: false),
            output: ShellOutput(write: { transcript.out += $0 }, error: { transcript.err += $0 }))
        #expect(session.perform(":why r0"))
        #expect(transcript.out.contains("inferred, not stated in any document: the meeting's theme and the proposal's title name the same topic"))
        #expect(transcript.out.contains("「\(theme)」"))
    }
}
