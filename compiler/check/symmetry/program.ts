/**
 * A typed program: the stdlib describes each layer's computation as a short sequence of typing-rule
 * applications (rules.ts). The program records what reaches non-linear maps and which vectors span
 * frames, so the certificate can say *why* a generator is kept, not only that it is.
 */
import * as R from './rules.js';
import type { Typed } from './rules.js';

export class TypedProgram {
  /** Every input of a non-linear map, in order of use. */
  readonly nonlinearInputs: Typed[] = [];
  /** Vectors the layer builds its output from (frame axes, directions). */
  readonly frame: Typed[] = [];

  nonlinear(name: string, f: string, inputs: readonly Typed[]): Typed {
    this.nonlinearInputs.push(...inputs);
    return R.nonlinear(name, f, inputs);
  }

  oddIn(name: string, f: string, y: Typed, rest: readonly Typed[]): Typed {
    this.nonlinearInputs.push(...rest);
    return R.oddIn(name, f, y, rest);
  }

  axis(v: Typed): Typed {
    this.frame.push(v);
    return v;
  }

  sub = R.sub;
  add = R.add;
  mean = R.mean;
  scale = R.scale;
  dot = R.dot;
  cross = R.cross;
  cross2 = R.cross2;
  turn90 = R.turn90;
  norm = R.norm;
  normalize = R.normalize;
  components = R.components;
  fromComponents = R.fromComponents;
  addFixedAxis = R.addFixedAxis;
  flattenParticles = R.flattenParticles;
}
