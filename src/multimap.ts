/** Lists kept by key (findings by promise, waivers by rule): one place to add to them. */

/** Adds `value` to the list under `key`, in place (copying the list on every add would be quadratic). */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
