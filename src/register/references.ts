/**
 * Checks across sections that a shape cannot express: every id a promise,
 * campaign, evidence item, plan or waiver names must exist; promise ids are
 * unique; evidence and plans are for the promise's own touchpoints; metric and
 * survey evidence carry a target and an actual figure.
 *
 * Runs on the raw parsed value, defensively, so that these errors are
 * reported in the same run as shape errors elsewhere in the file.
 */
import type { Diagnostic } from '../types.js';
import type { PathSegment, RegisterPath } from './parse.js';
import type { Locator } from './source.js';
import { closest } from './suggest.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const NONE: readonly unknown[] = [];
const items = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : NONE);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** A path of three to five segments. */
const pathOf = (a: PathSegment, b: PathSegment, c: PathSegment, d?: PathSegment, e?: PathSegment): RegisterPath =>
  d === undefined ? [a, b, c] : e === undefined ? [a, b, c, d] : [a, b, c, d, e];

export function checkReferences(raw: unknown, source: Locator): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!isObj(raw)) return out;
  const at = (path: RegisterPath) => source.position(path);

  // Sections that are mappings of ids; `undefined` when a section is unusable
  // (its own error is reported by the schema), so no cascade of follow-ups.
  const idsOf = (key: string): string[] | undefined => (isObj(raw[key]) ? Object.keys(raw[key] as Obj) : undefined);
  const owners = idsOf('owners');
  const touchpoints = idsOf('touchpoints');
  // Sets for the look-ups: a large register names its owners and touchpoints tens of thousands of times.
  const ownerSet = new Set(owners);
  const touchpointSet = new Set(touchpoints);
  for (const key of ['owners', 'touchpoints'] as const) {
    if (isObj(raw[key]) && Object.keys(raw[key] as Obj).length === 0) out.push({ code: 'atLeastOne', data: { key }, location: at([key]) });
  }

  // Each check makes its path only for a diagnostic: a large register has
  // hundreds of thousands of good references, and no array is made for them.
  const ownerRef = (value: unknown, a: PathSegment, b: PathSegment, c: PathSegment, d?: PathSegment, e?: PathSegment) => {
    const v = str(value);
    if (v === undefined || owners === undefined || ownerSet.has(v)) return;
    out.push({ code: 'unknownOwner', data: { value: v, defined: owners, suggestion: closest(v, owners) }, location: at(pathOf(a, b, c, d, e)) });
  };
  const touchpointRef = (value: unknown, a: PathSegment, b: PathSegment, c: PathSegment, d?: PathSegment, e?: PathSegment): boolean => {
    const v = str(value);
    if (v === undefined || touchpoints === undefined || touchpointSet.has(v)) return true;
    out.push({ code: 'unknownTouchpoint', data: { value: v, defined: touchpoints, suggestion: closest(v, touchpoints) }, location: at(pathOf(a, b, c, d, e)) });
    return false;
  };
  /** The touchpoint of an evidence item, plan or waiver (in `section`) of promise `i`: known, and one of the promise's own. */
  const ownTouchpoint = (value: unknown, p: Obj, i: number, section: string, j: number) => {
    const v = str(value);
    if (v === undefined || !touchpointRef(v, 'promises', i, section, j, 'touchpoint')) return;
    // Without a list of its own, a promise is for every touchpoint.
    if (!Array.isArray(p.touchpoints) || p.touchpoints.includes(v)) return;
    const required = p.touchpoints.filter((t): t is string => typeof t === 'string');
    out.push({ code: 'touchpointNotInPromise', data: { touchpoint: v, promise: str(p.id) ?? `#${i + 1}`, required }, location: at(['promises', i, section, j, 'touchpoint']) });
  };

  if (isObj(raw.touchpoints)) {
    for (const [id, tp] of Object.entries(raw.touchpoints)) if (isObj(tp)) ownerRef(tp.owner, 'touchpoints', id, 'owner');
  }

  // Promises: unique ids, then the references inside each one.
  const promiseIds: string[] = [];
  const firstIndex = new Map<string, number>();
  const promises = items(raw.promises);
  for (let i = 0; i < promises.length; i++) {
    const p = promises[i];
    if (!isObj(p)) continue;
    const id = str(p.id);
    if (id !== undefined) {
      const first = firstIndex.get(id);
      if (first === undefined) {
        firstIndex.set(id, i);
        promiseIds.push(id);
      } else {
        const here = at(['promises', i, 'id']);
        const there = at(['promises', first, 'id']);
        out.push({
          code: 'duplicatePromiseId',
          data: { id, firstLine: there.line, ...(there.file !== here.file ? { firstFile: there.file } : {}) },
          location: here,
        });
      }
    }
    ownerRef(p.owner, 'promises', i, 'owner');
    if (Array.isArray(p.touchpoints)) for (let j = 0; j < p.touchpoints.length; j++) touchpointRef(p.touchpoints[j], 'promises', i, 'touchpoints', j);
    const evidence = items(p.evidence);
    for (let j = 0; j < evidence.length; j++) {
      const e = evidence[j];
      if (!isObj(e)) continue;
      ownTouchpoint(e.touchpoint, p, i, 'evidence', j);
      ownerRef(e.by, 'promises', i, 'evidence', j, 'by');
      if (e.kind === 'metric' || e.kind === 'survey') {
        // `data` computes `actual`; both together are reported by the loader.
        const noTarget = e.target === undefined;
        const noActual = e.actual === undefined && e.data === undefined;
        if (noTarget || noActual) {
          const missing = noTarget && noActual ? ['target', 'actual'] : noTarget ? ['target'] : ['actual'];
          out.push({ code: 'missingMeasure', data: { kind: e.kind, missing }, location: at(['promises', i, 'evidence', j]) });
        }
      }
    }
    const plan = items(p.plan);
    for (let j = 0; j < plan.length; j++) {
      const pl = plan[j];
      if (isObj(pl)) ownTouchpoint(pl.touchpoint, p, i, 'plan', j);
    }
    const waivers = items(p.waivers);
    for (let j = 0; j < waivers.length; j++) {
      const w = waivers[j];
      if (!isObj(w)) continue;
      if (w.touchpoint !== undefined) ownTouchpoint(w.touchpoint, p, i, 'waivers', j);
      ownerRef(w.approved_by, 'promises', i, 'waivers', j, 'approved_by');
    }
  }

  if (isObj(raw.campaigns)) {
    for (const [cid, c] of Object.entries(raw.campaigns)) {
      if (!isObj(c)) continue;
      items(c.promises).forEach((ref, j) => {
        const v = str(ref);
        if (v === undefined || firstIndex.has(v) || !Array.isArray(raw.promises)) return;
        out.push({
          code: 'unknownPromise',
          data: { value: v, defined: promiseIds, suggestion: closest(v, promiseIds) },
          location: at(['campaigns', cid, 'promises', j]),
        });
      });
      const launch = str(c.launch);
      const ends = str(c.ends);
      if (launch && ends && ends < launch) out.push({ code: 'endsBeforeLaunch', data: { ends, launch }, location: at(['campaigns', cid, 'ends']) });
    }
  }
  return out;
}
