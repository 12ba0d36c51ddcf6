/// A label and a name as one dictionary key, hashed and compared by their
/// UTF-8 bytes: `String` hashing normalizes non-ASCII text on every lookup,
/// and lexicon lookups run for every role word and unit name of a document.
struct LabelledName: Hashable {
    var label: String
    var name: String

    static func == (a: LabelledName, b: LabelledName) -> Bool {
        sameBytes(a.label, b.label) && sameBytes(a.name, b.name)
    }

    func hash(into hasher: inout Hasher) {
        var label = label
        var name = name
        label.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(0xFF as UInt8)  // not a UTF-8 byte: separates label from name
        name.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.count == y.count && x.elementsEqual(y) } }
    }
}
