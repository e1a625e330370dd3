import { message } from '../messages/index.ts';
import type { PictureInspection, PictureProblem } from './inspect.ts';

/**
 * What is wrong with a picture, in the editor's language, from the catalogue
 * (`picture.*`): one wording for the build's content check
 * (src/validation/content-report.ts, which adds who uses the file) and the
 * CMS's upload filter (cms/upload-filter.ts, which refuses the same files).
 * Pure apart from the editor's language; runs in the browser.
 *
 * @param inspection the problem and what it needs: the format (`turned`), the format the bytes are (`detail`, for
 *   `wrong-extension`), the size (`too-large`)
 * @returns the rendered message, ending with its code, e.g. "… [picture.svg]"
 */
export function pictureProblemMessage(inspection: Pick<PictureInspection, 'format' | 'width' | 'height' | 'detail'> & { problem: PictureProblem }): string {
	return PICTURE_PROBLEMS[inspection.problem](inspection);
}

const PICTURE_PROBLEMS: Record<PictureProblem, (inspection: Pick<PictureInspection, 'format' | 'width' | 'height' | 'detail'>) => string> = {
	'lfs-pointer': () => message('picture.lfsPointer'),
	empty: () => message('picture.empty'),
	svg: () => message('picture.svg'),
	heic: () => message('picture.heic'),
	'not-a-picture': () => message('picture.notAPicture'),
	'wrong-extension': (inspection) => message('picture.wrongExtension', { format: inspection.detail?.toUpperCase() ?? '', extension: inspection.detail === 'jpeg' ? 'jpg' : inspection.detail ?? '' }),
	damaged: () => message('picture.damaged'),
	'too-large': (inspection) => message('picture.tooLarge', { width: inspection.width ?? 0, height: inspection.height ?? 0 }),
	animated: () => message('picture.animated'),
	turned: (inspection) => message('picture.turned', { format: inspection.format?.toUpperCase() ?? '' }),
	'turn-note-unclear': (inspection) => message('picture.turnNoteUnclear', { format: inspection.format?.toUpperCase() ?? '' }),
};
