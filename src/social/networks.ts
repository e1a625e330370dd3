/**
 * Social networks by the addresses of their posts, so that a story's list of
 * the organisation's own posts about it (socialPosts) reads as "Praat mee op
 * LinkedIn / Facebook / Instagram" without the editor naming each network.
 * Pure; a plain link to a post loads nothing from the network.
 */
const NETWORKS: readonly { name: string; hosts: readonly string[] }[] = [
	{ name: 'LinkedIn', hosts: ['linkedin.com', 'lnkd.in'] },
	{ name: 'Facebook', hosts: ['facebook.com', 'fb.com', 'fb.watch'] },
	{ name: 'Instagram', hosts: ['instagram.com'] },
	{ name: 'X', hosts: ['x.com', 'twitter.com'] },
	{ name: 'Bluesky', hosts: ['bsky.app'] },
	{ name: 'Threads', hosts: ['threads.net', 'threads.com'] },
	{ name: 'YouTube', hosts: ['youtube.com', 'youtu.be'] },
	{ name: 'TikTok', hosts: ['tiktok.com'] },
];

/**
 * The network a post's address is on, by its host or a subdomain of it
 * ("https://nl.linkedin.com/posts/…" → "LinkedIn"); another host is named by
 * itself without "www." ("https://mastodon.nl/@lindeveld/1" → "mastodon.nl").
 */
export function networkName(url: string): string {
	const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
	return NETWORKS.find((network) => network.hosts.some((known) => host === known || host.endsWith(`.${known}`)))?.name ?? host;
}
