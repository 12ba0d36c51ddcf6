import Graph
import Testing
@testable import Web

@Suite struct HTMLTests {
    @Test func interpolatedTextIsEscapedAndMarkupIsNot() {
        let name = "<script>alert('x')</script> & \"q\""
        let html: HTML = "<td>\(name)</td>\(HTML(raw: "<br>"))"
        #expect(html.text == "<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</td><br>")
    }

    @Test func controlCharactersDoNotReachThePage() {
        #expect(HTML.escape("a\u{0}b\u{1B}[31mc\nd") == "a\u{FFFD}b\u{FFFD}[31mc\nd")
    }

    @Test func formFieldsDecodePlusPercentAndRepeats() {
        let fields = FormFields(query: "q=%E6%A2%81+%E9%B8%A3&hide=Person&hide=Party&p.person=a%26b")
        #expect(fields.first("q") == "梁 鸣")
        #expect(fields.all("hide") == ["Person", "Party"])
        #expect(fields.prefixed("p.") == ["person": "a&b"])
        #expect(URLText.encode("a&b/梁") == "a%26b%2F%E6%A2%81")
    }

    @Test func nodeAddressesAreTheIdsTheShellShows() {
        #expect(NodeLinks.link(NodeID(12)) == "/node/n12")
        #expect(NodeLinks.link(NodeID(12)) == "/node/" + NodeID(12).description)
        #expect(NodeLinks.nodeID("n12") == NodeID(12))
        #expect(NodeLinks.nodeID("12") == NodeID(12), "older links without the n still work")
        for bad in ["", "n", "r12", "n-1", "n12x", "１２", "n 12"] { #expect(NodeLinks.nodeID(bad) == nil, "\(bad)") }
    }

    @Test func sourceExcerptIsTheSentenceWithTheSpanMarked() {
        let text = "第一句。梁鸣委员建议发展人工智能。第三句。"
        let start = Array("第一句。梁鸣委员".utf8).count
        let source = Provenance(document: "d", offset: start, length: Array("建议".utf8).count, quote: "建议")
        let html = SourceExcerpt.html(source, in: text, words: ["梁鸣"])
        #expect(html.text == "<b>梁鸣</b>委员<mark>建议</mark>发展人工智能。")
    }

    @Test func aSpanOutsideTheTextFallsBackToTheQuote() {
        let source = Provenance(document: "d", offset: 1000, length: 3, quote: "<x>")
        #expect(SourceExcerpt.html(source, in: "short", words: []).text == "<mark>&lt;x&gt;</mark>")
        let split = Provenance(document: "d", offset: 1, length: 1, quote: "q")
        #expect(SourceExcerpt.html(split, in: "梁鸣", words: []).text == "<mark>q</mark>", "a span inside a character is not cut")
    }
}
