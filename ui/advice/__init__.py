"""Information and advice of professionals: adding it, the family's answer, and advice files."""
