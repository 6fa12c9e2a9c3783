/**
 * Generic environmental claims that Directive (EU) 2024/825 bans from
 * 27 September 2026 unless the trader can show recognised proof. The directive
 * added them to Annex I of Directive 2005/29/EC (practices unfair in all
 * circumstances):
 *
 * - 4a: a generic environmental claim ("environmentally friendly", "eco",
 *   "climate friendly", "responsible") without recognised excellent
 *   environmental performance relevant to the claim;
 * - 4b: a claim about the whole product (or the whole business) when it holds
 *   for one aspect only — "100% recycled" when only the packaging is;
 * - 4c: a claim that a product has a neutral, reduced or positive impact on
 *   greenhouse gas emissions because emissions are offset.
 *
 * The lists are curated, not exhaustive: each phrase is a claim wherever it
 * appears in marketing copy. Everyday words that are no claim on their own are
 * left out on purpose — "green" (a green jacket), "natural", "sustainable"
 * (sustainable development), Finnish "kestävä" (durable: "kestävät vedokset"),
 * "vihreä" — and only appear inside longer phrases that are claims.
 *
 * Finnish phrases are stems (a word ending in `*` matches any ending), because
 * Finnish inflects: "ympäristöystävälli*" matches ympäristöystävällinen,
 * -llistä, -llisempi, -llisesti.
 */

export type AnnexPoint = '4a' | '4b' | '4c';
export type ClaimLanguage = 'en' | 'fi';

export interface GenericClaim {
  /** The phrase, in the register's `claims` syntax. */
  phrase: string;
  lang: ClaimLanguage;
  /** The point of Annex I of Directive 2005/29/EC it falls under. */
  point: AnnexPoint;
}

const group = (lang: ClaimLanguage, point: AnnexPoint, phrases: string[]): GenericClaim[] => phrases.map((phrase) => ({ phrase, lang, point }));

export const GENERIC_CLAIMS: readonly GenericClaim[] = [
  // 4a: generic environmental claims. The examples of recital 9 of Directive
  // (EU) 2024/825 first, then their everyday variants.
  ...group('en', '4a', [
    'environmentally friendly',
    'environmentally-friendly',
    'environment friendly',
    'environment-friendly',
    'environmentally correct',
    'environmentally sound',
    'environmentally conscious',
    'environmentally responsible',
    'eco-friendly',
    'eco friendly',
    'ecofriendly',
    'eco-friendlier',
    'eco-conscious',
    'eco-responsible',
    'nature-friendly',
    'nature friendly',
    "nature's friend",
    'planet-friendly',
    'planet friendly',
    'earth-friendly',
    'earth friendly',
    'climate-friendly',
    'climate friendly',
    'carbon-friendly',
    'carbon friendly',
    'gentle on the environment',
    'kind to the planet',
    'kinder to the planet',
    'good for the planet',
    'better for the planet',
    'good for the environment',
    'better for the environment',
    'energy-efficient',
    'energy efficient',
    'biodegradable',
    'sustainably made',
    'sustainably produced',
    'sustainably sourced',
    'the sustainable choice',
    'a sustainable choice',
    '100% sustainable',
    'responsibly made',
    'responsibly produced',
    'responsibly sourced',
    'ethically made',
    'ethically produced',
    'ethically sourced',
    'the responsible choice',
    'a responsible choice',
    'conscious choice',
  ]),
  ...group('fi', '4a', [
    'ympäristöystävälli*',
    'luontoystävälli*',
    'ilmastoystävälli*',
    'ympäristöä säästäv*',
    'luontoa säästäv*',
    'ympäristöä kunnioittav*',
    'ekologinen*',
    'ekologis*',
    'ympäristövastuulli*',
    'ilmastoviisa*',
    'biohajoa*',
    'energiatehok*',
    'vihreä valin*',
    'vihreämpi valin*',
    'vihreän valinnan',
    'kestävä valin*',
    'kestävämpi valin*',
    'kestävän valinnan',
    'vastuullinen valin*',
    'vastuullisempi valin*',
    'vastuullisen valinnan',
    'vastuullisesti tuotet*',
    'vastuullisesti valmistet*',
    'vastuullisesti hankit*',
    'vastuullisesti kasvatet*',
    'eettisesti tuotet*',
    'eettisesti valmistet*',
    'eettisesti hankit*',
  ]),
  // 4b: the whole product, when the proof may concern one part of it.
  ...group('en', '4b', [
    '100% recycled',
    '100 % recycled',
    '100% recyclable',
    '100 % recyclable',
    'fully recyclable',
    'completely recyclable',
    'entirely recyclable',
    'fully recycled',
    'made entirely from recycled',
    'made entirely of recycled',
  ]),
  // "kierrätet*" covers both kierrätetty (recycled) and kierrätettävä (recyclable).
  ...group('fi', '4b', ['100% kierrätet*', '100 % kierrätet*', 'täysin kierrätet*', 'kokonaan kierrätet*']),
  // 4c: neutral, reduced or positive greenhouse gas impact claimed through offsetting.
  ...group('en', '4c', [
    'climate neutral',
    'climate-neutral',
    'carbon neutral',
    'carbon-neutral',
    'CO2 neutral',
    'CO2-neutral',
    'CO₂ neutral',
    'CO₂-neutral',
    'net zero',
    'net-zero',
    'climate positive',
    'climate-positive',
    'carbon positive',
    'carbon-positive',
    'carbon negative',
    'carbon-negative',
    'climate compensated',
    'climate-compensated',
    'carbon compensated',
    'carbon-compensated',
    'carbon offset',
    'carbon-offset',
    'emissions offset',
    'offsets its emissions',
    'offset our emissions',
  ]),
  ...group('fi', '4c', [
    'hiilineutraal*',
    'ilmastoneutraal*',
    'CO2-neutraal*',
    'CO₂-neutraal*',
    'hiilinegatiivi*',
    'hiilipositiivi*',
    'ilmastopositiivi*',
    'hiilikompensoi*',
    'ilmastokompensoi*',
    'päästöt kompensoi*',
    'päästöt on kompensoi*',
    'kompensoimme päästö*',
    'kompensoidut päästöt',
  ]),
];
