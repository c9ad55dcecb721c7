-- FAQ questions asked in chat and the 👍/👎 feedback on the answers, for the people who edit the
-- knowledge base (`recon faq report`). Questions are stored redacted (no account numbers, amounts
-- or e-mail addresses). The id is the `answerId` carried by the answer card's feedback buttons.
CREATE TABLE IF NOT EXISTS faq_questions (
  id                bigserial PRIMARY KEY,
  asked_at          timestamptz NOT NULL,
  question          text NOT NULL CHECK (length(question) BETWEEN 1 AND 2000),
  lang              text NOT NULL CHECK (lang IN ('zh-CN', 'en')),
  asker             text NOT NULL CHECK (asker IN ('staff', 'customer')),
  outcome           text NOT NULL CHECK (outcome IN ('answer', 'suggest', 'unknown')),
  entry_id          text,                       -- the answered entry; null unless outcome = 'answer'
  confidence        numeric(4, 3) NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
  channel_user_id   text,
  CHECK ((outcome = 'answer') = (entry_id IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS faq_questions_unanswered ON faq_questions (asked_at) WHERE outcome <> 'answer';

-- One vote per person per answer; voting again replaces the earlier vote.
CREATE TABLE IF NOT EXISTS faq_feedback (
  question_id       bigint NOT NULL REFERENCES faq_questions (id),
  channel_user_id   text NOT NULL,
  helpful           boolean NOT NULL,
  voted_at          timestamptz NOT NULL,
  PRIMARY KEY (question_id, channel_user_id)
);
CREATE INDEX IF NOT EXISTS faq_feedback_voted_at ON faq_feedback (voted_at);
