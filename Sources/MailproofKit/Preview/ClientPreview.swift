/// A document as one email client keeps it: the customer's bytes with what that client drops or changes undone,
/// each change cited, never re-serialised. An approximation from what is known (caniemail's data and notes,
/// documented client behaviours), not a screenshot: anything not known is left as written.
public struct ClientPreview: Sendable {
    public var client: ClientID
    /// "Outlook (Windows)".
    public var clientName: String
    /// The preview: a header comment listing every transformation, then the transformed document.
    public var bytes: [UInt8]
    /// The transformations applied, in source order.
    public var transformations: [PreviewTransformation]
    /// The bytes without the header comment: what two clients keep is the same when these are.
    public var document: ArraySlice<UInt8> { bytes[headerLength...] }
    private var headerLength: Int

    /// How a preview is made.
    public struct Options: Sendable {
        /// For a picture rendered offline: images that would be fetched are drawn as boxes of their size and
        /// remote backgrounds as hatching.
        public var offlineImages: Bool

        public init(offlineImages: Bool = false) {
            self.offlineImages = offlineImages
        }
    }

    public init(document: Document, client: ClientID, database: CompatDatabase, options: Options = Options()) {
        let wordEngine = CompatibilityTarget.wordEngineClients.contains(client)
        var edits = PreviewEdits()
        if wordEngine { WordEngineView.apply(document, to: &edits) }
        VMLBoxes.apply(document, wordEngine: wordEngine, offlineImages: options.offlineImages, to: &edits)
        StyleBlocks.apply(document, client: client, database: database, wordEngine: wordEngine, to: &edits)
        UnsupportedFeatures.apply(document, client: client, database: database, wordEngine: wordEngine, to: &edits)
        MediaQueryNotes.apply(document, client: client, database: database, to: &edits)
        GmailClip.apply(document, client: client, to: &edits)
        if options.offlineImages { OfflineImages.apply(document, to: &edits) }

        let source = document.source
        let applied = edits.applicable(within: source.bytes.count)
        self.client = client
        self.clientName = database.displayName(of: client)
        self.transformations = applied
        let header = PreviewHeader.comment(clientName: clientName, client: client, transformations: applied,
                                           source: source, databaseDate: database.updated)
        self.headerLength = header.utf8.count
        self.bytes = Array(header.utf8) + PreviewEdits.apply(applied, to: source.bytes)
    }
}

extension ClientPreview {
    /// One preview per distinct result for `clients`, in their order, with the names of every client that keeps
    /// exactly those bytes: the columns of a sheet and the thumbnails of a report.
    public static func distinct(_ document: Document, clients: [ClientID], database: CompatDatabase,
                                options: Options = Options()) -> [(names: [String], preview: ClientPreview)] {
        var groups: [(names: [String], preview: ClientPreview)] = []
        for client in clients {
            let preview = ClientPreview(document: document, client: client, database: database, options: options)
            if let index = groups.firstIndex(where: { $0.preview.document == preview.document }) {
                groups[index].names.append(preview.clientName)
            } else {
                groups.append(([preview.clientName], preview))
            }
        }
        return groups
    }
}
