/**
 * Bundles the CMS (cms/admin.ts: Decap, React and our editor code) with Vite
 * into the folder given as the first argument, and writes manifest.json there:
 * the entry script and the inputs it was made of, every module of ours with
 * its hash when it was read (bundle-inputs.ts), from which admin-bundle.ts
 * tells when the bundle is out of date.
 *
 * Run in a process of its own by admin-bundle.ts, before Astro builds the
 * site: its memory (Decap is a large bundle) is returned before Astro needs
 * its own.
 *
 * The bundle depends on files only, never on the environment the build was
 * started with (bundler-environment.ts), so that a bundle made in another copy
 * of the project with the same files (bundle-key.ts) is this one.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Rolldown } from 'vite';
import { browserOnly } from './browser-only.ts';
import { recordInputs } from './bundle-inputs.ts';
import { useBundlerEnvironment } from './bundler-environment.ts';
import { decapPatches } from './decap-patches.ts';
import { withoutDirectiveWarnings } from '../lib/bundler-warnings.ts';

// Before Vite is loaded, so that nothing in it sees the environment the build was started with.
useBundlerEnvironment();
const { build } = await import('vite');

const [outDir] = process.argv.slice(2);
if (!outDir) throw new Error('Usage: node src/admin/build-bundle.ts <out-dir>');
const root = process.cwd();
const patches = decapPatches();
const recorder = recordInputs(root);

const result = await build({
	configFile: false,
	root,
	mode: 'production',
	// No .env files and no PostCSS configuration looked up in the project: the bundle is made of the files
	// bundle-key.ts names, in every copy of the project (bundler-environment.ts).
	envDir: false,
	css: { postcss: {} },
	// Relative chunk addresses: the same bundle works under any base path (BASE_PATH).
	base: './',
	publicDir: false,
	logLevel: 'warn',
	plugins: [browserOnly(root), recorder, patches],
	build: {
		outDir,
		emptyOutDir: true,
		assetsDir: 'assets',
		// Decap with React is one large bundle (about 1.5 MB gzipped), loaded by /admin/ only.
		chunkSizeWarningLimit: 8000,
		rolldownOptions: {
			input: { cms: path.join(root, 'cms', 'admin.ts') },
			onwarn(warning, warn) {
				// React's libraries carry "use client" directives and an eval of their own.
				if (warning.code === 'EVAL' && /node_modules/.test(warning.id ?? warning.message)) return;
				withoutDirectiveWarnings(warning, warn);
			},
		},
	},
});

const unapplied = patches.unapplied();
if (unapplied.length > 0) throw new Error(`Decap modules to correct were not bundled: ${unapplied.map((patch) => patch.file).join(', ')} (see src/admin/decap-patches.ts)`);

const chunks = (Array.isArray(result) ? result : [result as Rolldown.RolldownOutput]).flatMap((output) => output.output).filter((item) => item.type === 'chunk');
const entry = chunks.find((chunk) => chunk.isEntry);
if (!entry) throw new Error('The CMS bundle has no entry script');

fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify({ entry: entry.fileName, inputs: recorder.inputs() }));
