#!/usr/bin/env node
// Tests mirror src/ file by file: for src/x/y.ts there is test/x/y.test.ts, y.e2e.test.ts or
// y.browser.test.ts. A module that holds only types (interfaces, type aliases, type-only imports and
// exports) and constant data (literals) has nothing to run and needs none. Part of `npm run lint`: exits 1 and names each module
// with code but without a test file of its name.
//   node scripts/check-test-mirror.mjs [SRC_DIR] [TEST_DIR]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ts = createRequire(import.meta.url)('typescript');
const srcDir = resolve(process.argv[2] ?? join(root, 'src'));
const testDir = resolve(process.argv[3] ?? join(root, 'test'));

/** The kinds of test file that count as a module's own test. */
const SUFFIXES = ['.test.ts', '.e2e.test.ts', '.browser.test.ts'];

/** Every .ts file under dir (declaration files left out), as paths relative to dir with '/'. */
function modules(dir) {
  const found = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) {
        found.push(relative(dir, path).split(sep).join('/'));
      }
    }
  };
  walk(dir);
  return found;
}

/** True when a statement leaves nothing in the compiled JavaScript. */
function typeOnly(statement) {
  const k = ts.SyntaxKind;
  switch (statement.kind) {
    case k.InterfaceDeclaration:
    case k.TypeAliasDeclaration:
      return true;
    case k.ImportDeclaration: {
      const clause = statement.importClause;
      return clause !== undefined && (clause.isTypeOnly || (clause.name === undefined && isTypeOnlyBindings(clause.namedBindings)));
    }
    case k.ExportDeclaration:
      return statement.isTypeOnly || isTypeOnlyBindings(statement.exportClause);
    case k.VariableStatement:
      // `export const LIMIT = 3000;`: data, nothing to run.
      return (
        (ts.getCombinedModifierFlags(statement) & ts.ModifierFlags.Ambient) !== 0 ||
        ((statement.declarationList.flags & ts.NodeFlags.Const) !== 0 &&
          statement.declarationList.declarations.every((d) => d.initializer !== undefined && isLiteral(d.initializer)))
      );
    default:
      return (ts.getCombinedModifierFlags(statement) & ts.ModifierFlags.Ambient) !== 0;
  }
}

/** A literal, or an object or array of literals (`as const` allowed). */
function isLiteral(node) {
  const k = ts.SyntaxKind;
  switch (node.kind) {
    case k.NumericLiteral:
    case k.StringLiteral:
    case k.NoSubstitutionTemplateLiteral:
    case k.TrueKeyword:
    case k.FalseKeyword:
    case k.NullKeyword:
      return true;
    case k.PrefixUnaryExpression:
      return node.operator === k.MinusToken && node.operand.kind === k.NumericLiteral;
    case k.AsExpression:
    case k.SatisfiesExpression:
    case k.ParenthesizedExpression:
      return isLiteral(node.expression);
    case k.ArrayLiteralExpression:
      return node.elements.every(isLiteral);
    case k.ObjectLiteralExpression:
      return node.properties.every((p) => ts.isPropertyAssignment(p) && isLiteral(p.initializer));
    default:
      return false;
  }
}

/** `{ type A, type B }`: every name imported or exported is a type. */
const isTypeOnlyBindings = (bindings) =>
  bindings !== undefined && 'elements' in bindings && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);

function holdsOnlyTypes(path) {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, false);
  return source.statements.every(typeOnly);
}

const all = modules(srcDir);
const typesOnly = []; // types and constant data only
const missing = [];
for (const module of all) {
  const stem = module.slice(0, -'.ts'.length);
  if (SUFFIXES.some((suffix) => existsSync(join(testDir, stem + suffix)))) continue;
  if (holdsOnlyTypes(join(srcDir, module))) typesOnly.push(module);
  else missing.push(module);
}

const tested = all.length - missing.length - typesOnly.length;
process.stdout.write(
  `check-test-mirror: ${tested} of ${all.length - typesOnly.length} modules with code have a test file of their name; ${typesOnly.length} hold only types and constants (${typesOnly.join(', ')}).\n`,
);
if (missing.length > 0) {
  process.stderr.write(
    `check-test-mirror: ${missing.length} module(s) without a test file of their name; add test/<path>.test.ts for each:\n${missing.map((m) => `  src/${m}`).join('\n')}\n`,
  );
  process.exit(1);
}
