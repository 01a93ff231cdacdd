"""The page's inline CSS and JavaScript (no network: the page opens from disk)."""

from __future__ import annotations

import base64
import hashlib

CSS = """
:root { --fg:#1d1d1f; --muted:#666; --line:#ddd; --bg:#fff; --soft:#f6f7f9;
  --c-meta:#e3e3e3; --c-event:#ffe08a; --c-person:#bfdcff; --c-award:#bfeccb; --c-statistic:#e6d1ff;
  --err:#c62828; --warn:#e69500; --info:#5c7cfa; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--fg);
  background: var(--bg); margin: 0; }
header.top, main { max-width: 1400px; margin: 0 auto; padding: 0 20px; }
header.top { padding-top: 16px; }
h1 { font-size: 22px; margin: 8px 0; } h2 { font-size: 18px; margin: 0 0 4px; }
h3 { font-size: 14px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
  margin: 14px 0 6px; }
.muted, .empty { color: var(--muted); }
.totals span { margin-right: 16px; }
nav.toc a { margin-right: 12px; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
#index td:nth-child(2) { white-space: nowrap; }
mark.k-finding { cursor: pointer; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
#index th button { all: unset; cursor: pointer; font-weight: 600; white-space: nowrap; }
table.side-by-side { width: auto; margin: 6px 0; }
table.side-by-side th { font-weight: 600; }
td.disputed { background: rgba(230,149,0,.18); border-left: 3px solid var(--warn); }
article.event { border-top: 1px solid var(--line); padding: 6px 0; }
figure.chart { margin: 0; } figure.chart figcaption { font-weight: 600; margin: 6px 0; }
#index th button::after { content: " \\2195"; color: #bbb; }
#index th[aria-sort="ascending"] button::after { content: " \\25B2"; color: var(--fg); }
#index th[aria-sort="descending"] button::after { content: " \\25BC"; color: var(--fg); }
#index tbody tr:hover { background: var(--soft); }
#index tr.failed td { color: var(--err); }
.filterbar { margin: 10px 0; display: flex; gap: 12px; align-items: center; }
.filterbar input { font: inherit; padding: 4px 8px; width: 360px; max-width: 100%; }
.chip { display: inline-block; border-radius: 9px; padding: 0 7px; font-size: 12px; color: #fff;
  background: #888; }
.chip.error, .chip.sev-error { background: var(--err); }
.chip.warning, .chip.sev-warning { background: var(--warn); }
.chip.info, .chip.sev-info { background: var(--info); }
.chip.ok { background: #2e7d32; }
.chip.zero { background: #e0e0e0; color: #777; }
.charts { display: flex; flex-wrap: wrap; gap: 24px; }
svg.chart text { font: 12px system-ui, sans-serif; fill: var(--fg); }
svg.chart text.num, svg.chart text.legend { fill: var(--muted); }
section.article { border-top: 3px solid var(--line); padding: 16px 0 24px;
  content-visibility: auto; contain-intrinsic-size: auto 1200px; }
.grid { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 24px; }
@media (max-width: 900px) { .grid { grid-template-columns: 1fr; } }
.text { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--soft); padding: 12px 14px;
  border-radius: 6px; line-height: 1.7; }
.notice { border-left: 4px solid var(--warn); background: #fff8e6; padding: 6px 10px; }
mark.hl { color: inherit; border-radius: 2px; padding: 0; }
mark.k-meta { background: var(--c-meta); }
mark.k-event { background: var(--c-event); }
mark.k-person { background: var(--c-person); }
mark.k-award { background: var(--c-award); }
mark.k-statistic { background: var(--c-statistic); }
mark.k-finding { background: transparent; border-bottom: 3px solid var(--info); }
mark.k-finding.sev-error { border-bottom-color: var(--err); background: rgba(198,40,40,.10); }
mark.k-finding.sev-warning { border-bottom-color: var(--warn); background: rgba(230,149,0,.10); }
mark.k-finding.last::after { content: attr(data-badge); font-size: 10px; font-weight: 700;
  color: #fff; background: var(--info); border-radius: 7px; padding: 0 4px; margin-left: 1px;
  vertical-align: super; }
mark.k-finding.last:hover::after { content: attr(data-note); font-size: 11px; vertical-align: baseline;
  padding: 1px 6px; }
mark.k-finding.sev-error.last::after { background: var(--err); }
mark.k-finding.sev-warning.last::after { background: var(--warn); }
mark.hl mark.hl { box-shadow: inset 0 -2px 0 rgba(0,0,0,.28); }
mark.derived { outline: 1px dashed #888; }
mark.st-fuzzy, mark.st-moved { text-decoration: underline wavy #999; }
mark.active { outline: 2px solid #000; }
.legend-row mark { margin-right: 8px; padding: 0 4px; }
.panel table { font-size: 13px; }
.panel td.key { color: var(--muted); white-space: nowrap; width: 1%; }
.findings li { margin-bottom: 6px; }
.findings li.sev-error { border-left: 4px solid var(--err); padding-left: 6px; }
.findings li.sev-warning { border-left: 4px solid var(--warn); padding-left: 6px; }
.findings li.sev-info { border-left: 4px solid var(--info); padding-left: 6px; }
.vals { font-size: 13px; } .vals b { font-weight: 600; }
.quote { color: var(--muted); font-style: italic; }
a.jump { text-decoration: none; font-size: 12px; }
ul { padding-left: 18px; margin: 4px 0; }
button.dl { font: inherit; font-size: 12px; }
"""

JS = """
(function () {
  'use strict';
  var table = document.getElementById('index');
  var input = document.getElementById('filter');
  var shown = document.getElementById('shown');
  function fold(s) {
    return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/\\u0111/g, 'd')
      .replace(/\\u0110/g, 'D').toLowerCase();
  }
  function applyFilter() {
    var q = fold(input.value.trim());
    var rows = table.tBodies[0].rows, n = 0;
    for (var i = 0; i < rows.length; i++) {
      var hay = fold(rows[i].textContent + ' ' + (rows[i].getAttribute('data-search') || ''));
      var hit = !q || hay.indexOf(q) !== -1;
      rows[i].hidden = !hit;
      if (hit) { n++; }
    }
    shown.textContent = n + ' of ' + rows.length + ' shown';
  }
  function sortBy(th) {
    var col = th.cellIndex, numeric = th.getAttribute('data-type') === 'num';
    var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    var ths = table.tHead.rows[0].cells;
    for (var i = 0; i < ths.length; i++) { ths[i].removeAttribute('aria-sort'); }
    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    function key(row) {
      var cell = row.cells[col];
      var v = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
      return numeric ? (v === '' ? null : Number(v)) : v;
    }
    rows.sort(function (a, b) {
      var x = key(a), y = key(b);
      if (x === null || x === '') { return (y === null || y === '') ? 0 : 1; }
      if (y === null || y === '') { return -1; }
      var c = numeric ? x - y : String(x).localeCompare(String(y), 'vi');
      return c * dir;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  if (table) {
    table.tHead.addEventListener('click', function (e) {
      var th = e.target.closest('th');
      if (th && th.querySelector('button')) { sortBy(th); }
    });
    input.addEventListener('input', applyFilter);
    applyFilter();
  }
  function marks(id) { return document.querySelectorAll('mark[data-span="' + CSS.escape(id) + '"]'); }
  function toggle(e, on) {
    var link = e.target.closest && e.target.closest('[data-target]');
    if (!link) { return; }
    marks(link.getAttribute('data-target')).forEach(function (m) { m.classList.toggle('active', on); });
  }
  document.addEventListener('mouseover', function (e) { toggle(e, true); });
  document.addEventListener('mouseout', function (e) { toggle(e, false); });
  var data = null;
  document.addEventListener('click', function (e) {
    var m = e.target.closest && e.target.closest('mark.k-finding');
    if (m) {
      var fi = document.getElementById(m.getAttribute('data-span') + '-item');
      if (fi) { fi.scrollIntoView({block: 'center'}); }
      return;
    }
    var b = e.target.closest && e.target.closest('button[data-download]');
    if (!b) { return; }
    if (data === null) { data = JSON.parse(document.getElementById('tomtat-data').textContent); }
    var item = data[Number(b.getAttribute('data-download'))];
    var blob = new Blob([JSON.stringify(item, null, 2)], {type: 'application/json'});
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = String(item.id).replace(/[^\\w.-]+/g, '_') + '.json';
    document.body.appendChild(a); a.click(); a.remove();
  });
})();
"""


def script_hash(script: str) -> str:
    """The CSP source for an inline script: ``'sha256-...'`` of its exact text."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_security_policy(script: str) -> str:
    """Only our own inline script and styles may run; nothing loads from anywhere."""
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src {script_hash(script)}; base-uri 'none'; form-action 'none'"
    )
