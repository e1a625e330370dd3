import { describe, expect, it } from 'vitest';
import { withoutDirectiveWarnings } from '../../src/lib/bundler-warnings.ts';

describe("the bundler's warnings", () => {
	it('drops only the warnings for module-level directives, and passes every other warning on unchanged', () => {
		const passed: { code?: string }[] = [];
		const warnings = [{ code: 'MODULE_LEVEL_DIRECTIVE' }, { code: 'EVAL' }, { code: 'UNRESOLVED_IMPORT' }, {}];
		for (const warning of warnings) withoutDirectiveWarnings(warning, (kept) => passed.push(kept));
		expect(passed).toEqual([warnings[1], warnings[2], warnings[3]]);
		expect(passed[0]).toBe(warnings[1]);
	});
});
