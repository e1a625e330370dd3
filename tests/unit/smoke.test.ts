import { describe, expect, it } from 'vitest';
import { isPublishable } from '../../src/consent/gate.ts';

describe('smoke', () => {
	it('runs on the project Node', () => {
		expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22);
		expect(isPublishable({ kind: 'staff' }, '2026-01-01')).toBe(true);
	});
});
