import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtures } from '../testing/fixtures';
import { sniffAllowedType } from './sniff';

describe('sniffAllowedType', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zeren-sniff-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const sniff = async (bytes: Buffer, name: string) => {
    const path = join(dir, name);
    await writeFile(path, bytes);
    return (await sniffAllowedType(path))?.ext ?? null;
  };

  it('recognises each allowed kind from its bytes', async () => {
    expect(await sniff(await fixtures.png(), 'a.bin')).toBe('png');
    expect(await sniff(await fixtures.jpeg(), 'b.bin')).toBe('jpg');
    expect(await sniff(fixtures.pdf(), 'c.bin')).toBe('pdf');
    expect(await sniff(fixtures.docx(), 'd.bin')).toBe('docx');
    expect(await sniff(await fixtures.xlsx(), 'e.bin')).toBe('xlsx');
    expect(await sniff(fixtures.pptx(), 'f.bin')).toBe('pptx');
  });

  it('tells legacy Word and Excel from other compound files such as installer packages', async () => {
    expect(await sniff(fixtures.compound('WordDocument'), 'g.bin')).toBe('doc');
    expect(await sniff(fixtures.compound('Workbook'), 'h.bin')).toBe('xls');
    expect(await sniff(fixtures.compound('PowerPoint Document'), 'i.bin')).toBe('ppt');
    expect(await sniff(fixtures.compound('\u4840\u3f3f\u4577'), 'setup.msi')).toBeNull();
  });

  it('refuses executables, HTML and unknown bytes whatever the name says', async () => {
    expect(await sniff(fixtures.elf(), 'photo.png')).toBeNull();
    expect(await sniff(fixtures.html(), 'photo.png')).toBeNull();
    expect(await sniff(fixtures.noise(100), 'report.pdf')).toBeNull();
  });
});
