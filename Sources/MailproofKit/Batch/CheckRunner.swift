import Dispatch
import Foundation

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

/// One file to check: from disk, or from memory (standard input, the git index), with the linter its
/// configuration gives it or the configuration error that keeps it from being checked.
public struct CheckInput: Sendable {
    public var path: String
    public var bytes: [UInt8]?
    public var linter: Result<Linter, ConfigurationError>
    public var maxFileSize: Int

    public init(path: String, bytes: [UInt8]? = nil, linter: Result<Linter, ConfigurationError>,
                maxFileSize: Int = Configuration.defaultMaxFileSize) {
        self.path = path
        self.bytes = bytes
        self.linter = linter
        self.maxFileSize = maxFileSize
    }

    public init(path: String, bytes: [UInt8]? = nil, linter: Linter, maxFileSize: Int = Configuration.defaultMaxFileSize) {
        self.init(path: path, bytes: bytes, linter: .success(linter), maxFileSize: maxFileSize)
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
        let linter: Linter
        switch input.linter {
        case .success(let configured): linter = configured
        case .failure(let error): return FileResult(path: input.path, findings: [], error: "\(error)", source: nil)
        }
        do {
            let bytes = try input.bytes ?? FileReading.readBytes(input.path, limit: input.maxFileSize)
            let source = try SourceFile(path: input.path, data: bytes)
            let result = linter.check(source)
            return FileResult(path: input.path, findings: result.findings, error: nil, source: source,
                              kind: result.kind, kindOrigin: result.kindOrigin, provider: result.provider)
        } catch {
            return FileResult(path: input.path, findings: [], error: "\(error)", source: nil)
        }
    }

    /// Checks every input; `emit` is called in input order, one call at a time.
    ///
    /// The calling thread and `jobs - 1` workers take files in order; whoever finishes the file next in order
    /// emits it, and every later one already finished. No thread waits for results to emit them: a thread that
    /// did slept and woke once per file, a futex call each way and a third thread contending for the cores. At
    /// most `jobs * 8` results are checked but not yet emitted, which keeps memory flat.
    public func run(_ inputs: [CheckInput], emit: (FileResult) -> Void) {
        run(inputs, prepare: { result, _ in result }, emit: emit)
    }

    /// Checks every input and runs `prepare` on each result in the thread that checked it (render the report
    /// text, drop the document), then `emit`, in input order, one call at a time, possibly from another thread
    /// than the caller's; it returns when every input is emitted. `prepare` must not touch state shared between
    /// files.
    public func run<Prepared>(_ inputs: [CheckInput], prepare: @escaping (FileResult, Int) -> Prepared,
                              emit: (Prepared) -> Void) {
        guard jobs > 1, inputs.count > 1 else {
            for (index, input) in inputs.enumerated() { emit(prepare(Self.check(input), index)) }
            return
        }
        withoutActuallyEscaping(emit) { emit in
            let pipeline = Pipeline(inputs: inputs, window: jobs * 8, prepare: prepare, emit: emit)
            let workers = DispatchGroup()
            for _ in 1..<min(jobs, inputs.count) {
                DispatchQueue.global().async(group: workers) { pipeline.work() }
            }
            pipeline.work()
            // `emit` must not outlive this call: the last worker may still be leaving.
            workers.wait()
        }
    }
}

/// The shared state of a parallel run: the next file to take, a ring of result slots as long as the window, the
/// next file to emit, and the bound on results waiting to be emitted.
///
/// The slots are a ring rather than one per file so that a batch's memory does not grow with its length: at most
/// `window` files are taken and not yet emitted (each take waits for `room`, which only an emit gives back), and
/// those are consecutive indices, so `index % window` never names a slot still in use.
private final class Pipeline<Prepared>: @unchecked Sendable {
    private let inputs: [CheckInput]
    private let prepare: (FileResult, Int) -> Prepared
    private let emit: (Prepared) -> Void
    private let window: Int
    /// One slot per place in the window, written and read under `slots`: raw memory, so a slot is a plain
    /// store and load.
    private let results: UnsafeMutablePointer<Prepared?>
    /// Permits for results checked but not yet emitted.
    private let room: DispatchSemaphore
    private let taking = NSLock()
    private var next = 0
    /// Guards `results`, `emitted` and `emitting`.
    private let slots = NSLock()
    /// Files emitted so far: the index of the next one to emit.
    private var emitted = 0
    /// Whether a thread is emitting; it emits every result that is ready, in order, before it stops.
    private var emitting = false

    init(inputs: [CheckInput], window: Int, prepare: @escaping (FileResult, Int) -> Prepared,
         emit: @escaping (Prepared) -> Void) {
        self.inputs = inputs
        self.prepare = prepare
        self.emit = emit
        self.window = max(1, min(window, inputs.count))
        results = .allocate(capacity: self.window)
        results.initialize(repeating: nil, count: self.window)
        room = DispatchSemaphore(value: self.window)
    }

    /// Takes files in input order until none is left, emitting what is next in order as it becomes ready.
    func work() {
        while true {
            room.wait()
            taking.lock()
            let index = next
            next += 1
            taking.unlock()
            guard index < inputs.count else {
                room.signal()
                return
            }
            let result = prepare(CheckRunner.check(inputs[index]), index)
            slots.lock()
            results[index % window] = result
            // One thread emits at a time; the others only leave their results for it. The emitting thread
            // writes outside the lock, so a thread leaving a result never waits for a write.
            if emitting {
                slots.unlock()
                continue
            }
            emitting = true
            while emitted < inputs.count, let ready = results[emitted % window] {
                results[emitted % window] = nil
                emitted += 1
                slots.unlock()
                emit(ready)
                room.signal()
                slots.lock()
            }
            emitting = false
            slots.unlock()
        }
    }

    deinit {
        results.deinitialize(count: window)
        results.deallocate()
    }
}
