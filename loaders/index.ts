/**
 * The loaders' public surface: everything outside `loaders/` (CLI, store, API, benchmarks) imports
 * from here, so that the stages behind it can be rearranged without touching their callers.
 */
export {
  extractFiles,
  extractGraph,
  readSources,
  MANIFEST,
  type ExtractFailure,
  type Extraction,
  type SourceDocument,
} from './pipeline.js';
export { decodeDocument, DocumentError, type DecodedDocument } from './decode/decode.js';
export { parseChineseNumber } from './recognise/chinese-number.js';
export { RULES } from './rules.js';
