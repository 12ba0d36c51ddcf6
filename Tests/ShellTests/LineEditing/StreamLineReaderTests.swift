import Foundation
import Testing
@testable import Shell

@Suite struct StreamLineReaderTests {
    @Test func readsLinesFromAPipeIncludingAnUnterminatedLastOne() throws {
        let pipe = Pipe()
        let reader = StreamLineReader(descriptor: pipe.fileHandleForReading.fileDescriptor)
        try pipe.fileHandleForWriting.write(contentsOf: Data("MATCH (n)\r\nRETURN '梁鸣';\n\nlast".utf8))
        try pipe.fileHandleForWriting.close()
        #expect(!reader.isInteractive)
        #expect(reader.readLine(prompt: "> ") == .line("MATCH (n)"))
        #expect(reader.readLine(prompt: "> ") == .line("RETURN '梁鸣';"))
        #expect(reader.readLine(prompt: "> ") == .line(""))
        #expect(reader.readLine(prompt: "> ") == .line("last"))
        #expect(reader.readLine(prompt: "> ") == .endOfInput)
    }

    @Test func aCharacterSplitAcrossWritesArrivesWhole() throws {
        let pipe = Pipe()
        let reader = StreamLineReader(descriptor: pipe.fileHandleForReading.fileDescriptor)
        let bytes = Array("梁鸣\n".utf8)
        try pipe.fileHandleForWriting.write(contentsOf: Data(bytes[..<2]))
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) {
            try? pipe.fileHandleForWriting.write(contentsOf: Data(bytes[2...]))
            try? pipe.fileHandleForWriting.close()
        }
        #expect(reader.readLine(prompt: "") == .line("梁鸣"))
    }
}
