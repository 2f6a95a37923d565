// Validates a Teams app manifest with Microsoft's @microsoft/app-manifest (bundled schemas, offline) and every
// Adaptive Card JSON file in a directory with Microsoft's adaptivecards library (parse + validateProperties).
// Usage: node validate.mjs <manifest.json with real values, or - for none> <directory of card .json files>
// Exit code 0 when everything is valid; the problems are printed otherwise.
import { createRequire } from "node:module";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";

const require = createRequire(import.meta.url);
// The package's ESM build imports extension-less paths that Node cannot resolve; its UMD bundle works in Node.
const AC = require("adaptivecards/dist/adaptivecards.js");
const { AppManifestUtils } = require("@microsoft/app-manifest");

const [manifestPath, cardsDir] = process.argv.slice(2);
if (!manifestPath || !cardsDir) {
  console.error("usage: node validate.mjs <manifest.json | -> <cards directory>");
  process.exit(2);
}

const problems = [];

// --- Manifest ("-" validates the cards alone) ---------------------------------------------
if (manifestPath !== "-") {
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  const failures = await AppManifestUtils.validateAgainstSchema(manifest);
  for (const failure of failures) problems.push(`manifest: ${failure}`);
  for (const [name, size] of [[manifest.icons.color, 192], [manifest.icons.outline, 32]]) {
    const png = readFileSync(join(dirname(manifestPath), name));
    const width = png.readUInt32BE(16), height = png.readUInt32BE(20), colorType = png[25];
    if (png.toString("ascii", 1, 4) !== "PNG") problems.push(`${name}: not a PNG`);
    if (width !== size || height !== size) problems.push(`${name}: ${width}x${height}, expected ${size}x${size}`);
    if (name === manifest.icons.outline && colorType !== 6) problems.push(`${name}: needs an alpha channel (transparent background)`);
  }
  console.log(`manifest ${manifest.manifestVersion}: ${failures.length} schema failure(s)`);
}

// --- Cards ----------------------------------------------------------------------------------
const files = readdirSync(cardsDir).filter((f) => f.endsWith(".json")).sort();
if (files.length === 0) problems.push(`no card files in ${cardsDir}`);
for (const file of files) {
  const json = JSON.parse(readFileSync(join(cardsDir, file), "utf8"));
  if (json.type !== "AdaptiveCard") problems.push(`${file}: type is ${json.type}`);
  if (!(parseFloat(json.version) <= 1.5)) problems.push(`${file}: version ${json.version} is above 1.5, which Teams does not render`);
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    problems.push(`${file}: parse: ${context.getEventAt(i).message}`);
  }
  for (const event of card.validateProperties().validationEvents) {
    problems.push(`${file}: validate: ${event.message}`);
  }
}
console.log(`cards: ${files.length} validated with adaptivecards ${require("adaptivecards/package.json").version}`);

for (const problem of problems) console.error(problem);
process.exit(problems.length === 0 ? 0 : 1);
