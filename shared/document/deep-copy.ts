/**
 * A deep copy of JSON data, so that briefings and templates never share
 * nested objects. (shared/ targets plain ES: no structuredClone.)
 */
export function deepCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
