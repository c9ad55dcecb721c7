-- The book's opening balance of an account (issue 20): the balance of the bank-deposit journal at
-- the start of its as-of date, for journals that state none (a general-ledger export without a
-- running balance). Set by a person (recon accounts set --book-opening --as-of, the setup
-- dialog), audited like every account change; a run rolls it forward by the journal's lines from
-- that date on, until a period's closing can be carried instead.
ALTER TABLE accounts ADD COLUMN book_opening numeric;
ALTER TABLE accounts ADD COLUMN book_opening_as_of date;
ALTER TABLE accounts ADD COLUMN book_opening_set_by text;
ALTER TABLE accounts ADD CONSTRAINT accounts_book_opening_dated
  CHECK ((book_opening IS NULL) = (book_opening_as_of IS NULL));

-- A run's book closing, carried as the next period's opening: kept as a column (the run's report
-- JSON keeps it as text too) so the next run reads it without parsing reports.
ALTER TABLE runs ADD COLUMN ledger_closing numeric;
