/**
 * Cue files (dictionaries and cue lists in loaders/data/) are data, read once and checked when
 * loaded against the shape the code declares for them: a key the code does not read (unknown or
 * unused), a key it needs that is missing, a wrong type or a duplicate list entry is an error that
 * names the file and the key. A cue that nothing reads is a cue nobody maintains.
 */

export type CueShape =
  | 'string'
  | 'number'
  | 'strings'
  | 'boolean'
  | { list: Record<string, CueShape | 'string?' | 'strings?' | 'number?' | 'boolean?'> }
  | { map: CueShape };

export type CueSchema = Record<string, CueShape>;

export class CueFileError extends Error {
  constructor(file: string, message: string) {
    super(`cue file ${file}: ${message}`);
    this.name = 'CueFileError';
  }
}

/** Checks `data` against `schema` and returns it typed; throws CueFileError on the first problem. */
export function checkCueFile<T>(file: string, data: unknown, schema: CueSchema): T {
  if (!isObject(data)) throw new CueFileError(file, 'is not a JSON object');
  for (const key of Object.keys(data)) {
    if (key === '$comment') continue;
    if (!(key in schema)) throw new CueFileError(file, `key "${key}" is read by no rule (unknown or unused)`);
  }
  for (const [key, shape] of Object.entries(schema)) {
    if (!(key in data)) throw new CueFileError(file, `key "${key}" is missing`);
    checkValue(file, key, data[key], shape);
  }
  return data as T;
}

function checkValue(file: string, at: string, value: unknown, shape: CueShape | string): void {
  const optional = typeof shape === 'string' && shape.endsWith('?');
  if (optional && value === undefined) return;
  const base = typeof shape === 'string' ? shape.replace(/\?$/, '') : shape;
  if (base === 'string') {
    if (typeof value !== 'string' || value === '')
      throw new CueFileError(file, `${at} must be a non-empty string`);
  } else if (base === 'number') {
    if (typeof value !== 'number') throw new CueFileError(file, `${at} must be a number`);
  } else if (base === 'boolean') {
    if (typeof value !== 'boolean') throw new CueFileError(file, `${at} must be true or false`);
  } else if (base === 'strings') {
    if (!Array.isArray(value)) throw new CueFileError(file, `${at} must be a list of strings`);
    const seen = new Set<string>();
    for (const v of value) {
      if (typeof v !== 'string' || v === '')
        throw new CueFileError(file, `${at} has an entry that is not a non-empty string`);
      if (seen.has(v)) throw new CueFileError(file, `${at} lists "${v}" twice`);
      seen.add(v);
    }
  } else if (typeof base === 'object' && 'list' in base) {
    if (!Array.isArray(value)) throw new CueFileError(file, `${at} must be a list`);
    const seen = new Set<string>();
    value.forEach((item, i) => {
      if (!isObject(item)) throw new CueFileError(file, `${at}[${i}] must be an object`);
      for (const k of Object.keys(item))
        if (!(k in base.list)) throw new CueFileError(file, `${at}[${i}] has key "${k}" that no rule reads`);
      for (const [k, s] of Object.entries(base.list)) checkValue(file, `${at}[${i}].${k}`, item[k], s);
      const key = JSON.stringify(item);
      if (seen.has(key)) throw new CueFileError(file, `${at}[${i}] repeats an earlier entry`);
      seen.add(key);
    });
  } else if (typeof base === 'object' && 'map' in base) {
    if (!isObject(value)) throw new CueFileError(file, `${at} must be an object`);
    for (const [k, v] of Object.entries(value)) checkValue(file, `${at}.${k}`, v, base.map);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
