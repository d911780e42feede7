-- The document vault. Owners, workers and structures are the portal's opaque public ids: no foreign
-- key leaves this module. Every table has a primary key (Galera replicates row by row).
-- Ids and keys compare byte for byte (binary collations); object_key's ascii_bin order is the order
-- S3 lists keys in, which reconciliation relies on.

CREATE TABLE vault_owner_key (
  owner_id            VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  wrapped_key         VARBINARY(64) NOT NULL COMMENT 'owner key wrapped (RFC 3394) by the master key version below',
  master_key_version  INT NOT NULL,
  created_at          DATETIME(6) NOT NULL,
  rewrapped_at        DATETIME(6) NULL,
  PRIMARY KEY (owner_id),
  KEY ix_owner_key_master_version (master_key_version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE vault_document (
  id                CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  owner_id          VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  object_key        VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  document_type     VARCHAR(40) CHARACTER SET ascii NOT NULL,
  file_name         VARCHAR(255) NOT NULL COMMENT 'sanitised display name; never used as a storage key',
  content_type      VARCHAR(100) CHARACTER SET ascii NOT NULL COMMENT 'decided by the server from the content',
  plain_size        BIGINT NOT NULL,
  stored_size       BIGINT NOT NULL,
  hash_algorithm    VARCHAR(16) CHARACTER SET ascii NOT NULL,
  content_hash      CHAR(64) CHARACTER SET ascii NOT NULL COMMENT 'of the plaintext, lower-case hex',
  issue_date        DATE NULL,
  expiry_date       DATE NULL,
  deposited_at      DATETIME(6) NOT NULL,
  depositor_kind    VARCHAR(16) CHARACTER SET ascii NOT NULL,
  depositor_id      VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  wrapped_data_key  VARBINARY(64) NOT NULL COMMENT 'data key wrapped (RFC 3394) by the owner key',
  object_format     TINYINT NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_document_object_key (object_key),
  KEY ix_document_owner (owner_id, deposited_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE vault_share (
  id                  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  owner_id            VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  owner_display_name  VARCHAR(200) NOT NULL COMMENT 'snapshot shown to the grantee',
  grantee_kind        VARCHAR(16) CHARACTER SET ascii NOT NULL,
  grantee_id          VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  grantee_name        VARCHAR(200) NOT NULL COMMENT 'snapshot shown to the usager',
  valid_until         DATE NOT NULL COMMENT 'last valid day, inclusive, Europe/Paris',
  created_at          DATETIME(6) NOT NULL,
  revoked_at          DATETIME(6) NULL,
  PRIMARY KEY (id),
  KEY ix_share_owner (owner_id),
  KEY ix_share_grantee (grantee_kind, grantee_id, valid_until)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE vault_share_document (
  share_id     CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  document_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (share_id, document_id),
  KEY ix_share_document_document (document_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One hash chain per owner; the head row is locked (SELECT ... FOR UPDATE) to append.
CREATE TABLE vault_journal (
  owner_id            VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  sequence            BIGINT NOT NULL,
  occurred_at         DATETIME(6) NOT NULL,
  action              VARCHAR(32) CHARACTER SET ascii NOT NULL,
  actor_kind          VARCHAR(16) CHARACTER SET ascii NOT NULL,
  actor_id            VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  actor_name          VARCHAR(200) NOT NULL,
  actor_structure_id  VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  on_behalf_of        VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  mandate_id          VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  document_id         CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NULL,
  share_id            CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NULL,
  detail              VARCHAR(64) CHARACTER SET ascii NULL,
  previous_hash       CHAR(64) CHARACTER SET ascii NOT NULL,
  entry_hash          CHAR(64) CHARACTER SET ascii NOT NULL,
  PRIMARY KEY (owner_id, sequence),
  KEY ix_journal_document (document_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE vault_journal_head (
  owner_id       VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  last_sequence  BIGINT NOT NULL,
  last_hash      CHAR(64) CHARACTER SET ascii NOT NULL,
  PRIMARY KEY (owner_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
