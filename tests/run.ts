/**
 * `npm test`: the static checks (types, lint, format) side by side, since they read only the
 * sources and each keeps one core busy at most; then the build; then every Vitest project. A
 * check's output is printed whole when it ends, under its name, so that two never interleave.
 * The first failure stops the run with its exit code.
 */
import { spawn } from 'node:child_process';

/** Runs `npm run <script>`; resolves to its exit code and everything it printed. */
function run(script: string, quiet: boolean): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const STATIC_CHECKS = ['check', 'lint', 'format:check'];

const checks = await Promise.all(
  STATIC_CHECKS.map(async (script) => {
    const started = Date.now();
    const result = await run(script, true);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `\n> npm run ${script} (${seconds} s, exit ${result.code})\n${result.output}`,
    );
    return result.code;
  }),
);
const failed = checks.find((code) => code !== 0);
if (failed !== undefined) process.exit(failed);

for (const script of ['build', 'test:vitest']) {
  const { code } = await run(script, false);
  if (code !== 0) process.exit(code);
}
