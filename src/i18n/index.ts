/**
 * Picking a catalogue. English is always loaded (it is the fallback and the
 * type source); other locales are imported only when asked for.
 */
import type { Diagnostic } from '../types.js';
import { en, type Catalogue } from './en.js';

export type Lang = 'en' | 'fi';
export const LANGS: readonly Lang[] = ['en', 'fi'];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'fi';
}

export async function loadCatalogue(lang: Lang): Promise<Catalogue> {
  if (lang === 'fi') return (await import('./fi.js')).fi;
  return en;
}

/** The sentence for a register diagnostic. */
export function diagnosticMessage(t: Catalogue, d: Diagnostic): string {
  const render = t.errors[d.code] as (data: unknown) => string;
  return render(d.data);
}
