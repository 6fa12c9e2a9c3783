/**
 * The register, format 1 — the single source of truth for its TypeScript types,
 * its validation and the JSON Schema that editors use (`promise-audit schema`).
 *
 * Shapes only: references between sections (owners, touchpoints, promises,
 * rules) and other cross-field checks live in `references.ts`, so that they can
 * be reported together with shape errors in one run.
 */
import * as z from 'zod';
import { RULE_IDS } from '../rule-ids.js';
import { EVIDENCE_KINDS, ID_PATTERN, LOCALES, RULE_SEVERITIES, STAGES, STATS, TARGET_PATTERN, TIERS, WHERE_PATTERN } from './format.js';

const id = z.string().regex(ID_PATTERN).meta({ description: 'A kebab-case id, e.g. two-day-delivery' });
const date = z.iso.date().meta({ description: 'A calendar date, YYYY-MM-DD' });
const text = z.string().min(1);
const nonEmpty = { minProperties: 1 } as const;

export const ownerSchema = z.strictObject({
  name: text.meta({ description: 'The team as people know it' }),
  contact: text.optional().meta({ description: 'E-mail or channel of the team' }),
});

export const touchpointSchema = z.strictObject({
  name: text.meta({ description: 'Where customers meet the brand' }),
  owner: id.optional().meta({ description: 'Owner id of the team that runs this touchpoint' }),
});

export const campaignSchema = z.strictObject({
  name: text,
  launch: date.meta({ description: 'The day the campaign goes public' }),
  ends: date.optional(),
  channels: z.array(text).optional(),
  promises: z.array(id).meta({ description: 'Ids of the promises this campaign announces' }),
});

export const dataSchema = z
  .strictObject({
    file: text.meta({ description: 'CSV or JSON file of raw observations, relative to this YAML file' }),
    column: text.optional().meta({ description: 'The column holding the observations (not needed for count)' }),
    stat: z.enum(STATS),
    where: z.string().regex(WHERE_PATTERN).optional().meta({ description: 'For share: a condition like "wait_s <= 60"' }),
    date_column: text.optional().meta({ description: 'Column of dates: the period the data covers; verified defaults to its last day' }),
    decimal: z.enum(['.', ',']).optional().meta({ description: 'Decimal separator in the file: "." (default) or ","' }),
    delimiter: z.enum([',', ';', '\t']).optional().meta({ description: 'CSV field separator; default: detected from the header line' }),
  })
  .meta({ description: 'Compute `actual` from raw observations instead of typing it' });

export const evidenceSchema = z.strictObject({
  touchpoint: id,
  kind: z.enum(EVIDENCE_KINDS),
  summary: text,
  verified: date.optional().meta({ description: 'The day delivery was verified (may be left out when data.date_column gives the period)' }),
  by: id.meta({ description: 'Owner id of the team that verified it' }),
  source: text.optional().meta({ description: 'Link or path to the proof' }),
  target: z.string().regex(TARGET_PATTERN).optional().meta({ description: 'For metric and survey: <, <=, >, >=, == and a number, e.g. "<= 2"' }),
  actual: z.number().optional().meta({ description: 'For metric and survey: the measured figure' }),
  data: dataSchema.optional(),
  unit: text.optional(),
  expires: date.optional().meta({ description: 'Default: verified + policy.evidence_max_age_days' }),
});

export const planSchema = z.strictObject({
  touchpoint: id,
  due: date,
  note: text.optional(),
});

export const waiverSchema = z.strictObject({
  rule: z.enum(RULE_IDS).meta({ description: 'The rule id this waiver covers' }),
  touchpoint: id.optional(),
  reason: text,
  approved_by: id.meta({ description: 'Owner id of whoever approved the exception' }),
  expires: date.meta({ description: 'Live through this day; expired from the day after' }),
});

export const promiseSchema = z.strictObject({
  id,
  statement: text.meta({ description: 'The words customers see' }),
  tier: z.enum(TIERS),
  stage: z.enum(STAGES).optional(),
  owner: id,
  touchpoints: z.array(id).min(1).optional().meta({ description: 'Default: every touchpoint of the register' }),
  announce: date.optional().meta({ description: 'The day it goes (or went) public' }),
  claims: z.array(text).optional().meta({ description: 'Phrases that announce it in copy; a word ending in * matches any ending' }),
  evidence: z.array(evidenceSchema).optional(),
  plan: z.array(planSchema).optional(),
  waivers: z.array(waiverSchema).optional(),
});

export const policySchema = z.strictObject({
  evidence_max_age_days: z.number().int().min(0).optional().meta({ description: 'Default 365' }),
  lead_time_days: z.number().int().min(0).optional().meta({ description: 'Default 14' }),
  min_sample: z.number().int().min(1).optional().meta({ description: 'Default 30: evidence computed from fewer observations raises sample-too-small' }),
  rules: z.partialRecord(z.enum(RULE_IDS), z.enum(RULE_SEVERITIES)).optional().meta({ description: 'Severity per rule id: error, warning or off' }),
});

const sections = {
  owners: z.record(id, ownerSchema).meta(nonEmpty),
  touchpoints: z.record(id, touchpointSchema).meta(nonEmpty),
  campaigns: z.record(id, campaignSchema).optional(),
  promises: z.array(promiseSchema),
};

/** The root register file. */
export const registerSchema = z
  .strictObject({
    version: z.literal(1),
    brand: text,
    locale: z.enum(LOCALES).optional(),
    as_of: date.optional(),
    policy: policySchema.optional(),
    include: z.array(text).optional().meta({ description: 'Files or globs, relative to this file, whose owners, touchpoints, campaigns, promises and evidence join the register' }),
    // With `include`, owners and touchpoints may live in the included files;
    // that at least one of each exists is checked on the merged register.
    owners: sections.owners.optional(),
    touchpoints: sections.touchpoints.optional(),
    campaigns: sections.campaigns,
    promises: sections.promises.optional(),
  })
  .meta({
    title: 'promise-audit register, format 1',
    description: 'Brand promises and their delivery evidence. Deliver first, promise second.',
  });

/** A file named by the root's `include`: a part of the register a team keeps. */
export const partSchema = z
  .strictObject({
    owners: sections.owners.optional(),
    touchpoints: sections.touchpoints.optional(),
    campaigns: sections.campaigns,
    promises: sections.promises.optional(),
    evidence: z.record(id, z.array(evidenceSchema)).optional().meta({ description: 'Evidence by promise id, added to that promise\'s own' }),
  })
  .meta({
    title: 'promise-audit register part, format 1',
    description: 'A file included by a register: owners, touchpoints, campaigns, promises and evidence by promise id.',
  });

export type RegisterInput = z.infer<typeof registerSchema>;
export type PartInput = z.infer<typeof partSchema>;
export type DataSpec = z.infer<typeof dataSchema>;
export type Stat = (typeof STATS)[number];
export type Owner = z.infer<typeof ownerSchema>;
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type Campaign = z.infer<typeof campaignSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Plan = z.infer<typeof planSchema>;
export type Waiver = z.infer<typeof waiverSchema>;
export type PromiseInput = z.infer<typeof promiseSchema>;
export type Tier = (typeof TIERS)[number];
export type Stage = (typeof STAGES)[number];
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export type Locale = (typeof LOCALES)[number];
