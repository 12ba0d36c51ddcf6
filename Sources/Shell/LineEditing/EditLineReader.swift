import CEditLine
import Graph
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines on a terminal through libedit's readline interface: editing,
/// history (arrow keys, Ctrl-R search) and Tab completion.
///
/// It uses libedit's callback interface rather than the blocking `readline()`:
/// the reader then waits with `poll` on the terminal and on the Ctrl-C pipe
/// together, so Ctrl-C drops the line at once instead of being swallowed by a
/// restarted `read`. libedit keeps its state in globals, so there is one
/// reader per process; the callbacks reach it through statics.
public final class EditLineReader: LineReader {
    /// Answers Tab.
    public typealias Completer = (CompletionRequest) -> CompletionReply

    nonisolated(unsafe) private static var completer: Completer?
    nonisolated(unsafe) private static var finished = false
    nonisolated(unsafe) private static var accepted: String?

    /// A person is typing.
    public let isInteractive = true

    /// Sets libedit up; `history` is loaded oldest first.
    public init(history: [String], completer: @escaping Completer) {
        // Without the user's locale libedit reads bytes as Latin-1 and drops Chinese keystrokes;
        // where the user has none (LANG unset: the C locale), UTF-8 is still what terminals send.
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
        // The shell handles SIGINT itself (InterruptSignal); libedit's handler would re-raise it.
        rl_catch_signals = 0
        rl_readline_name = UnsafePointer(strdup("explorer"))
        _ = rl_initialize()
        using_history()
        stifle_history(2000)
        for entry in history { _ = add_history(entry) }
        // Quotes, brackets and punctuation end a word, so `(n:Per` completes `Per`
        // and `{name: 'lia` completes `lia`.
        let breaks = strdup(" \t\n\"'`()[]{}:.,;=<>+*/|!")
        rl_completer_word_break_characters = breaks
        rl_basic_word_break_characters = UnsafePointer(breaks)
        rl_completion_query_items = 200
        Self.completer = completer
        rl_attempted_completion_function = { text, start, _ in
            EditLineReader.complete(text, start: Int(start))
        }
    }

    /// Shows `prompt` and edits one line; Ctrl-C gives `.interrupted`, Ctrl-D on an empty line `.endOfInput`.
    public func readLine(prompt: String) -> LineInput {
        fflush(stdout)
        Self.finished = false
        Self.accepted = nil
        rl_callback_handler_install(prompt) { line in
            EditLineReader.finished = true
            if let line {
                EditLineReader.accepted = String(cString: line)
                free(line)
            }
            // libedit prepares the next line (and draws its prompt) as soon as this
            // returns; an empty prompt keeps that from showing.
            _ = rl_set_prompt("")
        }
        defer { rl_callback_handler_remove() }
        var watched = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
        if InterruptSignal.descriptor >= 0 {
            watched.append(pollfd(fd: InterruptSignal.descriptor, events: Int16(POLLIN), revents: 0))
        }
        while true {
            let ready = poll(&watched, nfds_t(watched.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return .endOfInput
            }
            if watched.count > 1, watched[1].revents != 0, InterruptSignal.consume() {
                rl_callback_handler_remove()
                fputs("^C\n", stdout)
                fflush(stdout)
                return .interrupted
            }
            if watched[0].revents != 0 {
                rl_callback_read_char()
                // Ctrl-D on an empty line reaches the line handler as no line at all.
                if Self.finished {
                    guard let line = Self.accepted else {
                        // End the prompt's line, so the user's own shell prompt starts on a fresh one.
                        rl_callback_handler_remove()
                        fputs("\n", stdout)
                        fflush(stdout)
                        return .endOfInput
                    }
                    return .line(line)
                }
                // A closed terminal stays readable forever; leave rather than spin.
                if watched[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                    rl_callback_handler_remove()
                    return .endOfInput
                }
            }
        }
    }

    /// Adds an entry for the arrow keys and Ctrl-R.
    public func addHistory(_ entry: String) {
        _ = add_history(entry)
    }

    /// Builds the NULL-terminated, malloc'd array libedit expects: the
    /// substitution first, then every candidate.
    private static func complete(
        _ text: UnsafePointer<CChar>?, start: Int
    ) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        rl_attempted_completion_over = 1
        guard let completer else { return nil }
        let word = text.map { String(cString: $0) } ?? ""
        let line = rl_line_buffer.map { String(cString: $0) } ?? ""
        // libedit counts `start` in wide characters, which are Unicode scalars here.
        let before = String(String.UnicodeScalarView(line.unicodeScalars.prefix(start)))
        var reply = completer(CompletionRequest(lineBeforeWord: before, word: word))
        // libedit lists candidates as they are: a name holding terminal controls is left out, never sent raw.
        reply.candidates.removeAll { TerminalSafeText.escaped($0) != $0 }
        guard !reply.candidates.isEmpty else { return nil }
        rl_completion_append_character = Int32(reply.suffix.unicodeScalars.first?.value ?? 32)
        let words = [reply.substitution(for: word)] + reply.candidates
        // libedit frees the array with free(3), so it must come from malloc.
        guard let raw = malloc(MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (words.count + 1)) else { return nil }
        let array = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: words.count + 1)
        for (index, item) in words.enumerated() { array[index] = strdup(item) }
        array[words.count] = nil
        return array
    }
}
