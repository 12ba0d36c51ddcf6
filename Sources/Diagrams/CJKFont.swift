import Foundation

/// Finds a font that draws Chinese, through fontconfig.
///
/// PNG and PDF go through cairo and pango, which draw Han characters as empty
/// boxes unless `fontname` names a font that has them. fontconfig is loaded
/// with `dlopen` rather than linked, so the package builds without its headers
/// and a machine without it still renders (with a warning).
public enum CJKFont {
    /// Families known to draw simplified Chinese well, best first.
    public static let preferredFamilies = [
        "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei",
        "WenQuanYi Zen Hei", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans SC",
        "Noto Sans CJK TC", "Noto Serif CJK SC", "AR PL UMing CN",
    ]

    /// The family diagrams use, looked up once per process; nil when no
    /// installed font covers Chinese or fontconfig cannot be loaded.
    public static let located: String? = choose(from: installedFamilies(language: "zh-cn"))

    /// The warning shown when `located` is nil.
    public static let missingWarning = """
        warning: no Chinese (CJK) font found through fontconfig; PNG and PDF diagrams will draw \
        Chinese labels as empty boxes. Install one (Debian: apt-get install fonts-noto-cjk; \
        macOS: brew install --cask font-noto-sans-cjk-sc) and render again.
        """

    /// The best of `families`: a preferred one, else a sans-serif that is not
    /// monospaced, else the first. O(f) for f families.
    static func choose(from families: [String]) -> String? {
        let installed = Set(families)
        if let best = preferredFamilies.first(where: installed.contains) { return best }
        let sorted = installed.sorted()
        return sorted.first { $0.contains("Sans") && !$0.contains("Mono") } ?? sorted.first
    }

    /// The family names of installed fonts that cover `language`, unsorted,
    /// or [] when fontconfig is not available.
    static func installedFamilies(language: String) -> [String] {
        guard let fc = FontConfigLibrary.load() else { return [] }
        return fc.families(language: language)
    }
}

/// The few fontconfig functions `CJKFont` needs, resolved from the shared
/// library at run time.
private struct FontConfigLibrary {
    typealias NameParse = @convention(c) (UnsafePointer<UInt8>) -> OpaquePointer?
    typealias ObjectSetCreate = @convention(c) () -> OpaquePointer?
    typealias ObjectSetAdd = @convention(c) (OpaquePointer?, UnsafePointer<CChar>) -> Int32
    typealias FontList = @convention(c) (OpaquePointer?, OpaquePointer?, OpaquePointer?) -> UnsafeMutableRawPointer?
    typealias PatternGetString = @convention(c) (
        OpaquePointer?, UnsafePointer<CChar>, Int32, UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>
    ) -> Int32
    typealias Destroy = @convention(c) (OpaquePointer?) -> Void
    typealias FontSetDestroy = @convention(c) (UnsafeMutableRawPointer?) -> Void

    let nameParse: NameParse
    let objectSetCreate: ObjectSetCreate
    let objectSetAdd: ObjectSetAdd
    let fontList: FontList
    let patternGetString: PatternGetString
    let patternDestroy: Destroy
    let objectSetDestroy: Destroy
    let fontSetDestroy: FontSetDestroy

    static let candidates = [
        "libfontconfig.so.1", "libfontconfig.so", "libfontconfig.1.dylib",
        "/opt/homebrew/lib/libfontconfig.1.dylib", "/usr/local/lib/libfontconfig.1.dylib",
    ]

    static func load() -> FontConfigLibrary? {
        guard let handle = candidates.lazy.compactMap({ dlopen($0, RTLD_NOW) }).first else { return nil }
        func symbol<T>(_ name: String, as type: T.Type) -> T? {
            guard let pointer = dlsym(handle, name) else { return nil }
            return unsafeBitCast(pointer, to: type)
        }
        guard let nameParse = symbol("FcNameParse", as: NameParse.self),
            let objectSetCreate = symbol("FcObjectSetCreate", as: ObjectSetCreate.self),
            let objectSetAdd = symbol("FcObjectSetAdd", as: ObjectSetAdd.self),
            let fontList = symbol("FcFontList", as: FontList.self),
            let patternGetString = symbol("FcPatternGetString", as: PatternGetString.self),
            let patternDestroy = symbol("FcPatternDestroy", as: Destroy.self),
            let objectSetDestroy = symbol("FcObjectSetDestroy", as: Destroy.self),
            let fontSetDestroy = symbol("FcFontSetDestroy", as: FontSetDestroy.self)
        else { return nil }
        return FontConfigLibrary(
            nameParse: nameParse, objectSetCreate: objectSetCreate, objectSetAdd: objectSetAdd,
            fontList: fontList, patternGetString: patternGetString, patternDestroy: patternDestroy,
            objectSetDestroy: objectSetDestroy, fontSetDestroy: fontSetDestroy)
    }

    /// `fc-list :lang=LANGUAGE family`, in process.
    func families(language: String) -> [String] {
        let query = ":lang=" + language
        guard let pattern = query.withCString({ $0.withMemoryRebound(to: UInt8.self, capacity: query.utf8.count + 1, nameParse) })
        else { return [] }
        defer { patternDestroy(pattern) }
        guard let objects = objectSetCreate() else { return [] }
        defer { objectSetDestroy(objects) }
        _ = objectSetAdd(objects, "family")
        // A null configuration means fontconfig's default one, initialised on first use.
        guard let set = fontList(nil, pattern, objects) else { return [] }
        defer { fontSetDestroy(set) }
        // struct FcFontSet { int nfont; int sfont; FcPattern **fonts; }
        let count = Int(set.load(as: Int32.self))
        let pointerOffset = MemoryLayout<Int32>.size * 2
        guard count > 0,
            let fonts = set.load(fromByteOffset: pointerOffset, as: UnsafeMutablePointer<OpaquePointer?>?.self)
        else { return [] }
        var families: [String] = []
        for index in 0..<count {
            // A font may list several family names (localised ones too): take them all.
            var nameIndex: Int32 = 0
            while true {
                var value: UnsafeMutablePointer<UInt8>?
                guard patternGetString(fonts[index], "family", nameIndex, &value) == 0, let value else { break }
                families.append(String(cString: value))
                nameIndex += 1
            }
        }
        return families
    }
}
