-- Recovery without e-mail. INITIAL: printed on the recap sheet of an account an agent created
-- for a person without e-mail, valid until used or replaced. RESET: issued by an agent after an
-- identity check in person, valid 24 hours. Single use; only an Argon2id hash is kept; tries are
-- counted and limited.
CREATE TABLE account_recovery_code (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id BIGINT NOT NULL,
  purpose VARCHAR(8) NOT NULL,
  code_hash VARCHAR(200) NOT NULL,
  issued_by_agent_id BIGINT NULL,
  issued_at DATETIME(3) NOT NULL,
  expires_at DATETIME(3) NULL,
  attempts INT NOT NULL DEFAULT 0,
  used_at DATETIME(3) NULL,
  revoked_at DATETIME(3) NULL,
  INDEX ix_recovery_account (account_id, issued_at),
  CONSTRAINT fk_recovery_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT fk_recovery_agent FOREIGN KEY (issued_by_agent_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
