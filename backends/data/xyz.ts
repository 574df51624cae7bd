/**
 * Multi-frame `.xyz` (the plain format VMD, PyMOL, ASE and OVITO read): per frame a count line, a comment
 * line, then one `Symbol x y z` line per particle. 2D systems get z = 0. Element symbols come from the
 * spec's particle types (`types [H1, C1, …]` → H, C) and are `X` where a type names no element.
 */

// The 118 element symbols; a type label maps to the longest leading match (case as in the periodic table).
const ELEMENTS = new Set(
  ('H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr ' +
    'Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os ' +
    'Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg ' +
    'Cn Nh Fl Mc Lv Ts Og').split(' '),
);

/**
 * The element a type label names: its leading letters as written (`Cl2` → Cl, `CA` → C since "CA" is not
 * written as calcium's "Ca"), else its first letter upper-cased when that is an element (`h1` → H), else X.
 */
export function elementSymbol(typeLabel: string): string {
  const letters = /^[A-Za-z]+/.exec(typeLabel)?.[0] ?? '';
  if (letters.length >= 2 && ELEMENTS.has(letters.slice(0, 2))) return letters.slice(0, 2);
  const first = letters.slice(0, 1).toUpperCase();
  return ELEMENTS.has(first) ? first : 'X';
}

/** Symbols for n particles: from the types when the spec has them, `X` otherwise. */
export function particleSymbols(n: number, types: readonly string[] | undefined): string[] {
  return Array.from({ length: n }, (_, i) => (types ? elementSymbol(types[i]!) : 'X'));
}

export interface XyzFrames {
  /** Positions [frames][n][d], d ∈ {2, 3}. */
  readonly x: ArrayLike<number>;
  readonly frames: number;
  readonly n: number;
  readonly d: number;
  readonly symbols: readonly string[];
  /** Comment line per frame (newlines are replaced by spaces). */
  readonly comment?: (frame: number) => string;
}

export function formatXyz({ x, frames, n, d, symbols, comment }: XyzFrames): string {
  if (d !== 2 && d !== 3) throw new RangeError(`xyz export needs 2 or 3 dimensions, got ${d}`);
  if (x.length !== frames * n * d) throw new RangeError(`xyz export: ${x.length} numbers for ${frames} frames × ${n} particles × ${d}`);
  const width = Math.max(...symbols.map((s) => s.length));
  const lines: string[] = [];
  for (let f = 0; f < frames; f++) {
    lines.push(String(n), (comment?.(f) ?? `frame ${f}`).replace(/[\r\n]+/g, ' '));
    for (let i = 0; i < n; i++) {
      const o = (f * n + i) * d;
      const z = d === 3 ? x[o + 2]! : 0;
      lines.push(`${symbols[i]!.padEnd(width)} ${coord(x[o]!)} ${coord(x[o + 1]!)} ${coord(z)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const coord = (v: number) => (v < 0 ? '' : ' ') + v.toFixed(8);
