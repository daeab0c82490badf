// The benchmark's stages run in child processes with the V8 flags the product's own processes get,
// so that they measure the process the product runs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRODUCT_NODE_FLAGS, runJsonChild } from '../../bench/child.js';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
  .scripts;
const dockerCommand = /^CMD (.*)$/m.exec(readFileSync('Dockerfile', 'utf8'))![1];

describe("the product's Node flags", () => {
  it('are those of npm start, npm run seed and the Docker image', () => {
    expect(PRODUCT_NODE_FLAGS).toEqual(['--max-semi-space-size=64']);
    for (const flag of PRODUCT_NODE_FLAGS) {
      expect(scripts.start.split(' ')).toContain(flag);
      expect(scripts.seed.split(' ')).toContain(flag);
      expect(JSON.parse(dockerCommand) as string[]).toContain(flag);
    }
  });

  it('are given to every stage child', async () => {
    const execArgv = await runJsonChild<string[]>('flags', (_dir, out) => [
      '-e',
      `require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(process.execArgv))`,
    ]);
    expect(execArgv.slice(0, PRODUCT_NODE_FLAGS.length)).toEqual([...PRODUCT_NODE_FLAGS]);
  });
});
