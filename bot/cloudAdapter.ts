/**
 * The Bot Framework adapter for /api/messages and proactive sends: CloudAdapter authenticated by
 * ConfigurationBotFrameworkAuthentication from the configuration (MicrosoftAppId/Password/Type/
 * TenantId). Without an app id it runs anonymous (local testing, on-premises connectors).
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Logger } from 'pino';
import type { BotConfig } from './config.ts';

export function createCloudAdapter(config: BotConfig, logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppId: config.MicrosoftAppId ?? '',
      MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
      MicrosoftAppType: config.MicrosoftAppType,
      MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
    },
  );
  // Note: the connector client retries 5xx and network errors itself (up to 3 retries with
  // exponential back-off; botbuilder 4.23 ignores `noRetryPolicy`). The daily summary's own
  // retry (bot/summary/send.ts) counts attempts on top of that and records them.
  const adapter = new CloudAdapter(auth);
  // Errors inside turns are handled by the turn runner; this catches the adapter's own failures.
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, conv: context.activity.conversation?.id ?? '' }, 'adapter turn error');
  };
  return adapter;
}

/** The app id for proactive sends: '' in anonymous mode (never undefined). */
export function botAppId(config: BotConfig): string {
  return config.MicrosoftAppId ?? '';
}
