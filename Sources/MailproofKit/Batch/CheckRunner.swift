import Dispatch

/// The outcome of checking one file.
public struct FileResult: Sendable {
    public var path: String
    public var findings: [Finding]
    /// Why the file could not be checked (one line), or nil.
    public var error: String?
    /// The text, for reporters that show source lines; nil when the file could not be read.
    public var source: SourceFile?
    /// What the checks took the file for (template, message, form, snippet), and why; nil when not checked.
    public var kind: DocumentKind?
    public var kindOrigin: DocumentKind.Origin?
    /// The provider of the file's signup form (Kit, Mailchimp, plain HTML…); nil when it holds none.
    public var provider: FormProvider?

    public init(path: String, findings: [Finding], error: String?, source: SourceFile?,
                kind: DocumentKind? = nil, kindOrigin: DocumentKind.Origin? = nil, provider: FormProvider? = nil) {
        self.path = path
        self.findings = findings
        self.error = error
        self.source = source
        self.kind = kind
        self.kindOrigin = kindOrigin
        self.provider = provider
    }
}

/// One file to check: from disk, or from memory (standard input).
public struct CheckInput: Sendable {
    public var path: String
    public var bytes: [UInt8]?
    public var linter: Linter?
    public var configurationError: String?
    public var maxFileSize: Int

    public init(path: String, bytes: [UInt8]? = nil, linter: Linter?, configurationError: String? = nil,
                maxFileSize: Int = Configuration.defaultMaxFileSize) {
        self.path = path
        self.bytes = bytes
        self.linter = linter
        self.configurationError = configurationError
        self.maxFileSize = maxFileSize
    }
}

/// Checks files concurrently and hands results over in input order, a bounded window at a time, so memory
/// stays flat however many files there are.
public struct CheckRunner {
    public var jobs: Int

    public init(jobs: Int) {
        self.jobs = max(1, jobs)
    }

    public static func check(_ input: CheckInput) -> FileResult {
        if let message = input.configurationError {
            return FileResult(path: input.path, findings: [], error: message, source: nil)
        }
        do {
            let bytes = try input.bytes ?? FileReading.readBytes(input.path, limit: input.maxFileSize)
            let source = try SourceFile(path: input.path, data: bytes)
            guard let linter = input.linter else { return FileResult(path: input.path, findings: [], error: nil, source: source) }
            let result = linter.check(source)
            return FileResult(path: input.path, findings: result.findings, error: nil, source: source,
                              kind: result.kind, kindOrigin: result.kindOrigin, provider: result.provider)
        } catch {
            return FileResult(path: input.path, findings: [], error: "\(error)", source: nil)
        }
    }

    /// Checks every input; `emit` is called on the calling thread, in input order.
    public func run(_ inputs: [CheckInput], emit: (FileResult) -> Void) {
        guard jobs > 1, inputs.count > 1 else {
            for input in inputs { emit(Self.check(input)) }
            return
        }
        let window = jobs * 8
        var start = 0
        while start < inputs.count {
            let end = min(start + window, inputs.count)
            let slots = ResultSlots(count: end - start)
            DispatchQueue.concurrentPerform(iterations: end - start) { offset in
                slots.store(Self.check(inputs[start + offset]), at: offset)
            }
            for result in slots.take() { emit(result) }
            start = end
        }
    }
}

/// Results written by worker threads into their own slots; read after all of them finished.
/// Each worker writes its own slot through a pointer allocated once: mutating one Array from several threads is
/// a data race even at distinct indices (ThreadSanitizer reports it), since every mutation writes the array back.
private final class ResultSlots: @unchecked Sendable {
    private let results: UnsafeMutableBufferPointer<FileResult?>

    init(count: Int) {
        results = .allocate(capacity: count)
        results.initialize(repeating: nil)
    }

    func store(_ result: FileResult, at index: Int) { results[index] = result }

    func take() -> [FileResult] { results.map { $0! } }

    deinit {
        _ = results.deinitialize()
        results.deallocate()
    }
}
