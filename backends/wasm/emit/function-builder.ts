/**
 * A thin layer over binaryen's expression API for the kernel emitters: named locals, i32 address arithmetic
 * and counted loops. Binaryen addresses locals by index and loops by string label; emitters written against
 * that directly are hard to read, so every emitter goes through a FunctionBuilder instead.
 */
import binaryen from 'binaryen';

export type Expr = binaryen.ExpressionRef;

/** One local (parameter or variable) of the function being built. */
export interface Local {
  readonly index: number;
  readonly type: binaryen.Type;
  get(): Expr;
  set(value: Expr): Expr;
}

export class FunctionBuilder {
  private readonly params: binaryen.Type[] = [];
  private readonly vars: binaryen.Type[] = [];
  private readonly locals = new Map<string, Local>();
  private labels = 0;

  /** Declares the function's parameters, in order; they are i32 unless a type is given. */
  constructor(readonly m: binaryen.Module, readonly name: string, params: readonly (string | [string, binaryen.Type])[]) {
    for (const p of params) {
      const [paramName, type] = typeof p === 'string' ? [p, binaryen.i32] : p;
      this.params.push(type);
      this.define(paramName, this.params.length - 1, type);
    }
  }

  /** The parameter or variable `name`. */
  local(name: string): Local {
    const found = this.locals.get(name);
    if (!found) throw new Error(`flowc internal error: wasm local '${name}' is not declared in ${this.name}`);
    return found;
  }

  /** A fresh variable (its name must be new in this function). */
  declare(name: string, type: binaryen.Type = binaryen.i32): Local {
    if (this.locals.has(name)) throw new Error(`flowc internal error: wasm local '${name}' declared twice in ${this.name}`);
    this.vars.push(type);
    return this.define(name, this.params.length + this.vars.length - 1, type);
  }

  /** A variable with this name, declared on first use (emitters that run twice, for vectors and for tails, share it). */
  scratch(name: string, type: binaryen.Type = binaryen.v128): Local {
    return this.locals.get(name) ?? this.declare(name, type);
  }

  i32(value: number): Expr {
    return this.m.i32.const(value);
  }

  // ExpressionRef is a number in binaryen's typings, so constants get their own methods rather than overloads.

  add(a: Expr, b: Expr): Expr {
    return this.m.i32.add(a, b);
  }

  /** a + constant (0 is folded away here, the rest by the optimiser). */
  addConst(a: Expr, constant: number): Expr {
    return constant === 0 ? a : this.m.i32.add(a, this.i32(constant));
  }

  mulConst(a: Expr, constant: number): Expr {
    return this.m.i32.mul(a, this.i32(constant));
  }

  /** `local += step`. */
  advance(local: Local, step: Expr): Expr {
    return local.set(this.add(local.get(), step));
  }

  /** `local += constant`. */
  advanceBy(local: Local, constant: number): Expr {
    return local.set(this.addConst(local.get(), constant));
  }

  /**
   * Runs `body` `count` times (count an i32 expression, evaluated once; nothing runs when it is ≤ 0). The
   * counter counts down, so a body that needs an index keeps its own pointer locals and advances them.
   */
  repeat(count: Expr, body: readonly Expr[]): Expr {
    const id = this.labels++;
    const left = this.declare(`$left${id}`);
    const loopLabel = `loop${id}`;
    return this.m.block(null, [
      left.set(count),
      this.m.if(
        this.m.i32.gt_s(left.get(), this.i32(0)),
        this.m.loop(loopLabel, this.m.block(null, [...body, left.set(this.m.i32.sub(left.get(), this.i32(1))), this.m.br_if(loopLabel, left.get())])),
      ),
    ]);
  }

  /** Adds the function (no results unless given) and exports it under its name. */
  finish(body: readonly Expr[], results: binaryen.Type = binaryen.none): void {
    this.m.addFunction(this.name, binaryen.createType(this.params), results, this.vars, this.m.block(null, body));
    this.m.addFunctionExport(this.name, this.name);
  }

  private define(name: string, index: number, type: binaryen.Type): Local {
    const m = this.m;
    const local: Local = { index, type, get: () => m.local.get(index, type), set: (value) => m.local.set(index, value) };
    this.locals.set(name, local);
    return local;
  }
}
