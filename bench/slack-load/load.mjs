// Load generator for the Slack endpoints: freshly signed requests (event_callback app_mention and
// /collab slash commands, half each) over keep-alive connections, N concurrent for D seconds, one
// request in flight per connection. Prints requests/s, p50, p99 and the number of non-2xx answers.
// Node 20, no dependencies. It writes HTTP/1.1 on raw sockets because Node's http client costs about
// four times the CPU per request, and this generator shares the machine with the host it measures. For the
// same reason the bodies are built as template strings (the same fields JSON.stringify and URLSearchParams
// gave): against a bare verify-and-parse endpoint that took the generator from 81 to 50 µs a request.
//
//   SLACK_SIGNING_SECRET=... node bench/slack-load/load.mjs [baseUrl] [connections] [seconds]
import net from 'node:net';
import { createHmac, randomUUID } from 'node:crypto';

const base = new URL(process.argv[2] ?? 'http://127.0.0.1:5080');
const connections = Number(process.argv[3] ?? 16);
const seconds = Number(process.argv[4] ?? 10);
const secret = process.env.SLACK_SIGNING_SECRET;
if (!secret) {
  console.error('Set SLACK_SIGNING_SECRET to the secret the host was started with.');
  process.exit(2);
}

let sequence = 0;
const runId = randomUUID().replaceAll('-', '').slice(0, 12);
const host = `Host: ${base.host}\r\n`;
function nextRequest() {
  const n = sequence++;
  const channel = `CBENCH${n % 64}`;
  const now = Date.now();
  const seconds = Math.floor(now / 1000);
  let head, body;
  if ((n & 1) === 0) {
    const ts = `${now / 1000}`;
    head = `POST /api/slack/events HTTP/1.1\r\n${host}Content-Type: application/json\r\n`;
    body = `{"token":"unused","team_id":"TBENCH","api_app_id":"ABENCH","type":"event_callback","event_id":"Ev${runId}${n}",`
      + `"event_time":${seconds},"event":{"type":"app_mention","user":"U${n % 500}","text":"<@UBENCHBOT> help","channel":"${channel}",`
      + `"ts":"${ts}","event_ts":"${ts}"},"authorizations":[{"team_id":"TBENCH","user_id":"UBENCHBOT","is_bot":true}]}`;
  } else {
    head = `POST /api/slack/commands HTTP/1.1\r\n${host}Content-Type: application/x-www-form-urlencoded\r\n`;
    body = `token=unused&team_id=TBENCH&channel_id=${channel}&user_id=U${n % 500}&user_name=bench&command=%2Fcollab&text=help`
      + `&api_app_id=ABENCH&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2Fx&trigger_id=${n}.${runId}`;
  }
  const signature = createHmac('sha256', secret).update(`v0:${seconds}:${body}`).digest('hex');
  return `${head}Content-Length: ${body.length}\r\nX-Slack-Request-Timestamp: ${seconds}\r\n`
    + `X-Slack-Signature: v0=${signature}\r\n\r\n${body}`;
}

/** Length of the first complete response in buf and its status, or null while it is incomplete. */
function parseResponse(buf) {
  const head = buf.indexOf('\r\n\r\n');
  if (head < 0) return null;
  const header = buf.subarray(0, head).toString('latin1');
  const status = Number(header.slice(9, 12));
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(header);
  if (length) {
    const end = head + 4 + Number(length[1]);
    return buf.length >= end ? { status, end } : null;
  }
  if (/\r\ntransfer-encoding:\s*chunked/i.test(header)) {
    const end = buf.indexOf('\r\n0\r\n\r\n', head);
    if (end >= 0) return { status, end: end + 7 };
    return buf.subarray(head + 4, head + 9).toString('latin1') === '0\r\n\r\n' ? { status, end: head + 9 } : null;
  }
  return { status, end: head + 4 };
}

const latencies = [];
let failed = 0;
const deadline = Date.now() + seconds * 1000;

function connection() {
  return new Promise((resolve) => {
    const socket = net.connect({ host: base.hostname, port: Number(base.port), noDelay: true });
    let pending = Buffer.alloc(0);
    let started = 0n;
    const send = () => {
      if (Date.now() >= deadline) {
        socket.end();
        return resolve();
      }
      started = process.hrtime.bigint();
      socket.write(nextRequest());
    };
    socket.on('connect', send);
    socket.on('data', (chunk) => {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      const response = parseResponse(pending);
      if (!response) return;
      pending = pending.subarray(response.end);
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (response.status < 200 || response.status > 299) failed++;
      send();
    });
    socket.on('error', () => {
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      failed++;
      resolve();
    });
  });
}

const began = Date.now();
await Promise.all(Array.from({ length: connections }, connection));
const elapsed = (Date.now() - began) / 1000;
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
console.log(`requests: ${latencies.length} in ${elapsed.toFixed(1)} s with ${connections} connections`);
console.log(`requests/s: ${(latencies.length / elapsed).toFixed(0)}`);
console.log(`p50: ${at(0.5).toFixed(2)} ms  p99: ${at(0.99).toFixed(2)} ms`);
console.log(`non-2xx: ${failed}`);
