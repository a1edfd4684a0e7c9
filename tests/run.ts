/**
 * `npm test`: every check, as CI runs it, in the shortest time this 2-core machine allows.
 *
 * First, two lanes at once: the build and then `astro check` (one after the other: both write
 * Astro's generated types in .astro/), beside lint, the format check and the unit tests, which
 * need no build. Each step prints its output when it ends, with its time; the first to fail
 * stops the others and the run. Then the build and browser tests over the new dist/, as Vitest's
 * verbose reporter prints them, one line per test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

interface Step {
  name: string;
  command: string;
  args: string[];
}

const LANES: Step[][] = [
  [
    { name: 'build', command: process.execPath, args: ['src/hosting/build.ts'] },
    { name: 'astro check', command: bin('astro'), args: ['check'] },
  ],
  [
    { name: 'lint', command: bin('eslint'), args: ['.'] },
    { name: 'format check', command: bin('prettier'), args: ['--check', '.'] },
    { name: 'unit tests', command: bin('vitest'), args: ['run', '--project', 'unit'] },
  ],
];

const running = new Set<ChildProcess>();
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '1' };

/** Runs one step with its output held back, and prints it, with the time taken, when it ends. */
function run(step: Step): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(step.command, step.args, { cwd: ROOT, env });
    running.add(child);
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code, signal) => {
      running.delete(child);
      if (signal) return reject(new Error(`${step.name} stopped`));
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const mark = code === 0 ? '✓' : '✗';
      process.stdout.write(`\n${mark} ${step.name} (${seconds} s)\n${Buffer.concat(output)}`);
      if (code === 0) resolve();
      else reject(new Error(`${step.name} failed`));
    });
  });
}

async function lane(steps: Step[]): Promise<void> {
  for (const step of steps) await run(step);
}

try {
  console.log(`Running ${LANES.map((l) => l.map((s) => s.name).join(' → ')).join(', beside ')}`);
  await Promise.all(LANES.map(lane));
} catch (error) {
  for (const child of running) child.kill();
  console.error(`\n${(error as Error).message}: npm test stops here.`);
  process.exit(1);
}

const tests = spawn(bin('vitest'), ['run', '--project', 'build', '--project', 'browser'], {
  cwd: ROOT,
  env,
  stdio: 'inherit',
});
tests.on('close', (code) => process.exit(code ?? 1));
