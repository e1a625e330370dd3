/** The most items a listing page shows; more items make a page slow and hard to scan on a phone. */
export const PAGE_SIZE = 24;

export interface Page<T> {
	/** 1-based. */
	number: number;
	/** How many pages the listing has; at least 1, so an empty listing still has a page. */
	total: number;
	items: T[];
}

/** Splits items into pages of at most `size`. */
export function paginate<T>(items: readonly T[], size: number = PAGE_SIZE): Page<T>[] {
	if (size < 1) throw new RangeError('Page size must be at least 1');
	const total = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: total }, (_, index) => ({
		number: index + 1,
		total,
		items: items.slice(index * size, (index + 1) * size),
	}));
}
