# strptime's week directives: %U and %W with a weekday, ISO %G-%V-%u, their refusals, %j winning over
# %m/%d, and 29 February without a year (read in 1904, given back as 1900's), as Lib/_strptime.py does.
import datetime
import time

cases = [('2024 10 3', '%Y %W %w'), ('2024 10 3', '%Y %U %w'), ('2024 0 0', '%Y %U %w'), ('2023 53 6', '%Y %W %w'),
         ('2024-W10-3', '%G-W%V-%u'), ('2020-W53-7', '%G-W%V-%u'), ('2024 W01 Mon', '%G W%V %a'),
         ('2024-10', '%G-%V'), ('10 3', '%V %u'), ('2024 10 3', '%Y %V %u'), ('2024 10 3 5', '%G %V %u %j'),
         ('02-29', '%m-%d'), ('2023 366', '%Y %j'), ('2024-03-05 100', '%Y-%m-%d %j'), ('2024 10', '%Y %W')]
for text, form in cases:
    for parse in (time.strptime, datetime.datetime.strptime):
        try:
            result = parse(text, form)
            print(text, '|', form, '->', tuple(result) if isinstance(result, time.struct_time) else repr(result))
        except ValueError as e:
            print(text, '|', form, 'ValueError:', e)
