/**
 * Limits for reading a workbook nobody vouches for, in the spirit of Apache POI's ZipSecureFile.
 * Real office files stay far below each one; crafted files (zip bombs, billion laughs, whole-sheet
 * merges) cross them long before they can exhaust memory or time.
 */

/** Largest input file read at all. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Most entries (parts) in the zip: Excel writes tens to a few hundred. */
export const MAX_ZIP_ENTRIES = 5000;
/** Largest uncompressed part (one sheet's XML). Enforced while inflating: headers can lie. */
export const MAX_ENTRY_BYTES = 200 * 1024 * 1024;
/** Largest total uncompressed size of all parts. */
export const MAX_TOTAL_BYTES = 400 * 1024 * 1024;
/** Highest uncompressed/compressed ratio per part (POI: MIN_INFLATE_RATIO 0.01 = 100). */
export const MAX_COMPRESSION_RATIO = 200;
/** The ratio is only judged once a part inflates past this size (tiny parts compress oddly). */
export const RATIO_GRACE_BYTES = 1024 * 1024;
/** Deepest XML element nesting (Excel's own parts stay under 20). */
export const MAX_XML_DEPTH = 100;
/** Most worksheets in one workbook. */
export const MAX_SHEETS = 500;
/** Most merged cells per sheet (all merges together): ExcelJS materialises every cell of a merge. */
export const MAX_MERGE_CELLS = 200_000;
/** Most data-validated cells per sheet: ExcelJS keeps one entry per cell; ranges past this are clipped. */
export const MAX_VALIDATION_CELLS = 200_000;
/** Most cells all defined names together may cover: ExcelJS materialises every cell of them. */
export const MAX_NAME_CELLS = 200_000;
/** Worker thread (CLI): heap limit and time limit per file. */
export const WORKER_MAX_OLD_GENERATION_MB = 768;
export const WORKER_MAX_YOUNG_GENERATION_MB = 64;
export const WORKER_TIMEOUT_MS = 30_000;
