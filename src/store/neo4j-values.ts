/**
 * Number conversion at the driver boundary.
 *
 * The JavaScript driver sends every JS number as a Cypher FLOAT, so offsets and counts would be
 * stored as 1234.0; integers are wrapped so Neo4j stores INTEGER. On the way back, driver Integers
 * become plain numbers (all our integers — offsets, yuan — are far below 2^53).
 */
import neo4j, { isInt, type Integer } from 'neo4j-driver';

/** A value ready to be a Cypher parameter: whole numbers as INTEGER, recursively. */
export function toCypher(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypher);
  if (value !== null && typeof value === 'object' && !isInt(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypher(v)]));
  }
  return value;
}

/** A value read from Neo4j with Integers turned into numbers, recursively. */
export function fromCypher(value: unknown): unknown {
  if (isInt(value)) return (value as Integer).toNumber();
  if (Array.isArray(value)) return value.map(fromCypher);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromCypher(v)]));
  }
  return value;
}
