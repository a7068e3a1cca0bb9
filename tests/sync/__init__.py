"""Sync tests: a real hub on 127.0.0.1, real catalogue files, a fault-injecting proxy."""
