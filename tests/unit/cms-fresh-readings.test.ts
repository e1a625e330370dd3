import { describe, expect, it } from 'vitest';
import { freshReadings } from '../../cms/fresh-readings.ts';

/** A reading the test finishes by hand; it returns what the backend held when it began (a save after that is not in it). */
function controlledReads() {
	let stored = 'before';
	const pending: (() => void)[] = [];
	let started = 0;
	const read = () =>
		new Promise<string>((resolve, reject) => {
			started += 1;
			const seen = stored;
			pending.push(() => (seen === 'broken' ? reject(new Error('backend down')) : resolve(seen)));
		});
	return {
		read,
		save: (value: string) => (stored = value),
		/** Ends the oldest reading under way, and lets the promises that wait on it run. */
		finish: async () => {
			pending.shift()!();
			await new Promise((resolve) => setTimeout(resolve, 0));
		},
		started: () => started,
	};
}

describe('the entries the CMS knows of are read afresh', () => {
	it('answer a request made while a reading is under way with the next reading, which sees what was saved meanwhile', async () => {
		const backend = controlledReads();
		const request = freshReadings(backend.read);
		const first = request();
		// The editor publishes a testimonial and opens a story while the first reading is still under way.
		backend.save('after');
		const second = request();
		const third = request();
		await backend.finish();
		expect(await first).toBe('before');
		// One more reading for both, started once the first one ended.
		expect(backend.started()).toBe(2);
		await backend.finish();
		expect(await second).toBe('after');
		expect(await third).toBe('after');
		expect(backend.started()).toBe(2);
	});

	it('read again for a request made after a reading ended, never from the last answer', async () => {
		const backend = controlledReads();
		const request = freshReadings(backend.read);
		const first = request();
		await backend.finish();
		expect(await first).toBe('before');
		backend.save('after');
		const second = request();
		expect(backend.started()).toBe(2);
		await backend.finish();
		expect(await second).toBe('after');
	});

	it('reject the requests a failed reading answers, and read again on the next request', async () => {
		const backend = controlledReads();
		const request = freshReadings(backend.read);
		backend.save('broken');
		const failed = request().catch((error: Error) => error.message);
		const waiting = request();
		backend.save('back');
		await backend.finish();
		expect(await failed).toBe('backend down');
		await backend.finish();
		expect(await waiting).toBe('back');
		const later = request();
		await backend.finish();
		expect(await later).toBe('back');
		expect(backend.started()).toBe(3);
	});
});
