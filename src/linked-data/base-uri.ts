/** KG_BASE_URI: where IRIs live (docs/linked-data.md). src/config.ts reads it once, through this check. */
import { EnvironmentError } from '../errors.js';
import { DEFAULT_BASE_URI } from './iri.js';

/** The base without a trailing slash (the default for none); an error naming the variable for anything but an http(s) URL. */
export function baseUri(raw: string | undefined): string {
  if (raw === undefined || raw.trim() === '') return DEFAULT_BASE_URI;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new EnvironmentError(`KG_BASE_URI='${raw}' is not a URL (e.g. https://kg.example.org)`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash) {
    throw new EnvironmentError(`KG_BASE_URI='${raw}' must be an http(s) URL without query or fragment`);
  }
  return url.href.replace(/\/+$/, '');
}
