/** Tiny helpers for the host's own server-rendered pages (not the app's Custom UI). */
export function escapeHtml(value: unknown): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function htmlPage(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · Async CAB local host</title>
<style>
body{margin:0;font:14px/1.43 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,sans-serif;color:#172B4D;background:#fff}
header{background:#fff;border-bottom:1px solid #DFE1E6;padding:8px 24px;display:flex;gap:16px;align-items:center}
header strong{color:#0C66E4}main{padding:16px 24px;max-width:1200px}a{color:#0C66E4;text-decoration:none}a:hover{text-decoration:underline}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border-bottom:1px solid #DFE1E6;padding:6px 8px;text-align:left;vertical-align:top}
th{color:#626F86;font-weight:600;font-size:12px}code,pre{font:12px/1.4 ui-monospace,Menlo,monospace;background:#F1F2F4;border-radius:3px;padding:1px 4px}
pre{padding:8px;white-space:pre-wrap;max-height:240px;overflow:auto}.empty{color:#626F86}
.lozenge{display:inline-block;border-radius:3px;padding:0 4px;font-size:11px;font-weight:700;text-transform:uppercase;background:#DFE1E6}
.urgent{background:#FFECEB;color:#AE2E24}
iframe.mail{width:100%;min-width:420px;height:300px;border:1px solid #DFE1E6;border-radius:3px;background:#fff}details summary{cursor:pointer;color:#626F86;font-size:12px;margin-top:4px}
</style></head><body><header><strong>Async CAB</strong><span>local host</span>
<a href="/_local/">Index</a><a href="/_local/pages/outbox">Email outbox</a><a href="/_local/pages/chat">Chat</a><a href="/_local/pages/github">GitHub</a></header>
<main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

export function htmlTable(headings: string[], rows: string[][], emptyText: string): string {
  if (rows.length === 0) return `<p class="empty">${escapeHtml(emptyText)}</p>`;
  const head = headings.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
