/**
 * A value remembered by key, in a map emptied when it holds `cap` entries: the engine's
 * caches of what a book repeats (figures, headers, column readings) stay bounded, so an
 * odd book of many different texts keeps no more than that. `make` takes the key, so a
 * hot caller can pass a function made once rather than a closure per call.
 */
export function remember<K, V>(map: Map<K, V>, key: K, cap: number, make: (key: K) => V): V {
  const known = map.get(key);
  if (known !== undefined) return known;
  const value = make(key);
  if (map.size >= cap) map.clear();
  map.set(key, value);
  return value;
}
