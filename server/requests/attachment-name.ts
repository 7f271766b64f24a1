import type { AttachmentType } from './attachment-type.ts';

const EXTENSIONS: Record<AttachmentType, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

/**
 * The name a supporting document is kept and downloaded under: the sender's name without its
 * folders, its invisible characters (controls, right-to-left overrides, zero-width marks) and its
 * extension, then the extension of what the file really is. « ../../x.html » becomes « x.pdf ».
 */
export function attachmentName(sent: string, mediaType: AttachmentType): string {
  const visible = sent.normalize('NFC').replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '');
  const base = visible
    .split(/[/\\]/)
    .at(-1)!
    .replace(/\.[^.]*$/, '')
    .replace(/[<>:"|?*]/g, '-')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 100);
  return `${base || 'piece-jointe'}.${EXTENSIONS[mediaType]}`;
}

/** The Content-Disposition of a download: always an attachment, with an ASCII name and the real one (RFC 6266). */
export function attachmentDisposition(name: string, fallback: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
