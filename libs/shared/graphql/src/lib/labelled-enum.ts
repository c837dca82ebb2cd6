import { registerEnumType } from 'type-graphql';

/**
 * Registers a string enum with GraphQL, each value described by its zh-CN label, and returns the
 * labels for the server's own texts (exports, messages): one table of names instead of two.
 */
export function labelledEnum<E extends Record<string, string>>(values: E, name: string, description: string, labels: { readonly [K in keyof E]: string }): Readonly<Record<E[keyof E], string>> {
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.keys(values).map((key) => [key, { description: labels[key as keyof E] }])) as never,
  });
  return Object.freeze(Object.fromEntries(Object.entries(values).map(([key, value]) => [value, labels[key as keyof E]]))) as Record<E[keyof E], string>;
}
