/** The part of saxen's API (npm saxen 11, no bundled types) the streaming reader uses. */
declare module 'saxen' {
  type Attrs = () => Record<string, string> | false;
  export class Parser {
    constructor(options?: { proxy?: boolean });
    on(
      event: 'openTag',
      fn: (name: string, attrs: Attrs, decode: (s: string) => string, selfClosing: boolean) => void,
    ): this;
    on(event: 'closeTag', fn: (name: string, decode: (s: string) => string, selfClosing: boolean) => void): this;
    on(event: 'text', fn: (text: string, decode: (s: string) => string) => void): this;
    on(event: 'cdata', fn: (text: string) => void): this;
    on(event: 'attention' | 'question' | 'comment', fn: (text: string) => void): this;
    on(event: 'error' | 'warn', fn: (error: Error) => void): this;
    parse(xml: string): Error | null;
    stop(): void;
  }
}
