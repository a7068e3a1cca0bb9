"""Sync with the catalogue hub: protocol, client, USB bundles, commands (docs/sync.md)."""
