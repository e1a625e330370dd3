/** The CMS's entry script in the built site, relative to admin/ (see admin-bundle.ts). */
declare module 'virtual:zorgmerk/admin-script' {
	const entry: string;
	export default entry;
}
