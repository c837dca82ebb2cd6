/** Points are stored as integer tenths: 2.5 分 is 25. Exact sums on SQLite and MySQL alike. */
export const toTenths = (points: number): number => Math.round(points * 10);
export const fromTenths = (tenths: number): number => tenths / 10;
/** For messages: 2.5, 3, -1.5. */
export const formatPoints = (tenths: number): string => String(fromTenths(tenths));
