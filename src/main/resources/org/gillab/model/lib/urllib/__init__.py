"""The urllib package of the GIL Lab model: empty, as CPython 3.11's is; its modules are parse,
request, response, error and robotparser."""
