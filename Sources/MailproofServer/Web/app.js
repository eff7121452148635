// mailproof workbench. Plain JavaScript, no build step. Everything that comes from a template, a file name or a
// finding is put on the page as text (textContent, value, srcdoc of a sandboxed frame), never as markup.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const CHECK_DELAY_MS = 300;
  const TOKEN_KEY = "mailproof-token";
  const SEVERITY_GROUPS = [
    ["error", "Breaks the email for some readers"],
    ["warning", "Worth fixing before it is sent"],
    ["info", "Small things and hints"],
  ];
  const IMPACT_WORDS = {
    structure: "the app drops the styles",
    content: "readers lose content",
    layout: "the layout changes",
    decoration: "polish is lost",
    none: "a hint only",
  };

  const state = {
    checkedText: null,   // the text the findings below were found in
    findings: [],
    timer: null,
    generation: 0,       // a newer check makes older answers stale
    fixedCode: null,
    snippets: [],
    selected: null,
  };

  // ---- Talking to the server -------------------------------------------------------------------------------------

  class HTTPFailure extends Error {
    constructor(status, message) { super(message); this.status = status; }
  }

  async function api(method, path, body) {
    const headers = { "Accept": "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers["Authorization"] = "Bearer " + token;
    const response = await fetch(path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store", credentials: "omit", referrerPolicy: "no-referrer",
    });
    let answer = null;
    try { answer = await response.json(); } catch (_) { answer = null; }
    if (response.status === 401) {
      askForToken();
      throw new HTTPFailure(401, "This server needs the team token.");
    }
    if (!response.ok) {
      throw new HTTPFailure(response.status, (answer && answer.error) || ("The server answered " + response.status + "."));
    }
    return answer;
  }

  function documentBody() {
    const body = { html: $("code").value, filename: $("filename").value || "template.html" };
    if ($("esp").value) body.esp = $("esp").value;
    if ($("clients").value) body.clients = $("clients").value;
    if ($("kind").value) body.kind = $("kind").value;
    return body;
  }

  function say(text, isError) {
    const status = $("status");
    status.textContent = text;
    status.classList.toggle("error", Boolean(isError));
  }

  function askForToken() {
    $("token-form").hidden = false;
    $("token-input").focus();
  }

  // ---- Checking --------------------------------------------------------------------------------------------------

  function scheduleCheck() {
    clearTimeout(state.timer);
    state.timer = setTimeout(check, CHECK_DELAY_MS);
  }

  async function check() {
    const text = $("code").value;
    const generation = ++state.generation;
    updatePreviews(text);
    if (!text.trim()) {
      state.checkedText = null;
      state.findings = [];
      renderFindings(null);
      say("Paste a template or signup form to start.");
      return;
    }
    say("Checking…");
    try {
      const report = await api("POST", "/api/check", documentBody());
      if (generation !== state.generation) return;
      const file = report.files[0];
      state.checkedText = text;
      state.findings = file.findings || [];
      renderFindings(file);
      const s = report.summary;
      say(file.error ? "Could not check: " + file.error
        : "Checked: " + plural(s.errors, "error") + ", " + plural(s.warnings, "warning") + ", " + plural(s.infos, "note") + ".",
        Boolean(file.error));
    } catch (failure) {
      if (generation === state.generation) say(failure.message, true);
    }
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function renderFindings(file) {
    const list = $("findings");
    list.replaceChildren();
    clearHighlight();
    $("count").textContent = file ? "(" + state.findings.length + ")" : "";
    $("kind-line").textContent = file && file.kind
      ? "Checked as a " + file.kind + (file.provider ? " (" + file.provider + " signup form)" : "") + "." : "";
    if (!file) {
      list.append(paragraph("Findings appear here a moment after you paste.", "muted"));
      return;
    }
    if (file.error) {
      list.append(paragraph(file.error, "error"));
      return;
    }
    if (state.findings.length === 0) {
      list.append(paragraph("Nothing to correct: it should look right in the email apps checked.", "muted"));
      return;
    }
    for (const [severity, heading] of SEVERITY_GROUPS) {
      const group = state.findings.map((finding, index) => ({ finding, index })).filter((e) => e.finding.severity === severity);
      if (group.length === 0) continue;
      const title = document.createElement("h3");
      title.className = "severity-" + severity;
      title.textContent = heading + " (" + group.length + ")";
      list.append(title);
      for (const { finding, index } of group) list.append(findingButton(finding, index));
    }
  }

  function findingButton(finding, index) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "finding severity-" + finding.severity;
    button.dataset.index = String(index);
    const where = document.createElement("span");
    where.className = "where";
    let place = "line " + finding.line + ", column " + finding.column + " · " + finding.rule;
    if (finding.impact && IMPACT_WORDS[finding.impact]) place += " · " + IMPACT_WORDS[finding.impact];
    if (finding.fix) place += " · Fix corrects it";
    where.textContent = place;
    const message = document.createElement("span");
    message.className = "message";
    message.textContent = finding.message;
    button.append(where, message);
    if (finding.snippet) {
      const link = document.createElement("span");
      link.className = "snippet-link";
      link.dataset.snippet = "true";
      link.textContent = "Use the " + finding.snippet.name + " snippet with these values";
      button.append(link);
    }
    button.addEventListener("click", (event) => {
      if (event.target.dataset && event.target.dataset.snippet) {
        openSnippet(finding.snippet.name, finding.snippet.values);
        return;
      }
      selectFinding(index);
    });
    return button;
  }

  function paragraph(text, className) {
    const p = document.createElement("p");
    p.className = className || "";
    p.textContent = text;
    return p;
  }

  // ---- Highlighting a finding's range ----------------------------------------------------------------------------

  /// The UTF-16 index (what a textarea counts) of a UTF-8 byte offset (what the server counts).
  function utf16Index(text, byteOffset) {
    let bytes = 0;
    let index = 0;
    while (index < text.length && bytes < byteOffset) {
      const code = text.codePointAt(index);
      bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
      index += code > 0xffff ? 2 : 1;
    }
    return index;
  }

  function selectFinding(index) {
    const finding = state.findings[index];
    const editor = $("code");
    if (!finding) return;
    if (editor.value !== state.checkedText) {
      say("The code changed since this check; the findings are being updated.", false);
      scheduleCheck();
      return;
    }
    for (const button of document.querySelectorAll(".finding.selected")) button.classList.remove("selected");
    const button = document.querySelector('.finding[data-index="' + index + '"]');
    if (button) button.classList.add("selected");
    const start = utf16Index(editor.value, finding.offset);
    const end = Math.max(start, utf16Index(editor.value, finding.offset + finding.length));
    state.selected = { start, end };
    drawHighlight();
    editor.focus({ preventScroll: true });
    editor.setSelectionRange(start, end);
    scrollToLine(finding.line, finding.column);
    $("location").textContent = "Line " + finding.line + ", column " + finding.column
      + (finding.endLine !== finding.line || finding.endColumn !== finding.column
        ? " to line " + finding.endLine + ", column " + finding.endColumn : "")
      + " — " + finding.rule;
  }

  function drawHighlight() {
    const backdrop = $("backdrop");
    const text = $("code").value;
    backdrop.replaceChildren();
    if (!state.selected) {
      backdrop.textContent = text + "\n";
      return;
    }
    const mark = document.createElement("mark");
    // An empty range (a missing tag, say) still shows where it is.
    mark.textContent = text.slice(state.selected.start, state.selected.end) || " ";
    backdrop.append(document.createTextNode(text.slice(0, state.selected.start)), mark,
      document.createTextNode(text.slice(state.selected.end) + "\n"));
    syncScroll();
  }

  function clearHighlight() {
    state.selected = null;
    $("backdrop").replaceChildren();
    $("location").textContent = "";
  }

  function scrollToLine(line, column) {
    const editor = $("code");
    const style = getComputedStyle(editor);
    const lineHeight = parseFloat(style.lineHeight) || 18;
    const charWidth = measureCharWidth(style);
    editor.scrollTop = Math.max(0, (line - 3) * lineHeight);
    editor.scrollLeft = Math.max(0, (column - 20) * charWidth);
    syncScroll();
  }

  function measureCharWidth(style) {
    const canvas = measureCharWidth.canvas || (measureCharWidth.canvas = document.createElement("canvas"));
    const context = canvas.getContext("2d");
    context.font = style.fontSize + " " + style.fontFamily;
    return context.measureText("0000000000").width / 10 || 7.5;
  }

  function syncScroll() {
    const editor = $("code");
    const backdrop = $("backdrop");
    backdrop.scrollTop = editor.scrollTop;
    backdrop.scrollLeft = editor.scrollLeft;
  }

  // ---- Fix -------------------------------------------------------------------------------------------------------

  async function fix() {
    showTab("fix");
    $("fix-summary").textContent = "Correcting…";
    try {
      const answer = await api("POST", "/api/fix", documentBody());
      state.fixedCode = answer.code;
      $("fixed-code").value = answer.code;
      $("copy-fixed").disabled = false;
      $("use-fixed").disabled = !answer.changed;
      const fixedRules = new Set(answer.fixed.map((f) => f.rule));
      $("fix-summary").textContent = answer.changed
        ? "Corrected " + plural(answer.fixed.length, "problem") + " (" + [...fixedRules].join(", ") + ") with "
          + plural(answer.edits, "edit") + "; everything else is exactly as sent."
          + (answer.refused.length ? " " + plural(answer.refused.length, "fix") + " left out next to broken markup." : "")
        : "Nothing here can be corrected automatically; the findings say what to change by hand.";
      renderDiff(answer.diff);
      say(answer.changed ? "Corrected code ready." : "Nothing to correct automatically.");
    } catch (failure) {
      $("fix-summary").textContent = failure.message;
      say(failure.message, true);
    }
  }

  /// The unified diff the server sends, laid out side by side: removed lines left, added lines right.
  function renderDiff(diff) {
    const table = $("diff");
    const body = table.tBodies[0];
    body.replaceChildren();
    table.hidden = !diff;
    if (!diff) return;
    let oldLine = 0, newLine = 0;
    let removed = [], added = [];
    const flush = () => {
      const rows = Math.max(removed.length, added.length);
      for (let k = 0; k < rows; k++) {
        body.append(diffRow(removed[k], added[k], removed[k] ? "removed" : "", added[k] ? "added" : ""));
      }
      removed = [];
      added = [];
    };
    for (const line of diff.split("\n")) {
      if (line.startsWith("---") || line.startsWith("+++") || line.startsWith("\\")) continue;
      const hunk = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
      if (hunk) {
        flush();
        oldLine = Number(hunk[1]);
        newLine = Number(hunk[2]);
        const gap = document.createElement("tr");
        gap.className = "gap";
        const cell = document.createElement("td");
        cell.colSpan = 4;
        cell.textContent = "line " + oldLine;
        gap.append(cell);
        body.append(gap);
        continue;
      }
      if (line.startsWith("-")) { removed.push([oldLine++, line.slice(1)]); continue; }
      if (line.startsWith("+")) { added.push([newLine++, line.slice(1)]); continue; }
      if (line.startsWith(" ")) {
        flush();
        body.append(diffRow([oldLine++, line.slice(1)], [newLine++, line.slice(1)], "", ""));
      }
    }
    flush();
  }

  function diffRow(left, right, leftClass, rightClass) {
    const row = document.createElement("tr");
    for (const [side, className] of [[left, leftClass], [right, rightClass]]) {
      const number = document.createElement("td");
      number.className = "number";
      number.textContent = side ? String(side[0]) : "";
      const text = document.createElement("td");
      text.className = className;
      text.textContent = side ? side[1] : "";
      row.append(number, text);
    }
    return row;
  }

  // ---- Reply and hand-off ----------------------------------------------------------------------------------------

  async function copyReply() {
    try {
      const answer = await api("POST", "/api/reply", documentBody());
      $("reply-text").value = answer.text;
      $("reply-length").textContent = "(" + answer.text.length + " characters)";
      await copy(answer.text, "Reply copied (" + answer.text.length + " characters).");
    } catch (failure) {
      say(failure.message, true);
    }
  }

  async function copyHandoff() {
    try {
      const answer = await api("POST", "/api/handoff", documentBody());
      $("handoff-text").value = answer.markdown;
      await copy(answer.markdown, "Full hand-off copied (Markdown).");
    } catch (failure) {
      say(failure.message, true);
    }
  }

  /// The clipboard API where the page is a secure context (localhost, https); elsewhere the older copy command on
  /// an off-screen text box.
  async function copy(text, done) {
    try {
      if (!navigator.clipboard || !window.isSecureContext) throw new Error("no clipboard API");
      await navigator.clipboard.writeText(text);
      say(done);
    } catch (_) {
      const box = $("clipboard-fallback");
      box.value = text;
      box.select();
      const copied = document.execCommand && document.execCommand("copy");
      say(copied ? done : "Could not reach the clipboard: select the text and copy it by hand.", !copied);
    }
  }

  // ---- Snippets --------------------------------------------------------------------------------------------------

  async function loadSnippets() {
    try {
      state.snippets = await api("GET", "/api/snippets");
    } catch (failure) {
      say(failure.message, true);
      return;
    }
    const select = $("snippet-name");
    select.replaceChildren();
    for (const snippet of state.snippets) {
      const option = document.createElement("option");
      option.value = snippet.name;
      option.textContent = snippet.name;
      select.append(option);
    }
    buildSnippetForm(select.value, {});
  }

  function buildSnippetForm(name, values) {
    const snippet = state.snippets.find((s) => s.name === name);
    const form = $("snippet-form");
    form.replaceChildren();
    $("snippet-purpose").textContent = snippet ? snippet.purpose : "";
    if (!snippet) return;
    for (const parameter of snippet.parameters) {
      const id = "snippet-" + parameter.name;
      const label = document.createElement("label");
      label.htmlFor = id;
      label.textContent = parameter.name + (parameter.optional ? " (optional)" : "");
      let input;
      if (parameter.values) {
        input = document.createElement("select");
        for (const choice of parameter.values) {
          const option = document.createElement("option");
          option.value = choice;
          option.textContent = choice;
          input.append(option);
        }
      } else {
        input = document.createElement("input");
        input.type = "text";
        input.spellcheck = false;
      }
      input.id = id;
      input.name = parameter.name;
      input.value = Object.prototype.hasOwnProperty.call(values, parameter.name) ? values[parameter.name] : parameter.default;
      const described = document.createElement("span");
      described.className = "described";
      described.textContent = parameter.description;
      form.append(label, input, described);
    }
    $("snippet-code").value = "";
    $("snippet-copy").disabled = true;
    $("snippet-error").hidden = true;
    $("snippet-preview").srcdoc = "";
  }

  function openSnippet(name, values) {
    showTab("snippets");
    $("snippet-name").value = name;
    buildSnippetForm(name, values || {});
    renderSnippet();
  }

  async function renderSnippet() {
    const name = $("snippet-name").value;
    const values = {};
    for (const input of $("snippet-form").querySelectorAll("input, select")) values[input.name] = input.value;
    try {
      const answer = await api("POST", "/api/snippets/" + encodeURIComponent(name), { values });
      $("snippet-error").hidden = true;
      $("snippet-code").value = answer.code;
      $("snippet-copy").disabled = false;
      $("snippet-preview").srcdoc = answer.code;
    } catch (failure) {
      $("snippet-error").textContent = failure.message;
      $("snippet-error").hidden = false;
    }
  }

  // ---- Preview ---------------------------------------------------------------------------------------------------

  function updatePreviews(text) {
    // srcdoc in a frame sandboxed without allow-scripts and allow-same-origin: the template's scripts never run
    // and it cannot reach this page.
    $("preview-desktop").srcdoc = text;
    $("preview-phone").srcdoc = text;
    if ($("preview-client").value) updateClientPreview();
  }

  /// The template as one email app keeps it (`mailproof preview --client`), in the same kind of sandbox.
  async function updateClientPreview() {
    const client = $("preview-client").value;
    $("client-figure").hidden = !client;
    if (!client) {
      $("preview-client-note").textContent = "";
      return;
    }
    if (!$("code").value.trim()) return;
    try {
      const answer = await api("POST", "/api/preview", Object.assign(documentBody(), { client }));
      if (answer.client !== $("preview-client").value) return;
      $("preview-client-frame").srcdoc = answer.html;
      $("client-caption").textContent = answer.name;
      $("preview-client-note").textContent = answer.changes === 0
        ? answer.name + " keeps everything in this template."
        : answer.name + ": " + plural(answer.changes, "change") + " (" + answer.actions.join("; ") + ").";
    } catch (failure) {
      $("preview-client-note").textContent = failure.message;
    }
  }

  // ---- Page set-up -----------------------------------------------------------------------------------------------

  function showTab(name) {
    for (const tab of document.querySelectorAll(".tabs button")) {
      tab.setAttribute("aria-selected", String(tab.dataset.tab === name));
    }
    for (const panel of document.querySelectorAll(".tab")) panel.hidden = panel.id !== "tab-" + name;
  }

  async function loadOptions() {
    try {
      const options = await api("GET", "/api/options");
      fill($("esp"), options.esp.map((name) => [name, name]));
      fill($("clients"), options.presets.map((preset) => [preset.name, preset.name, preset.summary]));
      fill($("kind"), options.kinds.map((name) => [name, name]));
      fill($("preview-client"), options.clients.map((client) => [client.id, client.name]));
      return true;
    } catch (failure) {
      say(failure.message, true);
      return false;
    }
  }

  function fill(select, entries) {
    while (select.options.length > 1) select.remove(1);
    for (const [value, label, title] of entries) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = label;
      if (title) option.title = title;
      select.append(option);
    }
  }

  function readFile(file) {
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      $("code").value = String(reader.result);
      $("filename").value = file.name;
      state.selected = null;
      drawHighlight();
      check();
    };
    reader.onerror = () => say("Could not read " + file.name + ".", true);
    reader.readAsText(file);
  }

  function wire() {
    const editor = $("code");
    editor.addEventListener("input", () => {
      state.selected = null;
      drawHighlight();
      scheduleCheck();
    });
    editor.addEventListener("scroll", syncScroll);
    for (const id of ["esp", "clients", "kind"]) $(id).addEventListener("change", check);
    $("filename").addEventListener("change", check);
    $("file").addEventListener("change", (event) => readFile(event.target.files[0]));
    const frame = $("code-frame");
    frame.addEventListener("dragover", (event) => { event.preventDefault(); frame.classList.add("dragging"); });
    frame.addEventListener("dragleave", () => frame.classList.remove("dragging"));
    frame.addEventListener("drop", (event) => {
      event.preventDefault();
      frame.classList.remove("dragging");
      if (event.dataTransfer.files.length) readFile(event.dataTransfer.files[0]);
    });
    for (const tab of document.querySelectorAll(".tabs button")) tab.addEventListener("click", () => showTab(tab.dataset.tab));
    $("fix-button").addEventListener("click", fix);
    $("copy-reply").addEventListener("click", copyReply);
    $("copy-handoff").addEventListener("click", copyHandoff);
    $("copy-fixed").addEventListener("click", () => copy(state.fixedCode || "", "Corrected code copied."));
    $("use-fixed").addEventListener("click", () => {
      editor.value = state.fixedCode || editor.value;
      state.selected = null;
      drawHighlight();
      check();
      showTab("findings");
    });
    $("preview-client").addEventListener("change", updateClientPreview);
    $("snippet-name").addEventListener("change", (event) => buildSnippetForm(event.target.value, {}));
    $("snippet-render").addEventListener("click", renderSnippet);
    $("snippet-form").addEventListener("submit", (event) => { event.preventDefault(); renderSnippet(); });
    $("snippet-copy").addEventListener("click", () => copy($("snippet-code").value, "Snippet copied."));
    $("token-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      sessionStorage.setItem(TOKEN_KEY, $("token-input").value);
      $("token-input").value = "";
      $("token-form").hidden = true;
      await start();
    });
  }

  async function start() {
    if (!(await loadOptions())) return;
    await loadSnippets();
    if ($("code").value.trim()) check();
  }

  wire();
  start();
})();
