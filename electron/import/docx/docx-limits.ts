/**
 * Limits on a Word file before anything parses it. A DOCX is a zip of XML;
 * a hostile one can claim little on disk and inflate to gigabytes (a zip
 * bomb), or hold thousands of parts to keep the parser busy. Real drafts are
 * far inside these numbers: a 30-page readout with photos is 1–5 MB.
 */

/** Largest file read at all (20 MB): bigger drafts are almost always embedded video or scans. */
export const MAX_DOCX_FILE_BYTES = 20 * 1024 * 1024;
/** Most zip entries: Word writes 10–40 parts; thousands mean a made-up file. */
export const MAX_DOCX_ENTRIES = 2_000;
/** Most bytes all entries may inflate to together (100 MB), checked before inflating anything. */
export const MAX_DOCX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
/**
 * Highest inflate ratio of one entry above `RATIO_CHECK_FROM_BYTES`. Word's
 * XML compresses 5–20×; a run of repeated bytes compresses 1000× and more,
 * which is what a bomb is made of.
 */
export const MAX_DOCX_COMPRESSION_RATIO = 200;
/** Small parts may compress well (an empty settings part); the ratio is checked from 1 MB inflated. */
export const RATIO_CHECK_FROM_BYTES = 1024 * 1024;
