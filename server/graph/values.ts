// Neo4j values as plain JavaScript: integers as numbers (every count and offset here is far
// below 2^53), temporal values as ISO strings, so callers never meet driver types.
import neo4j from 'neo4j-driver';

export function plain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  // Lists and maps come fresh from the driver for each record and are converted in place: a
  // neighbourhood's rows hold thousands of them, and copying each doubled the garbage.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = plain(value[i]);
    return value;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto === Object.prototype || proto === null) {
    const map = value as Record<string, unknown>;
    for (const k in map) {
      const v = map[k];
      if (v !== null && typeof v === 'object') map[k] = plain(v);
      else if (typeof v === 'bigint') map[k] = Number(v);
    }
    return map;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    return String(value);
  }
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, plain(v)]));
}
