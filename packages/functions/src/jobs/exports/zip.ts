import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

export interface ZipEntry {
  /** Path inside the archive, with forward slashes. */
  name: string;
  content: Buffer;
}

/** An entry whose content is made as it is written (a report's rows): never whole in memory. */
export interface StreamedZipEntry {
  name: string;
  content: Buffer | AsyncIterable<Buffer>;
}

/** General purpose flag 11: names are UTF-8. */
const UTF8_NAMES = 0x0800;
/** General purpose flag 3: CRC and sizes follow the data (a data descriptor), as they are known only then. */
const SIZES_AFTER = 0x0008;
const DEFLATE = 8;
/** "Version needed to extract" 2.0: deflate, no ZIP64 (an export or a report is far below 4 GB). */
const VERSION = 20;

interface Sizes {
  crc: number;
  compressed: number;
  size: number;
}

/**
 * A ZIP archive of deflated entries, as an XLSX file is one (ECMA-376 part 2,
 * which follows PKWARE's APPNOTE): each entry's local header and data, then the
 * central directory, then its end record. `modified` stamps every entry, so the
 * same content gives the same bytes.
 */
export function zip(entries: ZipEntry[], modified: Date): Buffer {
  const archive = new Archive(modified);
  const parts = entries.flatMap((entry) => {
    const data = deflateRawSync(entry.content);
    const sizes = { crc: crc32(entry.content), compressed: data.length, size: entry.content.length };
    return [archive.localHeader(entry.name, 0, sizes), archive.add(data)];
  });
  return Buffer.concat([...parts, archive.end()]);
}

/**
 * The same archive written as it goes: each entry's data deflated as its content
 * comes, its CRC and sizes in a data descriptor after it (flag 3), so that a
 * file of any length passes through in small pieces.
 */
export async function* zipStream(entries: StreamedZipEntry[], modified: Date): AsyncGenerator<Buffer> {
  const archive = new Archive(modified);
  for (const entry of entries) {
    yield archive.localHeader(entry.name, SIZES_AFTER, { crc: 0, compressed: 0, size: 0 });
    const sizes = { crc: 0, compressed: 0, size: 0 };
    const deflate = createDeflateRaw();
    const fed = (async () => {
      const pieces = Buffer.isBuffer(entry.content) ? [entry.content] : entry.content;
      for await (const piece of pieces) {
        sizes.crc = crc32(piece, sizes.crc);
        sizes.size += piece.length;
        if (!deflate.write(piece)) await new Promise((drained) => deflate.once("drain", drained));
      }
      deflate.end();
    })();
    fed.catch((error: Error) => deflate.destroy(error));
    for await (const data of deflate as AsyncIterable<Buffer>) {
      sizes.compressed += data.length;
      yield archive.add(data);
    }
    await fed;
    yield archive.add(dataDescriptor(sizes));
    archive.settle(entry.name, sizes);
  }
  yield archive.end();
}

/** What both writers share: the headers, the offsets and the central directory. */
class Archive {
  private readonly time: number;
  private readonly date: number;
  private readonly directory: Buffer[] = [];
  private offset = 0;
  private count = 0;
  private pending?: { offset: number; flags: number };

  constructor(modified: Date) {
    ({ time: this.time, date: this.date } = dosDateTime(modified));
  }

  /** An entry's local header (its place in the archive noted for the central directory). */
  localHeader(name: string, flags: number, sizes: Sizes): Buffer {
    const header = Buffer.concat([signature(0x04034b50), this.common(name, flags, sizes), Buffer.from(name, "utf8")]);
    this.pending = { offset: this.offset, flags };
    if (!(flags & SIZES_AFTER)) this.settle(name, sizes);
    return this.add(header);
  }

  /** Counts bytes written and hands them back. */
  add(bytes: Buffer): Buffer {
    this.offset += bytes.length;
    return bytes;
  }

  /** The entry's central directory record, once its CRC and sizes are known. */
  settle(name: string, sizes: Sizes) {
    if (!this.pending) throw new Error(`zip: ${name} settled before its header`);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(VERSION, 4); // made by: MS-DOS attributes, version 2.0
    this.common(name, this.pending.flags, sizes).copy(central, 6);
    // Comment length, disk number, internal and external attributes: all zero.
    central.writeUInt32LE(this.pending.offset, 42);
    this.directory.push(central, Buffer.from(name, "utf8"));
    this.count++;
    this.pending = undefined;
  }

  end(): Buffer {
    const directoryBytes = Buffer.concat(this.directory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.count, 8);
    end.writeUInt16LE(this.count, 10);
    end.writeUInt32LE(directoryBytes.length, 12);
    end.writeUInt32LE(this.offset, 16);
    return Buffer.concat([directoryBytes, end]);
  }

  /** Fields shared by the local header (from offset 4) and the central directory entry (from offset 6). */
  private common(name: string, flags: number, sizes: Sizes): Buffer {
    const common = Buffer.alloc(26);
    common.writeUInt16LE(VERSION, 0);
    common.writeUInt16LE(UTF8_NAMES | flags, 2);
    common.writeUInt16LE(DEFLATE, 4);
    common.writeUInt16LE(this.time, 6);
    common.writeUInt16LE(this.date, 8);
    common.writeUInt32LE(sizes.crc >>> 0, 10);
    common.writeUInt32LE(sizes.compressed, 14);
    common.writeUInt32LE(sizes.size, 18);
    common.writeUInt16LE(Buffer.byteLength(name, "utf8"), 22);
    common.writeUInt16LE(0, 24); // no extra field
    return common;
  }
}

function dataDescriptor(sizes: Sizes): Buffer {
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(sizes.crc >>> 0, 4);
  descriptor.writeUInt32LE(sizes.compressed, 8);
  descriptor.writeUInt32LE(sizes.size, 12);
  return descriptor;
}

function signature(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value, 0);
  return bytes;
}

/** MS-DOS date and time (2-second precision, from 1980), in UTC. */
function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.min(Math.max(at.getUTCFullYear(), 1980), 2107);
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}
