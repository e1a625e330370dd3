import { describe, expect, it } from 'vitest';
import { storySchema } from '../../src/schemas/story.ts';
import { networkName } from '../../src/social/networks.ts';
import { consentInput, image, problems } from './schema-helpers.ts';

const stories = storySchema({ image, maxYears: 5 });
const story = {
	title: 'Liesbreuk: binnen een week weer aan het werk',
	description: 'Peter (58) stelde zijn liesbreukoperatie twee jaar uit. Hij vertelt hoe de dag verliep en hoe het herstel ging.',
	publishedOn: '2025-06-12',
	kind: 'patient',
	specialties: ['liesbreukcentrum'],
};
const posts = ['https://www.linkedin.com/posts/ziekenhuis-lindeveld_liesbreuk-activity-7200', 'https://www.instagram.com/p/C8xYz12abcd/'];

describe("a story's own posts on social networks", () => {
	it('are listed by their addresses, and named by the network they are on', () => {
		expect(stories.parse({ ...story, consent: { ...consentInput, channels: ['website', 'social'] }, socialPosts: posts }).socialPosts).toEqual(posts);
		expect(stories.parse({ ...story, kind: 'staff' }).socialPosts).toEqual([]);
		expect(['https://nl.linkedin.com/posts/x', 'https://m.facebook.com/story.php?id=1', 'https://www.instagram.com/p/x/', 'https://twitter.com/x/status/1', 'https://bsky.app/profile/x/post/1', 'https://mastodon.nl/@lindeveld/1'].map(networkName)).toEqual([
			'LinkedIn',
			'Facebook',
			'Instagram',
			'X',
			'Bluesky',
			'mastodon.nl',
		]);
		expect(networkName('https://notlinkedin.com/x')).toBe('notlinkedin.com');
	});

	it('need consent for social media when the story has consent', () => {
		expect(problems(stories, { ...story, consent: consentInput, socialPosts: posts })).toEqual([
			"socialPosts: This story's consent does not cover social media: remove the posts, or ask for consent and add social to consent.channels [story.socialWithoutConsent]",
		]);
	});

	it('are secure addresses of a post, nothing else', () => {
		const staff = { ...story, kind: 'staff' };
		expect(problems(stories, { ...staff, socialPosts: ['http://www.facebook.com/x'] })[0]).toMatch(/^socialPosts\[0\]: "http:\/\/www\.facebook\.com\/x" does not start with https:\/\/.* \[address\.notHttps\]$/);
		expect(problems(stories, { ...staff, socialPosts: ['linkedin.com/posts/x'] })[0]).toMatch(/^socialPosts\[0\]: "linkedin\.com\/posts\/x" is not a full address.* \[address\.notFull\]$/);
		expect(problems(stories, { ...staff, socialPosts: ['https://www.linkedin.com@elders.example/x'] })[0]).toMatch(/^socialPosts\[0\]: .*has an @ before the website's name.* \[address\.userInfo\]$/);
	});
});
