import { open, type FileHandle } from 'node:fs/promises';

// MS-CFB (the container of .doc/.xls/.ppt, and of .msi and .msg too): sector numbers at or above
// this are markers (end of chain, free, FAT sector), not sectors.
const MAX_REGULAR_SECTOR = 0xfffffffa;
const NO_STREAM = 0xffffffff;
const ENTRY_BYTES = 128;
// Bounds for hostile files: no real Office document has more directory sectors or DIFAT sectors.
const MAX_DIRECTORY_SECTORS = 1024;
const MAX_DIFAT_SECTORS = 64;

export type LegacyOffice = 'doc' | 'xls' | 'ppt';

/**
 * Tells a Word, Excel or PowerPoint 97–2003 file from any other compound file by the streams
 * at the root of its directory; anything it cannot read is null (and refused by the caller).
 */
export async function legacyOfficeKind(path: string): Promise<LegacyOffice | null> {
  const file = await open(path, 'r');
  try {
    const names = await rootStreamNames(file);
    if (!names) return null;
    if (names.has('WordDocument')) return 'doc';
    if (names.has('Workbook') || names.has('Book')) return 'xls';
    if (names.has('PowerPoint Document')) return 'ppt';
    return null;
  } catch {
    return null;
  } finally {
    await file.close();
  }
}

async function rootStreamNames(file: FileHandle): Promise<Set<string> | null> {
  const read = async (position: number, length: number) => {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, position);
    return bytesRead === length ? buffer : null;
  };
  const header = await read(0, 512);
  if (!header || header.readUInt32LE(0) !== 0xe011cfd0) return null;
  const shift = header.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  const sectorAt = (sector: number) => (sector + 1) * sectorSize;

  // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(header.readUInt32LE(0x4c + i * 4));
  let difat = header.readUInt32LE(0x44);
  for (let n = 0; difat < MAX_REGULAR_SECTOR && n < MAX_DIFAT_SECTORS; n++) {
    const sector = await read(sectorAt(difat), sectorSize);
    if (!sector) return null;
    for (let i = 0; i < perSector - 1; i++) fatSectors.push(sector.readUInt32LE(i * 4));
    difat = sector.readUInt32LE((perSector - 1) * 4);
  }
  const next = async (sector: number) => {
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    if (fatSector === undefined || fatSector >= MAX_REGULAR_SECTOR) return NO_STREAM;
    const entry = await read(sectorAt(fatSector) + (sector % perSector) * 4, 4);
    return entry ? entry.readUInt32LE(0) : NO_STREAM;
  };

  // The directory: entries in chain order, then a walk of the root's children (a red-black tree).
  const entries: Buffer[] = [];
  const seen = new Set<number>();
  for (let sector = header.readUInt32LE(0x30); sector < MAX_REGULAR_SECTOR; sector = await next(sector)) {
    if (seen.has(sector) || seen.size >= MAX_DIRECTORY_SECTORS) return null;
    seen.add(sector);
    const data = await read(sectorAt(sector), sectorSize);
    if (!data) return null;
    for (let o = 0; o < sectorSize; o += ENTRY_BYTES) entries.push(data.subarray(o, o + ENTRY_BYTES));
  }
  const root = entries[0];
  if (!root || root[0x42] !== 5) return null;
  const names = new Set<string>();
  const pending = [root.readUInt32LE(0x4c)];
  const visited = new Set<number>();
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (id === NO_STREAM || visited.has(id) || !entries[id]) continue;
    visited.add(id);
    const entry = entries[id];
    const nameBytes = entry.readUInt16LE(0x40);
    if (entry[0x42] === 2 && nameBytes >= 2 && nameBytes <= 64) names.add(entry.toString('utf16le', 0, nameBytes - 2));
    pending.push(entry.readUInt32LE(0x44), entry.readUInt32LE(0x48));
  }
  return names;
}
