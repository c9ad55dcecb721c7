/** English: FAQ (answers, "did you mean", the honest "I don't know", feedback, FAQ report). */
import type { faq as zh } from '../zh-CN/faq.ts';

export const faq: typeof zh = {
  faq: {
    didYouMean: 'Did you mean:',
    dontKnow: "Sorry, I don't know the answer to that and would rather not guess.",
    scope: 'I am the reconciliation assistant: I answer questions about electronic reconciliation (statements, the balance reconciliation statement, differences, receipts, signing in to online banking); I cannot carry out transactions or look up accounts.',
    redirectTransfer: 'For transfers and payments, please use corporate online banking or the mobile app, or go to a branch counter.',
    redirectBanking: 'For loans, investments, deposits, withdrawals and opening or closing accounts, please ask {contact} or go to a branch counter.',
    smalltalk: {
      greeting: 'Hello! I am the reconciliation assistant; ask me anything about electronic reconciliation.',
      thanks: 'You are welcome! Ask me any time you have a question about reconciliation.',
      bye: 'Goodbye, and all the best!',
    },
    contactLine: 'For help, please contact {contact}.',
    defaultContact: 'your branch or relationship manager',
    source: 'Source: {title}',
    followUps: 'You might also ask:',
    helpfulPrompt: 'Was this helpful?',
    thumbsUp: '👍 Helpful',
    thumbsDown: '👎 Not helpful',
    feedbackThanks: 'Thank you for your feedback!',
    feedbackSorry: 'Thanks, we will improve this answer.',
    feedbackUnknown: 'This answer has expired; the feedback could not be recorded.',
    llmNote: '(Summarised by the assistant from the knowledge-base entries above)',
    report: {
      title: 'FAQ report ({period})',
      sinceDate: 'since {date}',
      allTime: 'all time',
      unanswered: 'Questions not answered ({count})',
      downVoted: 'Answers voted "not helpful" ({count})',
      none: '(none)',
      unansweredLine: '{times}×  {question}  [{lang}, {asker}, last {last}]',
      downVotedLine: '👎 {down} / 👍 {up}  {entry}  "{question}"  [last {last}]',
      outcome: { suggest: 'choices only', unknown: "didn't know" },
      asker: { staff: 'staff', customer: 'customer' },
    },
    cli: {
      groupDescription: 'Tools for the FAQ knowledge base',
      askDescription: 'Ask the FAQ knowledge base (without QUESTION: one question per line from stdin)',
      reportDescription: 'List unanswered and down-voted questions for the people who edit the knowledge base',
      badSince: '--since needs a date as YYYY-MM-DD, got "{value}"',
      badLang: '--lang must be zh or en, got "{value}"',
      emptyQuestion: 'the question is empty',
      confidence: 'confidence {value}',
    },
  },
};
