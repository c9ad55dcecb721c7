/**
 * The bot: messages go to the main dialog (its stack kept in conversation state in PostgreSQL);
 * people joining a conversation are greeted. Unknown activity types are ignored by ActivityHandler.
 */
import { ActivityHandler, type ConversationState, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import type { Dialog } from 'botbuilder-dialogs';
import { channelUserId } from '../dialogs/channelUser.ts';
import { greetingText } from '../dialogs/greeting.ts';
import { replyLang } from '../dialogs/lang.ts';
import type { DirectoryPort } from '../dialogs/ports.ts';

export class ReconBot extends ActivityHandler {
  private readonly dialogs: DialogSet;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly main: Dialog,
    private readonly directory: DirectoryPort,
  ) {
    super();
    this.dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
    this.dialogs.add(main);
    this.onMessage(async (context, next) => {
      const dc = await this.dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.main.id);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id === context.activity.recipient?.id) continue;
        const person = await this.directory.personOf(channelUserId(member));
        await context.sendActivity(greetingText(person, replyLang(undefined, context.activity.locale)));
      }
      await next();
    });
  }

  /** Runs the turn, then saves conversation state (a stale eTag fails the save: no lost update). */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }
}
