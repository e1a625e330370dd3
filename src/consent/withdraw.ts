import { parseDocument } from 'yaml';

const FRONT_MATTER = /^(---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n|$))/;

export class WithdrawError extends Error {
	override name = 'WithdrawError';
}

/**
 * Records a withdrawal of consent in a content file: sets `consent.withdrawnOn`
 * to `day` and changes nothing else, so the file's comments, order and body
 * stay as the editor wrote them. An earlier withdrawal date is kept: the
 * person withdrew then, and that is what the record must show.
 */
export function recordWithdrawal(source: string, day: string): { source: string; withdrawnOn: string; changed: boolean } {
	const match = FRONT_MATTER.exec(source);
	if (!match) throw new WithdrawError('the file has no front matter between two "---" lines');
	const document = parseDocument(match[2]!);
	if (document.errors.length > 0) throw new WithdrawError(`its front matter cannot be read: ${document.errors[0]!.message.split('\n')[0]}`);
	if (!document.has('consent')) throw new WithdrawError('it has no consent block');
	const existing = document.getIn(['consent', 'withdrawnOn']);
	if (existing !== undefined && existing !== null) return { source, withdrawnOn: String(existing), changed: false };
	document.setIn(['consent', 'withdrawnOn'], day);
	const yaml = document.toString({ lineWidth: 0, flowCollectionPadding: false });
	return { source: `${match[1]}${yaml}${match[3]}${source.slice(match[0].length)}`, withdrawnOn: day, changed: true };
}
