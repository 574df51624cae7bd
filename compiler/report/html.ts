/**
 * The report page: one self-contained HTML file (inline CSS and SVG, no script, no network at view time).
 * Every user-supplied string (the spec's text, names, paths) goes through `escapeHtml`; the SVGs come from
 * Vega's renderer, which escapes the text it draws.
 */
import type { PropertyResult } from '../../backends/conformance/suite.js';
import type { Metrics } from '../../backends/metrics.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface PageFigure {
  readonly kind: string;
  readonly caption: string;
  readonly svg: string;
}

export interface ReportPage {
  readonly title: string;
  /** Lines of provenance: file, weights, data rows, backend, seeds, timings. */
  readonly provenance: readonly string[];
  readonly source: string;
  readonly certificate: string;
  readonly metrics?: Metrics;
  readonly figures: readonly PageFigure[];
  readonly verify?: { readonly results: readonly PropertyResult[]; readonly runs: number; readonly seconds: number };
}

const style = `body{font-family:DejaVu Sans,Helvetica,Arial,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}
pre{background:#f6f8fa;padding:.8em;overflow-x:auto;font-size:.85em}
table{border-collapse:collapse}td,th{padding:.2em .8em;border-bottom:1px solid #eee;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}.fail{color:#b00020;font-weight:bold}
figure{margin:1.5em 0}figcaption{font-size:.9em;color:#555;max-width:640px}`;

const metricLabels: Readonly<Record<string, string>> = {
  rows: 'data rows',
  K: 'K (augmented draws per row)',
  nll: 'NLL (nats, marginal estimate)',
  var_log_w: 'var log w',
  lower_bound_marginal_gap: 'bound gap (marginal − lower bound)',
  forward_ess: 'forward ESS (one a per row)',
  reverse_ess: 'reverse ESS',
  reverse_ess_samples: 'reverse ESS samples',
};

function format(key: string, value: number): string {
  if (key.endsWith('_ess')) return `${(100 * value).toFixed(2)} %`;
  return Number.isInteger(value) ? String(value) : value.toPrecision(5);
}

function metricsTable(metrics: Metrics): string {
  const rows = Object.entries(metrics).map(([k, v]) => `<tr><td>${escapeHtml(metricLabels[k] ?? k)}</td><td class="num">${format(k, v as number)}</td></tr>`);
  return `<table>${rows.join('')}</table>`;
}

function verifyTable(results: readonly PropertyResult[]): string {
  const head = '<tr><th>property</th><th>worst error</th><th>tolerance</th><th>expect</th><th>result</th></tr>';
  const rows = results.map((r) => {
    const cells = [r.property, r.worstError === 0 ? '0' : r.worstError.toExponential(2), `${r.expectation === 'holds' ? '≤' : '>'} ${r.tolerance.toExponential(0)}`, r.expectation === 'holds' ? 'holds' : 'counterexample'];
    return `<tr>${cells.map((c, i) => `<td${i === 1 ? ' class="num"' : ''}>${escapeHtml(c)}</td>`).join('')}<td${r.pass ? '' : ' class="fail"'}>${r.pass ? 'pass' : 'FAIL'}</td></tr>`;
  });
  return `<table>${head}${rows.join('')}</table>`;
}

export function reportHtml(page: ReportPage): string {
  const sections = [
    `<h1>${escapeHtml(page.title)}</h1>`,
    `<ul>${page.provenance.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`,
  ];
  if (page.metrics) sections.push('<h2 id="metrics">Metrics</h2>', metricsTable(page.metrics));
  sections.push('<h2 id="figures">Figures</h2>');
  for (const f of page.figures) sections.push(`<figure id="fig-${escapeHtml(f.kind)}" data-kind="${escapeHtml(f.kind)}">${f.svg}<figcaption>${escapeHtml(f.caption)}</figcaption></figure>`);
  if (page.verify) {
    sections.push('<h2 id="verify">Measured symmetry and invertibility (flowc verify on these weights, float64 reference)</h2>');
    sections.push(`<p>${page.verify.runs} random inputs and group elements per property, ${page.verify.seconds.toFixed(1)} s.</p>`, verifyTable(page.verify.results));
  }
  sections.push('<h2 id="certificate">Certificate (what the checker proved)</h2>', `<pre>${escapeHtml(page.certificate)}</pre>`);
  sections.push('<h2 id="spec">Specification</h2>', `<pre>${escapeHtml(page.source)}</pre>`);
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title><style>${style}</style></head><body>
${sections.join('\n')}
</body></html>\n`;
}
