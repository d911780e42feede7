-- Staff accounts (social workers, agents, administrators) log in with a password and a
-- time-based code from an authenticator app. The key is encrypted by the application under the
-- vault's master key (AES-GCM, bound to the account), never stored in clear.
ALTER TABLE account
  ADD COLUMN second_factor_key VARCHAR(200) NULL,
  ADD COLUMN second_factor_last_step BIGINT NULL;
