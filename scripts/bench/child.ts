/** Runs a TypeScript script of this repository in a child Node process (via tsx) and times it. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');

export interface ChildRun {
  ms: number;
  stdout: string;
}

export function runScript(script: string, args: string[], env: Record<string, string>): Promise<ChildRun> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(repoRoot, script), ...args], {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done({ ms: performance.now() - started, stdout });
      else fail(new Error(`${script} ${args.join(' ')} exited with ${code}:\n${stderr.slice(-4000)}`));
    });
  });
}

/** `npm run build` into `outDir` from the content in `contentRoot`; times the whole build. */
export async function fullBuild(
  outDir: string,
  contentRoot?: string,
): Promise<{ ms: number; prerenderMs: number; pages: number }> {
  const env: Record<string, string> = { OUT_DIR: outDir };
  if (contentRoot) env.CONTENT_ROOT = contentRoot;
  const { ms, stdout } = await runScript('scripts/build.ts', [], env);
  const line = /prerender: wrote (\d+) pages in (\d+) ms/.exec(stdout);
  return { ms, pages: Number(line?.[1] ?? Number.NaN), prerenderMs: Number(line?.[2] ?? Number.NaN) };
}
