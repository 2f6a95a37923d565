// Load generator for the Slack endpoints: freshly signed requests (event_callback app_mention and
// /collab slash commands, half each) over keep-alive connections, N concurrent for D seconds.
// Prints requests/s, p50, p99 and the number of non-2xx answers. Node 20, no dependencies.
//
//   SLACK_SIGNING_SECRET=... node bench/slack-load/load.mjs [baseUrl] [connections] [seconds]
import http from 'node:http';
import { createHmac, randomUUID } from 'node:crypto';

const base = new URL(process.argv[2] ?? 'http://127.0.0.1:5080');
const connections = Number(process.argv[3] ?? 16);
const seconds = Number(process.argv[4] ?? 10);
const secret = process.env.SLACK_SIGNING_SECRET;
if (!secret) {
  console.error('Set SLACK_SIGNING_SECRET to the secret the host was started with.');
  process.exit(2);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: connections });

function sign(body) {
  const timestamp = Math.floor(Date.now() / 1000).toString();
  const signature = 'v0=' + createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'X-Slack-Request-Timestamp': timestamp, 'X-Slack-Signature': signature };
}

let sequence = 0;
function nextRequest() {
  const n = sequence++;
  const channel = `CBENCH${n % 64}`;
  if (n % 2 === 0) {
    const body = JSON.stringify({
      token: 'unused', team_id: 'TBENCH', api_app_id: 'ABENCH', type: 'event_callback',
      event_id: `Ev${randomUUID().replaceAll('-', '')}`, event_time: Math.floor(Date.now() / 1000),
      event: { type: 'app_mention', user: `U${n % 500}`, text: '<@UBENCHBOT> help', channel, ts: `${Date.now() / 1000}`, event_ts: `${Date.now() / 1000}` },
      authorizations: [{ team_id: 'TBENCH', user_id: 'UBENCHBOT', is_bot: true }],
    });
    return { path: '/api/slack/events', type: 'application/json', body };
  }
  const body = new URLSearchParams({
    token: 'unused', team_id: 'TBENCH', channel_id: channel, user_id: `U${n % 500}`, user_name: 'bench',
    command: '/collab', text: 'help', api_app_id: 'ABENCH', response_url: 'https://hooks.slack.com/commands/x',
    trigger_id: `${n}.${randomUUID()}`,
  }).toString();
  return { path: '/api/slack/commands', type: 'application/x-www-form-urlencoded', body };
}

function send() {
  const { path, type, body } = nextRequest();
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const request = http.request({
      host: base.hostname, port: base.port, path, method: 'POST', agent,
      headers: { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...sign(body) },
    }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    request.on('error', () => resolve({ status: 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    request.end(body);
  });
}

const latencies = [];
let failed = 0;
const deadline = Date.now() + seconds * 1000;
async function worker() {
  while (Date.now() < deadline) {
    const { status, ms } = await send();
    latencies.push(ms);
    if (status < 200 || status > 299) failed++;
  }
}

const began = Date.now();
await Promise.all(Array.from({ length: connections }, worker));
const elapsed = (Date.now() - began) / 1000;
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
console.log(`requests: ${latencies.length} in ${elapsed.toFixed(1)} s with ${connections} connections`);
console.log(`requests/s: ${(latencies.length / elapsed).toFixed(0)}`);
console.log(`p50: ${at(0.5).toFixed(2)} ms  p99: ${at(0.99).toFixed(2)} ms`);
console.log(`non-2xx: ${failed}`);
agent.destroy();
