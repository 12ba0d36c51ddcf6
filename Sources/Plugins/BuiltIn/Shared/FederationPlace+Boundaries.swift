import Foundation

extension FederationPlace {
    /// The words of `Resources/lexicons/place-boundaries.yaml`, as bytes (read once per process).
    static let loadedBoundaryWords: Result<[[UInt8]], PluginError> =
        BundledWordList.mapping("place-boundaries", requiring: ["words"]).map { map in
            BundledWordList.strings(map, "words").map { Array($0.utf8) }
        }

    /// The words, or none if the file failed (`PeoplePlugin` has then refused to register).
    static let boundaryWords: [[UInt8]] = (try? loadedBoundaryWords.get()) ?? []

    /// Where the text after the last boundary word in `range` begins (`range.lowerBound` when none
    /// ends before the place's last `levelLength` bytes). O(n·w) in the range's characters and the words.
    static func afterBoundaryWord(_ bytes: [UInt8], _ range: Range<Int>, levelLength: Int) -> Int {
        var start = range.lowerBound
        var at = range.lowerBound
        while at + 3 <= range.upperBound {
            if let word = boundaryWords.first(where: { at + $0.count <= range.upperBound - levelLength && UTF8Scan.hasPrefix($0, in: bytes, at: at) }) {
                start = at + word.count
            }
            at += 3
        }
        return start
    }

    /// `全区`, `全市`, `全县`: the whole of a place of that level, named before in the text.
    static let whole = "全".unicodeScalars.first!.value
}
