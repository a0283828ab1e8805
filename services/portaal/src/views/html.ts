/** Escapes text for HTML content and attribute values. */
export const e = (s: string | number): string =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Joins HTML fragments, leaving out empty ones. */
export const html = (...delen: (string | false | undefined)[]): string => delen.filter(Boolean).join('');
