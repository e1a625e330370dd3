import semver from 'semver';

/**
 * Checks package-lock.json against package.json the way `npm ci` needs them, without the network and without
 * installing: `npm ci` refuses a lock that is out of step with package.json, and on another platform it refuses a
 * lock that lacks that platform's optional binaries ("Missing: @astrojs/compiler-binding-darwin-arm64 from lock
 * file"), which is what a lock written by `npm install` on one machine can be (see issue 16 and
 * https://github.com/npm/cli/issues/4828).
 *
 * `npm ci --dry-run` is no substitute in a test: it asks the registry about the dependencies declared as "latest"
 * (Lighthouse's @paulirish/trace_engine), so it needs the network, and takes ~15 s here.
 */

/** The parts of package.json the lock must agree with. */
export interface Manifest {
	dependencies?: Record<string, string>;
	devDependencies?: Record<string, string>;
	optionalDependencies?: Record<string, string>;
	peerDependencies?: Record<string, string>;
	/**
	 * Dependencies allowed (true) or denied (false) to run their install scripts, by name ("esbuild") or pinned
	 * ("esbuild@0.28.2"). npm 11.16 warns about any not covered; npm 12 skips their scripts
	 * (https://docs.npmjs.com/cli/v12/commands/npm-install-scripts, npm RFC 868).
	 */
	allowScripts?: Record<string, boolean>;
}

/** One entry of the lock's `packages` map: package.json fields npm copies into the lock, plus what it adds. */
export interface LockEntry extends Manifest {
	version?: string;
	/** Operating systems, CPUs and C libraries the package is for, as in its package.json ("linux", "x64", "glibc"). */
	os?: string[];
	cpu?: string[];
	libc?: string[];
	peerDependenciesMeta?: Record<string, { optional?: boolean }>;
	link?: boolean;
	/** Set by npm when the package has a preinstall, install or postinstall script. */
	hasInstallScript?: boolean;
}

/** package-lock.json, lockfileVersion 2 or 3: `packages` maps an install location ("node_modules/a/node_modules/b", "" for the project) to its entry. */
export interface LockFile {
	lockfileVersion: number;
	packages: Record<string, LockEntry>;
}

/** A platform npm installs for: Node's process.platform and process.arch, and for Linux the C library. */
export interface Platform {
	os: string;
	cpu: string;
	libc?: 'glibc' | 'musl';
}

/** The platforms a hospital's team and CI machines use: Linux (x64, arm64; glibc), macOS (Intel, Apple silicon) and Windows x64. */
export const SUPPORTED_PLATFORMS: Platform[] = [
	{ os: 'linux', cpu: 'x64', libc: 'glibc' },
	{ os: 'linux', cpu: 'arm64', libc: 'glibc' },
	{ os: 'darwin', cpu: 'x64' },
	{ os: 'darwin', cpu: 'arm64' },
	{ os: 'win32', cpu: 'x64' },
];

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

/** "linux-x64-glibc", for messages. */
export const platformName = (platform: Platform): string => [platform.os, platform.cpu, platform.libc].filter(Boolean).join('-');

/**
 * The semver range of a dependency as package.json writes it ("^1.2.0", "npm:other@^2"), or undefined for what
 * is not a range (a dist-tag such as "latest", a URL, a git or file: dependency), which only the registry or the
 * source can check.
 */
function versionRange(spec: string): string | undefined {
	const range = spec.startsWith('npm:') ? spec.slice(spec.lastIndexOf('@') + 1) : spec;
	return semver.validRange(range, { loose: true }) ? range : undefined;
}

/** The package name of a lock location: "node_modules/a/node_modules/@b/c" → "@b/c". */
const nameOf = (location: string): string => location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);

/**
 * Where Node would find `name` when required from the package at `location`: its own node_modules first, then
 * each enclosing node_modules up to the project's. Undefined when the lock has no such entry.
 */
export function resolveInLock(lock: LockFile, location: string, name: string): string | undefined {
	let from = location;
	for (;;) {
		const candidate = `${from ? `${from}/` : ''}node_modules/${name}`;
		if (lock.packages[candidate]) return candidate;
		if (!from) return undefined;
		const parent = from.lastIndexOf('/node_modules/');
		from = parent === -1 ? '' : from.slice(0, parent);
	}
}

/** True when a package declared with os/cpu/libc installs on `platform` (a field that is absent allows every value; "!x" excludes x). */
export function installsOn(entry: LockEntry, platform: Platform): boolean {
	const allows = (values: string[] | undefined, value: string | undefined) => {
		if (!values || values.length === 0) return true;
		if (value === undefined) return false;
		if (values.includes(`!${value}`)) return false;
		const positive = values.filter((item) => !item.startsWith('!'));
		return positive.length === 0 || positive.includes(value);
	};
	return allows(entry.os, platform.os) && allows(entry.cpu, platform.cpu) && (platform.os !== 'linux' || allows(entry.libc, platform.libc));
}

/**
 * Packages that pick a native binary per platform (sharp, esbuild, Rolldown, Pagefind, the Astro compiler's
 * binding…): packages for every platform themselves (no os or cpu of their own) that declare two or more optional
 * dependencies, at least one of which the lock marks as made for some os or cpu. Not one: a binary's own optional
 * dependency for its one platform (@img/sharp-linux-x64 → @img/sharp-libvips-linux-x64), or a lone extra for one
 * system (vite → fsevents on macOS). Returns lock locations.
 */
export function platformBinaryChoosers(lock: LockFile): string[] {
	return Object.entries(lock.packages)
		.filter(([location, entry]) => {
			const optional = Object.keys(entry.optionalDependencies ?? {});
			if (entry.os || entry.cpu || optional.length < 2) return false;
			return optional.some((name) => {
				const found = resolveInLock(lock, location, name);
				return found !== undefined && Boolean(lock.packages[found]!.os ?? lock.packages[found]!.cpu);
			});
		})
		.map(([location]) => location);
}

/**
 * Everything that would make `npm ci` refuse the lock, on any of `platforms`:
 * - the lock's own entry for the project ("") does not list exactly package.json's dependencies and ranges;
 * - a dependency of any package (optional ones included: npm keeps every platform's binary in the lock, and
 *   installs only the matching one) has no entry where Node would look for it ("Missing: … from lock file"), or
 *   one whose version is outside the range asked for ("Invalid: lock file's … does not satisfy …"); optional peers
 *   may be absent, and peers may be out of range (npm overrides them with a warning);
 * - a package that picks a binary per platform has none for one of `platforms`;
 * - a package with an install script is not named in package.json's allowScripts: npm 12 skips such scripts
 *   without failing, and the project's own Node (the `node` package) is installed by one.
 *
 * Returns one sentence per problem, naming the packages (empty when the lock is good).
 */
export function lockFileProblems(manifest: Manifest, lock: LockFile, platforms: Platform[] = SUPPORTED_PLATFORMS): string[] {
	const problems: string[] = [];
	if (!(lock.lockfileVersion >= 2) || !lock.packages) {
		return [`package-lock.json has lockfileVersion ${lock.lockfileVersion}; npm 7 and later write 3. Run npm install to write it again.`];
	}
	const root = lock.packages[''];
	if (!root) return ['package-lock.json has no entry for the project itself (packages[""]). Run npm install to write it again.'];

	for (const field of DEPENDENCY_FIELDS) {
		const wanted = manifest[field] ?? {};
		const locked = root[field] ?? {};
		for (const name of new Set([...Object.keys(wanted), ...Object.keys(locked)])) {
			if (wanted[name] === locked[name]) continue;
			if (locked[name] === undefined) problems.push(`package.json ${field} has ${name}@${wanted[name]}, package-lock.json does not: run npm install.`);
			else if (wanted[name] === undefined) problems.push(`package-lock.json ${field} still has ${name}@${locked[name]}, package.json no longer does: run npm install.`);
			else problems.push(`package.json ${field} asks for ${name}@${wanted[name]}, package-lock.json was written for ${name}@${locked[name]}: run npm install.`);
		}
	}

	for (const [location, entry] of Object.entries(lock.packages)) {
		if (entry.link) continue;
		const fields = location === '' ? DEPENDENCY_FIELDS : (['dependencies', 'optionalDependencies', 'peerDependencies'] as const);
		for (const field of fields) {
			for (const name of Object.keys(entry[field] ?? {})) {
				if (field === 'peerDependencies' && entry.peerDependenciesMeta?.[name]?.optional) continue;
				const owner = location === '' ? 'package.json' : `${nameOf(location)}@${entry.version}`;
				const found = resolveInLock(lock, location, name);
				if (!found) {
					problems.push(`${owner} needs ${name} (${field}), which package-lock.json lacks: write the lock with npm install --package-lock-only on a clean clone.`);
					continue;
				}
				const range = versionRange(entry[field]![name]!);
				const version = lock.packages[found]!.version;
				if (field !== 'peerDependencies' && range && version && !semver.satisfies(version, range, { loose: true })) {
					problems.push(`${owner} needs ${name}@${range} (${field}), package-lock.json has ${name}@${version}: write the lock with npm install --package-lock-only on a clean clone.`);
				}
			}
		}
	}

	for (const location of platformBinaryChoosers(lock)) {
		const entry = lock.packages[location]!;
		const binaries = Object.keys(entry.optionalDependencies ?? {}).flatMap((name) => {
			const found = resolveInLock(lock, location, name);
			return found ? [lock.packages[found]!] : [];
		});
		for (const platform of platforms) {
			if (!binaries.some((binary) => installsOn(binary, platform))) {
				problems.push(`package-lock.json has no ${platformName(platform)} binary for ${nameOf(location)}@${entry.version}: npm ci fails on that platform.`);
			}
		}
	}
	for (const [location, entry] of Object.entries(lock.packages)) {
		if (location === '' || entry.link || !entry.hasInstallScript) continue;
		const name = nameOf(location);
		const covered = Object.keys(manifest.allowScripts ?? {}).some((key) => {
			const at = key.lastIndexOf('@');
			if (at <= 0) return key === name;
			return key.slice(0, at) === name && entry.version !== undefined && semver.satisfies(entry.version, key.slice(at + 1), { loose: true });
		});
		if (!covered) problems.push(`${name}@${entry.version} has an install script that package.json's allowScripts does not name: npm 12 skips it. Review it, then run npm install-scripts approve ${name} --no-allow-scripts-pin.`);
	}
	return problems;
}
