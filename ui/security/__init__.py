"""The plans on lock: the first start, the lock screen, the passphrase and the backups."""
