#!/usr/bin/env node
// The installed package runs the compiled CLI (dist/). A source checkout (src/ present, tsx
// installed as a dev dependency) runs the TypeScript sources instead, so `npm start`, scripts and
// tests never pick up a stale build.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
let fromSource = false;
if (existsSync(source)) {
  try {
    const { register } = await import('tsx/esm/api');
    register();
    fromSource = true;
  } catch {
    // No dev dependencies: fall back to the build.
  }
}
await import(fromSource ? source.href : '../dist/cli/main.js');
