/**
 * Which link targets content may use. Content is untrusted input (anyone may send a pull request),
 * so a link in a note or an entry may only lead to the web, to a mail address or within the site:
 * a `javascript:` or `data:` URL would run script or smuggle markup into readers' browsers.
 */

/** Schemes a link in content may use; a DOI goes through its https resolver. */
const ALLOWED_SCHEMES = new Set(['https:', 'http:', 'mailto:']);

/** True for an https/http/mailto URL, a same-site path (`/…`) or a fragment (`#…`). */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore tabs, newlines and leading spaces or control characters in a scheme.
  // eslint-disable-next-line no-control-regex -- those characters are what this strips.
  const cleaned = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  if (cleaned.startsWith('#') || (cleaned.startsWith('/') && !cleaned.startsWith('//')))
    return true;
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(cleaned)?.[1]?.toLowerCase();
  return scheme !== undefined && ALLOWED_SCHEMES.has(scheme);
}

/** The fix an editor is offered for a refused link. */
export const SAFE_URL_FIX =
  'Link only to https:, http: or mailto: addresses, or to a path of this site (/sources/…); cite a DOI as https://doi.org/….';

/** True for an absolute http: or https: URL with a host: the only addresses a work may have. */
export function isWebAddress(url: string): boolean {
  if (url !== url.trim() || /\s/.test(url) || !URL.canParse(url)) return false;
  const { protocol, hostname } = new URL(url);
  return (protocol === 'https:' || protocol === 'http:') && hostname !== '';
}

/** The fix for a work's address that is not a web address. */
export const WEB_ADDRESS_FIX =
  'Give the address as it opens in a browser, starting with https:// (or http://); a DOI goes in `DOI` as 10.…/… (or here as https://doi.org/10.…/…).';
