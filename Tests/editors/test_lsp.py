"""End-to-end tests of `mailproof lsp` with a real LSP client (pytest-lsp), run by .ci/run.

The binary is MAILPROOF_BIN (default: .build/debug/mailproof)."""
import os
import pathlib

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("MAILPROOF_BIN", str(ROOT / ".build" / "debug" / "mailproof"))
URI = "file:///tmp/mailproof-pytest-lsp/email.html"
# An emoji (2 UTF-16 units) and CJK (1 unit each) before the findings on line 0.
TEXT = '<p>😀 漢字 <a href="https://example.com" onclick="x()">Read the story</a></p>\n<div style="display:flex">x</div>\n'


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BINARY, "lsp", "--debounce", "20"]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(types.InitializeParams(capabilities=types.ClientCapabilities()))
    yield
    await lsp_client.shutdown_session()


async def open_document(client: LanguageClient, text: str = TEXT, version: int = 1):
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=URI, language_id="html", version=version, text=text)))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return client.diagnostics[URI]


@pytest.mark.asyncio
async def test_diagnostics_in_utf16(client: LanguageClient):
    diagnostics = await open_document(client)
    script = next(d for d in diagnostics if d.code == "no-javascript")
    assert (script.range.start.line, script.range.start.character) == (0, 39)
    flex = next(d for d in diagnostics if d.code == "client-support" and d.range.start.line == 1)
    assert flex.range.start.character == 20
    assert flex.severity == types.DiagnosticSeverity.Error
    assert flex.code_description.href == "https://www.caniemail.com/features/css-display-flex/"


@pytest.mark.asyncio
async def test_quick_fix_removes_the_diagnostic(client: LanguageClient):
    diagnostics = await open_document(client)
    script = next(d for d in diagnostics if d.code == "no-javascript")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=URI), range=script.range,
        context=types.CodeActionContext(diagnostics=[script])))
    fix = next(a for a in actions if a.title.startswith("Fix:"))
    assert any(a.title == "Disable no-javascript for this line" for a in actions)
    edit = fix.edit.changes[URI][0]
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
        content_changes=[types.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text)]))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert not any(d.code == "no-javascript" for d in client.diagnostics[URI])


@pytest.mark.asyncio
async def test_hover_shows_the_support_table(client: LanguageClient):
    await open_document(client)
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(line=1, character=21)))
    assert "display:flex" in hover.contents.value
    assert "| Outlook (Windows) | ✗ |" in hover.contents.value
    assert "caniemail" in hover.contents.value
