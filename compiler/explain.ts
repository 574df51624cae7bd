/**
 * `flowc explain`: the certificate (proven group, with the reason each layer keeps each generator),
 * the degrees of freedom, and the parameter count per layer. Pure: builds text or JSON from a checked
 * result, prints nothing itself.
 */
import type { FlowModel } from './bind/model.js';
import type { Certificate } from './check/symmetry/certificate.js';
import { generatorNames } from './check/symmetry/certificate.js';
import { allGenerators, type Generator } from './check/symmetry/rep.js';
import { layerParameters } from '../stdlib/params.js';

export interface Explanation {
  readonly flow: string;
  readonly system: { n: number; dim: number; augmentedCopies: number; augmentScale: number; types: readonly string[] | undefined };
  readonly degreesOfFreedom: { x: number; augmented: number; total: number };
  readonly claim: string | undefined;
  readonly proven: string;
  readonly generators: readonly Generator[];
  readonly base: string;
  readonly layers: readonly {
    label: string;
    line: number | undefined;
    occurrences: number;
    parametersEach: number;
    parameterParts: readonly { name: string; count: number }[];
    kept: Readonly<Record<string, string>>;
    broken: Readonly<Record<string, string>>;
  }[];
  readonly totalLayers: number;
  readonly totalParameters: number;
}

export function explain(model: FlowModel, certificate: Certificate, lineOf: (offset: number) => number | undefined): Explanation {
  const n = model.system?.n ?? 0;
  const dim = model.system?.dim ?? 3;
  const A = model.augment.copies;
  const layers = certificate.layers.map((layer) => {
    const facts = model.distinctLayers.find((f) => f.node.span === layer.span)!;
    const parts = layerParameters(facts, model);
    return {
      label: layer.label,
      line: layer.span.file === model.file ? lineOf(layer.span.start) : undefined,
      occurrences: layer.occurrences,
      parametersEach: parts.reduce((s, p) => s + p.count, 0),
      parameterParts: parts,
      kept: Object.fromEntries(layer.kept),
      broken: Object.fromEntries(layer.broken),
    };
  });
  return {
    flow: model.name,
    system: { n, dim, augmentedCopies: A, augmentScale: model.augment.scale, types: model.system?.types },
    degreesOfFreedom: { x: (n - 1) * dim, augmented: n * dim * A, total: (n - 1) * dim + n * dim * A },
    claim: certificate.claim?.text,
    proven: certificate.group,
    generators: allGenerators.filter((g) => certificate.proven.has(g)),
    base: certificate.base,
    layers,
    totalLayers: model.layers.length,
    totalParameters: layers.reduce((s, l) => s + l.parametersEach * l.occurrences, 0),
  };
}

const fmtInt = (v: number) => v.toLocaleString('en-US');

export function explanationText(e: Explanation): string {
  const out: string[] = [];
  out.push(`flow ${e.flow}`);
  out.push(`  system     ${e.system.n} particles in ${e.system.dim}D${e.system.types ? `, ${new Set(e.system.types).size} particle types` : ''}; ${e.system.augmentedCopies} augmented cop${e.system.augmentedCopies === 1 ? 'y' : 'ies'} (η = ${e.system.augmentScale})`);
  out.push(`  dof        x: (n−1)·d = ${e.degreesOfFreedom.x} (zero-CoM subspace); a: n·d·A = ${e.degreesOfFreedom.augmented}; total ${e.degreesOfFreedom.total}`);
  out.push('             x stays on the zero-CoM subspace: couplings of x re-centre on x, couplings of a leave x alone (method §3.1)');
  out.push(`  claim      ${e.claim ?? '(none)'}`);
  out.push(`  proven     ${e.proven}${e.claim !== undefined ? '  — the claim holds' : ''}`);
  out.push('');
  out.push('certificate');
  out.push(`  base: ${e.base}`);
  for (const layer of e.layers) {
    const where = layer.line === undefined ? '' : ` (line ${layer.line})`;
    out.push(`  ${layer.label}${where} ×${layer.occurrences}`);
    for (const g of allGenerators) {
      const kept = layer.kept[g];
      const broken = layer.broken[g];
      if (kept !== undefined) out.push(`    keeps  ${generatorNames[g]}: ${kept}`);
      if (broken !== undefined) out.push(`    breaks ${generatorNames[g]}: ${broken}`);
    }
  }
  out.push('');
  out.push('parameters');
  for (const layer of e.layers) {
    const parts = layer.parameterParts.map((p) => `${p.name} ${fmtInt(p.count)}`).join(' + ');
    out.push(`  ${layer.label}: ${fmtInt(layer.parametersEach)} each (${parts}) ×${layer.occurrences}`);
  }
  out.push(`  total: ${fmtInt(e.totalParameters)} in ${e.totalLayers} layers`);
  return out.join('\n');
}
