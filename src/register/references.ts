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
const items = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

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

  // A reference is at `parent` + `key` (+ `index`): the path is put together
  // only for a diagnostic, not for each of a large register's many good ones.
  const pathOf = (parent: RegisterPath, key: PathSegment, index?: number): RegisterPath => (index === undefined ? [...parent, key] : [...parent, key, index]);
  const ownerRef = (value: unknown, parent: RegisterPath, key: PathSegment) => {
    const v = str(value);
    if (v === undefined || owners === undefined || ownerSet.has(v)) return;
    out.push({ code: 'unknownOwner', data: { value: v, defined: owners, suggestion: closest(v, owners) }, location: at(pathOf(parent, key)) });
  };
  const touchpointRef = (value: unknown, parent: RegisterPath, key: PathSegment, index?: number): boolean => {
    const v = str(value);
    if (v === undefined || touchpoints === undefined || touchpointSet.has(v)) return true;
    out.push({ code: 'unknownTouchpoint', data: { value: v, defined: touchpoints, suggestion: closest(v, touchpoints) }, location: at(pathOf(parent, key, index)) });
    return false;
  };

  if (isObj(raw.touchpoints)) {
    for (const [id, tp] of Object.entries(raw.touchpoints)) if (isObj(tp)) ownerRef(tp.owner, ['touchpoints', id], 'owner');
  }

  // Promises: unique ids, then the references inside each one.
  const promiseIds: string[] = [];
  const firstIndex = new Map<string, number>();
  items(raw.promises).forEach((p, i) => {
    if (!isObj(p)) return;
    const base = ['promises', i] as const;
    const id = str(p.id);
    if (id !== undefined) {
      const first = firstIndex.get(id);
      if (first === undefined) {
        firstIndex.set(id, i);
        promiseIds.push(id);
      } else {
        const here = at([...base, 'id']);
        const there = at(['promises', first, 'id']);
        out.push({
          code: 'duplicatePromiseId',
          data: { id, firstLine: there.line, ...(there.file !== here.file ? { firstFile: there.file } : {}) },
          location: here,
        });
      }
    }
    ownerRef(p.owner, base, 'owner');
    let required = touchpoints;
    if (Array.isArray(p.touchpoints)) {
      p.touchpoints.forEach((t, j) => touchpointRef(t, base, 'touchpoints', j));
      required = p.touchpoints.filter((t): t is string => typeof t === 'string');
    }
    const ownTouchpoint = (value: unknown, parent: RegisterPath) => {
      const v = str(value);
      if (v === undefined || !touchpointRef(v, parent, 'touchpoint') || required === undefined || required === touchpoints || required.includes(v)) return;
      out.push({ code: 'touchpointNotInPromise', data: { touchpoint: v, promise: id ?? `#${i + 1}`, required }, location: at(pathOf(parent, 'touchpoint')) });
    };
    items(p.evidence).forEach((e, j) => {
      if (!isObj(e)) return;
      const path = [...base, 'evidence', j] as const;
      ownTouchpoint(e.touchpoint, path);
      ownerRef(e.by, path, 'by');
      if (e.kind === 'metric' || e.kind === 'survey') {
        // `data` computes `actual`; both together are reported by the loader.
        const missing = ['target', 'actual'].filter((k) => e[k] === undefined && !(k === 'actual' && e.data !== undefined));
        if (missing.length > 0) out.push({ code: 'missingMeasure', data: { kind: e.kind, missing }, location: at(path) });
      }
    });
    items(p.plan).forEach((pl, j) => {
      if (isObj(pl)) ownTouchpoint(pl.touchpoint, [...base, 'plan', j]);
    });
    items(p.waivers).forEach((w, j) => {
      if (!isObj(w)) return;
      const path = [...base, 'waivers', j] as const;
      if (w.touchpoint !== undefined) ownTouchpoint(w.touchpoint, path);
      ownerRef(w.approved_by, path, 'approved_by');
    });
  });

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
