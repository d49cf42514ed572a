import { UserError, type Result } from '../../common/errors';

/**
 * What one import may cost (README "Import limits"). A plan of 1,000 measures saved by Word has a
 * word/document.xml of a few MB, ~2,000 paragraphs and well under 100 sections; the defaults leave
 * a wide margin above that and far below what takes a server down (one document per section).
 */
export interface ImportLimits {
  /** Bytes actually inflated from the .docx parts read (document, numbering, styles), not their declared sizes. */
  maxInflatedBytes: number;
  /** Paragraphs of the source (.docx paragraphs and table rows, or .txt lines). */
  maxParagraphs: number;
  /** Sections (each becomes a stored document). */
  maxSections: number;
  /** Measures, targets and points together. */
  maxItems: number;
  /** Wall time of the parse; the worker is terminated when it runs out. */
  timeoutMs: number;
  /** Heap of the import worker (its old generation, MB): past it the worker dies, not the server. */
  maxWorkerMemoryMb: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxInflatedBytes: 32 * 1024 * 1024,
  maxParagraphs: 20_000,
  maxSections: 1_000,
  maxItems: 10_000,
  timeoutMs: 60_000,
  maxWorkerMemoryMb: 1024,
};

const MB = 1024 * 1024;

/** Thrown from deep inside a reader when a limit is passed; turned into a Result at the import's edge. */
export class ImportLimitError extends Error {
  constructor(readonly error: UserError) {
    super(error.detail);
  }
}

/** The Chinese message and English log line of each limit. */
export const LimitErrors = {
  inflated(limit: number): UserError {
    return UserError.create('import.too-large', `文件解压后超过 ${Math.round(limit / MB)} MB，超出导入上限，文件未导入。计划正文解压后通常只有几 MB，请确认选择的文件。`,
      `inflated .docx parts exceed ${limit} bytes (stopped inflating there)`);
  },
  paragraphs(limit: number): UserError {
    return UserError.create('import.too-many-paragraphs', `段落过多（超过 ${limit} 段），超出导入上限，文件未导入。请确认选择的是一份计划的正文。`,
      `more than ${limit} paragraphs`);
  },
  sections(count: number, limit: number): UserError {
    return UserError.create('import.too-many-sections', `识别出的章节过多（${count} 个，上限 ${limit} 个），文件未导入。请确认文件中的标题编号。`,
      `${count} sections exceed the limit of ${limit}`);
  },
  items(count: number, limit: number): UserError {
    return UserError.create('import.too-many-items', `识别出的措施和目标过多（${count} 条，上限 ${limit} 条），文件未导入。`,
      `${count} items exceed the limit of ${limit}`);
  },
  timeout(ms: number): UserError {
    return UserError.create('import.timeout', `导入超时（超过 ${Math.round(ms / 1000)} 秒），文件未导入。文件可能过大或内容异常，请确认选择的文件。`,
      `import did not finish within ${ms} ms; the worker was terminated`);
  },
  memory(mb: number): UserError {
    return UserError.create('import.out-of-memory', `导入所需内存超过上限（${mb} MB），文件未导入。文件可能过大或内容异常。`,
      `the import worker ran out of its ${mb} MB heap`);
  },
};

export function limitFailure<T>(e: unknown): Result<T> | null {
  return e instanceof ImportLimitError ? { ok: false, error: e.error } : null;
}

/**
 * Limits from the environment (PLAN_STUDIO_IMPORT_MAX_MB, _MAX_PARAGRAPHS, _MAX_SECTIONS, _MAX_ITEMS,
 * _TIMEOUT_S, _MEMORY_MB) over the defaults; a value that is not a positive number is an error.
 */
export function importLimitsFrom(values: Partial<Record<LimitFlag, string | undefined>>, base = DEFAULT_IMPORT_LIMITS): ImportLimits {
  const out = { ...base };
  for (const [flag, [key, scale]] of Object.entries(LIMIT_FLAGS) as Array<[LimitFlag, [keyof ImportLimits, number]]>) {
    const raw = values[flag];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`导入上限 --${flag} 无效：${raw}（应为正数）`);
    out[key] = Math.round(n * scale);
  }
  return out;
}

export type LimitFlag = 'import-max-mb' | 'import-max-paragraphs' | 'import-max-sections' | 'import-max-items' | 'import-timeout-s' | 'import-memory-mb';

/** Server flag → limit and the factor from the flag's unit. */
export const LIMIT_FLAGS: Record<LimitFlag, [keyof ImportLimits, number]> = {
  'import-max-mb': ['maxInflatedBytes', MB],
  'import-max-paragraphs': ['maxParagraphs', 1],
  'import-max-sections': ['maxSections', 1],
  'import-max-items': ['maxItems', 1],
  'import-timeout-s': ['timeoutMs', 1000],
  'import-memory-mb': ['maxWorkerMemoryMb', 1],
};

/** The environment variable of a flag: import-max-mb → PLAN_STUDIO_IMPORT_MAX_MB. */
export function limitEnvName(flag: LimitFlag): string {
  return `PLAN_STUDIO_${flag.toUpperCase().replace(/-/g, '_')}`;
}
