-- Neovim's built-in LSP client against `mailproof lsp`: open the file given as the first argument, wait for
-- diagnostics, print them one a line and then "diagnostics: N". Run headless by Tests/editors/nvim-smoke.sh.
local binary = os.getenv("MAILPROOF_BIN")
local client_id = vim.lsp.start_client({
  name = "mailproof",
  cmd = { binary, "lsp", "--debounce", "20" },
  root_dir = vim.fn.getcwd(),
})
vim.lsp.buf_attach_client(0, client_id)
local ok = vim.wait(10000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local diagnostics = vim.diagnostic.get(0)
for _, d in ipairs(diagnostics) do
  print(string.format("%d:%d %s %s", d.lnum + 1, d.col + 1, d.code or d.source or "", d.message))
end
print("diagnostics: " .. #diagnostics .. (ok and "" or " (timed out)"))
vim.lsp.stop_client(client_id)
vim.cmd("qa!")
