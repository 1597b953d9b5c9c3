"""A module for unittest_rw2_suite_fixtures.py: its test classes say they belong here, and the program gives it fixtures."""
