-- A usager may switch SMS reminders off (and on again) in their settings.
ALTER TABLE account ADD COLUMN reminders_enabled BOOLEAN NOT NULL DEFAULT TRUE;

-- The one-time code sent to confirm a usager's mobile number. Only a hash of the code is kept.
CREATE TABLE phone_verification (
  account_id BIGINT NOT NULL PRIMARY KEY,
  phone VARCHAR(20) NOT NULL,
  code_hash CHAR(64) NOT NULL,
  expires_at DATETIME(3) NOT NULL,
  attempts INT NOT NULL DEFAULT 0,
  sends_in_window INT NOT NULL DEFAULT 1,
  window_started_at DATETIME(3) NOT NULL,
  CONSTRAINT fk_verification_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=ascii;
