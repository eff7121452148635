/// `check` over a batch as one step: files checked in parallel, the baseline applied (or recorded) and the report
/// text rendered by the worker that checked each file, then handed to the caller in input order with the running
/// summary. The CLI only chooses the inputs and the reporter and writes what it is given.
public struct CheckPipeline {
    public var jobs: Int
    /// Known findings to leave out of the report.
    public var baseline: Baseline
    /// Record every finding instead of reporting it (`--write-baseline`).
    public var recordsBaseline: Bool
    /// Baseline paths are relative to this folder.
    public var workingDirectory: String

    public init(jobs: Int, baseline: Baseline = Baseline(), recordsBaseline: Bool = false, workingDirectory: String) {
        self.jobs = jobs
        self.baseline = baseline
        self.recordsBaseline = recordsBaseline
        self.workingDirectory = workingDirectory
    }

    /// One checked file as the caller receives it: the result (baseline applied), its report text, and the
    /// summary so far.
    public struct Step {
        public var result: FileResult
        /// The file's part of the report, UTF-8.
        public var bytes: [UInt8]
    }

    public struct Outcome {
        public var summary: Summary
        /// The findings recorded for `--write-baseline`.
        public var recorded: [Baseline.Entry]
    }

    public func run(_ inputs: [CheckInput], reporter: any Reporter, emit: (Step) -> Void) -> Outcome {
        let baseline = baseline
        let records = recordsBaseline
        let workingDirectory = workingDirectory
        let renders = reporter.rendersConcurrently
        // Baselines and, for reporters that allow it, the report text are done by the worker that checked the
        // file, which then drops the document: emitting only writes.
        let prepare = { (checked: FileResult, index: Int) -> Prepared in
            var prepared = Prepared(result: checked)
            if records {
                // Every finding now is known from now on: this run reports what a run with the new baseline would.
                prepared.recorded = Baseline.entries(for: checked, workingDirectory: workingDirectory)
                prepared.suppressed = checked.findings.count
                prepared.result.findings = []
            } else {
                let filtered = baseline.filter(checked, workingDirectory: workingDirectory)
                prepared.result = filtered.result
                prepared.suppressed = filtered.suppressed
            }
            if renders {
                prepared.bytes = reporter.chunkBytes(for: prepared.result, index: index)
                prepared.result.source = nil
            }
            return prepared
        }
        var summary = Summary()
        var recorded: [Baseline.Entry] = []
        var index = 0
        CheckRunner(jobs: jobs).run(inputs, prepare: prepare) { prepared in
            recorded += prepared.recorded
            summary.suppressed += prepared.suppressed
            summary.add(prepared.result)
            emit(Step(result: prepared.result, bytes: prepared.bytes ?? reporter.chunkBytes(for: prepared.result, index: index)))
            index += 1
        }
        return Outcome(summary: summary, recorded: recorded)
    }

    /// A checked file after the worker's part: baseline applied, report text rendered when the reporter allows.
    private struct Prepared {
        var result: FileResult
        var suppressed = 0
        var recorded: [Baseline.Entry] = []
        var bytes: [UInt8]?
    }
}
