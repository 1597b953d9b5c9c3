"""The concurrent package of the GIL Lab model's library: concurrent.futures."""
