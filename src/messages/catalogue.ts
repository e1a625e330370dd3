import type { ConsentState } from '../consent/gate.ts';
import type { DetailKind } from '../consent/identifying-details.ts';
import type { LeakPlace } from '../consent/leak-check.ts';
import type { WhyNot } from '../consent/needles.ts';
import type { Audience } from '../schemas/audiences.ts';
import type { Section } from '../schemas/settings.ts';

/**
 * The catalogue of editors' messages: every message the build log, the
 * content check, the scripts and the CMS's save check show an editor, by its
 * stable code, with the parameters it is given. The texts are not here: each
 * language file (src/i18n/languages/<code>.ts) has a `messages` part with one
 * function per code, typed by this interface, so a language that lacks a
 * message, or uses a parameter that does not exist, fails `astro check`.
 *
 * Codes are `area.whatHappened` in camelCase after the dot (`date.invalid`,
 * `consent.expired`, `yaml.unquotedNumber`); the area is the concern that
 * raises it (settings, text, date, consent, mdx, picture, file, yaml…).
 * **A code never changes once published**: editors give it to support and
 * docs/messages.md lists them. A message whose meaning changes gets a new
 * code; a code that is no longer used is left out, never reused.
 *
 * Each message says what happened and what to do, naming what the editor
 * wrote; the file, the field and (for bodies) the line are added around it by
 * the code that knows them. Parameters are plain values (text, numbers,
 * lists already joined); the words around them belong to each language.
 */
export interface MessageParams {
	/** editorLanguage in settings names a language the kit has no file for. */
	'settings.editorLanguageUnknown': { value: string; supported: string };
	/** A date is missing. */
	'date.missing': Record<never, never>;
	/** A date field holds a list or a block instead of a date. */
	'date.notText': Record<never, never>;
	/** A date field holds something that is not written as a date (a number, a word). */
	'date.notADate': { value: string };
	/** A date written as a date that does not exist (2025-02-30, 2025-13-01). */
	'date.invalid': { value: string };
	/** A short name (slug) that refers to another file is missing. */
	'slug.missing': Record<never, never>;
	/** A short name (slug) holds capitals, spaces, accents or loose hyphens. */
	'slug.format': Record<never, never>;
	/** A short name (slug) longer than a file name may be (SLUG_MAX_LENGTH, src/schemas/primitives.ts); `length` in characters. */
	'slug.tooLong': { length: number; maximum: number };
	/** A text holds only characters that show nothing (zero-width spaces, direction marks); `value` is written with \u escapes. */
	'text.invisibleOnly': { value: string; required: boolean };
	/** A required text is missing or empty; `field` names it in words (fieldName()). */
	'text.missing': { field: string };
	/** A text is longer than its field allows. */
	'text.tooLong': { field: string; maximum: number };
	/** A field with a fixed list of values is empty. */
	'choice.missing': { field: string; choices: string };
	/** A field with a fixed list of values holds another value. */
	'choice.invalid': { value: string; field: string; choices: string };
	/** A menu item in settings names both a section and a page, or neither. */
	'settings.menuItemSectionOrPage': Record<never, never>;
	/** A web address in settings is not a full address (no scheme, spaces, backslashes); `mailto` when a mailto: address is allowed too. */
	'address.notFull': { value: string; mailto: boolean };
	/** A mailto: address in settings is not a valid e-mail address. */
	'address.invalidEmail': { value: string };
	/** A web address in settings does not start with https:// (or mailto: where allowed). */
	'address.notHttps': { value: string; mailto: boolean };
	/** A web address has an @ before the host: a browser goes to `host`, not to what comes before (RFC 3986, 3.2.1). */
	'address.userInfo': { value: string; host: string };
	/** A web address's website name (`host`) has characters no name has, such as * ; " or , (RFC 1123 section 2.1). */
	'address.hostName': { value: string; host: string };
	/** A web address in settings is missing. */
	'address.missing': Record<never, never>;
	/** The logo is not a path in public/. */
	'settings.logoPath': Record<never, never>;
	/** The brand colour is not written as #rrggbb. */
	'settings.brandColorFormat': Record<never, never>;
	/** White text on the brand colour has less than 4.5:1 contrast (WCAG 2.2, 1.4.3); `ratio` as "3.1". */
	'settings.brandColorContrast': { colour: string; ratio: string };
	/** The site's languages (locales) are missing or not a list. */
	'settings.localesMissing': Record<never, never>;
	/** A language is named twice in locales. */
	'settings.localesRepeated': Record<never, never>;
	/** The time zone is not one the IANA database knows. */
	'settings.timeZoneUnknown': Record<never, never>;
	/** The contact e-mail address is not valid. */
	'settings.emailInvalid': Record<never, never>;
	/** A trusted form handler is not written as a server name. */
	'settings.formHandlerHost': Record<never, never>;
	/** analytics.provider is not one the kit supports. */
	'settings.analyticsProvider': Record<never, never>;
	/** cms.repo is not written as owner/name. */
	'settings.cmsRepo': Record<never, never>;
	/** A text given per language lacks one of the site's languages. */
	'settings.textPerLanguage': { language: string; locales: string };
	/** The share-your-story form would send patients' stories to a host that is not the site's own and not listed as trusted. */
	'settings.formEndpointElsewhere': { host: string; own: string };
	/** consent.channels names a channel that does not exist. */
	'consent.channelUnknown': { value: string; choices: string };
	/** consent.channels is not a list. */
	'consent.channelsNotList': Record<never, never>;
	/** consent.channels is an empty list. */
	'consent.channelsEmpty': Record<never, never>;
	/** An item that needs consent has no consent block. */
	'consent.missing': Record<never, never>;
	/** consent.expiresOn is on or before consent.grantedOn. */
	'consent.expiryNotAfterGrant': { expiresOn: string; grantedOn: string };
	/** Consent lasts longer than settings' consent.maxYears allows. */
	'consent.tooLong': { maxYears: number; latest: string };
	/** An opening or closing time is not written as HH:MM. */
	'time.format': Record<never, never>;
	/** Closing time is not after opening time. */
	'openingHours.closesBeforeOpening': Record<never, never>;
	/** A meta description has fewer than 50 characters. */
	'description.tooShort': Record<never, never>;
	/** A meta description has more than 160 characters (what search engines show). */
	'description.tooLong': Record<never, never>;
	/** A story or testimonial names no specialty. */
	'specialties.empty': Record<never, never>;
	/** A patient story has no consent block. */
	'story.patientWithoutConsent': Record<never, never>;
	/** lastReviewedOn is set without reviewedBy. */
	'story.reviewerMissing': Record<never, never>;
	/** A testimonial has no author block. */
	'testimonial.authorMissing': Record<never, never>;
	/** A photo has no photoAlt. */
	'photo.altMissing': Record<never, never>;
	/** A BIG or RIZIV number does not have 11 digits. */
	'team.registrationFormat': Record<never, never>;
	/** A physician has no BIG or RIZIV number. */
	'team.physicianWithoutRegistration': Record<never, never>;
	/** A field the schema does not know (a typo, or data that must not be in the file). */
	'field.unknown': Record<never, never>;
	/** A required field is empty or absent. */
	'field.missing': Record<never, never>;
	/** A field is missing or of the wrong kind, where what was read is not known (the CMS's check). */
	'field.missingOrWrong': { expected: ExpectedValue };
	/** A text field holds another kind of value (YAML read 9000 as a number, nee as text…); `value` is what the file says, when known. */
	'value.textExpected': { value?: string; kind: ValueKind };
	/** A yes/no field holds something else than true or false (nee, ja, "true"). */
	'value.booleanExpected': { value?: string };
	/** A number field holds something else than a number. */
	'value.numberExpected': { value?: string };
	/** A list field holds one value instead of a list. */
	'value.listExpected': { value?: string; kind: ValueKind };
	/** A field that holds fields of its own (a block) holds one value. */
	'value.blockExpected': { value?: string; kind: ValueKind };
	/** A value of a kind the field does not take, in any other case. */
	'value.wrongForm': { value?: string; kind: ValueKind };
	/** A list has fewer items than it needs. */
	'list.tooFew': { minimum: number };
	/** A text is shorter than its field needs. */
	'text.tooShort': { minimum: number };
	/** A number is smaller than allowed. */
	'number.tooSmall': { minimum: number };
	/** A list has more items than allowed. */
	'list.tooMany': { maximum: number };
	/** A text is longer than allowed (where its field has no words of its own). */
	'text.tooManyCharacters': { maximum: number };
	/** A number is larger than allowed. */
	'number.tooLarge': { maximum: number };
	/** A value is not one of a fixed list (where the field has no words of its own). */
	'choice.notListed': { choices: string };
	/** A number that must be whole has decimals. */
	'number.notWhole': Record<never, never>;
	/** Any other problem the schema library finds; `detail` is its own (English) words. */
	'value.notPossible': { detail: string };
	/** A folder in content/ is named like a file (x.png/), which the build could take for a file. */
	'file.folderNamedLikeFile': Record<never, never>;
	/** A file of program code (.js, .ts, .json, .html…) in content/, which holds only content. */
	'file.code': Record<never, never>;
	/** An SVG drawing in content/: it can hold code. */
	'file.svg': Record<never, never>;
	/** A content file is marked as an executable program; `file` is its path in content/. */
	'file.executable': { file: string };
	/** A file in content/media/ that is not a picture by its name. */
	'file.notAPictureInMedia': Record<never, never>;
	/** A file in a collection's folder that is not an entry of it (wrong place or extension). */
	'file.notAnEntry': { folder: string; extension: string; localized: boolean };
	/** A picture outside content/media/. */
	'file.pictureOutsideMedia': Record<never, never>;
	/** A file in content/ outside every content folder. */
	'file.notContent': { folders: string; settingsFile: string };
	/** A content file is not saved as UTF-8; `shown` is the start of the first line that is not. */
	'file.notUtf8': { line: number; shown: string };
	/** A line holds an invisible control character; `character` as a \u escape. */
	'file.controlCharacter': { line: number; character: string };
	/** A line holds U+FFFD, where a letter was lost before. */
	'file.replacementCharacter': { line: number };
	/** A content file is larger than the limit (in KB). */
	'file.tooLarge': { kilobytes: number; maximum: number };
	/** A text holds a marker Astro or Vite use themselves (__ASTRO_…, __VITE_…, @@ASTRO…): red-team findings 01, 09, 11. */
	'content.internalMarker': { value: string };
	/** A text in the front matter holds an invisible control character (from a YAML escape such as "\e"); `character` as a \u escape. */
	'yaml.controlCharacter': { character: string };
	/** A file does not start with front matter between two "---" lines. */
	'yaml.noFrontMatter': Record<never, never>;
	/** The front matter is TOML (between "+++"), which the site does not read. */
	'yaml.toml': Record<never, never>;
	/** The front matter cannot be parsed as YAML. */
	'yaml.unreadable': { line: number };
	/** A field appears twice in the front matter. */
	'yaml.duplicateField': { field: string; line: number };
	/** A plain value is cut at " #", which YAML reads as a comment (issue 19, case 1). */
	'yaml.textCutAtComment': { text: string; line: number };
	/** A quoted value is followed by " #…" on the same line, which YAML reads as a comment. */
	'yaml.commentAfterQuotedText': { text: string; after: string; whole: string; line: number };
	/** A text continued on a line starting with #, which YAML reads as a comment. */
	'yaml.textCutAtCommentLine': { text: string; whole: string; line: number };
	/** A date field holds a date with a time; `readAs` is the day the site would read when the time zone shifts it. */
	'yaml.dateWithTime': { written: string; meant: string; readAs?: string; line: number };
	/** The front matter cannot be read because " #" starts a comment mid-line. */
	'yaml.unreadableAtComment': { line: number };
	/** The front matter nests more than 100 levels. */
	'yaml.nestedTooDeeply': { line: number };
	/** YAML references (&name, *name, <<): red-team findings 02, 03. */
	'yaml.reference': { line: number };
	/** A YAML tag such as !!binary or !!js/function. */
	'yaml.tag': { tag: string; line: number };
	/** A reference to another file (a slug) names a file that does not exist; `missing` is the file looked for. */
	'reference.missing': { target: string; missing: string };
	/** A file or folder name holds a line break, an invisible character or one of \ : * ? " < > | # % (red-team finding 12). */
	'file.unsafeName': Record<never, never>;
	/** Something in content/ is not a regular file: a symbolic link, a device, a socket, a pipe. */
	'file.notRegular': { kind: 'symlink' | 'device' | 'socket' | 'fifo' | 'other' };
	/** A content file's name (its slug) holds other characters than lower-case letters, digits and hyphens. */
	'file.nameNotASlug': { name: string };
	/**
	 * A content file's name is longer than the site can name other files after it: an entry's name (its slug, longer
	 * than SLUG_MAX_LENGTH) or a picture's in content/media/ (PICTURE_NAME_MAX_BYTES); `length` in bytes of UTF-8, which
	 * for a slug (a–z, 0–9 and hyphens) is its number of characters.
	 */
	'file.nameTooLong': { length: number; maximum: number };
	/** A collection's language folder is not one of the site's languages. */
	'file.folderNotALanguage': { folder: string; locales: string };
	/** The file asked about (the CMS, a script) is not a regular file in content/. */
	'file.notInContent': Record<never, never>;
	/** A testimonial is in a language the site is not published in. */
	'language.notPublished': { language: string; locales: string };
	/** An entry's slug gives an address another entry or a page of the site already has; `there` names what is there (a file, or a page in words). */
	'address.slugTaken': { slug: string; address: string; there: string };
	/** An entry without a slug is at its file name's address, which is already taken. */
	'address.fileNameTaken': { fileName: string; address: string; there: string };
	/** Two pages would be built at one address (the routes' last check before Astro writes pages). */
	'address.shared': { path: string; first: string; second: string };
	/** A picture file is a Git LFS pointer, not the picture (issue 19, case 4). */
	'picture.lfsPointer': Record<never, never>;
	/** A picture file is empty. */
	'picture.empty': Record<never, never>;
	/** A picture in content/media/ is an SVG drawing by its bytes. */
	'picture.svg': Record<never, never>;
	/** A picture is a HEIC photo, whatever its name. */
	'picture.heic': Record<never, never>;
	/** A file named like a picture is not one by its bytes. */
	'picture.notAPicture': Record<never, never>;
	/** A picture's bytes are of another format than its extension says. */
	'picture.wrongExtension': { format: string; extension: string };
	/** A picture is damaged or truncated (strict decoding fails). */
	'picture.damaged': Record<never, never>;
	/** A picture has more pixels than the limit (268 million). */
	'picture.tooLarge': { width: number; height: number };
	/** A picture is animated where a still is expected. */
	'picture.animated': Record<never, never>;
	/** A picture is stored turned on its side in a format whose orientation Astro does not read (a PNG or WebP with EXIF Orientation 5–8, an AVIF turned a quarter in its own boxes); `format` as "PNG". */
	'picture.turned': { format: string };
	/** A picture in content/media/ that no entry uses (a warning). */
	'picture.unused': Record<never, never>;
	// ---- Picture intake: the build's picture check and the CMS's upload filter (cms/upload-filter.ts) ----
	/**
	 * A picture's orientation note (EXIF Orientation) is damaged, odd or given twice with different values (two EXIF
	 * blocks that disagree, a LONG instead of a SHORT, a value outside 1–8, an IFD offset past the end), so viewers and
	 * Astro would turn it differently (src/images/metadata.ts, orientationNote); `format` as "JPEG".
	 */
	'picture.turnNoteUnclear': { format: string };
	/** The CMS refuses an upload whose metadata (GPS) it cannot take out in the browser: an AVIF; `format` as "AVIF". */
	'upload.cannotClean': { format: string };
	/** The CMS refuses an upload whose structure is broken (cut short): nothing can be removed from it safely. */
	'upload.damaged': Record<never, never>;
	/** The CMS could not clean an upload for a reason of its own (a fault in the CMS, not the picture). */
	'upload.failed': Record<never, never>;
	/** A warning: a picture in content/ still carries the GPS position where it was taken, in a format npm run media:scrub cleans (JPEG, PNG, WebP); `format` as "JPEG". */
	'picture.gps': { format: string };
	/** A warning: a picture in content/ still carries the GPS position, in a format npm run media:scrub cannot clean (AVIF); `format` as "AVIF". */
	'picture.gpsCannotScrub': { format: string };
	/** A note: an entry's file in a language nobody has translated it into yet (the CMS writes one per language); left out of the site. */
	'check.untranslated': Record<never, never>;
	/** settings organisation.logo is not a plain path in public/. */
	'logo.notAPath': { logo: string };
	/** The logo file does not exist or is not a regular file. */
	'logo.missing': { file: string };
	/** The logo SVG holds a script, an event handler or a link. */
	'logo.svgWithCode': { file: string };
	/** The logo is not a picture by its bytes. */
	'logo.notAPicture': { file: string };
	/** A picture field is empty. */
	'pictureRef.missing': Record<never, never>;
	/** A picture path holds invisible characters. */
	'pictureRef.invisibleCharacters': { value: string };
	/** A picture path holds %-codes. */
	'pictureRef.percentCodes': { value: string };
	/** A picture path is a web address or another scheme. */
	'pictureRef.notLocal': { value: string };
	/** A picture path holds a backslash. */
	'pictureRef.backslash': { value: string };
	/** A picture path starts at the root of the computer (/ or ~). */
	'pictureRef.absolute': { value: string };
	/** A picture path has a ? or # after it. */
	'pictureRef.suffix': { value: string };
	/** A picture path leads outside content/. */
	'pictureRef.outsideContent': { value: string };
	/** A picture path leads into content/ but not into content/media/. */
	'pictureRef.outsideMedia': { value: string; resolved: string };
	/** A picture path names a file that is not a raster picture by its extension. */
	'pictureRef.notRaster': { value: string };
	/** A picture path matches a file only after Unicode normalisation (accents stored differently). */
	'pictureRef.differentlyEncoded': { value: string; existing: string };
	/** A picture path names a file that does not exist. */
	'pictureRef.notFound': { value: string; resolved: string };
	/** A scheduled build leaves out a translation because another language version of the same item has a problem. */
	'leftOut.otherTranslation': { other: string };
	/** A page is published without its link to an entry a scheduled build left out. */
	'leftOut.withoutLink': { file: string };
	/** A note in the check's log: where the share-your-story form sends its answers. */
	'check.formDestination': { destination: string };
	/** A note in the check's log: how many pictures were opened and how many were known from the last time. */
	'check.picturesRead': { decoded: number; known: number };
	/** The title above the list of problems that stop the build. */
	'check.problems': { count: number };
	/** A picture in a body has no alt text (WCAG 2.2, 1.1.1). */
	'mdx.pictureWithoutAlt': { url: string };
	/** A picture written as a reference (![text][name]). */
	'mdx.pictureReference': Record<never, never>;
	/** A line of a story starts with import or export (ESM). */
	'mdx.importExport': { code?: string };
	/** A story holds {…}, which MDX runs as code; `code` is what was written, when the parser could read it. */
	'mdx.expression': { code?: string };
	/** A Markdown body (.md) holds HTML, in whatever construct it hides. */
	'mdx.html': { html: string };
	/** A building block written with the wrong capitals (<pullquote>). */
	'mdx.blockMisspelled': { tag: string; meant: string };
	/** A story holds an HTML element (<div>, <img>). */
	'mdx.htmlInStory': { tag: string; blocks: string };
	/** A story uses a component that is not one of the building blocks. */
	'mdx.notABlock': { tag: string; blocks: string };
	/** A building block is written inside a paragraph instead of on a line of its own. */
	'mdx.blockInline': { tag: string };
	/** A building block without content has something inside it. */
	'mdx.blockTakesNoContent': { tag: string; name: string };
	/** A Figure without a picture inside. */
	'mdx.blockNeedsPicture': { tag: string };
	/** An on…= attribute, which runs a script, on any element. */
	'mdx.eventHandler': { attribute: string; tag: string };
	/** A building block has an attribute written as code ({…}). */
	'mdx.attributeCode': { code: string; tag: string };
	/** A building block has an attribute it does not know. */
	'mdx.attributeUnknown': { tag: string; key: string; names: string };
	/** A building block's attribute has no value. */
	'mdx.attributeWithoutValue': { key: string; tag: string };
	/** A building block's attribute value is code ({…}) instead of text. */
	'mdx.attributeValueCode': { key: string; tag: string };
	/** A building block's link is not a page of the site, https://, mailto: or tel:. */
	'mdx.blockLink': { link: string; tag: string };
	/** A building block lacks a required attribute. */
	'mdx.attributeMissing': { tag: string; key: string };
	/** A building block's required attribute is empty. */
	'mdx.attributeEmpty': { key: string; tag: string };
	/** A body nests deeper than the parsers can read safely (red-team finding 07). */
	'mdx.nestedTooDeeply': { levels: number };
	/** A story holds a footnote. */
	'mdx.footnote': Record<never, never>;
	/** A Markdown link with a scheme other than https, http, mailto and tel (javascript:, data:…). */
	'mdx.link': { link: string };
	/** A { without a matching }. */
	'mdx.braceUnmatched': Record<never, never>;
	/** A story holds an HTML comment. */
	'mdx.htmlComment': Record<never, never>;
	/** A building block is opened and not closed. */
	'mdx.blockNotClosed': { name: string };
	/** A closing tag does not match the open building block. */
	'mdx.closingTagMismatch': Record<never, never>;
	/** A < that starts no building block. */
	'mdx.lessThan': Record<never, never>;
	/** The parser cannot read the text; `reason` is its own (English) words. */
	'mdx.unreadable': { reason: string };
	/** content/settings/site.yaml is missing or not a regular file. */
	'settings.fileMissing': Record<never, never>;
	/** The first line of a scheduled build's report, when it left something out. */
	'report.title': Record<never, never>;
	/** The scheduled build's report: the site was published without what is left out. */
	'report.publishedAnyway': { published: string };
	/** The scheduled build's report: the heading above the files left out. */
	'report.leftOut': { count: number };
	/** The scheduled build's report: the heading above pages published without a link to what was left out. */
	'report.withoutLinks': { count: number };
	/** The scheduled build's report: the heading above the warnings, which stop a build on a push. */
	'report.warnings': { count: number };
	/** After the report in the build log: where the report file is. */
	'report.alsoIn': { file: string };
	/** The start of a scheduled build's log line for a file it leaves out, before the file and its problems. */
	'build.leftOut': Record<never, never>;
	/** npm run consent -- withdraw: the heading above what withdrawing a consent form takes off the site. */
	'withdraw.byReference': { forms: string };
	/** npm run consent -- withdraw: the heading when the editor named a file rather than a form. */
	'withdraw.byFile': { asked: string; forms: string };
	/** npm run consent -- withdraw: a file whose consent was already withdrawn. */
	'withdraw.already': { on: string };
	/** npm run consent -- withdraw: named files without a consent block, which stay on the site. */
	'withdraw.noConsentBlock': Record<never, never>;
	/** npm run media:scrub: a picture stored turned that cannot be turned upright without loss. */
	'scrub.cannotTurn': { orientation: number };
	/** npm run media:scrub: a picture that cannot be read. */
	'scrub.damaged': { detail: string };
	/** npm run media:scrub: a picture whose metadata the script cannot remove. */
	'scrub.cannotClean': { format: string };
	/**
	 * npm run media:scrub, after a picture's name: the metadata it carries (`check`, with --check: nothing changed) or
	 * that was removed, `kinds` named in words with messageParts.metadataKind and joined; `orientation` is the EXIF
	 * orientation (2–8) kept so the picture still shows upright, absent when it is stored upright.
	 */
	'scrub.cleaned': { kinds: string; orientation?: number; check: boolean };
	/**
	 * npm run media:scrub, after a PNG's or WebP's name: it is stored turned (EXIF `orientation`, 2–8), so its pixels
	 * are turned upright losslessly and it is saved without EXIF; with `check` (--check) that is what would happen.
	 */
	'scrub.turned': { orientation: number; check: boolean };
	/** npm run media:scrub, its last line: `count` pictures (1 or more) carry metadata (`check`, --check: run it without) or were cleaned. */
	'scrub.summary': { count: number; check: boolean };
	/** npm run media:scrub, its last line when no picture in content/ carries metadata and none had a problem. */
	'scrub.allClean': Record<never, never>;
	/** npm run media:scrub, the line after the problems: `count` pictures (1 or more) could not be cleaned, each named above. */
	'scrub.failed': { count: number };
	/** A build took over the lock of an earlier build that was killed. */
	'build.staleLock': { pid: number; startedAt: string };
	/** A second build in the same folder refuses to start (red-team finding 04); `startedAt` as YYYY-MM-DD HH:MM:SS UTC. */
	'build.running': { who?: { pid: number; host: string; startedAt: string; command?: string }; lockFile: string };
	/** The CMS, next to a field left empty that must be filled in (shown without its code, as Decap's own "required"). */
	'cms.fillIn': Record<never, never>;
	/** The CMS refuses to save an entry the build would refuse; `problems` lists them. */
	'cms.notSaved': { problems: string };
	/** Text in a script whose letters join or reorder (Arabic, Devanagari…), which sharing pictures cannot draw yet; `script` is the script's name in the editor's language. */
	'card.scriptNotDrawable': { script: string; words: string };
	/** Combining accent marks a sharing picture cannot draw apart from their letter. */
	'card.markNotDrawable': { characters: string };
	/** Characters the card fonts do not have. */
	'card.glyphNotDrawable': { characters: string };
	/** The title above text that cannot be drawn on the picture shown when a page is shared. */
	'card.linkText': Record<never, never>;
	/** The title above text that cannot be drawn on a quote card; those testimonials get no card. */
	'card.quoteText': Record<never, never>;
	/** A warning: a text seems to hold a detail that identifies a person (a phone number, a BSN, a date of birth…); `detail` says which, in words. */
	'consent.identifyingDetail': { detail: string; found: string };
	/** The CMS's notice while a text seems to hold a detail that identifies a person. */
	'cms.identifyingDetail': { detail: string };
	/** The CMS refuses to save an entry whose consent block, stored with a reference, the editor emptied: the file would hold no consent at all. Withdrawal is what they mean. */
	'cms.consentCleared': Record<never, never>;
	/** The CMS refuses to save an entry whose address (its own `slug`, or without one its file name) another page already has; `there` names that page (cms.pageTitled). */
	'cms.addressTaken': { address: string; there: string; ownSlug: boolean };
	/** The CMS refuses to save an entry whose address another entry of the same collection has given itself; `other` names that entry (cms.pageTitled). */
	'cms.addressTakenByOther': { address: string; other: string };
	/** How the CMS names another page in its address messages: its kind (the collection) and its title. */
	'cms.pageTitled': { collection: 'stories' | 'specialties' | 'team' | 'locations' | 'pages' | 'other'; title: string };
	/** The leak proof found on a published page something that may not be published today (withdrawn, expired, a consent reference…); the page is named before it. */
	'consent.leak': { place: string; what: string; source: string; field: string; why: string };
	/** The leak proof's report, after the first 100 places: how many more. */
	'consent.leakMore': { count: number };
	/** The title of the leak proof's report: the site was not published. */
	'consent.leaksFound': Record<never, never>;
	/** The end of the leak proof's report: what to do. */
	'consent.leaksFix': Record<never, never>;
	/** A content page loads JavaScript; only the search pages may. */
	'budget.scripts': { count: number; names: string };
	/** A story's HTML and CSS weigh more than the budget (gzipped, in KB). */
	'budget.storyWeight': { total: string; parts: string; limit: string };
	/** A story's first picture, on a phone, weighs more than the budget. */
	'budget.firstPicture': { size: string; which: string; limit: string };
	/** A listing shows more items than the budget; `name` is the listing's name with a leading space, or empty. */
	'budget.listing': { name: string; items: number; limit: number };
	/** The title of the SEO audit's report after the build: the site was not published. */
	'seo.auditFailed': { count: number };
	/** The development server's answer to a request for a file in content/ that is not a picture. */
	'dev.notServed': Record<never, never>;
	/** npm run cms: a port variable is not a port number. */
	'cmsScript.badPort': { variable: string; value: string };
	/** npm run cms: a port is already in use, probably by another npm run cms, decap-server or npm run dev. */
	'cmsScript.portTaken': { port: number; what: 'proxy' | 'site'; variable: string; next: number };
	/** npm run cms: the CMS is being bundled. */
	'cmsScript.bundling': Record<never, never>;
	/** npm run cms: the CMS is ready at `url`. */
	'cmsScript.ready': { url: string };
	/** npm run cms: one of its processes stopped, so it stops too. */
	'cmsScript.stopped': { name: string; code: string };
	/** npm run cms: ZORGMERK_CONTENT_DIR points to a folder not named content. */
	'cmsScript.notContent': { folder: string };
	/** npm run cms: the site did not start within a minute. */
	'cmsScript.notStarted': { url: string };
	/** The build log: the CMS bundle was copied from the folder every copy of the project shares (ZORGMERK_CMS_CACHE), where a build of this or another copy kept it, made from the same files. */
	'cmsBundle.reused': { folder: string };
	/** The build log: the CMS bundle could not be kept in the shared folder (`reason`, e.g. ENOSPC or EACCES); the build goes on without it. */
	'cmsBundle.notShared': { folder: string; reason: string };
	/** The build log: a bundle in the shared folder (`folder`) differs from its record; it was not used, but removed, and is made again. */
	'cmsBundle.damaged': { folder: string };
	/** The label before a page over its speed or size budget (the build stops on it, a scheduled build warns). */
	'budget.over': Record<never, never>;
	/** npm run build failed; the output folder was removed. */
	'build.failed': { dist: string };
	/** npm run build finished: the site is ready. */
	'build.ready': { dist: string };
	/** A scheduled build finished without what it left out; the run counts as failed. */
	'build.readyWithoutLeftOut': { dist: string };
	/** A story lists social posts but its consent does not cover social media. */
	'story.socialWithoutConsent': Record<never, never>;
	/** settings medicalReview.maxAge is not written as years or days. */
	'settings.reviewMaxAge': Record<never, never>;
	/** A warning: the medical content was last reviewed longer ago than settings medicalReview.maxAge allows; `reviewedOn` as YYYY-MM-DD. */
	'review.stale': { reviewedOn: string; years?: number; days?: number };
	/** The title of the SEO advice after the build (titles cut off, repeated headings): the site is published all the same. */
	'seo.advice': { count: number };
	/** SEO advice: a page's title is longer than search engines show. */
	'seo.titleTooLong': { title: string; length: number; shown: number };
	/** SEO advice: a heading repeats the page's main heading. */
	'seo.headingRepeated': { tag: string; text: string };
	/** An SEO defect: a page does not say its language (<html lang>); made by a template, not by content. */
	'seo.langMissing': Record<never, never>;
	/** An SEO defect: a page has no <title>. */
	'seo.titleMissing': Record<never, never>;
	/** An SEO defect: a page's title says nothing about it ("Home", "Pagina", under 10 characters). */
	'seo.titleSaysNothing': { title: string };
	/** An SEO defect: a page has no meta description. */
	'seo.descriptionMissing': Record<never, never>;
	/** An SEO defect: a page's meta description is longer than search engines show; `length` and `maximum` in characters. */
	'seo.descriptionTooLong': { length: number; maximum: number };
	/** An SEO defect: a page's meta description is too short to say what the page is about; in characters. */
	'seo.descriptionTooShort': { length: number; minimum: number };
	/** An SEO defect: a page has no canonical link (<link rel=canonical>); made by a template. */
	'seo.canonicalMissing': Record<never, never>;
	/** An SEO defect: a page's canonical link is not a full address with https://; made by a template. */
	'seo.canonicalNotAbsolute': { url: string };
	/** An SEO defect: a tag social networks read when a page is shared (og:title, og:image…, twitter:card) is missing; made by a template. */
	'seo.shareTagMissing': { tag: string };
	/** An SEO defect: the picture shown when a page is shared (og:image) is not a full address; made by a template. */
	'seo.shareImageNotAbsolute': { url: string };
	/** An SEO defect: the picture shown when a page is shared (og:image) is not in the build. */
	'seo.shareImageNotBuilt': { url: string };
	/** An SEO defect: an indexable page names no language versions (hreflang), not even itself and x-default; made by a template. */
	'seo.hreflangMissing': Record<never, never>;
	/** An SEO defect: a page's structured data (JSON-LD) is not valid JSON; `detail` is the parser's own (English) words. */
	'seo.structuredDataUnreadable': { detail: string };
	/** An SEO defect: structured data marks something up as a review or rating (`type`), which testimonials must never be. */
	'seo.structuredDataReview': { type: string };
	/** An SEO defect: structured data of a `type` lacks a `property` search engines need (schema.org). */
	'seo.structuredDataIncomplete': { type: string; property: string };
	/** An SEO defect: a page has no main heading (<h1>), or more than one; `count` is how many. */
	'seo.mainHeadingCount': { count: number };
	/** An SEO defect: a heading skips a level (an <h3> right after an <h1>); `text` is the heading's start. */
	'seo.headingLevelSkipped': { from: number; to: number; text: string };
	/** An SEO defect: a picture has no alt text at all (not even an empty one); `src` is its address. */
	'seo.imageAltMissing': { src: string };
	/** An SEO defect: a page loads something (a script, a font, a picture) from another site than its own and the chosen statistics service. */
	'seo.loadsFromElsewhere': { url: string };
	/** An SEO defect: a link to an address of this site that does not start with the site's base path (a site under a sub-path). */
	'seo.linkOutsideBase': { href: string; base: string };
	/** An SEO defect: an indexable page (its canonical `url`) is not in sitemap.xml. */
	'seo.notInSitemap': { url: string };
	/** An SEO defect: a page kept out of search engines (noindex) is listed in sitemap.xml. */
	'seo.noindexInSitemap': { url: string };
	/** An SEO defect: a link to a page or file of this site that is not in the build. */
	'seo.brokenLink': { href: string };
	/** An SEO defect: a link to a place on a page (#anchor) that page does not have. */
	'seo.missingAnchor': { href: string; anchor: string };
	/** An SEO defect: pages in one language share a title; `pages` lists the others, `title` is its start. */
	'seo.duplicateTitle': { title: string; pages: string };
	/** An SEO defect: pages in one language share a meta description; `pages` lists the others, `description` is its start. */
	'seo.duplicateDescription': { description: string; pages: string };
	/** The label before a page's SEO defect in a scheduled build's warnings (a build after a change stops on it). */
	'seo.defect': Record<never, never>;
	/** A note in the check's log: "share your story" asks visitors for an e-mail to this address. */
	'check.storiesByEmail': { address: string };
	/**
	 * The image check after the build: a picture in the built site carries camera or editing metadata (`kinds`, named in
	 * words with messageParts.metadataKind), which may hold the place a photo was taken. `from` says where it came from:
	 * `original`, a copy of `source` in content/ as it was uploaded; `madeFrom`, made from `source` in content/ (one
	 * picture or several, joined); `public`, `source` in public/, published as it is; `build`, made by the site itself.
	 */
	'picture.metadataPublished': { file: string; kinds: string; from: 'original' | 'madeFrom' | 'public' | 'build'; source: string };
	/** The title above the pictures with metadata (picture.metadataPublished): the site was not published. */
	'picture.metadataFound': { count: number };
	/** The build log: the image check found no metadata; `removed` unused copies of originals were left out; `same` when the site is the one the last build checked. */
	'picture.checked': { removed: number; same: boolean };
	/**
	 * The build log: the search index has `pages` pages in `languages` languages (a bundle each); `copied` names the
	 * languages (codes, e.g. "fr, en") whose bundle was taken over from the last build that passed, as their pages are unchanged.
	 */
	'search.indexed': { pages: number; languages: number; copied: string[] };
	/** The build log: the consent check found nothing that may not be published in any built file, looking for `checked` things; `same` as in picture.checked. */
	'consent.checked': { checked: number; same: boolean };
	/** The build log: consent on `date` (YYYY-MM-DD): `published` items published, `leftOut` what is left out and why (messageParts.consentLeftOut, joined), or empty. */
	'consent.summary': { date: string; published: number; leftOut: string };
	/** The build log: the SEO audit read `pages` pages; `defects` reported as warnings (a scheduled build), `advice` shown above; `same` as in picture.checked. */
	'seo.audited': { pages: number; defects: number; advice: number; same: boolean };
	/** The build log: every page within its budgets; `statistics` names the statistics script the settings allow on content pages, or is empty; `same` as in picture.checked. */
	'budget.checked': { statistics: string; same: boolean };
	/** The build log: `count` pages over budget, reported as warnings (a scheduled build). */
	'budget.warned': { count: number };
	/** The build log: the build cache forgot `pictures` processed pictures of items that may not be published and `cards` social cards no page uses. */
	'buildCache.forgotten': { pictures: number; cards: number };
	/** The folder where builds keep link previews, `folder`, cannot be used: `reason` is the system's error code, e.g. EEXIST for a file in its place. */
	'cardCache.unusable': { folder: string; reason: string };
	/** The build log: the schemas or the Markdown renderer changed since the last build, so every entry is read again (slower, once). */
	'contentStore.reread': Record<never, never>;
	/** npm run build -- --scheduled: what a scheduled build does differently, at its start. */
	'build.scheduled': Record<never, never>;
	/** ZORGMERK_BUILD holds something else than strict or scheduled. */
	'build.modeUnknown': { value: string };
}

/** What kind of value YAML made of what was written: `9000` is a number, `nee` text, `[a, b]` a list. */
export type ValueKind = 'number' | 'boolean' | 'date' | 'list' | 'block' | 'text';

/** What a field takes, as the schema library (zod) names it; `other` for anything else. */
export type ExpectedValue = 'string' | 'boolean' | 'number' | 'int' | 'array' | 'object' | 'other';

/** A message's stable code, e.g. "date.invalid". */
export type MessageCode = keyof MessageParams;

/** What a language file gives for the catalogue: one function per code, from its parameters to the text. */
export type Messages = { [C in MessageCode]: (params: MessageParams[C]) => string };

/**
 * The fields a message may name in words ("Vul de postcode in"), by key: the
 * noun phrase each language uses for "fill in …", e.g. "the postal code".
 */
export const FIELD_NAMES = ['language', 'section', 'organisationName', 'networkName', 'organisationType', 'phone', 'plausibleDomain', 'gitHost', 'title', 'template', 'consentReference', 'day', 'name', 'itemName', 'street', 'postalCode', 'city', 'country', 'altText', 'medicalSpecialty', 'referralIntro', 'step', 'description', 'storyKind', 'audience', 'quote', 'authorRole', 'register', 'jobTitle', 'profession', 'qualification'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** Words that are parts of messages, not messages of their own (no code is shown for them). */
export interface MessageParts {
	/** The noun phrase for each field, as the object of "fill in": "de postcode", "the postal code", "le code postal", "die Postleitzahl". */
	field: Record<FieldName, string>;
	/** A problem on a line of a body: `Regel 3: ${text}`. */
	atLine: (line: number, text: string) => string;
	/** A problem on a line of the data at the top of a file (front matter), inside a sentence: `regel 3: ${text}`. */
	atDataLine: (line: number, text: string) => string;
	/** A detail that identifies a person, in words: "een telefoonnummer", "a phone number". */
	identifyingDetail: Record<DetailKind, string>;
	/** Where on a published page the leak proof found something, in words: "tekst", "alt-tekst van afbeelding /x.jpg". */
	leakPlace: (place: LeakPlace) => string;
	/** Why what was found may not be published: "ingetrokken op 2026-11-30". */
	leakReason: (why: WhyNot) => string;
	/** What was found: the words, a consent reference, an address, or a photo. */
	leakWhat: (what: LeakWhat) => string;
	/** An item of a list, as the CMS names it in a field's path: "nr. 2". */
	itemNumber: (number: number) => string;
	/** A line of a file, as a label: "regel 12". */
	line: (line: number) => string;
	/** A problem named after the form field it is about, in the CMS: `Titel: ${text}` (the language's punctuation: "Titre : …"). */
	atField: (label: string, text: string) => string;
	/** Who uses a picture with a problem, after the problem: "Gebruikt door: x (hero.image)."; `list` is empty when nothing uses it. */
	pictureUses: (list: string) => string;
	/** A page the site makes itself, as the object of "where … already is": "het overzicht van de verhalen", "the list of stories". */
	sitePage: Record<SitePage, string>;
	/** A kind of metadata in a picture, in words: "EXIF", "Photoshop-gegevens". */
	metadataKind: Record<MetadataKind, string>;
	/** Items left out for one reason, in the consent summary of the build log: "2 ingetrokken", "1 draft". */
	consentLeftOut: (state: LeftOutState, count: number) => string;
}

/**
 * The kinds of camera or editing metadata in a picture: what the image check finds (src/images/published-images.ts,
 * the first five) and what `npm run media:scrub` removes (src/images/metadata.ts, by metadataKindKey): `text`, a PNG's
 * text notes; `time`, a PNG's time of last change; `multiPicture`, a JPEG's index of further pictures (MPF);
 * `trailing`, data after the end of the picture (a motion photo's video); `application`, a camera maker's or a
 * program's own block (JPEG APP1–APP15 other than EXIF, XMP, ICC and MPF).
 */
export type MetadataKind = 'exif' | 'xmp' | 'iptc' | 'photoshop' | 'comments' | 'text' | 'time' | 'multiPicture' | 'trailing' | 'application';

/** Why a consent-bearing item is left out of the site (src/consent/gate.ts), or that it is a draft. */
export type LeftOutState = Exclude<ConsentState, 'publishable'> | 'draft';

/** What the leak proof found on a page (src/consent/leak-check.ts). */
export type LeakWhat = { kind: 'words'; words: string } | { kind: 'reference'; value: string } | { kind: 'slug'; value: string } | { kind: 'photo' };

/** The pages the site makes itself (src/routing/addresses.ts): the root, a home page, a section's list, an audience's page or stories, a specialty's stories. */
export type SitePage = 'root' | 'home' | `list.${Section}` | `audience.${Audience}` | `audienceStories.${Audience}` | 'specialtyStories';
