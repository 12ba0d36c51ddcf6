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

    @Test func diagramNodesBecomeLinks() {
        let svg = """
            <svg><g id="node1" class="node">
            <title>n12</title>
            <text>梁鸣</text>
            </g>
            <g id="edge1" class="edge"><title>n12&#45;&gt;n3</title></g></svg>
            """
        let linked = DiagramLinks.linkingNodes(in: svg)
        #expect(linked.contains("<a href=\"/node/12\" xlink:href=\"/node/12\" target=\"_top\">\n<title>n12</title>\n<text>梁鸣</text>\n</a></g>"))
        #expect(!linked.contains("href=\"/node/3\""), "edges are not nodes")
    }

    @Test func aNodeGroupWithATooltipGroupInsideIsLinkedWhole() {
        let svg = """
            <g id="n2" class="node">
            <title>n2</title>
            <g id="a_n2"><a xlink:title=":Person n2"><text>梁鸣</text></a></g>
            </g>
            <g id="n3" class="node"><title>n3</title><g id="a_n3"><a><text>x</text></a></g></g>
            """
        let linked = DiagramLinks.linkingNodes(in: svg)
        #expect(linked.contains("<a href=\"/node/2\" xlink:href=\"/node/2\" target=\"_top\">\n<title>n2</title>\n<g id=\"a_n2\"><a xlink:title=\":Person n2\"><text>梁鸣</text></a></g>\n</a></g>"))
        #expect(linked.hasSuffix("<text>x</text></a></g></a></g>"))
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
