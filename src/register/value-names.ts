/**
 * The words people write for a value the register names in English: a
 * register is often written in Finnish, and `stage: toimitus` or
 * `locale: suomi` are right in meaning, wrong in form, and too far from
 * `delivery` or `fi` for a typo's suggestion to find. These are the names
 * the Finnish reports themselves use, and their common English forms.
 */
const NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  tier: { hygienia: 'hygiene', perus: 'hygiene', peruslupaus: 'hygiene', erottautuja: 'differentiator', erottautuva: 'differentiator', wow: 'differentiator' },
  stage: {
    tietoisuus: 'awareness',
    harkinta: 'consideration',
    osto: 'purchase',
    ostaminen: 'purchase',
    odotus: 'waiting',
    toimitus: 'delivery',
    käyttö: 'use',
    jälkipalvelu: 'aftercare',
  },
  kind: { mittari: 'metric', mittaus: 'metric', kysely: 'survey', testi: 'test', prosessi: 'process', julkaisu: 'launch', dokumentti: 'document', asiakirja: 'document' },
  locale: { suomi: 'fi', finnish: 'fi', 'fi-fi': 'fi', fi_fi: 'fi', englanti: 'en', english: 'en', 'en-us': 'en', 'en-gb': 'en', en_us: 'en', en_gb: 'en' },
  severity: { virhe: 'error', varoitus: 'warning', pois: 'off' },
};

/**
 * The value `written` means, when it is one of those words and the value is
 * allowed where it stands. The key's own words first; then any, since what is
 * allowed decides (a rule's severity stands under the rule's id, not `severity`).
 */
export function valueNamed(key: string | number | undefined, written: string, allowed: readonly string[]): string | undefined {
  const word = written.trim().toLowerCase();
  const own = typeof key === 'string' && Object.hasOwn(NAMES, key) ? [NAMES[key]!] : [];
  for (const names of [...own, ...Object.values(NAMES)]) {
    const meant = Object.hasOwn(names, word) ? names[word] : undefined;
    if (meant !== undefined && allowed.includes(meant)) return meant;
  }
  return undefined;
}
