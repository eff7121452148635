/// Tells layout tables (the grid almost every email is built on) from data tables (a receipt's line items),
/// which screen readers should announce as tables.
enum LayoutTable {
    private static let dataTableParts: NameSet = ["th", "caption", "thead", "tfoot"]

    /// A `<table>` with `<th>`, `<caption>`, `<thead>`/`<tfoot>`, `scope` or `headers` on its own cells, or a
    /// `summary`, is a data table. Nested tables are judged on their own: a layout table that holds a data
    /// table is still a layout table.
    static func isDataTable(_ table: Element) -> Bool {
        if table.hasAttribute("summary") { return true }
        let document = table.document
        let nodes = document.nodes
        var i = Int(table.index) + 1
        let end = Int(table.subtreeEnd)
        while i < end {
            // Fields read in place: a whole `Node` copied per descendant cost more than the tests.
            guard nodes[i].kind == .element else { i += 1; continue }
            let name = nodes.name(at: i)
            if name.hasSameText(as: "table") {
                i = Int(nodes[i].subtreeEnd)
                continue
            }
            if dataTableParts.contains(name) { return true }
            if name.hasSameText(as: "td") {
                for a in nodes[i].attributes where document.attributes.name(at: Int(a)).hasSameText(as: "scope")
                    || document.attributes.name(at: Int(a)).hasSameText(as: "headers") {
                    return true
                }
            }
            i += 1
        }
        return false
    }

    /// A table that is neither a data table nor given an explicit role (`role="table"`, `"grid"` are the
    /// author's decision; `"presentation"`/`"none"` mark it as layout already).
    static func isLayoutTable(_ table: Element) -> Bool {
        table.name == "table" && !isDataTable(table)
    }
}
