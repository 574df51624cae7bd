/**
 * The one catalog of user-facing diagnostics. Every message flowc shows to a user is written here and
 * nowhere else; phases refer to entries by name (`Messages.UnknownName`). Codes are unique (a test checks)
 * and grouped by phase: 1xxx syntax, 2xxx names, 3xxx shapes and values, 4xxx symmetry, 5xxx backends,
 * 6xxx command line and files. Templates use `{placeholder}` fields filled by `formatMessage`.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface MessageSpec {
  readonly code: string;
  readonly severity: Severity;
  readonly template: string;
}

function m(code: number, severity: Severity, template: string): MessageSpec {
  return { code: `FLOW${code}`, severity, template };
}

export const Messages = {
  // 1xxx — lexing and parsing
  UnexpectedCharacter: m(1001, 'error', "unexpected character '{char}'"),
  UnterminatedString: m(1002, 'error', 'unterminated string: add the closing "'),
  ExpectedToken: m(1101, 'error', 'expected {expected} but found {found}'),
  NoViableAlternative: m(1102, 'error', 'expected {expected} but found {found}'),
  ExpectedOneOrMore: m(1103, 'error', 'expected at least one {expected} but found {found}'),
  UnexpectedAfterEnd: m(1104, 'error', "unexpected {found}: a file holds imports, 'let', 'def' and one 'flow' block"),
  BadCouplingSide: m(1201, 'error', "expected 'x' or 'a' in a coupling, found '{found}'"),
  SameCouplingSides: m(1202, 'error', "'couple {side} | {side}' transforms a half given itself: write 'couple x | a' or 'couple a | x'"),
  MisspeltKeyword: m(1106, 'error', "unknown statement '{found}': did you mean '{keyword}'?"),
  NestedTooDeeply: m(1105, 'error', "nested too deeply (more than {limit} levels): name the inner parts with 'let' or 'def'"),
  NumberNotFinite: m(1203, 'error', "number '{text}' is too large to represent"),

  // 2xxx — names, scopes and vocabulary
  UnknownName: m(2001, 'error', "unknown name '{name}'{hint}"),
  DuplicateDefinition: m(2002, 'error', "'{name}' is already defined in this scope"),
  UnknownModule: m(2003, 'error', "unknown module '{name}'{hint}"),
  UnknownImport: m(2004, 'error', "module '{module}' has no definition '{name}'{hint}"),
  UnknownProjection: m(2005, 'error', "unknown projection '{name}'{hint}"),
  UnknownTransform: m(2006, 'error', "unknown inner transform '{name}'{hint}"),
  UnknownConditioner: m(2007, 'error', "unknown conditioner '{name}'{hint}"),
  UnknownBase: m(2008, 'error', "unknown base distribution '{name}'{hint}"),
  UnknownTarget: m(2009, 'error', "unknown target '{name}'{hint}"),
  UnknownOption: m(2010, 'error', "unknown option '{name}' for {owner}{hint}"),
  DuplicateOption: m(2011, 'error', "option '{name}' is given twice"),
  DuplicateStatement: m(2012, 'error', "a flow has one '{keyword}' statement; this one repeats it"),
  MissingStatement: m(2013, 'error', "flow '{flow}' has no '{keyword}' statement: {fix}"),
  UnknownGroup: m(2014, 'error', "unknown group '{name}'{hint}; the groups are T, SO, O, SE, E (with the dimension) and S (with n or 'types')"),
  RecursiveDefinition: m(2015, 'error', "'{name}' uses itself: definitions cannot be recursive"),
  WrongKindOfName: m(2016, 'error', "'{name}' is {actual}, but {expected} is needed here"),
  MultipleFlows: m(2018, 'error', "a file describes one flow; '{name}' is a second one"),
  UnknownChoice: m(2020, 'error', "'{value}' is not a valid {owner}: expected {choices}{hint}"),
  ImportCycle: m(2021, 'error', "import cycle: {chain}"),
  CannotReadImport: m(2022, 'error', "cannot read imported file '{path}': {reason}"),
  NoFlow: m(2023, 'error', "this file has no 'flow' block: {command} needs one"),
  ErrorsInImport: m(2024, 'error', "imported module '{name}' has errors"),
  ChainTooLong: m(2025, 'error', "'{name}' goes through more than {limit} nested {what}: shorten the chain"),
  UnusedImport: m(2026, 'warning', "'{name}' is imported but never used: remove it"),
  UnusedDefinition: m(2027, 'warning', "{keyword} '{name}' is defined but never used: remove it"),

  // 3xxx — values, shapes and degrees of freedom
  WrongValueType: m(3001, 'error', "{owner} expects {expected}, got {actual}"),
  OutOfRange: m(3002, 'error', '{owner} must be {constraint}, got {actual}'),
  EvenAugmentation: m(3003, 'error', 'augment copies must be odd (got {copies}): the couplings split x and the A augmented copies into two halves of (A+1)/2 channels'),
  UnsupportedDimension: m(3004, 'error', 'dim must be 2 or 3, got {dim}'),
  TooFewParticles: m(3005, 'error', 'a particle system needs at least 2 particles, got {n}'),
  TypesLengthMismatch: m(3006, 'error', 'types lists {count} particle types but the system has {n} particles'),
  ProjectionNeedsVectors: m(3007, 'error', "projection '{projection}' needs {needed} reference vector(s) per inner transform, but conditioner '{conditioner}' outputs no vectors{hint}"),
  VectorCountMismatch: m(3008, 'error', "conditioner declares vectors {given}, but projection '{projection}' needs {needed} ({detail})"),
  InvalidRange: m(3009, 'error', '{owner}: the lower end {lo} must be below the upper end {hi}'),
  MinBinTooLarge: m(3010, 'error', '{owner}: bins × min_bin = {product} must be below 1'),
  GroupDimensionMismatch: m(3011, 'error', '{group} acts in {groupDim} dimensions but the system has dim {dim}'),
  PermutationSizeMismatch: m(3012, 'error', 'S({given}) permutes {given} particles but the system has {n}: write S({n})'),
  EmptyFlow: m(3013, 'error', "flow '{flow}' has no layers: add 'couple' layers or 'use' a preset"),
  TransformDoesNotFit: m(3020, 'error', "transform '{transform}' cannot be used with projection '{projection}': {reason}"),
  OptionNotForProjection: m(3021, 'error', "option '{option}' of {owner} does not apply with projection '{projection}': {fix}"),
  NoSymmetryClaim: m(3022, 'warning', "flow '{flow}' claims no symmetry; the checker proves {proven}: add 'symmetry {proven}'"),
  DataFileNotFound: m(3023, 'warning', "data file '{path}' not found (resolved to {resolved})"),
  EpochsAndSteps: m(3024, 'error', "give either 'epochs' or 'steps', not both"),
  AuxLossIn2D: m(3025, 'warning', 'aux_loss has no effect in 2D: the barrier loss is defined on 3D frames only (method §5.1)'),
  ReflectionInvariantIn2D: m(3026, 'error', "option 'reflection_invariant' of projection spherical exists only in 3D"),
  EmptyList: m(3027, 'error', '{owner} needs at least one entry'),
  ScalingWithoutAugment: m(3028, 'info', 'scaling block: the centre-of-mass scaling acts on the augmented copies only'),
  DegenerateFrame: m(3029, 'error', "projection '{projection}' builds a 3D frame from two independent directions, but with {n} particles and {channels} conditioning channel(s) every reference vector is parallel to x₁ − x₂: the frame is degenerate"),

  // 4xxx — symmetry proof
  ClaimNotProven: m(4001, 'error', 'claim {claim} includes {generator}, but {layer} {breaks} it: {reason}'),
  PermutationOfTypedParticles: m(4002, 'error', 'claim {claim} permutes all particles, but the system has {distinct} distinct particle types and the conditioners read them: permutations that swap different types are not symmetries'),
  ClaimWeakerThanProven: m(4003, 'info', 'the flow is also proven {extra}-equivariant; the claim {claim} does not state it'),
  RedundantGroupFactor: m(4004, 'warning', "group factor {factor} is already implied by the rest of the claim"),
} as const satisfies Record<string, MessageSpec>;

export type MessageName = keyof typeof Messages;

/** Fills `{field}` placeholders; a missing field is a compiler bug, so it shows as `{field?}` rather than vanishing. */
export function formatMessage(template: string, args: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = args[key];
    return value === undefined ? `{${key}?}` : String(value);
  });
}
