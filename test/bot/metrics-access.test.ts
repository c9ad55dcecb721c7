/**
 * /metrics says how many differences are open and how busy the bot is: with METRICS_TOKEN it needs
 * that bearer token; without, only the machine itself (loopback) may read it.
 */
import type { Request } from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricsAccess } from '../../bot/http/ops.ts';
import { startBot, type RunningBot } from './support/app.ts';

const TOKEN = 'scrape-me-please-0123456789';
const fakeRequest = (remoteAddress: string, authorization?: string): Request =>
  ({ socket: { remoteAddress }, headers: authorization ? { authorization } : {} }) as unknown as Request;

describe('who may read /metrics', () => {
  it('without METRICS_TOKEN: loopback only (IPv4, IPv6, IPv4-mapped); any other address is refused', () => {
    for (const a of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) expect(metricsAccess(fakeRequest(a), undefined)).toBe(200);
    for (const a of ['10.1.2.3', '192.168.0.9', '::ffff:10.1.2.3', 'fe80::1', '']) expect(metricsAccess(fakeRequest(a), undefined)).toBe(403);
  });

  it('with METRICS_TOKEN: the bearer token from anywhere, nothing else even from loopback', () => {
    expect(metricsAccess(fakeRequest('10.1.2.3', `Bearer ${TOKEN}`), TOKEN)).toBe(200);
    for (const auth of [undefined, 'Bearer wrong-token-0123456789', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`, 'Bearer '])
      expect(metricsAccess(fakeRequest('127.0.0.1', auth), TOKEN)).toBe(401);
  });

  describe('over HTTP with METRICS_TOKEN set', () => {
    let bot: RunningBot;
    beforeAll(async () => {
      bot = await startBot({ env: { METRICS_TOKEN: TOKEN } });
    }, 120_000);
    afterAll(async () => bot?.close());

    it('401 with a WWW-Authenticate challenge without the token, the Prometheus text with it; /healthz stays open', async () => {
      const bare = await fetch(`${bot.url}/metrics`);
      expect(bare.status).toBe(401);
      expect(bare.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect(await bare.text()).not.toContain('recon_open_differences');
      const ok = await fetch(`${bot.url}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('recon_open_differences');
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    });
  });
});
