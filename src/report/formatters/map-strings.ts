// Every string of a JSON-like value passed through one function, keys left as they are: for formats
// whose every text must meet one rule (XML's characters, well-formed UTF-16 for JSON readers).

export function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === "string") return map(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, map)) as T;
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)])) as T;
  return value;
}
