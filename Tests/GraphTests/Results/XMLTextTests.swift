import Testing
import Graph

@Suite struct XMLTextTests {
    @Test func markupCharactersAreEscaped() {
        #expect(XMLText.escaped("<B>&\"梁鸣") == "&lt;B&gt;&amp;&quot;梁鸣")
    }

    @Test func controlCharactersXMLForbidsAreReplacedAndLineBreaksKept() {
        #expect(XMLText.escaped("第一页\u{0C}第二页\u{01}") == "第一页\u{FFFD}第二页\u{FFFD}")
        #expect(XMLText.escaped("a\tb\nc\r") == "a\tb\nc\r")
    }
}
