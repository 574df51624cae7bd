/**
 * Vega-Lite → SVG in Node (Vega's headless renderer: no DOM, no canvas), SVG → PNG with resvg (a Rust
 * SVG renderer shipped as prebuilt npm binaries, so nothing is compiled or downloaded at install).
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { Resvg } from '@resvg/resvg-js';

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** PNG of an SVG at `scale`× its size (2 for crisp figures in papers and slides). */
export function svgToPng(svg: string, scale = 2): Uint8Array {
  const renderer = new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }, background: 'white' });
  return renderer.render().asPng();
}
