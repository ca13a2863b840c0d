#!/usr/bin/env node
// Lint .cypher files with Neo4j's own parser and semantic analysis
// (@neo4j-cypher/language-support, lintCypherQuery).
//
// usage: node scripts/lint_cypher.mjs [--schema FILE] [--strict] [PATH ...]
//   PATH     .cypher files or folders (searched recursively); default: cypher/
//   --schema JSON with labels, relationshipTypes and propertyKeys (default:
//            scripts/cypher-schema.json, written from graphgov/graph/schema.py)
//   --strict also fail on warnings (unknown property keys and the like)
//
// Parameters: a file's `// params:` header declares the $parameters its text may use
// (`name`, `name?`, `name:type`, `name?:type=default`, or `none`); any other $parameter is an
// error. Unknown labels and relationship types are errors too: the schema lists them all.
// Functions: only Neo4j's built-in ones (the package's recorded signatures, isBuiltIn) are
// declared, so a misspelt function or a plugin's (APOC, GDS: not on a plain server) is an error.
// Prints file:line:column: severity: message; exits 1 when anything fails, 2 on bad usage.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

function usage(message) {
  console.error(`lint_cypher: ${message}`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = { schema: join(here, 'cypher-schema.json'), strict: false, paths: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--schema') {
      if (i + 1 >= argv.length) usage('--schema needs a file');
      options.schema = argv[++i];
    } else if (arg === '--strict') options.strict = true;
    else if (arg === '-h' || arg === '--help') {
      console.log('usage: node scripts/lint_cypher.mjs [--schema FILE] [--strict] [PATH ...]');
      process.exit(0);
    } else if (arg.startsWith('-')) usage(`unknown option ${arg}`);
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) options.paths.push(join(root, 'cypher'));
  return options;
}

function cypherFiles(path) {
  let info;
  try {
    info = statSync(path);
  } catch {
    usage(`no such file or folder: ${path}`);
  }
  if (info.isFile()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = join(path, entry.name);
      if (entry.isDirectory()) return cypherFiles(full);
      return entry.name.endsWith('.cypher') ? [full] : [];
    });
}

// The `// params:` line of the leading comment block, as a map of declared names.
function declaredParameters(text) {
  const parameters = {};
  for (const line of text.split('\n')) {
    const stripped = line.trim();
    if (stripped === '') continue;
    if (!stripped.startsWith('//')) break;
    const match = /^\/\/\s*params\s*:(.*)$/.exec(stripped);
    if (!match) continue;
    for (const spec of match[1].split(',')) {
      const name = /^\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(spec);
      if (name && name[1] !== 'none') parameters[name[1]] = null;
    }
  }
  return parameters;
}

// Warnings the schema makes certain: every label and relationship type is declared there.
function isSchemaViolation(message) {
  return /^(Label|Relationship type) \S+ is not present in the database/.test(message);
}

// Built-in functions per Cypher version, from the signatures the package records.
function builtinFunctions(testData) {
  const recorded = testData?.mockSchema?.functions ?? {};
  const functions = {};
  for (const [version, registry] of Object.entries(recorded)) {
    functions[version] = Object.fromEntries(
      Object.entries(registry).filter(([, fn]) => fn.isBuiltIn === true),
    );
  }
  return functions;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  let lintCypherQuery;
  let testData;
  try {
    ({ lintCypherQuery, testData } = await import('@neo4j-cypher/language-support'));
  } catch (error) {
    usage('@neo4j-cypher/language-support is not installed (run: npm ci)');
  }
  let schema = {};
  try {
    schema = JSON.parse(readFileSync(options.schema, 'utf8'));
  } catch (error) {
    usage(`cannot read schema ${options.schema}: ${error.message}`);
  }
  const functions = builtinFunctions(testData);
  if (Object.keys(functions).length > 0) schema = { ...schema, functions };
  const files = options.paths.flatMap(cypherFiles);
  let failures = 0;
  let warnings = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const dbSchema = { ...schema, parameters: declaredParameters(text) };
    const { diagnostics } = lintCypherQuery(text, dbSchema);
    for (const d of diagnostics) {
      // LSP severities: 1 error, 2 warning.
      const fails = d.severity === 1 || isSchemaViolation(d.message) || options.strict;
      const kind = d.severity === 1 ? 'error' : 'warning';
      const where = `${relative(process.cwd(), file)}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      console.log(`${where}: ${kind}: ${d.message.split('\n')[0]}`);
      if (fails) failures += 1;
      else warnings += 1;
    }
  }
  console.error(`lint_cypher: ${files.length} files, ${failures} problems, ${warnings} warnings`);
  process.exit(failures > 0 ? 1 : 0);
}

main();
