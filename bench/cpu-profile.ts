/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): where the process spent its time, by the
 * library or layer each sampled function belongs to, and the functions with the most self time.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The layer a function belongs to, from its script URL. */
function layerOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : 'native / V8 builtins';
  const lib = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (lib) {
    if (lib === 'graphql') return 'graphql-js';
    if (['graphql-yoga', '@envelop/core', '@whatwg-node/server', '@whatwg-node/node-fetch', '@whatwg-node/fetch', '@whatwg-node/promise-helpers', '@graphql-yoga/logger'].includes(lib)) return 'Yoga (envelop, whatwg-node)';
    if (lib.startsWith('@graphql-tools/') || lib === 'dataloader') return `${lib}`;
    return lib;
  }
  // The benchmark runs the build (dist/ mirrors src/) or, with BENCH_FROM_SOURCE=1, the sources.
  const ours = url.match(/\/(?:src|dist)\/(.*)$/)?.[1];
  if (ours?.startsWith('gateway/plan/')) return 'query plan (src/gateway/plan)';
  if (ours?.startsWith('gateway/')) return 'gateway (src/gateway, not plan)';
  if (ours?.startsWith('tenant/')) return 'tenant clients (src/tenant)';
  if (ours !== undefined && !url.includes('node_modules')) return 'other src/';
  if (url.startsWith('node:')) {
    if (/node:(_http|http|net|stream|internal\/streams|internal\/http)/.test(url) || url.includes('internal/http')) return 'node http/net/streams';
    return `node core (${url.replace(/^node:(internal\/)?/, '').split('/')[0]})`;
  }
  return url;
}

export function summariseCpuProfile(profile: CpuProfile, top = 15): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i += 1) selfMs.set(samples[i]!, (selfMs.get(samples[i]!) ?? 0) + (deltas[i] ?? 0) / 1000);
  let total = 0;
  let idle = 0;
  const layers = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idle += ms;
      continue;
    }
    total += ms;
    const layer = layerOf(url, functionName);
    layers.set(layer, (layers.get(layer) ?? 0) + ms);
    const key = `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(?:src|dist)\//, 'src/')}:${lineNumber + 1}` : ''}`;
    functions.set(key, (functions.get(key) ?? 0) + ms);
  }
  const lines = [`   busy ${(total / 1000).toFixed(1)} s, idle ${(idle / 1000).toFixed(1)} s; self time by layer:`];
  for (const [layer, ms] of [...layers].sort((a, b) => b[1] - a[1]).slice(0, 16)) lines.push(`     ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${layer}`);
  lines.push(`   top ${top} functions by self time:`);
  for (const [name, ms] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`     ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}`);
  return lines.join('\n');
}
