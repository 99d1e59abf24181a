// Writes the expected verdict of every edit in ../resources/drift/edits.json, for DriftTableTest.
//
// The verdicts come from tools nobody in this project wrote:
//   - graphql-js `validate`: an operation (with the fragments it spreads, `separateOperations`)
//     valid against the old schema and invalid against the new one makes the edit FAIL;
//   - graphql-inspector `diff(old, new)`: each change's criticality (BREAKING, DANGEROUS,
//     NON_BREAKING). A reached BREAKING change makes the edit FAIL, a reached DANGEROUS one WARN.
// "Reached" is read from graphql-inspector's `coverage` (fields and arguments the documents hit)
// and graphql-js's TypeInfo (types read as output, input types reached through variables and
// arguments, enum literals, type conditions); see reached() below.
//
// Usage: npm ci && node judge.mjs [path/to/schema.full.graphql]   (default: ../shared/optix beside
// the repository, as the Maven build finds it)
import { readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { join, dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildSchema, parse, validate, separateOperations, visit, visitWithTypeInfo, TypeInfo,
  getNamedType, isInputObjectType, typeFromAST, Kind, Source, concatAST,
} from "graphql";
import { diff, coverage, CriticalityLevel } from "@graphql-inspector/core";

const here = dirname(fileURLToPath(import.meta.url));
const drift = join(here, "..", "resources", "drift");
const schemaFile = process.argv[2] ?? join(here, "..", "..", "..", "..", "..", "shared", "optix", "schema.full.graphql");

/** The edit language of edits.json ("about" there says what each key means). */
export function applyEdit(sdl, steps) {
  let text = sdl;
  for (const step of steps) {
    if (step.append !== undefined) {
      text = text + step.append;
      continue;
    }
    let from = 0;
    let to = text.length;
    if (step.in !== undefined) {
      from = uniqueIndex(text, 0, text.length, step.in + "\n", step.in, true);
      const close = text.indexOf("\n}\n", from);
      if (close < 0) throw new Error(`block '${step.in}' has no end`);
      to = close + 1;
    }
    let at;
    if (step.after !== undefined) {
      from = uniqueIndex(text, from, to, step.after, step.after, false) + step.after.length;
      at = text.indexOf(step.replace, from);
      if (at < 0 || at + step.replace.length > to) throw new Error(`'${step.replace}' not found after '${step.after}'`);
    } else {
      at = uniqueIndex(text, from, to, step.replace, step.replace, false);
    }
    text = text.slice(0, at) + step.with + text.slice(at + step.replace.length);
  }
  return text;
}

function uniqueIndex(text, from, to, needle, name, lineStart) {
  const hits = [];
  for (let i = text.indexOf(needle, from); i >= 0 && i + needle.length <= to; i = text.indexOf(needle, i + 1)) {
    if (!lineStart || i === 0 || text[i - 1] === "\n") hits.push(i);
  }
  if (hits.length !== 1) throw new Error(`'${name}' occurs ${hits.length} times, not once`);
  return hits[0];
}

function graphqlFiles(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? graphqlFiles(path) : name.endsWith(".graphql") ? [path] : [];
  });
}

/** What the operations reach in `schema`, beyond the fields and arguments coverage counts. */
function reach(schema, document) {
  const typeInfo = new TypeInfo(schema);
  const outputTypes = new Set();
  const inputTypes = new Set();
  const variableInputTypes = new Set();
  const enumLiterals = new Set();
  const closeInputs = (type, into) => {
    const named = getNamedType(type);
    if (!named || into.has(named.name)) return;
    into.add(named.name);
    if (isInputObjectType(named)) for (const f of Object.values(named.getFields())) closeInputs(f.type, into);
  };
  visit(document, visitWithTypeInfo(typeInfo, {
    Field() { const t = typeInfo.getType(); if (t) outputTypes.add(getNamedType(t).name); },
    InlineFragment(node) { if (node.typeCondition) outputTypes.add(node.typeCondition.name.value); },
    FragmentDefinition(node) { outputTypes.add(node.typeCondition.name.value); },
    Argument() { const a = typeInfo.getArgument(); if (a) closeInputs(a.type, inputTypes); },
    VariableDefinition(node) {
      const t = typeFromAST(schema, node.type);
      closeInputs(t, inputTypes);
      closeInputs(t, variableInputTypes);
    },
    EnumValue(node) { const t = typeInfo.getInputType(); if (t) enumLiterals.add(getNamedType(t).name + "." + node.value); },
  }));
  return { outputTypes, inputTypes, variableInputTypes, enumLiterals };
}

function reached(change, hits, uses) {
  const [type, member, arg] = change.path ? change.path.split(".") : [];
  const field = hits.types[type]?.children[member];
  switch (change.type) {
    case "FIELD_ARGUMENT_ADDED":
    case "FIELD_ARGUMENT_DEFAULT_CHANGED":
      return (field?.hits ?? 0) > 0;
    case "FIELD_ARGUMENT_REMOVED":
    case "FIELD_ARGUMENT_TYPE_CHANGED":
      return (field?.children[arg]?.hits ?? 0) > 0;
    case "ENUM_VALUE_ADDED":
      return uses.outputTypes.has(type);
    case "ENUM_VALUE_REMOVED":
      return uses.enumLiterals.has(type + "." + member) || uses.variableInputTypes.has(type);
    case "UNION_MEMBER_ADDED":
    case "UNION_MEMBER_REMOVED":
      return uses.outputTypes.has(type);
    case "OBJECT_TYPE_INTERFACE_ADDED":
    case "OBJECT_TYPE_INTERFACE_REMOVED":
      return uses.outputTypes.has(change.meta.addedInterfaceName ?? change.meta.removedInterfaceName);
    case "INPUT_FIELD_ADDED":
    case "INPUT_FIELD_REMOVED":
    case "INPUT_FIELD_TYPE_CHANGED":
    case "INPUT_FIELD_DEFAULT_VALUE_CHANGED":
      return uses.inputTypes.has(type);
    default:
      if (member !== undefined && hits.types[type]) return (field?.hits ?? 0) > 0;
      return uses.outputTypes.has(type) || uses.inputTypes.has(type);
  }
}

const sdl = readFileSync(schemaFile, "utf8");
const oldSchema = buildSchema(sdl);
const root = join(drift, "graphql");
const sources = graphqlFiles(root).map((f) => new Source(readFileSync(f, "utf8"), relative(root, f)));
const all = concatAST(sources.map((s) => parse(s)));
const operations = separateOperations(all);
const names = Object.keys(operations).sort();
for (const name of names) {
  const errors = validate(oldSchema, operations[name]);
  if (errors.length) throw new Error(`${name} is invalid against the real schema: ${errors[0].message}`);
}
const hits = coverage(oldSchema, sources);
const uses = reach(oldSchema, all);

const { edits } = JSON.parse(readFileSync(join(drift, "edits.json"), "utf8"));
const rows = [];
for (const edit of edits) {
  const newSchema = buildSchema(applyEdit(sdl, edit.steps));
  const reasons = [];
  let verdict = "PASS";
  for (const name of names) {
    const errors = validate(newSchema, operations[name]);
    if (errors.length) {
      verdict = "FAIL";
      reasons.push(`graphql-js: ${name} invalid: ${errors[0].message}`);
    }
  }
  const changes = await diff(oldSchema, newSchema);
  for (const change of changes) {
    const level = change.criticality.level;
    if (level === CriticalityLevel.NonBreaking || !reached(change, hits, uses)) continue;
    if (level === CriticalityLevel.Breaking) verdict = "FAIL";
    else if (verdict === "PASS") verdict = "WARN";
    reasons.push(`graphql-inspector: ${level} ${change.type} ${change.path} (reached)`);
  }
  if (reasons.length === 0) {
    reasons.push("graphql-inspector: " + (changes.map((c) => `${c.criticality.level} ${c.type} ${c.path}`).join(", ") || "no change") + " (no breaking or dangerous change reached)");
  }
  rows.push([edit.id, verdict, reasons.join("; ")].join("\t"));
}
const header = [
  "# Judged by node src/test/judge/judge.mjs (graphql " + (await import("graphql")).version +
    ", @graphql-inspector/core " + JSON.parse(readFileSync(join(here, "node_modules", "@graphql-inspector", "core", "package.json"), "utf8")).version + ")",
  `# ${edits.length} edits of schema.full.graphql, ${names.length} operations: ${names.join(" ")}`,
  "# id\tverdict\twhy",
];
writeFileSync(join(drift, "judged.tsv"), header.concat(rows).join("\n") + "\n");
console.log(header.concat(rows).join("\n"));
