import Testing

@testable import Diagrams

@Suite struct LayoutBudgetTests {
    @Test func dotPastAFewHundredNodesIsRefusedWithAFasterLayout() throws {
        try LayoutBudget.check(.dot, nodes: 150, timeout: 60)
        #expect(LayoutBudget.nodes(.dot, within: 60) < 500)
        do {
            try LayoutBudget.check(.dot, nodes: 2_000, timeout: 60)
            Issue.record("dot on 2,000 nodes was not refused")
        } catch let error as DiagramError {
            #expect(error.message.contains("the dot layout of 2000 nodes would take"))
            #expect(error.message.contains("past the --timeout of 60 s"))
            #expect(error.message.contains("use the sfdp layout"))
            #expect(error.message.contains("or raise --timeout"))
        }
    }

    @Test func whereTheLimitCannotBeSetItIsNotAdvised() {
        do {
            try LayoutBudget.check(.circo, nodes: 400, timeout: 60, limit: nil)
            Issue.record("circo on 400 nodes was not refused")
        } catch let error as DiagramError {
            #expect(error.message.contains("past the limit of 60 s"))
            #expect(!error.message.contains("--timeout"))
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func fasterLayoutsAllowMoreNodes() {
        for seconds in [1.0, 10, 60, 600] {
            #expect(LayoutBudget.nodes(.circo, within: seconds) < LayoutBudget.nodes(.dot, within: seconds))
            #expect(LayoutBudget.nodes(.dot, within: seconds) < LayoutBudget.nodes(.sfdp, within: seconds))
        }
    }
}

@Suite struct GraphvizFailureTests {
    /// DOT that reaches Graphviz with a character cairo cannot draw (as the
    /// writer let through before): the failure cairo prints is an error, not "wrote".
    @Test func aRenderCairoReportsFailingIsAnError() {
        let source = "digraph g { graph [label=\"a\u{1}\u{FFFE}b\"]; n0 [label=\"x\u{1}y\"]; }\n"
        do {
            let (data, _) = try Graphviz.render(source: source, layout: .dot, devices: ["pdf:cairo", "pdf"])
            Issue.record("a render cairo failed on was returned (\(data.count) bytes)")
        } catch let error as DiagramError {
            #expect(error.message.contains("Graphviz failed to render"))
            #expect(error.message.contains("nothing was written"))
        } catch {
            Issue.record("\(error)")
        }
    }
}
