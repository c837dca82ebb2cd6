import { v7 as uuidv7 } from 'uuid';

/**
 * Row ids: UUIDv7, globally unique (rows can move between shards) and time-ordered (index-friendly
 * inserts, and "newest first" is an ORDER BY on the id). Clients treat them as opaque strings.
 */
export function newId(): string {
  return uuidv7();
}

export const ID_LENGTH = 36;
