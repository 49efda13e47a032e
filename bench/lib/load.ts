import { createHmac, randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { cpuMicroseconds } from './processes.js';
import type { BenchCommand } from './seed.js';
import type { BenchSlack } from './slackStandIn.js';
import { elapsedMs, type LatencySummary, summarise } from './stats.js';

export interface LoadTarget {
  port: number;
  signingSecret: string;
  /** The server's process, whose CPU time per command is reported. */
  pid: number;
  /** Sent in turn, the n-th request the (n mod length)-th. */
  commands: BenchCommand[];
  /**
   * When a command counts as done: `ack`, the HTTP response (the floors store before acking);
   * `reply`, when the stored entry's confirmation reaches "Slack": in the HTTP response when Rinde
   * answered in its ack, else the response_url POST that follows an empty ack.
   */
  doneAt: 'ack' | 'reply';
}

export interface LoadResult extends LatencySummary {
  concurrency: number;
  errors: number;
  ackP50: number;
  /**
   * CPU time per command over the measured seconds, in µs: the server's (all its threads), and this
   * process's (the load generator and the Slack stand-in), which shares the same cores. Steadier
   * from run to run than requests per second.
   */
  serverCpuUs: number;
  generatorCpuUs: number;
}

const REPLY_TIMEOUT_MS = 10_000;

function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

function post(agent: Agent, port: number, body: string, secret: string): Promise<{ status: number; body: string }> {
  const timestamp = Math.floor(Date.now() / 1000);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/slack/events',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': sign(secret, timestamp, body),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function cpuOfThisProcess(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/**
 * A closed loop: `concurrency` simulated Slack clients each send a signed `/avance`, wait until it
 * is done, and send the next, for `seconds` after a warm-up, or until `until` settles if sooner.
 * Latency runs from sending to done.
 */
export async function runLoad(
  target: LoadTarget,
  slack: BenchSlack,
  concurrency: number,
  seconds: number,
  warmupSeconds = 1,
  until?: Promise<unknown>,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const waiting = new Map<string, () => void>();
  slack.onResponse((id) => waiting.get(id)?.());
  // Rinde stores one entry per trigger_id, so ids must not repeat across the cells and rounds of a run.
  const run = randomUUID().slice(0, 8);
  let sequence = 0;
  let errors = 0;
  const samples: number[] = [];
  const acks: number[] = [];
  const started = Date.now();
  const measureFrom = started + warmupSeconds * 1000;
  let stopAt = measureFrom + seconds * 1000;
  void until?.finally(() => {
    stopAt = Math.min(stopAt, Date.now());
  });

  const one = async () => {
    const id = `${run}-${++sequence}`;
    const command = target.commands[sequence % target.commands.length] as BenchCommand;
    const body = new URLSearchParams({
      command: '/avance',
      text: command.text,
      user_id: command.userId,
      user_name: 'prensa',
      team_id: 'T0MUNI',
      channel_id: 'C0GENERAL',
      api_app_id: 'A0RINDE',
      trigger_id: `trigger-${id}`,
      response_url: slack.responseUrl(id),
    }).toString();
    const replied =
      target.doneAt === 'reply'
        ? new Promise<boolean>((resolve) => {
            const timer = setTimeout(() => resolve(false), REPLY_TIMEOUT_MS);
            waiting.set(id, () => {
              clearTimeout(timer);
              resolve(true);
            });
          })
        : Promise.resolve(true);
    const sentAt = process.hrtime.bigint();
    // A connection the server reset (it gave up on a request it could not ack in time) is an error, not the end of the run.
    const response = await post(agent, target.port, body, target.signingSecret).catch(() => ({ status: 0, body: '' }));
    const ackMs = elapsedMs(sentAt);
    const answeredInAck = target.doneAt === 'reply' && response.body !== '';
    if (answeredInAck) waiting.get(id)?.(); // no response_url POST will come: settle its wait
    const ok = response.status === 200 && (answeredInAck ? response.body.includes('Avance registrado') : await replied);
    waiting.delete(id);
    if (Date.now() < measureFrom) return;
    if (!ok) errors++;
    else {
      samples.push(elapsedMs(sentAt));
      acks.push(ackMs);
    }
  };
  const client = async () => {
    while (Date.now() < stopAt) await one();
  };
  let cpuFrom = { server: 0, generator: 0 };
  const cpuNow = () => ({ server: cpuMicroseconds(target.pid), generator: cpuOfThisProcess() });
  const cpuTimer = setTimeout(() => {
    cpuFrom = cpuNow();
  }, measureFrom - Date.now());
  await Promise.all(Array.from({ length: concurrency }, client));
  clearTimeout(cpuTimer);
  const cpuTo = cpuNow();
  agent.destroy();
  const commands = samples.length + errors;
  return {
    ...summarise(samples, Math.max(stopAt - measureFrom, 1) / 1000),
    concurrency,
    errors,
    ackP50: summarise(acks, seconds).p50,
    serverCpuUs: (cpuTo.server - cpuFrom.server) / commands,
    generatorCpuUs: (cpuTo.generator - cpuFrom.generator) / commands,
  };
}
