/**
 * Text normalization. Every offset in a Document is into the text this returns, so it runs once,
 * before any stage: Unicode NFC; CR LF and CR to LF; no-break and other exotic spaces to a plain
 * space; control and zero-width characters removed; trailing white space cut from each line;
 * runs of blank lines collapsed to one; leading and trailing blank space trimmed.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s+|\s+$/g, '');
}
