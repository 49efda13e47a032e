import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { REPO_ROOT, runNode, temporaryFolder } from '../../helpers/processes.js';
import { APP_ID, BOT_ID, TENANT_ID } from '../../helpers/teamsApp.js';
import { BOT_ISSUER, startTeamsStandIn } from '../../helpers/teamsStandIn.js';

const MAIN = join(REPO_ROOT, 'dist/src/main.js');

test('with Slack and Teams variables together Rinde does not start, and says why in Spanish', async () => {
  const result = await runNode([MAIN], {
    cwd: temporaryFolder(),
    env: { SLACK_BOT_TOKEN: 'xoxb-1', TEAMS_APP_ID: APP_ID, TEAMS_APP_PASSWORD: 'p', TEAMS_TENANT_ID: TENANT_ID },
  });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('TEAMS_APP_ID: Rinde atiende una sola plataforma por instalación');
});

test('npm start with the Teams variables serves /healthz and /api/messages, and stops cleanly on SIGTERM', async () => {
  const standIn = await startTeamsStandIn({ appId: APP_ID });
  const folder = temporaryFolder();
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, [MAIN], {
    cwd: folder,
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: `file:${join(folder, 'rinde.db')}`,
      TEAMS_APP_ID: APP_ID,
      TEAMS_APP_PASSWORD: 'teams-password-of-the-process',
      TEAMS_TENANT_ID: TENANT_ID,
      TEAMS_OPENID_METADATA_URL: standIn.openIdMetadataUrl,
      TEAMS_TOKEN_ISSUER: BOT_ISSUER,
      TEAMS_LOGIN_URL: standIn.url,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  try {
    let health: Response | null = null;
    for (let i = 0; i < 100 && health === null; i++) {
      health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
      if (health === null) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(health?.status).toBe(200);
    const activity = {
      type: 'message',
      id: 'process-1',
      channelId: 'msteams',
      serviceUrl: standIn.serviceUrl,
      from: { id: '29:ana', name: 'Ana', aadObjectId: '0b6a4c1e-0000-4000-8000-0000000000b1' },
      recipient: { id: BOT_ID, name: 'Rinde' },
      conversation: { id: 'a:ana', conversationType: 'personal', tenantId: TENANT_ID },
      text: 'ayuda',
    };
    const now = Math.floor(Date.now() / 1000);
    const token = standIn.signToken({
      iss: BOT_ISSUER,
      aud: APP_ID,
      serviceurl: standIn.serviceUrl,
      nbf: now,
      exp: now + 600,
    });
    const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(activity),
    });
    expect(response.status).toBe(200);
    expect(JSON.stringify(standIn.sentTo('a:ana')[0]?.body)).toContain('Comandos de Rinde');
    const unsigned = await fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      body: JSON.stringify(activity),
    });
    expect(unsigned.status).toBe(401);
  } finally {
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await standIn.close();
  }
  expect(stderr).not.toContain('teams-password-of-the-process');
  expect(stderr).toContain('teams app listening on /api/messages');
});
