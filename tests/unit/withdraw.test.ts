import { describe, expect, it } from 'vitest';
import { recordWithdrawal } from '../../src/consent/withdraw.ts';

const file = `---
quote: "Binnen een week stond ik weer op de tennisbaan."
author:
  name: Marieke # as she wants to be named
  role: patient
locale: nl
specialties: [liesbreukcentrum]
givenOn: 2025-03-01
consent:
  reference: "TOE-2025-031"
  grantedOn: 2025-03-01
  expiresOn: 2028-03-01
  channels: [website, social]
---
Body text stays.
`;

describe('recording a withdrawal', () => {
	it('adds withdrawnOn to the consent block and changes nothing else', () => {
		const result = recordWithdrawal(file, '2026-11-23');
		expect(result.changed).toBe(true);
		expect(result.source).toBe(file.replace('  channels: [website, social]\n', '  channels: [website, social]\n  withdrawnOn: 2026-11-23\n'));
	});

	it('keeps an earlier withdrawal date, because that is when the person withdrew', () => {
		const once = recordWithdrawal(file, '2026-11-23').source;
		const again = recordWithdrawal(once, '2026-12-01');
		expect(again).toEqual({ source: once, withdrawnOn: '2026-11-23', changed: false });
	});

	it('refuses a file without a consent block or without front matter', () => {
		expect(() => recordWithdrawal('---\ntitle: Een dag op de afdeling\n---\n', '2026-11-23')).toThrow('it has no consent block');
		expect(() => recordWithdrawal('Just text', '2026-11-23')).toThrow('no front matter');
	});
});
