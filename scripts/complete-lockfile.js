#!/usr/bin/env node
// The registry this project is built against serves only the Linux builds of msgpackr-extract
// (an optional native speed-up of BullMQ's msgpackr). `npm install` then leaves the other
// platforms out of package-lock.json and `npm ci` refuses the lock as out of sync. This adds the
// platform-gated entries back; npm skips them on platforms they do not match.
// Run after every `npm install` that rewrites the lock: `npm run lock:complete`.
const fs = require('node:fs');
const path = require('node:path');

const file = path.join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const parent = lock.packages['node_modules/msgpackr-extract'];
if (!parent) process.exit(0);

let added = 0;
for (const [name, version] of Object.entries(parent.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const [os, cpu] = name.replace('@msgpackr-extract/msgpackr-extract-', '').split('-');
  lock.packages[key] = { version, cpu: [cpu], license: 'MIT', optional: true, os: [os] };
  added++;
}
const keys = Object.keys(lock.packages).sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)));
lock.packages = Object.fromEntries(keys.map((key) => [key, lock.packages[key]]));
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added ? `Added ${added} platform entries to package-lock.json.` : 'package-lock.json is complete.');
