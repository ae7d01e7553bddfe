-- Accounts get an e-mail address (for notifications; optional), a department (課) shown beside the name in the
-- history and comments, and a flag that makes a temporary password be changed at the first sign-in.
ALTER TABLE app_user ADD COLUMN email VARCHAR(254);
ALTER TABLE app_user ADD COLUMN department VARCHAR(100);
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
