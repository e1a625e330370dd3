/**
 * Reads something that changes while the editor works (the entries the CMS
 * knows of, just after a save), one reading at a time, and never answers a
 * request with a reading that began before it.
 *
 * Returns `request()`: with no reading under way it starts one and resolves
 * with its result. While a reading is under way, that reading may predate the
 * change the caller wants to see (a testimonial published a moment ago), so
 * the caller gets the next reading instead, started as soon as the current one
 * ends; every request made meanwhile shares that one next reading. A reading
 * that fails rejects the requests it answers; the next request reads again.
 */
export function freshReadings<T>(read: () => Promise<T>): () => Promise<T> {
	let current: Promise<T> | undefined;
	let next: Promise<T> | undefined;
	const start = (): Promise<T> => {
		const reading: Promise<T> = read().finally(() => {
			if (current === reading) current = undefined;
		});
		current = reading;
		return reading;
	};
	const settled = () => undefined;
	return function request(): Promise<T> {
		if (!current) return start();
		next ??= current.then(settled, settled).then(() => {
			next = undefined;
			// A reading started in the meantime began after every request waiting here: it answers them too.
			return current ?? start();
		});
		return next;
	};
}
