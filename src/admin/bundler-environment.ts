/**
 * The environment the CMS is bundled in (build-bundle.ts), the same whatever
 * environment the build was started with, so that the bundle depends on the
 * files in its key only (bundle-key.ts) and a bundle from another copy of the
 * project is the one this copy would make.
 *
 * Vite reads two kinds of variables into a bundle: NODE_ENV (`NODE_ENV=development npm run build` would give React's
 * development build, and Vite's "development" resolve condition) and every variable starting with VITE_ (exposed as
 * import.meta.env, which cms/text/index.ts reads whole). build-bundle.ts also turns off Vite's .env files
 * (`envDir: false`). See Vite's "Env Variables and Modes".
 *
 * @param env the environment the build was started with
 * @returns a copy without VITE_ variables and with NODE_ENV=production
 */
export function bundlerEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	const kept = Object.entries(env).filter(([name]) => !name.startsWith('VITE_') && name !== 'NODE_ENV');
	return { ...Object.fromEntries(kept), NODE_ENV: 'production' };
}

/** Makes `process.env` the bundler's environment ({@link bundlerEnvironment}), in place. */
export function useBundlerEnvironment(): void {
	const wanted = bundlerEnvironment(process.env);
	for (const name of Object.keys(process.env)) if (!(name in wanted)) delete process.env[name];
	Object.assign(process.env, wanted);
}
