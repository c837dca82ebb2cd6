import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import ExcelJS from 'exceljs';

/** Small real files of each kind, made on the spot (no binary fixtures in the repository). */
export const fixtures = {
  png: (width = 640, height = 480): Promise<Buffer> =>
    sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } }).png().toBuffer(),
  jpeg: (width = 800, height = 600): Promise<Buffer> =>
    sharp({ create: { width, height, channels: 3, background: { r: 30, g: 30, b: 200 } } }).jpeg().toBuffer(),
  pdf: (): Buffer =>
    Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
        'trailer<</Root 1 0 R>>\n%%EOF\n',
    ),
  docx: (): Buffer =>
    storedZip({
      '[Content_Types].xml': contentTypes('/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'),
      'word/document.xml': '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
    }),
  pptx: (): Buffer =>
    storedZip({
      '[Content_Types].xml': contentTypes('/ppt/presentation.xml', 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml'),
      'ppt/presentation.xml': '<?xml version="1.0"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>',
    }),
  xlsx: async (): Promise<Buffer> => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('履责纪实').addRow(['事项', '完成']);
    return Buffer.from(await book.xlsx.writeBuffer());
  },
  /** A compound file whose root holds one stream of this name: WordDocument (.doc), Workbook (.xls), or anything else. */
  compound: (streamName: string): Buffer => compoundFile(streamName),
  /** The start of a Linux executable. */
  elf: (): Buffer => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]),
  html: (): Buffer => Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>'),
  /** Bytes that no sniffer recognises, of any size (for the size cap). */
  noise: (bytes: number): Buffer => Buffer.alloc(bytes, 0x20),
};

function contentTypes(partName: string, contentType: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`
  );
}

/** Little-endian fields at fixed offsets: the headers of the binary formats below. */
function struct(size: number, fields: [offset: number, value: number, bytes: 2 | 4][]): Buffer {
  const buffer = Buffer.alloc(size);
  for (const [offset, value, bytes] of fields) {
    if (bytes === 2) buffer.writeUInt16LE(value, offset);
    else buffer.writeUInt32LE(value, offset);
  }
  return buffer;
}

/** A zip archive with uncompressed entries: enough for Office detection. */
function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = struct(30, [[0, 0x04034b50, 4], [4, 20, 2], [14, crc, 4], [18, data.length, 4], [22, data.length, 4], [26, nameBytes.length, 2]]);
    const central = struct(46, [
      [0, 0x02014b50, 4], [4, 20, 2], [6, 20, 2], [16, crc, 4], [20, data.length, 4], [24, data.length, 4], [28, nameBytes.length, 2], [42, offset, 4],
    ]);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const count = Object.keys(files).length;
  const end = struct(22, [[0, 0x06054b50, 4], [8, count, 2], [10, count, 2], [12, directory.length, 4], [16, offset, 4]]);
  return Buffer.concat([...locals, directory, end]);
}

/** MS-CFB version 3: header, one FAT sector (sector 0), one directory sector (sector 1). */
function compoundFile(streamName: string): Buffer {
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  const header = struct(512, [
    [0x18, 0x3e, 2], [0x1a, 3, 2], [0x1c, 0xfffe, 2], [0x1e, 9, 2], [0x20, 6, 2],
    [0x2c, 1, 4], [0x30, 1, 4], [0x38, 4096, 4], [0x3c, END, 4], [0x44, END, 4],
  ]);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(END, 4);
  const directory = Buffer.alloc(512);
  const entry = (index: number, name: string, type: number, child: number) => {
    const o = index * 128;
    directory.write(name, o, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, o + 0x40);
    directory[o + 0x42] = type;
    directory.writeUInt32LE(FREE, o + 0x44);
    directory.writeUInt32LE(FREE, o + 0x48);
    directory.writeUInt32LE(child, o + 0x4c);
    directory.writeUInt32LE(END, o + 0x74);
  };
  entry(0, 'Root Entry', 5, 1);
  entry(1, streamName, 2, FREE);
  entry(2, '', 0, FREE);
  entry(3, '', 0, FREE);
  return Buffer.concat([header, fat, directory]);
}
