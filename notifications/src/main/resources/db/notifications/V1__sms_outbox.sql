-- The SMS outbox and the per-number opt-out / flag register.
-- Galera-friendly: every table has a primary key, no foreign key to another module's tables
-- (subjects are opaque strings chosen by the portal). Times are UTC, DATETIME(3).

CREATE TABLE sms_message (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  -- One key per intended message (e.g. "incomplete:<application>:<episode>:a7"): planning the
  -- same thing twice is a no-op, so a retried transaction never queues a second copy.
  dedupe_key       VARCHAR(191) NOT NULL,
  kind             VARCHAR(40)  NOT NULL,
  subject          VARCHAR(100) NOT NULL,
  recipient        VARCHAR(16)  NOT NULL,
  language         VARCHAR(8)   NOT NULL,
  template_key     VARCHAR(100) NOT NULL,
  params_json      TEXT         NOT NULL,
  -- FALSE only for messages the person is waiting for right now (verification codes).
  respect_window   BOOLEAN      NOT NULL,
  due_at           DATETIME(3)  NOT NULL,
  -- Never sent after this instant (the completion deadline, a code's validity).
  not_after        DATETIME(3)  NULL,
  state            VARCHAR(16)  NOT NULL,
  attempts         INT          NOT NULL DEFAULT 0,
  -- PENDING rows: when a dispatcher may claim it (due time, or the retry time after a failure).
  next_attempt_at  DATETIME(3)  NOT NULL,
  -- SENDING rows: which dispatch holds it, and until when; past the lease another may take it.
  claim_token      CHAR(36)     NULL,
  lease_expires_at DATETIME(3)  NULL,
  gateway          VARCHAR(20)  NULL,
  provider_sid     VARCHAR(64)  NULL,
  provider_status  VARCHAR(20)  NULL,
  last_error_code  VARCHAR(40)  NULL,
  last_error_class VARCHAR(40)  NULL,
  -- The text as sent (secrets such as verification codes masked once handed to a real gateway).
  body             TEXT         NULL,
  encoding         VARCHAR(8)   NULL,
  segments         INT          NULL,
  created_at       DATETIME(3)  NOT NULL,
  updated_at       DATETIME(3)  NOT NULL,
  sent_at          DATETIME(3)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_sms_message_dedupe (dedupe_key),
  UNIQUE KEY uk_sms_message_provider_sid (provider_sid),
  -- Claims read these in order and stop at the batch size: no filesort, no lock on unread rows.
  KEY ix_sms_message_due (state, respect_window, next_attempt_at),
  KEY ix_sms_message_lease (state, lease_expires_at),
  KEY ix_sms_message_subject (subject, created_at),
  KEY ix_sms_message_sent (sent_at),
  KEY ix_sms_message_updated (state, updated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sms_number (
  e164            VARCHAR(16) NOT NULL,
  opted_out       BOOLEAN     NOT NULL DEFAULT FALSE,
  opted_out_at    DATETIME(3) NULL,
  -- KEYWORD (the person texted STOP), PROVIDER (Twilio answered 21610), PORTAL (settings page).
  opt_out_source  VARCHAR(20) NULL,
  -- Set when the provider refused the number for good (21211 invalid, 21614 not a mobile…):
  -- staff see it and ask the person for another number.
  flag_code       VARCHAR(40) NULL,
  flagged_at      DATETIME(3) NULL,
  updated_at      DATETIME(3) NOT NULL,
  PRIMARY KEY (e164),
  KEY ix_sms_number_updated (updated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
