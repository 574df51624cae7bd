/** Writing a figure: `.svg`, `.png` (rendered from the SVG) or `.json` (the plotted numbers), atomically. */
import { extname } from 'node:path';
import type { Figure } from '../report/figures.js';
import { renderSvg, svgToPng } from '../report/render.js';
import { UserError, writeFileAtomic } from './io.js';

export const FIGURE_FORMATS = ['.svg', '.png', '.json'] as const;

export function checkFigurePath(path: string, command: string): void {
  if (!(FIGURE_FORMATS as readonly string[]).includes(extname(path))) throw new UserError(`flowc ${command}: -o must end in ${FIGURE_FORMATS.join(', ')} (got '${path}')`, 2);
}

/** The JSON form: the series as plain arrays (typed arrays do not stringify as lists). */
export function figureJson(figure: Figure): string {
  const plain = (v: unknown): unknown => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v);
  return `${JSON.stringify({ kind: figure.kind, caption: figure.caption, series: figure.series }, (_, v) => plain(v), 2)}\n`;
}

export async function writeFigure(figure: Figure, path: string): Promise<void> {
  const format = extname(path);
  if (format === '.json') return writeFileAtomic(path, figureJson(figure));
  const svg = await renderSvg(figure.spec);
  writeFileAtomic(path, format === '.png' ? svgToPng(svg) : svg);
}
