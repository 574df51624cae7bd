/**
 * A counter-based generator, Philox4x32-10 (Salmon et al. 2011), so that every backend can draw the
 * same numbers from (seed, stream, index) without sharing state: the WGSL kernels will compute the same
 * function. Normals come from Box–Muller on pairs of uniforms in (0, 1).
 */
const M0 = 0xd2511f53;
const M1 = 0xcd9e8d57;
const W0 = 0x9e3779b9;
const W1 = 0xbb67ae85;

function mulhilo(a: number, b: number): [number, number] {
  const lo = Math.imul(a, b) >>> 0;
  // High 32 bits of the 64-bit product, from 16-bit halves (exact in float64).
  const aHi = a >>> 16;
  const aLo = a & 0xffff;
  const bHi = b >>> 16;
  const bLo = b & 0xffff;
  const mid1 = aHi * bLo;
  const mid2 = aLo * bHi;
  const carry = ((aLo * bLo) / 65536 + (mid1 & 0xffff) + (mid2 & 0xffff)) / 65536;
  const hi = (aHi * bHi + (mid1 >>> 16) + (mid2 >>> 16) + Math.floor(carry)) >>> 0;
  return [hi, lo];
}

/** Philox4x32-10 of counter (c0..c3) with key (k0, k1): four uniformly random uint32. */
export function philox(c0: number, c1: number, c2: number, c3: number, k0: number, k1: number): [number, number, number, number] {
  let [x0, x1, x2, x3] = [c0 >>> 0, c1 >>> 0, c2 >>> 0, c3 >>> 0];
  let [key0, key1] = [k0 >>> 0, k1 >>> 0];
  for (let round = 0; round < 10; round++) {
    const [hi0, lo0] = mulhilo(M0, x0);
    const [hi1, lo1] = mulhilo(M1, x2);
    [x0, x1, x2, x3] = [(hi1 ^ x1 ^ key0) >>> 0, lo1, (hi0 ^ x3 ^ key1) >>> 0, lo0];
    key0 = (key0 + W0) >>> 0;
    key1 = (key1 + W1) >>> 0;
  }
  return [x0, x1, x2, x3];
}

const toUnit = (u: number) => (u + 0.5) / 4294967296;

/** Streams keep independent uses of one seed apart. */
export const Streams = { baseX: 0, baseA: 1, marginalA: 2, params: 3, verify: 4 } as const;

/**
 * Standard normals number `index`…`index + count − 1` of (seed, stream, row): Philox call k gives
 * normals 4k..4k+3 (two Box–Muller pairs).
 */
export function normals(seed: number, stream: number, row: number, count: number, out = new Float64Array(count)): Float64Array {
  for (let k = 0; 4 * k < count; k++) {
    const [a, b, c, d] = philox(k, row, stream, 0, seed >>> 0, Math.floor(seed / 4294967296) >>> 0);
    const pairs: [number, number][] = [[a, b], [c, d]];
    pairs.forEach(([u1, u2], p) => {
      const radius = Math.sqrt(-2 * Math.log(toUnit(u1)));
      const angle = 2 * Math.PI * toUnit(u2);
      const i = 4 * k + 2 * p;
      if (i < count) out[i] = radius * Math.cos(angle);
      if (i + 1 < count) out[i + 1] = radius * Math.sin(angle);
    });
  }
  return out;
}

/** A sequential stream of normals and uniforms for one (seed, stream) — for initialisation and tests. */
export class NormalStream {
  private row = 0;
  private buffer: Float64Array = new Float64Array(0);
  private at = 0;
  constructor(private readonly seed: number, private readonly stream: number) {}
  next(): number {
    if (this.at >= this.buffer.length) {
      this.buffer = normals(this.seed, this.stream, this.row++, 64);
      this.at = 0;
    }
    return this.buffer[this.at++]!;
  }
  /** A uniform in (0, 1) from its own Philox counters (c3 = 1 keeps them apart from the normals'). */
  uniform(): number {
    const [a] = philox(this.row++, 0xffffffff, this.stream, 1, this.seed >>> 0, 0);
    return toUnit(a);
  }
}
