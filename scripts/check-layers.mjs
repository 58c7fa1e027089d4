#!/usr/bin/env node
// Fails when a module in src/ imports across a layer boundary that
// docs/architecture.md does not allow. Run by `npm run lint` (so by `npm test`):
//   node scripts/check-layers.mjs [SRC_DIR]
// It reads import, export … from, import() and require() of every .ts file,
// type-only imports included: a type pulls its module's layer in as well.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Each module's layer, by its path under src/ without the extension; the first match wins. */
const LAYERS = [
  ['entry', (p) => p === 'index' || p === 'cli' || p.startsWith('app/') || p.startsWith('cli/')],
  ['adapter', (p) => /^(slack|teams|webchat|local|workbench)\//.test(p)],
  ['platform', (p) => p.startsWith('platform/')],
  ['http', (p) => p.startsWith('http/')],
  ['config', (p) => p.startsWith('config/')],
  ['render', (p) => /^compile\/(render-[^/]+|docx-chart)$/.test(p)],
  ['domain', (p) => /^(core|program|plan|replies|schedule|compile|store)\//.test(p)],
  ['base', (p) => /^(clock|errors|logger|report-error)$/.test(p) || /^(i18n|validation)\//.test(p)],
];

/** Which layers a layer may import (its own included). */
const ALLOWED = {
  base: ['base'],
  domain: ['base', 'domain'],
  render: ['base', 'domain', 'render'],
  config: ['base', 'domain', 'config'],
  http: ['base', 'http'],
  platform: ['base', 'domain', 'config', 'http', 'platform'],
  adapter: ['base', 'domain', 'render', 'config', 'http', 'platform', 'adapter'],
  entry: ['base', 'domain', 'render', 'config', 'http', 'platform', 'adapter', 'entry'],
};

/** Packages that speak to a chat platform, over HTTP, or write a file format: never in base or domain. */
const OUTER_PACKAGES = /^(@slack\/|botbuilder|@microsoft\/|node:https?$|https?$|docx$)/;

const folder = (p) => p.split('/')[0];

/** Rules beyond the layers' order, each with why. Returns a reason, or null when allowed. */
function extraRule(from, to) {
  if (from.layer === 'adapter' && to.layer === 'adapter' && folder(from.path) !== folder(to.path)) {
    // The web chat is the local trial's page: it shows what the local port delivers, as the very cards Teams would.
    if (folder(from.path) === 'webchat' && (folder(to.path) === 'local' || to.path.startsWith('teams/cards/'))) return null;
    return 'a platform adapter imports another platform adapter';
  }
  if (from.path === 'index' && to.path.startsWith('cli/')) return 'the bot imports the CLI';
  if (from.path.startsWith('cli/') && to.path.startsWith('app/')) return 'the CLI imports the bot';
  if (from.layer === 'entry' && to.layer === 'entry' && folder(from.path) !== folder(to.path) && !['index', 'cli'].includes(from.path)) {
    return 'one entry point imports another';
  }
  return null;
}

function layerOf(path) {
  for (const [name, test] of LAYERS) if (test(path)) return name;
  return undefined;
}

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

const IMPORTS = [
  /(?:^|[\s;}])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
];

function specifiers(text) {
  // Comments go first, so an example in a doc comment is not taken for an import.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const found = [];
  for (const pattern of IMPORTS) for (const m of code.matchAll(pattern)) found.push(m[1]);
  return found;
}

/** The module path under src/ (no extension) a relative specifier names. */
function target(srcDir, file, spec) {
  const abs = resolve(dirname(file), spec).replace(/\.(js|ts|mjs)$/, '');
  const asDir = existsSync(abs) && statSync(abs).isDirectory();
  return relative(srcDir, asDir ? join(abs, 'index') : abs).split(sep).join('/');
}

/** Every import in `srcDir` that breaks a rule: `file: imports 'spec' (reason)`. */
export function checkLayers(srcDir) {
  const problems = [];
  for (const file of sourceFiles(srcDir)) {
    const path = relative(srcDir, file).split(sep).join('/').replace(/\.ts$/, '');
    const layer = layerOf(path);
    const shown = `src/${path}.ts`;
    if (!layer) {
      problems.push(`${shown}: in no layer; add its folder to scripts/check-layers.mjs and docs/architecture.md`);
      continue;
    }
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) {
        if ((layer === 'base' || layer === 'domain') && OUTER_PACKAGES.test(spec)) {
          problems.push(`${shown}: imports '${spec}' (${layer} must not use a platform, HTTP or a file format)`);
        }
        if (spec === 'docx' && layer !== 'render') problems.push(`${shown}: imports 'docx' (only compile/render-* write Word files)`);
        continue;
      }
      const to = target(srcDir, file, spec);
      if (to.startsWith('..')) continue;
      const toLayer = layerOf(to);
      if (!toLayer) continue; // reported as its own file
      if (!ALLOWED[layer].includes(toLayer)) {
        problems.push(`${shown}: imports '${spec}' (${layer} may not import ${toLayer})`);
        continue;
      }
      const reason = extraRule({ path, layer }, { path: to, layer: toLayer });
      if (reason) problems.push(`${shown}: imports '${spec}' (${reason})`);
    }
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const srcDir = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'src'));
  const problems = checkLayers(srcDir);
  for (const p of problems) console.error(p);
  if (problems.length > 0) {
    console.error(`\n${problems.length} import(s) break the layers; see docs/architecture.md.`);
    process.exitCode = 1;
  }
}
