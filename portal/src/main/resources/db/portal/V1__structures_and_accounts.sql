-- Structures: the offices people deal with. EPS = Espace Parisien des Solidarités (instructs aid
-- requests); DIGITAL_ACCESS = espace numérique d'accès aux droits (agents help people file);
-- DOMICILIATION = a domiciliation service (Paris Adresse).
CREATE TABLE structure (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(40) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  name VARCHAR(160) NOT NULL,
  arrondissements VARCHAR(60) NULL,
  CONSTRAINT uq_structure_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO structure (code, kind, name, arrondissements) VALUES
  ('EPS-CENTRE', 'EPS', 'Espace Parisien des Solidarités Paris Centre', '1,2,3,4'),
  ('EPS-05', 'EPS', 'Espace Parisien des Solidarités du 5e', '5'),
  ('EPS-06', 'EPS', 'Espace Parisien des Solidarités du 6e', '6'),
  ('EPS-07', 'EPS', 'Espace Parisien des Solidarités du 7e', '7'),
  ('EPS-08', 'EPS', 'Espace Parisien des Solidarités du 8e', '8'),
  ('EPS-09', 'EPS', 'Espace Parisien des Solidarités du 9e', '9'),
  ('EPS-10', 'EPS', 'Espace Parisien des Solidarités du 10e', '10'),
  ('EPS-11', 'EPS', 'Espace Parisien des Solidarités du 11e', '11'),
  ('EPS-12', 'EPS', 'Espace Parisien des Solidarités du 12e', '12'),
  ('EPS-13', 'EPS', 'Espace Parisien des Solidarités du 13e', '13'),
  ('EPS-14', 'EPS', 'Espace Parisien des Solidarités du 14e', '14'),
  ('EPS-15', 'EPS', 'Espace Parisien des Solidarités du 15e', '15'),
  ('EPS-16', 'EPS', 'Espace Parisien des Solidarités du 16e', '16'),
  ('EPS-17', 'EPS', 'Espace Parisien des Solidarités du 17e', '17'),
  ('EPS-18', 'EPS', 'Espace Parisien des Solidarités du 18e', '18'),
  ('EPS-19', 'EPS', 'Espace Parisien des Solidarités du 19e', '19'),
  ('EPS-20', 'EPS', 'Espace Parisien des Solidarités du 20e', '20'),
  ('ENAD-13', 'DIGITAL_ACCESS', 'Espace numérique d''accès aux droits — Mairie du 13e', '13'),
  ('ENAD-18', 'DIGITAL_ACCESS', 'Espace numérique d''accès aux droits — Mairie du 18e', '18'),
  ('ENAD-BUS', 'DIGITAL_ACCESS', 'Bus Ma mairie mobile', NULL),
  ('PARIS-ADRESSE', 'DOMICILIATION', 'Paris Adresse — domiciliation', NULL);

-- Accounts of every kind of person: usagers, social workers, agents, administrators.
-- public_id is the opaque identifier used everywhere outside this table (principal name, vault
-- owner, journal); the numeric id never leaves the database.
CREATE TABLE account (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(36) NOT NULL,
  role VARCHAR(16) NOT NULL,
  display_name VARCHAR(120) NOT NULL,
  email VARCHAR(254) NULL,
  phone VARCHAR(20) NULL,
  phone_verified BOOLEAN NOT NULL DEFAULT FALSE,
  login_id VARCHAR(64) NULL,
  password_hash VARCHAR(200) NOT NULL,
  language VARCHAR(16) NOT NULL DEFAULT 'fr',
  structure_id BIGINT NULL,
  status VARCHAR(12) NOT NULL DEFAULT 'ACTIVE',
  created_at DATETIME(3) NOT NULL,
  last_login_at DATETIME(3) NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_account_public_id UNIQUE (public_id),
  CONSTRAINT uq_account_email UNIQUE (email),
  CONSTRAINT uq_account_phone UNIQUE (phone),
  CONSTRAINT uq_account_login_id UNIQUE (login_id),
  CONSTRAINT fk_account_structure FOREIGN KEY (structure_id) REFERENCES structure (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed logins per account and per client address, shared by every portal node. Keys are hashes:
-- the table never holds an e-mail address, a phone number or an IP address in clear.
CREATE TABLE login_throttle (
  throttle_key CHAR(64) NOT NULL PRIMARY KEY,
  failures INT NOT NULL,
  window_started_at DATETIME(3) NOT NULL,
  locked_until DATETIME(3) NULL
) ENGINE=InnoDB DEFAULT CHARSET=ascii;
