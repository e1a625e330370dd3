/**
 * The site's accessibility guarantees (WCAG 2.2 level AA), checked in Chromium
 * on the built demo: axe-core on every page the build made, at phone and
 * desktop size, and, on one page of every template in both languages, what
 * axe cannot judge on its own — keyboard use, visible focus, target size,
 * reflow, text spacing and reduced motion.
 *
 * A failure names the page, the rule and the elements, so it can be fixed
 * where it is made: a component, a template or src/styles/global.css.
 */
import fs from 'node:fs';
import path from 'node:path';
import type * as Axe from 'axe-core';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, PHONE } from '../support/browser.ts';
import { buildSite, listFiles, projectRoot } from '../support/build.ts';
import { urls } from '../../src/routing/urls.ts';
import { defaultLocale, demoLocales, demoPath, filesIn, frontMatter } from '../support/demo.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';

const DESKTOP = { width: 1280, height: 800 };
const SIZES = [PHONE, DESKTOP].map((viewport) => ({ viewport, size: `${viewport.width}×${viewport.height}` }));
/** The narrowest screen WCAG 1.4.10 (reflow) asks for: 1280 px at 400%. */
const NARROW = { width: 320, height: 640 };
/**
 * A 1280×800 screen at 200% browser zoom. Zooming makes CSS pixels twice as
 * large: the page is laid out in 640×400 CSS pixels, media queries see 640 px,
 * and devicePixelRatio is 2. Emulating exactly that tests the same reflow.
 */
const ZOOM_200 = { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 };

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axeSource = fs.readFileSync(path.join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** What a person can click, tap or Tab to. */
const INTERACTIVE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])';

/** WCAG 1.4.12: text must survive these spacings without loss of content. */
const TEXT_SPACING = `
	* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
	p { margin-bottom: 2em !important; }
`;

interface SitePage {
	/** The template, as a reader would call the page. */
	name: string;
	/** A language of the demo (settings locales). */
	lang: string;
	/** The address below the site's root, e.g. "nl/verhalen/". */
	path: string;
	status?: number;
	/** Brings the page into the state to check, e.g. a search with results. */
	prepare?: (page: Page) => Promise<void>;
	/** Checked only when the build made it, e.g. a second page of stories. */
	ifBuilt?: boolean;
}

/** Searches as a visitor does (type, Enter), waits for the results and opens the filters, so they are checked too. */
const searchFor =
	(query: string) =>
	async (page: Page): Promise<void> => {
		await page.getByRole('searchbox').fill(query);
		await page.keyboard.press('Enter');
		await page.locator('[data-search-results] li').first().waitFor();
		await page.locator('[data-search-filters] summary').click();
	};

/** The same template in every language of the demo; `path` gives its site path in a language. */
function inEveryLanguage(name: string, path: (locale: string) => string, extra: (locale: string) => Partial<SitePage> = () => ({})): SitePage[] {
	return demoLocales.map((lang) => ({ name, lang, path: path(lang).slice(1), ...extra(lang) }));
}

/** One page of every template, in every language. */
const SITE_PAGES: SitePage[] = [
	{ name: 'language choice', lang: defaultLocale, path: '' },
	...inEveryLanguage('home', urls.home),
	...inEveryLanguage('story index', (locale) => urls.stories(locale)),
	// Page 2 exists only once there are more stories than fit on one page.
	...inEveryLanguage('story index, page 2', (locale) => urls.stories(locale, 2), () => ({ ifBuilt: true })),
	...inEveryLanguage('stories for an audience', (locale) => urls.storiesByAudience(locale, 'patients')),
	...inEveryLanguage('story', (locale) => demoPath.story(locale, 'weer-aan-het-werk-na-een-liesbreuk')),
	// A story with a content note in each language that has one.
	...inEveryLanguage('story with a content note', (locale) => demoPath.story(locale, filesIn('stories', locale).includes('thuis-afscheid-nemen') ? 'thuis-afscheid-nemen' : 'praten-over-het-levenseinde')),
	...inEveryLanguage('specialties', (locale) => urls.section(locale, 'specialties')),
	...inEveryLanguage('specialty', (locale) => demoPath.specialty(locale, 'liesbreukcentrum')),
	...inEveryLanguage('team', (locale) => urls.section(locale, 'team')),
	...inEveryLanguage('team member', (locale) => demoPath.teamMember(locale, 'fatima-el-idrissi')),
	...inEveryLanguage('locations', (locale) => urls.section(locale, 'locations')),
	...inEveryLanguage('location', (locale) => demoPath.location(locale, 'weidebroek')),
	...inEveryLanguage('audience page', (locale) => urls.audience(locale, 'referrers')),
	...inEveryLanguage('testimonials', (locale) => urls.section(locale, 'testimonials')),
	// The specialty's name in the page's language finds results there.
	...inEveryLanguage('search with results', (locale) => urls.section(locale, 'search'), (locale) => ({ prepare: searchFor(frontMatter('specialties', locale, 'liesbreukcentrum').name as string) })),
	...inEveryLanguage('share your story', (locale) => demoPath.page(locale, 'share-your-story')),
	...inEveryLanguage('content page', (locale) => demoPath.page(locale, 'accessibility')),
	...inEveryLanguage('contact page', (locale) => demoPath.page(locale, 'contact')),
	...inEveryLanguage('patient stories policy', (locale) => demoPath.page(locale, 'patient-stories')),
	// One 404 page serves every language: it speaks the default language first, then the others.
	...inEveryLanguage('not found (404)', (locale) => `${urls.home(locale)}bestaat-niet/`, () => ({ status: 404 })),
];

let server: StaticServer;
let browser: Browser;
/** The pages of SITE_PAGES this build has. */
let PAGES: SitePage[] = [];
/** Every page this build has (see builtPages). */
let ALL_PAGES: SitePage[] = [];

beforeAll(async () => {
	const build = buildSite({ name: 'demo' });
	if (build.status !== 0) throw new Error(`The demo did not build:\n${build.output}`);
	PAGES = SITE_PAGES.filter((page) => !page.ifBuilt || fs.existsSync(path.join(build.dist, page.path, 'index.html')));
	ALL_PAGES = builtPages(build.dist);
	server = await serveStatic(build.dist);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/**
 * Every page of a build a visitor can open: each index.html (but the CMS at
 * admin/) at its address, and 404.html at an address that does not exist.
 * A page of SITE_PAGES keeps its preparation (a search with results).
 */
function builtPages(dist: string): SitePage[] {
	const prepared = new Map(SITE_PAGES.filter((page) => page.prepare).map((page) => [page.path, page]));
	const pages = listFiles(dist)
		.filter((file) => file.endsWith('index.html') && !file.startsWith('admin/'))
		.map((file) => {
			const address = file.slice(0, -'index.html'.length);
			const lang = /<html lang="([^"]+)"/.exec(fs.readFileSync(path.join(dist, file), 'utf8'))?.[1] as SitePage['lang'];
			return prepared.get(address) ?? { name: 'page', lang, path: address };
		});
	return [...pages, { name: 'not found (404)', lang: pages[0]!.lang, path: 'bestaat-niet/', status: 404 }];
}

// ---------------------------------------------------------------------------
// Opening pages

const label = (page: SitePage) => `${page.name} (${page.lang}, /${page.path})`;

/** A new browser context; it bypasses the pages' Content-Security-Policy only so that axe can be injected. */
const newContext = (options: BrowserContextOptions) => browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, bypassCSP: true, ...options });

/** Opens a page of the built site and, unless told not to, brings it into the state to check. */
async function open(context: BrowserContext, sitePage: SitePage, { prepare = true } = {}): Promise<Page> {
	const page = await context.newPage();
	const response = await page.goto(new URL(sitePage.path, server.url).href, { waitUntil: 'load' });
	expect(response?.status(), `status of /${sitePage.path}`).toBe(sitePage.status ?? 200);
	if (prepare) await sitePage.prepare?.(page);
	await installHelpers(page);
	return page;
}

type Check = (page: Page) => Promise<string[]>;

/**
 * Runs `checks` on every page of the table, one page after another in one
 * browser context, and returns what each check found, each problem named
 * with its page. The checks run in the order given, on the same page.
 */
async function checkEveryPage<Name extends string>(options: BrowserContextOptions, checks: Record<Name, Check>, openOptions: { prepare?: boolean } = {}): Promise<Record<Name, string[]>> {
	const names = Object.keys(checks) as Name[];
	const found = Object.fromEntries(names.map((name) => [name, []])) as unknown as Record<Name, string[]>;
	const context = await newContext(options);
	try {
		for (const sitePage of PAGES) {
			const page = await open(context, sitePage, openOptions);
			try {
				for (const name of names) found[name].push(...(await checks[name](page)).map((problem) => `${label(sitePage)}: ${problem}`));
			} finally {
				await page.close();
			}
		}
	} finally {
		await context.close();
	}
	return found;
}

/** Runs `check` on one page of the table, opened with JavaScript turned off. */
async function withoutJavaScript(name: string, lang: string, options: BrowserContextOptions, check: (page: Page) => Promise<void>): Promise<void> {
	const sitePage = PAGES.find((page) => page.name === name && page.lang === lang)!;
	const context = await newContext({ ...options, javaScriptEnabled: false });
	try {
		await check(await open(context, sitePage, { prepare: false }));
	} finally {
		await context.close();
	}
}

// ---------------------------------------------------------------------------
// Helpers inside the page

/** What the checks below use inside the page, as window.zm. */
interface PageHelpers {
	/** A short description for failure messages: tag, id, classes and the start of its text. */
	describe: (element: Element) => string;
	/** Whether a person can see it: rendered, not hidden or transparent, with a size, and not parked off the page. */
	isShown: (element: Element) => boolean;
	/** Every link, button and field a person can see and use. */
	interactive: () => Element[];
}
type Zm = { zm: PageHelpers };

/** Installs window.zm; runs inside the page (it works with JavaScript off too: the test drives it, not the page). */
function pageHelpers(selector: string): void {
	const helpers: PageHelpers = {
		describe(element) {
			const text = (element.textContent || element.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 40);
			const classes = typeof element.className === 'string' && element.className.trim() ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
			return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes}${text ? ` "${text}"` : ''}`;
		},
		isShown(element) {
			const rect = element.getBoundingClientRect();
			return element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && rect.width > 0 && rect.height > 0 && rect.bottom + scrollY > 0 && rect.right + scrollX > 0;
		},
		interactive() {
			return [...document.querySelectorAll(selector)].filter((element) => helpers.isShown(element) && !element.matches(':disabled') && !element.closest('[inert]'));
		},
	};
	(window as unknown as Zm).zm = helpers;
}

async function installHelpers(page: Page): Promise<void> {
	await page.evaluate(pageHelpers, INTERACTIVE);
}

// ---------------------------------------------------------------------------
// The checks: each returns one line per problem, empty when all is well

/** axe-core's WCAG 2.0–2.2 A and AA rules, on a page of a context that has axe (axeOnEveryPage): the rule, its help and every offending element. */
async function axeViolations(page: Page): Promise<string[]> {
	const violations = await page.evaluate(async (tags) => {
		const { axe } = window as unknown as { axe: typeof Axe };
		const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return results.violations.map((violation) => ({
			id: violation.id,
			impact: violation.impact,
			help: violation.help,
			helpUrl: violation.helpUrl,
			nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), summary: node.failureSummary ?? '' })),
		}));
	}, AXE_TAGS);
	return violations.map(
		(violation) =>
			`${violation.id} (${violation.impact}): ${violation.help} — ${violation.helpUrl}\n` +
			violation.nodes.map((node) => `    at ${node.target}\n      ${node.summary.replaceAll('\n', '\n      ')}`).join('\n'),
	);
}

/**
 * Presses Tab once on a freshly loaded page: that must reach a visible link to
 * <main>; Enter on it must move focus to <main>, and the next Tab must go on
 * from there, not back into the header.
 */
async function skipLinkProblems(page: Page): Promise<string[]> {
	await page.keyboard.press('Tab');
	const first = await page.evaluate(() => {
		const link = document.activeElement;
		const target = link instanceof HTMLAnchorElement && link.hash ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
		const rect = link?.getBoundingClientRect();
		return { isSkipLink: target?.tagName === 'MAIN', visible: !!rect && rect.height > 0 && rect.top >= 0 && rect.bottom <= innerHeight };
	});
	if (!first.isSkipLink) return ['the first Tab stop is not a link to <main>'];
	const problems: string[] = [];
	if (!first.visible) problems.push('the skip link is not visible while it has focus');
	await page.keyboard.press('Enter');
	const tag = await focusedTag(page);
	if (tag !== 'main') problems.push(`after the skip link, focus is on <${tag}>, not on <main>`);
	await page.keyboard.press('Tab');
	const onward = await page.evaluate(() => {
		const main = document.querySelector('main')!;
		const next = document.activeElement;
		return !!next && next !== document.body && (main.contains(next) || !!(main.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING));
	});
	if (!onward) problems.push('Tab after the skip link leads back into the header');
	return problems;
}

/**
 * Tabs through the whole page. Every element Tab reaches must be on screen and
 * gain a visible indicator when focused, on itself or on an ancestor that
 * styles :focus-within: a box-shadow, or an outline of 2 px or more with at
 * least 3:1 contrast against what is behind it (WCAG 1.4.11). Every link,
 * button and field a person can see must be among them.
 */
async function focusProblems(page: Page): Promise<string[]> {
	await page.mouse.move(0, 0);
	// How every element looks while nothing has focus.
	await page.evaluate(() => {
		(document.activeElement as HTMLElement | null)?.blur();
		const look = (element: Element) => {
			const style = getComputedStyle(element);
			return { outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.outlineOffset}`, shadow: style.boxShadow };
		};
		const unfocused = new Map([...document.querySelectorAll('*')].map((element) => [element, look(element)]));
		Object.assign(window, { zmFocus: { look, unfocused, reached: new Set<Element>() } });
	});
	const problems: string[] = [];
	// Round the whole page, wherever focus starts (after a search it starts at the results): stop at the first element reached twice.
	for (let stop = 0, outside = 0; stop < 500 && outside < 2; stop++) {
		await page.keyboard.press('Tab');
		const result = await page.evaluate(() => {
			type Look = { outline: string; shadow: string };
			const { zm, zmFocus } = window as unknown as Zm & { zmFocus: { look: (element: Element) => Look; unfocused: Map<Element, Look>; reached: Set<Element> } };
			const focused = document.activeElement;
			if (!focused || focused === document.body) return 'outside';
			if (zmFocus.reached.has(focused)) return 'round';
			zmFocus.reached.add(focused);

			/** Any CSS colour as [r, g, b, a] (0–255), by painting it. */
			const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
			const rgba = (color: string) => {
				canvas.clearRect(0, 0, 1, 1);
				canvas.fillStyle = color;
				canvas.fillRect(0, 0, 1, 1);
				return [...canvas.getImageData(0, 0, 1, 1).data];
			};
			const luminance = ([r, g, b]: number[]) => {
				const linear = (channel: number) => ((channel /= 255) <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);
				return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
			};
			const contrast = (a: number[], b: number[]) => {
				const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
				return (light! + 0.05) / (dark! + 0.05);
			};
			/** The colour behind an element's outline: the first opaque-ish background from where the outline is drawn upwards. */
			const backdrop = (from: Element | null) => {
				for (let element = from; element; element = element.parentElement) {
					const color = rgba(getComputedStyle(element).backgroundColor);
					if (color[3]! > 0) return color;
				}
				return [255, 255, 255, 255];
			};

			const reasons: string[] = [];
			let indicated = false;
			for (let element: Element | null = focused; element && !indicated; element = element.parentElement) {
				const before = zmFocus.unfocused.get(element);
				const now = zmFocus.look(element);
				if (!before) continue;
				if (now.shadow !== before.shadow && now.shadow !== 'none') indicated = true;
				if (now.outline === before.outline) continue;
				const style = getComputedStyle(element);
				const color = rgba(style.outlineColor);
				if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2 || color[3] === 0) continue;
				const ratio = contrast(color, backdrop(parseFloat(style.outlineOffset) >= 0 ? element.parentElement : element));
				if (ratio >= 3) indicated = true;
				else reasons.push(`its outline has ${ratio.toFixed(2)}:1 contrast with the background`);
			}
			const rect = focused.getBoundingClientRect();
			const onScreen = zm.isShown(focused) && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
			return { description: zm.describe(focused), indicated, reasons, onScreen };
		});
		if (result === 'round') break;
		if (result === 'outside') {
			outside++;
			continue;
		}
		outside = 0;
		if (!result.indicated) problems.push(`${result.description}: no visible focus indicator${result.reasons.length ? ` (${result.reasons.join('; ')})` : ''}`);
		if (!result.onScreen) problems.push(`${result.description}: has focus but is not on screen`);
	}
	const unreachable = await page.evaluate(() => {
		const { zm, zmFocus } = window as unknown as Zm & { zmFocus: { reached: Set<Element> } };
		return zm.interactive().filter((element) => !zmFocus.reached.has(element)).map((element) => zm.describe(element));
	});
	return [...problems, ...unreachable.map((description) => `${description}: Tab never reaches it`)];
}

/**
 * Every visible target smaller than 24×24 CSS px that none of WCAG 2.5.8's
 * exceptions covers: inline (a link inside a sentence) or spacing (a 24 px
 * circle on its centre touches no other target and no other small target's circle).
 */
async function undersizedTargets(page: Page): Promise<string[]> {
	return page.evaluate((selector) => {
		const { zm } = window as unknown as Zm;
		const MIN = 24;
		const targets = zm.interactive().map((element) => ({ element, rect: element.getBoundingClientRect() }));
		const small = (rect: DOMRect) => rect.width < MIN - 0.01 || rect.height < MIN - 0.01;
		const centre = (rect: DOMRect) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
		const distanceToRect = (point: { x: number; y: number }, rect: DOMRect) =>
			Math.hypot(Math.max(rect.left - point.x, 0, point.x - rect.right), Math.max(rect.top - point.y, 0, point.y - rect.bottom));
		/** An inline link in a block that has words of its own besides targets: part of a sentence. */
		const inSentence = (element: Element) => {
			if (getComputedStyle(element).display !== 'inline') return false;
			let block = element.parentElement;
			while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
			if (!block) return false;
			const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
			let ownText = '';
			for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest(selector)) ownText += node.textContent;
			return /\p{L}{2,}/u.test(ownText);
		};
		const crowded = (element: Element, rect: DOMRect) => {
			const here = centre(rect);
			return targets.some((other) => {
				if (other.element === element || other.element.contains(element) || element.contains(other.element)) return false;
				if (distanceToRect(here, other.rect) < MIN / 2) return true;
				const there = centre(other.rect);
				return small(other.rect) && Math.hypot(here.x - there.x, here.y - there.y) < MIN;
			});
		};
		return targets
			.filter(({ element, rect }) => small(rect) && !inSentence(element) && crowded(element, rect))
			.map(({ element, rect }) => `${zm.describe(element)}: ${rect.width.toFixed(1)}×${rect.height.toFixed(1)} px, too close to another target`);
	}, INTERACTIVE);
}

/** Whether the page scrolls sideways, and which elements reach past the screen's edge outside a box of their own that scrolls or clips. */
async function horizontalOverflow(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const { zm } = window as unknown as Zm;
		const width = document.documentElement.clientWidth;
		const problems: string[] = [];
		const scrollWidth = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
		if (scrollWidth > width) problems.push(`the page is ${scrollWidth} px wide on a ${width} px screen`);
		const insideScroller = (element: Element) => {
			for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
				if (/auto|scroll|hidden|clip/.test(getComputedStyle(parent).overflowX)) return true;
			}
			return false;
		};
		for (const element of document.body.querySelectorAll('*')) {
			const rect = element.getBoundingClientRect();
			if (!zm.isShown(element) || (rect.right <= width + 1 && rect.left >= -1) || insideScroller(element)) continue;
			problems.push(`${zm.describe(element)} reaches from ${Math.round(rect.left)} to ${Math.round(rect.right)} px`);
		}
		return problems;
	});
}

/** With the text spacing of WCAG 1.4.12 applied: text cut off by a box that hides what does not fit, and sideways scrolling. */
async function textSpacingProblems(page: Page): Promise<string[]> {
	await page.addStyleTag({ content: TEXT_SPACING });
	const clipped = await page.evaluate(() => {
		const { zm } = window as unknown as Zm;
		return [...document.body.querySelectorAll('*')]
			.filter((element) => {
				const style = getComputedStyle(element);
				if (!/hidden|clip/.test(style.overflowX + style.overflowY) || !element.textContent?.trim() || !zm.isShown(element)) return false;
				if (element.clientWidth <= 1 || element.clientHeight <= 1) return false; // visually hidden on purpose, for screen readers
				return element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1;
			})
			.map((element) => `${zm.describe(element)}: shows ${element.clientWidth}×${element.clientHeight} px of ${element.scrollWidth}×${element.scrollHeight} px`);
	});
	return [...clipped, ...(await horizontalOverflow(page))];
}

/** With reduced motion asked for: every element (and ::before/::after) that still moves for longer than 0.01 s. */
async function motionWhenReduced(page: Page): Promise<string[]> {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const problems = await page.evaluate(() => {
		const { zm } = window as unknown as Zm;
		const seconds = (list: string) => list.split(',').map((value) => (value.trim().endsWith('ms') ? parseFloat(value) / 1000 : parseFloat(value)));
		const problems: string[] = [];
		if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') problems.push('the page scrolls smoothly');
		for (const element of document.querySelectorAll('*')) {
			for (const pseudo of [null, '::before', '::after']) {
				const style = getComputedStyle(element, pseudo);
				const transition = Math.max(...seconds(style.transitionDuration));
				const animation = style.animationName === 'none' ? 0 : Math.max(...seconds(style.animationDuration));
				if (transition > 0.01 || animation > 0.01) problems.push(`${zm.describe(element)}${pseudo ?? ''}: transition ${style.transitionDuration}, animation ${style.animationDuration}`);
			}
		}
		return problems;
	});
	await page.emulateMedia({ reducedMotion: null });
	return problems;
}

// ---------------------------------------------------------------------------
// Keyboard helpers

/** Presses Tab until the focused element matches `selector` (not at all if it already does); fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
	for (let presses = 0; presses <= limit; presses++) {
		if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${selector} on ${page.url()}`);
}

/** On a phone the language choice is in the menu: open it with the keyboard, as a visitor would. */
async function openMenuOnPhone(page: Page): Promise<void> {
	if (!(await page.locator('details.menu-small').isVisible())) return;
	await tabTo(page, 'details.menu-small > summary');
	await page.keyboard.press('Enter');
}

const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName.toLowerCase());
const isOpen = (details: Locator) => details.evaluate((element) => (element as HTMLDetailsElement).open);

// ---------------------------------------------------------------------------
// The guarantees
//
// Opening a page costs more than most checks, so each screen size visits every
// page once and runs all its checks there, those that change the page last.
// The tests below read what was found.

/** The checks at each screen size. */
const SURVEYS = {
	phone: {
		options: { viewport: PHONE },
		checks: { targets: undersizedTargets, motion: motionWhenReduced, focus: focusProblems, textSpacing: textSpacingProblems },
	},
	desktop: { options: { viewport: DESKTOP }, checks: { targets: undersizedTargets, focus: focusProblems } },
	narrow: { options: { viewport: NARROW }, checks: { reflow: horizontalOverflow } },
	zoomed: { options: ZOOM_200, checks: { reflow: horizontalOverflow } },
};
type Screen = keyof typeof SURVEYS;
type Found<S extends Screen> = Record<keyof (typeof SURVEYS)[S]['checks'], string[]>;

const surveys = new Map<Screen, Promise<Record<string, string[]>>>();
/** What the checks found on every page at `screen`; the pages are visited once, by the first test that asks. */
function found<S extends Screen>(screen: S): Promise<Found<S>> {
	if (!surveys.has(screen)) surveys.set(screen, checkEveryPage(SURVEYS[screen].options, SURVEYS[screen].checks as Record<string, Check>));
	return surveys.get(screen)! as Promise<Found<S>>;
}

/** Long enough for the first test at a screen size, which visits every page. */
// A survey opens every page of the table: its time grows with the pages, one table per language (about 4 s a page on a busy 2-core machine).
const SURVEY_TIMEOUT = Math.max(300_000, SITE_PAGES.length * 10_000);

/**
 * Runs axe on every page the build made at each of SIZES, in one tab of one
 * browser context: each page is loaded once, checked at the first size,
 * resized to the next (the CSS lays it out again, as for a visitor who turns
 * a tablet) and checked again. axe is put into every document of the context
 * once, by addInitScript, instead of being sent with every page. Returns the
 * violations per size, each named with its page, and how long it all took.
 *
 * Per page this loads the page and axe once instead of once per size: 121
 * pages at two sizes took 80 s at a load of 9 on two cores, where a pass per
 * size, axe added to every page, took 223 s (104 s + 119 s) at a load of 12.
 */
async function axeOnEveryPage(): Promise<{ violations: Record<string, string[]>; pages: number; seconds: number }> {
	const started = performance.now();
	const context = await newContext({ viewport: SIZES[0]!.viewport });
	await context.addInitScript({ content: axeSource });
	const violations: Record<string, string[]> = Object.fromEntries(SIZES.map(({ size }) => [size, []]));
	try {
		const page = await context.newPage();
		for (const sitePage of ALL_PAGES) {
			await page.setViewportSize(SIZES[0]!.viewport);
			const response = await page.goto(new URL(sitePage.path, server.url).href, { waitUntil: 'load' });
			expect(response?.status(), `status of /${sitePage.path}`).toBe(sitePage.status ?? 200);
			await sitePage.prepare?.(page);
			for (const { viewport, size } of SIZES) {
				await page.setViewportSize(viewport);
				violations[size]!.push(...(await axeViolations(page)).map((violation) => `/${sitePage.path}: ${violation}`));
			}
		}
	} finally {
		await context.close();
	}
	return { violations, pages: ALL_PAGES.length, seconds: (performance.now() - started) / 1000 };
}

let axeSurvey: ReturnType<typeof axeOnEveryPage> | undefined;

/** Room for every page of the demo at both sizes on a busy machine (see axeOnEveryPage). */
const EVERY_PAGE_TIMEOUT = 1_200_000;

describe('axe-core finds no WCAG 2.2 AA violation', () => {
	it.each(SIZES)('on any page of the site, at $size', async ({ size }) => {
		// The first test visits every page once for both sizes; the second reads what it found.
		const first = !axeSurvey;
		axeSurvey ??= axeOnEveryPage();
		const { violations, pages, seconds } = await axeSurvey;
		if (first) console.info(`axe at ${SIZES.map((each) => each.size).join(' and ')}: ${pages} pages in ${seconds.toFixed(1)} s`);
		expect(violations[size]).toEqual([]);
	}, EVERY_PAGE_TIMEOUT);
});

describe('keyboard', () => {
	it('on every page, the first Tab reaches a skip link, and it moves focus to the main content', async () => {
		const { skipLink } = await checkEveryPage({}, { skipLink: skipLinkProblems }, { prepare: false });
		expect(skipLink).toEqual([]);
	}, SURVEY_TIMEOUT);

	it.each(['phone', 'desktop'] as const)('Tab reaches every link, button and field, and each shows a visible focus indicator, on every page, on a %s', async (screen) => {
		expect((await found(screen)).focus).toEqual([]);
	}, SURVEY_TIMEOUT);

	it.each(demoLocales)('the phone menu opens, closes and leads on with the keyboard alone, without JavaScript (%s)', async (lang) => {
		await withoutJavaScript('home', lang, { viewport: PHONE }, async (page) => {
			const menu = page.locator('details.menu-small');
			await tabTo(page, 'details.menu-small > summary');
			expect(await isOpen(menu)).toBe(false);
			await page.keyboard.press('Enter');
			expect(await isOpen(menu), 'Enter opens it').toBe(true);
			await page.keyboard.press('Space');
			expect(await isOpen(menu), 'Space closes it').toBe(false);
			await page.keyboard.press('Space');
			expect(await isOpen(menu), 'Space opens it').toBe(true);
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => !!document.activeElement?.closest('details.menu-small nav')), 'the next Tab stop is in the menu').toBe(true);
			const stories = urls.stories(lang);
			await tabTo(page, `details.menu-small a[href="${stories}"]`, 10);
			await page.keyboard.press('Enter');
			await page.waitForURL(`**${stories}`);
		});
	});

	it('on a wide screen the main menu is a plain list that Tab reaches, without JavaScript', async () => {
		await withoutJavaScript('home', defaultLocale, { viewport: DESKTOP }, async (page) => {
			expect(await page.locator('details.menu-small').isVisible()).toBe(false);
			await tabTo(page, `nav.menu-wide a[href="${urls.stories(defaultLocale)}"]`);
			await page.keyboard.press('Enter');
			await page.waitForURL(`**${urls.stories(defaultLocale)}`);
		});
	});

	it.each(SIZES)('the language switcher (in the menu on a phone) leads to each translation and back with the keyboard alone, without JavaScript, at $size', async ({ viewport }) => {
		await withoutJavaScript('story', defaultLocale, { viewport }, async (page) => {
			const original = new URL(page.url()).pathname;
			for (const other of demoLocales.filter((locale) => locale !== defaultLocale)) {
				await openMenuOnPhone(page);
				await tabTo(page, `nav.language a[hreflang="${other}"]`);
				await page.keyboard.press('Enter');
				await page.waitForURL(`**${demoPath.story(other, 'weer-aan-het-werk-na-een-liesbreuk')}`);
				expect(await page.getAttribute('html', 'lang')).toBe(other);
				await openMenuOnPhone(page);
				await tabTo(page, `nav.language a[hreflang="${defaultLocale}"]`);
				await page.keyboard.press('Enter');
				await page.waitForURL(`**${original}`);
				expect(await page.getAttribute('html', 'lang')).toBe(defaultLocale);
			}
		});
	});
});

describe('layout', () => {
	it.each(['phone', 'desktop'] as const)('every target is at least 24×24 px or covered by an exception of WCAG 2.5.8, on every page, on a %s', async (screen) => {
		expect((await found(screen)).targets).toEqual([]);
	}, SURVEY_TIMEOUT);

	it.each([
		{ screen: 'narrow', description: '320 px wide' },
		{ screen: 'zoomed', description: '200% zoom of a 1280×800 screen' },
	] as const)('no page scrolls sideways at $description (WCAG 1.4.10 reflow)', async ({ screen }) => {
		expect((await found(screen)).reflow).toEqual([]);
	}, SURVEY_TIMEOUT);

	it('with wider text spacing (WCAG 1.4.12), no text is cut off and no page scrolls sideways on a phone', async () => {
		expect((await found('phone')).textSpacing).toEqual([]);
	}, SURVEY_TIMEOUT);

	it('with reduced motion asked for, nothing on any page transitions or animates for longer than 0.01 s', async () => {
		expect((await found('phone')).motion).toEqual([]);
	}, SURVEY_TIMEOUT);
});
