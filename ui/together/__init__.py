"""What the people at the table do together: roles, the process guide, eigen tijd, versions and dates."""
