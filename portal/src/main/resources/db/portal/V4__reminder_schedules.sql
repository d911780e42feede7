-- The SMS reminder schedule of a procedure, when an administrator changed it from the default
-- (2, 7 and 21 days after a request became incomplete, 10 days before its deadline, at most 4).
CREATE TABLE reminder_schedule (
  procedure_id VARCHAR(60) NOT NULL PRIMARY KEY,
  schedule VARCHAR(200) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  updated_by CHAR(36) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
