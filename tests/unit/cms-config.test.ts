import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../cms/config.ts';
import { backendImageOrigins, backendOrigins, backendSettings } from '../../src/settings/cms-backend.ts';
import { withTodayAsDefault, type CmsField } from '../../cms/fields.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { SUPPORTED_LOCALES } from '../../src/schemas/primitives.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { settings } from '../../src/settings/index.ts';
import { image } from './schema-helpers.ts';

interface JsonSchema {
	type?: string;
	propertyNames?: { enum?: string[] };
	additionalProperties?: JsonSchema | boolean;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	enum?: string[];
	items?: JsonSchema;
}

/** Settings the IT team sets in the file; the CMS form leaves them alone (Decap keeps fields it has no form for). */
// trustedFormHandlers: which third party may receive patients' stories is the IT team's decision, not an editor's.
// medicalReview: how often medical content must be reviewed is the medical staff's policy, written once in the file.
const NOT_IN_THE_FORM: Record<string, string[]> = { settings: ['analytics', 'cms', 'medicalReview', 'shareYourStory.trustedFormHandlers'] };

const inputSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/** Every difference between a schema and the CMS fields for it, as "path: what differs". */
function drift(schema: JsonSchema, fields: CmsField[], path: string, skip: string[] = [], insideOptionalGroup = false): string[] {
	// Text per language is a record keyed by any language the kit supports; the form asks for the site's languages
	// (settings.locales), and which of them are required is a rule of its own.
	const perLanguage = !schema.properties && schema.propertyNames?.enum;
	if (perLanguage) return drift({ properties: Object.fromEntries(settings.locales.map((code) => [code, { type: 'string' }])), required: fields.filter((field) => field.required !== false).map((field) => field.name) }, fields, path);
	const properties = schema.properties ?? {};
	const formFields = fields.filter((field) => field.name !== 'body');
	const problems: string[] = [];
	const schemaNames = Object.keys(properties).filter((name) => !skip.includes(`${path}${name}`));
	for (const name of schemaNames) if (!formFields.some((field) => field.name === name)) problems.push(`${path}${name}: in the schema, not in the CMS`);
	for (const field of formFields) {
		const property = properties[field.name];
		const at = `${path}${field.name}`;
		if (!property) {
			problems.push(`${at}: in the CMS, not in the schema`);
			continue;
		}
		const requiredInSchema = (schema.required ?? []).includes(field.name);
		const requiredInForm = field.required !== false;
		// Inside an optional group, or for a field the schema asks for in some entries only (required_if: a story's
		// consent, in patient stories), "required" means "once it is used": the schema decides (cms/widgets/checked.ts).
		const conditional = (insideOptionalGroup && requiredInSchema) || (field.required_if !== undefined && requiredInForm);
		if (requiredInSchema !== requiredInForm && !conditional) problems.push(`${at}: ${requiredInSchema ? 'required' : 'optional'} in the schema, ${requiredInForm ? 'required' : 'optional'} in the CMS`);

		const isList = property.type === 'array';
		const choices = property.enum ?? property.items?.enum;
		// The language of a text is one of the site's languages; the site's own list (settings.locales) offers every language the kit supports.
		const values = !isList && choices?.join() === SUPPORTED_LOCALES.join() ? settings.locales : choices;
		if (values) {
			const options = (field.options ?? []).map((option) => option.value);
			if (field.widget !== 'select' || [...options].sort().join() !== [...values].sort().join()) problems.push(`${at}: the choices differ (schema: ${values.join(', ')}; CMS: ${options.join(', ') || field.widget})`);
			if (Boolean(field.multiple) !== isList) problems.push(`${at}: ${isList ? 'several choices' : 'one choice'} in the schema`);
		} else if (property.type === 'object') {
			if (field.widget !== 'object') problems.push(`${at}: a group in the schema, a ${field.widget} in the CMS`);
			else problems.push(...drift(property, field.fields ?? [], `${at}.`, skip, field.required === false));
		} else if (isList && property.items?.type === 'object') {
			if (field.widget !== 'list' || !field.fields) problems.push(`${at}: a list of groups in the schema`);
			else problems.push(...drift(property.items, field.fields, `${at}[].`));
		} else if (isList) {
			if (!(field.widget === 'list' || (field.widget === 'relation' && field.multiple))) problems.push(`${at}: a list in the schema, a ${field.widget} in the CMS`);
		} else if (property.type === 'boolean' && field.widget !== 'boolean') problems.push(`${at}: yes/no in the schema, a ${field.widget} in the CMS`);
		else if ((property.type === 'number' || property.type === 'integer') && field.widget !== 'number') problems.push(`${at}: a number in the schema, a ${field.widget} in the CMS`);
	}
	return problems;
}

const config = cmsConfig(settings);
const collections = config.collections as { name: string; folder?: string; extension?: string; i18n?: boolean; fields?: CmsField[]; files?: { fields: CmsField[] }[] }[];
const collection = (name: string) => collections.find((candidate) => candidate.name === name)!;

describe('the CMS configuration follows the content schemas (one source of truth)', () => {
	for (const [name, definition] of Object.entries(COLLECTIONS)) {
		it(`${name}: the same fields, required-ness and choices, in the same folder`, () => {
			const cms = collection(name);
			expect(cms.folder).toBe(`content/${definition.folder}`);
			expect(cms.extension).toBe(definition.extension);
			expect(Boolean(cms.i18n)).toBe(definition.localized);
			expect(drift(inputSchema(definition.schema({ image, maxYears: 5 })), cms.fields!, '')).toEqual([]);
		});
	}

	it('settings: the same fields, except those only the IT team sets', () => {
		expect(drift(inputSchema(settingsSchema), collection('settings').files![0]!.fields, '', NOT_IN_THE_FORM.settings)).toEqual([]);
	});

	it('would notice a field that drifted', () => {
		const fields = collection('testimonials').fields!.map((field) => (field.name === 'compensated' ? { ...field, name: 'paid' } : field));
		const problems = drift(inputSchema(COLLECTIONS.testimonials.schema({ image, maxYears: 5 })), fields, '');
		expect(problems).toEqual(['compensated: in the schema, not in the CMS', 'paid: in the CMS, not in the schema']);
	});

	it('makes consent required for a testimonial, with reference, dates and channels required inside it', () => {
		const consent = collection('testimonials').fields!.find((field) => field.name === 'consent')!;
		expect(consent.required).not.toBe(false);
		expect(consent.fields!.filter((field) => field.required !== false).map((field) => field.name)).toEqual(['reference', 'grantedOn', 'expiresOn', 'channels']);
	});

	it('starts a new entry with safe defaults, and never a consent reference or date of consent', () => {
		const today = '2026-11-30';
		const [stories, testimonials] = (['stories', 'testimonials'] as const).map((name) => withTodayAsDefault(collection(name), today).fields!);
		const field = (fields: CmsField[], path: string): CmsField => path.split('.').reduce<CmsField>((found, name, index) => (index === 0 ? fields : found.fields!).find((candidate) => candidate.name === name)!, undefined as never);
		expect(field(testimonials!, 'givenOn').default).toBe(today);
		expect(field(testimonials!, 'author.role').default).toBe('patient');
		expect(field(stories!, 'publishedOn').default).toBe(today);
		// The kind that needs consent: a default that can hold a story back but never publish one.
		expect(field(stories!, 'kind').default).toBe('patient');
		for (const fields of [stories!, testimonials!]) {
			expect(field(fields, 'consent.channels').default).toEqual(['website']);
			for (const own of ['reference', 'grantedOn', 'expiresOn', 'photo', 'withdrawnOn']) expect(field(fields, `consent.${own}`).default ?? false, own).toBe(false);
			expect(field(fields, 'consent.expiresOn').years_after).toBe('consent.grantedOn');
		}
		// The configuration is written at build time: today is set in the editor's browser, not here.
		const unresolved = field(collection('testimonials').fields!, 'givenOn');
		expect([unresolved.default_today, unresolved.default]).toEqual([true, undefined]);
	});
});

describe('the CMS backend', () => {
	it('comes from settings, and environment variables override it for another host', () => {
		expect(backendSettings(settings)).toMatchObject({ backend: 'github', repo: 'ziekenhuis-lindeveld/website', branch: 'main' });
		const gitlab = backendSettings(settings, { CMS_BACKEND: 'gitlab', CMS_REPO: 'lindeveld/site', CMS_BASE_URL: 'https://git.lindeveld.example', CMS_APP_ID: 'abc' });
		expect(gitlab).toMatchObject({ backend: 'gitlab', repo: 'lindeveld/site', baseUrl: 'https://git.lindeveld.example', appId: 'abc' });
		expect(cmsConfig(settings, { CMS_BACKEND: 'gitlab', CMS_REPO: 'lindeveld/site', CMS_APP_ID: 'abc' }).backend).toMatchObject({ name: 'gitlab', app_id: 'abc', auth_type: 'pkce' });
	});

	it('names the API origins the admin may talk to', () => {
		expect(backendOrigins(backendSettings(settings))).toEqual(['https://api.github.com']);
		expect(backendOrigins({ backend: 'gitea', repo: 'a/b', branch: 'main', baseUrl: 'https://code.lindeveld.example' })).toEqual(['https://code.lindeveld.example']);
		// GitHub's OAuth proxy is opened in a pop-up, never fetched; GitLab's PKCE login fetches its token from baseUrl.
		expect(backendOrigins({ backend: 'github', repo: 'a/b', branch: 'main', baseUrl: 'https://cms-auth.lindeveld.example' })).toEqual(['https://api.github.com']);
		expect(backendOrigins({ backend: 'gitlab', repo: 'a/b', branch: 'main', appId: 'x' })).toEqual(['https://gitlab.com']);
		expect(backendOrigins({ backend: 'gitlab', repo: 'a/b', branch: 'main', baseUrl: 'https://login.lindeveld.example', apiRoot: 'https://git.lindeveld.example/api/v4' })).toEqual([
			'https://git.lindeveld.example',
			'https://login.lindeveld.example',
		]);
	});

	it('names where the admin may show the editor’s avatar from', () => {
		expect(backendImageOrigins(backendSettings(settings))).toEqual(['https://avatars.githubusercontent.com']);
		expect(backendImageOrigins({ backend: 'forgejo', repo: 'a/b', branch: 'main', baseUrl: 'https://code.lindeveld.example' })).toEqual(['https://code.lindeveld.example', 'https://secure.gravatar.com']);
		expect(backendImageOrigins(undefined)).toEqual([]);
	});

	it('leaves out the editorial workflow for Gitea, which cannot do it', () => {
		expect(cmsConfig(settings, { CMS_BACKEND: 'gitea', CMS_REPO: 'lindeveld/site' })).not.toHaveProperty('publish_mode');
		expect(cmsConfig(settings, { CMS_BACKEND: 'forgejo', CMS_REPO: 'lindeveld/site' })).toHaveProperty('publish_mode', 'editorial_workflow');
	});

	it('uses the editorial workflow and the site’s own languages, with Dutch as the interface', () => {
		expect(config).toMatchObject({ publish_mode: 'editorial_workflow', locale: 'nl', load_config_file: false, i18n: { structure: 'multiple_folders', locales: settings.locales, default_locale: settings.locales[0] } });
	});
});

/** Every image field of a collection, with the path of names that leads to it. */
function imageFields(fields: CmsField[], at = ''): { path: string; field: CmsField }[] {
	return fields.flatMap((field) => [
		...(field.widget === 'image' ? [{ path: `${at}${field.name}`, field }] : []),
		...imageFields([...(field.fields ?? []), ...(field.field ? [field.field] : [])], `${at}${field.name}.`),
	]);
}

describe('pictures uploaded in the CMS', () => {
	const withPictures = collections.filter((candidate) => candidate.fields && imageFields(candidate.fields).length > 0);

	it('are asked for in stories, testimonials, specialties and team', () => {
		expect(withPictures.map((candidate) => candidate.name).sort()).toEqual(['specialties', 'stories', 'team', 'testimonials']);
	});

	it('land in content/media/ from every collection, new and existing entries alike: no collection or field has a media folder of its own', () => {
		// Decap resolves a relative media_folder against the entry's path without its language folder, or the
		// collection's folder for a new entry (https://github.com/decaporg/decap-cms/issues/4781).
		expect(config.media_folder).toBe('content/media');
		for (const candidate of withPictures) {
			expect(candidate, candidate.name).not.toHaveProperty('media_folder');
			for (const { path: at, field } of imageFields(candidate.fields!)) expect(field, `${candidate.name}: ${at}`).not.toHaveProperty('media_folder');
		}
	});

	it('are referred to from each entry’s own file, as the site’s schemas want it (../media/ or ../../media/)', () => {
		for (const candidate of withPictures as { name: string; folder: string; i18n?: boolean; public_folder?: string }[]) {
			const entryFolder = candidate.i18n ? `${candidate.folder}/nl` : candidate.folder;
			expect(path.posix.join(entryFolder, candidate.public_folder!, 'foto.jpg'), candidate.name).toBe('content/media/foto.jpg');
		}
	});
});
