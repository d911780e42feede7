-- Mandates: a usager's consent for an agent of an espace numérique to act for them, bounded in
-- scope and time (Aidants Connect practice; SECURITY.md §9). Galera-friendly: primary keys, InnoDB.
CREATE TABLE mandate (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(36) NOT NULL,
  agent_id BIGINT NOT NULL,
  usager_id BIGINT NOT NULL,
  -- The agent's structure at the time (an espace numérique).
  structure_id BIGINT NULL,
  -- Comma-separated scopes: VIEW_REQUESTS, FILE_REQUESTS, ADD_DOCUMENTS.
  scopes VARCHAR(100) NOT NULL,
  -- PENDING (waiting for consent), ACTIVE, ENDED, EXPIRED, REFUSED.
  state VARCHAR(12) NOT NULL,
  -- PASSWORD, SMS_CODE, ON_PHONE, NEW_ACCOUNT; null while pending.
  consent_method VARCHAR(12) NULL,
  duration_minutes INT NOT NULL,
  -- The one-time code of an SMS consent: only its hash, its expiry and the tries.
  code_hash CHAR(64) NULL,
  code_expires_at DATETIME(3) NULL,
  code_attempts INT NOT NULL DEFAULT 0,
  code_sends INT NOT NULL DEFAULT 0,
  created_at DATETIME(3) NOT NULL,
  confirmed_at DATETIME(3) NULL,
  -- Pending: when the request lapses; active: when the mandate ends by itself.
  expires_at DATETIME(3) NOT NULL,
  ended_at DATETIME(3) NULL,
  -- USAGER, AGENT or SYSTEM.
  ended_by VARCHAR(8) NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_mandate_public_id UNIQUE (public_id),
  CONSTRAINT fk_mandate_agent FOREIGN KEY (agent_id) REFERENCES account (id),
  CONSTRAINT fk_mandate_usager FOREIGN KEY (usager_id) REFERENCES account (id),
  CONSTRAINT fk_mandate_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
  INDEX ix_mandate_usager (usager_id, created_at),
  INDEX ix_mandate_agent (agent_id, created_at),
  -- The expiry job: active or pending mandates past their end.
  INDEX ix_mandate_expiry (state, expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What agents did about a usager's account, readable by the usager: mandates asked, confirmed,
-- refused, ended and expired; accounts created; recovery codes issued and used. What an agent did
-- on requests and documents is in the requests' histories and the vault's journal, with the mandate.
CREATE TABLE mandate_journal (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  usager_id BIGINT NOT NULL,
  mandate_id BIGINT NULL,
  agent_id BIGINT NULL,
  -- Snapshots: names may change later; the journal says who it was then.
  agent_name VARCHAR(120) NULL,
  structure_name VARCHAR(160) NULL,
  action VARCHAR(30) NOT NULL,
  -- A short code or reference (scopes, consent method), never personal data.
  detail VARCHAR(200) NULL,
  occurred_at DATETIME(3) NOT NULL,
  INDEX ix_mandate_journal (usager_id, occurred_at),
  CONSTRAINT fk_mjournal_usager FOREIGN KEY (usager_id) REFERENCES account (id),
  CONSTRAINT fk_mjournal_mandate FOREIGN KEY (mandate_id) REFERENCES mandate (id),
  CONSTRAINT fk_mjournal_agent FOREIGN KEY (agent_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
