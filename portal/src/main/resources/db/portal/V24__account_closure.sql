-- A usager closes their account (SECURITY.md, point 5): the closure is due after an export window
-- during which they can still log in, download everything or change their mind; then their vault
-- is destroyed (keys first, so every copy of the objects becomes unreadable) and the account row
-- keeps no name, e-mail, phone or password. Requests stay with the administration that instructs
-- them, under its own retention rules.
ALTER TABLE account ADD COLUMN closure_due_at DATETIME(3) NULL;
CREATE INDEX ix_account_closure_due ON account (closure_due_at);
