"""Log-in accounts: passwords and web sessions."""
