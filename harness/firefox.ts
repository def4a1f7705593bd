/**
 * Drives the built extension in the Firefox installed on this machine, over Firefox's own
 * WebDriver BiDi (no geckodriver, no Playwright build of Firefox), offline.
 *
 *   launchFirefox() ──▶ firefox --headless --remote-debugging-port=0 --profile <fresh>
 *        │                user.js fixes the extension's moz-extension:// UUID before start
 *        ├─ session.new, webExtension.install(.output/firefox-mv3)   temporary, like about:debugging
 *        ├─ every http(s) request is paused (network.addIntercept) and answered by serve(), or refused
 *        ├─ send(method, params)   any other BiDi command
 *        └─ pageErrors()           errors Firefox printed for the extension and the pages
 *
 * Node 20 has WebSocket only with --experimental-websocket (the npm script passes it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** $FIREFOX_PATH, else Debian's firefox-esr or firefox; null when there is none. */
export function findFirefox(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
}

type Params = Record<string, unknown>;

export interface FirefoxSession {
  browserVersion: string;
  extensionId: string;
  /** moz-extension://<uuid>/, the extension's own origin. */
  extensionOrigin: string;
  send<T = Params>(method: string, params?: Params): Promise<T>;
  /** Answer every request for exactly this URL with this HTML. */
  serve(url: string, html: string): void;
  /** Requests that tried to leave the machine and were refused. */
  refusedRequests: string[];
  /**
   * Uncaught errors in the extension (background, pages, content scripts) and console.error calls
   * from any page, as Firefox printed them. WebDriver BiDi's log events leave moz-extension pages
   * out, so these come from Firefox's own output instead.
   */
  pageErrors(): string[];
  close(): Promise<void>;
}

export async function launchFirefox(executable: string, extensionDir: string): Promise<FirefoxSession> {
  const extensionId = readGeckoId(extensionDir);
  const uuid = randomUUID();
  const profile = mkdtempSync(join(tmpdir(), 'realign-firefox-'));
  writeFileSync(
    join(profile, 'user.js'),
    [
      // Firefox gives each install a random UUID; fixed here so the pages' addresses are known.
      `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [extensionId]: uuid }))});`,
      // Prints page and extension console messages and script errors to Firefox's output.
      'user_pref("devtools.console.stdout.content", true);',
      '',
    ].join('\n'),
  );
  const firefox = spawn(executable, ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  for (const stream of [firefox.stdout!, firefox.stderr!]) {
    stream.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n')));
  }
  const served = new Map<string, string>();
  const onEvent = new Map<string, (params: Params) => void>();
  try {
    const socket = await connect(`${await bidiAddress(firefox, output)}/session`);
    const session = wrap(socket, firefox, profile, { extensionId, extensionOrigin: `moz-extension://${uuid}/`, served, output, onEvent });
    const { capabilities } = await session.send<{ capabilities: { browserVersion: string } }>('session.new', { capabilities: {} });
    session.browserVersion = capabilities.browserVersion;
    const installed = await session.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path: extensionDir },
    });
    if (installed.extension !== extensionId) throw new Error(`Firefox installed ${installed.extension}, not ${extensionId}`);
    await interceptNetwork(session, served, (listener) => onEvent.set('network.beforeRequestSent', listener));
    return session;
  } catch (error) {
    firefox.kill();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

function readGeckoId(extensionDir: string): string {
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No built extension at ${extensionDir}: run \`npm run build:firefox\` first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id`);
  return id;
}

/** Firefox prints "WebDriver BiDi listening on ws://127.0.0.1:<port>" once the port is open. */
async function bidiAddress(firefox: ChildProcess, output: readonly string[]): Promise<string> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    if (firefox.exitCode !== null) throw new Error(`Firefox exited (${firefox.exitCode}) before opening WebDriver BiDi:\n${output.join('\n')}`);
    for (const line of output) {
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(line);
      if (match) return match[1]!;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Firefox did not open WebDriver BiDi within 30 s:\n${output.join('\n')}`);
}

function connect(url: string): Promise<WebSocket> {
  if (typeof WebSocket === 'undefined') {
    throw new Error('No WebSocket in this Node: run with `tsx --experimental-websocket` (Node 20) or Node 22+.');
  }
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.onopen = () => resolve(socket);
    socket.onerror = () => reject(new Error(`Could not connect to ${url}`));
  });
}

interface Wiring {
  extensionId: string;
  extensionOrigin: string;
  served: Map<string, string>;
  output: readonly string[];
  /** Event listeners by method; the network intercept is the only one this harness needs. */
  onEvent: ReadonlyMap<string, (params: Params) => void>;
}

function wrap(socket: WebSocket, firefox: ChildProcess, profile: string, wiring: Wiring): FirefoxSession {
  let nextId = 1;
  const pending = new Map<number, { resolve(result: Params): void; reject(error: Error): void; method: string }>();
  socket.onmessage = (message) => {
    const data = JSON.parse(String(message.data)) as { id?: number; type: string; method?: string; params?: Params; result?: Params; error?: string; message?: string };
    if (data.type === 'event') {
      wiring.onEvent.get(data.method!)?.(data.params ?? {});
      return;
    }
    const call = data.id === undefined ? undefined : pending.get(data.id);
    if (!call) return;
    pending.delete(data.id!);
    if (data.type === 'error') call.reject(new Error(`${call.method}: ${data.error}: ${data.message}`));
    else call.resolve(data.result ?? {});
  };
  socket.onclose = () => {
    for (const call of pending.values()) call.reject(new Error(`${call.method}: Firefox closed the connection`));
    pending.clear();
  };
  const session: FirefoxSession = {
    browserVersion: '',
    extensionId: wiring.extensionId,
    extensionOrigin: wiring.extensionOrigin,
    refusedRequests: [],
    send<T>(method: string, params: Params = {}) {
      const id = nextId++;
      socket.send(JSON.stringify({ id, method, params }));
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (result: Params) => void, reject, method });
      });
    },
    serve(url, html) {
      wiring.served.set(url, html);
    },
    pageErrors() {
      // "JavaScript error: <script URL>, line N: …" for uncaught errors; console.error from a page
      // prints its arguments quoted, unlike Firefox's own modules ("console.error: RSLoader: …").
      return wiring.output.filter(
        (line) =>
          (line.startsWith('JavaScript error: ') && line.includes(wiring.extensionOrigin)) ||
          line.startsWith('console.error: "'),
      );
    },
    async close() {
      await session.send('browser.close').catch(() => {});
      socket.close();
      await new Promise<void>((resolve) => {
        if (firefox.exitCode !== null) return resolve();
        const timer = setTimeout(() => firefox.kill(), 5_000);
        firefox.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}

/** Pauses every http(s) request before it is sent: a served URL gets its page, anything else is refused. */
async function interceptNetwork(
  session: FirefoxSession,
  served: ReadonlyMap<string, string>,
  listen: (listener: (params: Params) => void) => void,
): Promise<void> {
  listen((params) => {
    if (!params.isBlocked) return;
    const request = params.request as { request: string; url: string };
    const html = served.get(request.url);
    if (html === undefined) {
      session.refusedRequests.push(request.url);
      void session.send('network.failRequest', { request: request.request }).catch(() => {});
      return;
    }
    void session
      .send('network.provideResponse', {
        request: request.request,
        statusCode: 200,
        reasonPhrase: 'OK',
        headers: [{ name: 'content-type', value: { type: 'string', value: 'text/html; charset=utf-8' } }],
        body: { type: 'string', value: html },
      })
      .catch(() => {});
  });
  await session.send('session.subscribe', { events: ['network.beforeRequestSent'] });
  await session.send('network.addIntercept', {
    phases: ['beforeRequestSent'],
    urlPatterns: [
      { type: 'pattern', protocol: 'https' },
      { type: 'pattern', protocol: 'http' },
    ],
  });
}
