import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { watchOfficeTheme } from './office';

type Handler = (e: { officeTheme?: { bodyBackgroundColor?: string } }) => void;

/** A fake Office with a document that keeps the handlers added for each event type. */
function fakeOffice(opts: { status?: 'succeeded' | 'failed'; withEvent?: boolean; throws?: boolean } = {}) {
  const handlers = new Map<string, Handler[]>();
  const office = {
    EventType: opts.withEvent === false ? {} : { OfficeThemeChanged: 'officeThemeChanged' },
    context: {
      officeTheme: { bodyBackgroundColor: '#FFFFFF' },
      document: {
        addHandlerAsync: (type: string, h: Handler, cb?: (r: { status: string }) => void) => {
          if (opts.throws) throw new Error('not supported in this host');
          handlers.set(type, [...(handlers.get(type) ?? []), h]);
          cb?.({ status: opts.status ?? 'succeeded' });
        },
        removeHandlerAsync: (type: string, o: { handler: Handler }) =>
          handlers.set(
            type,
            (handlers.get(type) ?? []).filter((x) => x !== o.handler),
          ),
      },
    },
  };
  Object.assign(globalThis, { Office: office });
  const fire = (bg: string) =>
    (handlers.get('officeThemeChanged') ?? []).forEach((h) => h({ officeTheme: { bodyBackgroundColor: bg } }));
  return { handlers, fire };
}

describe('the task pane follows Office theme changes', () => {
  afterEach(() => delete (globalThis as { Office?: unknown }).Office);

  test('switching Excel to 黑色 and back re-themes the pane; stopping stops it', () => {
    const { fire, handlers } = fakeOffice();
    const seen: Theme[] = [];
    const stop = watchOfficeTheme((t) => seen.push(t));
    fire('#262626');
    fire('#FFFFFF');
    expect(seen).toEqual([webDarkTheme, webLightTheme]);
    stop();
    fire('#262626');
    expect(seen).toHaveLength(2);
    expect(handlers.get('officeThemeChanged')).toEqual([]);
  });

  test('a host that refuses the event, lacks it, or throws leaves the start theme and no error', () => {
    const seen: Theme[] = [];
    const refused = fakeOffice({ status: 'failed' });
    watchOfficeTheme((t) => seen.push(t));
    refused.fire('#262626');
    fakeOffice({ withEvent: false });
    expect(() => watchOfficeTheme((t) => seen.push(t))()).not.toThrow();
    fakeOffice({ throws: true });
    expect(() => watchOfficeTheme((t) => seen.push(t))()).not.toThrow();
    expect(seen).toEqual([]);
  });

  test('without office.js there is nothing to watch', () => {
    expect(() => watchOfficeTheme(() => {})()).not.toThrow();
  });
});
