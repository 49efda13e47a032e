import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A lean stand-in for Slack's Web API and response_urls, on loopback: it answers what Rinde calls
 * and reports each response_url POST (the moment a command's reply reaches "Slack"). Unlike the
 * test stand-in it keeps nothing, so a long run does not grow it.
 */
export interface BenchSlack {
  apiUrl: string;
  responseUrl(id: string): string;
  onResponse(listener: (id: string) => void): void;
  close(): Promise<void>;
}

const answers: Record<string, string> = {
  'auth.test': JSON.stringify({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0MUNI' }),
  'users.info': JSON.stringify({ ok: true, user: { id: 'U0', real_name: 'María Gómez', profile: {} } }),
};
const OK = JSON.stringify({ ok: true, ts: '1700000000.000100', channel: { id: 'D0' }, view: { id: 'V1' } });

export async function startBenchSlack(): Promise<BenchSlack> {
  let listener: (id: string) => void = () => undefined;
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    req.resume();
    req.on('end', () => {
      if (path.startsWith('/respond/')) {
        listener(path.slice('/respond/'.length));
        res.end('ok');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(answers[path.slice('/api/'.length)] ?? OK);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/respond/${id}`,
    onResponse: (next) => {
      listener = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
