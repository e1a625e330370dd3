/**
 * Camera metadata in image files: finding a GPS position in EXIF, and
 * removing EXIF, XMP, IPTC and text comments from JPEG, PNG and WebP files
 * without re-encoding them (the picture stays bit for bit the same).
 * Colour profiles are kept: they are not about the person, and dropping them
 * changes the colours.
 */

/** True when an EXIF block (as sharp returns it, "Exif\0\0" + TIFF) holds a GPS latitude or longitude. */
export function exifHasGps(exif: Buffer): boolean {
	const tiff = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif;
	if (tiff.length < 8) return false;
	const order = tiff.subarray(0, 2).toString('latin1');
	if (order !== 'II' && order !== 'MM') return false;
	const little = order === 'II';
	const u16 = (at: number) => (at + 2 <= tiff.length ? (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at)) : 0);
	const u32 = (at: number) => (at + 4 <= tiff.length ? (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at)) : 0);
	const tagsIn = (ifd: number) => {
		const count = u16(ifd);
		return Array.from({ length: count }, (_, index) => ({ tag: u16(ifd + 2 + index * 12), value: u32(ifd + 2 + index * 12 + 8) }));
	};
	const gpsPointer = tagsIn(u32(4)).find((entry) => entry.tag === 0x8825)?.value;
	if (!gpsPointer) return false;
	// 2 = GPSLatitude, 4 = GPSLongitude; an empty GPS block says nothing about where.
	return tagsIn(gpsPointer).some((entry) => entry.tag === 0x0002 || entry.tag === 0x0004);
}

export interface Stripped {
	bytes: Buffer;
	/** What was removed, e.g. ["EXIF", "XMP"]; empty when the file was clean. */
	removed: string[];
}

/** Removes camera and editing metadata from a JPEG, PNG or WebP file; other files are returned as they are. */
export function stripMetadata(bytes: Buffer): Stripped {
	if (bytes[0] === 0xff && bytes[1] === 0xd8) return stripJpeg(bytes);
	if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return stripPng(bytes);
	if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return stripWebp(bytes);
	return { bytes, removed: [] };
}

function stripJpeg(bytes: Buffer): Stripped {
	const kept: Buffer[] = [bytes.subarray(0, 2)];
	const removed = new Set<string>();
	let at = 2;
	while (at + 4 <= bytes.length) {
		if (bytes[at] !== 0xff) break; // not a marker: leave the rest untouched
		const marker = bytes[at + 1]!;
		if (marker === 0xff) {
			at += 1; // fill byte
			continue;
		}
		if (marker === 0xda || marker === 0xd9) break; // start of scan or end of image: the picture itself follows
		const end = at + 2 + bytes.readUInt16BE(at + 2);
		const segment = bytes.subarray(at, end);
		const kind = jpegMetadataKind(marker, segment.subarray(4));
		if (kind) removed.add(kind);
		else kept.push(segment);
		at = end;
	}
	kept.push(bytes.subarray(at));
	return { bytes: removed.size > 0 ? Buffer.concat(kept) : bytes, removed: [...removed] };
}

/** The metadata a JPEG segment holds, or undefined for segments the picture needs (JFIF, Adobe colour, ICC, tables, frames). */
function jpegMetadataKind(marker: number, payload: Buffer): string | undefined {
	const starts = (text: string) => payload.subarray(0, text.length).toString('latin1') === text;
	if (marker === 0xe1) return starts('Exif\0') ? 'EXIF' : starts('http://ns.adobe.com/') ? 'XMP' : 'APP1';
	if (marker === 0xed) return 'IPTC';
	if (marker === 0xfe) return 'comment';
	if (marker === 0xe2) return starts('ICC_PROFILE\0') ? undefined : 'APP2';
	// APP3–APP13 and APP15 hold camera makers' and editors' data; APP0 (JFIF) and APP14 (Adobe) describe the picture.
	if (marker >= 0xe3 && marker <= 0xef && marker !== 0xee) return `APP${marker - 0xe0}`;
	return undefined;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_METADATA: Record<string, string> = { eXIf: 'EXIF', tEXt: 'text', zTXt: 'text', iTXt: 'text', tIME: 'time' };

function stripPng(bytes: Buffer): Stripped {
	const kept: Buffer[] = [PNG_SIGNATURE];
	const removed = new Set<string>();
	let at = 8;
	while (at + 12 <= bytes.length) {
		const length = bytes.readUInt32BE(at);
		const type = bytes.subarray(at + 4, at + 8).toString('latin1');
		const end = at + 12 + length;
		// iTXt with the XML:com.adobe.xmp keyword is XMP.
		const kind = type === 'iTXt' && bytes.subarray(at + 8, at + 8 + 17).toString('latin1') === 'XML:com.adobe.xmp' ? 'XMP' : PNG_METADATA[type];
		if (kind) removed.add(kind);
		else kept.push(bytes.subarray(at, end));
		at = end;
	}
	return { bytes: removed.size > 0 ? Buffer.concat(kept) : bytes, removed: [...removed] };
}

function stripWebp(bytes: Buffer): Stripped {
	const kept: Buffer[] = [];
	const removed = new Set<string>();
	let at = 12;
	while (at + 8 <= bytes.length) {
		const type = bytes.subarray(at, at + 4).toString('latin1');
		const size = bytes.readUInt32LE(at + 4);
		const end = at + 8 + size + (size % 2);
		if (type === 'EXIF' || type === 'XMP ') removed.add(type.trim());
		else kept.push(Buffer.from(bytes.subarray(at, end)));
		at = end;
	}
	if (removed.size === 0) return { bytes, removed: [] };
	// The extended header's flags announce EXIF (0x08) and XMP (0x04): they must match what is left.
	const extended = kept.find((chunk) => chunk.subarray(0, 4).toString('latin1') === 'VP8X');
	if (extended) extended[8] = extended[8]! & ~0x0c;
	const body = Buffer.concat(kept);
	const header = Buffer.from('RIFF\0\0\0\0WEBP', 'latin1');
	header.writeUInt32LE(body.length + 4, 4);
	return { bytes: Buffer.concat([header, body]), removed: [...removed] };
}
