-- Driven by test/lsp/neovim.test.ts: Neovim's own LSP client starts `webagent-lint lsp --stdio`, opens one
-- file, waits for one diagnostic, asks for hovers, applies one code action at the diagnostic (the preferred
-- fix when WEBAGENT_LINT_ACTION is "fix", else "waive with reason") and waits for the diagnostic to go;
-- everything it saw is written as JSON to WEBAGENT_LINT_RESULT.
local env = vim.env
local result = {}
local function finish()
  local out = io.open(env.WEBAGENT_LINT_RESULT, 'w')
  out:write(vim.fn.json_encode(result))
  out:close()
  vim.cmd('qall!')
end
local ok, err = pcall(function()
  local config = {
    name = 'webagent-lint',
    cmd = { 'node', env.WEBAGENT_LINT_BIN, 'lsp', '--stdio' },
    root_dir = env.WEBAGENT_LINT_ROOT,
  }
  vim.cmd('edit ' .. vim.fn.fnameescape(env.WEBAGENT_LINT_FILE))
  local bufnr = vim.api.nvim_get_current_buf()
  -- vim.lsp.start arrived in Neovim 0.8; Debian 12 ships 0.7, which has start_client and buf_attach_client.
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config)
  else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
  local rule = env.WEBAGENT_LINT_RULE
  local function find()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == rule or (d.user_data and d.user_data.lsp and d.user_data.lsp.code == rule) then return d end
    end
  end
  result.diagnosticArrived = vim.wait(120000, function() return find() ~= nil end, 50)
  local diagnostic = find()
  if diagnostic then
    result.diagnostic = { line = diagnostic.lnum, column = diagnostic.col, source = diagnostic.source, message = diagnostic.message }
  end
  local uri = vim.uri_from_bufnr(bufnr)
  result.hovers = {}
  for i, position in ipairs(vim.fn.json_decode(env.WEBAGENT_LINT_HOVERS)) do
    local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = position }, 60000)
    result.hovers[i] = ''
    for _, response in pairs(hover or {}) do
      if response.result then result.hovers[i] = response.result.contents.value end
    end
  end
  if diagnostic then
    local lsp_diagnostic = { range = { start = { line = diagnostic.lnum, character = diagnostic.col }, ['end'] = { line = diagnostic.end_lnum, character = diagnostic.end_col } }, code = rule, source = diagnostic.source, message = diagnostic.message }
    local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
      textDocument = { uri = uri },
      range = lsp_diagnostic.range,
      context = { diagnostics = { lsp_diagnostic } },
    }, 60000)
    -- The source action an editor asks for on save: its title, and how many edits it makes.
    local fix_all = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
      textDocument = { uri = uri },
      range = lsp_diagnostic.range,
      context = { diagnostics = {}, only = { 'source.fixAll' } },
    }, 60000)
    result.fixAll = {}
    for _, response in pairs(fix_all or {}) do
      for _, action in ipairs(response.result or {}) do
        table.insert(result.fixAll, { title = action.title, kind = action.kind, edits = #action.edit.changes[uri] })
      end
    end
    local chosen
    result.actions = {}
    for _, response in pairs(actions or {}) do
      for _, action in ipairs(response.result or {}) do
        table.insert(result.actions, action.title)
        local wanted
        if env.WEBAGENT_LINT_ACTION == 'fix' then wanted = action.isPreferred else wanted = action.title:find('^Waive') ~= nil end
        if wanted and not chosen then chosen = action end
      end
    end
    if chosen then
      result.action = chosen.title
      vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
    end
    local line = tonumber(env.WEBAGENT_LINT_CHANGED_LINE or '') or lsp_diagnostic.range.start.line
    result.changed = vim.api.nvim_buf_get_lines(bufnr, line, line + 1, false)[1]
    result.diagnosticGone = vim.wait(120000, function() return find() == nil end, 50)
  end
end)
if not ok then result.error = tostring(err) end
finish()
