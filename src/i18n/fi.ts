/**
 * Finnish catalogue. Typed against the English one: a missing key fails to compile.
 */
import type { Catalogue } from './en.js';
import { en } from './en.js';

// Finnish texts are filled in key by key; until a key is translated it falls back to English.
export const fi: Catalogue = { ...en };
