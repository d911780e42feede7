-- The Fonds d'aide aux jeunes parisiens is instructed by the Mission Locale de Paris.
INSERT INTO structure (code, kind, name, arrondissements) VALUES
  ('MISSION-LOCALE', 'MISSION_LOCALE', 'Mission Locale de Paris', NULL);

-- Requests (demandes) of usagers. Only references to vault documents are kept here: documents stay
-- encrypted in the vault.
CREATE TABLE dossier (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(36) NOT NULL,
  number VARCHAR(20) NULL,
  procedure_id VARCHAR(60) NOT NULL,
  usager_id BIGINT NOT NULL,
  structure_id BIGINT NULL,
  state VARCHAR(16) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  received_on DATE NULL,
  complete_by DATE NULL,
  decided_at DATETIME(3) NULL,
  granted_amount DECIMAL(10, 2) NULL,
  granted_from DATE NULL,
  granted_until DATE NULL,
  rejection_reason VARCHAR(1000) NULL,
  filed_by_agent_id BIGINT NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_dossier_public_id UNIQUE (public_id),
  CONSTRAINT uq_dossier_number UNIQUE (number),
  CONSTRAINT fk_dossier_usager FOREIGN KEY (usager_id) REFERENCES account (id),
  CONSTRAINT fk_dossier_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
  CONSTRAINT fk_dossier_agent FOREIGN KEY (filed_by_agent_id) REFERENCES account (id),
  -- "Mes démarches": a usager's requests, newest first.
  INDEX ix_dossier_usager (usager_id, updated_at),
  -- The instructor's queue: one structure, one state, oldest receipt first.
  INDEX ix_dossier_queue (structure_id, state, received_on, id),
  -- The lapse job: incomplete requests past their deadline.
  INDEX ix_dossier_deadline (state, complete_by)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dossier_answer (
  dossier_id BIGINT NOT NULL,
  field_id VARCHAR(60) NOT NULL,
  answer VARCHAR(2000) NULL,
  PRIMARY KEY (dossier_id, field_id),
  CONSTRAINT fk_answer_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dossier_piece (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id BIGINT NOT NULL,
  requirement_id VARCHAR(60) NOT NULL,
  document_id VARCHAR(64) NOT NULL,
  attached_at DATETIME(3) NOT NULL,
  attached_by CHAR(36) NOT NULL,
  CONSTRAINT uq_piece UNIQUE (dossier_id, requirement_id, document_id),
  CONSTRAINT fk_piece_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dossier_history (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id BIGINT NOT NULL,
  from_state VARCHAR(16) NULL,
  to_state VARCHAR(16) NOT NULL,
  actor_id VARCHAR(36) NOT NULL,
  actor_name VARCHAR(120) NOT NULL,
  on_behalf_of CHAR(36) NULL,
  message VARCHAR(2000) NULL,
  occurred_at DATETIME(3) NOT NULL,
  INDEX ix_history_dossier (dossier_id, occurred_at),
  CONSTRAINT fk_history_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dossier_message (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id BIGINT NOT NULL,
  author_name VARCHAR(120) NOT NULL,
  body VARCHAR(2000) NOT NULL,
  sent_at DATETIME(3) NOT NULL,
  INDEX ix_message_dossier (dossier_id, sent_at),
  CONSTRAINT fk_message_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The accusé de réception as issued: what was received and what was missing on that day.
CREATE TABLE dossier_receipt (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id BIGINT NOT NULL,
  issued_at DATETIME(3) NOT NULL,
  received_on DATE NOT NULL,
  complete_by DATE NOT NULL,
  received_requirements VARCHAR(2000) NOT NULL,
  missing_requirements VARCHAR(2000) NOT NULL,
  INDEX ix_receipt_dossier (dossier_id, issued_at),
  CONSTRAINT fk_receipt_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Transactional outbox of lifecycle events (state changes and deadlines).
CREATE TABLE dossier_event (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id BIGINT NOT NULL,
  dossier_number VARCHAR(20) NULL,
  state VARCHAR(16) NOT NULL,
  complete_by DATE NULL,
  occurred_at DATETIME(3) NOT NULL,
  INDEX ix_event_time (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
