-- Domiciliation (élection de domicile): a postal address for people without a stable home.
-- CASF L.264-1 and D.264-1 s.; catalog-facts §6. In Paris the CASVP's domiciliation is run by
-- Paris Adresse (structure PARIS-ADRESSE). Galera-friendly: a primary key on every table, InnoDB.

-- Where a domiciliation structure receives mail and people: the address printed on the attestation
-- and used by the domiciliés in their own requests ("<structure>, n° <number>, <street>…").
CREATE TABLE domiciliation_site (
  structure_id BIGINT NOT NULL PRIMARY KEY,
  -- The short name people and SMS use ("Paris Adresse").
  short_name VARCHAR(80) NOT NULL,
  street VARCHAR(160) NOT NULL,
  postcode VARCHAR(10) NOT NULL,
  city VARCHAR(80) NOT NULL,
  -- Where interviews take place unless the appointment says otherwise.
  interview_place VARCHAR(200) NOT NULL,
  CONSTRAINT fk_domsite_structure FOREIGN KEY (structure_id) REFERENCES structure (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- [U] Not verified in any source consulted: the CASVP's head office. Replace with Paris Adresse's
-- own postal address before production (UPDATE domiciliation_site ... WHERE structure_id = ...).
INSERT INTO domiciliation_site (structure_id, short_name, street, postcode, city, interview_place)
  SELECT id, 'Paris Adresse', '5 boulevard Diderot', '75012', 'Paris',
         'Paris Adresse, 5 boulevard Diderot, 75012 Paris (accueil)'
  FROM structure WHERE code = 'PARIS-ADRESSE';

-- One domiciliation of one person at one structure, from the request to its end. A person has at
-- most one open at a time (checked by the service); renewals keep the same row and number.
CREATE TABLE domiciliation (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(36) NOT NULL,
  -- The person's number at the structure, part of their postal address ("DOM-000042").
  number VARCHAR(20) NULL,
  usager_id BIGINT NOT NULL,
  structure_id BIGINT NOT NULL,
  state VARCHAR(20) NOT NULL,
  -- Identity as declared: an identity document may be attached but cannot be required.
  family_name VARCHAR(120) NOT NULL,
  given_names VARCHAR(120) NOT NULL,
  birth_date DATE NULL,
  birth_place VARCHAR(120) NULL,
  identity_document_id VARCHAR(64) NULL,
  commune_link VARCHAR(20) NOT NULL,
  commune_link_details VARCHAR(500) NULL,
  -- E.164 mobile, when the person has one; SMS only with sms_allowed.
  phone VARCHAR(20) NULL,
  sms_allowed BOOLEAN NOT NULL DEFAULT FALSE,
  language VARCHAR(16) NOT NULL,
  other_contact VARCHAR(500) NULL,
  appointment_at DATETIME(3) NULL,
  appointment_place VARCHAR(200) NULL,
  valid_from DATE NULL,
  valid_until DATE NULL,
  refusal_reason VARCHAR(30) NULL,
  end_reason VARCHAR(30) NULL,
  -- Free text of the refusal or of the end (the written reasons a refusal must carry).
  decision_details VARCHAR(1000) NULL,
  ended_on DATE NULL,
  -- Mail collected, a visit, a request: resets the "no contact for 3 months" clock.
  last_contact_at DATETIME(3) NOT NULL,
  renewals INT NOT NULL DEFAULT 0,
  filed_by_agent_id BIGINT NULL,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_domiciliation_public_id UNIQUE (public_id),
  CONSTRAINT uq_domiciliation_number UNIQUE (number),
  CONSTRAINT fk_domiciliation_usager FOREIGN KEY (usager_id) REFERENCES account (id),
  CONSTRAINT fk_domiciliation_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
  CONSTRAINT fk_domiciliation_agent FOREIGN KEY (filed_by_agent_id) REFERENCES account (id),
  INDEX ix_domiciliation_usager (usager_id, created_at),
  -- Staff lists: one structure, one state; ending soon; without contact.
  INDEX ix_domiciliation_state (structure_id, state, created_at, id),
  INDEX ix_domiciliation_until (structure_id, state, valid_until),
  INDEX ix_domiciliation_contact (structure_id, state, last_contact_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every change and every act: who, when, from what to what.
CREATE TABLE domiciliation_history (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  domiciliation_id BIGINT NOT NULL,
  action VARCHAR(30) NOT NULL,
  from_state VARCHAR(20) NULL,
  to_state VARCHAR(20) NOT NULL,
  actor_id VARCHAR(36) NOT NULL,
  actor_name VARCHAR(120) NOT NULL,
  on_behalf_of CHAR(36) NULL,
  detail VARCHAR(1000) NULL,
  occurred_at DATETIME(3) NOT NULL,
  INDEX ix_domhistory (domiciliation_id, occurred_at),
  INDEX ix_domhistory_behalf (on_behalf_of, occurred_at),
  CONSTRAINT fk_domhistory_domiciliation FOREIGN KEY (domiciliation_id) REFERENCES domiciliation (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each attestation d'élection de domicile issued (Cerfa 16030*01): the first one and each renewal.
CREATE TABLE domiciliation_attestation (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(36) NOT NULL,
  domiciliation_id BIGINT NOT NULL,
  number VARCHAR(30) NOT NULL,
  valid_from DATE NOT NULL,
  valid_until DATE NOT NULL,
  renewal BOOLEAN NOT NULL,
  issued_at DATETIME(3) NOT NULL,
  issued_by_name VARCHAR(120) NOT NULL,
  -- The copy in the person's vault, once deposited (the deposit runs after the decision commits).
  document_id VARCHAR(64) NULL,
  CONSTRAINT uq_domattestation_public_id UNIQUE (public_id),
  CONSTRAINT uq_domattestation_number UNIQUE (number),
  INDEX ix_domattestation (domiciliation_id, issued_at),
  CONSTRAINT fk_domattestation_domiciliation FOREIGN KEY (domiciliation_id) REFERENCES domiciliation (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Mail received for a domicilié: who sent it (a kind, never the content), when, registered or not,
-- and when it was collected.
CREATE TABLE domiciliation_mail (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(36) NOT NULL,
  domiciliation_id BIGINT NOT NULL,
  sender_kind VARCHAR(20) NOT NULL,
  received_on DATE NOT NULL,
  registered BOOLEAN NOT NULL,
  item_count INT NOT NULL,
  recorded_by_name VARCHAR(120) NOT NULL,
  recorded_at DATETIME(3) NOT NULL,
  collected_at DATETIME(3) NULL,
  collected_by_name VARCHAR(120) NULL,
  CONSTRAINT uq_dommail_public_id UNIQUE (public_id),
  INDEX ix_dommail (domiciliation_id, received_on),
  CONSTRAINT fk_dommail_domiciliation FOREIGN KEY (domiciliation_id) REFERENCES domiciliation (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
