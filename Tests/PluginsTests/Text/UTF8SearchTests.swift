import Foundation
import Testing
@testable import Plugins

/// The byte searches the readers use instead of Foundation's `range(of:)` find
/// what it finds, in Chinese text, mixed text and substrings.
@Suite struct UTF8SearchTests {
    static let texts = [
        "当选为民进市委副主委", "选举产生新一届委员会,当选为主委,当选为副主委", "市政协副主席某某和市台联党组书记",
        "和", "和和", "a和b和c", "增补张三为委员", "", "无关的文字", "代表各民主党派、工商联", "选举选举产生",
        "第1届 委员会(增补)", "ab·cd当选", "当选当选为当选",
    ]
    static let needles = ["当选为", "当选", "选举产生", "选举", "和", "增补", "各", "委员会", "b", "为当"]

    @Test func lastRangeIsFoundationsBackwardsSearch() {
        for text in Self.texts {
            for needle in Self.needles {
                let expected = text.range(of: needle, options: .backwards)
                let found = text.lastUTF8Range(of: needle)
                #expect(found == expected, "\(needle) in \(text)")
                if let found { #expect(String(text[found]) == needle) }
            }
        }
    }

    @Test func lastRangeInASubstringCountsFromItsStart() throws {
        let text = "和平和谐,当选为主委和委员"
        let tail = text[try #require(text.firstIndex(of: ","))...]
        let found = try #require(tail.lastUTF8Range(of: "和"))
        #expect(tail[found.upperBound...] == "委员")
        #expect(tail.lastUTF8Range(of: "谐") == nil)
        #expect("和平".lastUTF8Range(of: "") == nil)
    }

    @Test func firstRangeIsFoundationsSearch() {
        for text in Self.texts {
            for needle in Self.needles {
                #expect(text.utf8Range(of: needle) == text.range(of: needle), "\(needle) in \(text)")
            }
        }
    }

    @Test func findLastInBytes() {
        let bytes = Array("和平和谐".utf8)
        let needle = Array("和".utf8)
        let found = bytes.withUnsafeBufferPointer { b in needle.withUnsafeBufferPointer { UTF8Scan.findLast($0, in: b) } }
        #expect(found == 6)
        let none = bytes.withUnsafeBufferPointer { b in Array("好".utf8).withUnsafeBufferPointer { UTF8Scan.findLast($0, in: b) } }
        #expect(none == nil)
    }
}
