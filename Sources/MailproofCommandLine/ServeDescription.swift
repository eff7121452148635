/// How `mailproof serve` describes itself. Both executables show it: `mailproof --help` lists `serve` (a hand-over
/// to the `mailproof-serve` executable) with this abstract, and `mailproof serve --help` is mailproof-serve's help.
public enum ServeDescription {
    public static let abstract =
        "Run the workbench: a local web page (and JSON API) to check, fix and explain a pasted template."

    public static let discussion = """
        Paste or drop a template or signup form: findings appear as you type; Fix shows the corrected code \
        and a diff; Copy reply gives a chat-sized answer for the customer. The first line on standard output \
        is "mailproof serve: http://HOST:PORT/". Nothing sent to the server is written to disk or logged. \
        Ctrl-C stops it. The API is described in openapi.yaml (also served at /openapi.yaml).
        """
}
