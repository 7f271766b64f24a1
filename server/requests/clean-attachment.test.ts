import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { attachmentName } from './attachment-name.ts';
import { cleanAttachment } from './clean-attachment.ts';
import { samplePdf, samplePhoto } from './sample-documents.ts';

const HTML = Buffer.from('<html><body><script>fetch("/api/profile").then(r=>r.text()).then(alert)</script></body></html>');
const bytes = (...parts: (Buffer | string)[]) => new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part))));
const text = (content: Uint8Array) => Buffer.from(content).toString('latin1');

/** A few hundred bytes whose header announces width × height pixels (400 million: 1.2 GB decoded). */
function pngAnnouncing(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.alloc(1024))), chunk('IEND', Buffer.alloc(0))]));
}

describe('cleanAttachment', () => {
  it('refuses a PDF or PNG header followed by a web page', async () => {
    const pngHeader = (await samplePhoto('png')).subarray(0, 8);
    for (const polyglot of [bytes('%PDF-1.4\n', HTML, '\n%%EOF\n'), bytes(pngHeader, HTML), bytes(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), HTML)]) {
      expect(await cleanAttachment(polyglot)).toEqual({ problem: "n'est pas un PDF, JPEG ou PNG lisible" });
    }
    expect(await cleanAttachment(bytes('%PDF-1.7 but never finished'))).toHaveProperty('problem');
    expect(await cleanAttachment(bytes('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'))).toHaveProperty('problem');
  });

  it('encodes images again: nothing glued after them, no EXIF, turned upright', async () => {
    for (const format of ['jpeg', 'png'] as const) {
      const sent = Buffer.concat([await samplePhoto(format), HTML]);
      expect(text(sent)).toContain('12 rue des Tilleuls');
      const clean = await cleanAttachment(new Uint8Array(sent));
      if ('problem' in clean) throw new Error(clean.problem);
      expect(clean.mediaType).toBe(`image/${format}`);
      for (const hidden of ['<script', '12 rue des Tilleuls', 'Camille', 'Exif']) expect(text(clean.content), `${format}: ${hidden}`).not.toContain(hidden);
      const metadata = await sharp(clean.content).metadata();
      expect([metadata.width, metadata.height, metadata.exif, metadata.orientation ?? 1], format).toEqual([40, 60, undefined, 1]);
    }
  });

  it('keeps a real PDF as it is, cut after its last end-of-file marker', async () => {
    const pdf = await samplePdf();
    const clean = await cleanAttachment(new Uint8Array(Buffer.concat([pdf, HTML])));
    if ('problem' in clean) throw new Error(clean.problem);
    expect(clean.mediaType).toBe('application/pdf');
    expect(text(clean.content)).not.toContain('<script');
    expect(text(clean.content).endsWith('%%EOF')).toBe(true);
    expect(Buffer.from(clean.content).equals(pdf.subarray(0, clean.content.length))).toBe(true);
  });

  it('refuses a small file announcing an image too large to decode safely', async () => {
    expect(await cleanAttachment(pngAnnouncing(20_000, 20_000))).toHaveProperty('problem');
  });
});

describe('attachmentName', () => {
  it.each([
    ['facture.pdf', 'application/pdf', 'facture.pdf'],
    ['../../../etc/passwd', 'application/pdf', 'passwd.pdf'],
    ['..\\..\\page.html', 'image/png', 'page.png'],
    ['evil.html', 'application/pdf', 'evil.pdf'],
    ['ordonnance\u202Efdp.exe', 'application/pdf', 'ordonnancefdp.pdf'],
    ['a\u0000b\u0007c\r\n.jpeg', 'image/jpeg', 'abc.jpg'],
    ['.htaccess', 'image/png', 'piece-jointe.png'],
    ['', 'application/pdf', 'piece-jointe.pdf'],
    ['re"çu <1>.PNG', 'image/png', 're-çu -1-.png'],
  ] as const)('%j as %s is kept as %j', (sent, type, kept) => {
    expect(attachmentName(sent, type)).toBe(kept);
  });
});
