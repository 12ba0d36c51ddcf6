import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A snapshot file mapped read-only into memory, so a graph reads its records in place.
///
/// Mapped here rather than through `Data(contentsOf:options:.alwaysMapped)` so that we know
/// the bytes are a file mapping: only then may `dropResidentPages` give the pages back.
struct MappedFile {
    /// The file's bytes; the mapping lives as long as this `Data` (and its copies).
    let data: Data

    init(_ url: URL) throws {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { throw GraphError(.snapshotIO, "cannot read snapshot \(url.path): \(Self.lastError())") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw GraphError(.snapshotIO, "cannot read snapshot \(url.path): \(Self.lastError())")
        }
        let size = Int(status.st_size)
        guard size > 0 else {
            data = Data()
            return
        }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else {
            throw GraphError(.snapshotIO, "cannot map snapshot \(url.path): \(Self.lastError())")
        }
        data = Data(bytesNoCopy: base, count: size, deallocator: .custom { pointer, count in munmap(pointer, count) })
    }

    /// Tells the kernel that the pages read so far (opening checks every byte) are not needed
    /// now: they leave this process's resident memory but stay in the page cache, and a query
    /// that reads a record maps its page back in. Without it, opening a 200 MB store would keep
    /// 200 MB resident that most sessions never read again.
    func dropResidentPages() {
        #if os(Linux)
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count > 0 else { return }
            _ = madvise(UnsafeMutableRawPointer(mutating: base), raw.count, MADV_DONTNEED)
        }
        #endif
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
