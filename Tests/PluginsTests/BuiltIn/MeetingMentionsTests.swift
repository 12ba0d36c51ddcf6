import Testing
@testable import Plugins

/// The meeting a document reports, read from the bytes after each 政协 (`MeetingMentions.parse`).
@Suite struct MeetingMentionsTests {
    static func parse(_ text: String) -> (city: String, term: Int, number: Int?, name: String)? {
        let bytes = Array(text.utf8)
        guard let (found, span) = MeetingMentions.parse(bytes) else { return nil }
        return (found.city, found.term, found.number, String(decoding: bytes[span], as: UTF8.self))
    }

    @Test func skipsAMentionWithNoTermAndTakesTheNumberedMeeting() throws {
        let text = "市政协召开座谈会。政协某市第九届委员会第三次会议在某地开幕。会后,政协某市第九届常务委员会第十二次会议举行。"
        let found = try #require(Self.parse(text))
        #expect(found.city == "某市")
        #expect(found.term == 9)
        #expect(found.number == 12)
        #expect(found.name == "政协某市第九届常务委员会第十二次会议")
    }

    @Test func aTermTooFarAfterTheMentionIsNoMeeting() {
        let filler = String(repeating: "甲", count: 60)
        #expect(Self.parse("政协" + filler + "第九届常务委员会第二次会议") == nil)
        #expect(Self.parse("政协某市" + String(filler.prefix(1)) + "第九届常务委员会第二次会议")?.number == 2)
    }

    @Test func readsAMentionAmongCharactersOfOtherWidths() throws {
        // Quotes, letters and a combining accent: the mention is read from a string, not counted in bytes.
        let text = "“政协”e\u{301}。" + String(repeating: "Ａ“", count: 40) + "政协某市第十届委员会第二次会议第三次全体会议在某地举行。"
            + String(repeating: "Ａ“", count: 100)
        let found = try #require(Self.parse(text))
        #expect(found.term == 10)
        #expect(found.number == 3)
        #expect(found.name == "政协某市第十届委员会第二次会议第三次全体会议")
    }
}
