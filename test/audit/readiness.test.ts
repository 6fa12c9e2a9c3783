/** Statuses, date boundaries, campaigns, policy and the verdict, as the register format defines them. */
import { describe, expect, it } from 'vitest';
import { UnknownCampaignError } from '../../src/audit/audit.js';
import { HEADER, auditYaml } from '../helpers/register.js';

const D = '2026-11-24';

/** One promise on the web shop; `evidence` is a YAML flow list, `extra` more keys. */
function one(opts: { announce?: string; evidence?: string; tier?: string; extra?: string; policy?: string; campaigns?: string } = {}) {
  return `${HEADER}${opts.policy ?? ''}${opts.campaigns ?? ''}promises:
  - id: p
    statement: S
    tier: ${opts.tier ?? 'hygiene'}
    owner: logistics
    touchpoints: [webshop]
${opts.announce ? `    announce: ${opts.announce}\n` : ''}${opts.evidence ? `    evidence: ${opts.evidence}\n` : ''}${opts.extra ?? ''}`;
}
const status = (yaml: string, asOf = D, campaign?: string) => auditYaml(yaml, { asOf, campaign }).promises[0]!.status;
const ev = (fields: string) => `[{ touchpoint: webshop, kind: test, summary: ok, by: logistics, ${fields} }]`;

describe('statuses', () => {
  it('ready when delivered at every required touchpoint', () => expect(status(one({ announce: '2026-01-01', evidence: ev('verified: 2026-11-01') }))).toBe('ready'));
  it('broken when public and not delivered', () => expect(status(one({ announce: '2026-01-01' }))).toBe('broken'));
  it('blocked when announced within the lead time', () => expect(status(one({ announce: '2026-12-01' }))).toBe('blocked'));
  it('pending when announced later', () => expect(status(one({ announce: '2027-06-01' }))).toBe('pending'));
  it('draft without an announce date', () => expect(status(one())).toBe('draft'));

  it('requires every touchpoint of the register when a promise names none', () => {
    const yaml = `${HEADER}promises:\n  - { id: p, statement: S, tier: hygiene, owner: logistics, announce: 2026-01-01, evidence: ${ev('verified: 2026-11-01')} }\n`;
    const p = auditYaml(yaml).promises[0]!;
    expect(p.status).toBe('broken');
    expect(p.touchpoints.map((t) => [t.id, t.delivered])).toEqual([
      ['webshop', true],
      ['phone', false],
    ]);
    expect(p.touchpoints[1]!.reason).toEqual({ code: 'noEvidence' });
  });

  it('takes the earliest of announce and every campaign launch as A', () => {
    const campaigns = 'campaigns:\n  late: { name: L, launch: 2027-05-01, promises: [p] }\n  early: { name: E, launch: 2026-12-01, promises: [p] }\n';
    const r = auditYaml(one({ announce: '2027-03-01', campaigns }));
    expect(r.promises[0]).toMatchObject({ status: 'blocked', announce: '2026-12-01', announceSource: { kind: 'campaign', campaign: 'early' } });
  });
});

describe('date boundaries', () => {
  it('A = D is public: broken', () => expect(status(one({ announce: D }))).toBe('broken'));
  it('A = D + 1 is blocked', () => expect(status(one({ announce: '2026-11-25' }))).toBe('blocked'));
  it('A = D + lead time is blocked', () => expect(status(one({ announce: '2026-12-08' }))).toBe('blocked'));
  it('A = D + lead time + 1 is pending', () => expect(status(one({ announce: '2026-12-09' }))).toBe('pending'));
  it('the lead time comes from the policy', () => {
    const policy = 'policy:\n  lead_time_days: 30\n';
    expect(status(one({ announce: '2026-12-24', policy }))).toBe('blocked');
    expect(status(one({ announce: '2026-12-25', policy }))).toBe('pending');
  });

  it('evidence verified on D counts; verified on D + 1 does not', () => {
    expect(status(one({ announce: '2026-01-01', evidence: ev(`verified: ${D}`) }))).toBe('ready');
    const r = auditYaml(one({ announce: '2026-01-01', evidence: ev('verified: 2026-11-25') }));
    expect(r.promises[0]!.status).toBe('broken');
    expect(r.promises[0]!.touchpoints[0]!.reason).toEqual({ code: 'verifiedInFuture', verified: '2026-11-25' });
  });

  it('evidence whose expiry is D still counts; expiry D − 1 does not', () => {
    expect(status(one({ announce: '2026-01-01', evidence: ev(`verified: 2026-01-01, expires: ${D}`) }))).toBe('ready');
    const r = auditYaml(one({ announce: '2026-01-01', evidence: ev('verified: 2026-01-01, expires: 2026-11-23') }));
    expect(r.promises[0]!.touchpoints[0]!.reason).toEqual({ code: 'expired', validUntil: '2026-11-23', expiredOn: '2026-11-24' });
  });

  it('default expiry is verified + evidence_max_age_days', () => {
    expect(status(one({ announce: '2026-01-01', evidence: ev('verified: 2025-11-24') }))).toBe('ready');
    expect(status(one({ announce: '2026-01-01', evidence: ev('verified: 2025-11-23') }))).toBe('broken');
    const policy = 'policy:\n  evidence_max_age_days: 30\n';
    expect(status(one({ announce: '2026-01-01', evidence: ev('verified: 2026-10-25'), policy }))).toBe('ready');
    expect(status(one({ announce: '2026-01-01', evidence: ev('verified: 2026-10-24'), policy }))).toBe('broken');
  });

  it('a waiver is live through its expires day and expired from the day after', () => {
    const waiver = (expires: string) => `    waivers: [{ rule: broken-promise, reason: r, approved_by: marketing, expires: ${expires} }]\n`;
    const live = auditYaml(one({ announce: '2026-01-01', extra: waiver(D) }));
    expect(live.findings.map((f) => [f.rule, f.waived])).toEqual([['broken-promise', true]]);
    expect(live.summary).toMatchObject({ errors: 0, waived: 1, verdict: 'pass' });
    const expired = auditYaml(one({ announce: '2026-01-01', extra: waiver('2026-11-23') }));
    expect(expired.findings.map((f) => [f.rule, f.waived])).toEqual([
      ['broken-promise', false],
      ['waiver-expired', false],
    ]);
    expect(expired.summary.verdict).toBe('fail');
  });
});

describe('targets', () => {
  const metric = (target: string, actual: number) => one({ announce: '2026-01-01', evidence: `[{ touchpoint: webshop, kind: metric, summary: p90, by: logistics, verified: 2026-11-01, target: "${target}", actual: ${actual}, unit: days }]` });
  it.each([
    ['<= 2', 2, 'ready'],
    ['<= 2', 2.01, 'broken'],
    ['< 2', 2, 'broken'],
    ['>= 90', 90, 'ready'],
    ['> 90', 90, 'broken'],
    ['== 0', 0, 'ready'],
    ['== 0', 1, 'broken'],
  ])('actual meets "%s" when %s: %s', (target, actual, expected) => expect(status(metric(target, actual))).toBe(expected));

  it('says by how much a target was missed', () => {
    const r = auditYaml(metric('<= 2', 2.4));
    expect(r.promises[0]!.touchpoints[0]!.reason).toEqual({ code: 'targetMissed', actual: 2.4, target: '<= 2', unit: 'days', summary: 'p90' });
  });
});

describe('--campaign', () => {
  const campaigns = 'campaigns:\n  xmas: { name: Christmas, launch: 2027-06-01, ends: 2027-06-30, promises: [p] }\n';
  it('covers only the campaign promises', () => {
    const yaml = `${one({ campaigns })}  - { id: other, statement: O, tier: hygiene, owner: logistics, announce: 2026-01-01 }\n`;
    expect(auditYaml(yaml).promises.map((p) => p.id)).toEqual(['p', 'other']);
    const r = auditYaml(yaml, { campaign: 'xmas' });
    expect(r.promises.map((p) => p.id)).toEqual(['p']);
    expect(r.scope).toEqual({ campaign: 'xmas' });
  });

  it('makes an undelivered campaign promise blocked however far the launch is', () => {
    expect(status(one({ campaigns }), D)).toBe('pending');
    expect(status(one({ campaigns }), D, 'xmas')).toBe('blocked');
  });

  it('keeps broken for campaign promises already public', () => {
    expect(status(one({ campaigns, announce: '2026-01-01' }), D, 'xmas')).toBe('broken');
  });

  it('warns when evidence expires before the campaign ends', () => {
    const r = auditYaml(one({ campaigns, evidence: ev('verified: 2026-11-01, expires: 2027-06-15') }), { campaign: 'xmas' });
    expect(r.findings.map((f) => [f.rule, f.data])).toEqual([['expires-before-launch', { touchpoint: 'webshop', validUntil: '2027-06-15', date: '2027-06-30', until: 'campaignEnds' }]]);
  });

  it('refuses an unknown campaign', () => {
    expect(() => auditYaml(one({ campaigns }), { campaign: 'easter' })).toThrow(UnknownCampaignError);
  });

  it('hygiene-first sees out-of-scope hygiene promises with their usual status', () => {
    const yaml = `${HEADER}campaigns:\n  wow: { name: W, launch: 2026-11-30, promises: [wow] }\npromises:
  - { id: basics, statement: B, tier: hygiene, owner: logistics, touchpoints: [webshop], announce: 2027-06-01 }
  - { id: wow, statement: W, tier: differentiator, owner: marketing, touchpoints: [webshop], evidence: [{ touchpoint: webshop, kind: survey, summary: s, by: marketing, verified: 2026-11-01, target: ">= 4", actual: 5 }] }
`;
    // basics is pending (not broken or blocked) as usual, though it would be blocked inside a campaign audit.
    expect(auditYaml(yaml, { campaign: 'wow' }).findings).toEqual([]);
    const broken = yaml.replace('announce: 2027-06-01', 'announce: 2026-01-01');
    expect(auditYaml(broken, { campaign: 'wow' }).findings.map((f) => f.rule)).toEqual(['hygiene-first']);
  });
});

describe('policy and verdict', () => {
  it('changes a rule severity or turns it off', () => {
    const raised = auditYaml(one({ tier: 'differentiator', policy: 'policy:\n  rules: { customer-voice: error }\n' }));
    expect(raised.findings.map((f) => [f.rule, f.severity])).toEqual([['customer-voice', 'error']]);
    expect(raised.summary.verdict).toBe('fail');
    const off = auditYaml(one({ announce: '2026-01-01', policy: 'policy:\n  rules: { broken-promise: off }\n' }));
    expect(off.findings).toEqual([]);
    expect(off.promises[0]!.status).toBe('broken');
  });

  it('fails on warnings with failOn warning, never with failOn never', () => {
    const yaml = one({ tier: 'differentiator' });
    expect(auditYaml(yaml).summary).toMatchObject({ warnings: 1, verdict: 'pass' });
    expect(auditYaml(yaml, { failOn: 'warning' }).summary.verdict).toBe('fail');
    expect(auditYaml(one({ announce: '2026-01-01' }), { failOn: 'never' }).summary).toMatchObject({ errors: 1, verdict: 'pass' });
  });

  it('counts statuses and findings in the summary', () => {
    const yaml = `${HEADER}promises:
  - { id: a, statement: A, tier: hygiene, owner: logistics, touchpoints: [webshop], announce: 2026-01-01 }
  - { id: b, statement: B, tier: hygiene, owner: logistics, touchpoints: [webshop], announce: 2026-12-01 }
  - { id: c, statement: C, tier: hygiene, owner: logistics, touchpoints: [webshop], announce: 2027-12-01 }
  - { id: d, statement: D, tier: hygiene, owner: logistics, touchpoints: [webshop] }
  - { id: e, statement: E, tier: hygiene, owner: logistics, touchpoints: [webshop], evidence: ${ev('verified: 2026-11-01')} }
`;
    expect(auditYaml(yaml).summary).toEqual({ ready: 1, broken: 1, blocked: 1, pending: 1, draft: 1, errors: 2, warnings: 1, waived: 0, verdict: 'fail' });
  });

  it('gives the same result for the same input', () => {
    const yaml = one({ announce: '2026-01-01', tier: 'differentiator' });
    expect(JSON.stringify(auditYaml(yaml))).toBe(JSON.stringify(auditYaml(yaml)));
  });
});
