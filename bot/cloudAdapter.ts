/**
 * The Bot Framework adapter for /api/messages and proactive sends: CloudAdapter authenticated by
 * ConfigurationBotFrameworkAuthentication from the configuration (MicrosoftAppId/Password/Type/
 * TenantId, and BOT_OPENID_METADATA_URL for the channel's signing keys). Without an app id it runs
 * anonymous (local testing, on-premises connectors).
 */
import { CallerIdConstants, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { Logger } from 'pino';
import type { BotConfig } from './config.ts';

export function createCloudAdapter(config: BotConfig, logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppId: config.MicrosoftAppId ?? '',
      MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
      MicrosoftAppType: config.MicrosoftAppType,
      MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
      // The public Azure cloud, spelled out so that the OpenID metadata URL can be configured:
      // once any of these is given, botbuilder takes all of them from here (none from its defaults).
      ValidateAuthority: true,
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      ToBotFromChannelOpenIdMetadataUrl: config.BOT_OPENID_METADATA_URL,
      ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
      CallerId: CallerIdConstants.PublicAzureChannel,
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
