/** JSON to put inside a <script> data block: "<", ">" and "&" escaped, so no text in it can close the tag. */
export function jsonForScriptTag(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
