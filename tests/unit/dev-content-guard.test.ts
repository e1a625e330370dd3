import { describe, expect, it } from 'vitest';
import { contentRequest } from '../../src/security/dev-content-guard.ts';

/** The development server sends nothing from content/ but its pictures (red-team finding 13). */
describe('a request to the development server that leads into content/', () => {
	const options = { root: '/project', contentDirs: ['/project/content'], base: '/' };
	const kind = (url: string, more: Partial<typeof options> = {}) => contentRequest(url, { ...options, ...more })?.kind ?? 'not content';

	it.each([
		'/content/media/plattegrond.svg',
		'/content/media/plattegrond.svg?cms=8099',
		'/content/stories/nl/x.mdx',
		'/content/stories/nl/x.mdx?raw',
		'/content/settings/site.yaml',
		'/content/media/x.png/index.js',
		'/content/media/',
		'/content',
		'/@fs/project/content/media/plattegrond.svg',
		'/@fs//project/content/stories/nl/x.mdx?import',
		'/@id//project/content/testimonials/marieke.md',
		'/%63ontent/media/plattegrond.svg',
		'/content%2Fmedia%2Fplattegrond.svg',
		'/content/media/%252e%252e/stories/nl/x.mdx',
		'/nl/../content/media/plattegrond.svg',
		'/CONTENT/media/plattegrond.svg',
		'/content\\media\\plattegrond.svg',
		'/_image?href=%2F%40fs%2Fproject%2Fcontent%2Fmedia%2Fplattegrond.svg&w=100&f=webp',
		'/content/stories/nl/foto.jpg',
		'/content/%E0%A4%A',
	])('is refused: %s', (url) => {
		expect(kind(url)).toBe('refused');
	});

	it.each([
		'/content/media/wandelpad.jpg',
		'/content/media/sub/Foto.JPEG?import',
		'/@fs/project/content/media/wandelpad.webp',
		'/_image?href=%2F%40fs%2Fproject%2Fcontent%2Fmedia%2Fwandelpad.jpg%3ForigWidth%3D1600&w=400&f=webp',
	])('is a picture, sent as a picture: %s', (url) => {
		expect(kind(url)).toBe('picture');
	});

	it.each(['/', '/nl/verhalen/', '/src/styles/site.css', '/@vite/client', '/_image?href=https%3A%2F%2Fexample.org%2Fx.jpg', '/contentpagina/', '/nl/content/'])('is none of content’s business: %s', (url) => {
		expect(kind(url)).toBe('not content');
	});

	it('with a base path and a content folder reached through a link', () => {
		expect(kind('/zorgmerk/content/media/plattegrond.svg', { base: '/zorgmerk/' })).toBe('refused');
		expect(kind('/zorgmerk/_image?href=%2F%40fs%2Fproject%2Fcontent%2Fmedia%2Fx.svg', { base: '/zorgmerk/' })).toBe('refused');
		expect(kind('/@fs/srv/echte-map/stories/nl/x.mdx', { contentDirs: ['/project/content', '/srv/echte-map'] })).toBe('refused');
	});
});
