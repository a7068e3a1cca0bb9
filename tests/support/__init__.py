"""Helpers shared by the test suites (record factories, catalogue builders)."""
