/**
 * index.html of the standalone WGSL sampler (`flowc compile --target wgsl`): samples in the browser and
 * shows the pair-distance and energy histograms and the reverse ESS as figures (plain SVG: the folder
 * ships no plotting library), with the raw numbers under a fold. Opened as a file:// page it says how to
 * serve the folder instead of hanging: browsers refuse fetch() of the kernels and weights from file://.
 * The flow's name is the only user string in it and goes through JSON.stringify (then `<` escaped).
 */

const SCRIPT = String.raw`
  import { loadFlow } from './flow.js';
  const out = document.getElementById('out');
  const status = document.getElementById('status');
  const COUNT = 100;

  // Pair distances |x_i − x_j|, i < j, of every sample.
  function pairDistances(x, count, n, d) {
    const r = [];
    for (let b = 0; b < count; b++)
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) {
          let s = 0;
          for (let k = 0; k < d; k++) { const t = x[(b * n + i) * d + k] - x[(b * n + j) * d + k]; s += t * t; }
          r.push(Math.sqrt(s));
        }
    return r;
  }

  // A histogram as an SVG bar chart; non-finite values are counted and named, not drawn.
  function histogram(svg, values, label) {
    const finite = values.filter(Number.isFinite);
    const W = 360, H = 160, pad = 24, bins = 30;
    const lo = Math.min(...finite), hi = Math.max(...finite);
    const width = (hi - lo) / bins || 1;
    const counts = new Array(bins).fill(0);
    for (const v of finite) counts[Math.min(bins - 1, Math.floor((v - lo) / width))]++;
    const top = Math.max(...counts, 1);
    const ns = 'http://www.w3.org/2000/svg';
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + (H + 2 * pad));
    counts.forEach((c, i) => {
      const bar = document.createElementNS(ns, 'rect');
      const h = (c / top) * H;
      bar.setAttribute('x', String(pad + (i * (W - 2 * pad)) / bins));
      bar.setAttribute('y', String(pad + H - h));
      bar.setAttribute('width', String((W - 2 * pad) / bins - 1));
      bar.setAttribute('height', String(h));
      svg.appendChild(bar);
    });
    const caption = document.createElementNS(ns, 'text');
    caption.setAttribute('x', String(pad));
    caption.setAttribute('y', String(H + 2 * pad - 4));
    const dropped = values.length - finite.length;
    caption.textContent = label + ': ' + lo.toPrecision(3) + ' … ' + hi.toPrecision(3) + ' (' + finite.length + ' values' + (dropped ? ', ' + dropped + ' not finite' : '') + ')';
    svg.appendChild(caption);
  }

  // The reverse ESS of importance weights, (Σ w)² / (N Σ w²), from log w without overflow.
  function reverseEss(logW) {
    const top = Math.max(...logW);
    const w = Array.from(logW, (l) => Math.exp(l - top));
    const sum = w.reduce((a, b) => a + b, 0);
    return (sum * sum) / (w.length * w.reduce((a, b) => a + b * b, 0));
  }

  try {
    if (!navigator.gpu) throw new Error('this browser has no WebGPU (try a recent Chrome or Edge, or Firefox Nightly)');
    const load = async (path) => { const r = await fetch(path); if (!r.ok) throw new Error(path + ': ' + r.status); return path.endsWith('.bin') ? r.arrayBuffer() : r.text(); };
    const flow = await loadFlow({ gpu: navigator.gpu, load });
    const { n, dim } = flow.manifest.system;
    status.textContent = 'sampling ' + COUNT + ' systems on WebGPU…';
    const s = await flow.sample(COUNT, 0);
    histogram(document.getElementById('distances'), pairDistances(s.x, COUNT, n, dim), 'pair distances');
    const mean = s.logQ.reduce((a, b) => a + b, 0) / s.logQ.length;
    let summary = COUNT + ' samples of ' + FLOW_NAME + '; mean log q(x, a) = ' + mean.toFixed(3);
    const report = { flow: FLOW_NAME, samples: s.logQ.length, meanLogQ: mean, firstAtom: Array.from(s.x.slice(0, dim)) };
    if (s.logW) {
      histogram(document.getElementById('energies'), Array.from(s.energy), 'energies E(x)');
      const ess = reverseEss(s.logW);
      summary += '; reverse ESS ' + (100 * ess).toPrecision(3) + ' %';
      Object.assign(report, { reverseEss: ess, logW: Array.from(s.logW) });
    } else document.getElementById('energies').remove();
    status.textContent = summary;
    out.textContent = JSON.stringify(report);
    document.title = 'flowc sampler: done';
  } catch (error) {
    status.textContent = 'error: ' + error.message;
    document.title = 'flowc sampler: error';
  }
`;

/** The page for the flow called `name`. */
export function samplerPage(name: string): string {
  const flowName = JSON.stringify(name).replace(/</g, '\\u003c');
  return `<!doctype html>
<meta charset="utf-8">
<title>flowc sampler</title>
<link rel="icon" href="data:,">
<style>
  body { font: 15px/1.4 system-ui, sans-serif; margin: 2em; max-width: 52em; }
  svg { width: 360px; height: 208px; margin-right: 1em; } rect { fill: #4c78a8; } text { font-size: 11px; }
</style>
<h1>flowc sampler</h1>
<p id="status">loading…</p>
<svg id="distances" role="img" aria-label="pair distances"></svg><svg id="energies" role="img" aria-label="energies"></svg>
<details><summary>numbers</summary><pre id="out"></pre></details>
<script>
  // A classic script: it runs where the module below cannot even load (file://, where its import is refused).
  if (location.protocol === 'file:') {
    document.title = 'flowc sampler: needs a server';
    document.getElementById('status').textContent = 'This page loads its code, kernels and weights with fetch(), which browsers refuse for pages opened as files. Serve this folder and open it over http: flowc serve FOLDER (or python3 -m http.server -d FOLDER), then http://localhost:8000/.';
  }
</script>
<script type="module">
  const FLOW_NAME = ${flowName};
${SCRIPT}
</script>
`;
}
