/** The library's files as the fuzz run writes them; `wal`/`shm` absent: no such file. */
export interface LibraryFiles {
  main: Buffer;
  wal?: Buffer;
  shm?: Buffer;
}

export const corruptionKinds = ['bit flips', 'byte run', 'truncation', 'page swap', 'zeroed pages', 'header damage', 'journal damage'] as const;
export type CorruptionKind = (typeof corruptionKinds)[number];

export interface Corruption {
  kind: CorruptionKind;
  /** What was done, to reproduce a failure by hand. */
  description: string;
  files: LibraryFiles;
}

/**
 * One random damage of the kinds a disk, a copy or a sync tool does to a
 * file: flipped bits, a run of garbage, a cut, pages out of place or zeroed,
 * a damaged header, or a damaged, cut, deleted or foreign-looking -wal.
 * Pure: the same `random` sequence gives the same damage.
 */
export function corrupt(kind: CorruptionKind, clean: LibraryFiles, crashed: Required<LibraryFiles>, pageSize: number, random: () => number): Corruption {
  const below = (limit: number) => Math.floor(random() * limit);
  const main = Buffer.from(clean.main);
  const pages = main.byteLength / pageSize;
  const flip = (bytes: Buffer, offset: number) => {
    const bit = below(8);
    bytes[offset] = (bytes[offset] ?? 0) ^ (1 << bit);
    return `${offset}.${bit}`;
  };
  switch (kind) {
    case 'bit flips': {
      const flips = Array.from({ length: 1 + below(16) }, () => flip(main, below(main.byteLength)));
      return { kind, description: `bits flipped at ${flips.join(', ')}`, files: { main } };
    }
    case 'byte run': {
      const length = 16 + below(4080);
      const offset = below(main.byteLength - length);
      const fill = random() < 0.5 ? 'random' : 'ff';
      for (let index = offset; index < offset + length; index += 1) main[index] = fill === 'ff' ? 0xff : below(256);
      return { kind, description: `${length} bytes of ${fill} at ${offset}`, files: { main } };
    }
    case 'truncation': {
      const length = random() < 0.5 ? below(pages) * pageSize : below(main.byteLength);
      return { kind, description: `cut to ${length} bytes`, files: { main: main.subarray(0, length) } };
    }
    case 'page swap': {
      const [a, b] = [below(pages), below(pages)];
      const first = Buffer.from(main.subarray(a * pageSize, (a + 1) * pageSize));
      main.copy(main, a * pageSize, b * pageSize, (b + 1) * pageSize);
      first.copy(main, b * pageSize);
      return { kind, description: `pages ${a + 1} and ${b + 1} swapped`, files: { main } };
    }
    case 'zeroed pages': {
      const zeroed = Array.from({ length: 1 + below(4) }, () => below(pages));
      for (const page of zeroed) main.fill(0, page * pageSize, (page + 1) * pageSize);
      return { kind, description: `pages ${zeroed.map((page) => page + 1).join(', ')} zeroed`, files: { main } };
    }
    case 'header damage': {
      const changed = Array.from({ length: 1 + below(4) }, () => {
        const offset = below(100);
        main[offset] = below(256);
        return offset;
      });
      return { kind, description: `header bytes ${changed.join(', ')} replaced`, files: { main } };
    }
    case 'journal damage': {
      // After a crash with saves only in the -wal: damage that file, or lose it.
      const wal = Buffer.from(crashed.wal);
      const files = { main: Buffer.from(crashed.main), shm: Buffer.from(crashed.shm) };
      switch (below(5)) {
        case 0:
          return { kind, description: `-wal bits flipped at ${Array.from({ length: 1 + below(8) }, () => flip(wal, below(wal.byteLength))).join(', ')}`, files: { ...files, wal } };
        case 1: {
          const length = below(wal.byteLength);
          return { kind, description: `-wal cut to ${length} bytes`, files: { ...files, wal: wal.subarray(0, length) } };
        }
        case 2:
          return { kind, description: '-wal deleted', files };
        case 3: {
          const offset = below(wal.byteLength - pageSize);
          wal.fill(0, offset, offset + pageSize);
          return { kind, description: `-wal zeroed from ${offset} for a page`, files: { ...files, wal } };
        }
        default: {
          const flips = Array.from({ length: 1 + below(4) }, () => flip(files.main, below(files.main.byteLength)));
          return { kind, description: `-wal intact, main file bits flipped at ${flips.join(', ')}`, files: { ...files, wal } };
        }
      }
    }
  }
}
