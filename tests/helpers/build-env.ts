/**
 * The environment a build started by a test gets: the one a shell would give it. Vitest puts its
 * own `import.meta.env` (BASE_URL, MODE…) into the environment, where Astro's build would read
 * them, and marks its workers with VITEST*; none of that reaches the build.
 */
export function shellEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined &&
        !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(entry[0]),
    ),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
