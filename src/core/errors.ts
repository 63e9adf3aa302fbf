/** A failure a person should understand: a stable English code, the facts, and a zh-CN message from messages/. */
export type Params = Record<string, string | number | undefined>;

export class LianfangError extends Error {
  constructor(
    readonly code: string,
    readonly params: Params = {},
    options?: { cause?: unknown },
  ) {
    super(code, options);
    this.name = 'LianfangError';
  }
}

export const isLianfangError = (e: unknown): e is LianfangError => e instanceof LianfangError;
