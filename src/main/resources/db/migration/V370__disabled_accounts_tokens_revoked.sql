-- From now on disabling an account revokes its API tokens in the same transaction, so the check of a token on every
-- API call reads the token's own row only. Tokens of accounts disabled before this rule are revoked here.
UPDATE api_token SET revoked_at = CURRENT_TIMESTAMP
 WHERE revoked_at IS NULL AND account_id IN (SELECT id FROM app_user WHERE enabled = FALSE);
